// The walkthrough format (design.md, "Content as data"): a walkthrough is data in
// `src/content/walkthroughs/<id>.json`, read by the player, the headless runner test and any tool.
//
//   { "id", "section", "title": {ko, en}, "summary": {ko, en},
//     "scenario": "<starter id>" | { …a scenario-v1 object… },
//     "steps": [{ "at": <ms> | "until": { "type": "<trace event>", "match": { field: value } },
//                 "view": "cluster|replication|storage|groups",
//                 "focus": { "topic", "partition", "broker"? },     // the partition the views show
//                 "highlight": ["broker-1", "partition-payments-0", …], // test hooks on screen
//                 "vars": { "hw": { "q": "hw", "topic": "payments", "partition": 0 } },
//                 "say": { "ko", "en" },                             // `{hw}` filled from the snapshot
//                 "act": { "action": { "do": "killBroker", "broker": 1 },
//                          "await": { "type": "broker.status", "match": { "broker": 1 } } } }] }
//
// Where a step stands: `at` is a simulated moment; `until` is the moment of the first trace event
// of that type (whose fields equal `match`) after the previous step — after its act, if it had one.
// A step with `act` asks the learner to do an action at the step's moment; the player waits until
// the trace shows `await`. The headless runner (src/store/walkthroughPlan.ts) resolves every step
// against the real engine; src/content/walkthroughs/walkthroughs.test.ts runs each file.
import type { ActionBody, TraceType } from '../../engine';
import type { Localized } from '../i18n';

