import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../../src/cli/color.js';
import { renderTokenize } from '../../../src/cli/render/tokenize.js';
import { stripAnsi } from '../../../src/cli/render/wrap.js';
import type { TokenizedToken, TokenizeResult } from '../../../src/core/tokenize/index.js';

/** Builds a result by hand from a text and its token spans, so the renderer is tested without `segment`. */
function result(): TokenizeResult & { file: string } {
  const text = 'date 2024-01\n\nPiano casa\n\nLe sanzioni costano 3 euro.';
  const tok = (s: string, from: number, kind: TokenizedToken['kind'], stem?: string): TokenizedToken => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s, kind, ...(stem ? { stem } : {}) };
  };
  const tokens = [
    tok('date', 0, 'word', 'date'),
    tok('2024-01', 0, 'date'),
    tok('Piano', 0, 'word', 'pian'),
    tok('casa', 0, 'word', 'cas'),
    tok('Le', 0, 'word', 'le'),
    tok('sanzioni', 0, 'word', 'sanzion'),
    tok('costano', 0, 'word', 'cost'),
    tok('3', 0, 'number'),
    tok('euro', 0, 'word', 'eur'),
    tok('.', 20, 'punctuation'),
  ];
  return {
    file: 'a.txt',
    language: 'it',
    metadata: [{ key: 'date', value: '2024-01', start: 0, end: 12 }],
    paragraphs: [
      { start: 14, end: 24, heading: true },
      { start: 26, end: 53, heading: false },
    ],
    sentences: [
      { start: 14, end: 24, text: 'Piano casa', paragraph: 0, heading: true },
      { start: 26, end: 53, text: 'Le sanzioni costano 3 euro.', paragraph: 1, heading: false },
    ],
    tokens,
  };
}

describe('renderTokenize', () => {
  it('shows metadata, numbered sentences with headings marked, stems and a count line', () => {
    expect(renderTokenize(result(), { color: makeChalk(0), width: 80 })).toBe(
      [
        'meta date: 2024-01',
        '1 # Piano/pian · casa/cas',
        '2   Le · sanzioni/sanzion · costano/cost · 3 · euro/eur · .',
        '2 sentences, 10 tokens, 2 paragraphs · language it',
        '',
      ].join('\n'),
    );
  });

  it('wraps long sentences under their first token', () => {
    const text = renderTokenize(result(), { color: makeChalk(0), width: 30 });
    expect(text.split('\n').slice(2, 5)).toEqual([
      '2   Le · sanzioni/sanzion',
      '    costano/cost · 3',
      '    euro/eur · .',
    ]);
  });

  it('colours by kind without changing the visible text', () => {
    const coloured = renderTokenize(result(), { color: makeChalk(1), width: 80 });
    expect(coloured).toContain(makeChalk(1).cyan('3'));
    expect(stripAnsi(coloured)).toBe(renderTokenize(result(), { color: makeChalk(0), width: 80 }));
  });
});
