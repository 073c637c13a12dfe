// The walkthrough player's store (learn.ts) on the real store and engine: a step is the run at the
// plan's moment, back is a seek that shows exactly the earlier snapshot, an act done by the reader
// (or for them) counts when the trace shows it, an off-script action is replaced by the plan's own
// run, a step link opens the step (boot.ts), and progress is kept.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLink } from './boot';
import { actDone, canAdvance, useActsSeen, useLearn } from './learn';
import { LEARN_STORAGE_KEY, loadProgress, saveStepReached } from './learnProgress';
import { buildShareUrl } from './shareLink';
import { setTimeMachineOptions, useSimStore } from './simStore';
import { useSelection } from './selection';
import { TAPE_SKIP, type Host } from './timeTravel';
import { UNAWAITABLE } from '../content/walkthroughs/format';
import { learnKeyFor } from '../ui/learn/keys';

const host: Host = {
  now: () => performance.now(),
  yield: () => new Promise((r) => setImmediate(r)),
  idle: () => () => {},
};

const store = () => useSimStore.getState();
const learn = () => useLearn.getState();

beforeAll(() => {
  setTimeMachineOptions({ host });
});

beforeEach(() => {
  learn().close();
});

function step(): number {
  return learn().current!.step;
}

function at(index: number): number {
  return learn().current!.plan.steps[index]!.at;
}

