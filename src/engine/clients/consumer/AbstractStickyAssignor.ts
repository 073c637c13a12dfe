// Kafka's AbstractStickyAssignor (3.5+), shared by StickyAssignor and CooperativeStickyAssignor:
// as balanced as possible (counts differ by at most one), and then as sticky as possible (a
// member keeps what it owned). This is its ConstrainedAssignmentBuilder, the path Kafka takes when
// every member subscribes to the same topics — always the case here, since a scenario group has
// one topic list. (The GeneralAssignmentBuilder for differing subscriptions, and the rack-aware
// steps, are not ported: no simulated consumer sets client.rack.)
import { compareJavaStrings } from '../../common/utils/JavaHashMap';
import {
  tpKey,
  type Assignment,
  type ConsumerPartitionAssignor,
  type RebalanceProtocol,
  type Subscription,
  type TopicPartition,
} from './ConsumerPartitionAssignor';
import type { AssignmentStrategy } from '../../config/types';

export const DEFAULT_GENERATION = -1;

/** What a member claims to own, and in which generation (AbstractStickyAssignor.MemberData). */
export interface MemberData {
  partitions: TopicPartition[];
  generation: number | null;
}

export abstract class AbstractStickyAssignor implements ConsumerPartitionAssignor {
  abstract readonly name: AssignmentStrategy;
  abstract readonly supportedProtocols: readonly RebalanceProtocol[];
  /** Partitions the last assign() moved from one owner to another: tpKey → new owner. */
  protected partitionsTransferringOwnership = new Map<
    string,
    { tp: TopicPartition; consumer: string }
  >();

  protected abstract memberData(subscription: Subscription): MemberData;

  assign(
    partitionsPerTopic: Map<string, number>,
    subscriptions: Map<string, Subscription>,
  ): Assignment {
    const owned = new Map<string, TopicPartition[]>();
    const multipleOwners = new Set<string>();
    if (
      !this.allSubscriptionsEqual(
        new Set(partitionsPerTopic.keys()),
        subscriptions,
        owned,
        multipleOwners,
      )
    )
      throw new Error('Members subscribe to different topics: not possible in a scenario group.');
    this.partitionsTransferringOwnership = new Map();
    return new ConstrainedAssignmentBuilder(
      partitionsPerTopic,
      owned,
      multipleOwners,
      this.partitionsTransferringOwnership,
    ).build();
  }

  /**
   * True iff all members subscribe to the same topics. Fills each member's still-valid owned
   * partitions; a partition two members of the same generation claim is owned by neither.
   */
  private allSubscriptionsEqual(
    allTopics: Set<string>,
    subscriptions: Map<string, Subscription>,
    consumerToOwnedPartitions: Map<string, TopicPartition[]>,
    partitionsWithMultiplePreviousOwners: Set<string>,
  ): boolean {
    let equal = true;
    let subscribedTopics: Set<string> | null = null;
    const previousOwner = new Map<string, string>();
    for (const [consumer, subscription] of subscriptions) {
      if (subscribedTopics === null) subscribedTopics = new Set(subscription.topics);
      else if (
        subscription.topics.length !== subscribedTopics.size ||
        !subscription.topics.every((t) => subscribedTopics!.has(t))
      )
        equal = false;
      const data = this.memberData(subscription);
      const generation = data.generation ?? DEFAULT_GENERATION;
      const ownedPartitions: TopicPartition[] = [];
      consumerToOwnedPartitions.set(consumer, ownedPartitions);
      for (const tp of data.partitions) {
        if (!allTopics.has(tp.topic)) continue;
        const k = tpKey(tp);
        const other = previousOwner.get(k);
        if (other === undefined) {
          ownedPartitions.push(tp);
          previousOwner.set(k, consumer);
          continue;
        }
        const otherGeneration = subscriptions.get(other)!.generationId;
        const otherOwned = consumerToOwnedPartitions.get(other)!;
        const dropFromOther = () => {
          const i = otherOwned.findIndex((x) => tpKey(x) === k);
          if (i >= 0) otherOwned.splice(i, 1);
        };
        if (generation === otherGeneration) {
          partitionsWithMultiplePreviousOwners.add(k);
          dropFromOther();
          previousOwner.set(k, consumer);
        } else if (generation > otherGeneration) {
          ownedPartitions.push(tp);
          dropFromOther();
          previousOwner.set(k, consumer);
        }
      }
    }
    return equal;
  }
}

/** A java.util.LinkedList iterator: next(), and remove() of the element next() returned. */
class ListIterator {
  private i = 0;
  private last = -1;
  constructor(private list: string[]) {}
  hasNext(): boolean {
    return this.i < this.list.length;
  }
  next(): string {
    this.last = this.i;
    return this.list[this.i++]!;
  }
  remove(): void {
    if (this.last < 0) return;
    this.list.splice(this.last, 1);
    this.i = this.last;
    this.last = -1;
  }
}

const byTopicThenPartition = (a: TopicPartition, b: TopicPartition) =>
  compareJavaStrings(a.topic, b.topic) || a.partition - b.partition;

class ConstrainedAssignmentBuilder {
  private readonly allRevokedPartitions = new Set<string>();
  private readonly unfilledMembersWithUnderMinQuotaPartitions: string[] = [];
  private readonly unfilledMembersWithExactlyMinQuotaPartitions: string[] = [];
  private readonly minQuota: number;
  private readonly maxQuota: number;
  /** Members expected to get maxQuota (0 when minQuota == maxQuota). */
  private readonly expectedNumMembersWithOverMinQuotaPartitions: number;
  private currentNumMembersWithOverMinQuotaPartitions = 0;
  private readonly assignment: Assignment;
  private readonly assignedPartitions: TopicPartition[] = [];
  private readonly totalPartitionsCount: number;

