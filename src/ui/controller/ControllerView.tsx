// The controller view: the KRaft quorum as it runs. Each voter with its Raft state, epoch, vote,
// log end and high watermark (the leader's card marked, a changed role drawn in); the metadata
// log's latest entries, committed or not, with the high watermark; which metadata offset each
// broker has replayed and from whom it fetches; the latest votes and elections from the trace.
// The buttons apply the same scenario actions as a broker's (killBroker … on a controller id).
// In ZooKeeper mode the same tab shows that mode's machine instead (ZooKeeperModeView).
import { useMemo } from 'react';
import { motion, useReducedMotion } from 'framer-motion';
import type { ActionBody, MetadataLogView, QuorumVoterView } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT, type TFunction } from '../common/useT';
import { recordText } from './recordText';
import { FailoverComparison } from './FailoverComparison';
import { startQuorumLog, KRAFT_EVENT_TYPES } from './quorumLog';
import { QuorumEvents } from './QuorumEvents';
import { ZooKeeperModeView } from './ZooKeeperModeView';
import '../cluster/cluster.css';
import './controller.css';

startQuorumLog();

export function ControllerView() {
  const mode = useSimStore((s) => s.snapshot?.controller.mode);
  return mode === 'zookeeper' ? <ZooKeeperModeView /> : <KraftView />;
}

function KraftView() {
  const t = useT();
  const snapshot = useSimStore((s) => s.snapshot);
  const queries = useSimStore((s) => s.queries);
  const view = useMemo(() => queries.metadataLog(), [queries]);
  if (!snapshot || !view) return <p className="muted">{t('cluster.empty')}</p>;
  const c = snapshot.controller;
  return (
    <section className="quorum" aria-label={t('controller.label')} data-testid="controller-view">
      <h2 className="quorum-active" data-testid="active-controller" data-leader={c.leader ?? ''}>
        {c.leader !== null
          ? t('controller.active', { id: c.leader, epoch: c.epoch })
          : t('controller.none', { epoch: c.epoch })}
      </h2>
      <ul className="quorum-voters" aria-label={t('controller.voters')}>
        {view.voters.map((v) => (
          <VoterCard key={v.id} voter={v} />
        ))}
      </ul>
      <div className="quorum-columns">
        <MetadataLog view={view} />
        <div>
          <Brokers view={view} />
          <QuorumEvents types={KRAFT_EVENT_TYPES} />
        </div>
      </div>
      <FailoverComparison />
    </section>
  );
}

function stateLabel(v: QuorumVoterView, t: TFunction): string {
  return t(`controller.state.${v.state}`);
}

function VoterCard({ voter: v }: { voter: QuorumVoterView }) {
  const t = useT();
  const reduce = useReducedMotion();
  const status = v.status === 'offline' ? 'offline' : v.isolated ? 'isolated' : 'online';
  const role = v.status === 'offline' ? 'unattached' : roleOf(v.state);
  return (
    <motion.li
      className={`card quorum-voter role-${role} status-${status}`}
      data-testid={`controller-${v.id}`}
      data-role={role}
      data-state={v.state}
      data-status={status}
      data-epoch={v.epoch}
      // A voter that changes state is drawn in again, so an election is seen as it happens.
      key={`${v.state}-${v.epoch}`}
      initial={reduce ? false : { scale: 0.96, opacity: 0.6 }}
      animate={{ scale: 1, opacity: 1 }}
      transition={{ duration: 0.35 }}
    >
      <div className="quorum-voter-head">
        <strong data-name-label>{t('controller.voter', { id: v.id })}</strong>
        <span className={`pill pill-${status === 'online' ? 'online' : 'offline'}`}>
          {t(`controller.status.${status}`)}
        </span>
      </div>
      <div className="quorum-role">
        <span aria-hidden="true" className="quorum-role-mark">
          {role === 'leader' ? '★' : role === 'candidate' ? '?' : role === 'follower' ? '→' : '·'}
        </span>{' '}
        {status === 'offline' ? t('controller.status.offline') : stateLabel(v, t)} ·{' '}
        {t('controller.epoch', { epoch: v.epoch })}
      </div>
      <div className="muted small">
        {v.leaderId !== null && v.leaderId !== v.id && (
          <span>{t('controller.follows', { leader: v.leaderId })} · </span>
        )}
        {v.votedId !== null && v.state !== 'leader' && (
          <span>{t('controller.votedFor', { id: v.votedId })} · </span>
        )}
        {t('controller.logEnd', { end: v.logEndOffset, hw: v.highWatermark })}
      </div>
      {v.active && <span className="pill pill-controller">{t('controller.activeBadge')}</span>}
      <VoterActions voter={v} />
    </motion.li>
  );
}

