import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MTLD_THRESHOLD, mtld, mtldFactors } from '../../../src/core/readability/mtld.js';
import { readingTime } from '../../../src/core/readability/reading-time.js';

describe('MTLD', () => {
  it('counts a factor each time the type/token ratio falls to 0.72 (worked example)', () => {
    // forward:  a b a → 2/3 ≤ 0.72, factor 1; b c c → 2/3, factor 2; nothing left. 6 / 2 = 3
    // backward: c c → 1/2, factor 1; b a b → 2/3, factor 2; a → ratio 1, partial 0. 6 / 2 = 3
    const words = ['a', 'b', 'a', 'b', 'c', 'c'];
    expect(mtldFactors(words)).toBe(2);
    expect(mtld(words)).toBe(3);
  });

  it('adds the leftover stretch as a partial factor (worked example)', () => {
    // x y z x: ratio 3/4 = 0.75 never reaches 0.72; partial factor (1 − 0.75) / (1 − 0.72) = 0.892857…
    // MTLD = 4 / 0.892857 = 4.48 both ways.
    expect(mtldFactors(['x', 'y', 'z', 'x'])).toBeCloseTo(0.25 / 0.28, 10);
    expect(mtld(['x', 'y', 'z', 'x'])).toBeCloseTo(4.48, 10);
  });

  it('is undefined (null) when every word differs', () => {
    expect(mtld(['uno', 'due', 'tre'])).toBeNull();
    expect(mtld([])).toBeNull();
  });

  it('uses the published threshold', () => {
    expect(MTLD_THRESHOLD).toBe(0.72);
  });

  it('does not depend on what the words are, only on their pattern of repetition', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 200 }), (ids) => {
        const a = mtld(ids.map((i) => `w${i}`));
        const b = mtld(ids.map((i) => `parola${(i * 5) % 9}`));
        expect(a).toBe(b);
      }),
    );
  });

  it('stays near 2 for a single word repeated, whatever the length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), (n) => {
        const value = mtld(new Array<string>(n).fill('sì'))!;
        expect(value).toBeGreaterThanOrEqual(2);
        expect(value).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('reading time', () => {
  it('uses the reading speed of the language, and a mean speed for others', () => {
    expect(readingTime(188, 'it')).toEqual({ minutes: 1, wordsPerMinute: 188 });
    expect(readingTime(570, 'en')).toEqual({ minutes: 2.5, wordsPerMinute: 228 });
    expect(readingTime(184, 'pl')).toEqual({ minutes: 1, wordsPerMinute: 184 });
  });
});
