import { stemmerFor } from '../stemmers.js';
import type { LanguageData } from '../types.js';
import { common, titles } from './abbreviations.js';
import { stopwords } from './stopwords.js';

/** Spanish: function words, abbreviations, no elisions, natural's Porter-style stemmer. */
export const spanish: LanguageData = {
  code: 'es',
  name: 'Spanish',
  stopwords: new Set(stopwords),
  abbreviations: { titles: new Set(titles), common: new Set(common) },
  elisions: new Set(),
  stem: stemmerFor('es'),
};
