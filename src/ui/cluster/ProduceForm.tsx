// Send one record by hand: the same `produce` action a scenario or a test would apply.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ProducerSnapshot, TopicSnapshot } from '../../engine';
import { useProducerSpecs, useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';

interface Props {
  producers: ProducerSnapshot[];
  topics: TopicSnapshot[];
}

export function ProduceForm(props: Props) {
  const t = useT();
  const ids = useId();
  const specs = useProducerSpecs();
  const apply = useSimStore((s) => s.apply);
  const producers = props.producers.map((p) => p.id);
  const topics = props.topics.map((tp) => tp.name);

  const [producerChoice, setProducer] = useState('');
  const [topicChoice, setTopic] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [done, setDone] = useState('');

  // Choices fall back to the first producer and its workload topic when the scenario changes.
  const producer = producers.includes(producerChoice) ? producerChoice : (producers[0] ?? '');
  const workloadTopic = specs.find((s) => s.id === producer)?.workload?.topic;
  const topic = topics.includes(topicChoice)
    ? topicChoice
    : workloadTopic && topics.includes(workloadTopic)
      ? workloadTopic
      : (topics[0] ?? '');

  if (producers.length === 0 || topics.length === 0) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const k = key.trim() === '' ? null : key.trim();
    if (apply({ do: 'produce', producer, topic, key: k, value })) {
      setDone(t('produce.done', { producer, key: k ?? t('record.noKey') }));
    } else {
      setDone('');
    }
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
      <p className="muted small produce-done" aria-live="polite">
        {done}
      </p>
    </form>
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
