// The page's stand-in for src/engine/log/logCleaner.ts (log compaction's cleaning round), swapped
// in by vite.config.ts so the first download leaves it out. cleanLog calls the engine's own once
// load() has fetched it, and throws, naming the cleaner, before. The store loads it before a run
// whose scenario or action names compaction, segments or rolling (src/store/lazyModules.ts), and
// the page fetches it once idle after opening (boot.ts), so a long run of any scenario finds it.
import type * as Cleaner from '../engine/log/logCleaner';
import { onDemand } from './codecs/onDemand';

const real = onDemand<typeof Cleaner>('the log cleaner', () => import('../engine/log/logCleaner'));

export const cleanLog = real.call('cleanLog');

export function isLogCleanerLoaded(): boolean {
  return real.isLoaded();
}

export function loadLogCleaner(): Promise<void> {
  return real.load();
}
