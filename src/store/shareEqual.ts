// Structural sharing: `next`, with every part deep-equal to the same part of `prev` replaced
// by prev's object. Views memoized on identity then re-render only where something changed.
// A part of `next` none of whose own parts was replaced is returned itself, not copied: the
// engine's snapshot reuses what did not change (buildSnapshot), and keeping its objects lets the
// next publish meet them by identity instead of comparing a copy field by field again.
// After a seek nothing is shared by identity (the moment comes from another simulation), and the
// walk meets every segment's index pairs and records: a copy is made only once it is known to be
// needed (a part replaced, and the whole not equal to prev's), so an equal part costs its
// comparison and no garbage.
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) {
    return next;
  }
  if (Array.isArray(next)) return (Array.isArray(prev) ? shareArray(prev, next) : next) as T;
  if (Array.isArray(prev)) return next;
  return shareObject(prev as Record<string, unknown>, next as Record<string, unknown>) as T;
}

function shareArray(prev: unknown[], next: unknown[]): unknown[] {
  let same = prev.length === next.length;
  // While `same`, every part so far is prev's: whether one replaced next's is all there is to know.
  let replacedWhileSame = false;
  let out: unknown[] | null = null;
  for (let i = 0; i < next.length; i++) {
    const v = next[i];
    const was = prev[i];
    // (an index entry, [offset, position]: the most numerous part, compared without recursion)
    const shared = samePair(was, v) ? was : shareEqual(was, v);
    if (same) {
      if (shared === was) {
        if (shared !== v) replacedWhileSame = true;
        continue;
      }
      same = false;
      if (replacedWhileSame) out = prev.slice(0, i);
    }
    if (out) out.push(shared);
    else if (shared !== v) (out = next.slice(0, i)).push(shared);
  }
  return same ? prev : (out ?? next);
}

function shareObject(
  prev: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(prev).length;
  let replacedWhileSame = false;
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const was = prev[k];
    const shared = shareEqual(was, next[k]);
    if (same) {
      if (shared === was && (was !== undefined || k in prev)) {
        if (shared !== next[k]) replacedWhileSame = true;
        continue;
      }
      same = false;
      if (replacedWhileSame) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = prev[keys[j]!];
      }
    }
    if (!out && shared !== next[k]) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = next[keys[j]!];
    }
    if (out) out[k] = shared;
  }
  return same ? prev : (out ?? next);
}

function samePair(a: unknown, b: unknown): boolean {
  return (
    Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === 2 &&
    b.length === 2 &&
    a[0] === b[0] &&
    a[1] === b[1] &&
    typeof a[0] !== 'object' &&
    typeof a[1] !== 'object'
  );
}
