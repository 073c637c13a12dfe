// Topics, by Kafka's rules (Topic.validate, the admin's errors for a new topic) and the simulator's caps.
import { validateTopicConfig } from '../../config/TopicConfig';
import type { ConfigMap, TopicSpec } from '../Scenario';
import type { Metadata } from '../scenarioErrors';
import {
  ID_PATTERN,
  checkFields,
  configMap,
  expectArray,
  expectObject,
  expectString,
  has,
  intField,
  join,
  missing,
  short,
} from './fields';
import { SCENARIO_LIMITS } from './limits';
import { refusal } from './report';
import type { Report } from './report';

/** Kafka's Topic.validate. */
function checkTopicName(name: string, path: string, r: Report): boolean {
  const max = SCENARIO_LIMITS.maxNameLength;
  if (name.length === 0) r.add(path, 'topic.nameEmpty', {});
  else if (name === '.' || name === '..') r.add(path, 'topic.nameDots', {});
  else if (name.length > max)
    r.add(path, 'topic.nameTooLong', { name: short(name), length: name.length, max });
  else if (!ID_PATTERN.test(name)) r.add(path, 'topic.nameChars', { name: short(name) });
  else return true;
  return false;
}

function unifyCollisionChars(name: string): string {
  return name.replace(/\./g, '_');
}

/** Kafka: "Topic 'x' already exists." / "Topic 'a_b' collides with existing topic: a.b". */
function checkTopicIsNew(
  name: string,
  existing: Iterable<string>,
  path: string,
  r: Report,
): boolean {
  if (name === '__consumer_offsets') {
    r.add(path, 'topic.internal', { name });
    return false;
  }
  for (const other of existing) {
    if (other === name) {
      r.add(path, 'topic.exists', { name });
      return false;
    }
    if (unifyCollisionChars(other) === unifyCollisionChars(name)) {
      r.add(path, 'topic.collides', { name, existing: other });
      return false;
    }
  }
  return true;
}

/** A broker id in 1..brokers (any id ≥ 1 when the broker count is not known). */
export function brokerIdBounds(brokers: number | undefined) {
  return {
    min: 1,
    max: brokers,
    tooSmall: (broker: number) => refusal('broker.belowOne', { broker }),
    tooBig: (broker: number) => refusal('broker.notFound', { broker, brokers: brokers! }),
  };
}

export interface TopicEnv {
  /** undefined when the cluster's broker count is itself refused. */
  brokers: number | undefined;
  metadata: Metadata;
  /** The topics that exist when this one is created. */
  existing: Iterable<string>;
}

const TOPIC_FIELDS = ['name', 'partitions', 'replicationFactor', 'assignment', 'config'] as const;

/** An explicit assignment: one list of distinct broker ids per partition, `rf` long. */
function validateAssignment(
  v: unknown,
  path: string,
  partitions: number | undefined,
  rf: number | undefined,
  env: TopicEnv,
  r: Report,
): number[][] | undefined {
  if (!expectArray(v, path, r)) return undefined;
  if (partitions !== undefined && v.length !== partitions)
    r.add(path, 'topic.assignmentPartitions', { listed: v.length, partitions });
  const assignment: number[][] = [];
  v.forEach((replicas, partition) => {
    const pp = `${path}[${partition}]`;
    if (!expectArray(replicas, pp, r)) return;
    if (rf !== undefined && replicas.length !== rf)
      r.add(pp, 'topic.assignmentReplicas', { partition, replicas: replicas.length, rf });
    const ids: number[] = [];
    replicas.forEach((id, i) => {
      const b = intField(id, `${pp}[${i}]`, brokerIdBounds(env.brokers), r);
      if (b !== undefined) ids.push(b);
    });
    if (new Set(ids).size !== ids.length)
      r.add(pp, 'topic.assignmentDuplicate', { partition, brokers: ids.slice(0, 11) });
    assignment.push(ids);
  });
  return assignment;
}

/** A topic of `topics` or of a createTopic action; the clean spec, or undefined when refused. */
export function validateTopicSpec(
  v: unknown,
  path: string,
  env: TopicEnv,
  r: Report,
): TopicSpec | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, TOPIC_FIELDS, path, r);

  let name: string | undefined;
  const np = join(path, 'name');
  if (!has(v, 'name')) missing(np, r);
  else if (expectString(v.name, np, r) && checkTopicName(v.name, np, r)) {
    if (checkTopicIsNew(v.name, env.existing, np, r)) name = v.name;
  }

  let partitions: number | undefined;
  const pp = join(path, 'partitions');
  if (!has(v, 'partitions')) missing(pp, r);
  else {
    const max = SCENARIO_LIMITS.maxPartitionsPerTopic;
    partitions = intField(
      v.partitions,
      pp,
      {
        min: 1,
        max,
        tooSmall: () => refusal('topic.noPartitions', {}),
        tooBig: (value) => refusal('topic.tooManyPartitions', { max, value }),
      },
      r,
    );
  }

  let rf: number | undefined;
  const rp = join(path, 'replicationFactor');
  if (!has(v, 'replicationFactor')) missing(rp, r);
  else {
    const { brokers, metadata } = env;
    rf = intField(
      v.replicationFactor,
      rp,
      {
        min: 1,
        max: brokers,
        tooSmall: () => refusal('topic.noReplicas', {}),
        tooBig: (n) => refusal('topic.replicationFactor', { rf: n, brokers: brokers!, metadata }),
      },
      r,
    );
  }

  let assignment: number[][] | undefined;
  if (has(v, 'assignment'))
    assignment = validateAssignment(v.assignment, join(path, 'assignment'), partitions, rf, env, r);

  let config: ConfigMap | undefined;
  if (has(v, 'config')) config = configMap(v.config, join(path, 'config'), r, validateTopicConfig);

  if (r.count !== before || name === undefined || partitions === undefined || rf === undefined)
    return undefined;
  const spec: TopicSpec = { name, partitions, replicationFactor: rf };
  if (assignment) spec.assignment = assignment;
  if (config) spec.config = config;
  return spec;
}
