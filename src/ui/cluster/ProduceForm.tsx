// Send one record by hand: the same `produce` action a scenario or a test would apply. After the
// send it says which partition the producer chose and why — the murmur2 arithmetic for a key, the
// sticky (KIP-794) or round-robin decision without one, read from the engine — and points at
// that partition in the cluster view for a moment.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  explainKeyPartition,
  explainPartitionChoice,
  type PartitionerState,
  type PartitionExplanation,
  type ProducerSnapshot,
  type TopicSnapshot,
  type TraceEvent,
} from '../../engine';
import { useProducerSpecs, useSimStore } from '../../store/simStore';
import { useHighlight } from '../../store/highlight';
import type { TFunction } from '../common/useT';
import { useT } from '../common/useT';
import './produce.css';

interface Props {
  producers: ProducerSnapshot[];
  topics: TopicSnapshot[];
}

/** How long the partition stays highlighted after a send, wall-clock ms. */
const HIGHLIGHT_MS = 4000;

/** A send whose partition is known, or still waiting for the topic's metadata. */
type Outcome =
  | { kind: 'done'; topic: string; key: string | null; explanation: PartitionExplanation }
  | {
      kind: 'waiting';
      producer: string;
      topic: string;
      key: string | null;
      before: PartitionerState;
      afterSeq: number;
    };

type ProduceRecord = Extract<TraceEvent, { type: 'produce.record' }>;

function findRecord(
  trace: readonly TraceEvent[],
  afterSeq: number,
  producer: string,
  topic: string,
): ProduceRecord | undefined {
  return trace.find(
    (e): e is ProduceRecord =>
      e.seq > afterSeq &&
      e.type === 'produce.record' &&
      e.producer === producer &&
      e.topic === topic,
  );
}

