/**
 * The summarizer's view of a text: which sentences may be chosen, and each sentence as a bag of
 * content terms (stemmed words without function words), stored in flat typed arrays so that a
 * 10 MB input costs a few arrays rather than a hundred thousand small objects.
 */
import type { LanguageData } from '../lang/types.js';
import type { SegmentedText } from '../segment/index.js';
import { KIND, type TokenList } from '../segment/token-list.js';
import type { Sentence } from '../types.js';
import { isQuoteOnly } from './quotes.js';

/** Why a sentence can never be part of a summary. */
export type Exclusion = 'heading' | 'fragment';

/** A segmented text prepared for ranking. */
export interface SummaryDocument {
  /** Its sentences, as segmented. */
  sentences: readonly Sentence[];
  /** Per sentence: why it cannot be chosen, or null when it can. */
  exclusion: (Exclusion | null)[];
  /** Indices of the sentences that can be chosen, in document order. */
  candidates: Int32Array;
  /** Per sentence: number of word tokens (words, numbers, abbreviations). */
  words: Int32Array;
  /** Per sentence: true when the sentence is nothing but a quotation. */
  quoteOnly: Uint8Array;
  /** Per sentence, CSR layout: its distinct terms are `termIds[termStart[s] .. termStart[s + 1]]`. */
  termStart: Int32Array;
  /** Term ids of every sentence, concatenated. */
  termIds: Int32Array;
  /** How often each entry of `termIds` occurs in its sentence. */
  termCounts: Int32Array;
  /** Per sentence, CSR layout: the term id of each of its word tokens in order (-1 for function words). */
  sequenceStart: Int32Array;
  /** Term ids of every candidate's word tokens, concatenated. */
  sequence: Int32Array;
  /** Per term id: the stem. */
  vocabulary: string[];
  /** Per term id: number of candidate sentences that contain it. */
  sentenceFrequency: Int32Array;
  /** Per term id: occurrences in the candidate sentences. */
  termFrequency: Int32Array;
}

/*
 * MIN_WORDS: sentences with fewer tokens made of letters (numbers and dates do not count) are
 * fragments: datelines (`MODENA.`, `Roma, 29 settembre 2010.`), bylines, exclamations (`Scary
 * right?`). They are never chosen. Four keeps short real news sentences (`Lo ha detto Putin.`) and
 * drops the fragments seen in Italian and English news.
 */
const MIN_WORDS = 4;

/** Token kinds that count as words for length limits and the fragment test, by `KIND` code. */
const WORDLIKE: readonly boolean[] = Object.values(KIND).map((code) =>
  [KIND.word, KIND.number, KIND.abbreviation, KIND.date, KIND.time, KIND.hashtag, KIND.mention].includes(
    code,
  ),
);

/** Apostrophes that may be left on an elided word (`dell’`, `l'`). */
const APOSTROPHES = /['’`]/g;

/** The content term of a word, or null for function words, elided articles and single letters. */
function termOf(word: string, lang: LanguageData): string | null {
  const lower = word.toLowerCase().replace(APOSTROPHES, '');
  if (lower.length < 2 || lang.stopwords.has(lower) || lang.elisions.has(lower)) return null;
  return lang.stem(lower);
}

/**
 * Maps tokens to term ids, remembering each written form: a text repeats its words, so the
 * lower-casing, stopword test and stemming run once per distinct form instead of once per token.
 */
class Terms {
  /** Per term id: the stem. */
  readonly vocabulary: string[] = [];
  private readonly idOfStem = new Map<string, number>();
  private readonly idOfForm = new Map<string, number>();

  constructor(private readonly lang: LanguageData) {}

  /** The term id of token `t`, or -1 when it carries no content. */
  idOf(tokens: TokenList, t: number): number {
    if (tokens.code[t] !== KIND.word) return -1;
    const form = tokens.text(t);
    let id = this.idOfForm.get(form);
    if (id !== undefined) return id;
    const term = termOf(form, this.lang);
    if (term === null) id = -1;
    else {
      id = this.idOfStem.get(term);
      if (id === undefined) {
        id = this.vocabulary.length;
        this.vocabulary.push(term);
        this.idOfStem.set(term, id);
      }
    }
    this.idOfForm.set(form, id);
    return id;
  }
}

/** Counts the word tokens of a sentence (the unit of `--words` budgets) and those made of letters. */
function countWords(tokens: TokenList, from: number, to: number): { all: number; letters: number } {
  let all = 0;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const code = tokens.code[i]!;
    if (WORDLIKE[code]) all++;
    if (code === KIND.word || code === KIND.abbreviation) letters++;
  }
  return { all, letters };
}

/** Builds the summarizer's view of a segmented text. */
export function buildDocument(seg: SegmentedText, lang: LanguageData): SummaryDocument {
  const { sentences, tokens } = seg;
  const n = sentences.length;
  const exclusion: (Exclusion | null)[] = new Array(n).fill(null);
  const words = new Int32Array(n);
  const quoteOnly = new Uint8Array(n);
  const terms = new Terms(lang);
  const candidates: number[] = [];
  // Sized for the worst case (every token a distinct term) and trimmed at the end.
  const termStart = new Int32Array(n + 1);
  const ids = new Int32Array(tokens.length);
  const counts = new Int32Array(tokens.length);
  const sequenceStart = new Int32Array(n + 1);
  const sequence = new Int32Array(tokens.length);
  // Per term id: the last sentence that used it, and where its count sits in `counts`.
  const seenIn = new Int32Array(tokens.length).fill(-1);
  const slot = new Int32Array(tokens.length);
  let used = 0;
  let length = 0;
  for (let s = 0; s < n; s++) {
    const sentence = sentences[s]!;
    termStart[s] = used;
    sequenceStart[s] = length;
    const count = countWords(tokens, sentence.tokenStart, sentence.tokenEnd);
    words[s] = count.all;
    if (sentence.heading) exclusion[s] = 'heading';
    else if (count.letters < MIN_WORDS) exclusion[s] = 'fragment';
    if (exclusion[s] !== null) continue;
    candidates.push(s);
    quoteOnly[s] = isQuoteOnly(sentence.text) ? 1 : 0;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      if (!WORDLIKE[tokens.code[t]!]) continue;
      const id = terms.idOf(tokens, t);
      sequence[length++] = id;
      if (id < 0) continue;
      if (seenIn[id] === s) counts[slot[id]!]!++;
      else {
        seenIn[id] = s;
        slot[id] = used;
        ids[used] = id;
        counts[used++] = 1;
      }
    }
  }
  termStart[n] = used;
  sequenceStart[n] = length;
  const termIds = ids.slice(0, used);
  const termCounts = counts.slice(0, used);
  const vocabulary = terms.vocabulary;
  const sentenceFrequency = new Int32Array(vocabulary.length);
  const termFrequency = new Int32Array(vocabulary.length);
  for (let k = 0; k < used; k++) {
    sentenceFrequency[termIds[k]!]!++;
    termFrequency[termIds[k]!]! += termCounts[k]!;
  }
  return {
    sentences,
    exclusion,
    candidates: Int32Array.from(candidates),
    words,
    quoteOnly,
    termStart,
    termIds,
    termCounts,
    sequenceStart,
    sequence: sequence.slice(0, length),
    vocabulary,
    sentenceFrequency,
    termFrequency,
  };
}
