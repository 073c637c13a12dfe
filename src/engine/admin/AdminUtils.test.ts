import { describe, expect, it } from 'vitest';
import { Random } from '../sim/Random';
import {
  assignReplicasToBrokers,
  getRackAlternatedBrokerList,
  type BrokerMetadata,
} from './AdminUtils';

// The table from Kafka's AdminUtils doc comment, verbatim. Broker ids are 0..4 as in the doc;
// a row lists, per broker, the partition whose Nth replica it holds.
const KAFKA_DOC_TABLE = `
broker-0  broker-1  broker-2  broker-3  broker-4
p0        p1        p2        p3        p4       (1st replica)
p5        p6        p7        p8        p9       (1st replica)
p4        p0        p1        p2        p3       (2nd replica)
p8        p9        p5        p6        p7       (2nd replica)
p3        p4        p0        p1        p2       (3nd replica)
p7        p8        p9        p5        p6       (3nd replica)
`;

/** Turns the doc table into replicas per partition: result[p][n] = broker of p's (n+1)th replica. */
function parseDocTable(table: string): number[][] {
  const rows = table.trim().split('\n').slice(1);
  const result: number[][] = [];
  rows.forEach((row, r) => {
    const replica = Math.floor(r / 2); // two rows per replica position
    row
      .split(/\s+/)
      .filter((cell) => /^p\d+$/.test(cell))
      .forEach((cell, broker) => {
        const partition = Number(cell.slice(1));
        (result[partition] ??= [])[replica] = broker;
      });
  });
  return result;
}

const brokers = (ids: number[]): BrokerMetadata[] => ids.map((id) => ({ id }));

describe('assignReplicasToBrokers (rack-unaware)', () => {
  it("reproduces the table in Kafka's AdminUtils doc comment (broker ids 0..4, start index 0, shift 0)", () => {
    const expected = parseDocTable(KAFKA_DOC_TABLE);
    expect(expected).toHaveLength(10);
    expect(assignReplicasToBrokers(brokers([0, 1, 2, 3, 4]), 10, 3, 0)).toEqual(expected);
  });

  it("matches Kafka's AdminTest.testReplicaAssignment expectations", () => {
    expect(assignReplicasToBrokers(brokers([0, 1, 2, 3, 4]), 10, 3, 0)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 0],
      [4, 0, 1],
      [0, 2, 3],
      [1, 3, 4],
      [2, 4, 0],
      [3, 0, 1],
      [4, 1, 2],
    ]);
  });

  it('uses the ids it is given: ids 1..5 give the same table shifted by one', () => {
    const expected = parseDocTable(KAFKA_DOC_TABLE).map((r) => r.map((b) => b + 1));
    expect(assignReplicasToBrokers(brokers([1, 2, 3, 4, 5]), 10, 3, 0)).toEqual(expected);
  });

  it('continues leader round robin from startPartitionId when adding partitions', () => {
    const added = assignReplicasToBrokers(brokers([0, 1, 2, 3, 4]), 4, 2, 0, 10);
    expect(added.map((r) => r[0])).toEqual([0, 1, 2, 3]);
    // Kafka: shift starts at fixedStartIndex and grows at partition 10 (a multiple of 5).
    expect(added).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
      [3, 0],
    ]);
  });

  it('gives every partition RF distinct brokers and balances leaders and replicas', () => {
    for (let seed = 0; seed < 30; seed++) {
      const random = new Random(seed);
      const n = 2 + random.nextInt(9);
      const rf = 1 + random.nextInt(n);
      const nPartitions = n * (1 + random.nextInt(6));
      const ids = Array.from({ length: n }, (_, i) => i + 1);
      const assignment = assignReplicasToBrokers(brokers(ids), nPartitions, rf, -1, -1, random);
      expect(assignment).toHaveLength(nPartitions);
      const leaders = new Map<number, number>();
      const replicas = new Map<number, number>();
      for (const r of assignment) {
        expect(r).toHaveLength(rf);
        expect(new Set(r).size).toBe(rf);
        for (const b of r) expect(ids).toContain(b);
        leaders.set(r[0]!, (leaders.get(r[0]!) ?? 0) + 1);
        for (const b of r) replicas.set(b, (replicas.get(b) ?? 0) + 1);
      }
      // nPartitions is a multiple of n: each broker leads and holds exactly the same number.
      for (const id of ids) {
        expect(leaders.get(id)).toBe(nPartitions / n);
        expect(replicas.get(id)).toBe((nPartitions / n) * rf);
      }
    }
  });

  it('is deterministic for a seed, and the seed moves the start', () => {
    const run = (seed: number) =>
      assignReplicasToBrokers(brokers([1, 2, 3, 4, 5, 6]), 12, 3, -1, -1, new Random(seed));
    expect(run(7)).toEqual(run(7));
    const firstLeaders = new Set(Array.from({ length: 40 }, (_, s) => run(s)[0]![0]));
    expect(firstLeaders.size).toBe(6);
  });
});

