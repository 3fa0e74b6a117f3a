/**
 * The word view attribution works on: the tokens of the segmentation with their sentence, their
 * capitalisation and how deep inside quotation marks they sit, plus lookups from offsets to tokens.
 * Built once per text in linear time.
 */
import type { SegmentedText } from '../segment/index.js';
import type { TokenKind } from '../types.js';
import type { QuoteLexicon } from './lexicon.js';
import type { RawQuote } from './pair.js';
import { firstIsTitle } from './paragraphs.js';

/** One token as attribution sees it. */
export interface Word {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-case form with typographic apostrophes made straight (`dell’` → `dell'`). */
  lower: string;
  /** Token kind from the tokenizer. */
  kind: TokenKind;
  /** Index of the sentence holding the token, or -1 (metadata). */
  sentence: number;
  /** True when the token starts with an upper-case letter. */
  cap: boolean;
  /** How many quotations (marks included) cover the token. */
  depth: number;
}

/** Everything attribution needs about one text. */
export interface Context {
  /** The analysed text. */
  text: string;
  /** The segmentation of the text. */
  seg: SegmentedText;
  /** Tokens as words, in order. */
  words: Word[];
  /** Quotation words of the language. */
  lex: QuoteLexicon;
  /** Stopwords of the language. */
  stopwords: ReadonlySet<string>;
  /** Lower-case forms that occur written in lower case somewhere in the text (so are not names). */
  lowerSeen: ReadonlySet<string>;
  /** True when the first paragraph is the text's title, though not a heading line of the segmentation. */
  title: boolean;
  /** Capitalised particles with the name after them seen inside a sentence (`del toro` for `Isaac Del Toro`). */
  particleNames: ReadonlySet<string>;
}

/** Lower-case form of a token for lexicon lookups. */
export function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  return /[’‘`´]/.test(lower) ? lower.replace(/[’‘`´]/g, "'") : lower;
}

/** Index of the first item that starts at or after `offset` (items.length when none); items in text order. */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word that starts at or after `offset` (words.length when none). */
export function wordAt(words: readonly Word[], offset: number): number {
  return firstFrom(words, offset);
}

/**
 * What the word view keeps of a written form. A text repeats its words, so each distinct form is
 * measured once and its strings are shared by every token written that way.
 */
interface Form {
  text: string;
  lower: string;
  cap: boolean;
}

/** The facts of one written form. */
function formOf(text: string): Form {
  const first = text[0] ?? '';
  return { text, lower: lowerOf(text), cap: first !== first.toLowerCase() && first === first.toUpperCase() };
}

/** Builds the word view of a segmented text with the depth of every word inside the quoted spans. */
export function buildContext(
  text: string,
  seg: SegmentedText,
  raw: readonly RawQuote[],
  lex: QuoteLexicon,
  stopwords: ReadonlySet<string>,
): Context {
  const { tokens } = seg;
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  seg.sentences.forEach((s, si) => {
    sentenceOf.fill(si, s.tokenStart, s.tokenEnd);
  });
  const lowerSeen = new Set<string>();
  const forms = new Map<string, Form>();
  const words = new Array<Word>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const written = tokens.text(i);
    const kind = tokens.kind(i);
    let form = forms.get(written);
    if (form === undefined) {
      form = formOf(written);
      forms.set(written, form);
    }
    if (!form.cap && kind === 'word') lowerSeen.add(form.lower);
    words[i] = {
      start: tokens.start[i]!,
      end: tokens.end[i]!,
      text: form.text,
      lower: form.lower,
      kind,
      sentence: sentenceOf[i] ?? -1,
      cap: form.cap,
      depth: 0,
    };
  }
  // Depth by a difference array over word indices: +1 where a quotation starts, -1 after it ends.
  const diff = new Int32Array(words.length + 1);
  for (const q of raw) {
    const from = wordAt(words, q.open ?? q.start);
    const to = wordAt(words, q.close === null ? q.end : q.close + 1);
    if (to <= from) continue;
    diff[from]! += 1;
    diff[to]! -= 1;
  }
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    depth += diff[i] ?? 0;
    (words[i] as Word).depth = depth;
  }
  const title = firstIsTitle(text, seg.paragraphs);
  return { text, seg, words, lex, stopwords, lowerSeen, title, particleNames: particleNames(words, lex) };
}

/**
 * Surnames that start with a particle (`Del Toro`, `Di Maio`), from their capitalised uses inside a
 * sentence: at the start of a sentence the same words may be a preposition and a place (`Da Roma`).
 */
function particleNames(words: readonly Word[], lex: QuoteLexicon): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (w.cap && next.cap && lex.nameParticles.has(w.lower) && words[i - 1]!.sentence === w.sentence)
      out.add(`${w.lower} ${next.lower}`);
  }
  return out;
}
