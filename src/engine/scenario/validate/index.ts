// Scenario v1 validation (design.md, "The headless contract"): an unknown field or an invalid value is
// refused with an error naming the field (a path like `topics[0].replicationFactor`), a code and its
// params; the sentences, Korean and English (Kafka's wording for Kafka's own checks), are in
// src/content/errors. Nothing is silently dropped.
//
// Decisions:
// - `seed` may be omitted (default 1); when given it must be an unsigned 32-bit integer (the PRNG's seed).
// - Filled defaults: topics/producers/consumerGroups/actions = [], cluster.metadata = 'kraft', seed = 1.
//   Config maps stay raw (resolve them with config/*.ts); other optional fields are left as given.
// - Caps (SCENARIO_LIMITS) keep a run inside a browser tab: brokers ≤ 50, partitions per topic ≤ 1000,
//   members per group ≤ 1000, ratePerSec ≤ 10000 per producer; and, for the whole scenario: at most 1 MiB
//   of JSON nested at most 32 deep, 10000 actions at ≤ 1 week, 100 topics, 32000 partition replicas
//   (__consumer_offsets included), 100 producers sending ≤ 10000 records and ≤ 10 MiB per second together,
//   100 groups with ≤ 1000 members together. The shape (size, depth) is checked first, without recursion,
//   so that hostile input cannot overflow the stack or take long; past 100 errors only the count is kept.
// - A record must fit Kafka's limits: the producer's max.request.size (RecordTooLargeException, checked on
//   the serialized size upper bound as KafkaProducer does) and, uncompressed, the topic's max.message.bytes
//   (the broker's MESSAGE_TOO_LARGE) — and the simulator's 1 MiB per record.
// - Producer and group ids: 1–249 characters from [a-zA-Z0-9._-] (they appear in `producer:<id>` targets,
//   member ids `<group>-<n>`, links and test ids).
// - Actions are checked in the order the engine applies them: by `at`, then by position in the array. A topic
//   must exist when an action uses it (a createTopic earlier in that order counts). Member ids follow
//   `<group>-<n>`: the initial members are 1..members, addConsumer takes the next unused number (never reused).
// - min.insync.replicas above the replication factor is allowed, as in Kafka (acks=all writes then fail).
//
// Layout: schema.ts (size, nesting, top-level fields), cluster.ts, topics.ts, clients.ts (producers,
// workloads, groups), records.ts (record size limits), actions.ts + setConfig.ts (ACTION_RULES, one row
// per action kind; actionRules.ts is the row's shape), lookups.ts (entities an action names), context.ts
// (the run's state an action is checked against), fields.ts (shared field readers), report.ts (the
// error list and its cap), limits.ts (SCENARIO_LIMITS). The codes: ../scenarioErrors.ts.
import type { EngineError, ErrorCode } from '../../common/EngineError';
import { resolveBrokerConfig } from '../../config/BrokerConfig';
import type { BrokerConfig } from '../../config/types';
import type {
  Action,
  ClusterSpec,
  ConsumerGroupSpec,
  ProducerSpec,
  Scenario,
  TopicSpec,
} from '../Scenario';
import { applyAction } from '../applyAction';
import { initialModel } from '../ScenarioModel';
import { clusterBasics, validateCluster } from './cluster';
import { checkMembersTotal, checkWorkloads, validateGroup, validateProducer } from './clients';
import { offsetsTopicReplicas } from './context';
import { checkAction } from './actions';
import { got, has, isObj, missing } from './fields';
import { SCENARIO_LIMITS, SCENARIO_VERSION } from './limits';
import { Report } from './report';
import { checkShape, readArrays, validateHeader } from './schema';
import { validateTopicSpec } from './topics';

export { ACTION_KINDS } from './actions';
export { validateAction } from '../applyAction';
export { contextFromScenario } from './context';
export type { ValidationConfigs, ValidationContext, WorkloadInfo } from './context';
export { DEFAULT_SEED, SCENARIO_LIMITS, SCENARIO_VERSION } from './limits';
export { estimateRecordSizeUpperBound } from './records';

/** A scenario or action error: an EngineError (the old name, kept for importers). */
export type ScenarioError = EngineError;

export type ValidationResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: EngineError[] };

/** One error as a line of Error.message: `path: code {params}` (the engine has no words). */
function errorLine(e: EngineError): string {
  const what = `${e.code} ${JSON.stringify(e.params)}`;
  return e.path ? `${e.path}: ${what}` : what;
}

/**
 * Thrown by parseScenario (and by the Simulation for a refused scenario or action). Its `errors` are
 * data; render them with src/content/errors (formatError). `message` lists them as `path: code {params}`,
 * one per line, for logs and stack traces.
 */
export class ScenarioValidationError extends Error {
  override readonly name = 'ScenarioValidationError';
  readonly errors: EngineError[];

  constructor(errors: EngineError[]) {
    super(errors.map(errorLine).join('\n'));
    this.errors = errors;
  }
}

/** The errors about an action's own shape, which do not depend on the state it acts on. */
const SHAPE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'field.missing',
  'field.unknown',
  'action.unknown',
  'value.wrongType',
  'value.atLeast',
  'value.atMost',
]);

/** The moment an action applies at, for ordering (Infinity when `at` is refused). */
function atOf(a: unknown): number {
  if (!isObj(a)) return Infinity;
  const at = a.at;
  return typeof at === 'number' &&
    Number.isInteger(at) &&
    at >= 0 &&
    at <= SCENARIO_LIMITS.maxTimeMs
    ? at
    : Infinity;
}

