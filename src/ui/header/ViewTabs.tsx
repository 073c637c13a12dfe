// Tabs that switch the main area between views; the choice goes into the link (view=…). The
// WAI-ARIA tabs pattern: one tab stop (the selected tab), ← → move to the previous/next tab and
// show it, Home/End the first/last; the view shown is the tab panel (App.tsx, VIEW_PANEL_ID).
import { useRef, type KeyboardEvent } from 'react';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { VIEWS, viewFor } from '../views';

export const VIEW_PANEL_ID = 'view-panel';
export const viewTabId = (view: string) => `view-tab-${view}`;

export function ViewTabs() {
  const t = useT();
  const current = viewFor(useSimStore((s) => s.view)).id;
  const setView = useSimStore((s) => s.setView);
  // The controller tab shows ZooKeeper mode's machine in that mode: it is named for it.
  const zk = useSimStore((s) => s.snapshot?.controller.mode === 'zookeeper');
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  if (VIEWS.length < 2) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const last = VIEWS.length - 1;
    const to: Record<string, number> = {
      ArrowRight: i === last ? 0 : i + 1,
      ArrowLeft: i === 0 ? last : i - 1,
      Home: 0,
      End: last,
    };
    if (!(e.key in to) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = to[e.key]!;
    setView(VIEWS[next]!.id);
    refs.current[next]?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('view.tabs')}>
      {VIEWS.map((v, i) => {
        const selected = v.id === current;
        return (
          <button
            key={v.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={viewTabId(v.id)}
            aria-selected={selected}
            aria-controls={selected ? VIEW_PANEL_ID : undefined}
            aria-keyshortcuts={String(i + 1)}
            tabIndex={selected ? 0 : -1}
            data-testid={`view-tab-${v.id}`}
            className={selected ? 'view-tab view-tab-active' : 'view-tab'}
            onClick={() => setView(v.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t(v.id === 'controller' && zk ? 'view.controller.zk' : v.label)}
          </button>
        );
      })}
    </div>
  );
}
