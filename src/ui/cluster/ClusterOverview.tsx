// The brokers column at scale (more replica rows than OVERVIEW_REPLICA_ROWS): per broker its
// counts and a heat map of its replicas instead of a row each; a topic to drill down to (the
// shared selection, so the other views and a link follow it) and any broker's rows on request.
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { BrokerStatus, TopicSnapshot } from '../../engine';
import { useSelection } from '../../store/selection';
import { useT } from '../common/useT';
import { brokerAnchor, useAnchor } from './anchors';
import { BrokerHeader, type BrokerCardBroker } from './BrokerCard';
import {
  CellState,
  brokerShares,
  sharesChanged,
  summarizeShares,
  type BrokerSummary,
  type TopicShares,
} from './overview';
import { PartitionHeatMap } from './PartitionHeatMap';
import { ReplicaRow } from './ReplicaRow';
import { useWindowedList } from '../common/useWindowedList';

interface Props {
  brokers: (BrokerCardBroker & { status: BrokerStatus })[];
  topics: TopicSnapshot[];
  controllerId: number | null;
}

export const ClusterOverview = memo(function ClusterOverview({
  brokers,
  topics,
  controllerId,
}: Props) {
  const t = useT();
  const selected = useSelection((s) => s.selection?.topic);
  const select = useSelection((s) => s.select);
  const filter = topics.some((x) => x.name === selected) ? selected! : null;
  const shown = useMemo(
    () => (filter === null ? topics : topics.filter((x) => x.name === filter)),
    [topics, filter],
  );
  const summaries = useStableSummaries(
    brokers.map((b) => b.id),
    brokerShares(shown),
  );
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  // Stable, so a card whose summary and broker did not change is not rendered again.
  const pick = useCallback(
    (topic: string | null) => select(topic === null ? null : { topic, partition: 0 }),
    [select],
  );
  const toggle = useCallback(
    (id: number) =>
      setOpen((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const cardBrokers = useStableBrokers(brokers);

  let partitions = 0;
  let replicas = 0;
  let urp = 0;
  let offline = 0;
  for (const x of shown)
    for (const p of x.partitions) {
      partitions++;
      replicas += p.replicas.length;
      if (p.leader === null) offline++;
      else if (p.isr.length < p.replicas.length) urp++;
    }

  return (
    <div className="overview" data-testid="cluster-overview">
      <div className="overview-bar">
        <p className="small">
          {t('overview.summary', { partitions, replicas, brokers: brokers.length })}{' '}
          <span data-testid="overview-urp" data-count={urp}>
            {t('overview.urp', { count: urp })}
          </span>{' '}
          <span data-testid="overview-offline" data-count={offline}>
            {t('overview.offline', { count: offline })}
          </span>
        </p>
        <label className="overview-topic small">
          {t('overview.topic')}{' '}
          <select
            value={filter ?? ''}
            onChange={(e) => pick(e.target.value === '' ? null : e.target.value)}
            data-testid="overview-topic"
          >
            <option value="">{t('overview.allTopics')}</option>
            {topics.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <ul className="overview-legend small" aria-label={t('overview.legend')}>
          {(
            [
              [CellState.Leader, 'overview.cell.leader'],
              [CellState.InSync, 'overview.cell.inSync'],
              [CellState.OutOfSync, 'overview.cell.outOfSync'],
              [CellState.NoLeader, 'overview.cell.noLeader'],
            ] as const
          ).map(([state, key]) => (
            <li key={state}>
              <span className={`heat-swatch heat-${state}`} aria-hidden="true" />
              {t(key)}
            </li>
          ))}
        </ul>
      </div>
      {cardBrokers.map((b) => (
        <OverviewCard
          key={b.id}
          broker={b}
          summary={summaries.get(b.id)!}
          topics={open.has(b.id) ? shown : NO_TOPICS}
          isController={controllerId === b.id}
          open={open.has(b.id)}
          onToggle={toggle}
          onPick={pick}
        />
      ))}
    </div>
  );
});

const OverviewCard = memo(function OverviewCard({
  broker,
  summary,
  topics,
  isController,
  open,
  onToggle,
  onPick,
}: {
  broker: BrokerCardBroker;
  summary: BrokerSummary;
  topics: TopicSnapshot[];
  isController: boolean;
  open: boolean;
  onToggle(id: number): void;
  onPick(topic: string): void;
}) {
  const t = useT();
  const ref = useAnchor(brokerAnchor(broker.id));
  const rows = open
    ? topics.flatMap((topic) =>
        topic.partitions
          .filter((p) => p.replicas.includes(broker.id))
          .map((p) => ({ topic: topic.name, partition: p })),
      )
    : [];
  // A broker opened for every topic holds ~600 rows at scale: only those near the viewport are
  // drawn (issue #16).
  const win = useWindowedList<HTMLDivElement>(rows.length, { estimate: 30 });
  return (
    <article
      className={`card broker broker-overview broker-${broker.status}`}
      ref={ref}
      data-testid={`broker-${broker.id}`}
      data-status={broker.status}
    >
      <BrokerHeader broker={broker} isController={isController} />
      <p className="overview-counts small" data-testid={`broker-${broker.id}-counts`}>
        <span data-leaders={summary.leaders}>
          {t('overview.leaders', { count: summary.leaders })}
        </span>
        <span data-followers={summary.followers}>
          {t('overview.followers', { count: summary.followers })}
        </span>
        <span data-urp={summary.underReplicated}>
          {t('overview.brokerUrp', { count: summary.underReplicated })}
        </span>
        {summary.outOfSync > 0 && (
          <span>{t('overview.outOfSync', { count: summary.outOfSync })}</span>
        )}
        {summary.noLeader > 0 && <span>{t('overview.noLeader', { count: summary.noLeader })}</span>}
      </p>
      {summary.cells.length === 0 ? (
        <p className="muted small">{t('broker.noReplicas')}</p>
      ) : (
        <PartitionHeatMap broker={broker.id} summary={summary} onPick={onPick} />
      )}
      {summary.cells.length > 0 && (
        <button
          type="button"
          className="btn btn-small overview-toggle"
          aria-expanded={open}
          onClick={() => onToggle(broker.id)}
          data-testid={`broker-${broker.id}-rows`}
        >
          {t(open ? 'overview.hideRows' : 'overview.showRows', { count: summary.cells.length })}
        </button>
      )}
      {open && (
        <div
          className="replicas"
          ref={win.listRef}
          role={win.windowed ? 'list' : undefined}
          data-testid={`broker-${broker.id}-replicas`}
          data-count={rows.length}
        >
          {win.before && <div aria-hidden="true" style={win.before} />}
          {rows.slice(win.start, win.end).map(({ topic, partition }, i) => (
            <ReplicaRow
              key={`${topic}/${partition.partition}`}
              topic={topic}
              partition={partition}
              broker={broker.id}
              status={broker.status}
              showTopic={topics.length > 1}
              posinset={win.windowed ? win.start + i + 1 : undefined}
              setsize={win.windowed ? rows.length : undefined}
            />
          ))}
          {win.after && <div aria-hidden="true" style={win.after} />}
        </div>
      )}
    </article>
  );
});

const NO_TOPICS: TopicSnapshot[] = [];

/**
 * The brokers' summaries, each the same object as last time while its counts and cells are the
 * same: the snapshot is new every publish while the run plays, but leaders and ISRs rarely move.
 * While no topic's shares changed (overview.ts) the whole map is last time's, with nothing
 * counted again; an unchanged summary leaves its card and heat map alone.
 */
function useStableSummaries(ids: number[], shares: TopicShares[]): Map<number, BrokerSummary> {
  const last = useRef<{ ids: string; shares: TopicShares[]; out: Map<number, BrokerSummary> }>(
    null,
  );
  const key = ids.join();
  const prev = last.current;
  if (prev && prev.ids === key && !sharesChanged(prev.shares, shares)) return prev.out;
  const next = summarizeShares(ids, shares);
  for (const [id, s] of next) {
    const before = prev?.out.get(id);
    if (before && sameSummary(before, s)) next.set(id, before);
  }
  last.current = { ids: key, shares, out: next };
  return next;
}

/**
 * The brokers as their cards read them, each the same object while what a card shows of it is
 * the same (the snapshot's broker also carries storage figures that move every publish).
 */
function useStableBrokers<B extends BrokerCardBroker>(brokers: B[]): BrokerCardBroker[] {
  const last = useRef<Map<number, BrokerCardBroker>>(new Map());
  const out = brokers.map((b) => {
    const prev = last.current.get(b.id);
    const same =
      prev !== undefined &&
      prev.status === b.status &&
      prev.rack === b.rack &&
      prev.isolated === b.isolated &&
      prev.slowFactor === b.slowFactor &&
      (prev.pendingRestart ?? []).join() === (b.pendingRestart ?? []).join();
    return same ? prev : b;
  });
  last.current = new Map(out.map((b) => [b.id, b]));
  return out;
}

function sameSummary(a: BrokerSummary, b: BrokerSummary): boolean {
  if (
    a.leaders !== b.leaders ||
    a.followers !== b.followers ||
    a.underReplicated !== b.underReplicated ||
    a.outOfSync !== b.outOfSync ||
    a.noLeader !== b.noLeader ||
    a.cells.length !== b.cells.length
  )
    return false;
  for (let i = 0; i < a.cells.length; i++) if (a.cells[i] !== b.cells[i]) return false;
  for (let i = 0; i < a.refs.length; i++)
    if (a.refs[i]!.topic !== b.refs[i]!.topic || a.refs[i]!.partition !== b.refs[i]!.partition)
      return false;
  return true;
}
