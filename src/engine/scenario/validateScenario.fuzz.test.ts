// Fuzzing the scenario validator (issue #9 item 6), seeded and bounded. Malformed, hostile and
// huge scenarios — mutations of the starter scenarios, arbitrary JSON, deep nesting, huge numbers
// and strings, prototype keys — must be answered, quickly, with ok or with errors that each name
// a field path; never a throw. Scenarios it accepts must run 20 s of simulated time without
// throwing, without a zero-time loop and within an event budget.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSimulation } from '../sim/Simulation';
import { BROKER_CONFIG_DEF } from '../config/BrokerConfig';
import { CONSUMER_CONFIG_DEF } from '../config/ConsumerConfig';
import { PRODUCER_CONFIG_DEF } from '../config/ProducerConfig';
import { TOPIC_CONFIG_DEF } from '../config/TopicConfig';
import type { ConfigDef } from '../config/ConfigDef';
import {
  SCENARIO_LIMITS,
  contextFromScenario,
  parseScenario,
  validateAction,
  validateScenario,
} from './validateScenario';
import type { EngineError, ErrorCode } from '../common/EngineError';
import { errorMessage } from '../../content/errors';
import type { Scenario } from './Scenario';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const scenarioDir = join(__dirname, '../../content/scenarios');
const STARTERS: Record<string, Json> = Object.fromEntries(
  readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(scenarioDir, f), 'utf8'))]),
);
const starterNames = Object.keys(STARTERS);

/** Whole-input errors, the only ones with an empty path. */
const WHOLE_INPUT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'scenario.notObject',
  'input.tooLarge',
  'errors.more',
]);

/** An error is plain data: its params are JSON (strings, numbers, booleans, null, arrays of those). */
function isPlainParam(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number');
}

/** One error's contract: a bounded path, plain params, and a sentence in both languages. */
function checkError(e: EngineError): void {
  expect(typeof e.path).toBe('string');
  expect(e.path.length).toBeLessThan(1000);
  expect(Object.values(e.params).every(isPlainParam)).toBe(true);
  expect(JSON.stringify(e.params).length).toBeLessThan(2000);
  const en = errorMessage(e, 'en');
  const ko = errorMessage(e, 'ko');
  expect(en.length).toBeGreaterThan(0);
  expect(en.length).toBeLessThan(2000);
  expect(en).not.toMatch(/\bundefined\b|\[object /);
  expect(ko).toMatch(/[\uAC00-\uD7A3]/);
  expect(ko.length).toBeLessThan(2000);
  expect(ko).not.toMatch(/\bundefined\b|\[object /);
}

/** Assert the validator's contract for one answer. */
function checkErrors(errors: EngineError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(SCENARIO_LIMITS.maxErrors + 1);
  for (const e of errors) {
    if (e.path === '') expect(WHOLE_INPUT.has(e.code)).toBe(true);
    checkError(e);
  }
}

/** Validate, assert the contract and a time bound; the accepted scenario or undefined. */
function validateChecked(input: unknown): Scenario | undefined {
  const t0 = performance.now();
  const r = validateScenario(input);
  expect(performance.now() - t0).toBeLessThan(2000);
  if (r.ok) return r.scenario;
  checkErrors(r.errors);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

function nest(depth: number, inArray: boolean, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = inArray ? [v] : { x: v };
  return v;
}

/** Own data property, even for "__proto__". */
function put(o: Json, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'version ',
  'Topics',
  '𝕂𝕒𝕗𝕜𝕒',
  '\u0000',
  '\ud800',
  'x'.repeat(300),
];

const hugeNumber = fc.constantFrom(
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53 + 2,
  2 ** 63,
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -0,
  -1,
  0,
  1,
  0.5,
  1.5,
  100_000_000,
);

const oddString = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0x10',
  ' 5 ',
  '',
  '-0',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775809',
  '1_000',
  '١٢٣',
  '5ms',
  'true',
  'null',
  'all',
  'none',
  'compact,delete',
  ',,,',
  'range,range',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '"; DROP TABLE topics; --',
  '𝕂𝕒𝕗𝕜𝕒 \uCE74\uD504\uCE74',
  '\u0000\u0001',
  '\ud800',
  'broker:0',
  'broker:99999999999999999999',
  'topic:',
  'group:__proto__',
);

const hugeString = fc
  .tuple(fc.integer({ min: 250, max: 1_300_000 }), fc.constantFrom('x', 'é', '\uCE74', '😀', '.'))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

const deepValue = fc
  .tuple(fc.integer({ min: 20, max: 100_000 }), fc.boolean(), fc.constantFrom(0, 'x', null, [], {}))
  .map(([d, arr, leaf]) => nest(d, arr, leaf));

const bigArray = fc
  .tuple(fc.integer({ min: 100, max: 300_000 }), fc.constantFrom(0, 'k', null, {}, [1]))
  .map(([n, v]) => Array.from({ length: n }, () => v));

const protoObject = fc
  .constantFrom(
    '{"__proto__": {"polluted": 1}}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
    '{"__proto__": null}',
    '{"__proto__": 5, "toString": 1}',
  )
  .map((s) => JSON.parse(s) as unknown);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hugeNumber },
  { weight: 4, arbitrary: oddString },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: bigArray },
  { weight: 1, arbitrary: protoObject },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
);

