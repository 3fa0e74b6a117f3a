import { stemmerFor } from '../stemmers.js';
import type { LanguageData } from '../types.js';
import { common, titles } from './abbreviations.js';
import { stopwords } from './stopwords.js';

/** English: function words, abbreviations, no elisions, natural's Porter-style stemmer. */
export const english: LanguageData = {
  code: 'en',
  name: 'English',
  stopwords: new Set(stopwords),
  abbreviations: { titles: new Set(titles), common: new Set(common) },
  elisions: new Set(),
  stem: stemmerFor('en'),
};
