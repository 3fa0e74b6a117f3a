import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/segment/index.js';

/** Text made of pieces that stress the scanners: marks, apostrophes, dots, digits, emoji, line breaks. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        'dell’',
        "l'",
        "po'",
        '’',
        '‘',
        '“',
        '”',
        '«',
        '»',
        '"',
        '.',
        '...',
        '…',
        '?',
        '!',
        ':',
        ';',
        ',',
        ' ',
        '\n',
        '\n\n',
        '\r\n',
        '\r',
        'Sig.',
        'S.p.A.',
        'A.',
        '1.000',
        '3,5',
        '12/09/2023',
        '21:30',
        'www.a.it',
        'a@b.it',
        '#tag',
        '@nome',
        ':-)',
        '👍🏽',
        '🇮🇹',
        '\u0301',
        '\uD800',
        '\uDC00',
        'date 2023-09 ',
        'Covid-19',
        '-',
        '—',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('segment invariants', () => {
  it('tokens tile the text: in order, non-overlapping, exact slices, whitespace between', () => {
    fc.assert(
      fc.property(trickyText, fc.constantFrom('it', 'en', 'fr', 'xx'), (text, language) => {
        const { tokens } = segment(text, { language });
        let pos = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(pos);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(text.slice(pos, t.start).trim()).toBe('');
          pos = t.end;
        }
        expect(text.slice(pos).trim()).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('sentences are ordered, disjoint, trimmed, and cover their tokens', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const { sentences, tokens, paragraphs } = segment(text, { language: 'it' });
        let pos = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(pos);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          expect(tokens[s.tokenStart]!.start).toBe(s.start);
          expect(tokens[s.tokenEnd - 1]!.end).toBe(s.end);
          expect(paragraphs[s.paragraph]).toBeDefined();
          pos = s.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        segment(text);
      }),
      { numRuns: 500 },
    );
  });
});
