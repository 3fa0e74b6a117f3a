/**
 * The words entity extraction walks: word tokens, with a token that joins capitalised names by hyphens
 * (`Putin-Kim`) split into its names, and each word marked with what the name finder asks of it:
 * capitalised, sentence-initial (its capital is typographic), next to the one before it.
 */
import type { SegmentedText } from '../segment/index.js';
import { KIND } from '../segment/token-list.js';

/** One word of a sentence. */
export interface Piece {
  /** Offset of its first code unit. */
  start: number;
  /** Offset after its last code unit. */
  end: number;
  /** The word as written. */
  text: string;
  /** Lower-case form, apostrophes made typographic. */
  lower: string;
  /** True for a word (not punctuation, number or symbol). */
  word: boolean;
  /** True when it starts with a capital letter and is not an elided article (`L’`). */
  cap: boolean;
  /** True when a capital here says nothing: first word of the sentence, of a quotation or after a colon. */
  initial: boolean;
  /** True when only spaces separate it from the piece before (not a hyphen, not punctuation). */
  spaced: boolean;
  /** Index of its sentence. */
  sentence: number;
}

/** Punctuation after which a capital is typographic: opening quotation marks, colons, dashes, bullets. */
const OPENERS = /^[“"«‘'„‹:—–\-•*]$/u;

/** Cuts the sentences at the given indices into pieces, in order. */
export function piecesOf(text: string, seg: SegmentedText, indices: readonly number[]): Piece[] {
  const { tokens } = seg;
  const pieces: Piece[] = [];
  for (const index of indices) {
    const sentence = seg.sentences[index]!;
    let previous: Piece | null = null;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      const code = tokens.code[t]!;
      const start = tokens.start[t]!;
      const written = tokens.text(t);
      const word = code === KIND.word || code === KIND.abbreviation;
      const initial = previous === null || (!previous.word && OPENERS.test(previous.text));
      const parts = word ? splitNames(written) : [written];
      let offset = start;
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k]!;
        const spaced = k === 0 && previous !== null && /^\s+$/u.test(text.slice(previous.end, start));
        const piece: Piece = {
          start: offset,
          end: offset + part.length,
          text: part,
          lower: part.toLowerCase().replace(/'/g, '’'),
          word,
          cap: word && /^\p{Lu}/u.test(part) && !/['’]$/u.test(part),
          initial: initial && k === 0,
          spaced,
          sentence: index,
        };
        pieces.push(piece);
        previous = piece;
        offset += part.length + 1;
      }
    }
  }
  return pieces;
}

/**
 * Splits `Putin-Kim` into its names; keeps any other hyphenated word (`Covid-19`, `anti-Occidente`)
 * whole, and a surname joined to a particle of two letters (`El-Erian`, `Al-Sisi`, `De-Gasperi`).
 */
function splitNames(word: string): string[] {
  if (!word.includes('-')) return [word];
  const parts = word.split('-');
  const names = parts.filter((p) => /^\p{Lu}\p{Ll}/u.test(p)).length;
  return names >= 2 && parts.every((p) => p.length > 2) ? parts : [word];
}

/** Fewest capitalised content words that make an unpunctuated line a Title Case headline by themselves. */
const TITLE_CASE_MIN_WORDS = 3;

/**
 * Marks the sentences whose capitals are typographic: headlines in Title Case, where capitals cannot
 * tell a name from a common word. Only a line without final punctuation can be such a headline, and
 * only when every content word after the first is capitalised: three of them or more, or two next to a
 * capitalised function word (`Putin Meets Kim In Vladivostok`). Italian and French headlines, which
 * capitalise names only, always keep a lower-case word (`La Cina si congratula con il Papa`).
 */
export function titleCaseSentences(seg: SegmentedText, stopwords: ReadonlySet<string>): Set<number> {
  const { tokens } = seg;
  const out = new Set<number>();
  seg.sentences.forEach((s, i) => {
    if (/[.!?…][”"»’')\]]*$/u.test(s.text)) return;
    let content = 0;
    let lower = 0;
    let capitalStopword = false;
    for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
      if (tokens.code[t] !== KIND.word) continue;
      const written = tokens.text(t);
      const cap = /^\p{Lu}/u.test(written);
      if (stopwords.has(written.toLowerCase())) capitalStopword ||= cap;
      else {
        content++;
        if (!cap) lower++;
      }
    }
    if (lower === 0 && (content >= TITLE_CASE_MIN_WORDS || (capitalStopword && content >= 2))) out.add(i);
  });
  return out;
}
