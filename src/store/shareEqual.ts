// Structural sharing: `next`, with every part deep-equal to the same part of `prev` replaced
// by prev's object. Views memoized on identity then re-render only where something changed.
// A part of `next` none of whose own parts was replaced is returned itself, not copied: the
// engine's snapshot reuses what did not change (buildSnapshot), and keeping its objects lets the
// next publish meet them by identity instead of comparing a copy field by field again.
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) {
    return next;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    let replaced = false;
    const out = next.map((v: unknown, i) => {
      const shared = shareEqual(prev[i], v);
      if (shared !== prev[i]) same = false;
      if (shared !== v) replaced = true;
      return shared;
    });
    return (same ? prev : replaced ? out : next) as T;
  }
  if (Array.isArray(prev)) return next;
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  let replaced = false;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const shared = shareEqual(p[k], n[k]);
    out[k] = shared;
    if (shared !== p[k] || !(k in p)) same = false;
    if (shared !== n[k]) replaced = true;
  }
  return (same ? p : replaced ? out : n) as T;
}
