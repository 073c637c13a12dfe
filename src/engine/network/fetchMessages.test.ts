// What a fetch round trip allocates, by structure: a run sends a fetch per poll and a message per
// request and answer, so the lists they carry for drawing are shared rather than rebuilt.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { findStarter } from '../../content/scenarios';
import type { Message } from './Network';

/** Every message the first `ms` of fast-many-partitions put on the wire. */
function messages(ms: number): Message[] {
  const sim = createSimulation(findStarter('fast-many-partitions')!.scenario);
  const seen = new Map<number, Message>();
  while (sim.now < ms && sim.step())
    for (const m of sim.network.messagesInFlight()) seen.set(m.msgId, m);
  return [...seen.values()];
}

describe('fetch messages', () => {
  const all = messages(10_000);
  const consumerFetches = all.filter(
    (m) => m.api === 'Fetch' && !m.response && m.from.startsWith('consumer:'),
  );

  it('a consumer fetching its whole assignment sends the same partition list every time', () => {
    const whole = consumerFetches.filter((m) => m.partitions?.length === 32);
    expect(whole.length).toBeGreaterThan(5);
    expect(new Set(whole.map((m) => m.partitions)).size).toBe(1);
  });

  it("a fetch's answer shares its request's partition list", () => {
    const answers = all.filter((m) => m.api === 'Fetch' && m.response);
    expect(answers.length).toBeGreaterThan(5);
    for (const a of answers) {
      const req = all.find(
        (m) => !m.response && m.correlationId === a.correlationId && m.from === a.to,
      );
      if (req) expect(a.partitions).toBe(req.partitions);
    }
  });

  it('partitions answered without records share one empty list, not frozen', () => {
    const empty = all.flatMap((m) =>
      m.api === 'Fetch' && m.response && m.listener === 'PLAINTEXT'
        ? m.payload.partitions.filter((p) => p.batches.length === 0).map((p) => p.batches)
        : [],
    );
    expect(empty.length).toBeGreaterThan(32);
    expect(new Set(empty).size).toBe(1);
    expect(empty[0]).toEqual([]);
    // for-of over a frozen array allocates an iterator result per step (V8's slow path).
    expect(Object.isFrozen(empty[0])).toBe(false);
  });

  it("a message's records are a getter of its class, built once when read", () => {
    const produce = all.find((m) => m.api === 'Produce' && !m.response)!;
    // An object literal with a getter is built by a runtime call, ~20x slower than a class.
    expect(Object.getOwnPropertyDescriptor(produce, 'records')).toBeUndefined();
    expect(produce.records.length).toBeGreaterThan(0);
    expect(produce.records).toBe(produce.records);
  });
});
