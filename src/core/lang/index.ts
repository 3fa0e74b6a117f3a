/**
 * The registry of language data. Algorithms ask for a language here and never hold word lists
 * of their own; a language without data gets neutral defaults instead of an error.
 */
import { german } from './de/index.js';
import { english } from './en/index.js';
import { spanish } from './es/index.js';
import { french } from './fr/index.js';
import { italian } from './it/index.js';
import { portuguese } from './pt/index.js';
import { stemmerFor } from './stemmers.js';
import type { LanguageData } from './types.js';

export type { LanguageData } from './types.js';

/** Every language sunto has data for, Italian first. */
const LANGUAGES: ReadonlyMap<string, LanguageData> = new Map(
  [italian, english, french, spanish, portuguese, german].map((data) => [data.code, data]),
);

/** Codes of the languages sunto has data for. */
export const SUPPORTED_LANGUAGES: readonly string[] = [...LANGUAGES.keys()];

/** Language data for a code; unknown codes get empty lists and natural's stemmer when it has one. */
export function languageData(code: string): LanguageData {
  const known = LANGUAGES.get(code);
  if (known) return known;
  return {
    code,
    name: code,
    stopwords: new Set(),
    abbreviations: { titles: new Set(), common: new Set() },
    elisions: new Set(),
    stem: stemmerFor(code),
  };
}