// ---------------------------------------------------------------------------------------------
// Mutations of the starters
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

/** Paths to the objects and arrays inside `v` (the root included), down to the scenario's own depth. */
function containers(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (v === null || typeof v !== 'object' || path.length > 8 || out.length > 2000) return out;
  out.push(path);
  if (Array.isArray(v)) v.slice(0, 50).forEach((x, i) => containers(x, [...path, i], out));
  else for (const k of Object.keys(v).slice(0, 50)) containers((v as Json)[k], [...path, k], out);
  return out;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce((o, k) => o[k], root);
}

type Mutation =
  | { op: 'set'; target: number; pick: number; value: unknown }
  | { op: 'delete'; target: number; pick: number }
  | { op: 'add'; target: number; key: string; value: unknown }
  | { op: 'duplicate'; target: number; pick: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('set' as const),
      target: fc.nat(),
      pick: fc.nat(),
      value: hostileValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('delete' as const), target: fc.nat(), pick: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      target: fc.nat(),
      key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
      value: hostileValue,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      target: fc.nat(),
      pick: fc.nat(),
      times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 90, max: 12_000 })),
    }),
  },
);

function mutate(starter: string, mutations: Mutation[]): Json {
  const s = structuredClone(STARTERS[starter]);
  for (const m of mutations) {
    const all = containers(s);
    const path = all[m.target % all.length]!;
    const c = getAt(s, path);
    const keys: (string | number)[] = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
    if (m.op === 'add') {
      if (Array.isArray(c)) c.push(m.value);
      else put(c, m.key, m.value);
      continue;
    }
    if (keys.length === 0) continue;
    const k = keys[m.pick % keys.length]!;
    if (m.op === 'set') {
      if (Array.isArray(c)) c[k as number] = m.value;
      else put(c, k as string, m.value);
    } else if (m.op === 'delete') {
      if (Array.isArray(c)) c.splice(k as number, 1);
      else delete c[k];
    } else if (Array.isArray(c)) {
      // Duplicate ids, names, actions … or very many of them.
      // (The same object each time: a clone of a deeply nested value would overflow the test's stack.)
      for (let i = 0; i < m.times; i++) c.push(c[k as number]);
    }
  }
  return s;
}

const mutatedStarter = fc
  .tuple(fc.constantFrom(...starterNames), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([name, ms]) => mutate(name, ms));

// ---------------------------------------------------------------------------------------------
// Plausible scenarios: starters with values at the edges of what is allowed, and random actions
// ---------------------------------------------------------------------------------------------

/** Values at the edges of a config key's type and range (Kafka's and the simulator's). */
function edgeValues(def: ConfigDef, name: string): unknown[] {
  const key = def.key(name)!;
  switch (key.type) {
    case 'boolean':
      return [true, false, 'TRUE'];
    case 'enum':
      return [...(key.values ?? []), 'bogus'];
    case 'list':
    case 'string':
      return ['', 'range', 'cooperative-sticky', 'uniform', 'compact', 'delete,compact', 'x'];
    default:
      return [0, 1, 2, 14, 100, 1000, 5000, 2 ** 31 - 1, '9223372036854775807', -1, 0.5];
  }
}

const DEFS = {
  broker: BROKER_CONFIG_DEF,
  topic: TOPIC_CONFIG_DEF,
  producer: PRODUCER_CONFIG_DEF,
  consumer: CONSUMER_CONFIG_DEF,
} as const;

