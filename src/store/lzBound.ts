// lz-string decodes a link's compressed parts; this file only bounds it first. LZ decoding can
// grow its output quadratically in its input (each code may name the entry just made, one
// character longer than the last), so a 20 kB fragment can decode to 50 million characters. Before
// handing the text to lz-string, `decodedLength` walks the same bit stream keeping only lengths —
// integers, no strings — and stops as soon as the output would pass the cap. It mirrors
// lz-string 1.5's `_decompress` with the URI-safe alphabet (6 bits a character); the test
// lzBound.test.ts checks it against lz-string's own output.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** What the length-only pass found. */
export type DecodedLength =
  { ok: true; length: number } | { ok: false; reason: 'tooLarge' | 'invalid' | 'truncated' };

/**
 * The length of what lz-string would decode `input` (URI-safe form) to, without decoding it;
 * `tooLarge` as soon as it passes `max`. Linear in the input's length.
 */
export function decodedLength(input: string, max: number): DecodedLength {
  const text = input.replace(/ /g, '+');
  const length = text.length;
  if (length === 0) return { ok: false, reason: 'invalid' };
  let val = VALUE.get(text.charAt(0)) ?? 0;
  let position = 32;
  let index = 1;
  const read = (width: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << width; power <<= 1) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = VALUE.get(text.charAt(index++)) ?? 0;
      }
      if (resb > 0) bits |= power;
    }
    return bits;
  };
  // Entry lengths by code; 0..2 are the markers (8-bit char, 16-bit char, end).
  const lengths: number[] = [0, 0, 0];
  let enlargeIn = 4;
  let numBits = 3;
  const first = read(2);
  if (first === 2) return { ok: true, length: 0 };
  if (first === 3) return { ok: false, reason: 'invalid' };
  read(first === 0 ? 8 : 16);
  lengths[3] = 1;
  let w = 1;
  let total = 1;
  for (;;) {
    if (index > length) return { ok: false, reason: 'truncated' };
    let c = read(numBits);
    if (c === 0 || c === 1) {
      read(c === 0 ? 8 : 16);
      lengths.push(1);
      c = lengths.length - 1;
      enlargeIn--;
    } else if (c === 2) {
      return { ok: true, length: total };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: number;
    if (c < lengths.length) entry = lengths[c]!;
    else if (c === lengths.length) entry = w + 1;
    else return { ok: false, reason: 'invalid' };
    total += entry;
    if (total > max) return { ok: false, reason: 'tooLarge' };
    lengths.push(w + 1);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}

export type Decompressed =
  { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'invalid' | 'truncated' };

/** lz-string's decompressFromEncodedURIComponent, refused before it starts if it would pass `max`. */
export function boundedDecompress(input: string, max: number): Decompressed {
  const size = decodedLength(input, max);
  if (!size.ok) return size;
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(input);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof text !== 'string' || (text === '' && size.length > 0))
    return { ok: false, reason: 'invalid' };
  if (text.length > max) return { ok: false, reason: 'tooLarge' };
  return { ok: true, text };
}

export function compress(text: string): string {
  return compressToEncodedURIComponent(text);
}
