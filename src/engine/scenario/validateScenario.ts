// Scenario v1 validation (design.md, "The headless contract"): an unknown field or an invalid value is
// rejected with a message naming the field (a path like `topics[0].replicationFactor`), in English and
// Korean; nothing is silently dropped. Kafka's own checks use Kafka's wording.
//
// Decisions:
// - `seed` may be omitted (default 1); when given it must be an unsigned 32-bit integer (the PRNG's seed).
// - Filled defaults: topics/producers/consumerGroups/actions = [], cluster.metadata = 'kraft', seed = 1.
//   Config maps stay raw (resolve them with config/*.ts); other optional fields are left as given.
// - Caps (SCENARIO_LIMITS) keep a run inside a browser tab: brokers ≤ 50, partitions per topic ≤ 1000,
//   members per group ≤ 1000, ratePerSec ≤ 10000 per producer; and, for the whole scenario: at most 1 MiB
//   of JSON nested at most 32 deep, 10000 actions at ≤ 1 week, 100 topics, 10000 partition replicas
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

import {
  BROKER_CONFIG_DEF,
  checkDynamicBrokerConfigs,
  resolveBrokerConfig,
  resolveBrokerTopicDefaults,
  validateBrokerConfig,
} from '../config/BrokerConfig';
import type { ConfigDef, ConfigException } from '../config/ConfigDef';
import { suggestName } from '../config/ConfigDef';
import {
  CONSUMER_CONFIG_DEF,
  validateConsumerConfig,
  withConsumerConfig,
} from '../config/ConsumerConfig';
import {
  PRODUCER_CONFIG_DEF,
  resolveProducerConfig,
  validateProducerConfig,
} from '../config/ProducerConfig';
import { TOPIC_CONFIG_DEF, resolveTopicConfig, validateTopicConfig } from '../config/TopicConfig';
import { utf8Length } from '../record/ByteUtils';
import type { BrokerConfig } from '../config/types';
import type {
  Action,
  ActionKind,
  ClusterSpec,
  ConfigMap,
  ConfigValue,
  ConsumerGroupSpec,
  NetworkSpec,
  ProducerSpec,
  Scenario,
  TopicSpec,
  WorkloadSpec,
} from './Scenario';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export interface ScenarioError {
  /** Where: `topics[0].replicationFactor`, `producers[1].config.acks`, `actions[3].broker`; '' = the whole input. */
  path: string;
  message: string;
  messageKo: string;
}

export type ValidationResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Thrown by parseScenario; `message` lists every English message, one per line, prefixed by its path. */
export class ScenarioValidationError extends Error {
  override readonly name = 'ScenarioValidationError';
  readonly errors: ScenarioError[];

  constructor(errors: ScenarioError[]) {
    super(errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n'));
    this.errors = errors;
  }

  /** The same list in Korean. */
  get messageKo(): string {
    return this.errors.map((e) => (e.path ? `${e.path}: ${e.messageKo}` : e.messageKo)).join('\n');
  }
}

/** Raw config maps as they stand, for checks that involve more than one key (optional). */
export interface ValidationConfigs {
  cluster?: ConfigMap;
  /** Per-broker overrides (setConfig broker:<id>), merged over `cluster`. */
  brokers?: ReadonlyMap<number, ConfigMap>;
  topics?: ReadonlyMap<string, ConfigMap>;
  producers?: ReadonlyMap<string, ConfigMap>;
  groups?: ReadonlyMap<string, ConfigMap>;
}

/** What validateAction needs to know about the running simulation. */
export interface ValidationContext {
  /** Broker ids are 1..brokers. */
  brokers: number;
  /** Picks Kafka's wording (KRaft vs ZooKeeper-era admin errors). Default 'kraft'. */
  metadata?: 'kraft' | 'zookeeper';
  /** Topic name → current partition count. */
  topics: ReadonlyMap<string, number>;
  producers: ReadonlySet<string>;
  /** Group id → its current member ids (`<group>-<n>`). */
  groups: ReadonlyMap<string, readonly string[]>;
  configs?: ValidationConfigs;
  /** Topic name → replication factor: with it, createTopic/addPartitions are held to SCENARIO_LIMITS.maxReplicas. */
  replicationFactors?: ReadonlyMap<string, number>;
  /** Partition replicas of __consumer_offsets (0 without groups), counted with replicationFactors. */
  internalReplicas?: number;
  /** The producers' workloads: a setConfig or createTopic must leave their records within Kafka's limits. */
  workloads?: readonly WorkloadInfo[];
}

/** A workload's largest record, for the record size limits. */
export interface WorkloadInfo {
  producer: string;
  topic: string;
  /** UTF-8 bytes of its longest key; null when every record is keyless. */
  keyBytes: number | null;
  valueBytes: number;
  /** Where the scenario defines it (`producers[0].workload`). */
  path: string;
}

export const SCENARIO_VERSION = 1;
export const DEFAULT_SEED = 1;

export const SCENARIO_LIMITS = {
  /** Every broker is an actor with fetchers and a log per replica, and is drawn: 50 keeps a tab responsive. */
  maxBrokers: 50,
  /** Each partition's replicas, segments and indexes live in the page's memory. */
  maxPartitionsPerTopic: 1000,
  maxMembersPerGroup: 1000,
  /** Records per second per producer's workload: each record is several simulated events. */
  maxRatePerSec: 10000,
  /** Kafka's Topic.MAX_NAME_LENGTH. */
  maxNameLength: 249,
  maxSeed: 0xffffffff,
  maxLatencyMs: 60000,
  maxSlowFactor: 1000,
  /** stallConsumer: an hour at most. */
  maxStallMs: 3_600_000,
  /** processingMsPerRecord: an hour at most. */
  maxProcessingMsPerRecord: 3_600_000,
  /** A message takes at least 1 ms: at 0, request/response loops (fetch.max.wait.ms=0 …) would never let time move. */
  minLatencyMs: 1,
  /**
   * The latest simulated moment an action (or the CLI's --until) may name: a week, Kafka's default
   * retention.ms, so a retention run fits. Live actions in the app carry their moment too, so a
   * short cap would refuse clicks in a long run; the CLI bounds the work by events instead.
   */
  maxTimeMs: 604_800_000,
  /** The scenario as JSON text, about: 1 MiB. */
  maxScenarioChars: 1_048_576,
  /** Objects and arrays nested in each other (the scenario's own deepest field is 7 levels down). */
  maxDepth: 32,
  maxActions: 10_000,
  /** Topics in `topics` plus createTopic actions. */
  maxTopics: 100,
  /** Partition replicas in the whole cluster (partitions × replication factor, __consumer_offsets included). */
  maxReplicas: 10_000,
  maxProducers: 100,
  maxGroups: 100,
  /** Members of all groups together, at any moment. */
  maxMembers: 1000,
  /** Records per second of all workloads together. */
  maxTotalRatePerSec: 10_000,
  /** Bytes per second (key + value) of all workloads together: 10 MiB. */
  maxBytesPerSec: 10 * 1024 * 1024,
  /** One record, serialized as Kafka's producer estimates it: 1 MiB (Kafka's default max.request.size). */
  maxRecordBytes: 1_048_576,
  /** Errors listed; past this only their number is reported. */
  maxErrors: 100,
} as const;

export const ACTION_KINDS: readonly ActionKind[] = [
  'produce',
  'killBroker',
  'shutdownBroker',
  'restartBroker',
  'isolateBroker',
  'healBroker',
  'slowBroker',
  'addConsumer',
  'removeConsumer',
  'crashConsumer',
  'stallConsumer',
  'setConfig',
  'createTopic',
  'addPartitions',
];

const ACTION_FIELDS: Record<ActionKind, readonly string[]> = {
  produce: ['producer', 'topic', 'key', 'value', 'partition'],
  killBroker: ['broker'],
  shutdownBroker: ['broker'],
  restartBroker: ['broker'],
  isolateBroker: ['broker'],
  healBroker: ['broker'],
  slowBroker: ['broker', 'factor'],
  addConsumer: ['group'],
  removeConsumer: ['group', 'member'],
  crashConsumer: ['group', 'member'],
  stallConsumer: ['group', 'member', 'ms'],
  setConfig: ['target', 'key', 'value'],
  createTopic: ['topic'],
  addPartitions: ['topic', 'count'],
};

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

class Report {
  /** The first SCENARIO_LIMITS.maxErrors errors. */
  readonly errors: ScenarioError[] = [];
  private total = 0;

  add(path: string, message: string, messageKo: string): void {
    this.total++;
    if (this.errors.length < SCENARIO_LIMITS.maxErrors)
      this.errors.push({ path, message, messageKo });
  }

  config(base: string, e: ConfigException): void {
    this.add(e.key !== undefined ? join(base, e.key) : base, e.message, e.messageKo);
  }

  /** Every error found, listed or not. */
  get count(): number {
    return this.total;
  }

