/**
 * Datelines and agency credits at the start of a news paragraph: `ROMA – `, `MILANO, 12 settembre – `,
 * `(ANSA) - BOLOGNA, 14 OTT - `, `WASHINGTON — `, `NEW YORK (Reuters) - `. They say where the story was
 * filed, not what it is about, so keyphrase extraction reads past them. What marks one is a run of
 * words in capitals (a place, an agency) closed by a dash, possibly with a date after a comma.
 */
import { isLower } from './chars.js';
import { KIND, type TokenList } from './token-list.js';

/** Dashes that close a dateline. */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** Most words of the place of a dateline (`SAN GIOVANNI ROTONDO`, `NEW YORK`). */
const MAX_PLACE_WORDS = 3;

/** Most tokens of the date after the place (`12 settembre 2023`, `14 OTT`). */
const MAX_DATE_TOKENS = 3;

/** True when token `k` is a word of two or more letters written in capitals. */
function isCapitalWord(tokens: TokenList, k: number): boolean {
  if (tokens.code[k] !== KIND.word) return false;
  const word = tokens.text(k);
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Index after a parenthesised credit starting at `k` (`(ANSA)`, `(Reuters)`), or `k` when none is there. */
function creditEnd(tokens: TokenList, k: number, to: number): number {
  if (k + 2 >= to || !tokens.isChar(k, 0x28) || !tokens.isChar(k + 2, 0x29)) return k;
  const word = tokens.text(k + 1);
  return tokens.code[k + 1] === KIND.word && !isLower(tokens.source, tokens.start[k + 1]!) && word.length > 1
    ? k + 3
    : k;
}

/**
 * Index of the first token after the dateline that opens the tokens `[from, to)` of a sentence, or
 * `from` when the sentence has none; `to` when the sentence is nothing but a credit (`(ANSA).`).
 */
export function datelineEnd(tokens: TokenList, from: number, to: number): number {
  let k = creditEnd(tokens, from, to);
  // A credit alone closes the story (`(ANSA).`): all of it is the credit.
  if (k > from && (k === to || (k === to - 1 && tokens.code[k] === KIND.punctuation))) return to;
  if (k > from && k < to && DASHES.has(tokens.text(k))) k++;
  const place = k;
  while (k < to && k - place < MAX_PLACE_WORDS && isCapitalWord(tokens, k)) k++;
  if (k === place) return from;
  k = creditEnd(tokens, k, to);
  if (k < to && tokens.isChar(k, 0x2c)) {
    const date = k + 1;
    k = date;
    while (k < to && k - date < MAX_DATE_TOKENS && !DASHES.has(tokens.text(k))) {
      if (tokens.code[k] !== KIND.word && tokens.code[k] !== KIND.number && tokens.code[k] !== KIND.date)
        return from;
      k++;
    }
  }
  return k < to - 1 && DASHES.has(tokens.text(k)) ? k + 1 : from;
}
