// Sentences for the walkthrough validator's and runner's codes, in Korean and English. The logic
// returns codes with params (validate.ts, src/store/walkthroughPlan.ts); only this file words them.
import { format, type Lang, type Localized } from '../i18n';
import type { WalkthroughError, WalkthroughErrorCode } from './validate';

/** Problems only running the walkthrough against the engine can find (src/store/walkthroughPlan.ts). */
export type WalkthroughRunCode =
  | 'scenarioRefused'
  | 'untilNotReached'
  | 'momentBeforePrevious'
  | 'actRefused'
  | 'awaitNotReached'
  | 'hookMissing'
  | 'placeholderUndefined';

export interface WalkthroughRunProblem {
  /** The 0-based step index (-1: the walkthrough as a whole). */
  step: number;
  code: WalkthroughRunCode;
  params: Record<string, string | number>;
}

const TEXTS: Record<WalkthroughErrorCode | WalkthroughRunCode, Localized> = {
  notObject: { en: 'must be an object ({ … })', ko: '객체({ … })여야 합니다' },
  missing: { en: 'is missing', ko: '값이 없습니다' },
  unknownField: { en: 'is not a known field: {field}', ko: '알 수 없는 필드입니다: {field}' },
  wrongType: { en: 'must be a {expected}', ko: '{expected} 형식이어야 합니다' },
  badId: {
    en: '“{value}” is not an id (lower-case letters, digits and dashes)',
    ko: '“{value}”은(는) id가 될 수 없습니다 (영문 소문자, 숫자, 대시만)',
  },
  idMismatch: {
    en: 'the id “{value}” differs from the file name “{file}.json”',
    ko: 'id “{value}”가 파일 이름 “{file}.json”과 다릅니다',
  },
  badSection: { en: 'must be one of {allowed}', ko: '다음 중 하나여야 합니다: {allowed}' },
  badView: { en: 'must be one of {allowed}', ko: '다음 중 하나여야 합니다: {allowed}' },
  emptyText: { en: 'is empty', ko: '비어 있습니다' },
  textTooLong: {
    en: 'is longer than {limit} characters',
    ko: '{limit}자보다 깁니다',
  },
  noSteps: { en: 'has no steps', ko: '단계가 하나도 없습니다' },
  tooManySteps: { en: 'has more than {limit} steps', ko: '단계가 {limit}개보다 많습니다' },
  whereNone: {
    en: 'says neither “at” (a moment) nor “until” (a trace event)',
    ko: '“at”(시점)도 “until”(trace 이벤트)도 없습니다',
  },
  whereBoth: {
    en: 'says both “at” and “until”: keep one',
    ko: '“at”과 “until”이 함께 있습니다. 하나만 두세요',
  },
  badMoment: {
    en: 'must be a whole number of ms from 0 to {limit}',
    ko: '0부터 {limit}까지의 정수(ms)여야 합니다',
  },
  momentBackwards: {
    en: 'comes before the previous step’s moment ({previous} ms)',
    ko: '앞 단계의 시점({previous} ms)보다 이릅니다',
  },
  badTraceType: {
    en: '“{value}” is not a trace event type',
    ko: '“{value}”은(는) trace 이벤트 종류가 아닙니다',
  },
  badMatch: {
    en: 'must be a string, a number, true/false or null',
    ko: '문자열, 숫자, true/false, null 중 하나여야 합니다',
  },
  badHook: {
    en: '“{value}” is not a test hook (broker-1, partition-<topic>-0, replica-<topic>-0@2, consumer-<group>-<member>, segment-file-<20 digits>.log, index-entry-<offset>)',
    ko: '“{value}”은(는) 테스트 훅이 아닙니다 (broker-1, partition-<topic>-0, replica-<topic>-0@2, consumer-<group>-<member>, segment-file-<20자리>.log, index-entry-<offset>)',
  },
  tooMany: { en: 'has more than {limit} entries', ko: '항목이 {limit}개보다 많습니다' },
  focusNeeded: {
    en: '“{value}” needs the step’s focus (topic, partition) to know which replica',
    ko: '“{value}”에는 어느 replica인지 알 수 있도록 단계의 focus(topic, partition)가 필요합니다',
  },
  badVar: {
    en: '“{value}” is not a placeholder query',
    ko: '“{value}”은(는) placeholder 질의가 아닙니다',
  },
  undeclaredPlaceholder: {
    en: 'uses {{name}}, which “vars” does not declare',
    ko: '“vars”에 선언되지 않은 {{name}}을 씁니다',
  },
  badAction: {
    en: 'must be an action without “at” ({ "do": "killBroker", "broker": 1 })',
    ko: '“at” 없는 action이어야 합니다 ({ "do": "killBroker", "broker": 1 })',
  },
  unknownStarter: {
    en: 'names no starter scenario: “{value}”',
    ko: '“{value}”이라는 시작 시나리오가 없습니다',
  },
  badScenario: {
    en: 'is refused by the scenario validator ({code})',
    ko: '시나리오 검사를 통과하지 못합니다 ({code})',
  },
  duplicateId: { en: 'the id “{value}” is used twice', ko: 'id가 두 번 쓰였습니다: “{value}”' },
  badShow: {
    en: 'must be { "walkthrough": <id>, "step"?: n } or { "scenario": <starter id> }',
    ko: '{ "walkthrough": <id>, "step"?: n } 또는 { "scenario": <시작 시나리오 id> }여야 합니다',
  },
  unknownWalkthrough: {
    en: 'names no walkthrough: “{value}”',
    ko: '그런 walkthrough가 없습니다: “{value}”',
  },
  unawaitable: {
    en: 'an act cannot wait for “{value}”: the player does not keep that per-request event',
    ko: 'act는 “{value}”를 기다릴 수 없습니다: 플레이어가 요청마다 생기는 이 이벤트는 보관하지 않습니다',
  },
  scenarioRefused: {
    en: 'the scenario cannot run ({code})',
    ko: '시나리오를 실행할 수 없습니다 ({code})',
  },
  untilNotReached: {
    en: 'no “{type}” event matching it happened within {limit} ms',
    ko: '{limit} ms 안에 조건에 맞는 “{type}” 이벤트가 일어나지 않았습니다',
  },
  momentBeforePrevious: {
    en: 'its moment {at} ms is before where the previous step ended ({previous} ms)',
    ko: '시점 {at} ms가 앞 단계가 끝난 시점({previous} ms)보다 이릅니다',
  },
  actRefused: {
    en: 'the engine refuses its action ({code})',
    ko: '엔진이 이 단계의 action을 거부합니다 ({code})',
  },
  awaitNotReached: {
    en: 'after its action, no “{type}” event matching “await” happened within {limit} ms',
    ko: 'action 뒤 {limit} ms 안에 “await”에 맞는 “{type}” 이벤트가 일어나지 않았습니다',
  },
  hookMissing: {
    en: 'highlights “{hook}”, which does not exist at that moment',
    ko: '그 시점에 없는 “{hook}”을 강조합니다',
  },
  placeholderUndefined: {
    en: '{{name}} has no value at that moment',
    ko: '그 시점에 {{name}}의 값이 없습니다',
  },
};

/** The sentence for a validator error, with its path: “steps[2].view: must be one of …”. */
export function walkthroughErrorText(e: WalkthroughError, lang: Lang): string {
  const text = format(TEXTS[e.code][lang], e.params).replace('{{', '{').replace('}}', '}');
  return e.path ? `${e.path}: ${text}` : text;
}

/** The sentence for a runner problem: “step 3: …”. */
export function walkthroughProblemText(p: WalkthroughRunProblem, lang: Lang): string {
  const text = format(TEXTS[p.code][lang], p.params).replace('{{', '{').replace('}}', '}');
  if (p.step < 0) return text;
  return lang === 'ko' ? `${p.step + 1}단계: ${text}` : `step ${p.step + 1}: ${text}`;
}
