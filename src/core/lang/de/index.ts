import { stemmerFor } from '../stemmers.js';
import type { LanguageData } from '../types.js';
import { common, titles } from './abbreviations.js';
import { stopwords } from './stopwords.js';

/** German: function words, abbreviations, no elisions, natural's Porter-style stemmer. */
export const german: LanguageData = {
  code: 'de',
  name: 'German',
  stopwords: new Set(stopwords),
  abbreviations: { titles: new Set(titles), common: new Set(common) },
  elisions: new Set(),
  dottedOrdinals: new Set(
    'januar jänner februar märz april mai juni juli august september oktober november dezember'.split(' '),
  ),
  stem: stemmerFor('de'),
};
