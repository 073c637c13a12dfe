// The controller tab's latest events (votes, elections, controller and ZooKeeper failures), from
// the derived log (quorumLog), newest first, drawn in as they come.
import { AnimatePresence, motion, useReducedMotion } from 'framer-motion';
import type { TraceEvent } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { describeEvent } from '../events/describeEvent';
import { useQuorumLog } from './quorumLog';

/** The latest events of the derived log of these types, newest first . */
export function QuorumEvents({
  types,
  title = 'controller.events',
  none = 'controller.events.none',
}: {
  types: ReadonlySet<TraceEvent['type']>;
  title?: 'controller.events' | 'controller.zk.events';
  none?: 'controller.events.none' | 'controller.zk.events.none';
}) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const events = useQuorumLog((s) => s.events);
  const reduce = useReducedMotion();
  const lines = events
    .filter((e: TraceEvent) => types.has(e.type))
    // A vote cast is told by the voter's raft.vote line; its state line would repeat it.
    .filter((e: TraceEvent) => !(e.type === 'raft.state' && e.state === 'voted'))
    .map((e: TraceEvent) => ({ e, text: describeEvent(e, t, lang) }))
    .filter((l) => l.text !== null)
    .reverse();
  return (
    <div className="quorum-events">
      <h3>{t(title)}</h3>
      {lines.length === 0 && <p className="muted small">{t(none)}</p>}
      <ol data-testid="quorum-events">
        <AnimatePresence initial={false}>
          {lines.map(({ e, text }) => (
            <motion.li
              key={e.seq}
              data-type={e.type}
              initial={reduce ? false : { opacity: 0, x: -12 }}
              animate={{ opacity: 1, x: 0 }}
              transition={{ duration: 0.3 }}
            >
              <span className="muted small">{(e.time / 1000).toFixed(2)} s</span> {text}
            </motion.li>
          ))}
        </AnimatePresence>
      </ol>
    </div>
  );
}
