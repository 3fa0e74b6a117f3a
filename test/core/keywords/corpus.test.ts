import { describe, expect, it } from 'vitest';
import {
  buildDocumentFrequencies,
  mergeDocumentFrequencies,
  parseDocumentFrequencies,
  pruneDocumentFrequencies,
} from '../../../src/core/keywords/index.js';

const CORPUS = [
  'Le sanzioni contro Mosca. Nuove sanzioni in arrivo.',
  'Una sanzione per la Juventus.',
  'Il governo di Roma approva il bilancio.',
];

describe('document frequencies', () => {
  it('counts each word key once per document, variants together', () => {
    const table = buildDocumentFrequencies(CORPUS, { language: 'it' });
    expect(table.documents).toBe(3);
    expect(table.language).toBe('it');
    const sanctions = Object.entries(table.df).filter(([key]) => key.startsWith('sanzion'));
    expect(sanctions).toHaveLength(1);
    expect(sanctions[0]?.[1]).toBe(2);
    expect(table.df.mosca).toBe(1);
    expect(table.df.il).toBeUndefined();
  });

  it('detects the language from the first text when asked to', () => {
    expect(buildDocumentFrequencies(CORPUS).language).toBe('it');
  });

  it('prunes keys found in one document only', () => {
    const pruned = pruneDocumentFrequencies(buildDocumentFrequencies(CORPUS, { language: 'it' }));
    expect(Object.keys(pruned.df)).toHaveLength(1);
    expect(pruned.documents).toBe(3);
  });

  it('merges two tables by adding documents and counts', () => {
    const a = buildDocumentFrequencies(CORPUS.slice(0, 2), { language: 'it' });
    const b = buildDocumentFrequencies(CORPUS.slice(1), { language: 'it' });
    const merged = mergeDocumentFrequencies(a, b);
    expect(merged.documents).toBe(4);
    expect(merged.df.juventus).toBe(2);
  });

  it('reads back a saved table and rejects anything else', () => {
    const table = buildDocumentFrequencies(CORPUS, { language: 'it' });
    expect(parseDocumentFrequencies(JSON.parse(JSON.stringify(table)))).toEqual(table);
    expect(() => parseDocumentFrequencies(null)).toThrow();
    expect(() => parseDocumentFrequencies({ language: 'it', documents: 2, df: [] })).toThrow();
    expect(() => parseDocumentFrequencies({ language: 'it', documents: 2, df: { a: 3 } })).toThrow();
    expect(() => parseDocumentFrequencies({ language: 'it', documents: -1, df: {} })).toThrow();
  });
});