describe('assignReplicasToBrokers (rack-aware)', () => {
  // Kafka's doc example: 0 -> rack1, 1 -> rack3, 2 -> rack3, 3 -> rack2, 4 -> rack2, 5 -> rack1.
  const rackMap = new Map<number, string>([
    [0, 'rack1'],
    [1, 'rack3'],
    [2, 'rack3'],
    [3, 'rack2'],
    [4, 'rack2'],
    [5, 'rack1'],
  ]);
  const rackBrokers = [...rackMap].map(([id, rack]) => ({ id, rack }));

  it("builds Kafka's rack alternated list", () => {
    expect(getRackAlternatedBrokerList(rackMap)).toEqual([0, 3, 1, 5, 4, 2]);
    const without5 = new Map(rackMap);
    without5.delete(5);
    expect(getRackAlternatedBrokerList(without5)).toEqual([0, 3, 1, 4, 2]);
    const threeRacks = new Map<number, string>();
    for (let id = 0; id < 9; id++) threeRacks.set(id, `rack${Math.floor(id / 3) + 1}`);
    expect(getRackAlternatedBrokerList(threeRacks)).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
  });

  it('reproduces the doc example, including partition 6 -> 0,4,2 (start index 0, shift 0)', () => {
    expect(assignReplicasToBrokers(rackBrokers, 7, 3, 0, 0)).toEqual([
      [0, 3, 1],
      [3, 1, 5],
      [1, 5, 4],
      [5, 4, 2],
      [4, 2, 0],
      [2, 0, 3],
      [0, 4, 2],
    ]);
  });

  it('puts replicas on distinct racks when RF <= racks, and on every rack when RF >= racks', () => {
    const rackOf = (id: number) => rackMap.get(id)!;
    for (let seed = 0; seed < 20; seed++) {
      for (const rf of [2, 3, 4, 6]) {
        const assignment = assignReplicasToBrokers(rackBrokers, 12, rf, -1, -1, new Random(seed));
        for (const r of assignment) {
          expect(new Set(r).size).toBe(rf);
          expect(new Set(r.map(rackOf)).size).toBe(Math.min(rf, 3));
        }
      }
    }
  });

  it('is deterministic for a seed', () => {
    const run = () => assignReplicasToBrokers(rackBrokers, 9, 3, -1, -1, new Random(5));
    expect(run()).toEqual(run());
  });
});

describe('assignReplicasToBrokers errors (Kafka wording)', () => {
  const three = brokers([1, 2, 3]);

  it('rejects bad counts', () => {
    expect(() => assignReplicasToBrokers(three, 3, 4, 0)).toThrow(
      'Replication factor: 4 larger than available brokers: 3.',
    );
    expect(() => assignReplicasToBrokers(three, 3, 0, 0)).toThrow(
      'Replication factor must be larger than 0.',
    );
    expect(() => assignReplicasToBrokers(three, 0, 1, 0)).toThrow(
      'Number of partitions must be larger than 0.',
    );
  });

  it('rejects partial rack information', () => {
    expect(() =>
      assignReplicasToBrokers([{ id: 1, rack: 'a' }, { id: 2 }, { id: 3, rack: 'b' }], 3, 2, 0),
    ).toThrow('Not all brokers have rack information for replica rack aware assignment.');
  });

  it('needs a seeded Random when the start index is not fixed', () => {
    expect(() => assignReplicasToBrokers(three, 3, 2)).toThrow(/seeded Random/);
  });
});
