/**
 * AdminUtils — replica placement for new topics and added partitions, modelled on Kafka's
 * `kafka.admin.AdminUtils.assignReplicasToBrokers` (used by ZooKeeper-mode topic creation;
 * KRaft's StripedReplicaPlacer follows the same idea). Goals, as Kafka states them:
 *  1. spread replicas evenly over brokers;
 *  2. for the partitions led by one broker, spread their followers over the other brokers;
 *  3. if every broker has a rack, put each partition's replicas on different racks if possible.
 *
 * Rack-unaware: the first replica of partition p goes to broker (p + startIndex) % n, round
 * robin; the other replicas follow at an increasing shift, which grows by one after every n
 * partitions so the same follower sets do not repeat. Kafka's doc example (5 brokers, 10
 * partitions, RF 3, startIndex = shift = 0):
 *
 *   broker-0  broker-1  broker-2  broker-3  broker-4
 *   p0        p1        p2        p3        p4       (1st replica)
 *   p5        p6        p7        p8        p9       (1st replica)
 *   p4        p0        p1        p2        p3       (2nd replica)
 *   p8        p9        p5        p6        p7       (2nd replica)
 *   p3        p4        p0        p1        p2       (3rd replica)
 *   p7        p8        p9        p5        p6       (3rd replica)
 *
 * Rack-aware: the same round robin over a rack-alternated broker list (see
 * getRackAlternatedBrokerList), skipping a candidate follower whose rack already holds a replica
 * while some rack holds none, or which already holds one while some broker holds none.
 *
 * Randomness (start index and first shift when fixedStartIndex < 0) comes from the injected
 * seeded Random — Kafka uses java.util.Random — drawn in Kafka's order: startIndex, then shift.
 */
import type { Random } from '../sim/Random';

export interface BrokerMetadata {
  readonly id: number;
  /** broker.rack; undefined (or null) when the broker has none. */
  readonly rack?: string | null;
}

/**
 * Kafka's `AdminUtils.assignReplicasToBrokers`. Brokers are used in the order given: Kafka's
 * callers pass them sorted by id, and so should ours.
 *
 * @param fixedStartIndex ≥ 0: use it as both the start index and the first replica shift (Kafka
 *   uses this when adding partitions and in tests); < 0: draw both from `random`.
 * @param startPartitionId id of the first partition to assign (for added partitions); < 0 → 0.
 * @returns replicas per partition: element i lists the broker ids of partition
 *   max(0, startPartitionId) + i, preferred leader first.
 */
