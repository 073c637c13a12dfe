// The timeline's markers come from the trace: the failures, elections and losses a starter is
// about show up at their moments, and repeated noise (every replica's roll, every retry) once.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine';
import { findStarter } from '../../content/scenarios';
import { MarkerFold } from './timelineMarkers';

function markersOf(id: string, untilMs: number): MarkerFold {
  const sim = createSimulation(findStarter(id)!.scenario);
  const fold = new MarkerFold();
  sim.onTrace((e) => fold.add(e));
  sim.advanceTo(untilMs);
  return fold;
}

describe('timeline markers', () => {
  it('mark the crashes, the election and the ISR changes of losing two brokers', () => {
    const { markers } = markersOf('replication-kill-two-brokers', 60_000);
    const crashes = markers.filter((m) => m.kind === 'crash');
    expect(crashes.map((m) => [m.time, m.params.broker])).toEqual([
      [4_000, 1],
      [14_000, 2],
    ]);
    const elections = markers.filter((m) => m.kind === 'election');
    expect(elections.length).toBeGreaterThan(0);
    expect(elections[0]!.time).toBeGreaterThan(4_000);
    expect(elections[0]!.params.tp).toBe('payments-0');
    expect(markers.some((m) => m.kind === 'isrShrink')).toBe(true);
    expect(markers.some((m) => m.kind === 'restart' && m.params.broker === 2)).toBe(true);
    // Acks=all with min.insync.replicas=2 loses nothing.
    expect(markers.some((m) => m.kind === 'lost')).toBe(false);
    // Markers are in run order.
    expect(markers.map((m) => m.seq)).toEqual([...markers.map((m) => m.seq)].sort((a, b) => a - b));
  });

  it('mark acknowledged records lost to an unclean election', () => {
    const sim = createSimulation(findStarter('replication-unclean-election-on')!.scenario);
    const fold = new MarkerFold();
    sim.onTrace((e) => fold.add(e));
    sim.advanceTo(90_000);
    const lost = fold.markers.filter((m) => m.kind === 'lost');
    expect(lost.length).toBeGreaterThan(0);
    expect(sim.snapshot().metrics.AcknowledgedRecordsLost).toBeGreaterThan(0);
    expect(lost.every((m) => Number(m.params.count) > 0)).toBe(true);
  });

  it('mark a segment roll once per partition, not once per replica', () => {
    const { markers } = markersOf('log-segments', 60_000);
    const rolls = markers.filter((m) => m.kind === 'roll');
    expect(rolls.length).toBeGreaterThan(0);
    const keys = rolls.map((m) => `${m.params.tp}@${m.params.offset}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('mark the rebalances of a group, one per rebalance', () => {
    const { markers } = markersOf('group-crash-redelivery', 60_000);
    const rebalances = markers.filter((m) => m.kind === 'rebalance');
    expect(rebalances.length).toBeGreaterThan(0);
    for (let i = 1; i < rebalances.length; i++)
      expect(rebalances[i]!.time).toBeGreaterThan(rebalances[i - 1]!.time);
  });
});
