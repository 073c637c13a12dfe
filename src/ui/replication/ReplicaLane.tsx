// One replica of the partition on screen: its broker (status, isolation, slowness, the
// leader's crown, its controls) and its log, drawn on the offset grid every lane shares, with
// this replica's HW and LEO. Records the leader does not have are outlined (they will be
// truncated); a truncation shows the offsets that were cut for a moment.
import { motion } from 'framer-motion';
import { useEffect, useState, type CSSProperties } from 'react';
import type { PartitionSnapshot, RecordSnapshot } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { BrokerControls } from '../common/BrokerControls';
import { tpName } from '../common/format';
import { useKeyColor } from '../common/keyColor';
import { useT } from '../common/useT';
import { brokerAnchor, useAnchor } from '../cluster/anchors';
import { OffsetCell } from '../cluster/OffsetCell';
import { controlPort } from './Network';
import {
  CELL_STEP,
  TRUNCATE_SIM_MS,
  TRUNCATE_WALL_MS,
  type OffsetWindow,
  type ReplicaModel,
} from './model';

export interface LaneError {
  error: string;
  count: number;
  producer: string;
  failed: number;
}

interface Props {
  topic: string;
  partition: PartitionSnapshot;
  replica: ReplicaModel;
  window: OffsetWindow;
  leaderRecords: RecordSnapshot[] | null;
  leaderLeo: number | null;
  /** The largest LEO of the partition's replicas. */
  newestLeo: number;
  leaderless: boolean;
  error?: LaneError | null;
}

export function ReplicaLane({
  topic,
  partition,
  replica: r,
  window: win,
  leaderRecords,
  leaderLeo,
  newestLeo,
  leaderless,
  error,
}: Props) {
  const t = useT();
  // Ports on the lane's left edge where the network's lines end (Network.tsx): data (produce,
  // fetch) at the title row, control lower down; nothing is drawn over the lane's labels.
  const portRef = useAnchor(brokerAnchor(r.broker));
  const controlRef = useAnchor(controlPort(r.broker));
  const focus = tpName(topic, partition.partition);
  const role = r.isLeader
    ? 'leader'
    : r.zombie
      ? 'zombie'
      : leaderless
        ? 'none'
        : r.inIsr
          ? 'follower'
          : 'outOfSync';
  const status = r.status;
  const ahead = leaderLeo ?? newestLeo;
  const behind = !r.isLeader && ahead > r.leo ? ahead - r.leo : 0;
  const classes = [
    'repl-lane',
    `repl-lane-${status}`,
    `repl-role-${role}`,
    r.isolated ? 'repl-lane-isolated' : '',
    r.slowFactor > 1 ? 'repl-lane-slow' : '',
  ].filter(Boolean);

  return (
    <motion.div
      layoutId={`repl-lane-${focus}-${r.broker}`}
      layout="position"
      transition={{ duration: 0.45, ease: 'easeInOut' }}
      className={classes.join(' ')}
      data-testid={`broker-${r.broker}`}
      data-status={status}
      data-role={role}
      data-in-isr={r.inIsr}
      data-isolated={r.isolated}
      data-slow={r.slowFactor > 1}
      data-leo={r.leo}
      data-hw={r.hw}
      aria-label={t('repl.lane.label', {
        id: r.broker,
        role: t(`repl.role.${role}`),
        status: t(`repl.status.${status}`),
        leo: r.leo,
        hw: r.hw,
      })}
      role="group"
    >
      <span className="repl-port" ref={portRef} aria-hidden="true" />
      <span className="repl-port repl-port-control" ref={controlRef} aria-hidden="true" />
      <div className="repl-lane-head">
        <div className="repl-lane-title">
          <span className="repl-crown-slot">
            {r.isLeader && (
              <motion.span
                layoutId={`repl-crown-${focus}`}
                transition={{ duration: 0.6, ease: 'easeInOut' }}
                className="repl-crown"
                data-testid="repl-crown"
                title={t('repl.crown.title', { epoch: partition.leaderEpoch })}
              >
                <CrownIcon />
                <span className="repl-crown-epoch">e{partition.leaderEpoch}</span>
              </motion.span>
            )}
          </span>
          <h3 data-name-label>{t('broker.title', { id: r.broker })}</h3>
          <span
            className={`repl-role repl-role-tag-${role}`}
            title={role === 'zombie' ? t('repl.role.zombie.title') : undefined}
          >
            {t(`repl.role.${role}`)}
          </span>
        </div>
        <div className="repl-lane-state">
          {status !== 'online' && (
            <span className={`pill pill-${status}`}>{t(`repl.status.${status}`)}</span>
          )}
          {r.isolated && (
            <span className="pill pill-isolated">
              <CutIcon /> {t('repl.status.isolated')}
            </span>
          )}
          {r.slowFactor > 1 && (
            <span className="pill pill-slow">
              {t('repl.status.slow', { factor: r.slowFactor })}
            </span>
          )}
          <TruncationNote truncation={r.truncation} />
          <span className="repl-offsets">
            <span title={t('repl.leo.title', { leo: r.leo })}>{t('repl.leo', { leo: r.leo })}</span>
            <span title={t('repl.hw.title', { hw: r.hw })}>{t('repl.hw', { hw: r.hw })}</span>
            {behind > 0 && (
              <span className="repl-behind">{t('repl.behind', { count: behind })}</span>
            )}
          </span>
        </div>
        <BrokerControls
          broker={{
            id: r.broker,
            status,
            ...(r.isolated ? { isolated: true as const } : {}),
            slowFactor: r.slowFactor,
          }}
          className="repl-controls"
        />
      </div>
      <div className="repl-lane-body">
        <LogRow replica={r} window={win} leaderRecords={leaderRecords} leaderLeo={leaderLeo} />
        {status === 'offline' && <p className="repl-offline-note">{t('repl.offline.note')}</p>}
        {error && (
          <p className="repl-error" role="status" data-testid="repl-produce-error">
            <strong>{t('repl.errors.last', { error: error.error })}</strong>{' '}
            <span>
              {t('repl.errors.count', {
                count: error.count,
                producer: error.producer,
                failed: error.failed,
              })}
            </span>
          </p>
        )}
      </div>
    </motion.div>
  );
}

