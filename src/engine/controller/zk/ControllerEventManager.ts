// Kafka 2.x's ControllerEventManager: the controller handles one event at a time (a watch that
// fired, an AlterIsr, a controlled shutdown …) on its single thread; an event that waits for
// ZooKeeper holds the next one back until it is done.
export type ControllerEvent = (done: () => void) => void;

export class ControllerEventManager {
  private queue: ControllerEvent[] = [];
  private busy = false;
  /** Bumped by clear: a `done` of an event from before does nothing. */
  private gen = 0;

  put(e: ControllerEvent): void {
    this.queue.push(e);
    this.next();
  }

  /** The process stopped or its session expired: queued events are dropped. */
  clear(): void {
    this.queue = [];
    this.busy = false;
    this.gen++;
  }

  private next(): void {
    if (this.busy) return;
    const e = this.queue.shift();
    if (!e) return;
    this.busy = true;
    const gen = this.gen;
    let called = false;
    e(() => {
      if (called || gen !== this.gen) return;
      called = true;
      this.busy = false;
      this.next();
    });
  }
}