/** The seed notes' sections, in their order. */
export const SECTIONS = [
  'structure',
  'partitions',
  'groups',
  'segments',
  'fast',
  'replication',
  'controller',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The views a step can show (the app's view ids). */
export const STEP_VIEWS = [
  'cluster',
  'replication',
  'storage',
  'groups',
  'whyfast',
  'controller',
] as const;
export type StepView = (typeof STEP_VIEWS)[number];

/** A field value a trace event must have; events' own fields are numbers, strings and booleans. */
export type MatchValue = string | number | boolean | null;

/** The first trace event of `type` whose fields equal `match` (a dotted name reads inside: `record.key`). */
export interface TraceMatch {
  type: TraceType;
  match?: Record<string, MatchValue>;
  /** Stand this many ms after the event (let what it starts settle: members get their partitions). */
  after?: number;
}

/** The partition (and, for the storage view, the replica) the step points the views at. */
export interface StepFocus {
  topic: string;
  partition: number;
  /** The broker whose replica the storage view shows; absent: the partition's leader. */
  broker?: number;
  /** The segment (base offset) the storage view opens; absent: the active one. */
  segment?: number;
}

/**
 * Trace events an act cannot wait for: the per-request chatter the page's run keeps off its tape
 * (src/store/timeTravel.ts TAPE_SKIP; learn.test.ts checks the two lists agree), so after a seek the
 * player could not see them again.
 */
export const UNAWAITABLE: readonly TraceType[] = [
  'net.send',
  'net.deliver',
  'replica.fetch',
  'consumer.fetch',
];

/** What a placeholder reads from the snapshot: see placeholders.ts for each query. */
export type VarSpec =
  | { q: 'time' }
  | { q: 'onlineBrokers' }
  | { q: 'controller' | 'controllerEpoch' }
  | { q: 'brokerStatus'; broker: number }
  | { q: 'partitionCount'; topic: string }
  | {
      q:
        | 'hw'
        | 'leader'
        | 'leaderEpoch'
        | 'isr'
        | 'isrSize'
        | 'replicas'
        | 'followers'
        | 'logEnd'
        | 'logStart';
      topic: string;
      partition: number;
    }
  | { q: 'leo'; topic: string; partition: number; broker: number }
  | { q: 'keyPartition'; topic: string; key: string }
  | { q: 'sent' | 'acknowledged' | 'failed' | 'lastError'; producer: string }
  | { q: 'failedWith'; error: string }
  | { q: 'lost' | 'isrShrinks' | 'isrExpands' | 'offlinePartitions' | 'underReplicated' }
  | {
      q: 'members' | 'generation' | 'groupState' | 'idleMembers' | 'idleCount' | 'lag' | 'consumed';
      group: string;
    }
  | { q: 'assignment' | 'assignedCount'; group: string; member: string }
  | { q: 'committed'; group: string; topic: string; partition: number }
  | {
      q: 'segments' | 'activeSegment' | 'firstSegment' | 'indexEntries' | 'activeSize';
      topic: string;
      partition: number;
      broker?: number;
    }
  | {
      q:
        | 'recordsPerBatch'
        | 'requestRate'
        | 'recordRate'
        | 'byteRate'
        | 'compressionRate'
        | 'latencyP50'
        | 'latencyP99'
        | 'wireBytes'
        | 'uncompressedBytes';
      producer: string;
    }
  | { q: 'topicDiskBytes'; topic: string }
  | { q: 'groupCacheHitRatio'; group: string }
  | { q: 'cacheHitRatio' | 'deviceReadBytes' | 'deviceWriteBytes'; broker: number }
  | {
      q: 'lookupSegment' | 'lookupEntry' | 'lookupPosition' | 'lookupEntryOffset';
      topic: string;
      partition: number;
      offset: number;
      broker?: number;
    };
export type VarQuery = VarSpec['q'];

/** The learner's part of a step: do `action` now; the step is done when the trace shows `await`. */
export interface StepAct {
  action: ActionBody;
  await: TraceMatch;
}

export interface WalkthroughStep {
  at?: number;
  until?: TraceMatch;
  view: StepView;
  focus?: StepFocus;
  /** Test hooks of things on screen (highlight.ts): broker-1, partition-<topic>-<p>, … */
  highlight?: string[];
  vars?: Record<string, VarSpec>;
  say: Localized;
  act?: StepAct;
}

export interface Walkthrough {
  id: string;
  section: Section;
  title: Localized;
  summary: Localized;
  /** A starter id (src/content/scenarios) or a whole scenario object (validated by the engine). */
  scenario: string | Record<string, unknown>;
  steps: WalkthroughStep[];
}

/** Limits the validator enforces (a walkthrough is content, but a tool may write one). */
export const WALKTHROUGH_LIMITS = {
  maxSteps: 40,
  maxSayChars: 1200,
  maxHighlights: 12,
  maxVars: 16,
  /** An `until` or an act's `await` must happen within this long (simulated ms). */
  maxWaitMs: 180_000,
  /** The last moment a step may stand at. */
  maxAtMs: 3_600_000,
} as const;

/** Every trace event type, for checking `until` and `await` (the compiler checks it is complete). */
export const TRACE_TYPES = [
  'action.applied',
  'action.refused',
  'broker.fenced',
  'broker.isolation',
  'broker.status',
  'broker.unfenced',
  'config.changed',
  'consume.record',
  'consumer.fetch',
  'controller.active',
  'controller.elected',
  'controller.isolation',
  'controller.leaderAndIsr',
  'controller.loading',
  'controller.resigned',
  'controller.status',
  'coordinator.moved',
  'group.assign',
  'group.epoch',
  'group.join',
  'group.revoke',
  'group.state',
  'group.sync',
  'group.target',
  'hw.advance',
  'isr.expand',
  'isr.shrink',
  'leader.elected',
  'log.append',
  'log.compacted',
  'log.start.offset',
  'log.truncate',
  'member.assigned',
  'member.crashed',
  'member.fenced',
  'member.joined',
  'member.left',
  'member.reconcile',
  'member.stalled',
  'net.deliver',
  'net.drop',
  'net.send',
  'offset.commit',
  'offset.commit.failed',
  'offset.fetch',
  'offset.reset',
  'raft.hw',
  'raft.state',
  'raft.truncate',
  'raft.vote',
  'produce.acked',
  'produce.failed',
  'produce.record',
  'produce.sent',
  'producer.epoch.bump',
  'replica.fetch',
  'segment.deleted',
  'segment.removed',
  'segment.roll',
  'topic.created',
  'zookeeper.leader',
  'zookeeper.isolation',
  'zookeeper.session',
  'zookeeper.status',
  'znode.changed',
  'znode.created',
  'znode.deleted',
] as const satisfies readonly TraceType[];
// A trace event type missing above fails here.
type MissingTraceType = Exclude<TraceType, (typeof TRACE_TYPES)[number]>;
export const TRACE_TYPES_COMPLETE: MissingTraceType extends never ? true : never = true;

/** The fields each placeholder query needs besides `q` (`?` marks an optional one). */
export const VAR_FIELDS: Record<VarQuery, Record<string, 'string' | 'number' | 'number?'>> = {
  time: {},
  onlineBrokers: {},
  controller: {},
  controllerEpoch: {},
  brokerStatus: { broker: 'number' },
  partitionCount: { topic: 'string' },
  hw: { topic: 'string', partition: 'number' },
  leader: { topic: 'string', partition: 'number' },
  leaderEpoch: { topic: 'string', partition: 'number' },
  isr: { topic: 'string', partition: 'number' },
  isrSize: { topic: 'string', partition: 'number' },
  replicas: { topic: 'string', partition: 'number' },
  followers: { topic: 'string', partition: 'number' },
  logEnd: { topic: 'string', partition: 'number' },
  logStart: { topic: 'string', partition: 'number' },
  leo: { topic: 'string', partition: 'number', broker: 'number' },
  keyPartition: { topic: 'string', key: 'string' },
  sent: { producer: 'string' },
  acknowledged: { producer: 'string' },
  failed: { producer: 'string' },
  lastError: { producer: 'string' },
  failedWith: { error: 'string' },
  lost: {},
  isrShrinks: {},
  isrExpands: {},
  offlinePartitions: {},
  underReplicated: {},
  members: { group: 'string' },
  generation: { group: 'string' },
  groupState: { group: 'string' },
  idleMembers: { group: 'string' },
  idleCount: { group: 'string' },
  lag: { group: 'string' },
  consumed: { group: 'string' },
  assignment: { group: 'string', member: 'string' },
  assignedCount: { group: 'string', member: 'string' },
  committed: { group: 'string', topic: 'string', partition: 'number' },
  segments: { topic: 'string', partition: 'number', broker: 'number?' },
  activeSegment: { topic: 'string', partition: 'number', broker: 'number?' },
  firstSegment: { topic: 'string', partition: 'number', broker: 'number?' },
  indexEntries: { topic: 'string', partition: 'number', broker: 'number?' },
  activeSize: { topic: 'string', partition: 'number', broker: 'number?' },
  lookupSegment: { topic: 'string', partition: 'number', offset: 'number', broker: 'number?' },
  lookupEntry: { topic: 'string', partition: 'number', offset: 'number', broker: 'number?' },
  lookupPosition: { topic: 'string', partition: 'number', offset: 'number', broker: 'number?' },
  lookupEntryOffset: { topic: 'string', partition: 'number', offset: 'number', broker: 'number?' },
  recordsPerBatch: { producer: 'string' },
  requestRate: { producer: 'string' },
  recordRate: { producer: 'string' },
  byteRate: { producer: 'string' },
  compressionRate: { producer: 'string' },
  latencyP50: { producer: 'string' },
  latencyP99: { producer: 'string' },
  wireBytes: { producer: 'string' },
  uncompressedBytes: { producer: 'string' },
  topicDiskBytes: { topic: 'string' },
  groupCacheHitRatio: { group: 'string' },
  cacheHitRatio: { broker: 'number' },
  deviceReadBytes: { broker: 'number' },
  deviceWriteBytes: { broker: 'number' },
};
