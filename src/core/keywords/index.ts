/**
 * `keywords(text, options)`: the keyphrases a journalist would tag a text with, best first, each
 * with a score in [0, 1], its count and the offsets of every occurrence.
 */
import { mergeNameAliases } from './aliases.js';
import { analyse } from './analyse.js';
import { juxtapositions } from './cohesion.js';
import { nestedCounts } from './nesting.js';
import { scoreGroups } from './score.js';
import { selectKeyphrases } from './select.js';
import type { DocumentFrequencies, KeywordsOptions, KeywordsResult } from './types.js';

export type { CorpusOptions } from './corpus.js';
export {
  buildDocumentFrequencies,
  mergeDocumentFrequencies,
  parseDocumentFrequencies,
  pruneDocumentFrequencies,
} from './corpus.js';
export type * from './types.js';

/** How many keyphrases `keywords` returns when `top` is not given. */
export const DEFAULT_TOP = 10;

/** The corpus table when it was built for the text's language (keys are stemmed per language). */
function usableTable(
  table: DocumentFrequencies | undefined,
  language: string,
): DocumentFrequencies | undefined {
  if (!table || table.documents === 0) return undefined;
  return table.language === language || table.language === 'und' ? table : undefined;
}

/** Extracts the keyphrases of `text` (defaults: language auto, top 10, 1..4 words, no corpus). */
export function keywords(text: string, options: KeywordsOptions = {}): KeywordsResult {
  const { language, lexicon, sequence, roles, grouping } = analyse(text, options);
  const nesting = nestedCounts(grouping);
  const juxtaposed = juxtapositions(grouping, roles);
  const aliases = mergeNameAliases(grouping, sequence, roles, juxtaposed);
  const df = usableTable(options.documentFrequencies, language);
  const scores = scoreGroups({ grouping, roles, nesting, aliases, juxtaposed, lexicon, df });
  const list = selectKeyphrases(
    { text, words: sequence, grouping, roles, aliases, lexicon, scores },
    options.top ?? DEFAULT_TOP,
  );
  return { language, keywords: list };
}
