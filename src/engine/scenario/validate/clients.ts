// Producers (their configs and workloads) and consumer groups, and the caps on all of them together:
// members, records and bytes per second, and each workload's record size against Kafka's limits.
import { validateConsumerConfig } from '../../config/ConsumerConfig';
import { validateProducerConfig } from '../../config/ProducerConfig';
import type { BrokerConfig } from '../../config/types';
import type {
  ClusterSpec,
  ConfigMap,
  ConsumerGroupSpec,
  ProducerSpec,
  TopicSpec,
  WorkloadSpec,
} from '../Scenario';
import type { WorkloadInfo } from './context';
import {
  checkFields,
  configMap,
  expectArray,
  expectObject,
  expectString,
  got,
  has,
  idField,
  intField,
  join,
  missing,
  numberField,
  short,
} from './fields';
import type { Obj } from './fields';
import { SCENARIO_LIMITS } from './limits';
import { recordLimits, recordTooLarge, workloadBlame, workloadInfo } from './records';
import { refusal } from './report';
import type { Refusal, Report } from './report';

const L = SCENARIO_LIMITS;
const PRODUCER_FIELDS = ['id', 'config', 'workload'] as const;
const WORKLOAD_FIELDS = ['topic', 'ratePerSec', 'keys', 'valueBytes'] as const;
const GROUP_FIELDS = ['id', 'topics', 'members', 'config', 'processingMsPerRecord'] as const;

/** A topic that neither `topics` nor a createTopic action defines. */
function topicUndefined(topic: string, path: string, r: Report): void {
  r.add(path, 'topic.undefined', { topic: short(topic) });
}

function tooManyMembers(path: string, total: number, r: Report): void {
  r.add(path, 'cluster.tooManyMembers', { max: L.maxMembers, total });
}

/** An id, unique among `seen`; `duplicate` is the code for one seen before. */
function uniqueId(
  o: Obj,
  path: string,
  seen: Set<string>,
  duplicate: (id: string) => Refusal,
  r: Report,
): string | undefined {
  const ip = join(path, 'id');
  if (!has(o, 'id')) {
    missing(ip, r);
    return undefined;
  }
  const id = idField(o.id, ip, r);
  if (id === undefined) return undefined;
  if (seen.has(id)) r.refuse(ip, duplicate(id));
  seen.add(id);
  return id;
}

function validateWorkload(
  w: Obj,
  wp: string,
  knownTopics: ReadonlySet<string>,
  r: Report,
): WorkloadSpec | undefined {
  checkFields(w, WORKLOAD_FIELDS, wp, r);
  let topic: string | undefined;
  const tp = join(wp, 'topic');
  if (!has(w, 'topic')) missing(tp, r);
  else if (expectString(w.topic, tp, r)) {
    if (knownTopics.has(w.topic)) topic = w.topic;
    else topicUndefined(w.topic, tp, r);
  }
  let rate: number | undefined;
  const rp = join(wp, 'ratePerSec');
  if (!has(w, 'ratePerSec')) missing(rp, r);
  else
    rate = numberField(
      w.ratePerSec,
      rp,
      {
        min: 0,
        max: L.maxRatePerSec,
        tooBig: (value) => refusal('workload.tooFast', { max: L.maxRatePerSec, value }),
      },
      r,
    );
  // `"keys": null` is the same as leaving keys out: keyless records.
  let keys: (string | null)[] | null | undefined;
  if (w.keys === null) keys = null;
  else if (has(w, 'keys') && expectArray(w.keys, join(wp, 'keys'), r)) {
    const out: (string | null)[] = [];
    w.keys.forEach((k, i) => {
      if (k === null || typeof k === 'string') out.push(k);
      else r.add(`${wp}.keys[${i}]`, 'workload.keyType', got(k));
    });
    keys = out;
  }
  let valueBytes: number | undefined;
  if (has(w, 'valueBytes'))
    valueBytes = intField(w.valueBytes, join(wp, 'valueBytes'), { min: 0, max: 2147483647 }, r);
  if (topic === undefined || rate === undefined) return undefined;
  const workload: WorkloadSpec = { topic, ratePerSec: rate };
  if (keys !== undefined) workload.keys = keys;
  if (valueBytes !== undefined) workload.valueBytes = valueBytes;
  return workload;
}

export function validateProducer(
  v: unknown,
  path: string,
  seen: Set<string>,
  knownTopics: ReadonlySet<string>,
  r: Report,
): ProducerSpec | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, PRODUCER_FIELDS, path, r);
  const id = uniqueId(v, path, seen, (x) => refusal('producer.duplicate', { id: x }), r);

  let config: ConfigMap | undefined;
  if (has(v, 'config'))
    config = configMap(v.config, join(path, 'config'), r, validateProducerConfig);

  let workload: WorkloadSpec | undefined;
  const wp = join(path, 'workload');
  if (has(v, 'workload') && expectObject(v.workload, wp, r))
    workload = validateWorkload(v.workload, wp, knownTopics, r);

  if (r.count !== before || id === undefined) return undefined;
  const out: ProducerSpec = { id };
  if (config) out.config = config;
  if (workload) out.workload = workload;
  return out;
}

