// The exactly-once check lets through only the duplicate real Kafka writes too; any other shape
// of a record written twice stays a violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRun, duplicates, QuorumCheck, type Entry } from './Invariants';
import { createSimulation } from '../../sim/Simulation';
import { LeaderState } from '../../raft/LeaderState';
import { checkTime } from './FaultSchedule';
import type { Scenario } from '../../scenario/Scenario';

/** One record: offset, record id, producer epoch, sequence, base offset of its batch. */
function e(
  offset: number,
  id: number,
  producerEpoch: number,
  sequence: number,
  batchOffset = offset,
): Entry {
  return { offset, id, epoch: 3, producerId: 1001, producerEpoch, sequence, batchOffset };
}

describe('duplicates', () => {
  // The log of the fault case: (e0, s1) accepted by a leader with no state for the producer,
  // then s0 and s1 again under epoch 1 after the bump renumbered them.
  const kafkaShape = [e(8, 20, 0, 1), e(9, 19, 1, 0), e(10, 20, 1, 1)];

  it('counts the renumbered retry of a batch accepted at a first sequence above 0', () => {
    expect(duplicates(kafkaShape)).toEqual({ violations: [], kafka: 1 });
  });

  it('flags a duplicate whose first copy was at sequence 0', () => {
    const r = duplicates([e(8, 20, 0, 0), e(9, 20, 1, 0)]);
    expect(r.kafka).toBe(0);
    expect(r.violations.map((v) => [v.first.offset, v.again.offset])).toEqual([[8, 9]]);
  });

  it('flags a duplicate in the same epoch (a retry the broker should have recognised)', () => {
    expect(duplicates([e(8, 20, 0, 1), e(9, 20, 0, 1)]).violations).toHaveLength(1);
  });

  it('flags a duplicate whose first copy did not open the producer in this log', () => {
    const r = duplicates([e(7, 18, 0, 0), e(8, 20, 0, 1), e(9, 19, 1, 0), e(10, 20, 1, 1)]);
    expect(r).toMatchObject({ kafka: 0 });
    expect(r.violations).toHaveLength(1);
  });

  it('flags a record written twice by two producers', () => {
    const other: Entry = { ...e(9, 20, 1, 0), producerId: 1002 };
    expect(duplicates([e(8, 20, 0, 1), other]).violations).toHaveLength(1);
  });
});

describe('the fault case Kafka shares', () => {
  it('writes the record twice exactly as Kafka would, and nothing else breaks', () => {
    const file = join(__dirname, '..', 'fault-cases', 'idempotent-duplicate-kafka-renumbers.json');
    const scenario = JSON.parse(readFileSync(file, 'utf8')) as Scenario;
    const report = checkRun(scenario, checkTime(scenario), { safe: true, determinism: false });
    expect(report.violations).toEqual([]);
    expect(report.kafkaDuplicates).toBe(1);
  });
});

describe('the quorum check', () => {
  const scenario = {
    version: 1,
    seed: 3,
    cluster: { brokers: 3 },
    topics: [{ name: 't', partitions: 2, replicationFactor: 3 }],
    producers: [],
    consumerGroups: [],
    actions: [{ at: 1000, do: 'killBroker', broker: 2 }],
  } as unknown as Scenario;

  function run() {
    const sim = createSimulation(scenario);
    const check = new QuorumCheck();
    const violations: string[] = [];
    for (let t = 100; t <= 15000; t += 100) {
      sim.advanceTo(t);
      check.check(sim, (v) => violations.push(v));
    }
    return { sim, check, violations };
  }

  it('passes a run of the quorum', () => {
    expect(run().violations).toEqual([]);
  });

  it('flags a committed entry changed on a voter', () => {
    const { sim, check } = run();
    const log = sim.controllers.get(3002)!.raft.log.entries;
    log[1] = { ...log[1]!, epoch: 7 };
    const violations: string[] = [];
    check.check(sim, (v) => violations.push(v));
    expect(violations).toEqual([
      expect.stringContaining('controller 3002 committed a different entry at offset 1'),
    ]);
  });

  it('flags two leaders of one epoch', () => {
    const { sim, check } = run();
    const q = sim.controllers.get(3003)!.raft.quorum;
    q.state = new LeaderState(1, 3003, q.voters, 0, 0, sim.now);
    const violations: string[] = [];
    check.check(sim, (v) => violations.push(v));
    expect(violations.some((v) => v.includes('both led epoch 1'))).toBe(true);
  });
});
