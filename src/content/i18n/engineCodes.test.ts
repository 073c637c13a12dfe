// Every code the engine hands the UI — trace event types, reasons, statuses — has words in both
// languages, and no Korean text falls back to English or to a raw code (#12 item 7).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, type TraceEvent } from '../../engine';
import { STARTERS } from '../scenarios';
import { en } from './en';
import { ko } from './ko';
import { groupsKo } from './groups.ko';
import { storageKo } from './storage.ko';
import { whyfastKo } from './whyfast.ko';
import { controllerKo } from './controller.ko';
import { translate, type Lang, type MessageKey } from './index';
import { REASON_EXAMPLES, reasonMessage, type ReasonKey } from './reasons';
import { reasonsEn } from './reasons.en';
import { describeReason } from './reasonText';
import { describeEvent } from '../../ui/events/describeEvent';

const HANGUL = /[가-힣]/;
const t = (lang: Lang) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(lang, key, params);

/** The trace's fields that carry a reason code. */
function reasonsOf(e: TraceEvent): string[] {
  switch (e.type) {
    case 'group.state':
    case 'group.join':
    case 'group.epoch':
    case 'member.left':
    case 'broker.fenced':
    case 'isr.shrink':
    case 'isr.expand':
    case 'leader.elected':
    case 'log.truncate':
    case 'segment.roll':
    case 'segment.deleted':
    case 'segment.removed':
    case 'log.start.offset':
      return [e.reason];
    case 'broker.status':
      return e.reason ? [e.reason] : [];
    default:
      return [];
  }
}

// Every starter, with its scripted crashes, shutdowns, isolations, rebalances and retention,
// run for 40 simulated seconds past its last action (80 s at most): the trace the UI really gets.
const seen = new Map<string, TraceEvent>();
const reasons = new Set<string>();
beforeAll(() => {
  for (const starter of STARTERS) {
    const sim = createSimulation(starter.scenario);
    sim.onTrace((e) => {
      for (const r of reasonsOf(e)) reasons.add(r);
      const id = `${e.type}|${reasonsOf(e).join()}|${'leader' in e ? String(e.leader) : ''}`;
      if (!seen.has(id)) seen.set(id, e);
    });
    sim.advanceTo(Math.min(sim.lastActionTime() + 40_000, 80_000));
  }
}, 300_000);

describe('engine reason codes', () => {
  it.each(Object.keys(reasonsEn) as ReasonKey[])(
    '%s: its example parses to it, worded in ko and en',
    (key) => {
      const example = REASON_EXAMPLES[key];
      const m = reasonMessage(example);
      expect(m, example).not.toBeNull();
      expect(m!.unclean ? 'reason.unclean' : m!.key).toBe(key);
      const words = { en: describeReason('en', example), ko: describeReason('ko', example) };
      expect(words.ko).toMatch(HANGUL);
      expect(words.ko).not.toBe(words.en);
      for (const w of Object.values(words)) expect(w).not.toMatch(/\{\w+(:[^}]*)?\}/);
    },
  );

  it('every reason the starters emit is a known code', () => {
    expect(reasons.size).toBeGreaterThan(20);
    const unknown = [...reasons].filter((r) => reasonMessage(r) === null);
    expect(unknown).toEqual([]);
  });

  it('the starters emit the reasons the issue saw untranslated, and Korean words them', () => {
    for (const r of ['assignment stored', 'join phase complete']) {
      expect(reasons).toContain(r);
      expect(describeReason('ko', r)).toMatch(HANGUL);
    }
    expect(describeReason('ko', 'assignment stored')).toBe(
      'assignment가 __consumer_offsets에 저장됨',
    );
  });
});

/** Reason codes that are Kafka's own terms, which Korean texts keep as Kafka spells them. */
const KAFKA_TERMS = ['controlled shutdown', 'preferred leader election'];

/** Events whose line is only Kafka's names and values (`broker:2: acks = all`) in both languages. */
const TERMS_ONLY_EVENTS = new Set<string>(['config.changed']);

describe('trace events in the event list', () => {
  it('reads every event the starters emit in both languages, Korean with no English reason', () => {
    expect(seen.size).toBeGreaterThan(30);
    // Codes that read as English phrases; 'controlled shutdown' is also Kafka's own term.
    const englishReasons = [...reasons].filter((r) => r.includes(' ') && !KAFKA_TERMS.includes(r));
    let described = 0;
    for (const e of seen.values()) {
      const words = { en: describeEvent(e, t('en'), 'en'), ko: describeEvent(e, t('ko'), 'ko') };
      expect(words.ko === null, e.type).toBe(words.en === null);
      if (words.ko === null || words.en === null) continue;
      described++;
      if (TERMS_ONLY_EVENTS.has(e.type)) continue;
      expect(words.ko, e.type).toMatch(HANGUL);
      expect(words.ko).not.toBe(words.en);
      for (const w of Object.values(words)) expect(w, e.type).not.toMatch(/\{\w+(:[^}]*)?\}/);
      for (const r of englishReasons) expect(words.ko, `${e.type}: ${r}`).not.toContain(r);
    }
    expect(described).toBeGreaterThan(15);
  });
});

describe('ko texts', () => {
  /** Texts that are only Kafka's terms, names, values and formulas: the same in both languages. */
  const TERMS_ONLY = new Set<string>([
    'broker.status.fenced',
    'event.config.changed',
    'captions.upcoming.setConfig',
    'produce.why.formula',
    'produce.why.formula.detail',
  ]);

  it.each(
    (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) =>
        /^(event|caption|captions|reason|broker\.status|produce\.why)\./.test(k) &&
        !TERMS_ONLY.has(k) &&
        // a text of placeholders only ('{time}') has no words to translate
        /[A-Za-z가-힣]/.test(ko[k].replace(/\{[^}]*\}/g, '')),
    ),
  )('%s is Korean, not the English fallback', (key) => {
    expect(ko[key]).not.toBe(en[key]);
    expect(ko[key]).toMatch(HANGUL);
  });

  it('puts every particle after a placeholder through the particles helper', () => {
    const raw = /\{\w+\}(이|가|을|를|은|는|과|와|으로|로)(?![가-힣])/;
    // (the Korean dictionary and every view's own part: TEXT_PARTS)
    const all: Record<string, string> = {
      ...ko,
      ...storageKo,
      ...groupsKo,
      ...whyfastKo,
      ...controllerKo,
    };
    const slips = Object.keys(all).filter((k) => raw.test(all[k]!));
    expect(slips.map((k) => `${k}: ${all[k]}`)).toEqual([]);
  });
});
