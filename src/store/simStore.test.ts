import { beforeEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../content/errors';
import { findStarter } from '../content/scenarios';
import type { TraceEvent } from '../engine';
import { MAX_FRAME_MS, registerDerivedLog, useSimStore } from './simStore';

const store = () => useSimStore.getState();

describe('simStore', () => {
  beforeEach(() => {
    store().loadStarter('waiting-events');
    useSimStore.setState({ error: null, playing: false, speed: 1 });
  });

  it('loads every starter scenario', () => {
    for (const id of [
      'waiting-events',
      'keyless-partitioners',
      'more-consumers-than-partitions',
      'single-partition-order',
    ]) {
      expect(findStarter(id)).toBeDefined();
      store().loadStarter(id);
      expect(store().error).toBeNull();
      expect(store().starterId).toBe(id);
      expect(store().now).toBe(0);
    }
  });

  it('keeps the running simulation when a scenario fails validation', () => {
    const before = store().sim;
    const ok = store().loadScenario({ version: 1, seed: 1, cluster: { brokers: 0 } }, null);
    expect(ok).toBe(false);
    expect(store().sim).toBe(before);
    const error = store().error;
    expect(error?.kind).toBe('scenario');
    if (error?.kind !== 'scenario') return;
    expect(error.errors.length).toBeGreaterThan(0);
    for (const e of error.errors) {
      expect(e.path).not.toBe('');
      expect(e.code).toBe('cluster.noBrokers');
      expect(errorMessage(e, 'ko')).not.toBe('');
    }
  });

  it('reports an unknown starter and keeps a simulation open', () => {
    store().loadStarter('no-such-starter');
    expect(store().error).toEqual({ kind: 'unknownStarter', id: 'no-such-starter' });
    expect(store().sim).not.toBeNull();
  });

  it('advances by wall time × speed, capping long frames', () => {
    useSimStore.setState({ speed: 0.25 });
    store().advanceWall(40);
    expect(store().now).toBe(10);
    useSimStore.setState({ speed: 10 });
    store().advanceWall(60_000); // a tab hidden for a minute
    expect(store().now).toBe(10 + MAX_FRAME_MS * 10);
  });

  it('stops at the frame budget: a heavy run falls behind the clock, the frame stays short', () => {
    useSimStore.setState({ speed: 10 });
    // No budget at all: the frame stops at the engine's first look at the clock (16 events
    // in), far short of the 1000 ms it would run.
    store().advanceWall(100, true, 0);
    const first = store().now;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(250);
    // The rest is dropped, not owed: the next frame starts from there.
    store().advanceWall(100, true, Infinity);
    expect(store().now).toBe(first + 1000);
  });

  it('carries sub-millisecond time between frames at slow speeds', () => {
    useSimStore.setState({ speed: 0.1 });
    for (let i = 0; i < 10; i++) store().advanceWall(16);
    expect(store().now).toBe(16);
  });

  it('applies a produce action and rejects an unknown producer with a named field', () => {
    expect(
      store().apply({
        do: 'produce',
        producer: 'p1',
        topic: 'waiting-events',
        key: 'k',
        value: 'v',
      }),
    ).toBe(true);
    expect(store().sim?.actionLog.at(-1)).toMatchObject({ do: 'produce', key: 'k' });
    expect(
      store().apply({
        do: 'produce',
        producer: 'nope',
        topic: 'waiting-events',
        key: 'k',
        value: 'v',
      }),
    ).toBe(false);
    const error = store().error;
    expect(error?.kind).toBe('action');
    if (error?.kind === 'action') expect(error.errors[0]?.path).toBe('action.producer');
  });

  it('step runs one event and pauses', () => {
    useSimStore.setState({ playing: true });
    const tick = store().tick;
    store().step();
    expect(store().playing).toBe(false);
    expect(store().tick).toBe(tick + 1);
  });

  it('keeps a bounded buffer of recent trace events', () => {
    useSimStore.setState({ speed: 100 });
    for (let i = 0; i < 20; i++) store().advanceWall(MAX_FRAME_MS);
    const trace = store().recentTrace;
    expect(trace.length).toBeGreaterThan(0);
    expect(trace.length).toBeLessThanOrEqual(200);
    expect(trace.at(-1)!.seq).toBeGreaterThan(trace[0]!.seq);
  });

  it('seeks back and forth to exact moments, keeping the horizon', async () => {
    useSimStore.setState({ speed: 100 });
    for (let i = 0; i < 3; i++) store().advanceWall(MAX_FRAME_MS);
    const horizon = store().now;
    expect(store().horizon).toBe(horizon);
    expect(await store().seek(1_234)).toBe(true);
    expect(store().now).toBe(1_234);
    expect(store().snapshot?.time).toBe(1_234);
    expect(store().horizon).toBe(horizon);
    expect(await store().seek(horizon)).toBe(true);
    expect(store().now).toBe(horizon);
  });

  it('acting after a seek back starts a new branch; undo returns before the action', async () => {
    useSimStore.setState({ speed: 10 });
    for (let i = 0; i < 5; i++) store().advanceWall(MAX_FRAME_MS); // 5 s
    expect(store().apply({ do: 'killBroker', broker: 2 })).toBe(true);
    for (let i = 0; i < 3; i++) store().advanceWall(MAX_FRAME_MS);
    await store().seek(2_000);
    expect(store().snapshot?.brokers.find((b) => b.id === 2)?.status).toBe('online');
    expect(store().userActions.map((a) => a.do)).toEqual(['killBroker']);
    const produce = {
      do: 'produce',
      producer: 'p1',
      topic: 'waiting-events',
      key: 'k',
      value: 'v',
    } as const;
    expect(store().apply(produce)).toBe(true);
    expect(store().userActions.map((a) => [a.do, a.at])).toEqual([['produce', 2_000]]);
    expect(store().horizon).toBe(2_000);
    expect(await store().undoLastAction()).toBe(true);
    expect(store().now).toBe(2_000);
    expect(store().userActions).toEqual([]);
  });

  it('pauses playback at stopAt', () => {
    useSimStore.setState({ speed: 10, playing: true });
    store().setStopAt(1_500);
    for (let i = 0; i < 5 && store().playing; i++) store().advanceWall(MAX_FRAME_MS);
    expect(store().now).toBe(1_500);
    expect(store().playing).toBe(false);
    store().setStopAt(null);
  });

  it('keeps a branch log across seeks and rebuilds a moment log up to the moment', async () => {
    const branch: TraceEvent[] = [];
    const moment: TraceEvent[] = [];
    const offBranch = registerDerivedLog({
      spans: 'branch',
      reset: () => (branch.length = 0),
      onTrace: (e) => branch.push(e),
    });
    const offMoment = registerDerivedLog({
      reset: () => (moment.length = 0),
      onTrace: (e) => moment.push(e),
    });
    store().loadStarter('replication-kill-two-brokers');
    useSimStore.setState({ speed: 100 });
    for (let i = 0; i < 12; i++) store().advanceWall(MAX_FRAME_MS); // 12 s: the kill at 8 s
    const crashed = (l: TraceEvent[]) =>
      l.some((e) => e.type === 'broker.status' && e.status === 'offline');
    expect(crashed(branch)).toBe(true);
    await store().seek(3_000);
    expect(crashed(branch)).toBe(true);
    expect(crashed(moment)).toBe(false);
    expect(moment.every((e) => e.time <= 3_000)).toBe(true);
    expect(store().recentTrace.every((e) => e.time <= 3_000)).toBe(true);
    await store().seek(10_000);
    expect(crashed(moment)).toBe(true);
    offBranch();
    offMoment();
  });

  it('feeds a moment log registered after the run started the run so far (a view fetched late)', async () => {
    store().loadStarter('replication-kill-two-brokers');
    useSimStore.setState({ speed: 100 });
    for (let i = 0; i < 12; i++) store().advanceWall(MAX_FRAME_MS); // the kill at 8 s
    await store().seek(10_000);
    const late: TraceEvent[] = [];
    const off = registerDerivedLog({
      reset: () => (late.length = 0),
      onTrace: (e) => late.push(e),
    });
    expect(late.some((e) => e.type === 'broker.status' && e.status === 'offline')).toBe(true);
    expect(late.every((e) => e.time <= 10_000)).toBe(true);
    off();
  });
});