  /** The listed errors, and a last one (at `path`) counting those left out. */
  list(path = ''): ScenarioError[] {
    const left = this.total - this.errors.length;
    if (left <= 0) return this.errors;
    return [
      ...this.errors,
      {
        path,
        message: `… and ${left} more error(s), not listed.`,
        messageKo: `… 그 밖에 오류가 ${left}개 더 있습니다(목록에서 생략).`,
      },
    ];
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Is the field present? (A field set to undefined, which JSON cannot hold, counts as absent.) */
function has(o: Obj, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined;
}

/** A field name as a path or a message shows it: a hostile 1 MiB key is cut short. */
function fieldName(k: string): string {
  return k.length > 64 ? `${k.slice(0, 61)}...` : k;
}

function join(base: string, field: string): string {
  if (field === '') return `${base}[""]`; // an empty key still names a field: never the whole input's ''
  const f = fieldName(field);
  return base ? `${base}.${f}` : f;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A name from the input, as a message quotes it (ids and topic names can be long or hostile). */
function short(s: string): string {
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}

/** JSON of a string, shortened; only the start of a long string is encoded. */
function jsonString(s: string): string {
  return clip(JSON.stringify(s.length > 64 ? s.slice(0, 64) : s));
}

/** How a value reads in a message. */
function show(v: unknown): { en: string; ko: string } {
  if (v === undefined) return { en: 'nothing', ko: '값 없음' };
  if (v === null) return { en: 'null', ko: 'null' };
  if (typeof v === 'string')
    return { en: `the string ${jsonString(v)}`, ko: `문자열 ${jsonString(v)}` };
  if (typeof v === 'number') return { en: `the number ${v}`, ko: `숫자 ${v}` };
  if (typeof v === 'boolean') return { en: `${v}`, ko: `${v}` };
  if (Array.isArray(v)) return { en: 'an array', ko: '배열' };
  if (typeof v === 'object') return { en: 'an object', ko: '객체' };
  return { en: typeof v, ko: typeof v };
}

/**
 * A value as JSON would print it, shortened: "x", 3, null; an array or object is only named ([…], {…}):
 * printing it could recurse as deep as the input is nested.
 */
function quote(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return '[…]';
  if (typeof v === 'object') return '{…}';
  return typeof v;
}

function listOf(items: Iterable<string | number>, max = 10): string {
  const all = [...items].map((x) => short(String(x)));
  if (all.length === 0) return '(none)';
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
}

function listOfKo(items: Iterable<string | number>, max = 10): string {
  const all = [...items].map((x) => short(String(x)));
  if (all.length === 0) return '(없음)';
  return all.length > max ? `${all.slice(0, max).join(', ')}, …` : all.join(', ');
}

/** Report every own field of `o` that is not in `allowed`, with a "did you mean". */
function checkFields(o: Obj, allowed: readonly string[], path: string, r: Report): void {
  for (const k of Object.keys(o)) {
    if (allowed.includes(k) || o[k] === undefined) continue;
    const s = suggestName(k, allowed);
    const f = fieldName(k);
    r.add(
      join(path, k),
      s
        ? `Unknown field "${f}"; did you mean "${s}"?`
        : `Unknown field "${f}". Fields allowed here: ${allowed.join(', ')}.`,
      s
        ? `알 수 없는 필드 "${f}"입니다. 혹시 "${s}"을(를) 쓰려던 것인가요?`
        : `알 수 없는 필드 "${f}"입니다. 여기에 쓸 수 있는 필드: ${allowed.join(', ')}.`,
    );
  }
}

function missing(path: string, r: Report): void {
  const field = path.slice(path.lastIndexOf('.') + 1);
  r.add(path, `Missing required field "${field}".`, `필수 필드 "${field}"이(가) 없습니다.`);
}

function expectObject(v: unknown, path: string, r: Report): v is Obj {
  if (isObj(v)) return true;
  const d = show(v);
  r.add(path, `Expected an object, got ${d.en}.`, `객체여야 하는데 ${d.ko}입니다.`);
  return false;
}

function expectArray(v: unknown, path: string, r: Report): v is unknown[] {
  if (Array.isArray(v)) return true;
  const d = show(v);
  r.add(path, `Expected an array, got ${d.en}.`, `배열이어야 하는데 ${d.ko}입니다.`);
  return false;
}

function expectString(v: unknown, path: string, r: Report): v is string {
  if (typeof v === 'string') return true;
  const d = show(v);
  r.add(path, `Expected a string, got ${d.en}.`, `문자열이어야 하는데 ${d.ko}입니다.`);
  return false;
}

interface Bounds {
  min?: number;
  max?: number;
  /** Replace the generic "at most" message (a cap with its reason). */
  tooBig?: (v: number) => { en: string; ko: string };
  tooSmall?: (v: number) => { en: string; ko: string };
}

function checkBounds(v: number, path: string, b: Bounds, r: Report): boolean {
  if (b.min !== undefined && v < b.min) {
    const m = b.tooSmall?.(v) ?? {
      en: `Must be at least ${b.min}, got ${v}.`,
      ko: `${b.min} 이상이어야 합니다(지금 값: ${v}).`,
    };
    r.add(path, m.en, m.ko);
    return false;
  }
  if (b.max !== undefined && v > b.max) {
    const m = b.tooBig?.(v) ?? {
      en: `Must be at most ${b.max}, got ${v}.`,
      ko: `${b.max} 이하여야 합니다(지금 값: ${v}).`,
    };
    r.add(path, m.en, m.ko);
    return false;
  }
  return true;
}

/** An integer within bounds, or undefined (error reported). */
function intField(v: unknown, path: string, b: Bounds, r: Report): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    const d = show(v);
    r.add(path, `Expected an integer, got ${d.en}.`, `정수여야 하는데 ${d.ko}입니다.`);
    return undefined;
  }
  return checkBounds(v, path, b, r) ? v : undefined;
}

/** A finite number within bounds, or undefined (error reported). */
function numberField(v: unknown, path: string, b: Bounds, r: Report): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    const d = show(v);
    r.add(path, `Expected a number, got ${d.en}.`, `숫자여야 하는데 ${d.ko}입니다.`);
    return undefined;
  }
  return checkBounds(v, path, b, r) ? v : undefined;
}

const ID_PATTERN = /^[a-zA-Z0-9._-]+$/;

function idField(v: unknown, path: string, r: Report): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (v.length === 0 || v.length > SCENARIO_LIMITS.maxNameLength || !ID_PATTERN.test(v)) {
    r.add(
      path,
      `Invalid id ${quote(v)}: use 1 to ${SCENARIO_LIMITS.maxNameLength} characters from a-z, A-Z, 0-9, '.', '_' and '-'.`,
      `id ${quote(v)}은(는) 쓸 수 없습니다. 영문자, 숫자, '.', '_', '-'로 1~${SCENARIO_LIMITS.maxNameLength}자를 쓰세요.`,
    );
    return undefined;
  }
  return v;
}

/** A raw config map: an object whose values are strings, numbers or booleans; then the def's checks. */
function configMap(
  v: unknown,
  path: string,
  r: Report,
  validate: (raw: ConfigMap) => ConfigException[],
): ConfigMap | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const out: ConfigMap = {};
  let typed = true;
  for (const k of Object.keys(v)) {
    const value = v[k];
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      // Not `out[k] = value`: a "__proto__" key would set the prototype and vanish unreported.
      Object.defineProperty(out, k, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      typed = false;
      const d = show(value);
      r.add(
        join(path, k),
        `A config value must be a string, number or boolean, got ${d.en}.`,
        `설정 값은 문자열, 숫자, boolean 중 하나여야 하는데 ${d.ko}입니다.`,
      );
    }
  }
  const before = r.count;
  for (const e of validate(out)) r.config(path, e);
  return typed && r.count === before ? out : undefined;
}

// ---------------------------------------------------------------------------------------------
// The input's shape: size and nesting, before anything else looks at it
// ---------------------------------------------------------------------------------------------

interface ShapeNode {
  v: unknown;
  parent: ShapeNode | null;
  key: string | number;
  depth: number;
}

function shapePath(n: ShapeNode, base: string): string {
  const parts: (string | number)[] = [];
  for (let x: ShapeNode | null = n; x && x.parent; x = x.parent) parts.push(x.key);
  let path = base;
  for (let i = parts.length - 1; i >= 0; i--) {
    const k = parts[i]!;
    path = typeof k === 'number' ? `${path}[${k}]` : join(path, k);
  }
  return path;
}

/**
 * Walk the input once, without recursion: refuse more than SCENARIO_LIMITS.maxScenarioChars of JSON (counted
 * as JSON.stringify would print it, escapes aside) or objects/arrays nested deeper than maxDepth. A refused
 * input is not looked at further, so every later check runs on a bounded input.
 */
function checkShape(input: unknown, r: Report, base = ''): boolean {
  const { maxScenarioChars: maxChars, maxDepth } = SCENARIO_LIMITS;
  const stack: ShapeNode[] = [{ v: input, parent: null, key: base, depth: 1 }];
  let chars = 0;
  const tooBig = (): boolean => {
    const what = base === '' ? { en: 'The scenario', ko: 'scenario' } : { en: 'This', ko: '이 값' };
    r.add(
      base,
      `${what.en} is too large: KafkaScope reads at most ${maxChars} characters of JSON (1 MiB).`,
      `${what.ko}이(가) 너무 큽니다. KafkaScope는 JSON으로 최대 ${maxChars}자(1 MiB)까지 읽습니다.`,
    );
    return false;
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    const v = n.v;
    if (typeof v === 'string') chars += v.length + 2;
    else if (typeof v === 'number') chars += String(v).length;
    else if (typeof v === 'boolean' || v === null) chars += 5;
    else if (typeof v === 'object') {
      if (n.depth > maxDepth) {
        r.add(
          shapePath(n, base),
          `Nested too deep: objects and arrays may be nested at most ${maxDepth} levels.`,
          `너무 깊게 중첩되어 있습니다. 객체와 배열은 최대 ${maxDepth}단계까지 중첩할 수 있습니다.`,
        );
        return false;
      }
      if (Array.isArray(v)) {
        chars += 2 + v.length;
        if (chars > maxChars) return tooBig();
        for (let i = v.length - 1; i >= 0; i--)
          stack.push({ v: v[i], parent: n, key: i, depth: n.depth + 1 });
      } else {
        const keys = Object.keys(v);
        chars += 2 + 4 * keys.length;
        if (chars > maxChars) return tooBig();
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i]!;
          chars += k.length;
          stack.push({ v: (v as Obj)[k], parent: n, key: k, depth: n.depth + 1 });
        }
      }
    }
    if (chars > maxChars) return tooBig();
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// A record's size against Kafka's limits
// ---------------------------------------------------------------------------------------------

/** DefaultRecordBatch.RECORD_BATCH_OVERHEAD and DefaultRecord.MAX_RECORD_OVERHEAD. */
const RECORD_BATCH_OVERHEAD = 61;
const MAX_RECORD_OVERHEAD = 21;

/** Bytes of the zig-zag varint of a non-negative length (any size, no 32-bit wrap). */
function varintSize(n: number): number {
  let u = 2 * n;
  let bytes = 1;
  while (u >= 128) {
    u = Math.floor(u / 128);
    bytes++;
  }
  return bytes;
}

function nullableSize(bytes: number | null): number {
  return bytes === null ? 1 : varintSize(bytes) + bytes;
}

/**
 * KafkaProducer's size of a record before it is accepted (AbstractRecords.estimateSizeInBytesUpperBound for
 * magic v2, no headers): checked against max.request.size.
 */
export function estimateRecordSizeUpperBound(
  keyBytes: number | null,
  valueBytes: number | null,
): number {
  return (
    RECORD_BATCH_OVERHEAD +
    MAX_RECORD_OVERHEAD +
    nullableSize(keyBytes) +
    nullableSize(valueBytes) +
    1
  );
}

