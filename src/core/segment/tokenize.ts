/**
 * The tokenizer: one forward scan over a range of the text, trying the matchers in a fixed order at
 * each token start. Every matcher only moves forward, so the whole scan is linear in the input.
 */
import type { LanguageData } from '../lang/types.js';
import type { TokenKind } from '../types.js';
import {
  charClass,
  DIGIT,
  isApostrophe,
  isHyphen,
  isLetter,
  isPunctuation,
  isSpace,
  isUpper,
  LETTER,
  MARK,
  NEWLINE,
  SPACE,
} from './chars.js';
import { matchElidedYear, matchNumber } from './match-number.js';
import { isTerminal, matchEmoji, matchEmoticon, matchTerminalRun } from './match-symbols.js';
import { matchEmail, matchTag, matchUrl } from './match-web.js';
import { endsPlainWord, matchWord, wordEnd } from './match-word.js';
import { KIND, type TokenList } from './token-list.js';

/** Opening single quotation marks: after one of these, a final `’` closes the quote instead of being an accent. */
function opensSingleQuote(text: string, i: number, to: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x2018 || code === 0x201b) return true;
  if (!isApostrophe(code)) return false;
  return (
    (i === 0 || isSpace(text, i - 1) || isPunctuation(text.charCodeAt(i - 1))) &&
    i + 1 < to &&
    isLetter(text, i + 1)
  );
}

/** True when the digits of `text[i, end)` contain a `.` or `,` separator, so no word could start inside it. */
function hasSeparator(text: string, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x2e || c === 0x2c) return true;
  }
  return false;
}

/** True when a letter or digit stands at `j`. */
function isWordAfter(text: string, j: number, to: number): boolean {
  return j < to && (charClass(text, j) === LETTER || charClass(text, j) === DIGIT);
}

/** Most digits of a dotted ordinal (`3.`, `21.`, `100.`). */
const MAX_ORDINAL_DIGITS = 3;

/**
 * True when the number `text[i, end)` and the period after it are an ordinal of a language that writes
 * them so (`am 3. Oktober`, `der 2. große Sieg`): a month or a lower-case word follows on the same line.
 */
function isDottedOrdinal(text: string, i: number, end: number, to: number, lang: LanguageData): boolean {
  if (!lang.dottedOrdinals || end - i > MAX_ORDINAL_DIGITS || text.charCodeAt(end) !== 0x2e) return false;
  let j = end + 1;
  if (j >= to || text.charCodeAt(j) !== 0x20) return false;
  while (j < to && text.charCodeAt(j) === 0x20) j++;
  if (j >= to || !isLetter(text, j)) return false;
  const next = text.slice(j, wordEnd(text, j, to)).toLowerCase();
  return lang.dottedOrdinals.has(next) || !isUpper(text, j);
}

/** A word written with a leading apostrophe the language keeps in it (`'ndrangheta`): its end, or -1. */
function matchAphaeresis(text: string, i: number, to: number, lang: LanguageData): number {
  if (lang.aphaeresis === undefined || !isLetter(text, i + 1)) return -1;
  const end = wordEnd(text, i + 1, to);
  const word = text.slice(i + 1, end).toLowerCase();
  return lang.aphaeresis.some((start) => word.startsWith(start)) ? end : -1;
}

/** The longest local part of an e-mail address (RFC 5321). */
const MAX_EMAIL_LOCAL_PART = 64;

/** Appends one token (its kind as a `KIND` code) and returns its end, where the scan goes on. */
function emit(out: TokenList, start: number, end: number, code: number): number {
  out.push(start, end, code);
  return end;
}

/** The code of a kind a matcher reports; words, by far the most common, skip the table. */
function codeOf(kind: TokenKind): number {
  return kind === 'word' ? KIND.word : KIND[kind];
}

/**
 * Where the next `@` of the text is, so that e-mail addresses are only looked for where one can be.
 * Shared by the calls over one text, so that each part of the text is searched once.
 */
export interface ScanState {
  nextAt: number;
}

/** A fresh scan state for a text. */
export function scanState(): ScanState {
  return { nextAt: -2 };
}

