import { describe, expect, it } from 'vitest';
import { EventQueue } from './EventQueue';
import { Random } from './Random';

describe('EventQueue', () => {
  it('orders by time, then actions after other events at the same ms, then by scheduling order', () => {
    const q = new EventQueue();
    const out: string[] = [];
    q.push(5, () => out.push('a5'));
    q.push(1, () => out.push('action1'), 1);
    q.push(1, () => out.push('b1'));
    q.push(1, () => out.push('c1'));
    q.push(0, () => out.push('d0'));
    while (q.size) q.pop()!.fire();
    expect(out).toEqual(['d0', 'b1', 'c1', 'action1', 'a5']);
  });

  it('an event pushed later in a place reserved earlier fires in that place', () => {
    const q = new EventQueue();
    const out: string[] = [];
    q.push(3, () => out.push('a3'));
    const seq = q.reserveSeq();
    q.push(3, () => out.push('b3'));
    q.push(0, () => out.push('c0'));
    q.pop()!.fire(); // c0: now 0, then the reserved one is set for 3 in its place
    q.pushReserved(3, seq, () => out.push('reserved3'));
    q.push(3, () => out.push('d3'));
    while (q.size) q.pop()!.fire();
    expect(out).toEqual(['c0', 'a3', 'reserved3', 'b3', 'd3']);
  });

  it('keeps order for many random events', () => {
    const q = new EventQueue();
    const r = new Random(3);
    for (let i = 0; i < 2000; i++) q.push(r.nextInt(100), () => {});
    let last = { time: -1, seq: -1 };
    while (q.size) {
      const e = q.pop()!;
      expect(e.time > last.time || (e.time === last.time && e.seq > last.seq)).toBe(true);
      last = e;
    }
  });

  // Times from the last popped moment: with spread 2 most pushes land on the moment being run
  // (the queue's sorted run beside the heap), with 50 most go to the heap, with 5000 most wait
  // past the heap's horizon (its buckets of far events).
  it.each([50, 2, 5000])(
    'pops in (time, phase, scheduling order) for random pushes and pops interleaved (spread %i)',
    (spread) => {
      const q = new EventQueue();
      const r = new Random(11);
      const expected: { time: number; phase: number; seq: number }[] = [];
      const order = (a: (typeof expected)[number], b: (typeof expected)[number]) =>
        a.time - b.time || a.phase - b.phase || a.seq - b.seq;
      const popped: number[] = [];
      const want: number[] = [];
      let now = 0;
      for (let i = 0; i < 3000; i++) {
        const ev = q.push(now + r.nextInt(spread), () => {}, r.nextInt(4) === 0 ? 1 : 0);
        expected.push({ time: ev.time, phase: ev.phase, seq: ev.seq });
        if (r.nextInt(3) === 0) {
          // A pop takes the smallest of those still queued.
          expected.sort(order);
          want.push(expected.shift()!.seq);
          expect(q.peek()!.seq).toBe(want.at(-1));
          const e = q.pop()!;
          popped.push(e.seq);
          now = e.time;
        }
        expect(q.size).toBe(expected.length);
      }
      expected.sort(order);
      for (const e of expected) want.push(e.seq);
      while (q.size) popped.push(q.pop()!.seq);
      expect(popped).toEqual(want);
      expect(q.pop()).toBeUndefined();
    },
  );
});

describe('EventQueue.repush and popDue', () => {
  it('repush schedules a fired event again in the place a push would give it, as the same object', () => {
    const q = new EventQueue();
    const out: string[] = [];
    const a = q.push(1, () => out.push('a1'));
    q.push(2, () => out.push('b2'));
    const fired = q.pop()!;
    expect(fired).toBe(a);
    fired.fire();
    q.push(3, () => out.push('c3'));
    const again = q.repush(fired, 3, () => out.push('a3'));
    expect(again).toBe(a);
    q.push(3, () => out.push('d3'));
    while (q.size) q.pop()!.fire();
    expect(out).toEqual(['a1', 'b2', 'c3', 'a3', 'd3']);
  });

  it('repush makes a new event for one still queued or cancelled', () => {
    const q = new EventQueue();
    const out: string[] = [];
    const queued = q.push(1, () => out.push('queued'));
    expect(q.repush(queued, 2, () => out.push('second'))).not.toBe(queued);
    const cancelled = q.push(0, () => out.push('never'));
    cancelled.cancel();
    const popped = q.pop()!;
    expect(popped).toBe(cancelled);
    expect(q.repush(popped, 3, () => out.push('third'))).not.toBe(cancelled);
    while (q.size) {
      const e = q.pop()!;
      if (!e.cancelled) e.fire();
    }
    expect(out).toEqual(['queued', 'second', 'third']);
  });

  it('popDue takes events in order up to a moment, from the run and the heap', () => {
    const q = new EventQueue();
    const r = new Random(5);
    for (let i = 0; i < 500; i++) q.push(r.nextInt(50), () => {});
    const ref = new EventQueue();
    const r2 = new Random(5);
    for (let i = 0; i < 500; i++) ref.push(r2.nextInt(50), () => {});
    const order = (e: { time: number; seq: number }) => [e.time, e.seq];
    for (const target of [-1, 10, 10, 25, 49]) {
      for (let e = q.popDue(target); e; e = q.popDue(target)) {
        expect(e.time).toBeLessThanOrEqual(target);
        expect(order(e)).toEqual(order(ref.pop()!));
        // Events scheduled at the moment taken join the run and come out in their place.
        if (e.seq % 7 === 0) {
          q.push(e.time, () => {});
          ref.push(e.time, () => {});
        }
      }
      expect(q.peek() === undefined || q.peek()!.time > target).toBe(true);
    }
  });
});

describe('EventQueue far events', () => {
  it('keeps the order for events past the horizon: reserved places, actions, popDue and peek', () => {
    const q = new EventQueue();
    const out: string[] = [];
    const log = (name: string) => () => out.push(name);
    q.push(30_000, log('timeout30000'));
    const seq = q.reserveSeq();
    q.push(5000, log('b5000'));
    q.push(5000, log('action5000'), 1);
    q.push(3, log('a3'));
    q.pushReserved(5000, seq, log('reserved5000'));
    q.push(2047, log('c2047'));
    q.push(2048, log('d2048'));
    const cancelled = q.push(4000, log('never'));
    cancelled.cancel();
    expect(q.size).toBe(8);
    const fire = (target: number) => {
      for (let e = q.popDue(target); e; e = q.popDue(target)) if (!e.cancelled) e.fire();
    };
    fire(2);
    expect(out).toEqual([]);
    fire(2047);
    expect(out).toEqual(['a3', 'c2047']);
    // Due at 2048 but not at 2047: the next bucket was not due, and waits.
    expect(q.peek()!.time).toBe(2048);
    q.push(2048, log('e2048'));
    fire(4999);
    expect(out).toEqual(['a3', 'c2047', 'd2048', 'e2048']);
    fire(30_000);
    expect(out).toEqual([
      ...['a3', 'c2047', 'd2048', 'e2048'],
      ...['reserved5000', 'b5000', 'action5000', 'timeout30000'],
    ]);
    expect(q.size).toBe(0);
  });
});

describe('Random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const sa = Array.from({ length: 20 }, () => a.nextUint32());
    const sb = Array.from({ length: 20 }, () => b.nextUint32());
    const sc = Array.from({ length: 20 }, () => c.nextUint32());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('nextInt stays in range and covers it', () => {
    const r = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const v = r.nextInt(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });
});
