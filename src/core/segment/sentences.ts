/**
 * Sentence boundaries inside one paragraph, decided over its tokens. A boundary follows `.`, `!`,
 * `?` or `…` and the closing quotes or brackets right after them, when the next token can start a
 * sentence: not a lower-case word, not a comma or colon (`«Basta!», ha detto`). Titles and initials
 * keep their period inside the token (`sig.`, `A.`) and so never end a sentence; other abbreviations
 * (`ecc.`) end one before a capitalised word.
 */
import type { LanguageData } from '../lang/types.js';
import { isDigit, isLower, isUpper } from './chars.js';
import { isTerminal } from './match-symbols.js';
import { KIND, type TokenList } from './token-list.js';

/** Marks that close a quotation or a parenthesis and stay with the sentence they end. */
const CLOSERS: ReadonlySet<number> = new Set([...'”»’\'")]›“„'].map((c) => c.charCodeAt(0)));

/** Dashes that may introduce an attribution after a quotation (`«Basta!» – ha detto`). */
const DASHES: ReadonlySet<number> = new Set([...'-–—'].map((c) => c.charCodeAt(0)));

const PUNCTUATION = KIND.punctuation;
const WORD = KIND.word;

/** The single character of a one-character token, or -1. */
function charOf(tokens: TokenList, k: number): number {
  return tokens.end[k]! - tokens.start[k]! === 1 ? tokens.firstCode(k) : -1;
}

/** True when the token is a run of sentence-final marks. */
function isTerminalToken(tokens: TokenList, k: number): boolean {
  return tokens.code[k] === PUNCTUATION && isTerminal(tokens.firstCode(k));
}

/** True when token `k` is a closing mark attached to token `k - 1` or separated only by spaces on one line. */
function isAttachedCloser(text: string, tokens: TokenList, k: number): boolean {
  const c = charOf(tokens, k);
  if (!CLOSERS.has(c)) return false;
  const from = tokens.end[k - 1]!;
  const to = tokens.start[k]!;
  if (to === from) return true;
  if (c !== 0xbb && c !== 0x201d) return false;
  for (let j = from; j < to; j++)
    if (text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0xa0) return false;
  return true;
}

/**
 * A period after a word at least this long is a full stop even before a lower-case word: real
 * abbreviations are shorter (`ca.`, `pag.`, `distr.` is the rare exception), while sentences that
 * start in lower case (titles, fragments, careless typing) are common in news and treebanks alike.
 */
const FULL_WORD_BEFORE_PERIOD = 5;

/** True when the period at `k` follows a whole word, so it ends a sentence whatever comes next. */
function isFullStop(tokens: TokenList, k: number, from: number): boolean {
  if (charOf(tokens, k) !== 0x2e || k <= from) return false;
  const p = k - 1;
  return (
    tokens.end[p] === tokens.start[k] &&
    tokens.code[p] === WORD &&
    tokens.end[p]! - tokens.start[p]! >= FULL_WORD_BEFORE_PERIOD
  );
}

/** True when the tokens `[from, to)` are only an enumeration label (`858.`, `3)`), which heads the text after it. */
function isLabelOnly(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = tokens.code[k];
    if (code !== KIND.number && code !== PUNCTUATION) return false;
  }
  return true;
}

/** True when a sentence can start at token `k` (its text and what follows it decide). */
function canStartSentence(text: string, tokens: TokenList, k: number, to: number): boolean {
  if (k >= to) return true;
  // A digit glued to the mark is a number's or a name's (`EG.5`, `3.º`), not a new sentence.
  if (tokens.start[k] === tokens.end[k - 1] && isDigit(text, tokens.start[k]!)) return false;
  const c = tokens.firstCode(k);
  if (tokens.code[k] === PUNCTUATION && (c === 0x2c || c === 0x3a || c === 0x3b || c === 0x29 || c === 0x5d))
    return false;
  if (DASHES.has(charOf(tokens, k))) return !(k + 1 < to && isLower(text, tokens.start[k + 1]!));
  return !isLower(text, tokens.start[k]!);
}

/**
 * After a colon, a capitalised word starts a new sentence when it is a function word (`: Il
 * governo…`) or is followed by a lower-case word (`: Ognuna delle…`); a capitalised name in a list
 * (`tre paesi: Russia, Cina`, `: Mario Rossi`) does not, as the capital is the name's own.
 */
function startsNewSentenceAfterColon(
  text: string,
  tokens: TokenList,
  k: number,
  to: number,
  lang: LanguageData,
): boolean {
  if (tokens.code[k] !== WORD || !isUpper(text, tokens.start[k]!)) return false;
  if (lang.stopwords.has(tokens.text(k).toLowerCase())) return true;
  return k + 1 < to && tokens.code[k + 1] === WORD && isLower(text, tokens.start[k + 1]!);
}

/** True for an abbreviation that may close a sentence (`ecc.`), as opposed to a title or an initial. */
function canCloseSentence(tokens: TokenList, k: number, lang: LanguageData): boolean {
  return lang.abbreviations.common.has(tokens.text(k).slice(0, -1).toLowerCase());
}

/**
 * Token index ranges `[first, last)` of the sentences among `tokens[from, to)`, appended to `out` as
 * pairs of numbers. The last sentence always ends at `to`, punctuated or not.
 */
export function sentenceRanges(
  text: string,
  tokens: TokenList,
  from: number,
  to: number,
  lang: LanguageData,
  out: number[],
): void {
  let first = from;
  for (let k = from; k < to; k++) {
    let boundary = false;
    let last = k;
    const code = tokens.code[k];
    if (code === PUNCTUATION && isTerminal(tokens.firstCode(k))) {
      while (
        last + 1 < to &&
        (isAttachedCloser(text, tokens, last + 1) || isTerminalToken(tokens, last + 1))
      ) {
        last++;
      }
      boundary =
        last + 1 < to &&
        !isLabelOnly(tokens, first, k) &&
        (canStartSentence(text, tokens, last + 1, to) ||
          (last === k && isFullStop(tokens, k, first) && isLower(text, tokens.start[k + 1]!)));
    } else if (code === PUNCTUATION && k + 1 < to && charOf(tokens, k) === 0x3a) {
      boundary = startsNewSentenceAfterColon(text, tokens, k + 1, to, lang);
    } else if (code === KIND.abbreviation && k + 1 < to && canCloseSentence(tokens, k, lang)) {
      boundary = isUpper(text, tokens.start[k + 1]!);
    }
    if (boundary) {
      out.push(first, last + 1);
      first = last + 1;
      k = last;
    }
  }
  if (first < to) out.push(first, to);
}
