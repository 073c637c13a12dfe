// The page's stand-in for src/engine/clients/consumer/stickyAssignors.ts (the sticky and
// cooperative-sticky assignors), swapped in by vite.config.ts so the first download leaves them
// out. Its exports are live bindings: placeholders that throw, naming the assignors, until load()
// has fetched the real module. The store loads it before a run whose scenario or action names
// sticky (src/store/lazyModules.ts); a group elects a sticky assignor only when its members name
// one first, so a run that names none never constructs them.
import type * as Sticky from '../engine/clients/consumer/stickyAssignors';
import { onDemand } from './codecs/onDemand';

const real = onDemand<typeof Sticky>(
  'the sticky assignors',
  () => import('../engine/clients/consumer/stickyAssignors'),
);

export let StickyAssignor: typeof Sticky.StickyAssignor = real.NotLoaded;
export let CooperativeStickyAssignor: typeof Sticky.CooperativeStickyAssignor = real.NotLoaded;

export function isStickyAssignorsLoaded(): boolean {
  return real.isLoaded();
}

export function loadStickyAssignors(): Promise<void> {
  return real.load().then(() => {
    const m = real.get();
    StickyAssignor = m.StickyAssignor;
    CooperativeStickyAssignor = m.CooperativeStickyAssignor;
  });
}
