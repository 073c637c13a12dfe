// The quiz (#13 item 4): 50 questions of each kind over random seeds, each expected answer checked
// against a computation that does not use the engine's code for it — kafkajs's partitioner, Kafka's
// clean-election rule on the replicas and ISR before the crash, the range assignor's formula, the
// sparse-index rule replayed from the leader's appends, and the log ends around an unclean election.
// The same seed gives the same question; the proof run is a valid scenario that opens.
import { describe, expect, it } from 'vitest';
import { createSimulation, type TraceEvent } from '../engine';
import { kafkajsPartition } from '../engine/test/kafkajs';
import { segmentName } from '../content/walkthroughs/placeholders';
import { QUIZ_KINDS, generateQuiz, quizRandom, type QuizQuestion } from './quiz';

const N = 50;

function seeds(kind: string): number[] {
  const rng = quizRandom(kind.length * 7919 + 13);
  return Array.from({ length: N }, () => rng.int(1, 2 ** 31 - 1));
}

function questions(kind: (typeof QUIZ_KINDS)[number]): QuizQuestion[] {
  return seeds(kind).map((seed) => generateQuiz(kind, seed));
}

function basics(q: QuizQuestion): void {
  expect(q.choices, `${q.kind} ${q.seed}`).toContain(q.answer);
  expect(new Set(q.choices).size).toBe(q.choices.length);
  expect(() => createSimulation(q.proof.scenario)).not.toThrow();
}

describe('quiz questions, checked against independent computations', () => {
  it('keyPartition: kafkajs’s DefaultPartitioner agrees', () => {
    const qs = questions('keyPartition');
    for (const q of qs) {
      basics(q);
      expect(q.answer, String(q.params.key)).toBe(
        String(kafkajsPartition(String(q.params.key), Number(q.params.n))),
      );
    }
    expect(new Set(qs.map((q) => q.params.key)).size).toBeGreaterThan(40);
  });

  it('leaderAfterDeath: the first replica of the assignment alive and in the ISR', () => {
    const qs = questions('leaderAfterDeath');
    let leaderDied = 0;
    for (const q of qs) {
      basics(q);
      const { topic, partition, victim } = q.params as {
        topic: string;
        partition: number;
        victim: number;
      };
      const sim = createSimulation({ ...q.proof.scenario, actions: [] });
      sim.advanceTo(2999);
      const p = sim.snapshot().topics.find((t) => t.name === topic)!.partitions[partition]!;
      let expected: string;
      if (p.leader !== victim) expected = String(p.leader);
      else {
        leaderDied++;
        const next = p.replicas.find((r) => r !== victim && p.isr.includes(r));
        expected = next === undefined ? 'none' : String(next);
      }
      expect(q.answer, `seed ${q.seed}`).toBe(expected);
    }
    expect(leaderDied).toBeGreaterThan(20);
  });

  it('rangeAssignment: floor(P/M) consecutive partitions per sorted member, the first P mod M one more', () => {
    for (const q of questions('rangeAssignment')) {
      basics(q);
      const { members, partitions, partition } = q.params as {
        members: number;
        partitions: number;
        partition: number;
      };
      const ids = Array.from({ length: members }, (_, i) => `group-a-${i + 1}`).sort();
      const per = Math.floor(partitions / members);
      const extra = partitions % members;
      let start = 0;
      let owner = 'none';
      ids.forEach((id, i) => {
        const n = per + (i < extra ? 1 : 0);
        if (partition >= start && partition < start + n) owner = id;
        start += n;
      });
      expect(q.answer, `seed ${q.seed}`).toBe(owner);
    }
  });

  it('indexLookup: the sparse-index rule replayed from the leader’s appends, then the floor entry', () => {
    for (const q of questions('indexLookup')) {
      basics(q);
      const { target, broker, interval } = q.params as {
        target: number;
        broker: number;
        interval: number;
      };
      const appends: Extract<TraceEvent, { type: 'log.append' }>[] = [];
      const sim = createSimulation(q.proof.scenario);
      sim.onTrace((e) => {
        if (e.type === 'log.append' && e.broker === broker && e.topic === 'waiting-events')
          appends.push(e);
      });
      sim.advanceTo(q.proof.t);
      // Kafka's LogSegment.append: an entry (last offset → start position) when more than
      // index.interval.bytes were written since the last one, then count this batch.
      const entries = new Map<number, [number, number][]>();
      const since = new Map<number, number>();
      for (const a of appends) {
        const list = entries.get(a.segment) ?? [];
        entries.set(a.segment, list);
        if ((since.get(a.segment) ?? 0) > interval) {
          list.push([a.lastOffset, a.position]);
          since.set(a.segment, 0);
        }
        since.set(a.segment, (since.get(a.segment) ?? 0) + a.sizeBytes);
      }
      const bases = [...entries.keys()].sort((x, y) => x - y);
      const base = bases.filter((b) => b <= target).at(-1)!;
      const floor = entries
        .get(base)!
        .filter(([o]) => o <= target)
        .at(-1);
      expect(q.answer, `seed ${q.seed} target ${target}`).toBe(
        `${segmentName(base)}.log @ ${floor ? floor[1] : 0}`,
      );
    }
  });

  it('truncateOnReturn: the old leader’s log end minus the new leader’s at the unclean election', () => {
    let some = 0;
    for (const q of questions('truncateOnReturn')) {
      basics(q);
      const sim = createSimulation(q.proof.scenario);
      let elected = false;
      sim.onTrace((e) => {
        if (e.type === 'leader.elected') elected = true;
      });
      while (!elected && sim.step());
      sim.advanceTo(sim.now);
      const p = sim.snapshot().topics[0]!.partitions[0]!;
      const leo = (b: number) => p.replicaStates.find((r) => r.broker === b)!.logEndOffset;
      const expected = leo(1) - leo(p.leader!);
      expect(q.answer, `seed ${q.seed}`).toBe(String(expected));
      if (expected > 0) some++;
    }
    expect(some).toBeGreaterThan(40);
  });

  it('the same seed gives the same question; different seeds differ', () => {
    for (const kind of QUIZ_KINDS) {
      const [a, b] = seeds(kind);
      expect(generateQuiz(kind, a!)).toEqual(generateQuiz(kind, a!));
      expect(JSON.stringify(generateQuiz(kind, a!).params)).not.toBe(
        JSON.stringify(generateQuiz(kind, b!).params),
      );
    }
  });
});
