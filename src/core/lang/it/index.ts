import { stemmerFor } from '../stemmers.js';
import type { LanguageData } from '../types.js';
import { common, titles } from './abbreviations.js';
import { elisions } from './elisions.js';
import { stopwords } from './stopwords.js';

export const italian: LanguageData = {
  code: 'it',
  name: 'Italian',
  stopwords: new Set(stopwords),
  abbreviations: { titles: new Set(titles), common: new Set(common) },
  elisions: new Set(elisions),
  accentApostrophe: true,
  // `'ndrangheta` and its family: the one word of Italian news that starts with an apostrophe.
  aphaeresis: ['ndrangh', 'ndrin'],
  stem: stemmerFor('it'),
};
