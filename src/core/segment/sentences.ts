/**
 * Sentence boundaries inside one paragraph, decided over its tokens. A boundary follows `.`, `!`,
 * `?` or `…` and the closing quotes or brackets right after them, when the next token can start a
 * sentence: not a lower-case word, not a comma or colon (`«Basta!», ha detto`). Titles and initials
 * keep their period inside the token (`sig.`, `A.`) and so never end a sentence; other abbreviations
 * (`ecc.`) end one before a capitalised word.
 */
import type { LanguageData } from '../lang/types.js';
import type { Token } from '../types.js';
import { isLower, isUpper } from './chars.js';
import { isTerminal } from './match-symbols.js';

/** Marks that close a quotation or a parenthesis and stay with the sentence they end. */
const CLOSERS = new Set(['”', '»', '’', "'", '"', ')', ']', '›', '“', '„']);

/** Dashes that may introduce an attribution after a quotation (`«Basta!» – ha detto`). */
const DASHES = new Set(['-', '–', '—']);

/** True when the token is a run of sentence-final marks. */
function isTerminalToken(token: Token): boolean {
  return token.kind === 'punctuation' && isTerminal(token.text.charCodeAt(0));
}

/** True when the token is a closing mark attached to the previous one or separated only by spaces on one line. */
function isAttachedCloser(text: string, prev: Token, token: Token): boolean {
  if (!CLOSERS.has(token.text)) return false;
  if (token.start === prev.end) return true;
  if (token.text !== '»' && token.text !== '”') return false;
  for (let j = prev.end; j < token.start; j++)
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
function isFullStop(tokens: Token[], k: number, from: number): boolean {
  const period = tokens[k]!;
  const prev = k > from ? tokens[k - 1] : undefined;
  return (
    period.text === '.' &&
    prev !== undefined &&
    prev.end === period.start &&
    prev.kind === 'word' &&
    prev.text.length >= FULL_WORD_BEFORE_PERIOD
  );
}

/** True when the tokens `[from, to)` are only an enumeration label (`858.`, `3)`), which heads the text after it. */
function isLabelOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'number' && t.kind !== 'punctuation') return false;
  }
  return true;
}

/** True when a sentence can start at the token `next` (its text and what follows it decide). */
function canStartSentence(text: string, tokens: Token[], k: number, to: number): boolean {
  const next = tokens[k];
  if (!next || k >= to) return true;
  const c = next.text.charCodeAt(0);
  if (next.kind === 'punctuation' && (c === 0x2c || c === 0x3a || c === 0x3b || c === 0x29 || c === 0x5d))
    return false;
  if (DASHES.has(next.text)) {
    const after = k + 1 < to ? tokens[k + 1] : undefined;
    return !(after && isLower(text, after.start));
  }
  if (isLower(text, next.start)) return false;
  return true;
}

/**
 * After a colon, a capitalised word starts a new sentence when it is a function word (`: Il
 * governo…`) or is followed by a lower-case word (`: Ognuna delle…`); a capitalised name in a list
 * (`tre paesi: Russia, Cina`, `: Mario Rossi`) does not, as the capital is the name's own.
 */
function startsNewSentenceAfterColon(
  text: string,
  tokens: Token[],
  k: number,
  to: number,
  lang: LanguageData,
): boolean {
  const next = tokens[k]!;
  if (next.kind !== 'word' || !isUpper(text, next.start)) return false;
  if (lang.stopwords.has(next.text.toLowerCase())) return true;
  const after = k + 1 < to ? tokens[k + 1]! : undefined;
  return after !== undefined && after.kind === 'word' && isLower(text, after.start);
}

/** True for an abbreviation that may close a sentence (`ecc.`), as opposed to a title or an initial. */
function canCloseSentence(token: Token, lang: LanguageData): boolean {
  return lang.abbreviations.common.has(token.text.slice(0, -1).toLowerCase());
}

/**
 * Token index ranges `[first, last)` of the sentences among `tokens[from, to)`. The last sentence
 * always ends at `to`, punctuated or not.
 */
export function sentenceRanges(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  lang: LanguageData,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let first = from;
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    let boundary = false;
    let last = k;
    if (isTerminalToken(token)) {
      while (
        last + 1 < to &&
        (isAttachedCloser(text, tokens[last]!, tokens[last + 1]!) || isTerminalToken(tokens[last + 1]!))
      ) {
        last++;
      }
      boundary =
        last + 1 < to &&
        !isLabelOnly(tokens, first, k) &&
        (canStartSentence(text, tokens, last + 1, to) ||
          (last === k && isFullStop(tokens, k, first) && isLower(text, tokens[k + 1]!.start)));
    } else if (token.text === ':' && k + 1 < to) {
      boundary = startsNewSentenceAfterColon(text, tokens, k + 1, to, lang);
    } else if (token.kind === 'abbreviation' && k + 1 < to && canCloseSentence(token, lang)) {
      boundary = isUpper(text, tokens[k + 1]!.start);
    }
    if (boundary) {
      ranges.push([first, last + 1]);
      first = last + 1;
      k = last;
    }
  }
  if (first < to) ranges.push([first, to]);
  return ranges;
}
