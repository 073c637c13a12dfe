// The length-only pass agrees with lz-string: for every compressed text it gives the exact length
// lz-string decodes to; for random text it never says "fits" about something lz-string would decode
// to another length; and a decompression bomb is refused at once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { boundedDecompress, decodedLength } from './lzBound';
import { bombStream } from './lzBomb';

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

function lzDecode(c: string): string | null {
  try {
    return decompressFromEncodedURIComponent(c);
  } catch {
    return null;
  }
}

describe('decodedLength', () => {
  it('is the length lz-string decodes to, for what lz-string encoded', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 3000 }),
          fc.json({ maxDepth: 4 }),
          fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 5000 }),
        ),
        (s) => {
          const c = compressToEncodedURIComponent(s);
          expect(decodedLength(c, 1e9)).toEqual({ ok: true, length: s.length });
          expect(boundedDecompress(c, s.length)).toEqual({ ok: true, text: s });
          if (s.length > 0)
            expect(boundedDecompress(c, s.length - 1)).toEqual({ ok: false, reason: 'tooLarge' });
        },
      ),
      { seed: 0x1a, numRuns: 400 },
    );
  });

  it('says "fits" about random text only with the length lz-string decodes it to', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...URI_SAFE), maxLength: 400 }),
        fc.integer({ min: 1, max: 20 }),
        (c, cut) => {
          const r = decodedLength(c, 1e9);
          if (r.ok) expect(lzDecode(c)?.length ?? -1).toBe(r.length);
          // A truncated link never decodes to more than the whole would have.
          const t = decodedLength(c.slice(0, Math.max(0, c.length - cut)), 1e9);
          if (t.ok) expect(lzDecode(c.slice(0, c.length - cut))?.length ?? -1).toBe(t.length);
        },
      ),
      { seed: 0x2b, numRuns: 3000 },
    );
  });

  it('refuses a decompression bomb at once', () => {
    // 10 000 codes, each naming the entry just made (1 + 2 + … + 10 001 characters): about 20 000 characters that decode to 50
    // million. (Written directly: compressing 50 million characters would take long.)
    const bomb = bombStream(10_000);
    expect(bomb.length).toBeLessThan(25_000);
    expect(decodedLength(bombStream(100), 1e9)).toEqual({ ok: true, length: 5151 });
    expect(lzDecode(bombStream(100))).toBe('a'.repeat(5151));
    const t0 = performance.now();
    expect(boundedDecompress(bomb, 2_000_000)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('refuses empty, foreign and truncated text', () => {
    expect(boundedDecompress('', 100).ok).toBe(false);
    expect(boundedDecompress('<script>', 100).ok).toBe(false);
    const c = compressToEncodedURIComponent('{"version":1,"seed":7}');
    expect(boundedDecompress(c.slice(0, c.length - 3), 100).ok).toBe(false);
  });
});
