/**
 * Quotation marks: which characters are marks, and whether one found in the text opens a quotation,
 * closes one, or is an apostrophe. The role comes from what surrounds the mark, not from its glyph,
 * because news text closes with opening marks (`“…“`), opens with closing ones and uses `”` and `'`
 * as apostrophes (`dell”Ingv`, `perche'`); the glyph only breaks ties.
 */

/** The two families of marks that pair with each other: double (`“ ” « » " ″`) and single (`‘ ’ ' ‹ ›`). */
export type MarkFamily = 'double' | 'single';

/** What a mark does where it stands. */
export type MarkRole =
  /** Opens a quotation. */
  | 'open'
  /** Closes a quotation. */
  | 'close'
  /** Closes a quotation when one of its family is open, else opens one (spaced straight `"`). */
  | 'toggle'
  /** Closes a single quotation when one is open, else it is an apostrophe or an accent (`E' `). */
  | 'close-or-apostrophe'
  /** Not a quotation mark here: an apostrophe inside a word. */
  | 'none';

/** Code points of double marks that look like openers. */
const DOUBLE_OPENERS = new Set([0x201c, 0x201e, 0x201f, 0x00ab]);
/** Code points of double marks that look like closers. */
const DOUBLE_CLOSERS = new Set([0x201d, 0x00bb, 0x2033]);
/** Code points of single marks that look like openers. */
const SINGLE_OPENERS = new Set([0x2018, 0x201b, 0x2039]);
/** Code points of single marks that look like closers. */
const SINGLE_CLOSERS = new Set([0x2019, 0x203a]);

const QUOTE_CHAR = 0x22;
const APOSTROPHE = 0x27;

/** Family of a quotation mark, or null for any other character. */
export function markFamily(code: number): MarkFamily | null {
  // Fast exit for the plain characters that make up nearly all of a text.
  if (code < 0xab && code !== QUOTE_CHAR && code !== APOSTROPHE) return null;
  if (code > 0xbb && code < 0x2018) return null;
  if (code === QUOTE_CHAR || DOUBLE_OPENERS.has(code) || DOUBLE_CLOSERS.has(code)) return 'double';
  if (code === APOSTROPHE || SINGLE_OPENERS.has(code) || SINGLE_CLOSERS.has(code)) return 'single';
  return null;
}

/** True for a character that may stand before an opening mark: nothing, a space, a bracket, a dash. */
function opensAfter(text: string, i: number): boolean {
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  if (c <= 0x20 || c === 0xa0 || c === 0x2028 || c === 0x2029) return true;
  if (c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  if (c === 0x3a || c === 0x2f) return true;
  return markFamily(c) !== null;
}

/** True for a character that may stand after a closing mark: nothing, a space, punctuation, a bracket. */
function closesBefore(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c <= 0x20 || c === 0xa0 || c === 0x2028 || c === 0x2029) return true;
  // . , ; : ! ? ) ] } - – — …
  if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) return true;
  if (c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2026) {
    return true;
  }
  return markFamily(c) !== null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the character at `i` is a letter or a digit (surrogate pairs count as letters). */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_CHAR.test(text[i] as string);
}

/** Role of a mark by its glyph alone, for marks whose surroundings do not tell. */
function roleByGlyph(code: number): MarkRole {
  if (DOUBLE_OPENERS.has(code) || SINGLE_OPENERS.has(code)) return 'open';
  if (DOUBLE_CLOSERS.has(code)) return 'close';
  if (SINGLE_CLOSERS.has(code) || code === APOSTROPHE) return 'close-or-apostrophe';
  return 'toggle';
}

/** What the mark at `i` does, from the characters on either side of it (flanking, as in Markdown). */
export function markRole(text: string, i: number): MarkRole {
  const code = text.charCodeAt(i);
  const family = markFamily(code);
  if (family === null) return 'none';
  const before = opensAfter(text, i - 1);
  const after = closesBefore(text, i + 1);
  if (before && !after) return 'open';
  if (!before && after) {
    // A single mark after a word and before a space is as often an accent (`E' `) as a closer.
    return family === 'single' ? 'close-or-apostrophe' : 'close';
  }
  if (before && after) return roleByGlyph(code);
  // Letters on both sides: an apostrophe (`dell'`, `dell”Ingv`).
  if (isWordChar(text, i - 1) && isWordChar(text, i + 1)) return 'none';
  // Punctuation before, a word after (`,“Noi`): opens; a word before, punctuation after: closes.
  return isWordChar(text, i + 1) ? 'open' : family === 'single' ? 'close-or-apostrophe' : 'close';
}
