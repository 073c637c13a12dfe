// Parts of the page fetched once it is idle after opening, not in its first download (the
// timeline's marker log, the event list's words). Each loads once; whoever needs the page whole
// — the exporter, whose frames must not depend on when a fetch arrived — asks for all of them
// now and waits (allDeferredParts).
import { whenPageIdle } from '../../store/lazyModules';

const parts: (() => Promise<unknown>)[] = [];

/** A part fetched in idle time: `loaded` settles once it is here (null if the fetch failed). */
export interface DeferredPart<T> {
  loaded: Promise<T | null>;
}

/**
 * Fetch `load` once the page is idle (at the latest after `timeoutMs`), or as soon as
 * allDeferredParts asks. A failed fetch gives null: the page goes on without the part.
 */
export function deferUntilIdle<T>(load: () => Promise<T>, timeoutMs = 2000): DeferredPart<T> {
  let started: Promise<T | null> | null = null;
  const start = () => (started ??= load().catch(() => null));
  let resolve!: (v: T | null) => void;
  const loaded = new Promise<T | null>((r) => (resolve = r));
  const run = () => start().then(resolve);
  parts.push(run);
  whenPageIdle(() => void run(), timeoutMs);
  return { loaded };
}

/** Every deferred part, fetched now if it was still waiting for idle time. */
export function allDeferredParts(): Promise<void> {
  return Promise.all(parts.map((start) => start())).then(() => undefined);
}