function validateSubscription(
  v: unknown,
  tp: string,
  knownTopics: ReadonlySet<string>,
  r: Report,
): string[] {
  const topics: string[] = [];
  if (!expectArray(v, tp, r)) return topics;
  if (v.length === 0) r.add(tp, 'group.noTopics', {});
  if (v.length > L.maxTopics) {
    r.add(tp, 'group.tooManyTopics', { max: L.maxTopics, count: v.length });
    return topics;
  }
  v.forEach((t, i) => {
    const p = `${tp}[${i}]`;
    if (!expectString(t, p, r)) return;
    if (!knownTopics.has(t)) topicUndefined(t, p, r);
    else if (topics.includes(t)) r.add(p, 'group.topicTwice', { topic: t });
    topics.push(t);
  });
  return topics;
}

export function validateGroup(
  v: unknown,
  path: string,
  seen: Set<string>,
  knownTopics: ReadonlySet<string>,
  broker: BrokerConfig | undefined,
  r: Report,
): ConsumerGroupSpec | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, GROUP_FIELDS, path, r);
  const id = uniqueId(v, path, seen, (x) => refusal('group.duplicate', { id: x }), r);

  const tp = join(path, 'topics');
  let topics: string[] = [];
  if (!has(v, 'topics')) missing(tp, r);
  else topics = validateSubscription(v.topics, tp, knownTopics, r);

  let members: number | undefined;
  const mp = join(path, 'members');
  if (!has(v, 'members')) missing(mp, r);
  else {
    const max = L.maxMembersPerGroup;
    members = intField(
      v.members,
      mp,
      { min: 0, max, tooBig: (value) => refusal('group.tooManyMembers', { max, value }) },
      r,
    );
  }

  let config: ConfigMap | undefined;
  if (has(v, 'config'))
    config = configMap(v.config, join(path, 'config'), r, (m) => validateConsumerConfig(m, broker));

  let processing: number | undefined;
  if (has(v, 'processingMsPerRecord')) {
    const max = L.maxProcessingMsPerRecord;
    processing = intField(
      v.processingMsPerRecord,
      join(path, 'processingMsPerRecord'),
      { min: 0, max, tooBig: (value) => refusal('group.processingTooLong', { max, value }) },
      r,
    );
  }

  if (r.count !== before || id === undefined || members === undefined) return undefined;
  const out: ConsumerGroupSpec = { id, topics, members };
  if (config) out.config = config;
  if (processing !== undefined) out.processingMsPerRecord = processing;
  return out;
}

/** The members of all groups together, held to the cap: false when a group passes it (reported there). */
export function checkMembersTotal(groups: readonly ConsumerGroupSpec[], r: Report): boolean {
  let members = 0;
  let ok = true;
  groups.forEach((g, i) => {
    members += g.members;
    if (members > L.maxMembers && members - g.members <= L.maxMembers) {
      tooManyMembers(`consumerGroups[${i}].members`, members, r);
      ok = false;
    }
  });
  return ok;
}

/**
 * The workloads of all producers: each one's largest record against Kafka's limits, and their records
 * and bytes per second together against the caps. Their infos, and whether all passed.
 */
export function checkWorkloads(
  producers: readonly ProducerSpec[],
  topics: readonly TopicSpec[],
  cluster: ClusterSpec | undefined,
  r: Report,
): { workloads: WorkloadInfo[]; ok: boolean } {
  const workloads: WorkloadInfo[] = [];
  let ok = true;
  let rate = 0;
  let bytesPerSec = 0;
  producers.forEach((p, i) => {
    if (!p.workload) return;
    const w = workloadInfo(p.id, p.workload, `producers[${i}].workload`);
    workloads.push(w);
    const topic = topics.find((t) => t.name === w.topic);
    const limits = recordLimits(
      p.config ?? {},
      topic ? (topic.config ?? {}) : undefined,
      cluster?.config ?? {},
    );
    const big = limits && recordTooLarge(w.keyBytes, w.valueBytes, limits);
    if (big) {
      r.refuse(workloadBlame(w), big);
      ok = false;
    }
    const rp = `${w.path}.ratePerSec`;
    const before = { rate, bytesPerSec };
    rate += p.workload.ratePerSec;
    bytesPerSec += p.workload.ratePerSec * ((w.keyBytes ?? 0) + w.valueBytes);
    if (rate > L.maxTotalRatePerSec && before.rate <= L.maxTotalRatePerSec) {
      r.add(rp, 'workload.totalRate', { max: L.maxTotalRatePerSec, rate });
      ok = false;
    } else if (bytesPerSec > L.maxBytesPerSec && before.bytesPerSec <= L.maxBytesPerSec) {
      r.add(rp, 'workload.totalBytes', { max: L.maxBytesPerSec, total: Math.round(bytesPerSec) });
      ok = false;
    }
  });
  return { workloads, ok };
}
