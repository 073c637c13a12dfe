// The event log's sentences for the consumer group protocol's events, in both languages.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../engine';
import { translate, type Lang } from '../../content/i18n';
import { describeEvent } from './describeEvent';

const t = (lang: Lang) => ((key: never, params?: never) => translate(lang, key, params)) as never;

const target: TraceEvent = {
  seq: 1,
  time: 12102,
  type: 'group.target',
  group: 'kip848',
  coordinator: 2,
  epoch: 5,
  assignor: 'uniform',
  assignment: {},
};
const fenced: TraceEvent = {
  seq: 2,
  time: 13000,
  type: 'member.fenced',
  group: 'kip848',
  member: 'kip848-2',
  error: 'FENCED_MEMBER_EPOCH',
};

describe('describeEvent', () => {
  it('names a new target assignment and a fenced member, in English and Korean', () => {
    expect(describeEvent(target, t('en'))).toBe(
      'kip848: group epoch 5, the coordinator computed a new target assignment (uniform)',
    );
    expect(describeEvent(target, t('ko'))).toContain('목표 배정');
    expect(describeEvent(fenced, t('en'))).toContain('kip848-2 fenced');
    expect(describeEvent(fenced, t('ko'))).toContain('FENCED_MEMBER_EPOCH');
  });
});

describe('describeEvent: configs and refused actions', () => {
  const changed = (extra: object): TraceEvent =>
    ({
      seq: 3,
      time: 100,
      type: 'config.changed',
      target: 'broker:2',
      key: 'replica.lag.time.max.ms',
      value: 2000,
      ...extra,
    }) as TraceEvent;

  it('says plainly when a read-only broker config takes effect', () => {
    expect(describeEvent(changed({ pendingRestart: [2] }), t('en'))).toBe(
      'broker:2: replica.lag.time.max.ms = 2000. Kafka reads it only when a broker starts (read-only), so broker 2 keeps the old value until its next restart.',
    );
    expect(describeEvent(changed({ pendingRestart: [2] }), t('ko'))).toContain('다음 재시작');
    expect(describeEvent(changed({}), t('en'))).toBe('broker:2: replica.lag.time.max.ms = 2000');
    expect(
      describeEvent(
        changed({ target: 'cluster', key: 'broker.session.timeout.ms', controllerRestart: true }),
        t('en'),
      ),
    ).toContain('needs them restarted');
  });

  it("names why a scenario action was refused, in the reader's language", () => {
    const refused = {
      seq: 4,
      time: 5000,
      type: 'action.refused',
      action: { at: 5000, do: 'removeConsumer', group: 'g', member: 'g-1' },
      errors: [
        {
          path: 'action.member',
          code: 'member.notFound',
          params: { member: 'g-1', group: 'g', members: ['g-2'] },
        },
      ],
    } as TraceEvent;
    expect(describeEvent(refused, t('en'), 'en')).toMatch(
      /^A scenario action \(removeConsumer\) was not applied: .*g-1/,
    );
    expect(describeEvent(refused, t('ko'), 'ko')).toMatch(
      /^시나리오 동작\(removeConsumer\)을 실행하지 않았습니다: .*g-1/,
    );
  });
});

describe('describeEvent: appends', () => {
  const append = (baseOffset: number, lastOffset: number, leader: boolean): TraceEvent => ({
    seq: 3,
    time: 100,
    type: 'log.append',
    broker: 1,
    topic: 'orders',
    partition: 0,
    baseOffset,
    lastOffset,
    sizeBytes: 80,
    position: 0,
    segment: 0,
    leader,
    records: [],
  });

  it('says "offset" for one record and "offsets" for a range', () => {
    expect(describeEvent(append(89, 89, true), t('en'))).toBe(
      'Broker 1 (leader) appended orders-0 offset 89',
    );
    expect(describeEvent(append(89, 92, false), t('en'))).toBe(
      'Broker 1 (follower) replicated orders-0 offsets 89–92',
    );
    expect(describeEvent(append(89, 89, false), t('ko'))).toBe(
      'Broker 1 (follower): orders-0의 offset 89 복제',
    );
  });
});

describe('describeEvent: quorum members going down, coming back, cut off', () => {
  const at = { seq: 1, time: 0 };
  it('words a controller and a ZooKeeper server the same way, each with its own name', () => {
    const en = t('en');
    const lines = [
      { ...at, type: 'controller.status', controller: 3001, status: 'offline' },
      { ...at, type: 'controller.status', controller: 3001, status: 'online' },
      { ...at, type: 'controller.isolation', controller: 3002, isolated: true },
      { ...at, type: 'controller.isolation', controller: 3002, isolated: false },
      { ...at, type: 'zookeeper.status', server: 4001, status: 'offline' },
      { ...at, type: 'zookeeper.status', server: 4001, status: 'online' },
      { ...at, type: 'zookeeper.isolation', server: 4002, isolated: true },
      { ...at, type: 'zookeeper.isolation', server: 4002, isolated: false },
    ] as TraceEvent[];
    expect(lines.map((e) => describeEvent(e, en))).toEqual([
      'Controller 3001 stopped (crashed)',
      'Controller 3001 started again',
      'Controller 3002 is cut off from the brokers and the other controllers',
      'Controller 3002 is reachable again',
      'ZooKeeper server 4001 stopped (crashed)',
      'ZooKeeper server 4001 started again',
      'ZooKeeper server 4002 is cut off from the brokers and the other servers',
      'ZooKeeper server 4002 is reachable again',
    ]);
    const shutdown = { ...at, type: 'zookeeper.status', server: 4003, status: 'offline' };
    expect(
      describeEvent({ ...shutdown, reason: 'controlled shutdown' } as TraceEvent, t('ko'), 'ko'),
    ).toMatch(/^ZooKeeper server 4003: 멈춤\(.+\)$/);
  });
});