export function ProduceForm(props: Props) {
  const t = useT();
  const ids = useId();
  const specs = useProducerSpecs();
  const apply = useSimStore((s) => s.apply);
  const showHighlight = useHighlight((s) => s.show);
  const clearHighlight = useHighlight((s) => s.clear);
  const producers = props.producers.map((p) => p.id);
  const topics = props.topics.map((tp) => tp.name);

  const [producerChoice, setProducer] = useState('');
  const [topicChoice, setTopic] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [done, setDone] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The trace is read only while a record waits for metadata (it changes nearly every frame).
  const trace = useSimStore((s) => (outcome?.kind === 'waiting' ? s.recentTrace : null));

  // Choices fall back to the first producer and its workload topic when the scenario changes.
  const producer = producers.includes(producerChoice) ? producerChoice : (producers[0] ?? '');
  const workloadTopic = specs.find((s) => s.id === producer)?.workload?.topic;
  const topic = topics.includes(topicChoice)
    ? topicChoice
    : workloadTopic && topics.includes(workloadTopic)
      ? workloadTopic
      : (topics[0] ?? '');

  const point = (topicName: string, partition: number) => {
    const token = showHighlight(topicName, partition);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => clearHighlight(token), HIGHLIGHT_MS);
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  // A record that waited for metadata: its partition shows in the trace once the producer knows it.
  useEffect(() => {
    if (outcome?.kind !== 'waiting' || !trace) return;
    const record = findRecord(trace, outcome.afterSeq, outcome.producer, outcome.topic);
    const after = useSimStore.getState().queries.partitionerState(outcome.producer, outcome.topic);
    if (!after) return;
    let explanation: PartitionExplanation;
    if (record)
      explanation = explainPartitionChoice(
        { key: outcome.key, partition: record.partition, sizeBytes: record.sizeBytes },
        outcome.before,
        after,
      );
    else {
      // Still waiting while the producer does not know the topic; once it does, the record went
      // out at that moment. Fast playback publishes only the newest events: if ours went by
      // unseen, a key's partition still follows from the partition count; a keyless one's not.
      if (after.numPartitions === null) return;
      if (outcome.key === null || after.ignoreKeys) {
        setOutcome(null);
        return;
      }
      explanation = explainKeyPartition(outcome.key, after.numPartitions);
    }
    setOutcome({ kind: 'done', topic: outcome.topic, key: outcome.key, explanation });
    point(outcome.topic, explanation.partition);
    // point only changes identity with the store's stable functions
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trace, outcome]);

  if (producers.length === 0 || topics.length === 0) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const k = key.trim() === '' ? null : key.trim();
    const state = useSimStore.getState();
    const earlier = state.queries.partitionerState(producer, topic);
    const afterSeq = state.recentTrace.at(-1)?.seq ?? -1;
    if (!apply({ do: 'produce', producer, topic, key: k, value })) {
      setDone('');
      setOutcome(null);
      return;
    }
    setDone(t('produce.done', { producer, key: k ?? t('record.noKey') }));
    const now = useSimStore.getState();
    const record = findRecord(now.recentTrace, afterSeq, producer, topic);
    const after = now.queries.partitionerState(producer, topic);
    if (!after) {
      setOutcome(null);
      return;
    }
    // Before the store's first publish its queries answer nothing: the run has not moved, so no
    // keyless record has been partitioned yet.
    const before = earlier ?? { ...after, sticky: null, roundRobinCounter: null };
    if (!record) {
      setOutcome({ kind: 'waiting', producer, topic, key: k, before, afterSeq });
      return;
    }
    const explanation = explainPartitionChoice(
      { key: k, partition: record.partition, sizeBytes: record.sizeBytes },
      before,
      after,
    );
    setOutcome({ kind: 'done', topic, key: k, explanation });
    point(topic, record.partition);
  };

  return (
    <form className="produce-form card" onSubmit={submit} data-testid="produce-form">
      <h3>{t('produce.title')}</h3>
      {producers.length > 1 && (
        <Field id={`${ids}-p`} label={t('produce.producer')}>
          <select id={`${ids}-p`} value={producer} onChange={(e) => setProducer(e.target.value)}>
            {producers.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
      )}
      {topics.length > 1 && (
        <Field id={`${ids}-t`} label={t('produce.topic')}>
          <select id={`${ids}-t`} value={topic} onChange={(e) => setTopic(e.target.value)}>
            {topics.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${ids}-k`} label={t('produce.key')}>
        <input
          id={`${ids}-k`}
          data-testid="produce-key"
          value={key}
          placeholder={t('produce.key.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          onChange={(e) => setKey(e.target.value)}
        />
      </Field>
      <Field id={`${ids}-v`} label={t('produce.value')}>
        <input
          id={`${ids}-v`}
          data-testid="produce-value"
          value={value}
          autoComplete="off"
          maxLength={1000}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      <button type="submit" className="btn btn-primary" data-testid="produce-submit">
        {t('produce.submit')}
      </button>
      <div className="produce-done" aria-live="polite">
        <p className="muted small">{done}</p>
        {outcome && <Why outcome={outcome} t={t} />}
      </div>
    </form>
  );
}

/** The partitioner's decision in words (and Kafka's arithmetic for a key). */
function Why({ outcome, t }: { outcome: Outcome; t: TFunction }) {
  if (outcome.kind === 'waiting')
    return (
      <p className="produce-why small" data-testid="produce-why" data-kind="waiting">
        {t('produce.why.waiting', { topic: outcome.topic })}
      </p>
    );
  const e = outcome.explanation;
  const lines: ReactNode[] = [];
  switch (e.kind) {
    case 'key': {
      const params = {
        key: e.key,
        hash: e.hex,
        positive: e.positive,
        partitions: e.numPartitions,
        partition: e.partition,
      };
      lines.push(
        <code key="f" className="produce-formula" data-testid="produce-formula">
          {t('produce.why.formula', params)}
        </code>,
        <span key="d" className="muted">
          {t('produce.why.formula.detail', params)}
        </span>,
        <span key="w">{t('produce.why.key', { ...params, topic: outcome.topic })}</span>,
      );
      break;
    }
    case 'sticky-new':
    case 'sticky-stay': {
      if (e.ignoredKey) lines.push(<span key="i">{t('produce.why.ignoreKeys')}</span>);
      const params = { partition: e.partition, batchSize: e.batchSize, produced: e.producedBytes };
      lines.push(
        <span key="s">
          {e.kind === 'sticky-new'
            ? t('produce.why.sticky.new', {
                ...params,
                how: t(
                  e.adaptive ? 'produce.why.sticky.how.adaptive' : 'produce.why.sticky.how.uniform',
                ),
              })
            : t('produce.why.sticky.stay', params)}
        </span>,
      );
      if (e.next !== null)
        lines.push(
          <span key="n">
            {t('produce.why.sticky.switched', { batchSize: e.batchSize, next: e.next })}
          </span>,
        );
      break;
    }
    case 'round-robin':
      lines.push(
        <span key="r">
          {t('produce.why.roundRobin', {
            topic: outcome.topic,
            counter: e.counter,
            available: e.available,
            partition: e.partition,
          })}
        </span>,
      );
      break;
    case 'other':
      lines.push(<span key="o">{t('produce.why.other', { partition: e.partition })}</span>);
  }
  return (
    <div
      className="produce-why small"
      data-testid="produce-why"
      data-kind={e.kind}
      data-partition={e.partition}
    >
      <strong>{t('produce.why.title', { partition: e.partition })}</strong>
      {lines}
    </div>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
