import { stemmerFor } from '../stemmers.js';
import type { LanguageData } from '../types.js';
import { common, titles } from './abbreviations.js';
import { elisions } from './elisions.js';
import { stopwords } from './stopwords.js';

/** Portuguese: function words, abbreviations, rare elided forms, natural's Porter-style stemmer. */
export const portuguese: LanguageData = {
  code: 'pt',
  name: 'Portuguese',
  stopwords: new Set(stopwords),
  abbreviations: { titles: new Set(titles), common: new Set(common) },
  elisions: new Set(elisions),
  stem: stemmerFor('pt'),
};
