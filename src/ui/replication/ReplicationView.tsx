// The replication view: one partition's replicas side by side as logs aligned by offset,
// the ISR drawn as a box its members sit in, the leader's crown, follower fetches and acks
// in flight, broken brokers drawn as such, produce errors where they happen, a caption of
// the last important event, and the replication metrics. Every broker has its controls.
import { LayoutGroup, useReducedMotion } from 'framer-motion';
import { useMemo, useRef } from 'react';
import type { PartitionSnapshot, Snapshot } from '../../engine';
import { useSelection } from '../../store/selection';
import { useSimStore } from '../../store/simStore';
import { tpName } from '../common/format';
import { useElementWidth } from '../common/useElementWidth';
import { useT } from '../common/useT';
import { AnchorProvider, AnchorRegistry, useAnchorRects } from '../cluster/anchors';
import { CaptionBar, StoryList, useStory } from './Caption';
import { MetricsPanel } from './MetricsPanel';
import { CELL_STEP, ERROR_VISIBLE_MS, offsetWindow, replicaModels, splitByIsr } from './model';
import { NetworkLayer, NetworkList, NetworkNodes } from './Network';
import { PartitionPicker } from './PartitionPicker';
import { ReplicaLane, type LaneError } from './ReplicaLane';
import { partitionKey, startReplicationLog, useReplicationLog } from '../captions/storyLog';
import { useReplicationSettings } from './settings';
import '../cluster/cluster.css';
import './replication.css';

// Listen to every simulation from the start, so the story is whole when the tab opens.
startReplicationLog();

/** Width of the broker head at the left of each lane, px; keep in step with replication.css. */
const LANE_HEAD_W = 292;
/** Lanes this narrow put the head above the log (the @container rule in replication.css). */
const NARROW_LANES = 560;
/** Box and lane paddings and borders around a log row, px. */
const LANE_CHROME = 44;

export function ReplicationView() {
  const t = useT();
  const snapshot = useSimStore((s) => s.snapshot);
  // The pick is shared with the other views and carried by share links (store/selection.ts).
  const choice = useSelection((s) => s.selection);
  const select = useSelection((s) => s.select);

  if (!snapshot) return <p className="muted">{t('cluster.empty')}</p>;
  const topics = snapshot.topics;
  if (topics.length === 0) return <p className="muted">{t('repl.noTopics')}</p>;
  // The chosen partition if it still exists, else the first partition of the first topic.
  const topic = topics.find((x) => x.name === choice?.topic) ?? topics[0]!;
  const partition =
    topic.partitions.find((p) => p.partition === choice?.partition) ?? topic.partitions[0];
  if (!partition) return <p className="muted">{t('repl.noTopics')}</p>;

  return (
    <ReplicationPanel
      snapshot={snapshot}
      topic={topic.name}
      partition={partition}
      onPick={(topicName, p) => select({ topic: topicName, partition: p })}
    />
  );
}

interface PanelProps {
  snapshot: Snapshot;
  topic: string;
  partition: PartitionSnapshot;
  onPick(topic: string, partition: number): void;
}

