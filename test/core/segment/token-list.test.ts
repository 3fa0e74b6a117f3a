import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywords } from '../../../src/core/keywords/index.js';
import { quotes } from '../../../src/core/quotes/index.js';
import { segment, segmentText } from '../../../src/core/segment/index.js';
import { KIND, TOKEN_KINDS, TokenList } from '../../../src/core/segment/token-list.js';

const NEWS =
  'Il presidente russo Vladimir Putin ha incontrato Kim Jong Un. «La Russia è un Paese autosufficiente», ' +
  'ha dichiarato Putin. Le sanzioni dell’Onu restano in vigore, e il dott. Rossi lo sa.\n\nPyongyang tace';

describe('TokenList', () => {
  it('grows past its initial capacity and keeps every token', () => {
    const list = new TokenList('abcdefghij', 1);
    for (let i = 0; i < 10; i++) list.push(i, i + 1, i % 2 === 0 ? KIND.word : KIND.punctuation);
    expect(list.length).toBe(10);
    expect(list.text(9)).toBe('j');
    expect(list.kind(8)).toBe('word');
    expect(list.kind(9)).toBe('punctuation');
    expect(list.token(3)).toEqual({ start: 3, end: 4, text: 'd', kind: 'punctuation' });
  });

  it('has one code per kind, in both directions', () => {
    for (const kind of TOKEN_KINDS) expect(TOKEN_KINDS[KIND[kind]]).toBe(kind);
    expect(new Set(Object.values(KIND)).size).toBe(TOKEN_KINDS.length);
  });

  it('round-trips token objects', () => {
    const { tokens } = segment(NEWS, { language: 'it' });
    expect(TokenList.from(NEWS, tokens).toArray()).toEqual(tokens);
  });
});

describe('segmentText', () => {
  it('holds the same tokens, sentences and paragraphs as segment()', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const objects = segment(text, { language: 'it' });
        const columns = segmentText(text, { language: 'it' });
        expect(columns.tokens.toArray()).toEqual(objects.tokens);
        expect(columns.sentences).toEqual(objects.sentences);
        expect(columns.paragraphs).toEqual(objects.paragraphs);
        expect(columns.metadata).toEqual(objects.metadata);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the analyses the same result whichever form of segmentation they are handed', () => {
    const objects = segment(NEWS, { language: 'it' });
    const columns = segmentText(NEWS, { language: 'it' });
    const plain = keywords(NEWS, { language: 'it' });
    expect(keywords(NEWS, { language: 'it', segmentation: objects })).toEqual(plain);
    expect(keywords(NEWS, { language: 'it', segmentation: columns })).toEqual(plain);
    const said = quotes(NEWS, { language: 'it' });
    expect(said.quotes).toHaveLength(1);
    expect(quotes(NEWS, { language: 'it', segmentation: objects })).toEqual(said);
    expect(quotes(NEWS, { language: 'it', segmentation: columns })).toEqual(said);
  });
});