export function assignReplicasToBrokers(
  brokers: readonly BrokerMetadata[],
  nPartitions: number,
  replicationFactor: number,
  fixedStartIndex = -1,
  startPartitionId = -1,
  random?: Random,
): number[][] {
  if (nPartitions <= 0) throw new Error('Number of partitions must be larger than 0.');
  if (replicationFactor <= 0) throw new Error('Replication factor must be larger than 0.');
  if (replicationFactor > brokers.length) {
    throw new Error(
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokers.length}.`,
    );
  }
  const hasRack = (b: BrokerMetadata) => b.rack !== undefined && b.rack !== null;
  const rackAware = brokers.some(hasRack);
  if (rackAware && !brokers.every(hasRack)) {
    throw new Error('Not all brokers have rack information for replica rack aware assignment.');
  }
  if (fixedStartIndex < 0 && random === undefined) {
    // Kafka would use an unseeded java.util.Random here; the engine never does.
    throw new Error('assignReplicasToBrokers needs a seeded Random when fixedStartIndex < 0');
  }
  if (!rackAware) {
    return assignReplicasToBrokersRackUnaware(
      nPartitions,
      replicationFactor,
      brokers.map((b) => b.id),
      fixedStartIndex,
      startPartitionId,
      random,
    );
  }
  return assignReplicasToBrokersRackAware(
    nPartitions,
    replicationFactor,
    brokers,
    fixedStartIndex,
    startPartitionId,
    random,
  );
}

function assignReplicasToBrokersRackUnaware(
  nPartitions: number,
  replicationFactor: number,
  brokerArray: readonly number[],
  fixedStartIndex: number,
  startPartitionId: number,
  random: Random | undefined,
): number[][] {
  const n = brokerArray.length;
  const startIndex = fixedStartIndex >= 0 ? fixedStartIndex : random!.nextInt(n);
  let currentPartitionId = Math.max(0, startPartitionId);
  let nextReplicaShift = fixedStartIndex >= 0 ? fixedStartIndex : random!.nextInt(n);
  const ret: number[][] = [];
  for (let i = 0; i < nPartitions; i++) {
    // After each full round of leaders, shift followers by one more so sets do not repeat.
    if (currentPartitionId > 0 && currentPartitionId % n === 0) nextReplicaShift++;
    const firstReplicaIndex = (currentPartitionId + startIndex) % n;
    const replicas = [brokerArray[firstReplicaIndex]!];
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push(brokerArray[replicaIndex(firstReplicaIndex, nextReplicaShift, j, n)]!);
    }
    ret.push(replicas);
    currentPartitionId++;
  }
  return ret;
}

function assignReplicasToBrokersRackAware(
  nPartitions: number,
  replicationFactor: number,
  brokers: readonly BrokerMetadata[],
  fixedStartIndex: number,
  startPartitionId: number,
  random: Random | undefined,
): number[][] {
  const brokerRackMap = new Map<number, string>();
  for (const b of brokers) brokerRackMap.set(b.id, b.rack!);
  const numRacks = new Set(brokerRackMap.values()).size;
  const arrangedBrokerList = getRackAlternatedBrokerList(brokerRackMap);
  const numBrokers = arrangedBrokerList.length;
  const startIndex = fixedStartIndex >= 0 ? fixedStartIndex : random!.nextInt(numBrokers);
  let currentPartitionId = Math.max(0, startPartitionId);
  let nextReplicaShift = fixedStartIndex >= 0 ? fixedStartIndex : random!.nextInt(numBrokers);
  const ret: number[][] = [];
  for (let i = 0; i < nPartitions; i++) {
    if (currentPartitionId > 0 && currentPartitionId % numBrokers === 0) nextReplicaShift++;
    const firstReplicaIndex = (currentPartitionId + startIndex) % numBrokers;
    const leader = arrangedBrokerList[firstReplicaIndex]!;
    const replicas = [leader];
    const racksWithReplicas = new Set([brokerRackMap.get(leader)!]);
    const brokersWithReplicas = new Set([leader]);
    let k = 0;
    for (let j = 0; j < replicationFactor - 1; j++) {
      for (;;) {
        // The shift is scaled by the rack count so it steps over whole rack "rounds".
        const broker =
          arrangedBrokerList[
            replicaIndex(firstReplicaIndex, nextReplicaShift * numRacks, k, numBrokers)
          ]!;
        const rack = brokerRackMap.get(broker)!;
        k++;
        // Skip if its rack already has a replica while another rack has none, or if it already
        // has a replica while another broker has none.
        if (
          (!racksWithReplicas.has(rack) || racksWithReplicas.size === numRacks) &&
          (!brokersWithReplicas.has(broker) || brokersWithReplicas.size === numBrokers)
        ) {
          replicas.push(broker);
          racksWithReplicas.add(rack);
          brokersWithReplicas.add(broker);
          break;
        }
      }
    }
    ret.push(replicas);
    currentPartitionId++;
  }
  return ret;
}

/**
 * Kafka's `getRackAlternatedBrokerList`: brokers taken one per rack in turn, racks in sorted
 * order, brokers of a rack in ascending id order. rack1: 0,1,2 / rack2: 3,4,5 / rack3: 6,7,8 →
 * 0,3,6,1,4,7,2,5,8. A plain round robin over this list then alternates racks.
 */
export function getRackAlternatedBrokerList(brokerRackMap: ReadonlyMap<number, string>): number[] {
  const brokersByRack = new Map<string, number[]>();
  for (const [id, rack] of brokerRackMap) {
    const list = brokersByRack.get(rack);
    if (list) list.push(id);
    else brokersByRack.set(rack, [id]);
  }
  // Default sort compares UTF-16 code units, as Scala's String ordering does.
  const racks = [...brokersByRack.keys()].sort();
  const iterators = racks.map((rack) => brokersByRack.get(rack)!.sort((a, b) => a - b));
  const positions = racks.map(() => 0);
  const result: number[] = [];
  let rackIndex = 0;
  while (result.length < brokerRackMap.size) {
    const rackBrokers = iterators[rackIndex]!;
    const pos = positions[rackIndex]!;
    if (pos < rackBrokers.length) {
      result.push(rackBrokers[pos]!);
      positions[rackIndex] = pos + 1;
    }
    rackIndex = (rackIndex + 1) % racks.length;
  }
  return result;
}

/** Index of a follower: 1 + (shift + j) % (n − 1) after the first replica, so never the leader. */
function replicaIndex(
  firstReplicaIndex: number,
  secondReplicaShift: number,
  replicaIndex: number,
  nBrokers: number,
): number {
  const shift = 1 + ((secondReplicaShift + replicaIndex) % (nBrokers - 1));
  return (firstReplicaIndex + shift) % nBrokers;
}
