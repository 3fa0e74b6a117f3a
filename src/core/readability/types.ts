/**
 * Types of readability: the counts a formula reads, the score it gives with what it means, lexical
 * diversity, and the syllable rules each language supplies. Everything is plain JSON-serialisable data.
 */

/** The readability formulas sunto knows, one per language it has data for. */
export type ReadabilityIndexId =
  | 'gulpease'
  | 'flesch'
  | 'fernandez-huerta'
  | 'kandel-moles'
  | 'flesch-amstad'
  | 'flesch-martins';

/** What readability formulas count in a text. */
export interface ReadabilityCounts {
  /** Sentences of running text (headings and title lines excluded). */
  sentences: number;
  /** Words: runs of word tokens written without a space between them (`l’obiettivo` is one word). */
  words: number;
  /** Letters in those words. */
  letters: number;
  /** Syllables in those words, by the language's rules; 0 when the language has none. */
  syllables: number;
}

/** Whether a text is easy for one kind of reader (Gulpease's schooling levels). */
export interface ReaderVerdict {
  /** The reader, e.g. `elementary school`. */
  reader: string;
  /** Lowest score such a reader reads without help. */
  threshold: number;
  /** True when the score reaches the threshold. */
  easy: boolean;
}

/** A readability score and what it means. */
export interface ReadabilityScore {
  /** Which formula. */
  index: ReadabilityIndexId;
  /** Its usual name, e.g. `Gulpease`. */
  name: string;
  /** The score, rounded to one decimal; higher is easier on every scale here. */
  value: number;
  /** The band the score falls in, e.g. `fairly difficult`. */
  band: string;
  /** Who reads text of that band comfortably, e.g. `high school (grades 10-12)`. */
  audience: string;
  /** Per schooling level, whether the text is easy (Gulpease only). */
  readers?: ReaderVerdict[];
}

/** Lexical diversity of a text. */
export interface LexicalDiversity {
  /** The measure: MTLD, the measure of textual lexical diversity (McCarthy and Jarvis, 2010). */
  measure: 'mtld';
  /**
   * Mean length in words of a stretch of text whose type/token ratio stays above the threshold;
   * higher is more varied. Null when the text is too short or too varied for even one partial factor.
   */
  value: number | null;
  /** Type/token ratio that ends a factor (0.72). */
  threshold: number;
}

/** How long the text takes to read silently. */
export interface ReadingTime {
  /** Minutes, rounded to one decimal. */
  minutes: number;
  /** Reading speed assumed for the language, in words per minute. */
  wordsPerMinute: number;
}

/** The readability of a text. */
export interface Readability {
  /** Language the text was analysed as. */
  language: string;
  /** The counts behind every figure. */
  counts: ReadabilityCounts;
  /** The score of the formula that fits the language, or null for a language without one. */
  score: ReadabilityScore | null;
  /** Average sentence length in words, one decimal. */
  wordsPerSentence: number;
  /** Average word length in letters, two decimals. */
  lettersPerWord: number;
  /** Average word length in syllables, two decimals; null for a language without syllable rules. */
  syllablesPerWord: number | null;
  /** Lexical diversity (MTLD over lower-cased words). */
  lexicalDiversity: LexicalDiversity;
  /** Silent reading time. */
  readingTime: ReadingTime;
}

/** Options of `readability`. */
export interface ReadabilityOptions {
  /** Language code, or `'auto'` to detect it (default `'auto'`). */
  language?: string;
}

/**
 * How a language's written words divide into syllables, as data for one shared counter. The counter
 * lower-cases the word, applies `replace`, then counts nuclei in every run of adjacent vowels: a run
 * without a `strong` vowel is one nucleus; otherwise each strong vowel is one, except that a pair
 * listed in `pairs` counts once. Each match of an `extra` pattern adds a nucleus. A word with letters
 * has at least one syllable.
 */
export interface SyllableRules {
  /** Every letter that can be a vowel, lower-case. */
  vowels: string;
  /** Vowels that are a nucleus of their own even next to another vowel (empty: every run is one). */
  strong: string;
  /** Adjacent strong vowels that make one nucleus (German `ei`, Portuguese `ão`). */
  pairs?: readonly string[];
  /** Rewrites applied before counting: silent letters dropped, consonantal `y` turned into a consonant. */
  replace?: readonly (readonly [RegExp, string])[];
  /** Patterns that each add a nucleus the vowel runs miss (Italian `aiu` in `aiuto`). */
  extra?: readonly RegExp[];
}
