// The discrete-event queue: a binary min-heap ordered by (time, phase, sequence number), so events
// at the same virtual millisecond fire in the order they were scheduled — deterministically.

import type { Cancellable } from './SimContext';

const NOOP = (): void => {};

export class ScheduledEvent {
  /** Set by cancel(): the event stays in the heap (removing it would cost a search) but won't fire. */
  cancelled = false;
  /** In the queue (pushed, not yet popped): repush takes only an event that is not. */
  queued = true;

  constructor(
    public time: number,
    /** 0 for the simulation's own events; 1 for actions, which run after everything else at their ms. */
    readonly phase: 0 | 1,
    public seq: number,
    public fire: () => void,
  ) {}

  /** The event is its own handle (SimContext's Cancellable): no wrapper per scheduled event. */
  cancel(): void {
    this.cancelled = true;
    // Let go of the callback and what it captured: a cancelled request timeout stays in the
    // heap until its moment (request.timeout.ms, 30 s), and its closure holds the request.
    this.fire = NOOP;
  }
}

/** Sequence numbers stay below this (2^51), so phase · 2^51 + seq is exact and ordered. */
const PHASE_1 = 2 ** 51;

/** The width of `far`'s buckets, and the step by which the heap's horizon moves (ms). */
const FAR_BUCKET_MS = 1024;

export class EventQueue {
  // The heap's order keys live in two arrays of doubles beside the events (V8 keeps them
  // unboxed): a sift compares numbers in place instead of reading each event object, which
  // was most of the queue's cost with hundreds of thousands of events waiting (cancelled
  // request timeouts stay until their moment).
  // The arrays never shrink (a pop leaves its slot for the next push): `n` is the heap's size.
  private heap: (ScheduledEvent | null)[] = [];
  /** heap[i].time. */
  private times: number[] = [];
  /** heap[i]'s phase · 2^51 + seq: (time, ranks) orders as (time, phase, seq). */
  private ranks: number[] = [];
  private n = 0;
  private nextSeq = 0;
  /**
   * Beside the heap, a run of phase-0 events at one moment (`runTime`) in scheduling order,
   * so already sorted: most events are scheduled for the current moment (a producer's wake-up
   * after each record, its next record in the same millisecond) and skip the heap's sifts.
   * pop takes the smaller of the run's head and the heap's top, so the order is the heap's.
   */
  private run: (ScheduledEvent | null)[] = [];
  private runHead = 0;
  /**
   * The run's end: its events are run[runHead..runEnd). The array keeps its slots when the run
   * empties (truncating it let go of its storage, regrown every millisecond).
   */
  private runEnd = 0;
  private runTime = 0;
  /**
   * Events due at `horizon` or later wait outside the heap, in buckets of FAR_BUCKET_MS by time
   * (unordered): most are request timeouts (30 s) cancelled long before their moment, and in the
   * heap they were most of its entries (thousands), the levels every sift went through. When the
   * heap and the run are empty, the earliest bucket moves into the heap (cancelled events too:
   * they are popped as before) and the horizon moves past it; everything in the heap and the run
   * is due before everything here, so the order is the same.
   */
  private far = new Map<number, ScheduledEvent[]>();
  private farCount = 0;
  /** A multiple of FAR_BUCKET_MS. */
  private horizon = FAR_BUCKET_MS;

  get size(): number {
    return this.n + this.runEnd - this.runHead + this.farCount;
  }

  push(time: number, fire: () => void, phase: 0 | 1 = 0): ScheduledEvent {
    const seq = this.nextSeq++;
    const ev = new ScheduledEvent(time, phase, seq, fire);
    this.insert(ev, time, phase, seq);
    return ev;
  }

  /**
   * Schedule `fire` at `time` as push would, in the object of an event that has fired (popped,
   * not cancelled), not a new one: a workload's record event schedules the next record from
   * each one. Any other handle: push.
   */
  repush(ev: Cancellable, time: number, fire: () => void): ScheduledEvent {
    if (!(ev instanceof ScheduledEvent) || ev.queued || ev.cancelled || ev.phase !== 0)
      return this.push(time, fire);
    const seq = this.nextSeq++;
    ev.fire = fire;
    ev.time = time;
    ev.seq = seq;
    ev.queued = true;
    this.insert(ev, time, 0, seq);
    return ev;
  }

  private insert(ev: ScheduledEvent, time: number, phase: 0 | 1, seq: number): void {
    if (time >= this.horizon) return this.toFar(ev);
    if (phase === 0) {
      if (this.runHead < this.runEnd) {
        if (time === this.runTime) {
          this.run[this.runEnd++] = ev;
          return;
        }
      } else if (this.n === 0 || time <= this.times[0]!) {
        // A run starts with an event due no later than everything in the heap.
        this.runTime = time;
        this.run[this.runEnd++] = ev;
        return;
      }
    }
    this.heapPush(ev, time, phase === 1 ? PHASE_1 + seq : seq);
  }

