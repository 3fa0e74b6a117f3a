import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entities } from '../../../src/core/entities/index.js';

/** Words to build Italian-looking texts from: names, places, particles, roles, function and common words. */
const WORDS = [
  'Rossi',
  'Mario',
  'Roma',
  'Corea',
  'del',
  'Nord',
  'presidente',
  'il',
  'la',
  'a',
  'in',
  'ha',
  'detto',
  'Onu',
  'Kim',
  'Jong',
  'Un',
  'paese',
  'Paese',
  'ministro',
  'di',
  'Banca',
  'centrale',
  'Stati',
  'Uniti',
  'oggi',
  'Oggi',
  'e',
  'che',
  'Lago',
  'Putin-Kim',
  'l’',
  'Italia',
];
const PUNCTUATION = ['.', ',', ':', '“', '”', '\n\n'];

/** Random texts of those words and punctuation. */
const texts = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION)), { maxLength: 60 })
  .map((parts) =>
    parts
      .join(' ')
      .replace(/ ([.,:”])/g, '$1')
      .replace(/“ /g, '“')
      .replace(/l’ /g, 'l’'),
  );

describe('entities: invariants', () => {
  it('gives consistent counts, mentions on capitals, no shared mention, most mentioned first', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const list = entities(text, { language: 'it' }).entities;
        const seen = new Set<number>();
        for (const e of list) {
          expect(e.count).toBe(e.mentions.length);
          expect(e.aliases).not.toContain(e.text);
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(m.start, m.end)).toMatch(/^\p{Lu}/u);
            expect(seen.has(m.start)).toBe(false);
            seen.add(m.start);
          }
        }
        for (let i = 1; i < list.length; i++)
          expect(list[i - 1]!.count).toBeGreaterThanOrEqual(list[i]!.count);
      }),
      { numRuns: 300 },
    );
  });
});
