import { describe, expect, it } from 'vitest';
import { DelayedOperationPurgatory } from './DelayedOperationPurgatory';

describe('DelayedOperationPurgatory', () => {
  it('re-checks only the operations watching a key, in parking order', () => {
    const p = new DelayedOperationPurgatory<{ id: string }, string>();
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    p.watch(a, ['t-0', 't-1']);
    p.watch(b, ['t-1']);
    p.watch(c, ['t-2', 't-1']);
    expect(p.watching('t-1').map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(p.watching('t-0').map((o) => o.id)).toEqual(['a']);
    expect(p.watching('t-9')).toEqual([]);
    expect(p.size).toBe(3);
  });

  it('a completed operation leaves every key it watched; clear drops all', () => {
    const p = new DelayedOperationPurgatory<{ id: string }, string>();
    const a = { id: 'a' };
    const b = { id: 'b' };
    p.watch(a, ['t-0', 't-1']);
    p.watch(b, ['t-1']);
    // Completing while iterating a key's watchers is safe: watching() returns a copy.
    for (const op of p.watching('t-1')) if (op === a) p.remove(op);
    expect(p.has(a)).toBe(false);
    expect(p.watching('t-0')).toEqual([]);
    expect(p.watching('t-1')).toEqual([b]);
    p.remove(a);
    expect(p.size).toBe(1);
    p.clear();
    expect(p.size).toBe(0);
    expect(p.watching('t-1')).toEqual([]);
  });
});
