/**
 * Words, with the decisions that make a tokenizer Italian-grade: elision split after the apostrophe
 * (`dell’` + `Ucraina`), accent apostrophes kept (`perche'`, `po'`), hyphenated compounds kept whole
 * (`anti-Occidente`, `Covid-19`), abbreviations and initials keeping their period (`Sig.`, `S.p.A.`,
 * `A. Bianchi`), and bare web addresses (`Repubblica.it`) as one token.
 */
import type { LanguageData } from '../lang/types.js';
import type { TokenKind } from '../types.js';
import { isApostrophe, isDigit, isHyphen, isLetter, isSpace, isUpper, isWordChar } from './chars.js';
import { TOP_LEVEL_DOMAINS } from './match-web.js';

export interface WordMatch {
  end: number;
  kind: TokenKind;
}

/**
 * The one result object `matchWord` fills and returns: the tokenizer reads it at once, and a fresh
 * object for each of the million words of a large text would only feed the garbage collector.
 */
const match: WordMatch = { end: 0, kind: 'word' };

/** Fills the shared result. */
function found(end: number, kind: TokenKind): WordMatch {
  match.end = end;
  match.kind = kind;
  return match;
}

/**
 * Longest part of a dotted abbreviation (`dott.ssa`, `S.p.A.`, `d.lgs.`). Longer parts mean two
 * words run together without a space (`fine.Il`), which must stay apart.
 */
const MAX_ABBREVIATION_PART = 4;

/** Offset after the run of word characters starting at `j`. */
export function wordEnd(text: string, j: number, to: number): number {
  while (j < to && isWordChar(text, j)) j++;
  return j;
}

/**
 * An elided form typed with a space after the apostrophe (`com' è`, `L' esecutivo`) still owns
 * its apostrophe; forms ending in a vowel are left to the accent rule (`po'`, `perche'`).
 */
function isSpacedElision(text: string, i: number, j: number, to: number, lang: LanguageData): boolean {
  if (endsWithVowel(text, j) || !lang.elisions.has(text.slice(i, j).toLowerCase())) return false;
  let k = j + 1;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  return k > j + 1 && k < to && isLetter(text, k);
}

/** Opening quotation marks (and a hashtag sign) that may follow an elision (`sull’“Espresso”`, `l'#Euro`). */
function isOpeningQuote(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0xab || code === 0x201e || code === 0x23;
}

/** True when the letter before `end` is a vowel, the place where an accent apostrophe can stand. */
function endsWithVowel(text: string, end: number): boolean {
  const ch = text[end - 1];
  return ch !== undefined && 'aeiouAEIOU'.includes(ch);
}

/** True when every dot-separated part of `word` is short enough for an abbreviation. */
function isDottedAbbreviation(word: string): boolean {
  let part = 0;
  for (let k = 0; k < word.length; k++) {
    if (word[k] === '.') {
      if (part === 0) return false;
      part = 0;
    } else if (++part > MAX_ABBREVIATION_PART) return false;
  }
  return part > 0;
}

/** True when `key` (lower-case, no final period) is a known abbreviation of the language. */
function isKnownAbbreviation(lang: LanguageData, key: string): boolean {
  return lang.abbreviations.titles.has(key) || lang.abbreviations.common.has(key);
}

/**
 * An abbreviation that may end a sentence (`ecc.`) gives up its period when a capitalised word
 * follows: the period is then the full stop, as treebanks tokenise it.
 */
function capitalFollows(text: string, j: number, to: number): boolean {
  if (j >= to || !isSpace(text, j)) return false;
  while (j < to && isSpace(text, j)) j++;
  return j < to && isUpper(text, j);
}

/**
 * A single capital followed by a period is an initial (`A. Bianchi`) when a capitalised word that
 * is not a function word follows on the same line; otherwise the period ends a sentence (`serie A. Il`).
 */