/** The exact size of an uncompressed batch holding this record alone (what the broker holds to max.message.bytes). */
function singleRecordBatchSize(keyBytes: number | null, valueBytes: number | null): number {
  // attributes, timestampDelta 0, offsetDelta 0, key, value, no headers
  const body = 3 + nullableSize(keyBytes) + nullableSize(valueBytes) + 1;
  return RECORD_BATCH_OVERHEAD + varintSize(body) + body;
}

interface RecordLimits {
  /** The producer's max.request.size. */
  maxRequestSize: number;
  /** The topic's max.message.bytes, when the producer sends uncompressed batches and the topic is known. */
  maxMessageBytes: number | null;
}

/** The limits a record meets, from raw configs; undefined when a config is broken (reported elsewhere). */
function recordLimits(
  producer: ConfigMap,
  topic: ConfigMap | undefined,
  cluster: ConfigMap,
): RecordLimits | undefined {
  try {
    const p = resolveProducerConfig(producer);
    const maxMessageBytes =
      topic !== undefined && p.compressionType === 'none'
        ? resolveTopicConfig(topic, resolveBrokerTopicDefaults(cluster)).maxMessageBytes
        : null;
    return { maxRequestSize: p.maxRequestSize, maxMessageBytes };
  } catch {
    return undefined;
  }
}

/** Why Kafka (or the simulator) would refuse a record of this size; undefined if it fits. */
function recordTooLarge(
  keyBytes: number | null,
  valueBytes: number | null,
  limits: RecordLimits,
): { en: string; ko: string } | undefined {
  const size = estimateRecordSizeUpperBound(keyBytes, valueBytes);
  const { maxRequestSize, maxMessageBytes } = limits;
  if (size > maxRequestSize)
    return {
      // KafkaProducer.ensureValidRecordSize
      en: `The message is ${size} bytes when serialized which is larger than ${maxRequestSize}, which is the value of the max.request.size configuration. (Kafka's producer refuses it with RecordTooLargeException.)`,
      ko: `직렬화한 레코드가 ${size}바이트로, producer의 max.request.size 설정 값 ${maxRequestSize}보다 큽니다. Kafka producer는 이 레코드를 RecordTooLargeException으로 거부합니다.`,
    };
  const max = SCENARIO_LIMITS.maxRecordBytes;
  if (size > max)
    return {
      en: `KafkaScope simulates records of at most ${max} bytes (1 MiB) serialized; this one is ${size} bytes.`,
      ko: `KafkaScope는 직렬화했을 때 ${max}바이트(1 MiB) 이하인 레코드만 시뮬레이션합니다. 이 레코드는 ${size}바이트입니다.`,
    };
  const batch = singleRecordBatchSize(keyBytes, valueBytes);
  if (maxMessageBytes !== null && batch > maxMessageBytes)
    return {
      en: `A record batch holding only this record is ${batch} bytes, which exceeds the topic's max.message.bytes (${maxMessageBytes}): Kafka's broker refuses it with MESSAGE_TOO_LARGE.`,
      ko: `이 레코드 하나만 담은 record batch가 ${batch}바이트로, topic의 max.message.bytes(${maxMessageBytes})를 넘습니다. Kafka broker는 이를 MESSAGE_TOO_LARGE로 거부합니다.`,
    };
  return undefined;
}

/** A workload's largest record: the longest key (null if all keyless) and valueBytes. */
function workloadInfo(producer: string, w: WorkloadSpec, path: string): WorkloadInfo {
  let keyBytes: number | null = null;
  for (const k of w.keys ?? []) if (k !== null) keyBytes = Math.max(keyBytes ?? 0, utf8Length(k));
  return { producer, topic: w.topic, keyBytes, valueBytes: w.valueBytes ?? 100, path };
}

/** Where to blame a workload's too-large record: its valueBytes, or its keys when a key is the larger part. */
function workloadBlame(w: WorkloadInfo): string {
  return w.keyBytes !== null && w.keyBytes > w.valueBytes
    ? `${w.path}.keys`
    : `${w.path}.valueBytes`;
}

// ---------------------------------------------------------------------------------------------
// Kafka's topic rules
// ---------------------------------------------------------------------------------------------

/** Kafka's Topic.validate, with Kafka's messages. */
function checkTopicName(name: string, path: string, r: Report): boolean {
  const max = SCENARIO_LIMITS.maxNameLength;
  if (name.length === 0) {
    r.add(path, "Topic name is illegal, it can't be empty", 'topic 이름은 비어 있을 수 없습니다.');
    return false;
  }
  if (name === '.' || name === '..') {
    r.add(
      path,
      'Topic name cannot be "." or ".."',
      'topic 이름으로 "."이나 ".."은 쓸 수 없습니다.',
    );
    return false;
  }
  if (name.length > max) {
    r.add(
      path,
      `Topic name is illegal, it can't be longer than ${max} characters, Topic name: ${short(name)}`,
      `topic 이름은 ${max}자를 넘을 수 없습니다(지금 ${name.length}자).`,
    );
    return false;
  }
  if (!ID_PATTERN.test(name)) {
    r.add(
      path,
      `Topic name "${short(name)}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`,
      `topic 이름 "${short(name)}"에 ASCII 영문자와 숫자, '.', '_', '-' 이외의 문자가 들어 있습니다.`,
    );
    return false;
  }
  return true;
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
    r.add(
      path,
      "Topic '__consumer_offsets' is Kafka's internal topic for committed offsets; the cluster creates it itself.",
      "'__consumer_offsets'는 커밋된 offset을 담는 Kafka 내부 topic이며, 클러스터가 직접 만듭니다.",
    );
    return false;
  }
  for (const other of existing) {
    if (other === name) {
      r.add(path, `Topic '${name}' already exists.`, `topic '${name}'이(가) 이미 있습니다.`);
      return false;
    }
    if (unifyCollisionChars(other) === unifyCollisionChars(name)) {
      r.add(
        path,
        `Topic '${name}' collides with existing topic: ${other}`,
        `topic '${name}'은(는) 기존 topic '${other}'와(과) 충돌합니다. Kafka의 metric 이름에서 '.'과 '_'는 구별되지 않으니 둘 중 하나만 쓰세요.`,
      );
      return false;
    }
  }
  return true;
}

function replicationFactorTooLarge(
  rf: number,
  brokers: number,
  metadata: 'kraft' | 'zookeeper',
): { en: string; ko: string } {
  const ko = `replication factor ${rf}은(는) broker 수 ${brokers}보다 클 수 없습니다. 한 partition의 replica는 모두 서로 다른 broker에 있어야 합니다.`;
  if (metadata === 'zookeeper')
    return { en: `Replication factor: ${rf} larger than available brokers: ${brokers}.`, ko };
  return {
    en: `Unable to replicate the partition ${rf} time(s): The target replication factor of ${rf} cannot be reached because only ${brokers} broker(s) are registered.`,
    ko,
  };
}

interface TopicEnv {
  brokers: number | undefined;
  metadata: 'kraft' | 'zookeeper';
  existing: Iterable<string>;
}

const TOPIC_FIELDS = ['name', 'partitions', 'replicationFactor', 'assignment', 'config'] as const;

function validateTopicSpec(
  v: unknown,
  path: string,
  env: TopicEnv,
  r: Report,
): TopicSpec | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, TOPIC_FIELDS, path, r);

  let name: string | undefined;
  if (!has(v, 'name')) missing(join(path, 'name'), r);
  else if (
    expectString(v.name, join(path, 'name'), r) &&
    checkTopicName(v.name, join(path, 'name'), r)
  ) {
    if (checkTopicIsNew(v.name, env.existing, join(path, 'name'), r)) name = v.name;
  }

  let partitions: number | undefined;
  if (!has(v, 'partitions')) missing(join(path, 'partitions'), r);
  else
    partitions = intField(
      v.partitions,
      join(path, 'partitions'),
      {
        min: 1,
        max: SCENARIO_LIMITS.maxPartitionsPerTopic,
        tooSmall: () => ({
          en: 'Number of partitions must be larger than 0.',
          ko: 'partition 수는 0보다 커야 합니다.',
        }),
        tooBig: (n) => ({
          en: `KafkaScope simulates at most ${SCENARIO_LIMITS.maxPartitionsPerTopic} partitions per topic, got ${n}: every partition's replicas, logs and indexes live in the browser's memory.`,
          ko: `KafkaScope는 topic 하나에 partition을 최대 ${SCENARIO_LIMITS.maxPartitionsPerTopic}개까지 시뮬레이션합니다(지금 값: ${n}). partition마다 replica, 로그, 인덱스를 브라우저 메모리에 두기 때문입니다.`,
        }),
      },
      r,
    );

  let rf: number | undefined;
  if (!has(v, 'replicationFactor')) missing(join(path, 'replicationFactor'), r);
  else
    rf = intField(
      v.replicationFactor,
      join(path, 'replicationFactor'),
      {
        min: 1,
        max: env.brokers,
        tooSmall: () => ({
          en: 'Replication factor must be larger than 0.',
          ko: 'replication factor는 0보다 커야 합니다.',
        }),
        tooBig: (n) => replicationFactorTooLarge(n, env.brokers!, env.metadata),
      },
      r,
    );

  let assignment: number[][] | undefined;
  if (has(v, 'assignment')) {
    const ap = join(path, 'assignment');
    if (expectArray(v.assignment, ap, r)) {
      assignment = [];
      if (partitions !== undefined && v.assignment.length !== partitions)
        r.add(
          ap,
          `The assignment lists ${v.assignment.length} partition(s) but the topic has ${partitions}; give one replica list per partition.`,
          `assignment에 partition ${v.assignment.length}개의 배치가 있는데 topic의 partition은 ${partitions}개입니다. partition마다 replica 목록을 하나씩 지정하세요.`,
        );
      v.assignment.forEach((replicas, p) => {
        const pp = `${ap}[${p}]`;
        if (!expectArray(replicas, pp, r)) return;
        if (rf !== undefined && replicas.length !== rf)
          r.add(
            pp,
            `Partition ${p} has ${replicas.length} replica(s) but the replication factor is ${rf}.`,
            `partition ${p}의 replica가 ${replicas.length}개인데 replication factor는 ${rf}입니다.`,
          );
        const ids: number[] = [];
        replicas.forEach((id, i) => {
          const b = intField(
            id,
            `${pp}[${i}]`,
            {
              min: 1,
              max: env.brokers,
              tooSmall: (n) => ({
                en: `Broker ${n} does not exist; broker ids start at 1.`,
                ko: `broker ${n}은(는) 없습니다. broker id는 1부터 시작합니다.`,
              }),
              tooBig: (n) => ({
                en: `Broker ${n} does not exist; broker ids are 1..${env.brokers}.`,
                ko: `broker ${n}은(는) 없습니다. broker id는 1..${env.brokers}입니다.`,
              }),
            },
            r,
          );
          if (b !== undefined) ids.push(b);
        });
        if (new Set(ids).size !== ids.length)
          r.add(
            pp,
            `Duplicate broker ids in the replica assignment of partition ${p}: [${listOf(ids)}].`,
            `partition ${p}의 replica 배치에 같은 broker가 두 번 이상 있습니다: [${listOfKo(ids)}].`,
          );
        assignment!.push(ids);
      });
    }
  }

  let config: ConfigMap | undefined;
  if (has(v, 'config')) config = configMap(v.config, join(path, 'config'), r, validateTopicConfig);

  if (r.count !== before || name === undefined || partitions === undefined || rf === undefined)
    return undefined;
  const spec: TopicSpec = { name, partitions, replicationFactor: rf };
  if (assignment) spec.assignment = assignment;
  if (config) spec.config = config;
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

