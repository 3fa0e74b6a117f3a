/** What sunto knows about one language. Every list is lower-case. */
export interface LanguageData {
  /** ISO 639-1 code. */
  code: string;
  /** English name of the language. */
  name: string;
  /** Function words: articles, prepositions, pronouns, auxiliaries, common adverbs. */
  stopwords: ReadonlySet<string>;
  /**
   * Abbreviations written with a final period, stored without it (`sig`, `dott`, `p.es`, `s.p.a`).
   * `titles` precede a name or a number and never end a sentence (`sig. Rossi`, `art. 3`);
   * `common` may end a sentence when the next word is capitalised (`ecc.`).
   */
  abbreviations: { titles: ReadonlySet<string>; common: ReadonlySet<string> };
  /**
   * Elided forms split after the apostrophe, stored without it (`l`, `dell`, `c`, `quest`):
   * `dell’Ucraina` → `dell’` + `Ucraina`. Empty for languages without elision.
   */
  elisions: ReadonlySet<string>;
  /**
   * True when a straight or typographic apostrophe after a final vowel is an accent (`perche'`,
   * `po'`, `E'`) that belongs to the word, as in Italian typed without accented keys.
   */
  accentApostrophe?: boolean;
  /**
   * Beginnings of words written with a leading apostrophe that stands for a dropped letter, which keep
   * it as part of the word (`'ndrangheta`, `'ndrina`): stored lower-case, without the apostrophe.
   */
  aphaeresis?: readonly string[];
  /**
   * Words before which a number with a period is an ordinal (`am 3. Oktober`), for languages that
   * write ordinals so; a lower-case word after the period makes one too (`der 2. deutsche`).
   */
  dottedOrdinals?: ReadonlySet<string>;
  /** Reduces an inflected word to its stem (`sanzioni` → `sanzion`); identity where there is no stemmer. */
  stem: (word: string) => string;
}