function isInitial(text: string, i: number, end: number, to: number, lang: LanguageData): boolean {
  if (end - i !== 1 || !isUpper(text, i)) return false;
  let j = end + 1;
  while (j < to && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  if (j >= to || !isUpper(text, j)) return false;
  const next = text.slice(j, wordEnd(text, j, to)).toLowerCase();
  return next.length === 1 || !lang.stopwords.has(next);
}

/** True when `text[i, j)` is two to five capitals and digits starting with a capital (`EG`, `BA`, `XBB`). */
function isCodeName(text: string, i: number, j: number): boolean {
  if (j - i < 2 || j - i > 5 || !isUpper(text, i)) return false;
  for (let k = i + 1; k < j; k++) if (!isUpper(text, k) && !isDigit(text, k)) return false;
  return true;
}

/**
 * True when the character after a run of letters ends a plain word: a space, a line break, or
 * punctuation that can neither extend a token (`.`, `'`, `-`, `@`, `:` and `/` can, in
 * abbreviations, elisions, compounds, addresses and URLs) nor belong to it.
 */
export function endsPlainWord(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2c ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x3b ||
    code === 0x29 ||
    code === 0x3f ||
    code === 0x21 ||
    code === 0x22 ||
    code === 0xa0 ||
    code === 0xbb ||
    code === 0x201d
  );
}

/** The word starting at `i` (a letter or a digit glued to letters). `openSingleQuote`: a `‘` or `'` is open. */
export function matchWord(
  text: string,
  i: number,
  to: number,
  lang: LanguageData,
  openSingleQuote: boolean,
): WordMatch {
  let j = wordEnd(text, i, to);
  // Most words end at a space or a comma: only a hyphen, an apostrophe or a period after the run can
  // make the token longer or shorter than the run itself.
  if (j >= to) return found(j, 'word');
  const after = text.charCodeAt(j);
  if (after !== 0x2e && !isHyphen(after) && !isApostrophe(after)) return found(j, 'word');
  let firstDot = -1;
  while (j + 1 < to) {
    const code = text.charCodeAt(j);
    if (isHyphen(code) && isWordChar(text, j + 1) && firstDot < 0) {
      j = wordEnd(text, j + 1, to);
    } else if (
      isApostrophe(code) &&
      firstDot < 0 &&
      (isLetter(text, j + 1) || isOpeningQuote(text.charCodeAt(j + 1)) || isDigit(text, j + 1))
    ) {
      if (lang.elisions.has(text.slice(i, j).toLowerCase())) return found(j + 1, 'word');
      if (!isLetter(text, j + 1)) break;
      j = wordEnd(text, j + 1, to);
    } else if (code === 0x2e && isDigit(text, j + 1) && firstDot < 0 && isCodeName(text, i, j)) {
      // A name made of capitals and dotted numbers, as variants and models are (`EG.5`, `XBB.1.5`).
      j = wordEnd(text, j + 1, to);
      while (j + 1 < to && text.charCodeAt(j) === 0x2e && isDigit(text, j + 1)) j = wordEnd(text, j + 1, to);
      return found(j, 'word');
    } else if (code === 0x2e && isLetter(text, j + 1)) {
      if (firstDot < 0) firstDot = j;
      j = wordEnd(text, j + 1, to);
    } else break;
  }
  if (firstDot >= 0) {
    const word = text.slice(i, j);
    const key = word.toLowerCase();
    const dottedEnd = j < to && text.charCodeAt(j) === 0x2e;
    if (isDottedAbbreviation(word) && (dottedEnd || isKnownAbbreviation(lang, key))) {
      return found(dottedEnd ? j + 1 : j, 'abbreviation');
    }
    if (TOP_LEVEL_DOMAINS.has(key.slice(key.lastIndexOf('.') + 1))) return found(j, 'url');
    j = firstDot;
  }
  if (j < to && text.charCodeAt(j) === 0x2e) {
    const key = text.slice(i, j).toLowerCase();
    if (lang.abbreviations.common.has(key) && capitalFollows(text, j + 1, to)) return found(j, 'word');
    if (isKnownAbbreviation(lang, key) || isInitial(text, i, j, to, lang)) {
      return found(j + 1, 'abbreviation');
    }
    return found(j, 'word');
  }
  if (j + 1 < to && isApostrophe(text.charCodeAt(j)) && isSpacedElision(text, i, j, to, lang)) {
    return found(j + 1, 'word');
  }
  if (
    lang.accentApostrophe &&
    j < to &&
    isApostrophe(text.charCodeAt(j)) &&
    !(j + 1 < to && isWordChar(text, j + 1)) &&
    endsWithVowel(text, j) &&
    !openSingleQuote
  ) {
    return found(j + 1, 'word');
  }
  return found(j, 'word');
}
