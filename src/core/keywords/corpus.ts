/**
 * Background corpora: document frequencies of words over many texts, built once and reused (the
 * CLI saves them as JSON). Keys are the word keys `keywords` groups by: stems of common words,
 * lower-case forms of names; a phrase is weighed by the mean over its words.
 */
import type { LanguageCode } from '../types.js';
import { readText } from './analyse.js';
import { wordKeys } from './groups.js';
import type { DocumentFrequencies } from './types.js';

/** Options of `buildDocumentFrequencies`. */
export interface CorpusOptions {
  /** Language of the texts (default `'auto'`: detected from the first text). */
  language?: LanguageCode | 'auto';
  /** Extra stopwords, as for `keywords`. */
  stopwords?: readonly string[];
}

/** Counts, for every content-word key (stem, or lower-case name), how many of `texts` contain it. */
export function buildDocumentFrequencies(
  texts: readonly string[],
  options: CorpusOptions = {},
): DocumentFrequencies {
  const df: Record<string, number> = Object.create(null);
  let language: LanguageCode | 'auto' = options.language ?? 'auto';
  for (const text of texts) {
    const read = readText(text, { language, stopwords: options.stopwords });
    language = read.language;
    const { wordKey, keys } = wordKeys(read.sequence, read.roles, read.lexicon);
    const seen = new Uint8Array(keys.length);
    wordKey.forEach((id, i) => {
      if (!read.roles.content[i] || seen[id]) return;
      seen[id] = 1;
      const key = keys[id]!;
      df[key] = (df[key] ?? 0) + 1;
    });
  }
  return { language: language === 'auto' ? 'und' : language, documents: texts.length, df };
}

/** Drops keys found in a single document (absent keys count as one), so saved tables stay small. */
export function pruneDocumentFrequencies(table: DocumentFrequencies, minDocuments = 2): DocumentFrequencies {
  const df: Record<string, number> = Object.create(null);
  for (const key of Object.keys(table.df)) {
    const n = table.df[key]!;
    if (n >= minDocuments) df[key] = n;
  }
  return { language: table.language, documents: table.documents, df };
}

/** Adds two tables of the same language: documents and counts summed. */
export function mergeDocumentFrequencies(
  a: DocumentFrequencies,
  b: DocumentFrequencies,
): DocumentFrequencies {
  const df: Record<string, number> = Object.create(null);
  for (const key of Object.keys(a.df)) df[key] = a.df[key]!;
  for (const key of Object.keys(b.df)) df[key] = (df[key] ?? 0) + b.df[key]!;
  const language = a.language === 'und' ? b.language : a.language;
  return { language, documents: a.documents + b.documents, df };
}

/** Checks that parsed JSON is a document-frequency table and returns it; throws when it is not. */
export function parseDocumentFrequencies(value: unknown): DocumentFrequencies {
  const table = value as Partial<DocumentFrequencies> | null;
  if (
    table === null ||
    typeof table !== 'object' ||
    typeof table.language !== 'string' ||
    typeof table.documents !== 'number' ||
    !Number.isInteger(table.documents) ||
    table.documents < 0 ||
    typeof table.df !== 'object' ||
    table.df === null ||
    Array.isArray(table.df)
  ) {
    throw new Error('not a document-frequency table');
  }
  const df: Record<string, number> = Object.create(null);
  for (const [key, n] of Object.entries(table.df)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > table.documents) {
      throw new Error(`bad document frequency for ${JSON.stringify(key)}`);
    }
    df[key] = n;
  }
  return { language: table.language, documents: table.documents, df };
}
