// Structural sharing: `next`, with every part deep-equal to the same part of `prev` replaced
// by prev's object. Views memoized on identity then re-render only where something changed.
// A part of `next` none of whose own parts was replaced is returned itself, not copied: the
// engine's snapshot reuses what did not change (buildSnapshot), and keeping its objects lets the
// next publish meet them by identity instead of comparing a copy field by field again.
// After a seek nothing is shared by identity (the moment comes from another simulation), and the
// walk meets every segment's index pairs and records: a copy is made only once a part was
// replaced, so an equal part costs its comparison and no garbage.
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) {
    return next;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    let out: unknown[] | null = null;
    for (let i = 0; i < next.length; i++) {
      const v: unknown = next[i];
      const was: unknown = prev[i];
      // (an index entry, [offset, position]: the most numerous part, compared without recursion)
      const shared = samePair(was, v) ? was : shareEqual(was, v);
      if (shared !== was) same = false;
      if (out) out.push(shared);
      else if (shared !== v) (out = next.slice(0, i)).push(shared);
    }
    return (same ? prev : (out ?? next)) as T;
  }
  if (Array.isArray(prev)) return next;
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const shared = shareEqual(p[k], n[k]);
    if (shared !== p[k] || !(k in p)) same = false;
    if (!out && shared !== n[k]) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = n[keys[j]!];
    }
    if (out) out[k] = shared;
  }
  return (same ? p : (out ?? n)) as T;
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
