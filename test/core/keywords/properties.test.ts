import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywords } from '../../../src/core/keywords/index.js';

/** Words that make Italian-looking text: names, nouns, function words, an elision, a number. */
const VOCABULARY = [
  'Kim',
  'Jong',
  'Un',
  'Corea',
  'del',
  'Nord',
  'Stati',
  'Uniti',
  'Roma',
  'Mario',
  'Rossi',
  'la',
  'il',
  'di',
  'sanzioni',
  'sanzione',
  'missili',
  'balistici',
  'governo',
  'ha',
  'detto',
  'che',
  'dell’',
  'Onu',
  '2270',
  'Risoluzione',
  'presidente',
  'e',
  'un',
  'accordo',
  'militare',
  'Putin-Kim',
  'anti-Occidente',
];
const PUNCTUATION = [' ', ' ', ' ', ' ', ', ', '. ', '.\n\n', ': ', ' “', '” ', '\n'];

/** Random texts built from the vocabulary above. */
const texts = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...PUNCTUATION)), { maxLength: 80 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));

describe('keywords invariants', () => {
  it('reports occurrences that point at the phrase in the text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const k of keywords(text, { language: 'it', top: 20 }).keywords) {
          expect(k.occurrences).toHaveLength(k.count);
          const surfaces = k.occurrences.map((o) => text.slice(o.start, o.end));
          for (const s of surfaces) {
            expect(s.length).toBeGreaterThan(0);
            expect(s.trim()).toBe(s);
          }
          expect(surfaces.map((s) => s.replace(/\s+/g, ' '))).toContain(k.text);
          for (let i = 1; i < k.occurrences.length; i++) {
            expect(k.occurrences[i]!.start).toBeGreaterThanOrEqual(k.occurrences[i - 1]!.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns scores in [0, 1], best first, and distinct keys', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 15 }), (text, top) => {
        const list = keywords(text, { language: 'it', top }).keywords;
        expect(list.length).toBeLessThanOrEqual(top);
        for (let i = 0; i < list.length; i++) {
          expect(list[i]!.score).toBeGreaterThan(0);
          expect(list[i]!.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
        }
        expect(new Set(list.map((k) => k.key)).size).toBe(list.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary Unicode, in any language', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('it', 'en', 'fr', 'de', 'xx'),
        (text, language) => {
          const result = keywords(text, { language });
          for (const k of result.keywords) {
            for (const o of k.occurrences) {
              expect(o.start).toBeGreaterThanOrEqual(0);
              expect(o.end).toBeLessThanOrEqual(text.length);
              expect(o.start).toBeLessThan(o.end);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
