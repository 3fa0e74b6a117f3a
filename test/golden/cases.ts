/**
 * Whole-article outputs kept as golden JSON files beside this one. A change that alters one of them
 * shows up as a failing test; when the change is intended, regenerate with `npm run golden` and review
 * the diff of the JSON files.
 */
import { keywords } from '../../src/core/keywords/index.js';
import { quotes } from '../../src/core/quotes/index.js';
import { summarize } from '../../src/core/summarize/index.js';
import { tokenize } from '../../src/core/tokenize/index.js';

/** One golden case: the file it is stored in and how to compute it from a text. */
export interface GoldenCase {
  name: string;
  input: string;
  run: (text: string) => unknown;
}

export const ARTICLE = 'fixtures/putin-kim.it.txt';

export const cases: GoldenCase[] = [
  { name: 'tokenize.putin-kim', input: ARTICLE, run: (text) => tokenize(text) },
  { name: 'keywords.putin-kim', input: ARTICLE, run: (text) => keywords(text) },
  { name: 'summarize.putin-kim', input: ARTICLE, run: (text) => summarize(text) },
  { name: 'quotes.putin-kim', input: ARTICLE, run: (text) => quotes(text) },
];