function ReplicationPanel({ snapshot, topic, partition, onPick }: PanelProps) {
  const t = useT();
  const reducedMotion = useReducedMotion() ?? false;
  const settings = useReplicationSettings(topic);
  const { events, errors } = useReplicationLog();
  const now = useSimStore((s) => s.now);
  const registry = useMemo(() => new AnchorRegistry(), []);
  const stageRef = useRef<HTMLDivElement>(null);
  const rects = useAnchorRects(stageRef, registry);
  const lanesRef = useRef<HTMLDivElement>(null);
  const lanesWidth = useElementWidth(lanesRef);

  const replicas = replicaModels(partition, topic, snapshot.brokers, events);
  const head = lanesWidth <= NARROW_LANES ? 0 : LANE_HEAD_W + 10;
  const columns = Math.max(4, Math.floor((lanesWidth - head - LANE_CHROME) / CELL_STEP));
  const offsets = offsetWindow(replicas, columns);
  const { inside, outside } = splitByIsr(replicas);
  const story = useStory(topic, partition, settings, now);
  const leader = partition.leader;
  const focusKey = tpName(topic, partition.partition);

  // The latest produce error on this partition, next to the leader while it is recent.
  const partitionErrors = errors[partitionKey(topic, partition.partition)];
  const recentError: LaneError | null =
    partitionErrors && now - partitionErrors.last.at < ERROR_VISIBLE_MS
      ? {
          error: partitionErrors.last.error,
          count: partitionErrors.byError[partitionErrors.last.error] ?? 0,
          producer: partitionErrors.last.producer,
          failed:
            snapshot.producers.find((p) => p.id === partitionErrors.last.producer)?.failed ?? 0,
        }
      : null;
  const errorLane = leader ?? partition.replicas[0];

  const lane = (r: (typeof replicas)[number]) => (
    <ReplicaLane
      key={r.broker}
      topic={topic}
      partition={partition}
      replica={r}
      window={offsets}
      leaderRecords={replicas.find((x) => x.isLeader)?.records ?? null}
      leaderLeo={replicas.find((x) => x.isLeader)?.leo ?? null}
      newestLeo={offsets.end}
      leaderless={leader === null}
      error={r.broker === errorLane ? recentError : null}
    />
  );

  return (
    <AnchorProvider value={registry}>
      <section className="repl" aria-label={t('repl.label')} data-testid="replication-view">
        <div className="repl-top">
          <PartitionPicker
            topics={snapshot.topics}
            topic={snapshot.topics.find((x) => x.name === topic)!}
            partition={partition.partition}
            onPick={onPick}
          />
          <dl
            className="repl-summary"
            data-testid={`partition-${focusKey}`}
            data-leader={leader ?? ''}
            data-isr={partition.isr.join(',')}
            data-hw={partition.highWatermark}
            data-epoch={partition.leaderEpoch}
          >
            <div className={leader === null ? 'repl-summary-bad' : undefined}>
              <dt>{t('repl.summary.leader')}</dt>
              <dd>
                {leader === null ? t('repl.summary.noLeader') : t('broker.title', { id: leader })}
              </dd>
            </div>
            <div>
              <dt>{t('repl.summary.epoch')}</dt>
              <dd>{partition.leaderEpoch}</dd>
            </div>
            <div>
              <dt>{t('repl.summary.isr')}</dt>
              <dd>[{partition.isr.join(', ')}]</dd>
            </div>
            <div>
              <dt>{t('repl.summary.hw')}</dt>
              <dd>{partition.highWatermark}</dd>
            </div>
            <div
              className={
                partition.isr.length < settings.minInsyncReplicas ? 'repl-summary-bad' : undefined
              }
            >
              <dt>{t('repl.summary.minIsr')}</dt>
              <dd>{settings.minInsyncReplicas}</dd>
            </div>
            <div className={settings.unclean ? 'repl-summary-warn' : undefined}>
              <dt>{t('repl.summary.unclean')}</dt>
              <dd>{t(settings.unclean ? 'repl.summary.on' : 'repl.summary.off')}</dd>
            </div>
          </dl>
        </div>

        <CaptionBar caption={story.caption} error={story.error} />

        <div className="repl-body">
          <div className="repl-stage" ref={stageRef}>
            <NetworkNodes snapshot={snapshot} topic={topic} />
            <div className="repl-lanes" ref={lanesRef}>
              <LayoutGroup id={`repl-${focusKey}`}>
                <div
                  className={`repl-isr${inside.length === 0 ? ' repl-isr-empty' : ''}`}
                  title={t('repl.isrBox.hint')}
                >
                  <div className="repl-box-title">
                    <span>{t('repl.isrBox')}</span>
                    <span className="muted">
                      [{partition.isr.join(', ')}] · {t('repl.summary.minIsr')}{' '}
                      {settings.minInsyncReplicas}
                    </span>
                  </div>
                  {inside.length === 0 && <p className="repl-empty">{t('repl.isrEmpty')}</p>}
                  {inside.map(lane)}
                </div>
                <div className="repl-outside">
                  <div className="repl-box-title">
                    <span>{t('repl.outside')}</span>
                    {outside.length === 0 && (
                      <span className="muted">{t('repl.outside.none')}</span>
                    )}
                  </div>
                  {outside.map(lane)}
                </div>
              </LayoutGroup>
            </div>
            <NetworkLayer
              rects={rects}
              snapshot={snapshot}
              topic={topic}
              partition={partition}
              replicas={replicas}
              animate={!reducedMotion}
            />
          </div>
          <aside className="repl-side">
            <MetricsPanel snapshot={snapshot} />
            {reducedMotion && (
              <NetworkList topic={topic} partition={partition} controller={snapshot.controller} />
            )}
            <StoryList items={story.history} />
          </aside>
        </div>
      </section>
    </AnchorProvider>
  );
}
