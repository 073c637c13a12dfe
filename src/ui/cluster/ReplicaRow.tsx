// One replica of one partition on one broker: role, the newest offsets, HW and LEO.
// The partition's test hook (data-leader, data-isr, data-hw) sits on exactly one row:
// the leader's, or the first replica's while the partition has no leader.
import { memo, type ReactNode, useRef, useState } from 'react';
import type { PartitionSnapshot, RecordSnapshot } from '../../engine';
import { RECORD_WINDOW, useSimStore } from '../../store/simStore';
import { useHighlightToken } from '../../store/highlight';
import { tpName } from '../common/format';
import { useKeyColor } from '../common/keyColor';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import { replicaAnchor, useAnchor } from './anchors';
import { OffsetCell, useRecordTitle } from './OffsetCell';
import { CellStrip } from './CellStrip';

/** Cell width plus gap, px; keep in step with .cell in cluster.css. */
const CELL_STEP = 28;
/** Room kept for the "N earlier" marker; rows narrower than EARLIER_MIN_ROW skip it. */
const EARLIER_W = 56;
const EARLIER_MIN_ROW = 320;
/** The fade-in of a new cell (cluster.css, .cell-appended), wall ms. */
const FADE_MS = 280;
/**
 * Records per wall second above which a row's cells are drawn on one canvas (CellStrip). Decided
 * from the records shown alone (the newest two dozen, so it is smooth), never from the row's
 * history: a moment looks the same however it was reached (a seek, an export's frames).
 */
const STRIP_RATE = 10;

/** Whether the row gains records faster than a person reads them: drawn as a strip then. */
function isStrip(shown: readonly RecordSnapshot[], speed: number): boolean {
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last || shown.length < 4) return false;
  const wallMs = (last.timestamp - first.timestamp) / speed;
  return wallMs <= 0 || ((shown.length - 1) * 1000) / wallMs > STRIP_RATE;
}

interface Props {
  topic: string;
  partition: PartitionSnapshot;
  broker: number;
  /** The broker's status (a fast row drawn on a canvas veils itself like the card's cells). */
  status: string;
  showTopic: boolean;
  /** In a windowed list (ClusterOverview's opened rows): the row's place, 1-based, and its length. */
  posinset?: number;
  setsize?: number;
}

