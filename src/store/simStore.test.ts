import { beforeEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../content/errors';
import { findStarter } from '../content/scenarios';
import { MAX_FRAME_MS, useSimStore } from './simStore';

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
});
