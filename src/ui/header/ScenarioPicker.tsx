// Picks a starter scenario. A starter that fails validation leaves the current one running.
import { useId } from 'react';
import { STARTERS, starterText } from '../../content/scenarios';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';

export function ScenarioPicker() {
  const t = useT();
  const id = useId();
  const starterId = useSimStore((s) => s.starterId);
  const loadStarter = useSimStore((s) => s.loadStarter);
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('header.scenario')}</label>
      <select
        id={id}
        aria-label={t('header.scenario')}
        data-testid="scenario-picker"
        value={starterId ?? ''}
        onChange={(e) => loadStarter(e.target.value)}
      >
        {starterId === null && <option value="">—</option>}
        {STARTERS.map((s) => (
          <option key={s.id} value={s.id}>
            {t(starterText(s.id, 'title'))}
          </option>
        ))}
      </select>
    </div>
  );
}
