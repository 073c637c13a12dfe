import { describe, expect, it, vi } from 'vitest';
import { DelayedOperationPurgatory } from './DelayedOperationPurgatory';

type Op = { id: string; watchKeys: readonly string[] | null };
const op = (id: string): Op => ({ id, watchKeys: null });

describe('DelayedOperationPurgatory', () => {
  it('re-checks only the operations watching a key, in parking order', () => {
    const p = new DelayedOperationPurgatory<Op, string>();
    const a = op('a');
    const b = op('b');
    const c = op('c');
    p.watch(a, ['t-0', 't-1']);
    p.watch(b, ['t-1']);
    p.watch(c, ['t-2', 't-1']);
    expect(p.watching('t-1').map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(p.watching('t-0').map((o) => o.id)).toEqual(['a']);
    expect(p.watching('t-9')).toEqual([]);
    expect(p.size).toBe(3);
  });

  it('a completed operation leaves every key it watched; clear drops all', () => {
    const p = new DelayedOperationPurgatory<Op, string>();
    const a = op('a');
    const b = op('b');
    p.watch(a, ['t-0', 't-1']);
    p.watch(b, ['t-1']);
    // Completing while iterating a key's watchers is safe: watching() returns a copy.
    for (const o of p.watching('t-1')) if (o === a) p.remove(o);
    expect(p.has(a)).toBe(false);
    expect(p.watching('t-0')).toEqual([]);
    expect(p.watching('t-1')).toEqual([b]);
    p.remove(a);
    expect(p.size).toBe(1);
    p.clear();
    expect(p.size).toBe(0);
    // A dropped operation is parked no more: its expiry, when it comes, finds nothing to answer.
    expect(p.has(b)).toBe(false);
    expect(p.watching('t-1')).toEqual([]);
  });

  it('an operation holds its own keys: parking and completing touch no map but the keys’ own', () => {
    const p = new DelayedOperationPurgatory<Op, string>();
    p.watch(op('first'), ['t-0', 't-1']);
    const set = vi.spyOn(Map.prototype, 'set');
    const del = vi.spyOn(Map.prototype, 'delete');
    const ops = Array.from({ length: 100 }, (_, i) => op(`o${i}`));
    for (const o of ops) p.watch(o, ['t-0', 't-1']);
    for (const o of ops) p.remove(o);
    const [sets, deletes] = [set.mock.calls.length, del.mock.calls.length];
    set.mockRestore();
    del.mockRestore();
    expect(sets).toBe(0);
    expect(deletes).toBe(0);
    expect(p.size).toBe(1);
    expect(ops.every((o) => !p.has(o) && o.watchKeys === null)).toBe(true);
  });

  it('completing touches no key’s list; the completed are dropped as lists are read or grow', () => {
    const p = new DelayedOperationPurgatory<Op, string>();
    const stays = op('stays');
    p.watch(stays, ['t-0']);
    const del = vi.spyOn(Set.prototype, 'delete');
    const ops = Array.from({ length: 1000 }, (_, i) => op(`o${i}`));
    for (const o of ops) {
      p.watch(o, ['t-0', 't-1']);
      p.remove(o);
    }
    const deletes = del.mock.calls.length;
    del.mockRestore();
    expect(deletes).toBe(0);
    // Never read, the lists still stay near what is live (Kafka's purge of completed watchers).
    const lists = (p as unknown as { watchers: Map<string, { ops: Op[] }> }).watchers;
    expect(lists.get('t-0')!.ops.length).toBeLessThanOrEqual(4);
    expect(lists.get('t-1')!.ops.length).toBeLessThanOrEqual(4);
    expect(p.watching('t-0')).toEqual([stays]);
    expect(p.watching('t-1')).toEqual([]);
    expect(p.size).toBe(1);
  });
});
