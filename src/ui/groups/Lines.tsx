// The coloured lines from each member to the partitions it owns, drawn over the group's
// stage. They follow the snapshot's assignments, so an eager rebalance drops every line at
// once and a cooperative one only those that move; a partition a member gave up and nobody
// owns yet keeps a dashed line to its last owner (from the trace's revocations) until its new
// owner's line draws itself in. In a consumer-protocol group (KIP-848) a dotted line also runs
// from a member to each partition of its target assignment it does not own yet, so the reader
// sees where a partition is heading before it gets there. Reduced motion shows the same lines
// without the movement.
import { AnimatePresence, motion, useReducedMotion } from 'framer-motion';
import { linkHorizontal } from 'd3';
import type { RectMap } from '../cluster/anchors';
import type { Rect } from '../cluster/geometry';
import { useT } from '../common/useT';
import { memberPort } from './MemberItem';
import { tpKey } from '../../engine';
import { memberColor, type MemberRow, type PartitionRow } from './model';
import { partitionPort } from './PartitionItem';

interface Props {
  group: string;
  rects: RectMap;
  members: MemberRow[];
  partitions: PartitionRow[];
}

const link = linkHorizontal<
  { source: [number, number]; target: [number, number] },
  [number, number]
>();

/** Where a member's k-th line leaves its card: fanned out around the middle of its right edge. */
function start(r: Rect, i: number, n: number): [number, number] {
  const spread = Math.min(8, (r.h - 16) / Math.max(1, n));
  return [r.x + r.w, r.y + r.h / 2 + (i - (n - 1) / 2) * spread];
}

function end(r: Rect): [number, number] {
  return [r.x, r.y + Math.min(r.h / 2, 16)];
}

export function Lines({ group, rects, members, partitions }: Props) {
  const t = useT();
  const reduced = useReducedMotion() ?? false;
  const known = new Set(partitions.map((p) => p.key));
  const lines: { key: string; d: string; color: string; label: string }[] = [];
  const pending: { key: string; d: string; color: string; label: string }[] = [];
  for (const m of members) {
    const from = rects.get(memberPort(m.member.id));
    if (!from) continue;
    const owned = (m.member.assignment ?? []).filter((a) => known.has(tpKey(a.topic, a.partition)));
    const incoming = (m.kip848?.incoming ?? []).filter((a) =>
      known.has(tpKey(a.topic, a.partition)),
    );
    const n = owned.length + incoming.length;
    owned.forEach((a, i) => {
      const k = tpKey(a.topic, a.partition);
      const to = rects.get(partitionPort(k));
      if (!to) return;
      lines.push({
        key: `${m.member.id}->${k}`,
        d: link({ source: start(from, i, n), target: end(to) }) ?? '',
        color: m.color,
        label: t('groups.line.hint', { member: m.member.id, tp: k }),
      });
    });
    incoming.forEach((a, i) => {
      const k = tpKey(a.topic, a.partition);
      const to = rects.get(partitionPort(k));
      if (!to) return;
      pending.push({
        key: `${m.member.id}=>${k}`,
        d: link({ source: start(from, owned.length + i, n), target: end(to) }) ?? '',
        color: m.color,
        label: t('groups.line.pending', { member: m.member.id, tp: k }),
      });
    });
  }
  const ghosts: { key: string; d: string; color: string }[] = [];
  for (const p of partitions) {
    if (!p.revoked || p.owner) continue;
    const from = rects.get(memberPort(p.revoked.member));
    const to = rects.get(partitionPort(p.key));
    if (!from || !to) continue;
    ghosts.push({
      key: `${p.revoked.member}~>${p.key}`,
      d: link({ source: start(from, 0, 1), target: end(to) }) ?? '',
      color: memberColor(p.revoked.member),
    });
  }
  const draw = reduced ? { duration: 0 } : { duration: 0.6, ease: 'easeOut' as const };
  const fade = reduced ? { duration: 0 } : { duration: 0.35 };
  return (
    <svg
      className="gv-lines"
      aria-hidden="true"
      data-testid={`group-${group}-lines`}
      data-lines={lines.length}
      data-revoked={ghosts.length}
      data-pending={pending.length}
    >
      <AnimatePresence initial={false}>
        {pending.map((p) => (
          <motion.path
            key={p.key}
            d={p.d}
            className={reduced ? 'gv-line gv-line-pending' : 'gv-line gv-line-pending gv-line-flow'}
            stroke={p.color}
            data-pending-line={p.key}
            initial={{ opacity: 0 }}
            animate={{ opacity: 0.9 }}
            exit={{ opacity: 0 }}
            transition={fade}
          >
            <title>{p.label}</title>
          </motion.path>
        ))}
        {ghosts.map((g) => (
          <motion.path
            key={g.key}
            d={g.d}
            className="gv-line gv-line-revoked"
            stroke={g.color}
            initial={{ opacity: 0 }}
            animate={{ opacity: 0.65 }}
            exit={{ opacity: 0 }}
            transition={fade}
          />
        ))}
        {lines.map((l) => (
          <motion.path
            key={l.key}
            d={l.d}
            className="gv-line"
            stroke={l.color}
            initial={{ pathLength: 0, opacity: 1 }}
            animate={{ pathLength: 1, opacity: 1 }}
            exit={{ opacity: 0 }}
            transition={draw}
          >
            <title>{l.label}</title>
          </motion.path>
        ))}
      </AnimatePresence>
    </svg>
  );
}
