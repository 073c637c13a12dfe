// The walkthroughs: every `./<id>.json` here, loaded on demand (each file is its own small chunk,
// fetched when the Learn list or a walkthrough link needs it) and checked by the validator before
// use. A file that fails validation is refused with its errors, never half-used.
import { SECTIONS, type Section, type Walkthrough } from './format';
import { validateWalkthrough, type WalkthroughError } from './validate';

const FILES = import.meta.glob<unknown>('./*.json', { import: 'default' });

function idOf(path: string): string {
  return path.replace(/^\.\//, '').replace(/\.json$/, '');
}

/** The ids of every walkthrough file, sorted. */
export const WALKTHROUGH_IDS: readonly string[] = Object.keys(FILES).map(idOf).sort();

export function isWalkthroughId(id: string): boolean {
  return WALKTHROUGH_IDS.includes(id);
}

export type LoadedWalkthrough =
  { ok: true; walkthrough: Walkthrough } | { ok: false; id: string; errors: WalkthroughError[] };

const cache = new Map<string, Promise<LoadedWalkthrough>>();

/** Load and check one walkthrough; null for an id no file has. */
export function loadWalkthrough(id: string): Promise<LoadedWalkthrough> | null {
  const load = FILES[`./${id}.json`];
  if (!load) return null;
  let p = cache.get(id);
  if (!p) {
    p = load().then(
      (json) => {
        const r = validateWalkthrough(json, id);
        return r.ok ? r : { ok: false as const, id, errors: r.errors };
      },
      (err: unknown) => {
        cache.delete(id); // a network failure: the next call tries again
        throw err;
      },
    );
    cache.set(id, p);
  }
  return p;
}

/** Every walkthrough, loaded and checked. */
export async function loadAllWalkthroughs(): Promise<LoadedWalkthrough[]> {
  return Promise.all(WALKTHROUGH_IDS.map((id) => loadWalkthrough(id)!));
}

/** Walkthroughs by seed section, in the sections' order, each section's in file order. */
export function bySection(
  list: readonly Walkthrough[],
): { section: Section; items: Walkthrough[] }[] {
  return SECTIONS.map((section) => ({
    section,
    items: list.filter((w) => w.section === section),
  })).filter((g) => g.items.length > 0);
}

export type { Walkthrough, WalkthroughStep, Section } from './format';
