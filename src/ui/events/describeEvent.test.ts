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
