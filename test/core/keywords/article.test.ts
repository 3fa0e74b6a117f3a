import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywords } from '../../../src/core/keywords/index.js';
import { languageData } from '../../../src/core/lang/index.js';

const ARTICLE = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'fixtures', 'putin-kim.it.txt'),
  'utf8',
);

/**
 * Golden top ten of the bundled article (text and count). A change that alters it fails here; when
 * the change is intended, review the new list and update this one.
 */
const GOLDEN: [string, number][] = [
  ['Kim Jong Un', 5],
  ['Putin', 5],
  ['Russia', 7],
  ['Corea del Nord', 4],
  ['Pyongyang', 4],
  ['Occidentale', 2],
  ['leader', 5],
  ['relazioni commerciali', 2],
  ['incontro', 3],
  ['egemonia', 3],
];

describe('keywords of the bundled article', () => {
  const result = keywords(ARTICLE);

  it('is analysed as Italian', () => {
    expect(result.language).toBe('it');
  });

  it('matches the golden top ten', () => {
    expect(result.keywords.map((k) => [k.text, k.count])).toEqual(GOLDEN);
  });

  it('reads as a journalist’s tags: the people, the countries, no stopword, no metadata, no truncated name', () => {
    const top = result.keywords.map((k) => k.text);
    for (const tag of ['Kim Jong Un', 'Corea del Nord', 'Russia']) expect(top).toContain(tag);
    expect(top.some((t) => t === 'Putin' || t === 'Vladimir Putin')).toBe(true);
    const stopwords = languageData('it').stopwords;
    for (const t of top) {
      expect(stopwords.has(t.toLowerCase())).toBe(false);
      expect(t).not.toMatch(/date|2023/);
    }
    expect(top).not.toContain('Kim Jong');
    expect(top).not.toContain('Jong Un');
    expect(top).not.toContain('Kim');
  });

  it('counts every occurrence of a name, short forms included, with exact offsets', () => {
    const kim = result.keywords.find((k) => k.text === 'Kim Jong Un')!;
    const spans = kim.occurrences.map((o) => ARTICLE.slice(o.start, o.end));
    expect(spans.filter((s) => s === 'Kim Jong Un')).toHaveLength(3);
    expect(spans.filter((s) => s === 'Kim')).toHaveLength(2);
  });
});
