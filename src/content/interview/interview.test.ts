// The interview questions (#13 item 3): at least 16, every classic question of the issue present,
// each with a short and a deeper answer and a follow-up in both languages, and a `show` that opens
// something real — a walkthrough step that exists, or a starter. Malformed lists are refused.
import { describe, expect, it } from 'vitest';
import { loadWalkthrough } from '../walkthroughs';
import { walkthroughErrorText } from '../walkthroughs/errors';
import { loadQuestions, searchQuestions, validateQuestions, type InterviewQuestion } from './index';

async function questions(): Promise<InterviewQuestion[]> {
  const r = await loadQuestions();
  if (!r.ok) throw new Error(r.errors.map((e) => walkthroughErrorText(e, 'en')).join('\n'));
  return r.questions;
}

describe('interview questions', () => {
  it('cover the issue’s list, at least 16', async () => {
    const qs = await questions();
    expect(qs.length).toBeGreaterThanOrEqual(16);
    for (const id of [
      'why-fast',
      'more-partitions',
      'more-consumers-than-partitions',
      'ordering',
      'acks',
      'min-insync',
      'acked-loss',
      'high-watermark',
      'leader-dies',
      'unclean-election',
      'offset-commit',
      'rebalancing',
      'coordinator',
      'offset-on-disk',
      'retention-compaction',
      'idempotent-producer',
      'zookeeper-kraft',
    ])
      expect(qs.map((q) => q.id)).toContain(id);
  });

  it('each shows a walkthrough step that exists, or a starter', async () => {
    for (const q of await questions()) {
      if (!('walkthrough' in q.show)) continue;
      const w = await loadWalkthrough(q.show.walkthrough)!;
      expect(w.ok, q.id).toBe(true);
      if (w.ok) expect(q.show.step ?? 1, q.id).toBeLessThanOrEqual(w.walkthrough.steps.length);
    }
  });

  it('Korean texts are Korean, English ones are not', async () => {
    for (const q of await questions())
      for (const t of [q.q, q.short, q.deep, q.followUp]) {
        expect(t.ko, q.id).toMatch(/[가-힣]/);
        expect(t.en, q.id).not.toMatch(/[가-힣]/);
      }
  });

  it('search finds by every word, in the reader’s language', async () => {
    const qs = await questions();
    expect(
      searchQuestions(qs, 'min.insync.replicas NOT_ENOUGH_REPLICAS', 'en').map((q) => q.id),
    ).toContain('min-insync');
    expect(searchQuestions(qs, '희소', 'ko').map((q) => q.id)).toContain('offset-on-disk');
    expect(searchQuestions(qs, '', 'en')).toHaveLength(qs.length);
    expect(searchQuestions(qs, 'zzzz-nothing', 'en')).toEqual([]);
  });

  it('refuses malformed lists with codes', async () => {
    const qs = await questions();
    const codes = (input: unknown) => {
      const r = validateQuestions(input);
      return r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`);
    };
    expect(codes({})).toEqual([':wrongType']);
    const one = qs[0]!;
    expect(codes([one, one])).toEqual(['[1].id:duplicateId']);
    expect(codes([{ ...one, show: { walkthrough: 'nope' } }])).toEqual([
      '[0].show.walkthrough:unknownWalkthrough',
    ]);
    expect(codes([{ ...one, show: { scenario: 'nope' } }])).toEqual([
      '[0].show.scenario:unknownStarter',
    ]);
    expect(codes([{ ...one, show: { walkthrough: 'x', scenario: 'y' } }])).toEqual([
      '[0].show:badShow',
    ]);
    expect(codes([{ ...one, short: { en: 'x' }, extra: 1 }])).toEqual([
      '[0].extra:unknownField',
      '[0].short.ko:missing',
    ]);
  });
});
