// Regression tests for input that used to be accepted and then crash or hang (issue #9 item 6):
// each is now refused with an error naming the field, or runs within bounded simulated time.
// The runs step through events with a guard, so an engine that loops at one simulated ms fails
// the test instead of hanging it.
import { describe, expect, it } from 'vitest';
import waitingEvents from '../../content/scenarios/waiting-events.json';
import { createSimulation } from '../sim/Simulation';
import type { Simulation } from '../sim/Simulation';
import {
  SCENARIO_LIMITS,
  contextFromScenario,
  estimateRecordSizeUpperBound,
  parseScenario,
  validateAction,
  validateScenario,
} from './validateScenario';
import type { EngineError } from '../common/EngineError';
import { errorMessage } from '../../content/errors';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function starter(): Json {
  return structuredClone(waitingEvents) as Json;
}

/** An error with its sentences (src/content/errors), for the tests that check the wording. */
type Rendered = EngineError & { en: string; ko: string };

function render(e: EngineError): Rendered {
  const r = { ...e, en: errorMessage(e, 'en'), ko: errorMessage(e, 'ko') };
  expect(typeof r.path).toBe('string');
  expect(r.en.length).toBeGreaterThan(0);
  expect(r.ko).toMatch(/[\uAC00-\uD7A3]/);
  return r;
}

function errorsOf(input: unknown): Rendered[] {
  const r = validateScenario(input);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors.map(render);
}

/** The errors at `path` (fails when there are none). */
function at(input: unknown, path: string): Rendered[] {
  const errors = errorsOf(input);
  const found = errors.filter((e) => e.path === path);
  if (found.length === 0)
    throw new Error(
      `no error at ${path}; got ${JSON.stringify(errors.map((e) => [e.path, e.code, e.en.slice(0, 120)]))}`,
    );
  return found;
}

function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/**
 * Run to `untilMs` one event at a time; throw if the simulation keeps firing events without its
 * clock moving (a zero-time loop) or takes an unbounded number of events.
 */
function runGuarded(sim: Simulation, untilMs: number, maxEvents = 2_000_000): number {
  let events = 0;
  let sameMs = 0;
  let last = -1;
  for (;;) {
    const t = sim.nextEventTime();
    if (t === null || t > untilMs) break;
    sim.step();
    if (++events > maxEvents) throw new Error(`more than ${maxEvents} events by ${t} ms`);
    sameMs = t === last ? sameMs + 1 : 0;
    last = t;
    if (sameMs > 100_000) throw new Error(`the clock is stuck at ${t} ms`);
  }
  sim.advanceTo(untilMs);
  return events;
}

