// How far the reader got in each walkthrough, kept in localStorage (like persist.ts: storage may be
// missing or refuse, then nothing is kept and nothing breaks; what is stored is read as data and
// used only when it has the expected shape).
export const LEARN_STORAGE_KEY = 'kafkascope.learn';

export interface WalkthroughProgress {
  /** The furthest step reached (1-based). */
  reached: number;
  /** How many steps the walkthrough had then. */
  steps: number;
}

export type LearnProgress = Record<string, WalkthroughProgress>;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function loadProgress(): LearnProgress {
  const out: LearnProgress = {};
  try {
    const raw = storage()?.getItem(LEARN_STORAGE_KEY);
    if (!raw || raw.length > 20_000) return out;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
    for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
      if (!ID.test(id) || typeof v !== 'object' || v === null) continue;
      const { reached, steps } = v as Record<string, unknown>;
      if (
        typeof reached === 'number' &&
        typeof steps === 'number' &&
        Number.isInteger(reached) &&
        Number.isInteger(steps) &&
        reached >= 1 &&
        steps >= 1 &&
        steps <= 1000
      )
        out[id] = { reached: Math.min(reached, steps), steps };
    }
  } catch {
    // unreadable: start over
  }
  return out;
}

/** Record that step `step` (1-based) of `id` was shown; the furthest step is kept. */
export function saveStepReached(id: string, step: number, steps: number): LearnProgress {
  const progress = loadProgress();
  const before = progress[id];
  progress[id] = { reached: Math.max(before?.reached ?? 0, step), steps };
  try {
    storage()?.setItem(LEARN_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // quota or blocked storage: progress lasts for this page only
  }
  return progress;
}

/** 0 … 1: how much of the walkthrough the reader has seen. */
export function progressRatio(p: WalkthroughProgress | undefined): number {
  return p ? Math.min(1, p.reached / p.steps) : 0;
}
