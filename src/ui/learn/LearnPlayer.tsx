// Where the walkthrough player sits in the page (App mounts it in the main area): nothing until a
// walkthrough opens, then its panel (LearnPanel.tsx, a chunk of its own, fetched on first use).
// Nothing opens before the learn store has loaded (store/learnOnDemand.ts).
import { lazy, Suspense } from 'react';
import { useLearnOnDemand, type LoadedLearn } from '../../store/learnOnDemand';
import './learn.css';

const LearnPanel = lazy(() => import('./LearnPanel').then((m) => ({ default: m.LearnPanel })));

export function LearnPlayer() {
  const learn = useLearnOnDemand((s) => s.learn);
  return learn ? <Player useLearn={learn.useLearn} /> : null;
}

function Player({ useLearn }: { useLearn: LoadedLearn['useLearn'] }) {
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
