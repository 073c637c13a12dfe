// The discrete-event queue: a binary min-heap ordered by (time, phase, sequence number), so events
// at the same virtual millisecond fire in the order they were scheduled — deterministically.

const NOOP = (): void => {};

export class ScheduledEvent {
  /** Set by cancel(): the event stays in the heap (removing it would cost a search) but won't fire. */
  cancelled = false;

  constructor(
    readonly time: number,
    /** 0 for the simulation's own events; 1 for actions, which run after everything else at their ms. */
    readonly phase: 0 | 1,
    readonly seq: number,
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

export class EventQueue {
  private heap: ScheduledEvent[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, fire: () => void, phase: 0 | 1 = 0): ScheduledEvent {
    const ev = new ScheduledEvent(time, phase, this.nextSeq++, fire);
    const h = this.heap;
    // Sift up with a hole: move parents down until ev's place is found.
    let i = h.length;
    h.push(ev);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent]!;
      if (!less(ev, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = ev;
    return ev;
  }

  peek(): ScheduledEvent | undefined {
    return this.heap[0];
  }

  pop(): ScheduledEvent | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    const n = h.length;
    if (n > 0 && last) {
      // Sift the last event down from the root with a hole.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && less(h[r]!, h[l]!) ? r : l;
        const child = h[m]!;
        if (!less(child, last)) break;
        h[i] = child;
        i = m;
      }
      h[i] = last;
    }
    return top;
  }
}

function less(a: ScheduledEvent, b: ScheduledEvent): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.phase !== b.phase) return a.phase < b.phase;
  return a.seq < b.seq;
}
