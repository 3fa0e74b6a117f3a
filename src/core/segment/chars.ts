/**
 * Character classes for the scanners. Classifying through a Unicode regex on every character is
 * far too slow for 10 MB inputs, so each BMP code unit is classified once and cached in a table.
 */

export const OTHER = 1;
export const LETTER = 2;
export const DIGIT = 3;
export const SPACE = 4;
export const NEWLINE = 5;
/** Combining marks, variation selectors and joiners: they belong to the preceding character. */
export const MARK = 6;

const table = new Uint8Array(0x10000);
const isLetterRe = /\p{L}/u;
const isDigitRe = /\p{Nd}/u;
const isMarkRe = /[\p{M}\u200C\u200D\uFE00-\uFE0F]/u;
const isSpaceRe = /\s/u;
const isPunctRe = /\p{P}/u;
const punctTable = new Uint8Array(0x10000);

/** Classifies one code unit the slow way; the result is memoised by `charClass`. */
function classify(code: number): number {
  if (code === 10 || code === 13 || code === 0x85 || code === 0x2028 || code === 0x2029) return NEWLINE;
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(code);
  if (isLetterRe.test(ch)) return LETTER;
  if (isDigitRe.test(ch)) return DIGIT;
  if (isMarkRe.test(ch)) return MARK;
  if (isSpaceRe.test(ch) || code === 0xfeff) return SPACE;
  return OTHER;
}

/** Class of the astral code point starting at `i` (either half of a surrogate pair gets the same class). */
function astralClass(text: string, i: number): number {
  const cp = text.codePointAt(i);
  if (cp === undefined || cp <= 0xffff) return OTHER;
  const ch = String.fromCodePoint(cp);
  if (isLetterRe.test(ch)) return LETTER;
  if (isDigitRe.test(ch)) return DIGIT;
  return OTHER;
}

/** The class of the code unit at `i`; astral letters (high surrogate + letter) count as letters. */
export function charClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let c = table[code]!;
  if (c === 0) {
    c = classify(code);
    table[code] = c;
  }
  if (c === OTHER && code >= 0xd800 && code <= 0xdfff) return astralClass(text, code <= 0xdbff ? i : i - 1);
  return c;
}

/** True for letters, digits and marks: the characters that make up words. */
export function isWordChar(text: string, i: number): boolean {
  const c = charClass(text, i);
  return c === LETTER || c === DIGIT || c === MARK;
}

export function isLetter(text: string, i: number): boolean {
  return charClass(text, i) === LETTER;
}

export function isDigit(text: string, i: number): boolean {
  return charClass(text, i) === DIGIT;
}

/** Whitespace of any kind, line breaks included. */
export function isSpace(text: string, i: number): boolean {
  const c = charClass(text, i);
  return c === SPACE || c === NEWLINE;
}

/** True when the character at `i` is an upper-case letter (or title-case). */
export function isUpper(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined || charClass(text, i) !== LETTER) return false;
  return ch !== ch.toLowerCase();
}

/** True when the character at `i` is a lower-case letter. */
export function isLower(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined || charClass(text, i) !== LETTER) return false;
  return ch !== ch.toUpperCase();
}

/** Apostrophes used for elision and accents: straight, typographic and the modifier letter. */
export function isApostrophe(code: number): boolean {
  return (
    code === 0x27 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x60 || code === 0xb4
  );
}

/** Hyphens that join the parts of a compound word. */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** True for punctuation (`\p{P}`); other non-word, non-space characters are symbols. */
export function isPunctuation(code: number): boolean {
  let c = punctTable[code]!;
  if (c === 0) {
    c = isPunctRe.test(String.fromCharCode(code)) ? 2 : 1;
    punctTable[code] = c;
  }
  return c === 2;
}
