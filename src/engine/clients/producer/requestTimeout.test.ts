// The Sender's request timeouts: one event queued per producer (NetworkClient checks its
// in-flight requests' deadlines; no timer per request), firing where each request's own would.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../index';
import { findStarter } from '../../../content/scenarios';

describe('produce request timeouts', () => {
  it('a producer keeps one timeout event queued, not a cancelled one per request for 30 s', () => {
    const sim = createSimulation(findStarter('fast-many-partitions')!.scenario);
    let sent = 0;
    sim.onTrace((e) => {
      if (e.type === 'produce.sent') sent++;
    });
    sim.advanceTo(40_000);
    expect(sent).toBeGreaterThan(4000);
    // Events still queued for later than a second from now: the timeouts of requests answered
    // long ago stayed there, cancelled, until request.timeout.ms (about 4,000 of them).
    const queue = sim['queue'] as unknown as {
      heap: ({ time: number; cancelled: boolean } | null)[];
    };
    const dead = queue.heap.filter((e) => e && e.cancelled && e.time > sim.now + 1000);
    expect(dead.length).toBeLessThan(100); // 32 (other timers)
  });
});
