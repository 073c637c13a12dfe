// Which colour is which key; keyless records are grey. Colours repeat text, never replace it.
import { useT } from '../common/useT';
import { KEYLESS_COLOR, useKeyColor, useScenarioKeys } from '../common/keyColor';

export function KeyLegend() {
  const t = useT();
  const keys = useScenarioKeys();
  const color = useKeyColor();
  return (
    <section className="legend" aria-label={t('legend.keys')}>
      <h3 className="legend-title">{t('legend.keys')}</h3>
      <ul>
        {keys.map((k) => (
          <li key={k}>
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
