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