  /**
   * A place in the order of events taken now, for an event scheduled later (pushReserved): it
   * fires among the events of its millisecond as it would had it been scheduled now.
   */
  reserveSeq(): number {
    return this.nextSeq++;
  }

  /**
   * Schedule at `time` an event with a sequence number taken earlier (reserveSeq), phase 0. Into
   * the heap, never the run (the run holds its events in scheduling order).
   */
  pushReserved(time: number, seq: number, fire: () => void): ScheduledEvent {
    const ev = new ScheduledEvent(time, 0, seq, fire);
    if (time >= this.horizon) this.toFar(ev);
    else this.heapPush(ev, time, seq);
    return ev;
  }

  private toFar(ev: ScheduledEvent): void {
    const k = Math.floor(ev.time / FAR_BUCKET_MS);
    const bucket = this.far.get(k);
    if (bucket) bucket.push(ev);
    else this.far.set(k, [ev]);
    this.farCount++;
  }

  /**
   * With the heap and the run empty: move the earliest bucket into the heap if it starts by
   * `target`. False if nothing is due by then.
   */
  private pullFar(target: number): boolean {
    if (this.farCount === 0) return false;
    let k = Infinity;
    for (const key of this.far.keys()) if (key < k) k = key;
    if (k * FAR_BUCKET_MS > target) return false;
    const bucket = this.far.get(k)!;
    this.far.delete(k);
    this.farCount -= bucket.length;
    this.horizon = (k + 1) * FAR_BUCKET_MS;
    for (const ev of bucket) this.heapPush(ev, ev.time, ev.phase === 1 ? PHASE_1 + ev.seq : ev.seq);
    return true;
  }

  peek(): ScheduledEvent | undefined {
    if (this.runHead === this.runEnd && this.n === 0) this.pullFar(Infinity);
    if (this.runHead === this.runEnd) return this.n > 0 ? this.heap[0]! : undefined;
    return this.heapFirst() ? this.heap[0]! : this.run[this.runHead]!;
  }

  pop(): ScheduledEvent | undefined {
    return this.popDue(Infinity);
  }

  /** pop() if the next event is due at `target` or earlier, else undefined (peek and pop in one). */
  popDue(target: number): ScheduledEvent | undefined {
    let ev: ScheduledEvent;
    if (this.runHead === this.runEnd || this.heapFirst()) {
      if (this.n === 0 && !this.pullFar(target)) return undefined;
      if (this.times[0]! > target) return undefined;
      ev = this.heapPop()!;
    } else {
      if (this.runTime > target) return undefined;
      ev = this.takeRunHead();
    }
    ev.queued = false;
    return ev;
  }

  private takeRunHead(): ScheduledEvent {
    const ev = this.run[this.runHead]!;
    this.run[this.runHead++] = null; // let go of the event (and its callback)
    if (this.runHead === this.runEnd) this.runHead = this.runEnd = 0;
    return ev;
  }

  /** With the run not empty: does the heap's top come before the run's head? */
  private heapFirst(): boolean {
    if (this.n === 0) return false;
    const t = this.times[0]!;
    return t < this.runTime || (t === this.runTime && this.ranks[0]! < this.run[this.runHead]!.seq);
  }

  private heapPush(ev: ScheduledEvent, time: number, rank: number): void {
    const h = this.heap;
    const times = this.times;
    const ranks = this.ranks;
    // Sift up with a hole: move parents down until ev's place is found.
    let i = this.n++;
    if (i === h.length) {
      h.push(ev);
      times.push(time);
      ranks.push(rank);
    }
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (time > pt || (time === pt && rank > ranks[parent]!)) break;
      h[i] = h[parent]!;
      times[i] = pt;
      ranks[i] = ranks[parent]!;
      i = parent;
    }
    h[i] = ev;
    times[i] = time;
    ranks[i] = rank;
  }

  private heapPop(): ScheduledEvent | undefined {
    const h = this.heap;
    const times = this.times;
    const ranks = this.ranks;
    if (this.n === 0) return undefined;
    const top = h[0]!;
    const n = --this.n;
    const last = h[n]!;
    const lastTime = times[n]!;
    const lastRank = ranks[n]!;
    h[n] = null; // let go of the event (and its callback)
    if (n > 0) {
      // Sift the last event down from the root with a hole.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let m = l;
        let mt = times[l]!;
        let mr = ranks[l]!;
        if (r < n) {
          const rt = times[r]!;
          if (rt < mt || (rt === mt && ranks[r]! < mr)) {
            m = r;
            mt = rt;
            mr = ranks[r]!;
          }
        }
        if (mt > lastTime || (mt === lastTime && mr > lastRank)) break;
        h[i] = h[m]!;
        times[i] = mt;
        ranks[i] = mr;
        i = m;
      }
      h[i] = last;
      times[i] = lastTime;
      ranks[i] = lastRank;
    }
    return top;
  }
}