export const ReplicaRow = memo(function ReplicaRow({
  topic,
  partition,
  broker,
  status,
  showTopic,
  posinset,
  setsize,
}: Props) {
  const t = useT();
  const titleOf = useRecordTitle();
  const speed = useSimStore((s) => s.speed);
  const keyColor = useKeyColor();
  const anchorRef = useAnchor(replicaAnchor(topic, partition.partition, broker));
  const cellsRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(cellsRef);
  // The produce form points at the partition a record went to (a brief outline).
  const highlight = useHighlightToken(topic, partition.partition);

  const isLeader = partition.leader === broker;
  const inIsr = partition.isr.includes(broker);
  const holdsHook = (partition.leader ?? partition.replicas[0]) === broker;
  const state = partition.replicaStates.find((r) => r.broker === broker);
  const hw = partition.highWatermark;

  const all: RecordSnapshot[] = state?.segments.flatMap((s) => s.records ?? []) ?? [];
  const earlierW = width >= EARLIER_MIN_ROW ? EARLIER_W : 0;
  const fit = Math.max(1, Math.floor((width - earlierW) / CELL_STEP));
  const shown = all.slice(-Math.min(fit, RECORD_WINDOW));
  const earlier =
    shown.length > 0 && earlierW > 0 ? shown[0]!.offset - partition.logStartOffset : 0;
  const hwIndex = isLeader ? shown.findIndex((r) => r.offset >= hw) : -1;

  // Records already there when the row first showed do not animate. Of later appends only the
  // newest fades in, and only if it came at least a fade's length (of wall time, at this speed)
  // after the record before it: under load a row gains a record every few milliseconds, faster
  // than an eye follows, and hundreds of running animations would cost the frame budget.
  const [firstEnd] = useState(() => state?.logEndOffset ?? 0);
  const newest = shown.at(-1);
  const before = shown.at(-2);
  const fadeNewest =
    newest !== undefined &&
    newest.offset >= firstEnd &&
    (before === undefined || newest.timestamp - before.timestamp >= FADE_MS * speed);

  const strip = isStrip(shown, speed);
  const cells: ReactNode[] = [];
  if (!strip)
    shown.forEach((r, i) => {
      if (i === hwIndex) cells.push(<HwMarker key="hw" hw={hw} />);
      cells.push(
        <OffsetCell
          key={r.offset}
          offset={r.offset}
          recordKey={r.key}
          value={r.value}
          color={keyColor(r.key)}
          uncommitted={r.offset >= hw}
          appended={fadeNewest && r === newest}
          titleOf={titleOf}
        />,
      );
    });
  // Every shown record is below the HW: the marker closes the row.
  if (!strip && isLeader && hwIndex === -1 && shown.length > 0)
    cells.push(<HwMarker key="hw" hw={hw} />);

  const hook = holdsHook
    ? {
        'data-testid': `partition-${tpName(topic, partition.partition)}`,
        'data-leader': partition.leader ?? '',
        'data-isr': partition.isr.join(','),
        'data-hw': hw,
      }
    : {};

  const role = isLeader ? 'leader' : inIsr ? 'follower' : 'out-of-sync';
  return (
    <div
      className={`replica replica-${role}`}
      ref={anchorRef}
      data-replica={`${tpName(topic, partition.partition)}@${broker}`}
      data-highlight={highlight > 0 ? 'true' : undefined}
      aria-label={t('replica.summary', {
        topic,
        partition: partition.partition,
        leader: partition.leader ?? t('replica.noLeader'),
        isr: partition.isr.join(', '),
        hw,
      })}
      {...hook}
      role={posinset !== undefined ? 'listitem' : undefined}
      aria-posinset={posinset}
      aria-setsize={setsize}
    >
      <RoleBadge role={role} />
      <span className="replica-name" title={tpName(topic, partition.partition)} data-name-label>
        {showTopic && <span className="replica-topic">{topic}</span>}
        <strong>{t('replica.partition', { partition: partition.partition })}</strong>
      </span>
      <div className="cells" ref={cellsRef}>
        {earlier > 0 && (
          <span className="cell-earlier">{t('replica.earlier', { count: earlier })}</span>
        )}
        {shown.length === 0 && <span className="muted small">{t('replica.empty')}</span>}
        {strip ? (
          <CellStrip
            records={shown}
            hwIndex={hwIndex}
            showHw={isLeader}
            hw={hw}
            keyColor={keyColor}
            titleOf={titleOf}
            status={status}
          />
        ) : (
          cells
        )}
      </div>
      <span className="replica-meta">
        {isLeader && <span title={t('replica.hw.title', { hw })}>{t('replica.hw', { hw })}</span>}
        <span title={t('replica.leo.title', { leo: state?.logEndOffset ?? '—' })}>
          {t('replica.leo', { leo: state?.logEndOffset ?? '—' })}
        </span>
      </span>
    </div>
  );
});

function HwMarker({ hw }: { hw: number }) {
  const t = useT();
  return <span className="hw-marker" title={t('replica.hw.title', { hw })} aria-hidden="true" />;
}

/** Memo: the row re-renders with every new offset, its role rarely changes. */
const RoleBadge = memo(function RoleBadge({
  role,
}: {
  role: 'leader' | 'follower' | 'out-of-sync';
}) {
  const t = useT();
  const label = t(
    role === 'leader'
      ? 'replica.leader'
      : role === 'follower'
        ? 'replica.follower'
        : 'replica.outOfSync',
  );
  // Narrow frames show only the short form; the full word stays in the title.
  const short = role === 'leader' ? '' : role === 'follower' ? 'F' : '!';
  return (
    <span className={`badge badge-${role}`} title={label}>
      {role === 'leader' && (
        <svg viewBox="0 0 16 16" className="icon icon-fill" aria-hidden="true">
          <path d="M2 12.5 1.5 4.5l3.8 3L8 2.5l2.7 5 3.8-3-.5 8z" />
        </svg>
      )}
      <span className="badge-long">{label}</span>
      {short && (
        <span className="badge-short" aria-hidden="true">
          {short}
        </span>
      )}
    </span>
  );
});
