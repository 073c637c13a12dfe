// The snapshot's AcknowledgedRecordsLost remembers what it found between snapshots (buildSnapshot:
// acknowledgedRecordsLost). It must give the count a check of every acknowledged record gives, at
// every moment, through crashes, unclean elections, truncations, compaction and retention.
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../index';
import { acknowledgedRecordsLost, acknowledgedRecordsLostUncached } from './buildSnapshot';
import unclean from '../../content/scenarios/replication-unclean-election-on.json';
import zombie from '../../content/scenarios/replication-zombie-leader.json';
import killTwo from '../../content/scenarios/replication-kill-two-brokers.json';
import segments from '../../content/scenarios/log-segments.json';

const cases: [string, unknown][] = [
  ['unclean election', unclean],
  ['zombie leader', zombie],
  ['two brokers killed', killTwo],
  ['segments, retention and compaction', segments],
];

describe('AcknowledgedRecordsLost, remembered between snapshots', () => {
  it.each(cases)('%s: the same count as checking every record, every 50 ms', (_name, s) => {
    const sim = createSimulation(s as Scenario);
    const until = Math.max(30_000, ...(s as Scenario).actions.map((a) => a.at + 15_000));
    let sawLost = false;
    for (let t = 0; t <= until; t += 50) {
      sim.advanceTo(t);
      const counted = acknowledgedRecordsLost(sim);
      expect(counted, `at ${t} ms`).toBe(acknowledgedRecordsLostUncached(sim));
      if (counted > 0) sawLost = true;
    }
    // (the unclean election loses acknowledged records: the cache met a rewrite there)
    if (_name === 'unclean election') expect(sawLost).toBe(true);
  });
});

describe('AcknowledgedRecordsLost counts losses, not compaction or retention', () => {
  it('a compacted topic whose cleaner removed superseded records loses nothing', () => {
    // log-segments: a retention topic and a compacted one, no failures at all.
    const sim = createSimulation(segments);
    let compacted = false;
    for (let t = 5_000; t <= 120_000; t += 5_000) {
      sim.advanceTo(t);
      expect(acknowledgedRecordsLostUncached(sim), `at ${t} ms`).toBe(0);
      const log =
        sim.brokers.get(1)?.replicaManager.getPartition('table-status', 0)?.log ??
        sim.brokers.get(2)!.replicaManager.getPartition('table-status', 0)!.log;
      if (log.cleanerCheckpoint !== null) compacted = true;
    }
    // The case is only worth something if the cleaner did run.
    expect(compacted).toBe(true);
  });

  it('an unclean election still counts what it lost', () => {
    const sim = createSimulation(unclean);
    sim.advanceTo(Math.max(...(unclean as unknown as Scenario).actions.map((a) => a.at)) + 15_000);
    expect(acknowledgedRecordsLostUncached(sim)).toBeGreaterThan(0);
  });
});
