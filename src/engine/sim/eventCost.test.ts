// What a steady keyed workload costs the event queue: new event objects per record. A workload's
// record event and the Sender's wake-up reuse the event that fired (EventQueue.repush), and a
// consumer processes a poll's records in one event when they take no processing time.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import type { Scenario } from '../scenario/Scenario';

const scenario: Scenario = {
  version: 1,
  seed: 7,
  cluster: { brokers: 3 },
  topics: [{ name: 't', partitions: 6, replicationFactor: 3 }],
  producers: [
    {
      id: 'p1',
      config: { acks: 'all', 'linger.ms': 5 },
      workload: { topic: 't', ratePerSec: 2000, keys: ['a', 'b', 'c', 'd'], valueBytes: 50 },
    },
  ],
  consumerGroups: [
    {
      id: 'g',
      topics: ['t'],
      members: 2,
      config: { 'auto.offset.reset': 'earliest' },
      processingMsPerRecord: 0,
    },
  ],
  actions: [],
};

describe('event queue cost of a steady workload', () => {
  it('makes no new event object per record sent or consumed', () => {
    const sim = createSimulation(scenario);
    const p = sim['producers'].get('p1')!;
    const onFire = p.workload!['onFire'];
    const onWakeup = p.producer['sender']['onWakeup'];
    const queue = sim['queue'];
    const made = { record: 0, wakeup: 0, other: 0 };
    const push = queue.push.bind(queue);
    queue.push = (time, fire, phase) => {
      if (fire === onFire) made.record++;
      else if (fire === onWakeup) made.wakeup++;
      else made.other++;
      return push(time, fire, phase);
    };
    let wakeups = 0;
    const popDue = queue.popDue.bind(queue);
    queue.popDue = (target) => {
      const ev = popDue(target);
      if (ev?.fire === onWakeup && !ev.cancelled) wakeups++;
      return ev;
    };
    sim.advanceTo(8000);
    const snap = sim.snapshot();
    const consumed = snap.consumerGroups[0]!.consumed;
    expect(snap.producers[0]!.sent).toBeGreaterThan(5000);
    expect(consumed).toBeGreaterThan(5000);
    // One object for the whole stream of records (10 ms of records per pass: ~6,000 before).
    expect(made.record).toBeLessThan(10);
    // Wake-ups: a new object only to replace one pending for later (an append to an older
    // batch); one per wake-up that fired before.
    expect(wakeups).toBeGreaterThan(1000);
    expect(made.wakeup).toBeLessThan(wakeups * 0.9);
    // Everything else (requests, polls, timers): far fewer than the records consumed, which
    // took an event each before.
    expect(made.other).toBeLessThan(consumed / 4);
  });
});