function roleOf(
  state: QuorumVoterView['state'],
): 'leader' | 'follower' | 'candidate' | 'unattached' {
  return state === 'leader' || state === 'follower' || state === 'candidate' ? state : 'unattached';
}

function VoterActions({ voter: v }: { voter: QuorumVoterView }) {
  const t = useT();
  const apply = useSimStore((s) => s.apply);
  const buttons: { id: string; label: string; action: ActionBody }[] = [];
  if (v.status === 'offline')
    buttons.push({
      id: 'restart',
      label: t('controller.restart', { id: v.id }),
      action: { do: 'restartBroker', broker: v.id },
    });
  else
    buttons.push({
      id: 'kill',
      label: t('controller.kill', { id: v.id }),
      action: { do: 'killBroker', broker: v.id },
    });
  if (v.isolated)
    buttons.push({
      id: 'heal',
      label: t('controller.heal', { id: v.id }),
      action: { do: 'healBroker', broker: v.id },
    });
  else if (v.status !== 'offline')
    buttons.push({
      id: 'isolate',
      label: t('controller.isolate', { id: v.id }),
      action: { do: 'isolateBroker', broker: v.id },
    });
  return (
    <div className="quorum-actions" role="group" aria-label={t('controller.actions')}>
      {buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          className="btn btn-small btn-quiet"
          data-testid={`controller-${v.id}-${b.id}`}
          onClick={() => apply(b.action)}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}

function MetadataLog({ view }: { view: MetadataLogView }) {
  const t = useT();
  const hwShown = view.entries.some((e) => e.offset === view.highWatermark - 1);
  return (
    <div className="quorum-log" data-testid="metadata-log" data-hw={view.highWatermark}>
      <h3>{t('controller.log')}</h3>
      <p className="muted small">{t('controller.log.hint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('controller.log.offset')}</th>
            <th scope="col">{t('controller.log.epoch')}</th>
            <th scope="col">{t('controller.log.record')}</th>
          </tr>
        </thead>
        <tbody>
          {view.entries.map((e) => (
            <tr
              key={`${e.offset}-${e.epoch}`}
              className={e.committed ? 'committed' : 'uncommitted'}
              data-testid={`metadata-entry-${e.offset}`}
              data-committed={e.committed}
            >
              <td>{e.offset}</td>
              <td>{e.epoch}</td>
              <td>
                {recordText(e.record, t)}{' '}
                <span className="muted small">
                  {e.committed
                    ? '✓ ' + t('controller.log.committed')
                    : t('controller.log.uncommitted')}
                </span>
                {hwShown && e.offset === view.highWatermark - 1 && (
                  <div className="quorum-hw">
                    {t('controller.log.hw', { hw: view.highWatermark })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!hwShown && (
        <div className="quorum-hw">{t('controller.log.hw', { hw: view.highWatermark })}</div>
      )}
    </div>
  );
}

function Brokers({ view }: { view: MetadataLogView }) {
  const t = useT();
  return (
    <div className="quorum-brokers">
      <h3>{t('controller.brokers')}</h3>
      <ul>
        {view.brokers.map((b) => (
          <li key={b.id} data-testid={`metadata-broker-${b.id}`} data-offset={b.metadataOffset}>
            {b.leaderId !== null
              ? t('controller.broker', {
                  id: b.id,
                  offset: b.metadataOffset,
                  leader: b.leaderId,
                  epoch: b.epoch,
                })
              : t('controller.broker.noLeader', { id: b.id, offset: b.metadataOffset })}
          </li>
        ))}
      </ul>
    </div>
  );
}