/** Appends the tokens of `text[from, to)` to `out`. Ranges of one text come in order, with one `state`. */
export function tokenizeRange(
  text: string,
  from: number,
  to: number,
  lang: LanguageData,
  out: TokenList,
  state: ScanState = scanState(),
): void {
  let i = from;
  let openSingle = false;
  if (state.nextAt !== -1 && state.nextAt < from) state.nextAt = text.indexOf('@', from);
  let nextAt = state.nextAt;
  while (i < to) {
    const cls = charClass(text, i);
    if (cls === SPACE || cls === NEWLINE) {
      i++;
      continue;
    }
    if (cls === LETTER) {
      // Most tokens are plain words followed by a space or a comma: no URL, e-mail address,
      // elision or abbreviation can end that way, so the matchers below have nothing to add.
      const end = wordEnd(text, i + 1, to);
      if ((end >= to || endsPlainWord(text.charCodeAt(end))) && !isApostrophe(text.charCodeAt(end - 1))) {
        i = emit(out, i, end, KIND.word);
        continue;
      }
    }
    if (cls === LETTER || cls === DIGIT) {
      let end = matchUrl(text, i, to);
      if (end > 0) {
        i = emit(out, i, end, KIND.url);
        continue;
      }
      if (nextAt >= 0 && nextAt < i) {
        nextAt = text.indexOf('@', i);
        state.nextAt = nextAt;
      }
      end = nextAt >= 0 && nextAt - i <= MAX_EMAIL_LOCAL_PART ? matchEmail(text, i, to) : -1;
      if (end > 0) {
        i = emit(out, i, end, KIND.email);
        continue;
      }
      if (cls === DIGIT) {
        const number = matchNumber(text, i, to);
        // An article number with its Latin suffix (`416-bis`, `41-ter`) is one word, as compounds are.
        if (
          number.kind === 'number' &&
          isHyphen(text.charCodeAt(number.end)) &&
          isLetter(text, number.end + 1)
        ) {
          i = emit(out, i, matchWord(text, i, to, lang, openSingle).end, KIND.word);
          continue;
        }
        if (number.kind === 'number' && isDottedOrdinal(text, i, number.end, to, lang)) {
          i = emit(out, i, number.end + 1, KIND.number);
          continue;
        }
        // An ordinal written with a degree sign (`1° posto`) is one number.
        if (
          number.kind === 'number' &&
          text.charCodeAt(number.end) === 0xb0 &&
          !isWordAfter(text, number.end + 1, to)
        ) {
          i = emit(out, i, number.end + 1, KIND.number);
          continue;
        }
        if (number.end >= to || !isLetter(text, number.end)) {
          // Minutes and feet: `43'` in a match report is one token.
          const prime =
            number.kind === 'number' &&
            isApostrophe(text.charCodeAt(number.end)) &&
            !isWordAfter(text, number.end + 1, to);
          i = emit(out, i, prime ? number.end + 1 : number.end, codeOf(number.kind));
          continue;
        }
        // A number with a unit or suffix glued to it (`16.2bn`, `1,5kg`, `3D`) is one word.
        if (number.end > i + 1 && hasSeparator(text, i, number.end)) {
          let end = number.end;
          while (end < to && isWordAfter(text, end, to)) end++;
          i = emit(out, i, end, KIND.word);
          continue;
        }
      }
      const word = matchWord(text, i, to, lang, openSingle);
      if (word.end > i && isApostrophe(text.charCodeAt(word.end - 1))) openSingle = false;
      i = emit(out, i, word.end, codeOf(word.kind));
      continue;
    }
    const code = text.charCodeAt(i);
    if (isTerminal(code)) {
      i = emit(out, i, matchTerminalRun(text, i, to), KIND.punctuation);
      continue;
    }
    let end = matchEmoticon(text, i, to);
    if (end > 0) {
      i = emit(out, i, end, KIND.emoticon);
      continue;
    }
    end = matchTag(text, i, to);
    if (end > 0) {
      i = emit(out, i, end, code === 0x23 ? KIND.hashtag : KIND.mention);
      continue;
    }
    if (isApostrophe(code)) {
      end = matchElidedYear(text, i, to);
      if (end > 0) {
        i = emit(out, i, end, KIND.number);
        continue;
      }
      end = matchAphaeresis(text, i, to, lang);
      if (end > 0) {
        i = emit(out, i, end, KIND.word);
        continue;
      }
    }
    end = matchEmoji(text, i, to);
    if (end > 0) {
      i = emit(out, i, end, KIND.emoji);
      continue;
    }
    // Two straight apostrophes stand for a double quotation mark.
    if (code === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < to) {
      i = emit(out, i, i + 2, KIND.punctuation);
      continue;
    }
    if (opensSingleQuote(text, i, to)) openSingle = true;
    else if (code === 0x2019 || code === 0x27) openSingle = false;
    // A stray combining mark or a lone surrogate still forms a token, so offsets tile the text.
    let one = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && one < to) one++;
    while (one < to && charClass(text, one) === MARK) one++;
    i = emit(out, i, one, isPunctuation(code) ? KIND.punctuation : KIND.symbol);
  }
}