describe('record sizes: Kafka refuses records over max.request.size', () => {
  it('refuses workload.valueBytes 2^31-1 (once "Invalid string length" at run time)', () => {
    const s = starter();
    s.producers[0].workload.valueBytes = 2 ** 31 - 1;
    const [e] = at(s, 'producers[0].workload.valueBytes');
    expect(e!.code).toBe('record.tooLargeForProducer');
    expect(e!.en).toMatch(
      /^The message is \d+ bytes when serialized which is larger than 1048576, which is the value of the max\.request\.size configuration\./,
    );
  });

  it('refuses workload.valueBytes 10^8 (once a heap exhausted at run time)', () => {
    const s = starter();
    s.producers[0].workload.valueBytes = 1e8;
    expect(at(s, 'producers[0].workload.valueBytes')[0]!.en).toContain('max.request.size');
  });

  it("uses KafkaProducer's size estimate, so a record just within max.request.size runs", () => {
    // estimateSizeInBytesUpperBound: 61 + 21 + key (varint + bytes) + value (varint + bytes) + 1.
    // Lengths are zig-zag varints: 63 takes one byte, 64 two.
    expect(estimateRecordSizeUpperBound(null, 63)).toBe(61 + 21 + 1 + (1 + 63) + 1);
    expect(estimateRecordSizeUpperBound(3, 1000)).toBe(61 + 21 + (1 + 3) + (2 + 1000) + 1);
    const s = starter();
    delete s.producers[0].workload.keys;
    s.producers[0].config['max.request.size'] = 2000;
    s.producers[0].workload.valueBytes = 2000 - (61 + 21 + 1 + 2 + 1);
    s.producers[0].workload.ratePerSec = 1;
    s.actions = [];
    expect(validateScenario(s).ok).toBe(true);
    s.producers[0].workload.valueBytes++;
    at(s, 'producers[0].workload.valueBytes');
  });

  it('holds a produce action of 10 MB to the same limit, at the value', () => {
    const s = starter();
    s.actions[0].value = 'v'.repeat(10_000_000);
    // 10 MB of JSON is over the scenario's size limit too: that is reported first, alone.
    expect(errorsOf(s).map((e) => e.path)).toEqual(['']);
    const s2 = starter();
    s2.producers[0].config['max.request.size'] = 100_000;
    s2.actions[0].value = 'v'.repeat(200_000);
    const [e] = at(s2, 'actions[0].value');
    expect(e!.code).toBe('record.tooLargeForProducer');
    expect(e!.en).toContain('which is the value of the max.request.size configuration');
    // A runtime action is checked the same way.
    const scenario = parseScenario(starter());
    const errors = validateAction(
      {
        at: 0,
        do: 'produce',
        producer: 'p1',
        topic: 'waiting-events',
        key: 'é'.repeat(600_000), // 1.2 MB in UTF-8, within the 1 MiB of JSON characters
        value: null,
      },
      contextFromScenario(scenario),
    );
    expect(errors.map((x) => [x.path, x.code])).toEqual([
      ['action.key', 'record.tooLargeForProducer'],
    ]);
  });

  it('caps records at 1 MiB even when max.request.size allows more', () => {
    const s = starter();
    s.producers[0].config['max.request.size'] = 2147483647;
    s.producers[0].workload.valueBytes = 2_000_000;
    s.producers[0].workload.ratePerSec = 1;
    expect(at(s, 'producers[0].workload.valueBytes')[0]!.en).toMatch(
      /^KafkaScope simulates records of at most 1048576 bytes/,
    );
  });

  it("refuses a record larger than the topic's max.message.bytes (the broker's MESSAGE_TOO_LARGE)", () => {
    const s = starter();
    s.topics[0].config['max.message.bytes'] = 100;
    expect(at(s, 'producers[0].workload.valueBytes')[0]!.en).toMatch(
      /exceeds the topic's max\.message\.bytes \(100\): Kafka's broker refuses it with MESSAGE_TOO_LARGE/,
    );
    // ... and a setConfig that would make the workload's records too large, at its value.
    const s2 = starter();
    s2.actions = [
      { at: 10, do: 'setConfig', target: 'cluster', key: 'message.max.bytes', value: 50 },
    ];
    at(s2, 'actions[0].value');
    const s3 = starter();
    s3.actions = [
      { at: 10, do: 'setConfig', target: 'producer:p1', key: 'max.request.size', value: 10 },
    ];
    const [e3] = at(s3, 'actions[0].value');
    expect(e3!.params).toMatchObject({ workload: 'producers[0].workload' });
    expect(e3!.en).toMatch(/^producers\[0\]\.workload: The message is \d+ bytes/);
  });

  it('caps the bytes and records per second of all workloads together', () => {
    const s = starter();
    s.producers[0].workload.ratePerSec = 10000;
    s.producers[0].workload.valueBytes = 100_000;
    expect(at(s, 'producers[0].workload.ratePerSec')[0]!.en).toContain('10 MiB');
    const s2 = starter();
    s2.producers[0].workload.ratePerSec = 6000;
    s2.producers.push({ ...structuredClone(s2.producers[0]), id: 'p2' });
    expect(at(s2, 'producers[1].workload.ratePerSec')[0]!.en).toContain(
      'records per second from all producers together',
    );
  });
});

describe('zero-time loops: Kafka values the engine must run without spinning', () => {
  it('auto.commit.interval.ms 0 commits at every poll and lets time move', () => {
    const s = starter();
    s.consumerGroups[0].config['auto.commit.interval.ms'] = 0;
    const sim = createSimulation(s);
    runGuarded(sim, 20_000);
    const g = sim.snapshot().consumerGroups[0]!;
    expect(g.consumed).toBeGreaterThan(0);
    // Committed at every poll: nothing consumed is left uncommitted for long.
    const committed = g.committed.reduce((n, c) => n + c.offset, 0);
    expect(committed).toBeGreaterThan(0);
    expect(g.lag.every((l) => l.lag <= 5)).toBe(true);
  });

  it('heartbeat.interval.ms 0 heartbeats as answers come, without spinning', () => {
    const s = starter();
    s.consumerGroups[0].config['heartbeat.interval.ms'] = 0;
    runGuarded(createSimulation(s), 20_000);
  });

  it('request.timeout.ms 0 times requests out after 1 ms, as NetworkClient does, without spinning', () => {
    const s = starter();
    s.producers[0].config = { acks: 'all', 'request.timeout.ms': 0, 'linger.ms': 0 };
    const sim = createSimulation(s);
    runGuarded(sim, 20_000);
    // Every request times out before its answer can arrive: nothing is ever acknowledged.
    expect(sim.now).toBe(20_000);
    expect(sim.snapshot().producers[0]!.acknowledged).toBe(0);
  });

  it('refuses network latency 0, which lets fetch.max.wait.ms=0 loop at one ms', () => {
    const s = starter();
    s.cluster.network = { latencyMs: 0, jitterMs: 0 };
    expect(at(s, 'cluster.network.latencyMs')[0]!.en).toMatch(/at least 1 ms/);
    s.cluster.network = { latencyMs: 1, jitterMs: 0 };
    s.consumerGroups[0].config['fetch.max.wait.ms'] = 0;
    s.cluster.config = { 'replica.fetch.wait.max.ms': 0 };
    // A fetch every 2 ms per link: heavy, but simulated time moves.
    runGuarded(createSimulation(s), 1_000);
  });

  it("refuses a negative heartbeat or session timeout, as Kafka's Timer does", () => {
    const s = starter();
    s.consumerGroups[0].config['heartbeat.interval.ms'] = -5;
    expect(at(s, 'consumerGroups[0].config.heartbeat.interval.ms')[0]!.en).toBe(
      'Invalid negative timeout -5',
    );
  });
});

