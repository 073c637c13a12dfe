// The cluster and group captions over real runs, in both languages: a crashed leader's
// partitions get a new leader named with the rule that chose it, the initial rebalance says what
// the coordinator waits for, an assignment lists who got what, and the scripted actions ahead are
// announced with the time left.
import { beforeAll, describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../content/i18n';
import { useSimStore } from '../../store/simStore';
import { settingsOf } from '../replication/settings';
import { loadLazyModules } from '../../store/lazyModules';
import { clusterStory, groupStory, mergeStories, type StoryContext } from './storyCaption';
import { startStoryLog, useStoryLog } from './storyLog';
import { secondsLeft, upcomingActions } from './upcoming';

const store = () => useSimStore.getState();

function runTo(ms: number): void {
  useSimStore.setState({ speed: 10 });
  while (store().now < ms) {
    const before = store().now;
    store().advanceWall(Math.min(100, (ms - store().now) / 10));
    if (store().now === before && store().now < ms - 1) throw new Error('the run does not advance');
  }
}

const ctx: StoryContext = {
  settings: (topic) => settingsOf(store().queries, topic ?? ''),
  replicas: (topic, partition) =>
    store()
      .snapshot?.topics.find((x) => x.name === topic)
      ?.partitions.find((p) => p.partition === partition)?.replicas ?? [],
  initialDelayMs: 3000,
};

function story() {
  const { events, groupEvents } = useStoryLog.getState();
  return mergeStories(events, groupEvents);
}

const say = (lang: Lang, item: { caption: { key: never; params: never } }) =>
  translate(lang, item.caption.key, item.caption.params);

describe('cluster and group captions', () => {
  beforeAll(() => startStoryLog());

  it('in ZooKeeper mode a crash is seen when the session expires, and the election says so', async () => {
    const zk: StoryContext = {
      ...ctx,
      settings: (topic) =>
        settingsOf(store().queries, topic ?? '', store().snapshot?.controller.mode),
    };
    // ZooKeeper mode is fetched on demand (lazyModules.ts); the store waits for it otherwise.
    await loadLazyModules({ cluster: { metadata: 'zookeeper' } });
    store().loadStarter('zookeeper-controller-failover');
    expect(store().starterId).toBe('zookeeper-controller-failover');
    runTo(7500);
    const [crash] = clusterStory(story(), zk, 1);
    expect(crash!.caption.key).toBe('caption.broker.crashed.zk');
    expect(say('en', crash as never)).toContain(
      'ZooKeeper learns it only when its session expires, 18 s after its last ping (zookeeper.session.timeout.ms)',
    );
    expect(say('en', crash as never)).not.toContain('heartbeat');
    runTo(40_000);
    // The controller itself died: the new one reads every partition's state, then elects.
    const election = clusterStory(story(), zk, 10).find(
      (i) => i.caption.key === 'captions.leader.controllerFailover',
    )!;
    expect(election).toBeDefined();
    expect(say('en', election as never)).toMatch(
      /^Broker \d is the new leader of .+: the new controller, once it had read every partition’s state from ZooKeeper, found this one without a live leader/,
    );
    expect(say('ko', election as never)).toContain(
      '새 controller가 ZooKeeper에서 모든 partition의 상태를 다 읽은 뒤',
    );
    // A broker (not the controller) whose session ends: its leaderships move, saying why.
    const snap = store().snapshot!;
    const victim = snap.brokers.find(
      (b) => b.status === 'online' && b.id !== snap.controller.leader,
    )!.id;
    store().apply({ do: 'killBroker', broker: victim });
    runTo(store().now + 25_000);
    const moved = clusterStory(story(), zk, 10).find(
      (i) => i.caption.key === 'captions.leader.sessionEnded',
    )!;
    expect(moved).toBeDefined();
    expect(say('en', moved as never)).toContain(
      `broker ${victim}’s ZooKeeper session expired (18 s without a ping, zookeeper.session.timeout.ms), so the controller moved its leaderships`,
    );
    expect(say('ko', moved as never)).toContain('ZooKeeper session이 만료되어(18초');
  });

  it('names the new leader of a crashed broker’s partitions and the rule that chose it', () => {
    store().loadStarter('replication-kill-two-brokers');
    runTo(8500);
    const [crash] = clusterStory(story(), ctx, 1);
    expect(crash!.caption.key).toBe('caption.broker.crashed');
    runTo(20_000);
    const items = clusterStory(story(), ctx, 3);
    const election = items.find((i) => i.caption.key === 'captions.leader.fenced')!;
    expect(election).toBeDefined();
    expect(election.caption.leader).toBe(2);
    expect(election.caption.partition).toBe('payments-0');
    expect(say('en', election as never)).toBe(
      'Broker 2 is the new leader of payments-0 (leader epoch 1): broker 1 stopped heartbeating for 9 s (broker.session.timeout.ms), so the controller fenced it; broker 2 was the first of the replicas [1, 2, 3] still in the ISR [2, 3].',
    );
    expect(say('ko', election as never)).toBe(
      'payments-0의 새 leader: broker 2 (leader epoch 1). broker 1의 heartbeat가 9초(broker.session.timeout.ms) 동안 끊겨 controller가 fence했고, 복제본 [1, 2, 3] 중 ISR [2, 3]에 남은 첫 번째 복제본: broker 2.',
    );
    // Newest first; the crash is told before the election.
    expect(items.map((i) => i.time)).toEqual([...items.map((i) => i.time)].sort((a, b) => b - a));
  });

  it('tells the initial rebalance, then the assignment, in the group’s own caption', () => {
    store().loadStarter('waiting-events');
    runTo(1000);
    const [forming] = groupStory(story(), 'group-a', ctx, 1);
    expect(forming!.caption.key).toBe('captions.group.forming');
    expect(say('en', forming as never)).toMatch(
      /^group-a is forming: group-a-\d joined\. The coordinator \(broker \d\) waits group\.initial\.rebalance\.delay\.ms \(3 s\)/,
    );
    expect(say('ko', forming as never)).toContain('group.initial.rebalance.delay.ms(3초)');
    runTo(7000);
    const [assigned] = groupStory(story(), 'group-a', ctx, 1);
    expect(assigned!.caption.key).toBe('captions.group.assigned');
    expect(say('en', assigned as never)).toBe(
      'group-a, generation 1: range assigned P0 → group-a-1, P1 → group-a-2, P2 → group-a-3. Each member now fetches its partitions from their leaders.',
    );
    expect(say('ko', assigned as never)).toContain('range 할당 결과 P0 → group-a-1');
  });

  it('announces scripted actions ahead with the time left, the reader’s own too', () => {
    const scripted = [
      { at: 8000, do: 'killBroker' as const, broker: 1 },
      { at: 24_000, do: 'killBroker' as const, broker: 2 },
      { at: 90_000, do: 'restartBroker' as const, broker: 2 },
    ];
    const mine = [{ at: 10_000, do: 'isolateBroker' as const, broker: 3 }];
    const next = upcomingActions(scripted, mine, 3000);
    expect(next.map((u) => [u.at, u.yours])).toEqual([
      [8000, false],
      [10_000, true],
    ]);
    expect(translate('en', next[0]!.key, next[0]!.params)).toBe('broker 1 crashes (killBroker)');
    expect(translate('ko', next[1]!.key, next[1]!.params)).toBe(
      'broker 3, 다른 broker 및 controller와 격리',
    );
    expect(secondsLeft(8000, 3000)).toBe('5.0');
    expect(secondsLeft(8000, 7999)).toBe('0.1');
    // Happened: no longer ahead.
    expect(upcomingActions(scripted, [], 8000).map((u) => u.at)).toEqual([24_000]);
    expect(upcomingActions(scripted, [], 60_000).map((u) => u.do)).toEqual(['restartBroker']);
  });
});
