// The controller view: the KRaft quorum as it runs. Each voter with its Raft state, epoch, vote,
// log end and high watermark (the leader's card marked, a changed role drawn in); the metadata
// log's latest entries, committed or not, with the high watermark; which metadata offset each
// broker has replayed and from whom it fetches; the latest votes and elections from the trace.
// The buttons apply the same scenario actions as a broker's (killBroker … on a controller id).
// In ZooKeeper mode the same tab shows that mode's machine instead (ZooKeeperModeView).
import { useMemo } from 'react';
import type { MetadataLogView, QuorumVoterView } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { recordText } from './recordText';
import { FailoverComparison } from './FailoverComparison';
import { ActiveController, NodeCard, nodeStatus } from './NodeCard';
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
      <ActiveController
        leader={c.leader}
        epoch={c.epoch}
        active="controller.active"
        none="controller.none"
      />
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

function VoterCard({ voter: v }: { voter: QuorumVoterView }) {
  const t = useT();
  const status = nodeStatus(v);
  const role = v.status === 'offline' ? 'unattached' : roleOf(v.state);
  return (
    <NodeCard
      id={v.id}
      testId="controller"
      role={role}
      status={status}
      isolated={v.isolated}
      drawKey={`${v.state}-${v.epoch}`}
      data={{ 'data-role': role, 'data-state': v.state, 'data-epoch': v.epoch }}
      name={t('controller.voter', { id: v.id })}
      roleLine={
        <>
          {status === 'offline' ? t('controller.status.offline') : t(`controller.state.${v.state}`)}{' '}
          · {t('controller.epoch', { epoch: v.epoch })}
        </>
      }
      details={
        <>
          {v.leaderId !== null && v.leaderId !== v.id && (
            <span>{t('controller.follows', { leader: v.leaderId })} · </span>
          )}
          {v.votedId !== null && v.state !== 'leader' && (
            <span>{t('controller.votedFor', { id: v.votedId })} · </span>
          )}
          {t('controller.logEnd', { end: v.logEndOffset, hw: v.highWatermark })}
        </>
      }
      killLabel="controller.kill"
    >
      {v.active && <span className="pill pill-controller">{t('controller.activeBadge')}</span>}
    </NodeCard>
  );
}

function roleOf(
  state: QuorumVoterView['state'],
): 'leader' | 'follower' | 'candidate' | 'unattached' {
  return state === 'leader' || state === 'follower' || state === 'candidate' ? state : 'unattached';
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
