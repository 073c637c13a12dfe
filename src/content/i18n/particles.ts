// Korean particles that depend on the sound before them: 이/가, 을/를, 은/는, 과/와, 으로/로,
// 이나/나, 이라/라, 아/야. A placeholder's value is known only at run time ("broker 1", "17",
// "group-a", "ISR"), so the texts write `{broker:이/가}` and `format` picks the form here.
//
// The sound is read from the end of the word as a Korean reader says it:
// - a Hangul syllable: its final consonant (받침), if any;
// - digits: the Korean reading of the number (1 일, 2 이, 3 삼, 6 육, 7 칠, 8 팔, 10 십, 100 백,
//   1000 천, 10000 만 … end in a consonant; 2 이, 4 사, 5 오, 9 구 do not; 0 is 영);
// - Latin letters: an acronym or a single letter by its letter name (L 엘, M 엠, N 엔, R 알 end
//   in a consonant), a word by its usual Korean spelling (-m, -n, -ng, -l, -k, -p, -b, -c end in
//   a consonant: "topic" 토픽, "group" 그룹, "offset" 오프셋; "leader" 리더, "node" 노드 do not;
//   -g is 그 or ㄱ, so both forms);
// - closing quotes, brackets and other marks are skipped: `[1, 2]` sounds like its "2".
// Anything else (an empty value, only symbols) gets both forms, as Korean writes them: 이(가).

/** The sound a word ends with: a vowel, ㄹ, or another consonant; null when unknown. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of ㄹ among the 28 final-consonant slots (0 = none). */
const JONG_RIEUL = 8;

/** Final sound of the Korean reading of each last digit (of a number not ending in 0). */
const DIGIT_SOUND: Record<string, FinalSound> = {
  '1': 'rieul', // 일
  '2': 'vowel', // 이
  '3': 'consonant', // 삼
  '4': 'vowel', // 사
  '5': 'vowel', // 오
  '6': 'consonant', // 육
  '7': 'rieul', // 칠
  '8': 'rieul', // 팔
  '9': 'vowel', // 구
  '0': 'consonant', // 영
};

/** A letter's name as Korean reads it (에이, 비, 씨 … 엘, 엠, 엔, 알): only L M N R end in a consonant. */
const LETTER_SOUND: Record<string, FinalSound> = {
  l: 'rieul',
  m: 'consonant',
  n: 'consonant',
  r: 'rieul',
};

/** Marks after a word that do not change how it ends: quotes, brackets, dots, %. */
const TRAILING = /["'’”»)\]}>.,;:!?%*\s`]+$/;

function hangulSound(code: number): FinalSound {
  const jong = (code - HANGUL_FIRST) % 28;
  return jong === 0 ? 'vowel' : jong === JONG_RIEUL ? 'rieul' : 'consonant';
}

/** A run of digits (the end of a number): its Korean reading's last sound. */
function numberSound(digits: string, decimal: boolean): FinalSound {
  // After a decimal point each digit is read on its own: 0.5 영 점 오, 2.0 이 점 영.
  if (decimal) return DIGIT_SOUND[digits.at(-1)!]!;
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed === '') return 'consonant'; // 영
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_SOUND[trimmed.at(-1)!]!;
  // 10 십, 100 백, 1000 천, 10⁴ 만, 10⁸ 억, 10¹² 조, 10¹⁶ 경: the last unit named.
  if (zeros % 4 !== 0) return 'consonant'; // 십 백 천
  return zeros % 16 === 12 ? 'vowel' : 'consonant'; // 조 / 만 억 경
}

function latinSound(word: string): FinalSound | null {
  const last = word.at(-1)!;
  // An acronym (ISR, HW, LEO) or a lone letter (P, a) is read letter by letter.
  if (word.length === 1 || (word.length <= 4 && word === word.toUpperCase()))
    return LETTER_SOUND[last.toLowerCase()] ?? 'vowel';
  const w = word.toLowerCase();
  if (w.endsWith('ng') || /[mn]$/.test(w)) return 'consonant'; // 핑, 유니폼, 파티션
  if (w.endsWith('l')) return 'rieul'; // 풀
  if (/[kpbc]$/.test(w)) return 'consonant'; // 토픽, 그룹, 잡
  // -t after a lone vowel is ㅅ (offset 오프셋, commit 커밋, timeout 타임아웃); -eat, -st, -nt 트.
  if (w.endsWith('t')) return /(?:[^aeiou]|ea|ee)t$/.test(w) ? 'vowel' : 'consonant';
  // -g is 그 (log 로그, tag 태그) or ㄱ (big 빅): sure only of -og; otherwise say both.
  if (w.endsWith('og')) return 'vowel';
  if (w.endsWith('g')) return null;
  return 'vowel'; // 리더, 노드, 이벤츠, 스티키
}

/** How `word` ends when read aloud in Korean; null if it cannot be told. */
export function finalSound(word: string): FinalSound | null {
  const w = word.replace(TRAILING, '');
  if (w === '') return null;
  const code = w.charCodeAt(w.length - 1);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return hangulSound(code);
  const digits = /(\d+)$/.exec(w);
  if (digits) {
    const before = w.slice(0, w.length - digits[1]!.length);
    return numberSound(digits[1]!, /\d\.$/.test(before));
  }
  const latin = /([A-Za-z]+)$/.exec(w);
  if (latin) return latinSound(latin[1]!);
  return null;
}

/** The particle pairs: the form after a consonant, then after a vowel (으로/로 also after ㄹ). */
const PAIRS = {
  '이/가': ['이', '가'],
  '을/를': ['을', '를'],
  '은/는': ['은', '는'],
  '과/와': ['과', '와'],
  '으로/로': ['으로', '로'],
  '이나/나': ['이나', '나'],
  '이라/라': ['이라', '라'],
  '이에요/예요': ['이에요', '예요'],
  '아/야': ['아', '야'],
} as const satisfies Record<string, readonly [string, string]>;

export type ParticlePair = keyof typeof PAIRS;

const BY_FORM = new Map<string, readonly [string, string]>();
for (const pair of Object.values(PAIRS)) {
  BY_FORM.set(`${pair[0]}/${pair[1]}`, pair);
  BY_FORM.set(`${pair[1]}/${pair[0]}`, pair);
  BY_FORM.set(pair[0], pair);
  BY_FORM.set(pair[1], pair);
}

export function isParticle(spec: string): boolean {
  return BY_FORM.has(spec);
}

/**
 * The particle that follows `word`: `particle('broker 1', '이/가')` → '이', `particle('17', '이/가')`
 * → '이', `particle('파일', '으로/로')` → '로'. `spec` names the pair by either form ('가' works
 * too). Unknown endings give both forms: '이(가)'.
 */
export function particle(word: string | number, spec: string): string {
  const pair = BY_FORM.get(spec);
  if (!pair) throw new RangeError(`not a Korean particle pair: ${spec}`);
  const [afterConsonant, afterVowel] = pair;
  const sound = finalSound(String(word));
  if (sound === null)
    return afterConsonant.endsWith(afterVowel) // (으)로, (이)나, (이)라
      ? `(${afterConsonant.slice(0, -afterVowel.length)})${afterVowel}`
      : `${afterConsonant}(${afterVowel})`;
  if (afterConsonant === '으로') return sound === 'consonant' ? '으로' : '로';
  return sound === 'vowel' ? afterVowel : afterConsonant;
}

/** `word` followed by its particle: withParticle('ISR', '이/가') → 'ISR이'. */
export function withParticle(word: string | number, spec: string): string {
  const w = String(word);
  return w + particle(w, spec);
}
