import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';

const TEXT =
  '«Siamo pronti a ripartire da zero», ha detto la sindaca Paola Neri. ' +
  '«Mai», ha risposto il consigliere Marco Blu.';

describe('quotes options', () => {
  it('keeps every quotation by default', () => {
    expect(quotes(TEXT, { language: 'it' }).quotes.map((q) => q.text)).toEqual([
      'Siamo pronti a ripartire da zero',
      'Mai',
    ]);
  });

  it('drops quotations shorter than minWords', () => {
    expect(quotes(TEXT, { language: 'it', minWords: 2 }).quotes.map((q) => q.text)).toEqual([
      'Siamo pronti a ripartire da zero',
    ]);
  });

  it('filters by speaker name or mention, case-insensitive', () => {
    expect(quotes(TEXT, { language: 'it', speaker: 'marco' }).quotes.map((q) => q.text)).toEqual(['Mai']);
    expect(quotes(TEXT, { language: 'it', speaker: 'sindaca' }).quotes).toHaveLength(1);
  });

  it('detects the language when asked for auto', () => {
    expect(quotes(TEXT).language).toBe('it');
  });
});
