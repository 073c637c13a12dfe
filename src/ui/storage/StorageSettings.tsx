// The topic's log settings, changed live with the scenario's own setConfig action (so a change
// is recorded and replays like any other). The engine validates each value; a refused one shows
// its bilingual reason. Where the simulator accepts a value real Kafka refuses (segment.bytes
// below 1 MiB), the note says so right where the value is set.
import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../../content/i18n';
import { CONFIG_DEFINITIONS, type TopicConfig } from '../../engine';
import { KAFKA_MIN_SEGMENT_BYTES } from '../../engine/config/TopicConfig';
import { CONFIG_NOTES } from '../../content/configs/notes';
import { errorMessage } from '../../content/errors';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { humanBytes, humanMs } from './formatBytes';

/** The topic configs this card sets, by resolved property; Kafka's names come from the engine's table. */
type Prop =
  'segmentBytes' | 'indexIntervalBytes' | 'retentionMs' | 'retentionBytes' | 'cleanupPolicy';

function topicConfigName(prop: Prop & keyof TopicConfig): string {
  return CONFIG_DEFINITIONS.find((d) => d.entity === 'topic' && d.prop === prop)!.name;
}

const POLICIES = ['delete', 'compact', 'compact,delete'] as const;

interface Setting {
  prop: Prop;
  /** Kafka's name: the setConfig key. */
  key: string;
  hint: MessageKey;
  current: string;
  human: string;
}

export function StorageSettings({ topic }: { topic: string }) {
  const t = useT();
  // A copy per frame: compared field by field, so the card re-renders only when a value changes.
  const config = useSimStore(useShallow((s) => s.queries.topicConfig(topic)));
  if (!config) return null;
  const settings: Setting[] = [
    {
      prop: 'segmentBytes',
      key: topicConfigName('segmentBytes'),
      hint: 'storage.settings.segmentBytes',
      current: String(config.segmentBytes),
      human: humanBytes(config.segmentBytes),
    },
    {
      prop: 'indexIntervalBytes',
      key: topicConfigName('indexIntervalBytes'),
      hint: 'storage.settings.indexInterval',
      current: String(config.indexIntervalBytes),
      human: humanBytes(config.indexIntervalBytes),
    },
    {
      prop: 'retentionMs',
      key: topicConfigName('retentionMs'),
      hint: 'storage.settings.retentionMs',
      current: String(config.retentionMs),
      human: config.retentionMs < 0 ? t('storage.settings.forever') : humanMs(config.retentionMs),
    },
    {
      prop: 'retentionBytes',
      key: topicConfigName('retentionBytes'),
      hint: 'storage.settings.retentionBytes',
      current: String(config.retentionBytes),
      human:
        config.retentionBytes < 0
          ? t('storage.settings.unlimited')
          : humanBytes(config.retentionBytes),
    },
    {
      prop: 'cleanupPolicy',
      key: topicConfigName('cleanupPolicy'),
      hint: 'storage.settings.cleanupPolicy',
      current: config.cleanupPolicy,
      human: '',
    },
  ];
  return (
    <section className="card st-card st-settings" aria-labelledby="st-settings-title">
      <header className="st-card-head">
        <h3 id="st-settings-title">{t('storage.settings.title', { topic })}</h3>
      </header>
      <p className="muted small">{t('storage.settings.intro')}</p>
      <div className="st-setting-list">
        {settings.map((s) => (
          // Remount when the value changes elsewhere so the field shows the value in force.
          <SettingRow key={`${s.key}=${s.current}`} topic={topic} setting={s} />
        ))}
      </div>
    </section>
  );
}

function SettingRow({ topic, setting }: { topic: string; setting: Setting }) {
  const t = useT();
  const ids = useId();
  const lang = useSimStore((s) => s.lang);
  const apply = useSimStore((s) => s.apply);
  const [text, setText] = useState(setting.current);
  const [refused, setRefused] = useState<string | null>(null);
  const { key, prop } = setting;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const raw = text.trim();
    const value = prop !== 'cleanupPolicy' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (apply({ do: 'setConfig', target: `topic:${topic}`, key, value })) {
      setRefused(null);
      return;
    }
    const err = useSimStore.getState().error;
    const reasons =
      err && (err.kind === 'action' || err.kind === 'scenario')
        ? err.errors.map((x) => errorMessage(x, lang)).join(' ')
        : t('storage.settings.refused');
    setRefused(reasons);
  };

  const typed = prop === 'segmentBytes' && /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
  const belowKafka =
    prop === 'segmentBytes' &&
    ((typed !== null && typed < KAFKA_MIN_SEGMENT_BYTES) ||
      Number(setting.current) < KAFKA_MIN_SEGMENT_BYTES);

  return (
    <form className="st-setting" onSubmit={submit} data-testid={`setting-${key}`}>
      <label htmlFor={`${ids}-v`} className="mono st-setting-key">
        {key}
      </label>
      {prop === 'cleanupPolicy' ? (
        <select id={`${ids}-v`} value={text} onChange={(e) => setText(e.target.value)}>
          {POLICIES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={`${ids}-v`}
          inputMode="numeric"
          value={text}
          aria-invalid={refused !== null}
          aria-describedby={`${ids}-h`}
          onChange={(e) => setText(e.target.value)}
        />
      )}
      <button
        type="submit"
        className="btn btn-small"
        disabled={text.trim() === setting.current}
        data-testid={`setting-${key}-apply`}
      >
        {t('storage.settings.apply')}
      </button>
      <p id={`${ids}-h`} className="st-setting-hint small muted">
        {t('storage.settings.current', { value: setting.current })}
        {setting.human && setting.human !== setting.current ? ` (${setting.human})` : ''} ·{' '}
        {t(setting.hint)}
      </p>
      {belowKafka && (
        <p className="st-setting-note small st-note" data-testid="segment-bytes-note">
          {CONFIG_NOTES[key]?.[lang]}
        </p>
      )}
      {refused && (
        <p className="st-setting-note small st-warn" role="alert">
          {refused}
        </p>
      )}
    </form>
  );
}