describe('nesting, size and counts', () => {
  it('refuses arrays nested 100,000 deep without overflowing the stack', () => {
    for (const put of [
      (s: Json, v: unknown) => (s.version = v),
      (s: Json, v: unknown) => (s.actions[0].do = v),
      (s: Json, v: unknown) => (s.topics[0].assignment = v),
      (s: Json, v: unknown) => (s.extra = v),
    ]) {
      const s = starter();
      put(s, deepArray(100_000));
      const errors = errorsOf(s);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.code).toBe('input.tooDeep');
      expect(errors[0]!.en).toMatch(/nested at most 32 levels/);
      expect(errors[0]!.path).toMatch(/\[0\]$/);
    }
    // The same for a runtime action.
    const ctx = contextFromScenario(parseScenario(starter()));
    const deep = validateAction({ at: 0, do: deepArray(100_000) }, ctx);
    expect(deep.map((e) => e.code)).toEqual(['input.tooDeep']);
    expect(render(deep[0]!).en).toMatch(/nested/);
  });

  it('refuses a scenario over 1 MiB of JSON, and a million actions, quickly', () => {
    const s = starter();
    s.actions = Array.from({ length: 1_000_000 }, (_, i) => ({
      at: i,
      do: 'healBroker',
      broker: 1,
    }));
    const t0 = performance.now();
    expect(errorsOf(s)).toEqual([expect.objectContaining({ path: '', code: 'input.tooLarge' })]);
    expect(performance.now() - t0).toBeLessThan(3000);
    const s2 = starter();
    s2.actions = Array.from({ length: SCENARIO_LIMITS.maxActions + 1 }, () => ({
      at: 1,
      do: 'healBroker',
      broker: 1,
    }));
    expect(at(s2, 'actions')[0]!.en).toMatch(/at most 10000 actions/);
  });

  it('refuses more topics, replicas, members, producers or groups than a tab can run', () => {
    const s = starter();
    s.topics = Array.from({ length: 101 }, (_, i) => ({
      name: `t${i}`,
      partitions: 1,
      replicationFactor: 1,
    }));
    at(s, 'topics');
    const s2 = starter();
    s2.cluster.brokers = 50;
    s2.topics[0].partitions = 1000;
    s2.topics[0].replicationFactor = 50;
    expect(at(s2, 'topics[0].partitions')[0]!.en).toMatch(/partition replicas/);
    const s3 = starter();
    s3.consumerGroups = Array.from({ length: 3 }, (_, i) => ({
      id: `g${i}`,
      topics: ['waiting-events'],
      members: 400,
    }));
    at(s3, 'consumerGroups[2].members');
    const s4 = starter();
    s4.cluster.config = { 'offsets.topic.num.partitions': 100000 };
    at(s4, 'cluster.config.offsets.topic.num.partitions');
    const s5 = starter();
    s5.actions = Array.from({ length: 101 }, (_, i) => ({
      at: 1,
      do: 'createTopic',
      topic: { name: `n${i}`, partitions: 1, replicationFactor: 1 },
    }));
    at(s5, 'actions[99].topic');
  });

  it('holds issue #16 scale case (50 brokers, 10 topics × 1,000 partitions at RF 3) and no more than 32,000 replicas', () => {
    const s = starter();
    s.cluster.brokers = 50;
    s.topics = Array.from({ length: 10 }, (_, i) => ({
      name: `t${i}`,
      partitions: 1000,
      replicationFactor: 3,
    }));
    s.producers[0].workload.topic = 't0';
    s.consumerGroups[0].topics = ['t0'];
    s.actions = [];
    expect(validateScenario(s).ok).toBe(true); // 30,000 + 150 for __consumer_offsets
    s.topics.push({ name: 'big', partitions: 617, replicationFactor: 3 }); // 32,001
    const [e] = at(s, 'topics[10].partitions');
    expect(e!.en).toMatch(
      /at most 32000 partition replicas.*32001 \(150 of them for __consumer_offsets\)/,
    );
    s.topics[10]!.partitions = 616; // 31,998
    expect(validateScenario(s).ok).toBe(true);
  });

  it('refuses an action at 2^53-1 ms: the most simulated time is a week', () => {
    const s = starter();
    s.actions[0].at = Number.MAX_SAFE_INTEGER;
    expect(at(s, 'actions[0].at')[0]!.en).toMatch(/at most 604800000 ms/);
    s.actions[0].at = SCENARIO_LIMITS.maxTimeMs;
    expect(validateScenario(s).ok).toBe(true);
  });

  it('caps processingMsPerRecord and rack ids', () => {
    const s = starter();
    s.consumerGroups[0].processingMsPerRecord = Number.MAX_SAFE_INTEGER;
    at(s, 'consumerGroups[0].processingMsPerRecord');
    const s2 = starter();
    s2.cluster.racks = ['r'.repeat(250), 'b', 'c'];
    at(s2, 'cluster.racks[0]');
  });
});