function LogRow({
  replica: r,
  window: win,
  leaderRecords,
  leaderLeo,
}: {
  replica: ReplicaModel;
  window: OffsetWindow;
  leaderRecords: RecordSnapshot[] | null;
  leaderLeo: number | null;
}) {
  const t = useT();
  const keyColor = useKeyColor();
  const byOffset = new Map(r.records.map((x) => [x.offset, x]));
  const leaderByOffset =
    r.isLeader || !leaderRecords ? null : new Map(leaderRecords.map((x) => [x.offset, x]));
  const firstEnd = useFirstValue(r.leo);
  // A retry without idempotence writes the same record twice: same key, same value.
  const firstSeen = new Map<string, number>();
  const duplicateOf = new Map<number, number>();
  for (const rec of r.records) {
    const id = `${rec.key ?? ''}\u0000${rec.value ?? ''}`;
    const first = firstSeen.get(id);
    if (first === undefined) firstSeen.set(id, rec.offset);
    else if (rec.value !== null) duplicateOf.set(rec.offset, first);
  }
  const cols = win.end - win.start;
  const x = (offset: number) =>
    (Math.min(Math.max(offset, win.start), win.end) - win.start) * CELL_STEP;

  const cells = [];
  for (let o = win.start; o < win.end; o++) {
    const rec = byOffset.get(o);
    if (o >= r.leo) {
      cells.push(
        <span
          key={o}
          className="repl-slot"
          title={t('repl.slot.missing', { offset: o })}
          data-offset={o}
        />,
      );
    } else if (!rec) {
      cells.push(
        <span
          key={o}
          className="repl-slot repl-slot-older"
          title={t('repl.slot.older', { offset: o })}
        >
          {o}
        </span>,
      );
    } else {
      const theirs = leaderByOffset?.get(o);
      const diverged =
        leaderByOffset !== null &&
        ((theirs !== undefined && (theirs.value !== rec.value || theirs.key !== rec.key)) ||
          (leaderLeo !== null && o >= leaderLeo));
      const cell = (
        <OffsetCell
          key={o}
          offset={o}
          recordKey={rec.key}
          value={rec.value}
          color={keyColor(rec.key)}
          uncommitted={o >= r.hw}
          appended={o >= firstEnd}
        />
      );
      const dup = duplicateOf.get(o);
      cells.push(
        diverged || dup !== undefined ? (
          <span
            key={o}
            className={diverged ? 'repl-mark repl-diverged' : 'repl-mark repl-dup'}
            title={
              diverged
                ? t('repl.cell.diverged', { offset: o })
                : t('repl.cell.duplicate', { offset: o, first: dup! })
            }
            data-diverged={diverged || undefined}
            data-duplicate-of={dup}
            data-dup-label={t('repl.dup')}
          >
            {cell}
          </span>
        ) : (
          cell
        ),
      );
    }
  }

  // HW and LEO inside the drawn offsets get a line; outside, a label at that edge.
  const inside = (v: number) => v >= win.start && v <= win.end;
  const hwVisible = inside(r.hw);
  const leoVisible = inside(r.leo);
  const before = [
    ...(r.leo < win.start ? [`LEO ${r.leo}`] : []),
    ...(r.hw < win.start ? [`HW ${r.hw}`] : []),
  ];
  const after = [
    ...(r.hw > win.end ? [`HW ${r.hw}`] : []),
    ...(r.leo > win.end ? [`LEO ${r.leo}`] : []),
  ];
  const fresh = useFreshTruncation(r.truncation);
  // The cut offsets, where they overlap the offsets drawn.
  const truncation = fresh && fresh.from > win.start && fresh.to < win.end ? fresh : null;
  return (
    <div className="repl-log" style={{ '--cols': cols } as CSSProperties}>
      <div className="repl-cells">{cells}</div>
      <div className="repl-markers" aria-hidden="true">
        {before.length > 0 && (
          <span className="repl-hw-label repl-hw-before" style={{ left: 0 }}>
            ◂ {before.join(' · ')}
          </span>
        )}
        {after.length > 0 && (
          <span className="repl-leo-label repl-leo-after" style={{ left: x(win.end) }}>
            {after.join(' · ')} ▸
          </span>
        )}
        {hwVisible && (
          <>
            <span className="repl-hw-line" style={{ left: x(r.hw) - 2 }} />
            <span className="repl-hw-label" style={{ left: x(r.hw) }}>
              HW {r.hw}
            </span>
          </>
        )}
        {leoVisible && (
          <>
            <span className="repl-leo-line" style={{ left: x(r.leo) - 1 }} />
            <span className="repl-leo-label" style={{ left: x(r.leo) }}>
              LEO {r.leo}
            </span>
          </>
        )}
      </div>
      {truncation && (
        <div
          className="repl-truncated"
          data-testid="repl-truncated"
          style={{ left: x(truncation.to), width: x(truncation.from) - x(truncation.to) }}
          title={t('repl.truncatedNote.title', { to: truncation.to, last: truncation.from - 1 })}
        />
      )}
    </div>
  );
}