type Target =
  | { kind: 'cluster' }
  | { kind: 'broker'; id: number }
  | { kind: 'topic'; name: string }
  | { kind: 'producer'; id: string }
  | { kind: 'group'; id: string };

function parseTarget(s: string): Target | undefined {
  if (s === 'cluster') return { kind: 'cluster' };
  const m = /^(broker|topic|producer|group):(.+)$/.exec(s);
  if (!m) return undefined;
  const rest = m[2]!;
  switch (m[1]) {
    case 'broker':
      return /^[1-9]\d*$/.test(rest) ? { kind: 'broker', id: Number(rest) } : undefined;
    case 'topic':
      return { kind: 'topic', name: rest };
    case 'producer':
      return { kind: 'producer', id: rest };
    default:
      return { kind: 'group', id: rest };
  }
}

function mergedBrokerConfig(ctx: ValidationContext, brokerId?: number): ConfigMap {
  const cluster = ctx.configs?.cluster ?? {};
  const own = brokerId !== undefined ? ctx.configs?.brokers?.get(brokerId) : undefined;
  return { ...cluster, ...(own ?? {}) };
}

function brokerConfigOf(ctx: ValidationContext): BrokerConfig | undefined {
  try {
    return resolveBrokerConfig(mergedBrokerConfig(ctx));
  } catch {
    return undefined;
  }
}

/** Errors that `merged` has and `base` has not (a setConfig that breaks a cross-key rule). */
function newConfigErrors(
  base: ConfigMap,
  merged: ConfigMap,
  validate: (m: ConfigMap) => ConfigException[],
): ConfigException[] {
  const old = validate(base);
  if (old.length > 0) return []; // already reported where the base config was defined
  return validate(merged);
}

function checkBroker(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): number | undefined {
  return intField(
    v,
    path,
    {
      min: 1,
      max: ctx.brokers,
      tooSmall: (n) => ({
        en: `Broker ${n} does not exist; broker ids are 1..${ctx.brokers}.`,
        ko: `broker ${n}은(는) 없습니다. broker id는 1..${ctx.brokers}입니다.`,
      }),
      tooBig: (n) => ({
        en: `Broker ${n} does not exist; broker ids are 1..${ctx.brokers}.`,
        ko: `broker ${n}은(는) 없습니다. broker id는 1..${ctx.brokers}입니다.`,
      }),
    },
    r,
  );
}

function checkExistingTopic(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (!ctx.topics.has(v)) {
    const s = suggestName(v, ctx.topics.keys());
    r.add(
      path,
      `Topic "${short(v)}" does not exist when this action runs.` +
        (s ? ` Did you mean "${s}"?` : ''),
      `이 action이 실행될 때 topic "${short(v)}"이(가) 없습니다.` +
        (s ? ` 혹시 "${s}"을(를) 쓰려던 것인가요?` : ''),
    );
    return undefined;
  }
  return v;
}

function checkExistingGroup(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (!ctx.groups.has(v)) {
    r.add(
      path,
      `Consumer group "${short(v)}" does not exist; groups: ${listOf(ctx.groups.keys())}.`,
      `consumer group "${short(v)}"이(가) 없습니다. 있는 group: ${listOfKo(ctx.groups.keys())}.`,
    );
    return undefined;
  }
  return v;
}

function checkExistingProducer(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (!ctx.producers.has(v)) {
    r.add(
      path,
      `Producer "${short(v)}" does not exist; producers: ${listOf(ctx.producers)}.`,
      `producer "${short(v)}"이(가) 없습니다. 있는 producer: ${listOfKo(ctx.producers)}.`,
    );
    return undefined;
  }
  return v;
}

function validateSetConfig(a: Obj, path: string, ctx: ValidationContext, r: Report): void {
  let target: Target | undefined;
  const tp = join(path, 'target');
  if (!has(a, 'target')) missing(tp, r);
  else if (expectString(a.target, tp, r)) {
    target = parseTarget(a.target);
    if (!target) {
      const d = show(a.target);
      r.add(
        tp,
        `Invalid target ${d.en}: expected "broker:<id>", "topic:<name>", "producer:<id>", "group:<id>" or "cluster".`,
        `target ${d.ko}은(는) 올바르지 않습니다. "broker:<id>", "topic:<name>", "producer:<id>", "group:<id>", "cluster" 중 하나를 쓰세요.`,
      );
    } else if (target.kind === 'broker') {
      if (checkBroker(target.id, tp, ctx, r) === undefined) target = undefined;
    } else if (target.kind === 'topic') {
      if (checkExistingTopic(target.name, tp, ctx, r) === undefined) target = undefined;
    } else if (target.kind === 'producer') {
      if (checkExistingProducer(target.id, tp, ctx, r) === undefined) target = undefined;
    } else if (target.kind === 'group') {
      if (checkExistingGroup(target.id, tp, ctx, r) === undefined) target = undefined;
    }
  }

  let key: string | undefined;
  const kp = join(path, 'key');
  if (!has(a, 'key')) missing(kp, r);
  else if (expectString(a.key, kp, r)) key = a.key;

  let value: ConfigValue | undefined;
  const vp = join(path, 'value');
  if (!has(a, 'value')) missing(vp, r);
  else if (
    typeof a.value === 'string' ||
    typeof a.value === 'boolean' ||
    (typeof a.value === 'number' && Number.isFinite(a.value))
  )
    value = a.value;
  else {
    const d = show(a.value);
    r.add(
      vp,
      `A config value must be a string, number or boolean, got ${d.en}.`,
      `설정 값은 문자열, 숫자, boolean 중 하나여야 하는데 ${d.ko}입니다.`,
    );
  }

  if (!target || key === undefined || value === undefined) return;

  const def: ConfigDef =
    target.kind === 'cluster' || target.kind === 'broker'
      ? BROKER_CONFIG_DEF
      : target.kind === 'topic'
        ? TOPIC_CONFIG_DEF
        : target.kind === 'producer'
          ? PRODUCER_CONFIG_DEF
          : CONSUMER_CONFIG_DEF;
  if (!def.has(key)) {
    const e = def.unknownKey(key);
    r.add(kp, e.message, e.messageKo);
    return;
  }
  try {
    def.parseValue(key, value);
  } catch (e) {
    const ce = e as ConfigException;
    r.add(vp, ce.message, ce.messageKo);
    return;
  }

  const set = (base: ConfigMap): ConfigMap => ({ ...base, [key]: value });
  let cross: ConfigException[] = [];
  switch (target.kind) {
    case 'cluster':
    case 'broker': {
      const dyn = checkDynamicBrokerConfigs([key]);
      if (dyn) {
        r.add(kp, dyn.message, dyn.messageKo);
        return;
      }
      const base = mergedBrokerConfig(ctx, target.kind === 'broker' ? target.id : undefined);
      cross = newConfigErrors(base, set(base), validateBrokerConfig);
      break;
    }
    case 'topic':
      break; // topic configs have no cross-key rules (min.insync.replicas > replication factor is allowed)
    case 'producer': {
      const base = ctx.configs?.producers?.get(target.id) ?? {};
      cross = newConfigErrors(base, set(base), validateProducerConfig);
      break;
    }
    case 'group': {
      const base = ctx.configs?.groups?.get(target.id) ?? {};
      const broker = brokerConfigOf(ctx);
      const next = withConsumerConfig(base, key, value);
      cross = newConfigErrors(base, next, (m) => validateConsumerConfig(m, broker));
      break;
    }
  }
  for (const e of cross) r.add(vp, e.message, e.messageKo);
  if (cross.length > 0 || !RECORD_LIMIT_KEYS[target.kind].includes(key)) return;

  // The producers' workloads must still fit Kafka's record size limits.
  const big =
    target.kind === 'producer'
      ? workloadTooLarge(ctx, {
          producer: { id: target.id, config: set(ctx.configs?.producers?.get(target.id) ?? {}) },
        })
      : target.kind === 'topic'
        ? workloadTooLarge(ctx, {
            topic: { name: target.name, config: set(ctx.configs?.topics?.get(target.name) ?? {}) },
          })
        : workloadTooLarge(ctx, { cluster: set(ctx.configs?.cluster ?? {}) });
  if (big) r.add(vp, `${big.w.path}: ${big.why.en}`, `${big.w.path}: ${big.why.ko}`);
}

/** The configs that bound a record's size, by setConfig target. */
const RECORD_LIMIT_KEYS: Record<Target['kind'], readonly string[]> = {
  producer: ['max.request.size', 'compression.type'],
  topic: ['max.message.bytes'],
  cluster: ['message.max.bytes'],
  broker: ['message.max.bytes'],
  group: [],
};

function replicasTooMany(path: string, total: number, internal: number, r: Report): void {
  const max = SCENARIO_LIMITS.maxReplicas;
  const why = internal > 0 ? ` (${internal} of them for __consumer_offsets)` : '';
  const whyKo = internal > 0 ? ` (그중 ${internal}개는 __consumer_offsets)` : '';
  r.add(
    path,
    `KafkaScope simulates at most ${max} partition replicas (partitions × replication factor) in a cluster; this makes ${total}${why}.`,
    `KafkaScope는 클러스터 전체에서 partition replica(partition 수 × replication factor)를 최대 ${max}개까지 시뮬레이션합니다. 이렇게 하면 ${total}개가 됩니다${whyKo}.`,
  );
}

