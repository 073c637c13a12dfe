// Each consumer's link to the leader replica of every partition it owns (consumers fetch
// from leaders). Redrawn only when the snapshot or the layout changes.
import { memo } from 'react';
import type { ConsumerGroupSnapshot, TopicSnapshot } from '../../engine';
import { memberAnchor, replicaAnchor, type RectMap } from './anchors';
import { ROW_LEAD } from './Flights';
import { curvePath, sCurve } from './geometry';

interface Props {
  rects: RectMap;
  topics: TopicSnapshot[];
  groups: ConsumerGroupSnapshot[];
}

export const Links = memo(function Links({ rects, topics, groups }: Props) {
  const leaders = new Map<string, number | null>();
  for (const topic of topics)
    for (const p of topic.partitions) leaders.set(`${topic.name}/${p.partition}`, p.leader);
  const links: { key: string; d: string }[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      const member = rects.get(memberAnchor(g.id, m.id));
      if (!member) continue;
      for (const a of m.assignment) {
        const leader = leaders.get(`${a.topic}/${a.partition}`);
        const row =
          leader == null ? undefined : rects.get(replicaAnchor(a.topic, a.partition, leader));
        if (!row) continue;
        const from = { x: row.x + row.w + ROW_LEAD, y: row.y + row.h / 2 };
        const to = { x: member.x, y: member.y + member.h / 2 };
        links.push({
          key: `${g.id}/${m.id}/${a.topic}/${a.partition}`,
          d: curvePath(sCurve(from, to)),
        });
      }
    }
  }
  return (
    <svg className="overlay" aria-hidden="true">
      {links.map((l) => (
        <path key={l.key} d={l.d} className="link" />
      ))}
    </svg>
  );
});
