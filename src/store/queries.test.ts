// The views' read path: plain-data queries bound to the running simulation, a version that
// changes with every published frame, and one trace subscription fanned out to derived logs.
import { beforeEach, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../engine';
import { registerDerivedLog, useSimStore } from './simStore';

const store = () => useSimStore.getState();

describe('store queries', () => {
  beforeEach(() => {
    store().loadStarter('log-segments');
    useSimStore.setState({ error: null, playing: false, speed: 1 });
  });

  it('answer from the current simulation, with a new version per published frame', () => {
    const before = store().queries;
    store().advanceWall(50);
    const after = store().queries;
    expect(after).not.toBe(before);
    expect(after.version).not.toBe(before.version);
    const topic = store().scenario!.topics[0]!.name;
    expect(after.topicConfig(topic)?.segmentBytes).toBeGreaterThan(0);
    expect(after.topicConfig('no-such-topic')).toBeNull();
    expect(after.brokerConfig().replicaLagTimeMaxMs).toBeGreaterThan(0);
  });

  it('return copies: changing an answer changes nothing in the simulation', () => {
    const topic = store().scenario!.topics[0]!.name;
    const config = store().queries.topicConfig(topic)!;
    const segmentBytes = config.segmentBytes;
    (config as { segmentBytes: number }).segmentBytes = 1;
    expect(store().queries.topicConfig(topic)!.segmentBytes).toBe(segmentBytes);
    expect(store().queries.brokerConfig()).not.toBe(store().queries.brokerConfig());
  });

  it('keep the same log directory until the replica’s disk changes', () => {
    for (let i = 0; i < 200; i++) store().advanceWall(100);
    const snap = store().snapshot!;
    const topic = snap.topics.find((t) => t.name === store().scenario!.topics[0]!.name)!;
    const leader = topic.partitions[0]!.leader!;
    const q = store().queries;
    const dir = q.logDir(leader, topic.name, 0);
    expect(dir).not.toBeNull();
    expect(q.logDir(leader, topic.name, 0)).toBe(dir);
    const seg = dir!.segments[0]!;
    const bytes = q.segmentFile(leader, topic.name, 0, seg.baseOffset, 'index');
    expect(bytes).toBeInstanceOf(Uint8Array);
    const lookup = q.offsetLookup(leader, topic.name, 0, dir!.logStartOffset);
    expect(lookup?.target).toBe(dir!.logStartOffset);
    expect(q.timestampLookup(leader, topic.name, 0, 0)?.target).toBe(0);
    expect(q.offsetLookup(99, topic.name, 0, 0)).toBeNull();
  });

  it('hand out the action log as a stable copy that grows with each action', () => {
    const first = store().queries.actionLog();
    expect(store().queries.actionLog()).toBe(first);
    const producer = store().scenario!.producers[0]!.id;
    const topic = store().scenario!.topics[0]!.name;
    expect(store().apply({ do: 'produce', producer, topic, key: 'k', value: 'v' })).toBe(true);
    const second = store().queries.actionLog();
    expect(second).not.toBe(first);
    expect(second.length).toBe(first.length + 1);
    expect(second.at(-1)).toMatchObject({ do: 'produce', key: 'k' });
  });
});

describe('derived logs', () => {
  it('are fed by the store’s trace subscription and reset for each simulation', () => {
    store().loadStarter('waiting-events');
    let resets = 0;
    const seen: TraceEvent[] = [];
    const unregister = registerDerivedLog({
      reset: () => {
        resets++;
        seen.length = 0;
      },
      onTrace: (e) => seen.push(e),
    });
    expect(resets).toBe(1);
    for (let i = 0; i < 20; i++) store().advanceWall(100);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((e) => e.seq)).toEqual([...seen.map((e) => e.seq)].sort((a, b) => a - b));

    store().restart();
    expect(resets).toBe(2);
    expect(seen).toEqual([]);

    unregister();
    store().advanceWall(100);
    expect(seen).toEqual([]);
  });
});
