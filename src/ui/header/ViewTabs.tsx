// Tabs that switch the main area between views; the choice goes into the link (view=…).
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { VIEWS, viewFor } from '../views';

export function ViewTabs() {
  const t = useT();
  const current = viewFor(useSimStore((s) => s.view)).id;
  const setView = useSimStore((s) => s.setView);
  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-tabs" role="tablist" aria-label={t('view.tabs')}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          aria-selected={v.id === current}
          data-testid={`view-tab-${v.id}`}
          className={v.id === current ? 'view-tab view-tab-active' : 'view-tab'}
          onClick={() => setView(v.id)}
        >
          {t(v.label)}
        </button>
      ))}
    </nav>
  );
}