function membersTooMany(path: string, total: number, r: Report): void {
  const max = SCENARIO_LIMITS.maxMembers;
  r.add(
    path,
    `KafkaScope simulates at most ${max} group members in all groups together; this makes ${total}.`,
    `KafkaScope는 모든 group을 합쳐 member를 최대 ${max}개까지 시뮬레이션합니다. 이렇게 하면 ${total}개가 됩니다.`,
  );
}

/** Partition replicas of the cluster in this context, or undefined when it does not say. */
function replicasOf(ctx: ValidationContext): number | undefined {
  const rf = ctx.replicationFactors;
  if (!rf) return undefined;
  let n = ctx.internalReplicas ?? 0;
  for (const [t, partitions] of ctx.topics) n += partitions * (rf.get(t) ?? 1);
  return n;
}

/** The first workload whose records a config change (or a new topic) would make too large, with why. */
function workloadTooLarge(
  ctx: ValidationContext,
  change: {
    producer?: { id: string; config: ConfigMap };
    topic?: { name: string; config: ConfigMap };
    cluster?: ConfigMap;
  },
): { w: WorkloadInfo; why: { en: string; ko: string } } | undefined {
  const cluster = change.cluster ?? ctx.configs?.cluster ?? {};
  for (const w of ctx.workloads ?? []) {
    const affected =
      change.cluster !== undefined ||
      change.producer?.id === w.producer ||
      change.topic?.name === w.topic;
    if (!affected) continue;
    const producer =
      change.producer?.id === w.producer
        ? change.producer.config
        : (ctx.configs?.producers?.get(w.producer) ?? {});
    const topic =
      change.topic?.name === w.topic ? change.topic.config : ctx.configs?.topics?.get(w.topic);
    if (topic === undefined && !ctx.topics.has(w.topic)) continue; // not created yet
    const limits = recordLimits(producer, topic ?? {}, cluster);
    const why = limits && recordTooLarge(w.keyBytes, w.valueBytes, limits);
    if (why) return { w, why };
  }
  return undefined;
}

function memberNumber(group: string, member: string): number | undefined {
  const prefix = `${group}-`;
  if (!member.startsWith(prefix)) return undefined;
  const n = member.slice(prefix.length);
  return /^[1-9]\d*$/.test(n) ? Number(n) : undefined;
}

/**
 * Check one action against the current state of a run (also used for actions applied from the UI).
 * `path` prefixes every error path (e.g. `actions[3]`).
 */
export function validateAction(
  action: unknown,
  ctx: ValidationContext,
  path = 'action',
): ScenarioError[] {
  const r = new Report();
  if (checkShape(action, r, path)) validateActionInto(action, ctx, path, r);
  return r.list(path);
}

function validateActionInto(
  action: unknown,
  ctx: ValidationContext,
  path: string,
  r: Report,
): Action | undefined {
  if (!expectObject(action, path, r)) return undefined;
  const before = r.count;

  if (!has(action, 'at')) missing(join(path, 'at'), r);
  else
    intField(
      action.at,
      join(path, 'at'),
      {
        min: 0,
        max: SCENARIO_LIMITS.maxTimeMs,
        tooBig: (n) => ({
          en: `KafkaScope simulates at most ${SCENARIO_LIMITS.maxTimeMs} ms (a week); an action cannot be at ${n}.`,
          ko: `KafkaScope는 최대 ${SCENARIO_LIMITS.maxTimeMs} ms(1주일)까지 시뮬레이션합니다. action을 ${n} ms에 둘 수 없습니다.`,
        }),
      },
      r,
    );

  const dp = join(path, 'do');
  if (!has(action, 'do')) {
    missing(dp, r);
    return undefined;
  }
  const kind = action.do;
  if (typeof kind !== 'string' || !(ACTION_KINDS as readonly string[]).includes(kind)) {
    const s = typeof kind === 'string' ? suggestName(kind, ACTION_KINDS) : undefined;
    r.add(
      dp,
      `Unknown action ${quote(kind)}` +
        (s ? `; did you mean "${s}"?` : `; expected one of: ${ACTION_KINDS.join(', ')}.`),
      `알 수 없는 action ${quote(kind)}입니다.` +
        (s
          ? ` 혹시 "${s}"을(를) 쓰려던 것인가요?`
          : ` 다음 중 하나를 쓰세요: ${ACTION_KINDS.join(', ')}.`),
    );
    return undefined;
  }
  const k = kind as ActionKind;
  checkFields(action, ['at', 'do', ...ACTION_FIELDS[k]], path, r);
  const req = (field: string): boolean => {
    if (has(action, field)) return true;
    missing(join(path, field), r);
    return false;
  };

  let topicSpec: TopicSpec | undefined;
  switch (k) {
    case 'produce': {
      let producer: string | undefined;
      if (req('producer'))
        producer = checkExistingProducer(action.producer, join(path, 'producer'), ctx, r);
      let topic: string | undefined;
      if (req('topic')) topic = checkExistingTopic(action.topic, join(path, 'topic'), ctx, r);
      const bytes: { key?: number | null; value?: number | null } = {};
      for (const f of ['key', 'value'] as const) {
        if (!req(f)) continue;
        const x = action[f];
        if (x === null) bytes[f] = null;
        else if (typeof x === 'string') bytes[f] = utf8Length(x);
        else {
          const d = show(x);
          r.add(
            join(path, f),
            `The ${f} must be a string or null, got ${d.en}.`,
            `${f}는 문자열이나 null이어야 하는데 ${d.ko}입니다.`,
          );
        }
      }
      if (producer !== undefined && topic !== undefined) {
        const { key, value } = bytes;
        const limits =
          key !== undefined && value !== undefined
            ? recordLimits(
                ctx.configs?.producers?.get(producer) ?? {},
                ctx.configs?.topics?.get(topic) ?? {},
                ctx.configs?.cluster ?? {},
              )
            : undefined;
        const why = limits && recordTooLarge(key!, value!, limits);
        if (why) r.add(join(path, (key ?? 0) > (value ?? 0) ? 'key' : 'value'), why.en, why.ko);
      }
      if (has(action, 'partition')) {
        const n = topic !== undefined ? ctx.topics.get(topic)! : undefined;
        intField(
          action.partition,
          join(path, 'partition'),
          {
            min: 0,
            max: n !== undefined ? n - 1 : undefined,
            tooBig: (p) => ({
              en: `Partition ${p} does not exist: topic "${topic}" has ${n} partition(s) (0..${n! - 1}).`,
              ko: `partition ${p}은(는) 없습니다. topic "${topic}"의 partition은 ${n}개(0..${n! - 1})입니다.`,
            }),
          },
          r,
        );
      }
      break;
    }
    case 'killBroker':
    case 'shutdownBroker':
    case 'restartBroker':
    case 'isolateBroker':
    case 'healBroker':
      if (req('broker')) checkBroker(action.broker, join(path, 'broker'), ctx, r);
      break;
    case 'slowBroker':
      if (req('broker')) checkBroker(action.broker, join(path, 'broker'), ctx, r);
      if (has(action, 'factor'))
        numberField(
          action.factor,
          join(path, 'factor'),
          {
            min: 1,
            max: SCENARIO_LIMITS.maxSlowFactor,
            tooSmall: (f) => ({
              en: `factor must be at least 1 (1 = normal speed, 10 = ten times slower), got ${f}.`,
              ko: `factor는 1 이상이어야 합니다(1 = 보통 속도, 10 = 열 배 느림). 지금 값: ${f}.`,
            }),
          },
          r,
        );
      break;
    case 'addConsumer': {
      if (!req('group')) break;
      const g = checkExistingGroup(action.group, join(path, 'group'), ctx, r);
      if (g === undefined) break;
      let total = 1;
      for (const m of ctx.groups.values()) total += m.length;
      if (ctx.groups.get(g)!.length >= SCENARIO_LIMITS.maxMembersPerGroup)
        r.add(
          join(path, 'group'),
          `Group "${g}" already has ${SCENARIO_LIMITS.maxMembersPerGroup} members, the most KafkaScope simulates.`,
          `group "${g}"에는 이미 member가 ${SCENARIO_LIMITS.maxMembersPerGroup}개 있습니다. KafkaScope가 시뮬레이션하는 최대 수입니다.`,
        );
      else if (total > SCENARIO_LIMITS.maxMembers) membersTooMany(join(path, 'group'), total, r);
      break;
    }
    case 'removeConsumer':
    case 'crashConsumer':
    case 'stallConsumer': {
      if (k === 'stallConsumer' && req('ms'))
        intField(
          action.ms,
          join(path, 'ms'),
          {
            min: 1,
            max: SCENARIO_LIMITS.maxStallMs,
            tooBig: (n) => ({
              en: `A stall lasts at most ${SCENARIO_LIMITS.maxStallMs} ms, got ${n}.`,
              ko: `stall은 최대 ${SCENARIO_LIMITS.maxStallMs} ms까지입니다(지금 값: ${n}).`,
            }),
          },
          r,
        );
      const g = req('group')
        ? checkExistingGroup(action.group, join(path, 'group'), ctx, r)
        : undefined;
      const mp = join(path, 'member');
      if (!req('member') || !expectString(action.member, mp, r) || g === undefined) break;
      const member = action.member;
      if (memberNumber(g, member) === undefined) {
        r.add(
          mp,
          `Member id "${short(member)}" must look like "${g}-<n>" (n = 1, 2, …).`,
          `member id "${short(member)}"은(는) "${g}-<n>" 형식(n = 1, 2, …)이어야 합니다.`,
        );
        break;
      }
      const members = ctx.groups.get(g)!;
      if (!members.includes(member))
        r.add(
          mp,
          `Member "${short(member)}" is not in group "${g}" when this action runs; its members then: ${listOf(members)}.`,
          `이 action이 실행될 때 "${short(member)}"은(는) group "${g}"의 member가 아닙니다. 그때의 member: ${listOfKo(members)}.`,
        );
      break;
    }
    case 'setConfig':
      validateSetConfig(action, path, ctx, r);
      break;
    case 'createTopic': {
      if (!req('topic')) break;
      const tp = join(path, 'topic');
      if (ctx.topics.size >= SCENARIO_LIMITS.maxTopics) {
        r.add(
          tp,
          `KafkaScope simulates at most ${SCENARIO_LIMITS.maxTopics} topics; the cluster has ${ctx.topics.size} when this action runs.`,
          `KafkaScope는 topic을 최대 ${SCENARIO_LIMITS.maxTopics}개까지 시뮬레이션합니다. 이 action이 실행될 때 이미 ${ctx.topics.size}개가 있습니다.`,
        );
        break;
      }
      topicSpec = validateTopicSpec(
        action.topic,
        tp,
        { brokers: ctx.brokers, metadata: ctx.metadata ?? 'kraft', existing: ctx.topics.keys() },
        r,
      );
      if (!topicSpec) break;
      const replicas = replicasOf(ctx);
      const total =
        replicas === undefined
          ? undefined
          : replicas + topicSpec.partitions * topicSpec.replicationFactor;
      if (total !== undefined && total > SCENARIO_LIMITS.maxReplicas) {
        replicasTooMany(join(tp, 'partitions'), total, ctx.internalReplicas ?? 0, r);
        break;
      }
      const big = workloadTooLarge(ctx, {
        topic: { name: topicSpec.name, config: topicSpec.config ?? {} },
      });
      if (big) r.add(tp, `${big.w.path}: ${big.why.en}`, `${big.w.path}: ${big.why.ko}`);
      break;
    }
    case 'addPartitions': {
      const topic = req('topic')
        ? checkExistingTopic(action.topic, join(path, 'topic'), ctx, r)
        : undefined;
      if (!req('count')) break;
      const cp = join(path, 'count');
      const count = intField(
        action.count,
        cp,
        {
          min: 1,
          max: SCENARIO_LIMITS.maxPartitionsPerTopic,
          tooBig: (n) => ({
            en: `KafkaScope simulates at most ${SCENARIO_LIMITS.maxPartitionsPerTopic} partitions per topic, got ${n}.`,
            ko: `KafkaScope는 topic 하나에 partition을 최대 ${SCENARIO_LIMITS.maxPartitionsPerTopic}개까지 시뮬레이션합니다(지금 값: ${n}).`,
          }),
        },
        r,
      );
      if (topic === undefined || count === undefined) break;
      const current = ctx.topics.get(topic)!;
      const replicas = replicasOf(ctx);
      const rf = ctx.replicationFactors?.get(topic) ?? 1;
      if (
        replicas !== undefined &&
        count > current &&
        replicas + (count - current) * rf > SCENARIO_LIMITS.maxReplicas
      ) {
        replicasTooMany(cp, replicas + (count - current) * rf, ctx.internalReplicas ?? 0, r);
        break;
      }
      const zk = ctx.metadata === 'zookeeper';
      if (count < current)
        r.add(
          cp,
          zk
            ? `Topic currently has ${current} partitions, which is higher than the requested ${count}.`
            : `The topic ${topic} currently has ${current} partition(s); ${count} would not be an increase.`,
          `topic '${topic}'의 partition은 지금 ${current}개라서 ${count}개로 줄일 수 없습니다. partition 수는 늘릴 수만 있습니다.`,
        );
      else if (count === current)
        r.add(
          cp,
          zk
            ? `Topic already has ${current} partitions.`
            : `Topic already has ${current} partition(s).`,
          `topic '${topic}'의 partition은 이미 ${current}개입니다. 지금보다 큰 수를 지정하세요.`,
        );
      break;
    }
  }

  if (r.count !== before) return undefined;
  // A clean copy with only the known fields.
  const out: Obj = { at: action.at, do: k };
  for (const f of ACTION_FIELDS[k]) if (has(action, f)) out[f] = action[f];
  if (topicSpec) out.topic = topicSpec;
  return out as unknown as Action;
}