  constructor(
    private readonly partitionsPerTopic: Map<string, number>,
    private readonly currentAssignment: Map<string, TopicPartition[]>,
    private readonly partitionsWithMultiplePreviousOwners: Set<string>,
    private readonly partitionsTransferringOwnership: Map<
      string,
      { tp: TopicPartition; consumer: string }
    >,
  ) {
    this.totalPartitionsCount = [...partitionsPerTopic.values()].reduce((s, n) => s + n, 0);
    const n = currentAssignment.size;
    this.minQuota = Math.floor(this.totalPartitionsCount / n);
    this.maxQuota = Math.ceil(this.totalPartitionsCount / n);
    this.expectedNumMembersWithOverMinQuotaPartitions = this.totalPartitionsCount % n;
    this.assignment = new Map([...currentAssignment.keys()].map((c) => [c, []]));
  }

  build(): Assignment {
    this.assignOwnedPartitions();
    const unassigned = this.getUnassignedPartitions();
    this.unfilledMembersWithUnderMinQuotaPartitions.sort(compareJavaStrings);
    this.unfilledMembersWithExactlyMinQuotaPartitions.sort(compareJavaStrings);
    this.assignRoundRobin(unassigned);
    return this.assignment;
  }

  /** Step 1: each member keeps up to its quota of what it owned; the rest is revoked. */
  private assignOwnedPartitions(): void {
    for (const [consumer, owned] of this.currentAssignment) {
      const ownedPartitions = [...owned]
        .sort((a, b) => a.partition - b.partition || compareJavaStrings(a.topic, b.topic))
        .filter((tp) => !this.partitionsWithMultiplePreviousOwners.has(tpKey(tp)));
      const consumerAssignment = this.assignment.get(consumer)!;
      if (ownedPartitions.length < this.minQuota) {
        consumerAssignment.push(...ownedPartitions);
        this.assignedPartitions.push(...ownedPartitions);
        this.unfilledMembersWithUnderMinQuotaPartitions.push(consumer);
      } else if (
        ownedPartitions.length >= this.maxQuota &&
        this.currentNumMembersWithOverMinQuotaPartitions <
          this.expectedNumMembersWithOverMinQuotaPartitions
      ) {
        this.currentNumMembersWithOverMinQuotaPartitions++;
        if (
          this.currentNumMembersWithOverMinQuotaPartitions ===
          this.expectedNumMembersWithOverMinQuotaPartitions
        )
          this.unfilledMembersWithExactlyMinQuotaPartitions.length = 0;
        const keep = ownedPartitions.slice(0, this.maxQuota);
        consumerAssignment.push(...keep);
        this.assignedPartitions.push(...keep);
        for (const tp of ownedPartitions.slice(this.maxQuota))
          this.allRevokedPartitions.add(tpKey(tp));
      } else {
        const keep = ownedPartitions.slice(0, this.minQuota);
        consumerAssignment.push(...keep);
        this.assignedPartitions.push(...keep);
        for (const tp of ownedPartitions.slice(this.minQuota))
          this.allRevokedPartitions.add(tpKey(tp));
        if (
          this.currentNumMembersWithOverMinQuotaPartitions <
          this.expectedNumMembersWithOverMinQuotaPartitions
        )
          this.unfilledMembersWithExactlyMinQuotaPartitions.push(consumer);
      }
    }
  }

  /** Step 3: round-robin the rest over members below minQuota, then those that may reach maxQuota. */
  private assignRoundRobin(unassignedPartitions: TopicPartition[]): void {
    const under = this.unfilledMembersWithUnderMinQuotaPartitions;
    const exactlyMin = this.unfilledMembersWithExactlyMinQuotaPartitions;
    let it = new ListIterator(under);
    for (const tp of unassignedPartitions) {
      let consumer: string;
      if (it.hasNext()) consumer = it.next();
      else if (under.length === 0 && exactlyMin.length === 0)
        throw new Error('No more unfilled consumers to be assigned.');
      else if (under.length === 0) consumer = exactlyMin.shift()!;
      else {
        it = new ListIterator(under);
        consumer = it.next();
      }
      const count = this.assignNewPartition(tp, consumer);
      if (count === this.minQuota) {
        it.remove();
        exactlyMin.push(consumer);
      } else if (count === this.maxQuota) {
        this.currentNumMembersWithOverMinQuotaPartitions++;
      }
    }
  }

  private assignNewPartition(tp: TopicPartition, consumer: string): number {
    const list = this.assignment.get(consumer)!;
    list.push(tp);
    // Every owned partition that could stay has stayed: this one changes owner, unless nobody
    // (validly) owned it.
    const k = tpKey(tp);
    if (this.allRevokedPartitions.has(k) || this.partitionsWithMultiplePreviousOwners.has(k))
      this.partitionsTransferringOwnership.set(k, { tp, consumer });
    return list.length;
  }

  /** All partitions, sorted by topic then partition, that step 1 did not assign. */
  private getUnassignedPartitions(): TopicPartition[] {
    const assigned = new Set(this.assignedPartitions.map(tpKey));
    const out: TopicPartition[] = [];
    for (const topic of [...this.partitionsPerTopic.keys()].sort(compareJavaStrings))
      for (let p = 0; p < this.partitionsPerTopic.get(topic)!; p++)
        if (!assigned.has(tpKey(topic, p))) out.push({ topic, partition: p });
    return out.sort(byTopicThenPartition);
  }
}
