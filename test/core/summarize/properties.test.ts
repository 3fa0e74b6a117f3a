import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUMMARY_ALGORITHMS, summarize } from '../../../src/core/summarize/index.js';

const WORDS = [
  'il',
  'governo',
  'piano',
  'scuola',
  'fondi',
  'Roma',
  'sindaco',
  'ponte',
  'è',
  'che',
  'ha',
  'detto',
  'città',
];

/** A sentence of 1-12 words from a small vocabulary (so sentences share terms), with an ending. */
const sentence = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('.', '!', '?', '', '».'),
  )
  .map(([words, end]) => {
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + end;
  });

/** A text of paragraphs of sentences, with blank lines, single line breaks and repeats. */
const text = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 6 })
  .chain((paragraphs) =>
    fc.constantFrom('\n\n', '\n', ' ').map((glue) => paragraphs.map((p) => p.join(' ')).join(glue)),
  );

/** Length options in any combination. */
const lengths = fc.record(
  {
    sentences: fc.integer({ min: 0, max: 12 }),
    ratio: fc.double({ min: 0, max: 1, noNaN: true }),
    words: fc.integer({ min: 0, max: 80 }),
  },
  { requiredKeys: [] },
);

/** Counts words as the summarizer does, closely enough for an upper bound: runs of letters or digits. */
function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

describe('summarize: invariants', () => {
  it('every summary sentence is a sentence of the input at its offsets, in order, once, within the budget', () => {
    fc.assert(
      fc.property(text, lengths, fc.constantFrom(...SUMMARY_ALGORITHMS), (input, length, algorithm) => {
        const summary = summarize(input, { language: 'it', algorithm, explain: true, ...length });
        const explained = summary.explanation!;
        const indices = summary.sentences.map((s) => s.index);
        for (const s of summary.sentences) {
          expect(input.slice(s.start, s.end)).toBe(s.text);
          expect(explained[s.index]!.start).toBe(s.start);
          expect(explained[s.index]!.fate).toBe('selected');
        }
        for (let i = 1; i < indices.length; i++) expect(indices[i]!).toBeGreaterThan(indices[i - 1]!);
        expect(new Set(summary.sentences.map((s) => s.text.toLowerCase())).size).toBe(indices.length);
        if (length.sentences !== undefined) expect(indices.length).toBeLessThanOrEqual(length.sentences);
        if (length.ratio === 0) expect(indices).toEqual([]);
        if (length.words !== undefined) {
          const used = summary.sentences.reduce((n, s) => n + wordCount(s.text), 0);
          expect(used).toBeLessThanOrEqual(length.words);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom(...SUMMARY_ALGORITHMS),
        (input, algorithm) => {
          const summary = summarize(input, { language: 'it', algorithm, sentences: 3 });
          for (const s of summary.sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
