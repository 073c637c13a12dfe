// One partition as the group sees it: who owns it (or who just gave it up), its log from the
// log start offset to the high watermark with the committed offset and the owner's position
// marked, the lag between them, and the lag over the last 30 simulated seconds (d3 bars).
import { scaleBand, scaleLinear } from 'd3';
import { tpName } from '../common/format';
import { useT } from '../common/useT';
import { useAnchor } from '../cluster/anchors';
import type { LagSample } from './groupLog';
import { LAG_SAMPLES } from './groupLog';
import { memberColor, type PartitionRow } from './model';

export const partitionPort = (tp: string) => `p:${tp}`;

interface Props {
  group: string;
  row: PartitionRow;
  multiTopic: boolean;
  maxOffset: number;
  series: readonly LagSample[];
  maxLag: number;
  /** In a windowed list: the row's index and the list's length (aria-posinset, aria-setsize). */
  place?: { index: number; count: number } | null;
}

export function PartitionItem({
  group,
  row,
  multiTopic,
  maxOffset,
  series,
  maxLag,
  place = null,
}: Props) {
  const t = useT();
  const ref = useAnchor(partitionPort(row.key));
  const x = scaleLinear().domain([0, maxOffset]).range([0, 100]).clamp(true);
  const name = multiTopic ? tpName(row.topic, row.partition) : `P${row.partition}`;
  const ownerColor = row.owner ? memberColor(row.owner) : null;
  const dash = '–';
  // A consumer-protocol group's partition on its way to another member (its target owner).
  const moving = row.target !== null && row.target !== row.owner ? row.target : null;
  const ownerText = row.owner
    ? moving
      ? t('groups.partition.moving', { member: row.owner, target: moving })
      : t('groups.partition.owner', { member: row.owner })
    : row.revoked
      ? moving
        ? t('groups.partition.releasedTo', { member: row.revoked.member, target: moving })
        : t('groups.partition.revoked', { member: row.revoked.member })
      : moving
        ? t('groups.partition.pendingTo', { target: moving })
        : t('groups.partition.unowned');
  const summary = t('groups.partition.summary', {
    tp: tpName(row.topic, row.partition),
    committed: row.committed ?? dash,
    position: row.position ?? dash,
    hw: row.hw,
    lag: row.lag ?? dash,
  });
  return (
    <li
      ref={ref}
      className={`gv-part${row.owner ? '' : ' gv-part-unowned'}${moving ? ' gv-part-moving' : ''}`}
      style={ownerColor ? { ['--member' as string]: ownerColor } : undefined}
      data-testid={`group-partition-${group}-${row.key}`}
      data-owner={row.owner ?? ''}
      data-target-owner={row.target ?? undefined}
      data-committed={row.committed ?? ''}
      data-lag={row.lag ?? ''}
      aria-posinset={place ? place.index + 1 : undefined}
      aria-setsize={place ? place.count : undefined}
    >
      <div className="gv-part-head">
        <span className="gv-part-name" title={tpName(row.topic, row.partition)} data-name-label>
          {name}
        </span>
        <span className="gv-part-owner small" data-name-label>
          {ownerText}
        </span>
        <LagSpark
          series={series}
          maxLag={maxLag}
          label={t('groups.lagChart', { tp: tpName(row.topic, row.partition) })}
        />
      </div>
      <div className="gv-log" role="img" aria-label={summary} title={summary}>
        <div
          className="gv-log-fill"
          style={{ left: `${x(row.logStart)}%`, width: `${x(row.hw) - x(row.logStart)}%` }}
        />
        {row.committed !== null && row.committed < row.hw && (
          <div
            className="gv-log-lag"
            style={{ left: `${x(row.committed)}%`, width: `${x(row.hw) - x(row.committed)}%` }}
          />
        )}
        {row.committed !== null && (
          <div className="gv-mark gv-mark-committed" style={{ left: `${x(row.committed)}%` }} />
        )}
        {row.position !== null && (
          <div className="gv-mark gv-mark-position" style={{ left: `${x(row.position)}%` }} />
        )}
      </div>
      <div className="gv-log-legend small" aria-hidden="true">
        <span>
          <i className="gv-key gv-key-committed" />
          {t('groups.partition.committed')} {row.committed ?? dash}
        </span>
        <span>
          <i className="gv-key gv-key-position" />
          {t('groups.partition.position')} {row.position ?? dash}
        </span>
        <span>
          {t('groups.partition.hw')} {row.hw}
        </span>
        <span className={row.lag ? 'gv-lag-num' : undefined}>
          {t('groups.partition.lag')} {row.lag ?? dash}
        </span>
      </div>
    </li>
  );
}

const SPARK_W = 90;
const SPARK_H = 24;

/** Lag samples as bars, oldest at the left; the scale is shared by the group's partitions. */
function LagSpark({
  series,
  maxLag,
  label,
}: {
  series: readonly LagSample[];
  maxLag: number;
  label: string;
}) {
  const x = scaleBand<number>()
    .domain(Array.from({ length: LAG_SAMPLES }, (_, i) => i))
    .range([0, SPARK_W])
    .paddingInner(0.2);
  const y = scaleLinear().domain([0, maxLag]).range([SPARK_H, 0]);
  const offset = LAG_SAMPLES - series.length;
  return (
    <svg
      className="gv-spark"
      width={SPARK_W}
      height={SPARK_H}
      viewBox={`0 0 ${SPARK_W} ${SPARK_H}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line x1={0} x2={SPARK_W} y1={SPARK_H - 0.5} y2={SPARK_H - 0.5} className="gv-spark-axis" />
      {series.map((s, i) =>
        s.lag > 0 ? (
          <rect
            key={s.t}
            x={x(i + offset)}
            width={x.bandwidth()}
            y={y(s.lag)}
            height={SPARK_H - y(s.lag)}
            className="gv-spark-bar"
          />
        ) : null,
      )}
    </svg>
  );
}