const configEdge = fc
  .constantFrom(...(Object.keys(DEFS) as (keyof typeof DEFS)[]))
  .chain((kind) =>
    fc
      .constantFrom(...DEFS[kind].names())
      .chain((name) =>
        fc.constantFrom(...edgeValues(DEFS[kind], name)).map((value) => ({ kind, name, value })),
      ),
  );

const randomAction = fc.record({
  at: fc.integer({ min: 0, max: 20_000 }),
  kind: fc.constantFrom(
    'killBroker',
    'shutdownBroker',
    'restartBroker',
    'isolateBroker',
    'healBroker',
    'slowBroker',
    'addConsumer',
    'crashConsumer',
    'stallConsumer',
    'produce',
    'addPartitions',
    'setConfig',
    'setWorkload',
  ),
  n: fc.nat(),
  edge: configEdge,
  text: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)),
});

type RandomAction = typeof randomAction extends fc.Arbitrary<infer T> ? T : never;

function actionFor(s: Json, a: RandomAction): Json {
  const pick = (xs: Json[] | undefined) => xs?.[a.n % Math.max(1, xs.length)];
  const broker = 1 + (a.n % s.cluster.brokers);
  const group = pick(s.consumerGroups);
  const producer = pick(s.producers);
  const topic = pick(s.topics);
  switch (a.kind) {
    case 'slowBroker':
      return { at: a.at, do: a.kind, broker, factor: 1 + (a.n % 1000) };
    case 'addConsumer':
      return { at: a.at, do: a.kind, group: group?.id };
    case 'crashConsumer':
      return { at: a.at, do: a.kind, group: group?.id, member: `${group?.id}-1` };
    case 'stallConsumer':
      return {
        at: a.at,
        do: a.kind,
        group: group?.id,
        member: `${group?.id}-1`,
        ms: 1 + (a.n % 60_000),
      };
    case 'produce':
      return {
        at: a.at,
        do: a.kind,
        producer: producer?.id,
        topic: topic?.name,
        key: a.text,
        value: a.text,
      };
    case 'setWorkload':
      return { at: a.at, do: a.kind, producer: producer?.id, ratePerSec: a.n % 300 };
    case 'addPartitions':
      return {
        at: a.at,
        do: a.kind,
        topic: topic?.name,
        count: (topic?.partitions ?? 1) + 1 + (a.n % 5),
      };
    case 'setConfig': {
      // A scenario without such an entity gets the cluster as target (its key is then refused
      // by name) rather than a made-up `group:undefined`.
      const target =
        a.edge.kind === 'topic' && topic
          ? `topic:${topic.name}`
          : a.edge.kind === 'producer' && producer
            ? `producer:${producer.id}`
            : a.edge.kind === 'consumer' && group
              ? `group:${group.id}`
              : 'cluster';
      return { at: a.at, do: a.kind, target, key: a.edge.name, value: a.edge.value };
    }
    default:
      return { at: a.at, do: a.kind, broker };
  }
}

/** Starters cheap enough to run many times (a 20 s run of each takes well under a second). */
const RUNNABLE = starterNames.filter((n) => !/classic-vs-consumer|eager-vs-cooperative/.test(n));

const plausibleScenario = fc
  .record({
    starter: fc.constantFrom(...RUNNABLE),
    edges: fc.array(configEdge, { maxLength: 3 }),
    latencyMs: fc.option(fc.constantFrom(1, 2, 1000, 60_000), { nil: undefined }),
    jitterMs: fc.option(fc.constantFrom(0, 1, 60_000), { nil: undefined }),
    rate: fc.option(fc.constantFrom(0, 1e-9, 0.5, 100, 2000), { nil: undefined }),
    valueBytes: fc.option(fc.constantFrom(0, 1, 1000, 100_000, 1_048_400), { nil: undefined }),
    processing: fc.option(fc.constantFrom(0, 1, 3_600_000), { nil: undefined }),
    actions: fc.array(randomAction, { maxLength: 6 }),
  })
  .map((p) => {
    const s = structuredClone(STARTERS[p.starter]);
    s.topics ??= [];
    s.producers ??= [];
    s.consumerGroups ??= [];
    for (const e of p.edges) {
      if (e.kind === 'broker')
        s.cluster.config = { ...(s.cluster.config ?? {}), [e.name]: e.value };
      else if (e.kind === 'topic')
        for (const t of s.topics) t.config = { ...(t.config ?? {}), [e.name]: e.value };
      else if (e.kind === 'producer')
        for (const x of s.producers) x.config = { ...(x.config ?? {}), [e.name]: e.value };
      else for (const g of s.consumerGroups) g.config = { ...(g.config ?? {}), [e.name]: e.value };
    }
    if (p.latencyMs !== undefined || p.jitterMs !== undefined)
      s.cluster.network = {
        ...(p.latencyMs !== undefined ? { latencyMs: p.latencyMs } : {}),
        ...(p.jitterMs !== undefined ? { jitterMs: p.jitterMs } : {}),
      };
    for (const x of s.producers) {
      if (!x.workload) continue;
      if (p.rate !== undefined) x.workload.ratePerSec = p.rate;
      if (p.valueBytes !== undefined) x.workload.valueBytes = p.valueBytes;
    }
    if (p.processing !== undefined)
      for (const g of s.consumerGroups) g.processingMsPerRecord = p.processing;
    s.actions = [...(s.actions ?? []), ...p.actions.map((a) => actionFor(s, a))];
    return s;
  });

