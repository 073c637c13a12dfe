// The event list's lines: the high watermark's many moves grouped per partition between two other
// lines, naming the leader and the followers, in English and Korean; failures, elections and
// rebalances marked as announcements.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../engine';
import { translate, type Lang } from '../../content/i18n';
import { eventLines } from './eventLines';

const t = (lang: Lang) => ((key: never, params?: never) => translate(lang, key, params)) as never;

let seq = 0;
const hw = (broker: number, partition: number, from: number, to: number): TraceEvent => ({
  seq: seq++,
  time: seq * 10,
  type: 'hw.advance',
  broker,
  topic: 'orders',
  partition,
  from,
  to,
});
const elected: () => TraceEvent = () => ({
  seq: seq++,
  time: seq * 10,
  type: 'leader.elected',
  topic: 'orders',
  partition: 0,
  leader: 2,
  leaderEpoch: 1,
  reason: 'broker 1 fenced',
});

/** Partition 0 is led by broker 2, partition 1 by broker 3. */
const leaderOf = (_topic: string, partition: number) => (partition === 0 ? 2 : 3);

describe('eventLines', () => {
  it('groups high-watermark moves per partition, naming the leader and the followers', () => {
    seq = 0;
    const trace = [
      elected(),
      hw(2, 0, 29, 30),
      hw(1, 0, 29, 30),
      hw(3, 1, 5, 6),
      hw(2, 0, 30, 31),
      hw(3, 0, 30, 31),
      hw(2, 0, 31, 32),
    ];
    const en = eventLines(trace, t('en'), 'en', leaderOf, 40);
    expect(en.slice(0, 2).map((l) => l.text)).toEqual([
      'orders-0: high watermark advanced 3 times, 29 → 32 (leader broker 2; followers 1, 3 learned it)',
      'orders-1: high watermark 5 → 6 on broker 3 (leader)',
    ]);
    expect(en.map((l) => l.kind)).toEqual(['hw', 'hw', 'leader.elected']);
    expect(en.map((l) => l.announce)).toEqual([false, false, true]);
    expect(en[0]!.seq).toBe(6);
    const ko = eventLines(trace, t('ko'), 'ko', leaderOf, 40);
    expect(ko[0]!.text).toBe(
      'orders-0: high watermark 3번 전진, 29 → 32 (leader broker 2, follower 1, 3도 반영)',
    );
    expect(ko[1]!.text).toBe('orders-1: broker 3(leader)의 high watermark 5 → 6');
  });

  it('starts a new group after another line, and names a follower-only move', () => {
    seq = 0;
    const trace = [hw(2, 0, 1, 2), hw(2, 0, 2, 3), elected(), hw(1, 0, 3, 4)];
    const lines = eventLines(trace, t('en'), 'en', leaderOf, 40);
    expect(lines.map((l) => l.kind)).toEqual(['hw', 'leader.elected', 'hw']);
    expect(lines[0]!.text).toBe('orders-0: high watermark 3 → 4 on broker 1 (follower)');
    expect(lines[2]!.text).toBe(
      'orders-0: high watermark advanced 2 times, 1 → 3 (leader broker 2)',
    );
    // Without a known leader, the brokers are listed.
    const none = eventLines([hw(1, 0, 1, 2), hw(3, 0, 1, 2)], t('en'), 'en', () => null, 40);
    expect(none[0]!.text).toBe('orders-0: high watermark advanced 2 times, 1 → 2 (brokers 1, 3)');
  });

  it('says "once" when the leader moved its high watermark once', () => {
    seq = 0;
    const lines = eventLines([hw(2, 0, 1, 2), hw(1, 0, 1, 2)], t('en'), 'en', leaderOf, 40);
    expect(lines[0]!.text).toBe(
      'orders-0: high watermark advanced once, 1 → 2 (leader broker 2; follower 1 learned it)',
    );
    const ko = eventLines([hw(2, 0, 1, 2), hw(1, 0, 1, 2)], t('ko'), 'ko', leaderOf, 40);
    expect(ko[0]!.text).toContain('한 번 전진');
  });

  it('stops at the number of lines asked for', () => {
    seq = 0;
    const trace = Array.from({ length: 30 }, () => elected());
    expect(eventLines(trace, t('en'), 'en', leaderOf, 5)).toHaveLength(5);
  });
});