/**
 * Validate a scenario (parsed JSON). On success, a clean copy with defaults filled:
 * seed 1, cluster.metadata 'kraft', topics/producers/consumerGroups/actions [] (config maps stay raw).
 */
export function validateScenario(input: unknown): ValidationResult {
  const r = new Report();
  if (!isObj(input)) {
    r.add('', 'scenario.notObject', got(input));
    return { ok: false, errors: r.list() };
  }
  if (!checkShape(input, r)) return { ok: false, errors: r.list() };
  const seed = validateHeader(input, r);

  let cluster: ClusterSpec | undefined;
  if (!has(input, 'cluster')) missing('cluster', r);
  else cluster = validateCluster(input.cluster, r);
  // Go on with what is known, so that one run reports as much as it can.
  const { brokers, metadata } = clusterBasics(input.cluster, cluster);
  let brokerConfig: BrokerConfig | undefined;
  if (cluster) {
    try {
      brokerConfig = resolveBrokerConfig(cluster.config ?? {});
    } catch {
      brokerConfig = undefined;
    }
  }

  const { arrays, tooLong } = readArrays(input, r);

  const topics: TopicSpec[] = [];
  const topicNames: string[] = [];
  let topicsOk = !tooLong.has('topics');
  arrays.topics.forEach((t, i) => {
    const env = { brokers, metadata, existing: topicNames };
    const spec = validateTopicSpec(t, `topics[${i}]`, env, r);
    if (spec) topics.push(spec);
    else topicsOk = false;
    if (isObj(t) && typeof t.name === 'string') topicNames.push(t.name);
  });

  // Topics that exist at some point of the run: for workloads and subscriptions.
  const knownTopics = new Set(topicNames);
  for (const a of arrays.actions)
    if (isObj(a) && a.do === 'createTopic' && isObj(a.topic) && typeof a.topic.name === 'string')
      knownTopics.add(a.topic.name);

  const producers: ProducerSpec[] = [];
  const producerIds = new Set<string>();
  let producersOk = !tooLong.has('producers');
  arrays.producers.forEach((p, i) => {
    const spec = validateProducer(p, `producers[${i}]`, producerIds, knownTopics, r);
    if (spec) producers.push(spec);
    else producersOk = false;
  });

  const groups: ConsumerGroupSpec[] = [];
  const groupIds = new Set<string>();
  let groupsOk = !tooLong.has('consumerGroups');
  arrays.consumerGroups.forEach((g, i) => {
    const spec = validateGroup(g, `consumerGroups[${i}]`, groupIds, knownTopics, brokerConfig, r);
    if (spec) groups.push(spec);
    else groupsOk = false;
  });

  // Caps on the cluster as a whole.
  const internalReplicas =
    arrays.consumerGroups.length > 0 && cluster
      ? offsetsTopicReplicas(cluster.config ?? {}, cluster.brokers)
      : 0;
  let replicas = internalReplicas;
  const maxReplicas = SCENARIO_LIMITS.maxReplicas;
  topics.forEach((t) => {
    const before = replicas;
    replicas += t.partitions * t.replicationFactor;
    if (replicas > maxReplicas && before <= maxReplicas) {
      const path = `topics[${topicNames.indexOf(t.name)}].partitions`;
      r.add(path, 'cluster.tooManyReplicas', {
        max: maxReplicas,
        total: replicas,
        internal: internalReplicas,
      });
      topicsOk = false;
    }
  });
  if (!checkMembersTotal(groups, r)) groupsOk = false;
  const { workloads, ok: workloadsOk } = checkWorkloads(producers, topics, cluster, r);
  if (!workloadsOk) producersOk = false;

  // Actions, in the order the engine applies them: by `at`, then by position.
  const rawActions = arrays.actions;
  const actions: (Action | undefined)[] = new Array<Action | undefined>(rawActions.length);
  if (brokers !== undefined && topicsOk && producersOk && groupsOk) {
    let model = initialModel({
      brokers,
      controllers: cluster?.controllers,
      zookeeperServers: cluster?.zookeeper?.servers,
      metadata,
      cluster: cluster?.config ?? {},
      topics,
      producers,
      groups,
      internalReplicas,
      workloads,
    });
    const order = rawActions
      .map((a, i) => ({ i, at: atOf(a) }))
      .sort((x, y) => x.at - y.at || x.i - y.i);
    for (const { i } of order) {
      const result = applyAction(model, rawActions[i], `actions[${i}]`);
      if (result.ok) {
        actions[i] = result.action;
        model = result.model;
      } else for (const e of result.errors) r.push(e);
    }
  } else if (rawActions.length > 0) {
    // The state the actions act on is broken; check each action's shape only.
    const state = initialModel({
      brokers: brokers ?? SCENARIO_LIMITS.maxBrokers,
      metadata,
      cluster: {},
      topics: [],
      producers: [],
      groups: [],
      internalReplicas: 0,
      workloads: [],
    });
    rawActions.forEach((a, i) => {
      const sub = new Report();
      checkAction(a, state, `actions[${i}]`, sub);
      for (const e of sub.errors) if (SHAPE_CODES.has(e.code)) r.push(e);
    });
  }

  if (r.count > 0 || !cluster || seed === undefined) return { ok: false, errors: r.list() };
  return {
    ok: true,
    scenario: {
      version: SCENARIO_VERSION,
      seed,
      cluster,
      topics,
      producers,
      consumerGroups: groups,
      actions: actions as Action[],
    },
  };
}

/** validateScenario, throwing ScenarioValidationError (for the CLI and tests). */
export function parseScenario(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new ScenarioValidationError(result.errors);
  return result.scenario;
}