// ---------------------------------------------------------------------------------------------
// The run's state as actions apply (for checking a scenario's actions in order)
// ---------------------------------------------------------------------------------------------

class ScenarioState implements ValidationContext {
  readonly topics = new Map<string, number>();
  readonly replicationFactors = new Map<string, number>();
  internalReplicas = 0;
  readonly workloads: WorkloadInfo[] = [];
  readonly producers = new Set<string>();
  readonly groups = new Map<string, string[]>();
  private readonly nextMember = new Map<string, number>();
  readonly configs: {
    cluster: ConfigMap;
    brokers: Map<number, ConfigMap>;
    topics: Map<string, ConfigMap>;
    producers: Map<string, ConfigMap>;
    groups: Map<string, ConfigMap>;
  };

  constructor(
    readonly brokers: number,
    readonly metadata: 'kraft' | 'zookeeper',
    cluster: ConfigMap,
  ) {
    this.configs = {
      cluster: { ...cluster },
      brokers: new Map(),
      topics: new Map(),
      producers: new Map(),
      groups: new Map(),
    };
  }

  addTopic(t: TopicSpec): void {
    this.topics.set(t.name, t.partitions);
    this.replicationFactors.set(t.name, t.replicationFactor);
    this.configs.topics.set(t.name, { ...(t.config ?? {}) });
  }

  addProducer(p: ProducerSpec): void {
    this.producers.add(p.id);
    this.configs.producers.set(p.id, { ...(p.config ?? {}) });
  }

  addGroup(g: ConsumerGroupSpec): void {
    this.groups.set(
      g.id,
      Array.from({ length: g.members }, (_, i) => `${g.id}-${i + 1}`),
    );
    this.nextMember.set(g.id, g.members + 1);
    this.configs.groups.set(g.id, { ...(g.config ?? {}) });
  }

  apply(a: Action): void {
    switch (a.do) {
      case 'createTopic':
        this.addTopic(a.topic);
        break;
      case 'addPartitions':
        this.topics.set(a.topic, a.count);
        break;
      case 'addConsumer': {
        const n = this.nextMember.get(a.group)!;
        this.groups.get(a.group)!.push(`${a.group}-${n}`);
        this.nextMember.set(a.group, n + 1);
        break;
      }
      case 'removeConsumer':
      case 'crashConsumer': {
        const members = this.groups.get(a.group)!;
        members.splice(members.indexOf(a.member), 1);
        break;
      }
      case 'setConfig': {
        const t = parseTarget(a.target)!;
        const put = (m: Map<string, ConfigMap> | Map<number, ConfigMap>, id: string | number) => {
          const map = m as Map<string | number, ConfigMap>;
          map.set(id, { ...(map.get(id) ?? {}), [a.key]: a.value });
        };
        if (t.kind === 'cluster')
          this.configs.cluster = { ...this.configs.cluster, [a.key]: a.value };
        else if (t.kind === 'broker') put(this.configs.brokers, t.id);
        else if (t.kind === 'topic') put(this.configs.topics, t.name);
        else if (t.kind === 'producer') put(this.configs.producers, t.id);
        else
          this.configs.groups.set(
            t.id,
            withConsumerConfig(this.configs.groups.get(t.id) ?? {}, a.key, a.value),
          );
        break;
      }
      default:
        break;
    }
  }
}

/** The state at time 0 of a (valid) scenario, before any action: for validateAction from the UI. */
export function contextFromScenario(s: Scenario): ValidationContext {
  const st = new ScenarioState(
    s.cluster.brokers,
    s.cluster.metadata ?? 'kraft',
    s.cluster.config ?? {},
  );
  for (const t of s.topics) st.addTopic(t);
  for (const p of s.producers) st.addProducer(p);
  for (const g of s.consumerGroups) st.addGroup(g);
  s.producers.forEach((p, i) => {
    if (p.workload) st.workloads.push(workloadInfo(p.id, p.workload, `producers[${i}].workload`));
  });
  if (s.consumerGroups.length > 0)
    st.internalReplicas = offsetsTopicReplicas(s.cluster.config ?? {}, s.cluster.brokers);
  return st;
}

