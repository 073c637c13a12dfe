// The controller tab in ZooKeeper mode (Kafka 2.x): the ensemble's servers (leader, followers,
// looking) with the same kill/restart/isolate/heal buttons as a broker's; each broker's session,
// the server it talks to and the controller it knows — the controller broker crowned, a new one's
// "loading N partitions from ZooKeeper" progress drawn; every session's time left before the
// ensemble's leader would expire it; the znodes Kafka keeps with their latest data.
import { useMemo } from 'react';
import type { ZooKeeperView } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { QuorumEvents } from './QuorumEvents';
import { FailoverComparison } from './FailoverComparison';
import { ActiveController, NodeCard, nodeStatus } from './NodeCard';
import { ZOOKEEPER_EVENT_TYPES } from './quorumLog';

type ServerView = ZooKeeperView['servers'][number];

/** A znode's data is cut here (a topic's assignment of 50 partitions is long); the title has it all. */
const DATA_SHOWN = 160;
type BrokerView = ZooKeeperView['brokers'][number];

export function ZooKeeperModeView() {
  const t = useT();
  const snapshot = useSimStore((s) => s.snapshot);
  const queries = useSimStore((s) => s.queries);
  const view = useMemo(() => queries.zookeeper(), [queries]);
  if (!snapshot || !view) return <p className="muted">{t('cluster.empty')}</p>;
  const c = snapshot.controller;
  return (
    <section className="quorum" aria-label={t('controller.zk.label')} data-testid="controller-view">
      <ActiveController
        leader={c.leader}
        epoch={c.epoch}
        active="controller.zk.active"
        none="controller.zk.none"
      />
      <p className="muted small">{t('controller.zk.hint')}</p>
      <h3>{t('controller.zk.ensemble', { zxid: view.zxid })}</h3>
      <ul className="quorum-voters" aria-label={t('controller.zk.ensemble', { zxid: view.zxid })}>
        {view.servers.map((s) => (
          <ServerCard key={s.id} server={s} />
        ))}
      </ul>
      <div className="quorum-columns">
        <Znodes view={view} />
        <div>
          <Brokers view={view} />
          <Sessions view={view} />
          <QuorumEvents
            types={ZOOKEEPER_EVENT_TYPES}
            title="controller.zk.events"
            none="controller.zk.events.none"
          />
        </div>
      </div>
      <FailoverComparison />
    </section>
  );
}

function ServerCard({ server: s }: { server: ServerView }) {
  const t = useT();
  const status = nodeStatus(s);
  return (
    <NodeCard
      id={s.id}
      testId="zookeeper"
      role={s.status === 'offline' ? 'unattached' : s.role === 'looking' ? 'candidate' : s.role}
      status={status}
      isolated={s.isolated}
      drawKey={`${s.role}-${s.status}`}
      data={{ 'data-role': s.status === 'offline' ? 'offline' : s.role }}
      name={t('controller.zk.server', { id: s.id })}
      roleLine={
        s.status === 'offline' ? t('controller.status.offline') : t(`controller.zk.role.${s.role}`)
      }
      details={t('controller.zk.zxid', { zxid: s.zxid })}
      killLabel="controller.zk.kill"
    />
  );
}

function Brokers({ view }: { view: ZooKeeperView }) {
  const t = useT();
  const apply = useSimStore((s) => s.apply);
  return (
    <div className="quorum-brokers">
      <h3>{t('controller.zk.brokers')}</h3>
      <ul>
        {view.brokers.map((b) => (
          <li
            key={b.id}
            data-testid={`zk-broker-${b.id}`}
            data-controller={b.isController}
            data-ready={b.ready}
          >
            <BrokerLine b={b} />
            {b.isController && b.clientState !== 'down' && (
              <button
                type="button"
                className="btn btn-small btn-quiet"
                data-testid={`zk-broker-${b.id}-kill`}
                onClick={() => apply({ do: 'killBroker', broker: b.id })}
              >
                {t('controller.zk.killController', { id: b.id })}
              </button>
            )}
            {b.loading && <Loading loading={b.loading} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function BrokerLine({ b }: { b: BrokerView }) {
  const t = useT();
  if (b.clientState === 'down') return <span>{t('controller.zk.broker.down', { id: b.id })}</span>;
  const role = b.isController
    ? b.ready
      ? t('controller.zk.broker.controller')
      : t('controller.zk.broker.electedLoading')
    : b.knowsController !== null
      ? t('controller.zk.broker.knows', { controller: b.knowsController })
      : t('controller.zk.broker.noController');
  return (
    <span>
      {b.isController && <span className="pill pill-controller">{t('broker.controller')}</span>}{' '}
      {t(`controller.zk.broker.${b.clientState}`, {
        id: b.id,
        session: b.session ?? '–',
        server: b.server ?? '–',
      })}{' '}
      · {role}
    </span>
  );
}

function Loading({ loading }: { loading: { read: number; total: number } }) {
  const t = useT();
  const pct = loading.total === 0 ? 100 : Math.round((loading.read * 100) / loading.total);
  return (
    <div className="zk-loading" data-testid="zk-loading">
      <div className="small">
        {t('controller.zk.loading', { read: loading.read, total: loading.total })}
      </div>
      <div
        className="zk-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={loading.total}
        aria-valuenow={loading.read}
        aria-label={t('controller.zk.loading', { read: loading.read, total: loading.total })}
      >
        <div className="zk-bar-fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

function Sessions({ view }: { view: ZooKeeperView }) {
  const t = useT();
  const shown = view.sessions.filter((s) => s.state === 'open').reverse();
  return (
    <div className="quorum-brokers">
      <h3>{t('controller.zk.sessions')}</h3>
      <ul data-testid="zk-sessions">
        {shown.map((s) => {
          const left = s.expiresInMs;
          const pct = left === null ? 100 : Math.round((left * 100) / s.timeoutMs);
          return (
            <li key={s.id} data-testid={`zk-session-${s.id}`} data-left={left ?? ''}>
              <div className="small">
                {left === null
                  ? t('controller.zk.session.frozen', { id: s.id, broker: s.broker })
                  : t('controller.zk.session.left', {
                      id: s.id,
                      broker: s.broker,
                      left: (left / 1000).toFixed(1),
                    })}
              </div>
              <div className="zk-bar" aria-hidden="true">
                <div
                  className={`zk-bar-fill${pct < 34 ? ' zk-bar-low' : ''}`}
                  style={{ width: `${pct}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Znodes({ view }: { view: ZooKeeperView }) {
  const t = useT();
  return (
    <div className="quorum-log" data-testid="znodes">
      <h3>{t('controller.zk.znodes', { count: view.znodeCount })}</h3>
      <p className="muted small">{t('controller.zk.znodes.hint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('controller.zk.znode.path')}</th>
            <th scope="col">{t('controller.zk.znode.data')}</th>
            <th scope="col">{t('controller.zk.znode.version')}</th>
          </tr>
        </thead>
        <tbody>
          {view.znodes.map((z) => (
            <tr key={z.path} data-testid={`znode-${z.path}`}>
              <td className="zk-path">
                {z.path}
                {z.ephemeralOwner !== null && (
                  <div className="muted small">
                    {t('controller.zk.znode.ephemeral', { session: z.ephemeralOwner })}
                  </div>
                )}
              </td>
              <td className="zk-data" title={z.data.length > DATA_SHOWN ? z.data : undefined}>
                {z.data.length > DATA_SHOWN ? `${z.data.slice(0, DATA_SHOWN)}…` : z.data}
              </td>
              <td>{z.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
