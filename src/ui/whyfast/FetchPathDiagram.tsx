// A fetch response's bytes on their way out of the broker, drawn as lanes of stages (disk, page
// cache, JVM buffer, TLS buffer, socket buffer, NIC; a d3 point scale places them) with each hop's
// kind of copy. Kafka's lane is the path the broker's last fetch took (sendfile, or the TLS path);
// the other lane is read()+write() for the same bytes. A dot runs each lane when the engine
// answers a new fetch (its sequence number changes), from the disk when pages were missing.
import { scalePoint } from 'd3';
import { motion } from 'framer-motion';
import { useRef } from 'react';
import type { LastFetch, TransferPath } from '../../engine';
import type { MessageKey } from '../../content/i18n';
import { useElementWidth } from '../common/useElementWidth';
import { useReducedMotion } from '../common/useReducedMotion';
import { useT } from '../common/useT';

type Stage = 'disk' | 'cache' | 'user' | 'tls' | 'socket' | 'nic';
const STAGES: Stage[] = ['disk', 'cache', 'user', 'tls', 'socket', 'nic'];

/** Each path's stages and the copy that takes the bytes to the next (network/TransportLayer). */
const LANES: Record<TransferPath, { stages: Stage[]; hops: ('dma' | 'cpu')[] }> = {
  sendfile: { stages: ['disk', 'cache', 'nic'], hops: ['dma', 'dma'] },
  ssl: {
    stages: ['disk', 'cache', 'user', 'tls', 'socket', 'nic'],
    hops: ['dma', 'cpu', 'cpu', 'cpu', 'dma'],
  },
  readWrite: {
    stages: ['disk', 'cache', 'user', 'socket', 'nic'],
    hops: ['dma', 'cpu', 'cpu', 'dma'],
  },
};

const LANE_H = 58;
const BOX_W = 70;
const BOX_H = 24;

export function FetchPathDiagram({ kafka, last }: { kafka: TransferPath; last: LastFetch | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const lanes: TransferPath[] = [kafka, 'readWrite'];
  const x = scalePoint<Stage>()
    .domain(STAGES)
    .range([BOX_W / 2 + 2, Math.max(BOX_W, width - BOX_W / 2 - 2)]);
  return (
    <div ref={ref} className="wf-path">
      {width > 0 && (
        <svg
          width={width}
          height={lanes.length * LANE_H}
          data-testid="wf-path-diagram"
          aria-hidden="true"
        >
          {lanes.map((path, i) => (
            <Lane key={path} path={path} y={i * LANE_H} x={x} last={last} />
          ))}
        </svg>
      )}
    </div>
  );
}

function Lane(props: {
  path: TransferPath;
  y: number;
  x: (s: Stage) => number | undefined;
  last: LastFetch | null;
}) {
  const { path, y, x, last } = props;
  const t = useT();
  const still = useReducedMotion();
  const { stages, hops } = LANES[path];
  const cy = y + 34;
  const xs = stages.map((s) => x(s) ?? 0);
  const fromDisk = last !== null && last.pageMisses > 0;
  const run = fromDisk ? xs : xs.slice(1);
  return (
    <g data-lane={path}>
      <text className="wf-lane-label" x={2} y={y + 12}>
        {t(`whyfast.copy.lane.${path}` as MessageKey)}
      </text>
      {hops.map((kind, i) => {
        const a = xs[i]! + BOX_W / 2;
        const b = xs[i + 1]! - BOX_W / 2;
        return (
          <g key={i} className={`wf-hop wf-hop-${kind}`}>
            <line x1={a} x2={b} y1={cy} y2={cy} />
            <text x={(a + b) / 2} y={cy - 4} textAnchor="middle">
              {t(kind === 'dma' ? 'whyfast.copy.dma' : 'whyfast.copy.cpu')}
            </text>
          </g>
        );
      })}
      {stages.map((s, i) => (
        <g key={s} className={`wf-stage${s === 'disk' && !fromDisk ? ' wf-idle' : ''}`}>
          <rect x={xs[i]! - BOX_W / 2} y={cy - BOX_H / 2} width={BOX_W} height={BOX_H} rx={4} />
          <text x={xs[i]!} y={cy + 4} textAnchor="middle">
            {t(`whyfast.copy.stage.${s}` as MessageKey)}
          </text>
        </g>
      ))}
      {!still && last && (
        <motion.circle
          key={last.seq}
          className="wf-packet"
          r={5}
          cy={cy + BOX_H / 2 + 6}
          initial={{ cx: run[0], opacity: 1 }}
          animate={{ cx: run, opacity: [1, 1, 0.2] }}
          transition={{ duration: 0.4 + 0.15 * run.length, ease: 'linear' }}
        />
      )}
    </g>
  );
}
