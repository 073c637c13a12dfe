// Kafka's ClassicGroup (with ClassicGroupMember), as the group coordinator keeps it: members with
// their subscriptions and assignments, the generation, the leader member, the chosen assignor,
// and the state machine Empty → PreparingRebalance → CompletingRebalance → Stable (Dead once
// unloaded). The protocol logic that moves it lives in GroupCoordinator.
import type { Cancellable } from '../../sim/SimContext';
import type { GroupStateName, TraceEventBody } from '../../trace/TraceEvent';
import type {
  GroupTopicPartition,
  JoinGroupProtocol,
  JoinGroupResponse,
  SyncGroupResponse,
} from '../../network/requests';
import { javaHashMapOrder } from '../../common/utils/JavaHashMap';
import type { ClassicGroupStateReason } from '../../trace/reasons';

export type GroupState = GroupStateName;

export class ClassicGroupMember {
  assignment: GroupTopicPartition[] = [];
  /** The parked JoinGroup, answered when the join phase completes. */
  awaitingJoin: ((r: JoinGroupResponse) => void) | null = null;
  /** The parked SyncGroup, answered once the leader's assignment is stored. */
  awaitingSync: ((r: SyncGroupResponse) => void) | null = null;
  /** Joined but never got a JoinGroup response yet. */
  isNew = true;
  heartbeatTimer: Cancellable | null = null;

  constructor(
    readonly memberId: string,
    public sessionTimeoutMs: number,
    public rebalanceTimeoutMs: number,
    public protocols: JoinGroupProtocol[],
  ) {}

  /** ClassicGroupMember.hasSatisfiedHeartbeat: members waiting on a rebalance need no heartbeat. */
  hasSatisfiedHeartbeat(): boolean {
    if (this.isNew) return false;
    return this.awaitingJoin !== null || this.awaitingSync !== null;
  }

  /** Same assignors with the same subscriptions (owned partitions included). */
  matches(protocols: JoinGroupProtocol[]): boolean {
    return JSON.stringify(protocols) === JSON.stringify(this.protocols);
  }

  metadata(protocol: string): JoinGroupProtocol['metadata'] | undefined {
    return this.protocols.find((p) => p.name === protocol)?.metadata;
  }

  /** The member's favourite among the protocols every member supports. */
  vote(candidates: Set<string>): string | undefined {
    return this.protocols.find((p) => candidates.has(p.name))?.name;
  }
}

export class ClassicGroup {
  state: GroupState = 'Empty';
  previousState: GroupState = 'Empty';
  generationId = 0;
  protocolName: string | null = null;
  leaderId: string | null = null;
  readonly members = new Map<string, ClassicGroupMember>();
  /** Set when a member joins during the initial (delayed) rebalance: the delay is extended. */
  newMemberAdded = false;
  /** Members that got their JoinGroup response but have not sent SyncGroup yet. */
  readonly pendingSyncMembers = new Set<string>();
  joinTimer: Cancellable | null = null;
  /**
   * While joinTimer runs: when the join phase completes at the latest, and what it waits for —
   * group.initial.rebalance.delay.ms for a new group (InitialDelayedJoin, extended while members
   * keep arriving), else the rebalance timeout for members yet to rejoin (DelayedJoin).
   */
  joinDeadline: { at: number; wait: 'initialDelay' | 'rebalanceTimeout' } | null = null;
  syncTimer: Cancellable | null = null;

  constructor(
    readonly groupId: string,
    private coordinator: number,
    private trace: (e: TraceEventBody) => void,
  ) {}

  /** The members in the order Kafka's HashMap iterates them. */
  allMembers(): ClassicGroupMember[] {
    return javaHashMapOrder(this.members.keys()).map((id) => this.members.get(id)!);
  }

  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  add(member: ClassicGroupMember): void {
    if (this.leaderId === null) this.leaderId = member.memberId;
    this.members.set(member.memberId, member);
  }

  remove(memberId: string): void {
    const m = this.members.get(memberId);
    m?.heartbeatTimer?.cancel();
    this.members.delete(memberId);
    if (this.isLeader(memberId)) this.leaderId = javaHashMapOrder(this.members.keys())[0] ?? null;
    this.pendingSyncMembers.delete(memberId);
  }

  hasAllMembersJoined(): boolean {
    return [...this.members.values()].every((m) => m.awaitingJoin !== null);
  }

  /** If the leader did not rejoin, the first member that did leads. False if none rejoined. */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    if (this.members.get(this.leaderId)?.awaitingJoin) return true;
    const joined = this.allMembers().find((m) => m.awaitingJoin !== null);
    if (!joined) return false;
    this.leaderId = joined.memberId;
    return true;
  }

  canRebalance(): boolean {
    return (
      this.state === 'Stable' || this.state === 'CompletingRebalance' || this.state === 'Empty'
    );
  }

  /** The group's rebalance timeout: the largest max.poll.interval.ms among its members. */
  rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  candidateProtocols(): Set<string> {
    const members = this.allMembers();
    if (members.length === 0) return new Set();
    const candidates = new Set(members[0]!.protocols.map((p) => p.name));
    for (const m of members.slice(1)) {
      const names = new Set(m.protocols.map((p) => p.name));
      for (const c of [...candidates]) if (!names.has(c)) candidates.delete(c);
    }
    return candidates;
  }

  /** ClassicGroup.supportsProtocols: any group when Empty; else one every member supports. */
  supportsProtocols(protocols: JoinGroupProtocol[]): boolean {
    if (this.state === 'Empty') return protocols.length > 0;
    const all = this.candidateProtocols();
    return protocols.some((p) => all.has(p.name));
  }

  /** Each member votes for its favourite supported protocol; the most votes wins (first on a tie). */
  selectProtocol(): string | null {
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.allMembers()) {
      const v = m.vote(candidates);
      if (v !== undefined) votes.set(v, (votes.get(v) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const name of javaHashMapOrder(votes.keys()))
      if (best === null || votes.get(name)! > votes.get(best)!) best = name;
    return best;
  }

  transitionTo(next: GroupState, reason: ClassicGroupStateReason): void {
    this.previousState = this.state;
    this.state = next;
    const completing = next === 'CompletingRebalance';
    this.trace({
      type: 'group.state',
      group: this.groupId,
      coordinator: this.coordinator,
      from: this.previousState,
      to: next,
      generation: this.generationId,
      reason,
      ...(completing
        ? {
            leader: this.leaderId,
            protocol: this.protocolName,
            members: this.allMembers().map((m) => m.memberId),
          }
        : {}),
    });
  }

  /** A new generation: CompletingRebalance with a chosen protocol, or Empty without members. */
  initNextGeneration(): void {
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.transitionTo('CompletingRebalance', 'join phase complete');
    } else {
      this.protocolName = null;
      this.leaderId = null;
      this.transitionTo('Empty', 'no members');
    }
  }
}
