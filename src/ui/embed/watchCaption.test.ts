// The embed's "what to watch" line over real runs of the starters: it starts with the starter's
// own description and then follows the engine's captions, each view with the events it shows.
import { beforeAll, describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../content/i18n';
import { findStarter, starterText } from '../../content/scenarios';
import { useSimStore } from '../../store/simStore';
import type { ViewId } from '../../store/urlState';
import { startReplicationLog, useReplicationLog } from '../captions/storyLog';
import { settingsOf } from '../replication/settings';
import { firstSentence, watchLine, type WatchLine } from './watchCaption';
import { startWatchLog, useWatchLog } from './watchLog';

const store = () => useSimStore.getState();

function runTo(ms: number): void {
  useSimStore.setState({ speed: 10 });
  while (store().now < ms) store().advanceWall(Math.min(100, (ms - store().now) / 10));
}

function line(view: ViewId, lang: Lang = 'en'): WatchLine | null {
  const s = store();
  const starter = s.starterId ? findStarter(s.starterId) : undefined;
  return watchLine({
    view,
    story: useReplicationLog.getState().events,
    watch: useWatchLog.getState().events,
    snapshot: s.snapshot,
    producerTopic: s.scenario?.producers?.find((p) => p.workload)?.workload?.topic,
    settings: (topic) => settingsOf(s.queries, topic ?? ''),
    intro: starter ? translate(lang, starterText(starter.id, 'description')) : null,
    t: (key, params) => translate(lang, key, params),
    lang,
  });
}

describe('what to watch', () => {
  beforeAll(() => {
    startReplicationLog();
    startWatchLog();
  });

  it('tells the replication story as it happens', () => {
    store().loadStarter('replication-kill-two-brokers');
    const intro = line('replication');
    expect(intro?.kind).toBe('intro');
    expect(intro?.text).toBe(
      firstSentence(translate('en', starterText('replication-kill-two-brokers', 'description'))),
    );
    // (the starter crashes broker 1 at 4 s, broker 2 at 14 s and restarts it at 28 s)
    runTo(4500);
    expect(line('replication')?.kind).toBe('caption.broker.crashed');
    expect(line('replication')?.tone).toBe('bad');
    runTo(12_000);
    const later = line('replication')!;
    expect(later.kind).toMatch(/^caption\.(leader|isr|broker)\./);
    expect(later.seq).toBeGreaterThan(0);
    expect(later.time).toBeGreaterThan(4000);
    // The same line in Korean is the same event in Korean words.
    const ko = line('replication', 'ko')!;
    expect(ko.seq).toBe(later.seq);
    expect(ko.text).not.toBe(later.text);
    expect(ko.text).toMatch(/[\uac00-\ud7a3]/);
    // The groups view of a run without groups still says what the brokers do.
    expect(line('groups')?.kind).toMatch(/^caption\.broker\./);
    // With ISR 1 < min.insync.replicas 2, the refused writes are the news.
    runTo(25_000);
    expect(line('replication')?.kind).toBe('caption.produce.notEnough');
  });

  it('tells the storage view of segment rolls on the partition it opens on', () => {
    store().loadStarter('log-segments');
    runTo(15_000);
    const l = line('storage')!;
    expect(l.kind).toBe('segment.roll');
    expect(l.text).toMatch(/^waiting-events-0: Roll → \d{20}\.log/);
    // The cluster view does not draw segments: its line is about something else.
    expect(line('cluster')?.kind).not.toBe('segment.roll');
  });

  it('tells the groups view about members and assignments', () => {
    store().loadStarter('group-crash-redelivery');
    runTo(5000);
    expect(line('groups')?.kind).toMatch(/^(member\.joined|group\.assign)$/);
    runTo(20_000);
    const kinds = new Set<string>();
    for (let t = 20_000; t <= 40_000; t += 1000) {
      runTo(t);
      kinds.add(line('groups')!.kind);
    }
    expect(kinds.has('member.crashed') || kinds.has('member.left')).toBe(true);
  });

  it('cuts a description to its first sentence', () => {
    expect(firstSentence('One. Two.')).toBe('One.');
    expect(firstSentence('파티션 3개. 둘째 문장.')).toBe('파티션 3개.');
    expect(firstSentence('no stop')).toBe('no stop');
    expect(firstSentence('v3.3 is here. Then.')).toBe('v3.3 is here.');
  });
});
