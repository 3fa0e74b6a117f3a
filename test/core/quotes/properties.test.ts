import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';
import { pairMarks } from '../../../src/core/quotes/pair.js';

/** Pieces that make texts full of marks, names, cues and apostrophes. */
const PIECES = [
  '“',
  '”',
  '«',
  '»',
  '"',
  "'",
  '‘',
  '’',
  '″',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  ' – ',
  'ha detto',
  'Lo ha detto',
  'il ministro',
  'Mario Rossi',
  'dell’Ansa',
  "perche'",
  'secondo',
  'Parole di',
  'Così',
  'non ci sto',
  'La',
  'E',
  'ha aggiunto',
  'il sindaco di Roma',
  'abc',
  'È quanto ha affermato',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('quotes properties', () => {
  it('points every quote, segment, speaker and cue offset at its own text', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ maxLength: 80 })), (text) => {
        for (const q of quotes(text, { language: 'it' }).quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
          if (q.cueSpan) expect(text.slice(q.cueSpan.start, q.cueSpan.end)).toBe(q.cue);
          for (const s of q.segments ?? []) {
            expect(s.start).toBeGreaterThanOrEqual(q.start);
            expect(s.end).toBeLessThanOrEqual(q.end);
          }
          if (q.open !== null) expect(q.open).toBeLessThan(q.start);
          if (q.close !== null) expect(q.close).toBeGreaterThanOrEqual(q.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns JSON-serialisable data', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const result = quotes(text, { language: 'it' });
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });
});

describe('adversarial input', () => {
  it('pairs 10 MB of opening marks into at most one span, and no quotation', () => {
    expect(pairMarks('“'.repeat(10_000_000)).length).toBeLessThanOrEqual(1);
    expect(quotes('“'.repeat(200_000), { language: 'it' }).quotes).toEqual([]);
  });

  it('reports one quotation per paragraph for thousands of unclosed ones', () => {
    const text = 'Ha detto “non ci sto e non ci starò\n\n'.repeat(5_000);
    const found = quotes(text, { language: 'it' }).quotes;
    expect(found).toHaveLength(5_000);
    expect(found.every((q) => q.text === 'non ci sto e non ci starò' && q.close === null)).toBe(true);
  });

  it('keeps the output linear when unclosed marks pile up in one paragraph', () => {
    const text = 'Ha detto “non ci sto '.repeat(20_000);
    const found = pairMarks(text);
    const total = found.reduce((n, q) => n + (q.end - q.start), 0);
    expect(found).toHaveLength(1);
    expect(total).toBeLessThanOrEqual(text.length);
  });

  it('survives a megabyte of mixed marks', () => {
    const text = '«a “b ‘c \' " » ” ’ '.repeat(50_000);
    expect(() => quotes(text, { language: 'it' })).not.toThrow();
  });
});