/** Run to `untilMs`, failing on a zero-time loop or an unbounded number of events. */
function runBoundedSim(s: Scenario, untilMs: number): void {
  const sim = createSimulation(s);
  let events = 0;
  let sameMs = 0;
  let last = -1;
  for (;;) {
    const t = sim.nextEventTime();
    if (t === null || t > untilMs) break;
    sim.step();
    if (++events > 1_000_000) throw new Error(`more than a million events by ${t} ms`);
    sameMs = t === last ? sameMs + 1 : 0;
    last = t;
    if (sameMs > 50_000) throw new Error(`the clock is stuck at ${t} ms`);
  }
  sim.advanceTo(untilMs);
  sim.snapshot({ records: true });
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/** Seeded and bounded; FUZZ_SEED / FUZZ_RUNS (a multiplier) explore further from the command line. */
function opts(seed: number, numRuns: number): { seed: number; numRuns: number } {
  const env = typeof process !== 'undefined' ? process.env : {};
  return {
    seed: env.FUZZ_SEED ? Number(env.FUZZ_SEED) : seed,
    numRuns: Math.round(numRuns * (env.FUZZ_RUNS ? Number(env.FUZZ_RUNS) : 1)),
  };
}

describe('validateScenario fuzzing', () => {
  it('answers mutated starters with ok or errors naming a field, never a throw', () => {
    fc.assert(
      fc.property(mutatedStarter, (s) => {
        validateChecked(s);
      }),
      opts(0x5ca1ab1e, 300),
    );
  });

  it('answers arbitrary JSON and hostile values the same way', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileValue), (v) => {
        validateChecked(v);
        validateChecked({ version: 1, cluster: { brokers: 1 }, topics: v });
        validateChecked({ version: 1, cluster: v, actions: [v] });
      }),
      opts(0x0ddba11, 200),
    );
  });

  it('answers runtime actions (validateAction) the same way', () => {
    const ctx = contextFromScenario(parseScenario(STARTERS['waiting-events']));
    fc.assert(
      fc.property(
        fc.oneof(
          hostileValue,
          randomAction.map((a) => actionFor(STARTERS['waiting-events'], a)),
          fc
            .tuple(randomAction, fc.constantFrom(...HOSTILE_KEYS), hostileValue)
            .map(([a, k, v]) => {
              const x = actionFor(STARTERS['waiting-events'], a);
              put(x, k, v);
              return x;
            }),
        ),
        (a) => {
          const errors = validateAction(a, ctx);
          if (errors.length > 0) {
            expect(errors.length).toBeLessThanOrEqual(SCENARIO_LIMITS.maxErrors + 1);
            for (const e of errors) {
              expect(e.path).toMatch(/^action/);
              checkError(e);
            }
          }
        },
      ),
      opts(0xac7, 200),
    );
  });

  it('runs every plausible scenario it accepts for 20 s of simulated time', () => {
    let ran = 0;
    fc.assert(
      fc.property(plausibleScenario, (s) => {
        const scenario = validateChecked(s);
        if (!scenario) return;
        runBoundedSim(scenario, 20_000);
        ran++;
        if (process.env.FUZZ_VERBOSE) console.log('ran', JSON.stringify(s).slice(0, 300));
      }),
      opts(0xfeed, 20),
    );
    expect(ran).toBeGreaterThan(3);
  }, 60_000);

  it('does not pollute Object.prototype', () => {
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
