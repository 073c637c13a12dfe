// Where the walkthrough player sits in the page (App mounts it in the main area): nothing until a
// walkthrough opens, then its panel (LearnPanel.tsx, a chunk of its own, fetched on first use).
import { lazy, Suspense } from 'react';
import { useLearn } from '../../store/learn';
import './learn.css';

const LearnPanel = lazy(() => import('./LearnPanel').then((m) => ({ default: m.LearnPanel })));

export function LearnPlayer() {
  const active = useLearn((s) => s.current !== null || s.opening !== null || s.problem !== null);
  if (!active) return null;
  return (
    <Suspense
      fallback={
        <aside className="learn-player learn-busy" data-testid="learn-opening" aria-busy="true" />
      }
    >
      <LearnPanel />
    </Suspense>
  );
}