/** While a truncation is fresh: which offsets this replica cut, in words. */
function TruncationNote({ truncation }: { truncation: ReplicaModel['truncation'] }) {
  const t = useT();
  const fresh = useFreshTruncation(truncation);
  if (!fresh) return null;
  return (
    <span
      className="pill pill-truncated"
      data-testid="repl-truncated-note"
      title={t('repl.truncatedNote.title', { to: fresh.to, last: fresh.from - 1 })}
    >
      <CutIcon /> {t('repl.truncatedNote', { from: fresh.from, to: fresh.to })}
    </span>
  );
}

/** The value on first render: records already there then do not animate in. */
function useFirstValue(v: number): number {
  const [first] = useState(v);
  return first;
}

/**
 * A truncation stays drawn for TRUNCATE_SIM_MS of simulated time, and at least
 * TRUNCATE_WALL_MS on screen (at 100× the simulated span passes in a blink).
 */
function useFreshTruncation(e: ReplicaModel['truncation']): ReplicaModel['truncation'] {
  const now = useSimStore((s) => s.now);
  const [seen, setSeen] = useState<{ seq: number; at: number } | null>(null);
  const [, rerender] = useState(0);
  const seq = e?.seq ?? null;
  const time = e?.time ?? 0;
  useEffect(() => {
    if (seq === null) return undefined;
    // Seen while still fresh in simulated time: keep it a few wall-clock seconds too.
    const fresh = useSimStore.getState().now - time < TRUNCATE_SIM_MS;
    setSeen({ seq, at: fresh ? Date.now() : -Infinity });
    const id = setTimeout(() => rerender((n) => n + 1), TRUNCATE_WALL_MS + 50);
    return () => clearTimeout(id);
  }, [seq, time]);
  if (!e) return null;
  const simFresh = now - e.time < TRUNCATE_SIM_MS;
  const wallFresh = seen?.seq === e.seq && Date.now() - seen.at < TRUNCATE_WALL_MS;
  return simFresh || wallFresh ? e : null;
}

function CrownIcon() {
  return (
    <svg viewBox="0 0 16 16" className="icon icon-fill" aria-hidden="true">
      <path d="M2 12.5 1.5 4.5l3.8 3L8 2.5l2.7 5 3.8-3-.5 8z" />
    </svg>
  );
}

export function CutIcon() {
  return (
    <svg viewBox="0 0 16 16" className="icon repl-cut-icon" aria-hidden="true">
      <circle cx="4" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <path d="M5.5 10.5 12 2M10.5 10.5 4 2" />
    </svg>
  );
}
