// A derived log that names its types (DerivedLog.types) is fed only those — live, on a catch-up
// after a seek, and when it registers late — in trace order. Each view's log names a set that
// covers everything its onTrace reads: for every other trace type its filter says no.
import { describe, expect, it } from 'vitest';
import { TRACE_TYPES } from '../content/walkthroughs/format';
import type { TraceEvent } from '../engine';
import { MAX_FRAME_MS, registerDerivedLog, useSimStore } from './simStore';
import { MarkerFold, MARKER_TYPES } from '../ui/playback/timelineMarkers';
import { isGroupStory, isStory, STORY_LOG_TYPES } from '../ui/captions/storyLog';
import { EMPTY_LOG, foldGroupEvent, GROUP_LOG_TYPES } from '../ui/groups/groupLog';
import { isWatchEvent, WATCH_TYPES } from '../ui/embed/watchLog';
import { DISK_TYPES, isDiskEvent } from '../ui/storage/DiskEvents';

const store = () => useSimStore.getState();

describe('derived log routes', () => {
  it('feeds a log only the types it names, in trace order, live and after seeks', async () => {
    const types = new Set<TraceEvent['type']>(['broker.status', 'hw.advance', 'isr.shrink']);
    const all: TraceEvent[] = [];
    const some: TraceEvent[] = [];
    const offAll = registerDerivedLog({
      reset: () => (all.length = 0),
      onTrace: (e) => all.push(e),
    });
    const offSome = registerDerivedLog({
      types,
      reset: () => (some.length = 0),
      onTrace: (e) => some.push(e),
    });
    const expectFiltered = () => {
      expect(some.length).toBeGreaterThan(0);
      expect(some.map((e) => e.seq)).toEqual(
        all.filter((e) => types.has(e.type)).map((e) => e.seq),
      );
    };
    store().loadStarter('replication-kill-two-brokers');
    useSimStore.setState({ speed: 100 });
    for (let i = 0; i < 12; i++) store().advanceWall(MAX_FRAME_MS); // the kill at 8 s
    expectFiltered();
    await store().seek(3_000); // back: both reset and fed from the tape
    expectFiltered();
    await store().seek(11_000); // forward: the stretch skipped
    expectFiltered();
    expect(some.some((e) => e.type === 'broker.status' && e.status === 'offline')).toBe(true);
    offSome();
    const late: TraceEvent[] = [];
    const offLate = registerDerivedLog({
      types,
      reset: () => (late.length = 0),
      onTrace: (e) => late.push(e),
    });
    expect(late.map((e) => e.seq)).toEqual(some.map((e) => e.seq));
    offLate();
    offAll();
  });

  // One event of every trace type outside a log's set: its filter must turn each away. (The
  // fields are placeholders: a filter looks at the type before anything else.)
  const others = (set: ReadonlySet<string>) =>
    TRACE_TYPES.filter((t) => !set.has(t)).map(
      (type) =>
        ({
          type,
          seq: 1,
          time: 1,
          broker: 1,
          topic: 't',
          partition: 0,
          group: 'g',
        }) as unknown as TraceEvent,
    );

  it('names every type the timeline markers read', () => {
    const fold = new MarkerFold();
    for (const e of others(MARKER_TYPES)) expect(fold.add(e)).toBe(false);
  });

  it('names every type the story log reads', () => {
    for (const e of others(STORY_LOG_TYPES)) {
      expect(isStory(e)).toBe(false);
      expect(isGroupStory(e)).toBe(false);
    }
    expect(STORY_LOG_TYPES.has('produce.failed')).toBe(true);
    // HW moves are the snapshot's (each replica's highWatermark), not a catch-up's work.
    expect(STORY_LOG_TYPES.has('hw.advance')).toBe(false);
  });

  it('names every type the group log reads', () => {
    for (const e of others(GROUP_LOG_TYPES)) expect(foldGroupEvent(EMPTY_LOG, e)).toBe(EMPTY_LOG);
  });

  it('names every type the embed caption and the disk events read', () => {
    for (const e of others(WATCH_TYPES)) expect(isWatchEvent(e)).toBe(false);
    const ref = { broker: 1, topic: 't', partition: 0 };
    for (const e of others(DISK_TYPES)) expect(isDiskEvent(e, ref)).toBe(false);
  });
});
