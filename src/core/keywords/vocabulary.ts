/**
 * The storage behind the word sequence: word flags, a vocabulary that interns look-up forms and
 * caches the facts of each spelling, and typed arrays that grow as words are appended. A 10 MB text
 * costs no per-word objects.
 */
import { hasSuffix, type Lexicon, lookupForm } from './lexicon.js';
import type { WordSequence } from './words.js';

/** In the stop list, or an elided form (`dell’`): cannot start or end a keyphrase. */
export const STOP = 1;
/** May stand inside a keyphrase but not close it (`proposed`, the `22` of `22-0`). */
export const NON_FINAL = 2;
/** A number (`2270`). */
export const NUMERIC = 4;
/** The first letter is a capital. */
export const CAPITAL = 8;
/** Every letter is a capital and there are at least two (`NATO`, `ISS`). */
export const ALL_CAPS = 16;
/** A capital here says nothing: first word of a sentence, or after `:` or an opening quote. */
export const INITIAL = 32;

/** True when the first character is a capital (or title-case) letter. */
export function startsUpper(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** True when `s` contains a hyphen joining the parts of a compound. */
export function hasHyphen(s: string): boolean {
  return s.includes('-') || s.includes('\u2010') || s.includes('\u2011');
}

/** What a spelling is wherever it stands: its form and its position-independent flags. */
export interface Spelling {
  formId: number;
  flags: number;
}

/** Interns look-up forms so per-form statistics can live in arrays, and caches each spelling's facts. */
export class Vocabulary {
  readonly forms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly spellings = new Map<string, Spelling | null>();

  constructor(private readonly lexicon: Lexicon) {}

  /** The id of `form`, assigned on first sight. */
  formId(form: string): number {
    let id = this.ids.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(form, id);
      this.forms.push(form);
    }
    return id;
  }

  /** The facts of a spelling, or null when it has no letter or digit. */
  spelling(text: string, numeric: boolean): Spelling | null {
    const key = numeric ? `#${text}` : text;
    let s = this.spellings.get(key);
    if (s === undefined) {
      s = this.describe(text, numeric);
      this.spellings.set(key, s);
    }
    return s;
  }

  /** Works out the facts of one spelling. */
  private describe(text: string, numeric: boolean): Spelling | null {
    const { lexicon } = this;
    const form = lookupForm(text);
    if (form.length === 0) return null;
    const elided = text.length > form.length && lexicon.elisions.has(form);
    const capital = startsUpper(text);
    const allCaps = capital && text.length > 1 && text === text.toUpperCase() && startsUpper(text.slice(1));
    const notAttributive =
      lexicon.attributiveEndings.length > 0 &&
      !capital &&
      !numeric &&
      !lexicon.attributiveEndings.some((e) => form.endsWith(e));
    const stop =
      elided ||
      lexicon.stop.has(form) ||
      (!numeric && form.length === 1) ||
      hasSuffix(form, lexicon.adverbSuffixes) ||
      (!capital && hasSuffix(form, lexicon.verbSuffixes)) ||
      notAttributive;
    const nonFinal =
      (hasSuffix(form, lexicon.nonFinalSuffixes) && !lexicon.nonFinalExceptions.has(form)) ||
      (lexicon.capitalisedNouns && !capital && !numeric);
    let flags = 0;
    if (stop) flags |= STOP;
    if (nonFinal) flags |= NON_FINAL;
    if (numeric) flags |= NUMERIC;
    if (capital) flags |= CAPITAL;
    if (allCaps) flags |= ALL_CAPS;
    return { formId: this.formId(form), flags };
  }
}

/** Typed arrays that grow as words are appended. */
export class WordBuilder {
  size = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  formId = new Int32Array(1024);
  sentence = new Int32Array(1024);
  run = new Int32Array(1024);
  flags = new Uint8Array(1024);

  /** Appends one word. */
  push(start: number, end: number, s: Spelling, sentence: number, run: number, extra: number): void {
    if (this.size === this.start.length) this.grow();
    const i = this.size++;
    this.start[i] = start;
    this.end[i] = end;
    this.formId[i] = s.formId;
    this.sentence[i] = sentence;
    this.run[i] = run;
    this.flags[i] = s.flags | extra;
  }

  /** The words pushed so far, as views of the filled part of each array. */
  filled(): Pick<WordSequence, 'size' | 'start' | 'end' | 'formId' | 'sentence' | 'run' | 'flags'> {
    const n = this.size;
    return {
      size: n,
      start: this.start.subarray(0, n),
      end: this.end.subarray(0, n),
      formId: this.formId.subarray(0, n),
      sentence: this.sentence.subarray(0, n),
      run: this.run.subarray(0, n),
      flags: this.flags.subarray(0, n),
    };
  }

  /** Doubles every array. */
  private grow(): void {
    const n = this.start.length * 2;
    const widen = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.start = widen(this.start, (k) => new Int32Array(k));
    this.end = widen(this.end, (k) => new Int32Array(k));
    this.formId = widen(this.formId, (k) => new Int32Array(k));
    this.sentence = widen(this.sentence, (k) => new Int32Array(k));
    this.run = widen(this.run, (k) => new Int32Array(k));
    this.flags = widen(this.flags, (k) => new Uint8Array(k));
  }
}