describe('hostile keys and strings', () => {
  it('reports __proto__ and constructor config keys instead of dropping them', () => {
    const s = starter();
    s.topics[0].config = JSON.parse('{"__proto__": 5, "constructor": 1, "toString": "x"}');
    const paths = errorsOf(s).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'topics[0].config.__proto__',
        'topics[0].config.constructor',
        'topics[0].config.toString',
      ]),
    );
    const polluted = JSON.parse('{"version":1,"cluster":{"brokers":1},"__proto__":{"seed":3}}');
    at(polluted, '__proto__');
    expect(({} as Json).seed).toBeUndefined();
  });

  it('keeps messages short when names and values are huge', () => {
    const s = starter();
    const big = 'é'.repeat(200_000);
    s.topics[0].name = big;
    s.producers[0].config[big] = big;
    s.cluster.config = { 'log.segment.bytes': big };
    s.actions[0].do = big;
    for (const e of errorsOf(s)) {
      expect(e.path.length).toBeLessThan(200);
      expect(e.en.length).toBeLessThan(1000);
      expect(e.ko.length).toBeLessThan(1000);
      expect(JSON.stringify(e.params).length).toBeLessThan(1000);
    }
  });

  it('lists at most 100 errors and counts the rest', () => {
    const s = starter();
    s.producers[0].workload.keys = Array.from({ length: 5000 }, () => 1);
    const errors = errorsOf(s);
    expect(errors).toHaveLength(SCENARIO_LIMITS.maxErrors + 1);
    expect(errors.at(-1)).toMatchObject({ path: '', code: 'errors.more', params: { count: 4900 } });
    expect(errors.at(-1)!.en).toMatch(/and 4900 more error/);
  });
});

describe('Kafka-valid extremes that run within bounds', () => {
  it.each<[string, (s: Json) => void]>([
    ['segment.bytes 14, smaller than any batch', (s) => (s.topics[0].config['segment.bytes'] = 14)],
    [
      'retention.ms 0 and retention.bytes 0',
      (s) =>
        Object.assign(s.topics[0].config, {
          'retention.ms': 0,
          'retention.bytes': 0,
          'segment.bytes': 100,
        }),
    ],
    [
      'log.retention.check.interval.ms 1',
      (s) => (s.cluster.config = { 'log.retention.check.interval.ms': 1 }),
    ],
    [
      'linger.ms Long.MAX_VALUE',
      (s) => (s.producers[0].config['linger.ms'] = '9223372036854775807'),
    ],
    ['batch.size 0', (s) => (s.producers[0].config['batch.size'] = 0)],
    [
      'max.poll.records 2^31-1',
      (s) => (s.consumerGroups[0].config['max.poll.records'] = 2 ** 31 - 1),
    ],
    ['max.poll.interval.ms 1', (s) => (s.consumerGroups[0].config['max.poll.interval.ms'] = 1)],
    [
      'processingMsPerRecord an hour',
      (s) => (s.consumerGroups[0].processingMsPerRecord = 3_600_000),
    ],
    ['ratePerSec 1e-300', (s) => (s.producers[0].workload.ratePerSec = 1e-300)],
    ['latency a minute', (s) => (s.cluster.network = { latencyMs: 60000, jitterMs: 60000 })],
    [
      'a broker slowed 1000×',
      (s) => s.actions.push({ at: 100, do: 'slowBroker', broker: 1, factor: 1000 }),
    ],
  ])('%s', (_, change) => {
    const s = starter();
    change(s);
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([]);
    runGuarded(createSimulation(s), 20_000);
  });
});