/** Partition replicas of __consumer_offsets as the simulation creates it (its factor capped at the brokers). */
function offsetsTopicReplicas(cluster: ConfigMap, brokers: number): number {
  try {
    const c = resolveBrokerConfig(cluster);
    return c.offsetsTopicNumPartitions * Math.min(c.offsetsTopicReplicationFactor, brokers);
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// The scenario
// ---------------------------------------------------------------------------------------------

const TOP_FIELDS = [
  'version',
  'seed',
  'cluster',
  'topics',
  'producers',
  'consumerGroups',
  'actions',
] as const;
const CLUSTER_FIELDS = ['brokers', 'racks', 'metadata', 'config', 'network'] as const;
const NETWORK_FIELDS = ['latencyMs', 'jitterMs'] as const;
const OFFSETS_PARTITIONS = 'offsets.topic.num.partitions';
const PRODUCER_FIELDS = ['id', 'config', 'workload'] as const;
const WORKLOAD_FIELDS = ['topic', 'ratePerSec', 'keys', 'valueBytes'] as const;
const GROUP_FIELDS = ['id', 'topics', 'members', 'config', 'processingMsPerRecord'] as const;

function validateCluster(v: unknown, r: Report): ClusterSpec | undefined {
  const path = 'cluster';
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, CLUSTER_FIELDS, path, r);

  let brokers: number | undefined;
  if (!has(v, 'brokers')) missing('cluster.brokers', r);
  else
    brokers = intField(
      v.brokers,
      'cluster.brokers',
      {
        min: 1,
        max: SCENARIO_LIMITS.maxBrokers,
        tooSmall: (n) => ({
          en: `A cluster needs at least 1 broker, got ${n}.`,
          ko: `클러스터에는 broker가 1개 이상 있어야 합니다(지금 값: ${n}).`,
        }),
        tooBig: (n) => ({
          en: `KafkaScope simulates at most ${SCENARIO_LIMITS.maxBrokers} brokers, got ${n}: every broker is simulated and drawn in the browser.`,
          ko: `KafkaScope는 broker를 최대 ${SCENARIO_LIMITS.maxBrokers}개까지 시뮬레이션합니다(지금 값: ${n}). 모든 broker를 브라우저에서 시뮬레이션하고 화면에 그리기 때문입니다.`,
        }),
      },
      r,
    );

  let racks: string[] | undefined;
  if (has(v, 'racks') && expectArray(v.racks, 'cluster.racks', r)) {
    racks = [];
    v.racks.forEach((rack, i) => {
      const p = `cluster.racks[${i}]`;
      if (!expectString(rack, p, r)) return;
      if (rack.trim() === '')
        r.add(p, 'A rack id must be a non-empty string.', 'rack id는 빈 문자열일 수 없습니다.');
      else if (rack.length > SCENARIO_LIMITS.maxNameLength)
        r.add(
          p,
          `A rack id may be at most ${SCENARIO_LIMITS.maxNameLength} characters long in KafkaScope, got ${rack.length}.`,
          `KafkaScope에서 rack id는 최대 ${SCENARIO_LIMITS.maxNameLength}자입니다(지금 ${rack.length}자).`,
        );
      racks!.push(rack);
    });
    if (brokers !== undefined && v.racks.length !== brokers)
      r.add(
        'cluster.racks',
        `racks has ${v.racks.length} ${v.racks.length === 1 ? 'entry' : 'entries'} but the cluster has ${brokers} broker(s); give one rack per broker.`,
        `racks 항목은 ${v.racks.length}개인데 broker는 ${brokers}개입니다. broker마다 rack을 하나씩 지정하세요.`,
      );
  }

  let metadata: 'kraft' | 'zookeeper' = 'kraft';
  if (has(v, 'metadata')) {
    if (v.metadata === 'kraft' || v.metadata === 'zookeeper') metadata = v.metadata;
    else {
      const d = show(v.metadata);
      r.add(
        'cluster.metadata',
        `metadata must be "kraft" or "zookeeper", got ${d.en}.`,
        `metadata는 "kraft" 또는 "zookeeper"여야 하는데 ${d.ko}입니다.`,
      );
    }
  }

  let config: ConfigMap | undefined;
  if (has(v, 'config')) config = configMap(v.config, 'cluster.config', r, validateBrokerConfig);
  if (config && has(config, OFFSETS_PARTITIONS)) {
    // __consumer_offsets is a topic like the others: the same cap on its partitions.
    const n = resolveBrokerConfig(config).offsetsTopicNumPartitions;
    const max = SCENARIO_LIMITS.maxPartitionsPerTopic;
    if (n > max) {
      r.add(
        `cluster.config.${OFFSETS_PARTITIONS}`,
        `KafkaScope simulates at most ${max} partitions per topic, got ${n} for __consumer_offsets.`,
        `KafkaScope는 topic 하나에 partition을 최대 ${max}개까지 시뮬레이션합니다. __consumer_offsets의 값이 ${n}입니다.`,
      );
      config = undefined;
    }
  }

  let network: NetworkSpec | undefined;
  if (has(v, 'network') && expectObject(v.network, 'cluster.network', r)) {
    const n = v.network;
    checkFields(n, NETWORK_FIELDS, 'cluster.network', r);
    network = {};
    for (const f of NETWORK_FIELDS) {
      if (!has(n, f)) continue;
      const x = intField(
        n[f],
        `cluster.network.${f}`,
        {
          min: f === 'latencyMs' ? SCENARIO_LIMITS.minLatencyMs : 0,
          max: SCENARIO_LIMITS.maxLatencyMs,
          tooSmall: (ms) =>
            f === 'latencyMs'
              ? {
                  en: `A message takes at least ${SCENARIO_LIMITS.minLatencyMs} ms in KafkaScope, got ${ms}: with no latency, a request answered at once (a fetch with fetch.max.wait.ms=0) would loop without simulated time ever moving.`,
                  ko: `KafkaScope에서 메시지 전달에는 최소 ${SCENARIO_LIMITS.minLatencyMs} ms가 걸립니다(지금 값: ${ms}). 지연이 0이면 바로 응답하는 요청(fetch.max.wait.ms=0인 fetch 등)이 시뮬레이션 시간이 흐르지 않은 채 끝없이 반복됩니다.`,
                }
              : {
                  en: `Must be at least 0, got ${ms}.`,
                  ko: `0 이상이어야 합니다(지금 값: ${ms}).`,
                },
        },
        r,
      );
      if (x !== undefined) network[f] = x;
    }
  }

  if (r.count !== before || brokers === undefined) return undefined;
  const out: ClusterSpec = { brokers, metadata };
  if (racks) out.racks = racks;
  if (config) out.config = config;
  if (network) out.network = network;
  return out;
}

function topicMissing(t: string, path: string, r: Report): void {
  r.add(
    path,
    `Topic "${short(t)}" does not exist: define it in "topics" or create it with a createTopic action.`,
    `topic "${short(t)}"이(가) 없습니다. "topics"에 정의하거나 createTopic action으로 만드세요.`,
  );
}

function validateProducer(
  v: unknown,
  path: string,
  seen: Set<string>,
  knownTopics: ReadonlySet<string>,
  r: Report,
): ProducerSpec | undefined {
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, PRODUCER_FIELDS, path, r);

  let id: string | undefined;
  if (!has(v, 'id')) missing(join(path, 'id'), r);
  else {
    id = idField(v.id, join(path, 'id'), r);
    if (id !== undefined) {
      if (seen.has(id))
        r.add(
          join(path, 'id'),
          `Duplicate producer id "${id}".`,
          `producer id "${id}"이(가) 중복됩니다.`,
        );
      seen.add(id);
    }
  }

  let config: ConfigMap | undefined;
  if (has(v, 'config'))
    config = configMap(v.config, join(path, 'config'), r, validateProducerConfig);

  let workload: WorkloadSpec | undefined;
  const wp = join(path, 'workload');
  if (has(v, 'workload') && expectObject(v.workload, wp, r)) {
    const w = v.workload;
    checkFields(w, WORKLOAD_FIELDS, wp, r);
    let topic: string | undefined;
    if (!has(w, 'topic')) missing(join(wp, 'topic'), r);
    else if (expectString(w.topic, join(wp, 'topic'), r)) {
      if (knownTopics.has(w.topic)) topic = w.topic;
      else topicMissing(w.topic, join(wp, 'topic'), r);
    }
    let rate: number | undefined;
    if (!has(w, 'ratePerSec')) missing(join(wp, 'ratePerSec'), r);
    else
      rate = numberField(
        w.ratePerSec,
        join(wp, 'ratePerSec'),
        {
          min: 0,
          max: SCENARIO_LIMITS.maxRatePerSec,
          tooBig: (x) => ({
            en: `KafkaScope simulates at most ${SCENARIO_LIMITS.maxRatePerSec} records per second per producer, got ${x}.`,
            ko: `KafkaScope는 producer 하나당 초당 최대 ${SCENARIO_LIMITS.maxRatePerSec}개의 레코드까지 시뮬레이션합니다(지금 값: ${x}).`,
          }),
        },
        r,
      );
    // `"keys": null` is the same as leaving keys out: keyless records.
    let keys: (string | null)[] | null | undefined;
    if (w.keys === null) keys = null;
    else if (has(w, 'keys') && expectArray(w.keys, join(wp, 'keys'), r)) {
      keys = [];
      w.keys.forEach((k, i) => {
        if (k === null || typeof k === 'string') keys!.push(k);
        else {
          const d = show(k);
          r.add(
            `${wp}.keys[${i}]`,
            `A key must be a string or null, got ${d.en}.`,
            `key는 문자열이나 null이어야 하는데 ${d.ko}입니다.`,
          );
        }
      });
    }
    let valueBytes: number | undefined;
    if (has(w, 'valueBytes'))
      valueBytes = intField(w.valueBytes, join(wp, 'valueBytes'), { min: 0, max: 2147483647 }, r);
    if (topic !== undefined && rate !== undefined) {
      workload = { topic, ratePerSec: rate };
      if (keys !== undefined) workload.keys = keys;
      if (valueBytes !== undefined) workload.valueBytes = valueBytes;
    }
  }

  if (r.count !== before || id === undefined) return undefined;
  const out: ProducerSpec = { id };
  if (config) out.config = config;
  if (workload) out.workload = workload;
  return out;
}

function validateGroup(
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

  let id: string | undefined;
  if (!has(v, 'id')) missing(join(path, 'id'), r);
  else {
    id = idField(v.id, join(path, 'id'), r);
    if (id !== undefined) {
      if (seen.has(id))
        r.add(
          join(path, 'id'),
          `Duplicate consumer group id "${id}".`,
          `consumer group id "${id}"이(가) 중복됩니다.`,
        );
      seen.add(id);
    }
  }

  const topics: string[] = [];
  const tp = join(path, 'topics');
  if (!has(v, 'topics')) missing(tp, r);
  else if (expectArray(v.topics, tp, r)) {
    if (v.topics.length === 0)
      r.add(
        tp,
        'A consumer group must subscribe to at least one topic.',
        'consumer group은 topic을 하나 이상 구독해야 합니다.',
      );
    if (v.topics.length > SCENARIO_LIMITS.maxTopics)
      r.add(
        tp,
        `A group subscribes to at most the ${SCENARIO_LIMITS.maxTopics} topics a KafkaScope cluster can have, got ${v.topics.length}.`,
        `group은 KafkaScope 클러스터에 둘 수 있는 topic ${SCENARIO_LIMITS.maxTopics}개까지만 구독할 수 있습니다(지금 ${v.topics.length}개).`,
      );
    else
      v.topics.forEach((t, i) => {
        const p = `${tp}[${i}]`;
        if (!expectString(t, p, r)) return;
        if (!knownTopics.has(t)) topicMissing(t, p, r);
        else if (topics.includes(t))
          r.add(p, `Topic "${t}" is listed twice.`, `topic "${t}"이(가) 두 번 들어 있습니다.`);
        topics.push(t);
      });
  }

  let members: number | undefined;
  if (!has(v, 'members')) missing(join(path, 'members'), r);
  else
    members = intField(
      v.members,
      join(path, 'members'),
      {
        min: 0,
        max: SCENARIO_LIMITS.maxMembersPerGroup,
        tooBig: (n) => ({
          en: `KafkaScope simulates at most ${SCENARIO_LIMITS.maxMembersPerGroup} members per group, got ${n}.`,
          ko: `KafkaScope는 group 하나에 member를 최대 ${SCENARIO_LIMITS.maxMembersPerGroup}개까지 시뮬레이션합니다(지금 값: ${n}).`,
        }),
      },
      r,
    );

  let config: ConfigMap | undefined;
  if (has(v, 'config')) {
    config = configMap(v.config, join(path, 'config'), r, (m) => validateConsumerConfig(m, broker));
  }

  let processing: number | undefined;
  if (has(v, 'processingMsPerRecord'))
    processing = intField(
      v.processingMsPerRecord,
      join(path, 'processingMsPerRecord'),
      {
        min: 0,
        max: SCENARIO_LIMITS.maxProcessingMsPerRecord,
        tooBig: (n) => ({
          en: `Processing one record takes at most ${SCENARIO_LIMITS.maxProcessingMsPerRecord} ms (an hour) in KafkaScope, got ${n}.`,
          ko: `KafkaScope에서 레코드 하나의 처리 시간은 최대 ${SCENARIO_LIMITS.maxProcessingMsPerRecord} ms(1시간)입니다(지금 값: ${n}).`,
        }),
      },
      r,
    );

  if (r.count !== before || id === undefined || members === undefined) return undefined;
  const out: ConsumerGroupSpec = { id, topics, members };
  if (config) out.config = config;
  if (processing !== undefined) out.processingMsPerRecord = processing;
  return out;
}

