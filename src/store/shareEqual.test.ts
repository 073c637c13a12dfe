import { describe, expect, it } from 'vitest';
import { shareEqual } from './shareEqual';

describe('shareEqual', () => {
  it('keeps unchanged parts and replaces changed ones', () => {
    const prev = { time: 1, a: { x: [1, 2] }, b: [{ id: 1 }, { id: 2 }] };
    const next = { time: 2, a: { x: [1, 2] }, b: [{ id: 1 }, { id: 3 }] };
    const out = shareEqual(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.a).toBe(prev.a);
    expect(out.b).not.toBe(prev.b);
    expect(out.b[0]).toBe(prev.b[0]);
    expect(out.b[1]).toEqual({ id: 3 });
  });

  it('returns prev itself when everything is equal', () => {
    const prev = { a: [1, { b: null }], c: 'x' };
    expect(shareEqual(prev, { a: [1, { b: null }], c: 'x' })).toBe(prev);
  });

  it('notices added, removed and retyped fields', () => {
    expect(shareEqual({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(shareEqual({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(shareEqual({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(shareEqual([1, 2], [1])).toEqual([1]);
  });
});

describe('shareEqual keeps next’s own objects', () => {
  it('returns a changed part itself when none of its parts was replaced', () => {
    const kept = { id: 1 };
    const prev = { time: 1, b: [kept, { id: 2 }] };
    const next = { time: 2, b: [kept, { id: 3 }] };
    const out = shareEqual(prev, next);
    expect(out).toBe(next);
    expect(out.b).toBe(next.b);
    // A part equal to prev's is still replaced, and its parent copied.
    const again = { time: 3, b: [{ id: 1 }, next.b[1]!] };
    const shared = shareEqual(next, again);
    expect(shared).not.toBe(again);
    expect(shared.b[0]).toBe(kept);
    expect(shared.b[1]).toBe(next.b[1]);
  });
});

/** The plain algorithm (a copy at every level), to check the lazy one against. */
function reference<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null)
    return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    let replaced = false;
    const out = next.map((v: unknown, i) => {
      const shared = reference(prev[i], v);
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
    const shared = reference(p[k], n[k]);
    out[k] = shared;
    if (shared !== p[k] || !(k in p)) same = false;
    if (shared !== n[k]) replaced = true;
  }
  return (same ? p : replaced ? out : n) as T;
}

describe('shareEqual against the plain algorithm (random trees)', () => {
  // A seeded LCG: the same trees on every machine.
  let x = 12345;
  const rnd = (n: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % n;
  };
  function tree(depth: number): unknown {
    const r = rnd(depth > 2 ? 3 : 7);
    if (r === 0) return rnd(3);
    if (r === 1) return rnd(2) === 0 ? null : 'v' + rnd(2);
    if (r === 2) return undefined;
    if (r === 3) return [rnd(3), rnd(3)];
    if (r === 4) return Array.from({ length: rnd(4) }, () => tree(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = rnd(4); i > 0; i--) o['k' + rnd(4)] = tree(depth + 1);
    return o;
  }
  /** A copy of `t` with some parts changed, some kept by identity. */
  function mutate(t: unknown): unknown {
    if (rnd(6) === 0) return tree(3);
    if (rnd(5) === 0) return t;
    if (Array.isArray(t)) {
      const c = t.map(mutate);
      if (rnd(6) === 0) c.push(tree(3));
      return c;
    }
    if (t && typeof t === 'object') {
      const c: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(t)) if (rnd(8) !== 0) c[k] = mutate(v);
      if (rnd(6) === 0) c['k' + rnd(6)] = tree(3);
      return c;
    }
    return t;
  }
  /** Whether a and b took each part from the same side (prev, next, or a copy). */
  function sameOrigins(a: unknown, b: unknown, prev: unknown, next: unknown): void {
    expect(a === prev).toBe(b === prev);
    expect(a === next).toBe(b === next);
    if (a && typeof a === 'object' && b && typeof b === 'object') {
      const p = (prev ?? {}) as Record<string, unknown>;
      const n = next as Record<string, unknown>;
      for (const k of Object.keys(b))
        sameOrigins(
          (a as Record<string, unknown>)[k],
          (b as Record<string, unknown>)[k],
          typeof p === 'object' ? p[k] : undefined,
          n[k],
        );
    }
  }

  it('returns the same parts from prev and next, and a copy where the plain one copies', () => {
    for (let i = 0; i < 3000; i++) {
      const prev = tree(0);
      const next = mutate(prev);
      const got = shareEqual(prev, next);
      const want = reference(prev, next);
      expect(got).toEqual(next);
      sameOrigins(got, want, prev, next);
    }
  });
});
