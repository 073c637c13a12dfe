// The storage view: one partition replica's log directory as Kafka keeps it on disk. Pick a
// broker and a replica; see the files with their live sizes, a segment's .log as batches along
// the file and its .index entries pointing into it; look an offset or a timestamp up step by
// step; inspect a batch's bytes; download the files; change the topic's log settings live.
import { useId, useMemo } from 'react';
import type { Snapshot, TopicSnapshot } from '../../engine';
import { useSelection, type Selection } from '../../store/selection';
import { useProducerSpecs, useSimStore } from '../../store/simStore';
import { BrokerControls } from '../common/BrokerControls';
import { tpName } from '../common/format';
import { OptionPicker } from '../common/OptionPicker';
import { useT } from '../common/useT';
import { ReplicaStorage } from './ReplicaStorage';
import type { ReplicaRef } from './useLogDir';
import './storage.css';

interface HostedReplica {
  topic: string;
  partition: number;
  leader: boolean;
  inSync: boolean;
}

/**
 * Each topic's replicas on each broker, while the topic's snapshot is the same object: at 10,000
 * partitions a publish changes one or two topics, and the view looks its broker's list up twice a
 * render.
 */
const hostedByTopic = new WeakMap<TopicSnapshot, Map<number, HostedReplica[]>>();

function hostedIn(topic: TopicSnapshot, broker: number): HostedReplica[] {
  let byBroker = hostedByTopic.get(topic);
  if (!byBroker) hostedByTopic.set(topic, (byBroker = new Map()));
  let list = byBroker.get(broker);
  if (!list) {
    list = topic.partitions
      .filter((p) => p.replicas.includes(broker))
      .map((p) => ({
        topic: topic.name,
        partition: p.partition,
        leader: p.leader === broker,
        inSync: p.isr.includes(broker),
      }));
    byBroker.set(broker, list);
  }
  return list;
}

function hostedReplicas(snapshot: Snapshot, broker: number): HostedReplica[] {
  return snapshot.topics.flatMap((topic) => hostedIn(topic, broker));
}

/**
 * The replica shown: the one picked if it still exists (a pick without a broker: that partition's
 * leader), else the leader of partition 0 of the topic the first producer writes to (or of the
 * first topic).
 */
function resolveReplica(
  snapshot: Snapshot | null,
  selection: Selection | null,
  preferredTopic: string | undefined,
): ReplicaRef | null {
  if (!snapshot) return null;
  let pick: ReplicaRef | null = null;
  if (selection?.broker !== undefined)
    pick = { broker: selection.broker, topic: selection.topic, partition: selection.partition };
  else if (selection) {
    const p = snapshot.topics
      .find((t) => t.name === selection.topic)
      ?.partitions.find((x) => x.partition === selection.partition);
    const broker = p ? (p.leader ?? p.replicas[0]) : undefined;
    if (broker !== undefined)
      pick = { broker, topic: selection.topic, partition: selection.partition };
  }
  if (pick && snapshot.brokers.some((b) => b.id === pick.broker)) {
    const hosted = hostedReplicas(snapshot, pick.broker);
    if (hosted.some((r) => r.topic === pick.topic && r.partition === pick.partition)) return pick;
    const first = hosted.find((r) => r.leader) ?? hosted[0];
    if (first) return { broker: pick.broker, topic: first.topic, partition: first.partition };
  }
  const topics = [...snapshot.topics].sort(
    (a, b) => Number(b.name === preferredTopic) - Number(a.name === preferredTopic),
  );
  for (const topic of topics)
    for (const p of topic.partitions) {
      const broker = p.leader ?? p.replicas[0];
      if (broker !== undefined) return { broker, topic: topic.name, partition: p.partition };
    }
  return null;
}

export function StorageView() {
  const t = useT();
  const ids = useId();
  const snapshot = useSimStore((s) => s.snapshot);
  // The pick is shared with the other views and carried by share links (store/selection.ts).
  const selection = useSelection((s) => s.selection);
  const setPick = useSelection((s) => s.select);
  const preferredTopic = useProducerSpecs().find((p) => p.workload)?.workload?.topic;
  const resolved = resolveReplica(snapshot, selection, preferredTopic);
  // One object per replica, so that memoised children do not redraw on every frame.
  const replica = useMemo(
    () => (resolved ? { ...resolved } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [resolved?.broker, resolved?.topic, resolved?.partition],
  );
  const hosted = useMemo(
    () => (snapshot && replica ? hostedReplicas(snapshot, replica.broker) : []),
    [snapshot, replica],
  );

  const replicaOptions = useMemo(
    () =>
      hosted.map((r) => ({
        value: tpName(r.topic, r.partition),
        label: t(r.leader ? 'storage.replica.leader' : 'storage.replica.follower', {
          name: tpName(r.topic, r.partition),
        }),
      })),
    [hosted, t],
  );

  if (!snapshot || !replica) {
    return (
      <section className="storage" aria-label={t('storage.label')}>
        <p className="muted">{t('cluster.empty')}</p>
      </section>
    );
  }
  const broker = snapshot.brokers.find((b) => b.id === replica.broker)!;
  const current = hosted.find(
    (r) => r.topic === replica.topic && r.partition === replica.partition,
  );

  const chooseBroker = (id: number) => {
    const list = hostedReplicas(snapshot, id);
    const same = list.find((r) => r.topic === replica.topic && r.partition === replica.partition);
    const next = same ?? list.find((r) => r.leader) ?? list[0];
    setPick(next ? { broker: id, topic: next.topic, partition: next.partition } : null);
  };

  return (
    <section className="storage" aria-label={t('storage.label')} data-testid="storage-view">
      <div className="st-toolbar">
        <div className="field-inline">
          <label htmlFor={`${ids}-b`}>{t('storage.broker')}</label>
          <select
            id={`${ids}-b`}
            aria-label={t('storage.broker')}
            data-testid="storage-broker"
            value={replica.broker}
            onChange={(e) => chooseBroker(Number(e.target.value))}
          >
            {snapshot.brokers.map((b) => (
              <option key={b.id} value={b.id}>
                {t('storage.broker.option', {
                  id: b.id,
                  status: t(`broker.status.${b.status}`),
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={`${ids}-r`}>{t('storage.replica')}</label>
          <OptionPicker
            id={`${ids}-r`}
            label={t('storage.replica')}
            testId="storage-replica"
            value={tpName(replica.topic, replica.partition)}
            options={replicaOptions}
            onPick={(v) => {
              const r = hosted.find((x) => tpName(x.topic, x.partition) === v);
              if (r) setPick({ broker: replica.broker, topic: r.topic, partition: r.partition });
            }}
          />
        </div>
        <span
          className={`pill pill-${broker.status}`}
          data-testid={`broker-${broker.id}`}
          data-status={broker.status}
        >
          {t('broker.title', { id: broker.id })} · {t(`broker.status.${broker.status}`)}
        </span>
        {current && !current.inSync && (
          <span className="pill st-pill-warn">{t('replica.outOfSync')}</span>
        )}
        <BrokerControls broker={broker} compact className="st-broker-controls" />
      </div>
      <ReplicaStorage
        key={`${replica.broker}/${replica.topic}/${replica.partition}`}
        replica={replica}
        leader={current?.leader ?? false}
      />
    </section>
  );
}