/**
 * Validate a scenario (parsed JSON). On success, a clean copy with defaults filled:
 * seed 1, cluster.metadata 'kraft', topics/producers/consumerGroups/actions [] (config maps stay raw).
 */
export function validateScenario(input: unknown): ValidationResult {
  const r = new Report();
  if (!isObj(input)) {
    const d = show(input);
    r.add(
      '',
      `A scenario must be a JSON object, got ${d.en}.`,
      `scenario는 JSON 객체여야 하는데 ${d.ko}입니다.`,
    );
    return { ok: false, errors: r.list() };
  }
  if (!checkShape(input, r)) return { ok: false, errors: r.list() };
  checkFields(input, TOP_FIELDS, '', r);

  if (!has(input, 'version')) missing('version', r);
  else if (input.version !== SCENARIO_VERSION) {
    r.add(
      'version',
      `Unsupported scenario version ${quote(input.version)}; this KafkaScope reads version ${SCENARIO_VERSION}.`,
      `지원하지 않는 scenario version ${quote(input.version)}입니다. 이 KafkaScope는 version ${SCENARIO_VERSION}을 읽습니다.`,
    );
  }

  let seed: number | undefined = DEFAULT_SEED;
  if (has(input, 'seed'))
    seed = intField(
      input.seed,
      'seed',
      {
        min: 0,
        max: SCENARIO_LIMITS.maxSeed,
        tooSmall: (n) => ({
          en: `The seed must be an integer from 0 to ${SCENARIO_LIMITS.maxSeed} (unsigned 32-bit), got ${n}.`,
          ko: `seed는 0부터 ${SCENARIO_LIMITS.maxSeed}까지의 정수(부호 없는 32비트)여야 합니다(지금 값: ${n}).`,
        }),
        tooBig: (n) => ({
          en: `The seed must be an integer from 0 to ${SCENARIO_LIMITS.maxSeed} (unsigned 32-bit), got ${n}.`,
          ko: `seed는 0부터 ${SCENARIO_LIMITS.maxSeed}까지의 정수(부호 없는 32비트)여야 합니다(지금 값: ${n}).`,
        }),
      },
      r,
    );

  let cluster: ClusterSpec | undefined;
  if (!has(input, 'cluster')) missing('cluster', r);
  else cluster = validateCluster(input.cluster, r);
  // Go on with what is known, so that one run reports as much as it can.
  const rawBrokers = isObj(input.cluster) ? input.cluster.brokers : undefined;
  const brokers =
    cluster?.brokers ??
    (typeof rawBrokers === 'number' &&
    Number.isInteger(rawBrokers) &&
    rawBrokers >= 1 &&
    rawBrokers <= SCENARIO_LIMITS.maxBrokers
      ? rawBrokers
      : undefined);
  const rawMetadata = isObj(input.cluster) ? input.cluster.metadata : undefined;
  const metadata: 'kraft' | 'zookeeper' =
    cluster?.metadata ?? (rawMetadata === 'zookeeper' ? 'zookeeper' : 'kraft');
  let brokerConfig: BrokerConfig | undefined;
  if (cluster) {
    try {
      brokerConfig = resolveBrokerConfig(cluster.config ?? {});
    } catch {
      brokerConfig = undefined;
    }
  }

  /** Arrays longer than their cap: reported, and not looked into. */
  const tooLong = new Set<string>();
  /** The array, or [] when it is missing, not an array, or longer than `max`. */
  const optionalArray = (
    field: string,
    max: number,
    what: { en: string; ko: string },
  ): unknown[] => {
    if (!has(input, field)) return [];
    if (!expectArray(input[field], field, r)) return [];
    const a = input[field];
    if (a.length > max) {
      tooLong.add(field);
      r.add(
        field,
        `KafkaScope simulates at most ${max} ${what.en}, got ${a.length}.`,
        `KafkaScope는 ${what.ko}을(를) 최대 ${max}개까지 시뮬레이션합니다(지금 ${a.length}개).`,
      );
      return [];
    }
    return a;
  };
  const L = SCENARIO_LIMITS;
  const rawTopics = optionalArray('topics', L.maxTopics, { en: 'topics', ko: 'topic' });
  const rawProducers = optionalArray('producers', L.maxProducers, {
    en: 'producers',
    ko: 'producer',
  });
  const rawGroups = optionalArray('consumerGroups', L.maxGroups, {
    en: 'consumer groups',
    ko: 'consumer group',
  });
  const rawActions = optionalArray('actions', L.maxActions, { en: 'actions', ko: 'action' });

  const topics: TopicSpec[] = [];
  const topicNames: string[] = [];
  let topicsOk = !tooLong.has('topics');
  rawTopics.forEach((t, i) => {
    const spec = validateTopicSpec(
      t,
      `topics[${i}]`,
      { brokers, metadata, existing: topicNames },
      r,
    );
    if (spec) topics.push(spec);
    else topicsOk = false;
    if (isObj(t) && typeof t.name === 'string') topicNames.push(t.name);
  });

  // Topics that exist at some point of the run: for workloads and subscriptions.
  const knownTopics = new Set(topicNames);
  for (const a of rawActions)
    if (isObj(a) && a.do === 'createTopic' && isObj(a.topic) && typeof a.topic.name === 'string')
      knownTopics.add(a.topic.name);

  const producers: ProducerSpec[] = [];
  const producerIds = new Set<string>();
  let producersOk = !tooLong.has('producers');
  rawProducers.forEach((p, i) => {
    const spec = validateProducer(p, `producers[${i}]`, producerIds, knownTopics, r);
    if (spec) producers.push(spec);
    else producersOk = false;
  });

  const groups: ConsumerGroupSpec[] = [];
  const groupIds = new Set<string>();
  let groupsOk = !tooLong.has('consumerGroups');
  rawGroups.forEach((g, i) => {
    const spec = validateGroup(g, `consumerGroups[${i}]`, groupIds, knownTopics, brokerConfig, r);
    if (spec) groups.push(spec);
    else groupsOk = false;
  });

  // Caps on the cluster as a whole.
  const internalReplicas =
    rawGroups.length > 0 && cluster
      ? offsetsTopicReplicas(cluster.config ?? {}, cluster.brokers)
      : 0;
  let replicas = internalReplicas;
  topics.forEach((t) => {
    const before = replicas;
    replicas += t.partitions * t.replicationFactor;
    if (replicas > L.maxReplicas && before <= L.maxReplicas) {
      const i = topicNames.indexOf(t.name);
      replicasTooMany(`topics[${i}].partitions`, replicas, internalReplicas, r);
      topicsOk = false;
    }
  });
  let members = 0;
  groups.forEach((g, i) => {
    members += g.members;
    if (members > L.maxMembers && members - g.members <= L.maxMembers) {
      membersTooMany(`consumerGroups[${i}].members`, members, r);
      groupsOk = false;
    }
  });
  const workloads: WorkloadInfo[] = [];
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
      r.add(workloadBlame(w), big.en, big.ko);
      producersOk = false;
    }
    const rp = `${w.path}.ratePerSec`;
    const before = { rate, bytesPerSec };
    rate += p.workload.ratePerSec;
    bytesPerSec += p.workload.ratePerSec * ((w.keyBytes ?? 0) + w.valueBytes);
    if (rate > L.maxTotalRatePerSec && before.rate <= L.maxTotalRatePerSec) {
      r.add(
        rp,
        `KafkaScope simulates at most ${L.maxTotalRatePerSec} records per second from all producers together; with this workload they send ${rate}.`,
        `KafkaScope는 모든 producer를 합쳐 초당 최대 ${L.maxTotalRatePerSec}개의 레코드까지 시뮬레이션합니다. 이 workload까지 더하면 초당 ${rate}개입니다.`,
      );
      producersOk = false;
    } else if (bytesPerSec > L.maxBytesPerSec && before.bytesPerSec <= L.maxBytesPerSec) {
      const total = Math.round(bytesPerSec);
      r.add(
        rp,
        `KafkaScope simulates at most ${L.maxBytesPerSec} bytes (10 MiB) of keys and values per second from all producers together; with this workload they send ${total}.`,
        `KafkaScope는 모든 producer를 합쳐 초당 최대 ${L.maxBytesPerSec}바이트(10 MiB)의 key와 value까지 시뮬레이션합니다. 이 workload까지 더하면 초당 ${total}바이트입니다.`,
      );
      producersOk = false;
    }
  });

  // Actions, in the order the engine applies them: by `at`, then by position.
  const actions: (Action | undefined)[] = new Array<Action | undefined>(rawActions.length);
  if (brokers !== undefined && topicsOk && producersOk && groupsOk) {
    const state = new ScenarioState(brokers, metadata, cluster?.config ?? {});
    topics.forEach((t) => state.addTopic(t));
    producers.forEach((p) => state.addProducer(p));
    groups.forEach((g) => state.addGroup(g));
    state.internalReplicas = internalReplicas;
    state.workloads.push(...workloads);
    const order = rawActions
      .map((a, i) => ({
        i,
        at:
          isObj(a) &&
          typeof a.at === 'number' &&
          Number.isInteger(a.at) &&
          a.at >= 0 &&
          a.at <= L.maxTimeMs
            ? a.at
            : Infinity,
      }))
      .sort((x, y) => x.at - y.at || x.i - y.i);
    for (const { i } of order) {
      const a = validateActionInto(rawActions[i], state, `actions[${i}]`, r);
      actions[i] = a;
      if (a) state.apply(a);
    }
  } else if (rawActions.length > 0) {
    // The state the actions act on is broken; check each action's shape only.
    const state = new ScenarioState(brokers ?? SCENARIO_LIMITS.maxBrokers, metadata, {});
    rawActions.forEach((a, i) => {
      const sub = new Report();
      validateActionInto(a, state, `actions[${i}]`, sub);
      for (const e of sub.errors)
        if (
          /^(Missing required field|Unknown field|Unknown action|Expected |Must be )/.test(
            e.message,
          )
        )
          r.add(e.path, e.message, e.messageKo);
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
