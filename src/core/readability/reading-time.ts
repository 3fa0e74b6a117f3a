/**
 * Silent reading time. Speeds are per language because the same content takes more words in some
 * languages than in others.
 */
import type { ReadingTime } from './types.js';

/**
 * Silent reading speed of adults, in words per minute, from the International Reading Speed Texts
 * (Trauzettel-Klosinski and Dietz, 2012), which measured the same passage translated into each language
 * with native readers: English 228, Spanish 218, French 195, Italian 188, Portuguese 181, German 179;
 * their mean over 17 languages, 184, serves every other language.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  en: 228,
  es: 218,
  fr: 195,
  it: 188,
  pt: 181,
  de: 179,
};

/** Reading speed for languages the table does not list. */
const DEFAULT_WORDS_PER_MINUTE = 184;

/** How long `words` words take to read in `language`. */
export function readingTime(words: number, language: string): ReadingTime {
  const wordsPerMinute = WORDS_PER_MINUTE[language] ?? DEFAULT_WORDS_PER_MINUTE;
  return { minutes: Math.round((words / wordsPerMinute) * 10) / 10, wordsPerMinute };
}
