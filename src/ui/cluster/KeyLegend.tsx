// Which colour is which key; keyless records are grey. Colours repeat text, never replace it.
// The keys: the scenario's (workloads, then scripted produce actions), then those the person
// produced by hand (the action log), each once.
import { useMemo } from 'react';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { KEYLESS_COLOR, useKeyColor, useScenarioKeys } from '../common/keyColor';

/** Legend rows at most: a person producing many keys by hand does not grow the legend forever. */
const MAX_KEYS = 24;

export function KeyLegend() {
  const t = useT();
  const scenarioKeys = useScenarioKeys();
  // The same array until another action is applied.
  const actions = useSimStore((s) => s.queries.actionLog());
  const color = useKeyColor();
  const keys = useMemo(() => {
    const all = [...scenarioKeys];
    for (const a of actions)
      if (a.do === 'produce' && a.key !== null && !all.includes(a.key)) all.push(a.key);
    return all.slice(0, MAX_KEYS);
  }, [scenarioKeys, actions]);
  return (
    <section className="legend" aria-label={t('legend.keys')} data-testid="key-legend">
      <h3 className="legend-title">{t('legend.keys')}</h3>
      <ul>
        {keys.map((k) => (
          <li key={k} data-key={k}>
            <span className="swatch" style={{ background: color(k) }} aria-hidden="true" />
            {k}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: KEYLESS_COLOR }} aria-hidden="true" />
          {t('legend.noKey')}
        </li>
        <li>
          <span className="swatch swatch-uncommitted" aria-hidden="true" />
          {t('legend.uncommitted')}
        </li>
      </ul>
    </section>
  );
}
