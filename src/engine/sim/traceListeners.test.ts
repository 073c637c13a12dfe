import { describe, expect, it } from 'vitest';
import { createSimulation, type TraceEvent } from '..';
import { findStarter } from '../../content/scenarios';

const CHATTER = new Set<TraceEvent['type']>(['net.send', 'net.deliver', 'replica.fetch']);

describe('trace listeners', () => {
  it('a listener skipping chatter hears every other event with the same seq as one hearing all', () => {
    const scenario = findStarter('waiting-events')!.scenario;
    const sim = createSimulation(scenario);
    const all: TraceEvent[] = [];
    const some: TraceEvent[] = [];
    sim.onTrace((e) => all.push(e));
    sim.onTrace((e) => some.push(e), { skip: CHATTER });
    sim.advanceTo(20_000);
    expect(all.some((e) => CHATTER.has(e.type))).toBe(true);
    expect(some.some((e) => CHATTER.has(e.type))).toBe(false);
    expect(some).toEqual(all.filter((e) => !CHATTER.has(e.type)));
  });

  it('with only skipping listeners the chatter is not built, and seqs match a run that built it', () => {
    const scenario = findStarter('waiting-events')!.scenario;
    const quiet = createSimulation(scenario);
    const loud = createSimulation(scenario);
    const a: TraceEvent[] = [];
    const b: TraceEvent[] = [];
    quiet.onTrace((e) => a.push(e), { skip: CHATTER });
    loud.onTrace((e) => b.push(e));
    quiet.advanceTo(20_000);
    loud.advanceTo(20_000);
    expect(a).toEqual(b.filter((e) => !CHATTER.has(e.type)));
    expect(quiet.snapshot({ records: true })).toEqual(loud.snapshot({ records: true }));
  });

  it('unsubscribing a listener that wanted chatter stops building it for the rest', () => {
    const sim = createSimulation(findStarter('waiting-events')!.scenario);
    const seen: TraceEvent[] = [];
    const off = sim.onTrace(() => {});
    sim.onTrace((e) => seen.push(e), { skip: CHATTER });
    sim.advanceTo(5_000);
    off();
    sim.advanceTo(10_000);
    expect(seen.some((e) => CHATTER.has(e.type))).toBe(false);
    // seq has no gaps except where the chatter was.
    expect(seen.every((e, i) => i === 0 || e.seq > seen[i - 1]!.seq)).toBe(true);
  });
});