describe('the walkthrough player', () => {
  it('opens at a step, moves with next/back, and back shows the earlier snapshot exactly', async () => {
    expect(await learn().open('replication-acks-all', 1)).toBe(true);
    expect(store().view).toBe('replication');
    expect(useSelection.getState().selection).toEqual({ topic: 'payments', partition: 0 });
    const shots: string[] = [];
    for (let i = 0; i < 6; i++) {
      expect(step()).toBe(i);
      expect(store().now).toBe(at(i));
      shots.push(JSON.stringify(store().snapshot));
      if (i < 5) expect(await learn().next()).toBe(true);
    }
    expect(canAdvance()).toBe(false); // the last step
    expect(await learn().back()).toBe(true);
    expect(await learn().back()).toBe(true);
    expect(step()).toBe(3);
    expect(store().now).toBe(at(3));
    expect(JSON.stringify(store().snapshot)).toBe(shots[3]);
    const hw = (i: number) => JSON.parse(shots[i]!).topics[0].partitions[0].highWatermark as number;
    expect([0, 1, 2, 3, 4, 5].map(hw)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('an act step waits for its event; the reader’s own action counts, going back undoes it', async () => {
    expect(await learn().open('replication-leader-election', 2)).toBe(true);
    const c = () => learn().current!;
    expect(actDone(useActsSeen.getState().seen, c(), 1)).toBe(false);
    expect(canAdvance()).toBe(false);
    // The reader crashes the leader through the store's one action path.
    expect(store().apply({ do: 'killBroker', broker: 1 })).toBe(true);
    expect(actDone(useActsSeen.getState().seen, c(), 1)).toBe(true);
    expect(canAdvance()).toBe(true);
    expect(await learn().next()).toBe(true);
    expect(store().now).toBe(at(2));
    expect(await learn().next()).toBe(true);
    expect(store().snapshot!.topics[0]!.partitions[0]!.leader).toBe(2);
    // Back to the act step: a seek to its moment, with the act still in the run's log.
    expect(await learn().goTo(1)).toBe(true);
    expect(store().now).toBe(at(1));
    expect(store().userActions).toHaveLength(1);
    // Back before it: the act is in the future again, so not done.
    expect(await learn().goTo(0)).toBe(true);
    expect(actDone(useActsSeen.getState().seen, c(), 1)).toBe(false);
  });

  it('“Do it for me” applies the act at the step’s moment, as the plan did', async () => {
    expect(await learn().open('groups-three-partitions', 2)).toBe(true);
    expect(await learn().doAct()).toBe(true);
    const plan = learn().current!.plan;
    expect(store().userActions).toEqual([plan.steps[1]!.action]);
    expect(canAdvance()).toBe(true);
    expect(await learn().next()).toBe(true);
    const g = store().snapshot!.consumerGroups[0]!;
    expect(g.members.map((m) => m.assignment.length).sort()).toEqual([0, 1, 1, 1]);
  });

  it('an action off the script is replaced by the plan’s own run on the next step', async () => {
    expect(await learn().open('replication-acks-all', 2)).toBe(true);
    expect(store().apply({ do: 'killBroker', broker: 3 })).toBe(true);
    expect(await learn().next()).toBe(true);
    expect(store().userActions).toEqual([]);
    expect(store().snapshot!.brokers.every((b) => b.status === 'online')).toBe(true);
    expect(store().now).toBe(at(2));
  });

  it('loading another scenario closes the walkthrough', async () => {
    expect(await learn().open('structure-overview', 1)).toBe(true);
    store().loadStarter('log-segments');
    expect(learn().current).toBeNull();
  });

  it('refuses an unknown walkthrough with a code, not a sentence', async () => {
    expect(await learn().open('no-such-walkthrough')).toBe(false);
    expect(learn().problem).toEqual({ kind: 'unknown', id: 'no-such-walkthrough' });
    learn().dismissProblem();
  });
});

describe('step links', () => {
  it('a walkthrough=<id>&step=<n> link opens that step; the page’s link names it', async () => {
    await openLink({ search: '?walkthrough=segments-sparse-index&step=4&lang=en', hash: '' });
    expect(learn().current?.walkthrough.id).toBe('segments-sparse-index');
    expect(step()).toBe(3);
    expect(store().now).toBe(at(3));
    expect(store().view).toBe('storage');
    expect(store().playing).toBe(false);
    const url = new URL(
      buildShareUrl(store(), {
        walkthrough: { id: 'segments-sparse-index', step: step() + 1 },
      }),
    );
    expect(url.searchParams.get('walkthrough')).toBe('segments-sparse-index');
    expect(url.searchParams.get('step')).toBe('4');
  });

  it('a step past the end opens the last step', async () => {
    await openLink({ search: '?walkthrough=partitions-single-partition&step=99', hash: '' });
    expect(step()).toBe(learn().current!.walkthrough.steps.length - 1);
  });
});

describe('what an act may wait for', () => {
  it('the events an act cannot await are exactly those the time machine keeps off its tape', () => {
    expect([...UNAWAITABLE].sort()).toEqual([...TAPE_SKIP].sort());
  });
});

describe('progress and keys', () => {
  it('keeps the furthest step per walkthrough, reading stored data defensively', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const g = globalThis as unknown as { window?: unknown };
    const before = g.window;
    g.window = { localStorage: storage };
    try {
      saveStepReached('structure-overview', 3, 5);
      saveStepReached('structure-overview', 2, 5);
      expect(loadProgress()).toEqual({ 'structure-overview': { reached: 3, steps: 5 } });
      data.set(
        LEARN_STORAGE_KEY,
        JSON.stringify({ ok: { reached: 9, steps: 4 }, 'Bad id': { reached: 1, steps: 1 }, x: 3 }),
      );
      expect(loadProgress()).toEqual({ ok: { reached: 4, steps: 4 } });
      data.set(LEARN_STORAGE_KEY, '{not json');
      expect(loadProgress()).toEqual({});
    } finally {
      g.window = before;
    }
  });

  it('N/P anywhere, ←/→ only inside the player; never while typing or with a modifier', () => {
    const press = (key: string, more: Partial<Parameters<typeof learnKeyFor>[0]> = {}) => ({
      key,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      defaultPrevented: false,
      target: null,
      ...more,
    });
    const page = { arrows: false, modalOpen: false };
    const inside = { arrows: true, modalOpen: false };
    expect(learnKeyFor(press('n'), page)).toBe('next');
    expect(learnKeyFor(press('ㅜ', { code: 'KeyN' }), page)).toBe('next');
    expect(learnKeyFor(press('p'), page)).toBe('prev');
    expect(learnKeyFor(press('ArrowRight'), page)).toBeNull();
    expect(learnKeyFor(press('ArrowRight'), inside)).toBe('next');
    expect(learnKeyFor(press('ArrowLeft'), inside)).toBe('prev');
    expect(learnKeyFor(press('n', { ctrlKey: true }), page)).toBeNull();
    expect(learnKeyFor(press('n'), { arrows: false, modalOpen: true })).toBeNull();
    const field = { closest: (s: string) => (s.includes('input') ? {} : null) };
    expect(learnKeyFor(press('n', { target: field as unknown as EventTarget }), page)).toBeNull();
  });
});
