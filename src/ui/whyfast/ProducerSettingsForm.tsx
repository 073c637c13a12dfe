// A producer's batching settings and its workload's rate, changed live: each choice applies the
// scenario's own action — setConfig on `producer:<id>`, setWorkload for the rate — recorded and
// replayed like any other. The engine validates; a refused
// value shows its reason in the page's language.
import { useId, useState } from 'react';
import { errorMessage } from '../../content/errors';
import type { MessageKey } from '../../content/i18n';
import type { ActionBody, ProducerSettings } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';

const LINGER_MS = [0, 5, 10, 20, 50, 100, 200, 500, 1000];
const BATCH_SIZES = [1024, 4096, 16384, 65536, 262144, 1048576];
const RATES = [1, 5, 10, 20, 40, 100, 200, 500, 1000];
/** zstd is left out: the page has no zstd compressor (vite.config.ts, noZstdWasm). */
const CODECS = ['none', 'gzip', 'snappy', 'lz4'];

interface Field {
  key: string;
  label: MessageKey;
  current: string | number;
  options: (string | number)[];
  action: (value: string) => ActionBody;
}

/** The choices with the value in force among them (a scenario may set any). */
function withCurrent<T extends string | number>(options: T[], current: T): T[] {
  if (options.includes(current)) return options;
  const all = [...options, current];
  return typeof current === 'number' ? all.sort((a, b) => Number(a) - Number(b)) : all;
}

export function ProducerSettingsForm({ id, settings }: { id: string; settings: ProducerSettings }) {
  const t = useT();
  const setConfig =
    (key: string, numeric: boolean) =>
    (value: string): ActionBody => ({
      do: 'setConfig',
      target: `producer:${id}`,
      key,
      value: numeric ? Number(value) : value,
    });
  const fields: Field[] = [
    {
      key: 'linger.ms',
      label: 'whyfast.setting.lingerMs',
      current: settings.lingerMs,
      options: withCurrent(LINGER_MS, settings.lingerMs),
      action: setConfig('linger.ms', true),
    },
    {
      key: 'batch.size',
      label: 'whyfast.setting.batchSize',
      current: settings.batchSize,
      options: withCurrent(BATCH_SIZES, settings.batchSize),
      action: setConfig('batch.size', true),
    },
    {
      key: 'compression.type',
      label: 'whyfast.setting.compression',
      current: settings.compressionType,
      options: withCurrent<string>(CODECS, settings.compressionType),
      action: setConfig('compression.type', false),
    },
  ];
  if (settings.ratePerSec !== null)
    fields.push({
      key: 'rate',
      label: 'whyfast.setting.rate',
      current: settings.ratePerSec,
      options: withCurrent(RATES, settings.ratePerSec),
      action: (value) => ({ do: 'setWorkload', producer: id, ratePerSec: Number(value) }),
    });
  return (
    <fieldset className="wf-settings">
      <legend className="visually-hidden">{t('whyfast.settings', { id })}</legend>
      {fields.map((f) => (
        <SettingSelect key={f.key} id={id} field={f} />
      ))}
    </fieldset>
  );
}

function SettingSelect({ id, field }: { id: string; field: Field }) {
  const t = useT();
  const inputId = useId();
  const lang = useSimStore((s) => s.lang);
  const apply = useSimStore((s) => s.apply);
  const [refused, setRefused] = useState<string | null>(null);
  const onChange = (value: string) => {
    if (apply(field.action(value))) {
      setRefused(null);
      return;
    }
    const err = useSimStore.getState().error;
    setRefused(
      err && (err.kind === 'action' || err.kind === 'scenario')
        ? err.errors.map((x) => errorMessage(x, lang)).join(' ')
        : '',
    );
  };
  return (
    <div className="wf-setting">
      <label htmlFor={inputId}>{t(field.label)}</label>
      <select
        id={inputId}
        data-testid={`wf-set-${field.key}-${id}`}
        value={String(field.current)}
        onChange={(e) => onChange(e.target.value)}
      >
        {field.options.map((o) => (
          <option key={o} value={String(o)}>
            {String(o)}
          </option>
        ))}
      </select>
      {refused !== null && (
        <p className="wf-refused small" role="alert">
          {t('whyfast.setting.refused', { reason: refused })}
        </p>
      )}
    </div>
  );
}
