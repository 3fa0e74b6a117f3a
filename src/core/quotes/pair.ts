/**
 * Pairing of quotation marks into quoted spans: one forward scan over the text with a stack of open
 * marks, so the work is linear in the text whatever the marks (10 MB of `“` or thousands of
 * unclosed quotations included). Handles quotations closed by the wrong glyph, nested ones of the same
 * or another family, quotations left open until the end of their paragraph or reopened at each new
 * paragraph, and a closing mark whose opening mark is missing (the quotation then starts with its
 * sentence).
 */
import { type MarkFamily, markFamily, markRole } from './marks.js';
import { isHardWrapped } from './paragraphs.js';

/** A quoted span before any classification or attribution. */
export interface RawQuote {
  /** Offset of the first character of the quoted words (after the opening mark and spaces). */
  start: number;
  /** Offset after the last quoted character (before the closing mark, spaces trimmed). */
  end: number;
  /** Offset of the opening mark, or null when it is missing. */
  open: number | null;
  /** Offset of the closing mark, or null when the quotation runs to the end of its paragraph. */
  close: number | null;
  /** Family of the marks. */
  family: MarkFamily;
  /** How many quotations enclose this one. */
  depth: number;
}

/** An opening mark still waiting for its closer. */
interface Opened {
  /** Offset of the mark. */
  at: number;
  /** Its family. */
  family: MarkFamily;
}

/*
 * Deepest nesting followed. Real text nests two or three levels; deeper openers are ignored so that
 * a run of opening marks costs constant memory per mark and the output stays linear in the input.
 */
const MAX_DEPTH = 8;

/** True for whitespace inside a line. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d;
}

/** The quoted span between two offsets with surrounding whitespace trimmed, or null when empty. */
function trimmed(text: string, from: number, to: number): { start: number; end: number } | null {
  let s = from;
  let e = to;
  while (s < e && text.charCodeAt(s) <= 0x20) s++;
  // A comma before the closing mark belongs to the reporting sentence (`“We won,” she said`).
  while (e > s && (text.charCodeAt(e - 1) <= 0x20 || text.charCodeAt(e - 1) === 0x2c)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Start of the sentence that ends at `to`: after the last terminator followed by a space, not before `floor`. */
function sentenceStart(text: string, floor: number, to: number): number {
  for (let i = to - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if ((c === 0x20 || c === 0x09) && i > floor) {
      const p = text.charCodeAt(i - 1);
      // . ! ? … possibly followed by a closing mark
      const q = markFamily(p) !== null && i - 2 >= floor ? text.charCodeAt(i - 2) : p;
      if (q === 0x2e || q === 0x21 || q === 0x3f || q === 0x2026) return i + 1;
    }
  }
  return floor;
}

/** Kind of line break at `i` (a `\n`): 'hard' ends a paragraph, 'reopen' only ends an open quotation. */
function breakKind(text: string, i: number, wrapped: boolean): 'hard' | 'soft' | 'reopen' {
  let j = i + 1;
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  if (j >= text.length || text.charCodeAt(j) === 0x0a) return 'hard';
  if (!wrapped) return 'hard';
  const role = markRole(text, j);
  return role === 'open' || role === 'toggle' ? 'reopen' : 'soft';
}

/** Every quoted span of the text, in order of their closing (inner quotations before outer ones). */
export function pairMarks(text: string): RawQuote[] {
  const wrapped = isHardWrapped(text);
  const out: RawQuote[] = [];
  const stack: Opened[] = [];
  let paragraphStart = 0;
  let floor = 0;

  // Ends every open quotation at a paragraph break: the outermost double one runs to the break.
  const closeParagraph = (at: number): void => {
    const outer = stack[0];
    if (outer && outer.family === 'double') {
      const span = trimmed(text, outer.at + 1, at);
      if (span) out.push({ ...span, open: outer.at, close: null, family: 'double', depth: 0 });
    }
    stack.length = 0;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      const kind = breakKind(text, i, wrapped);
      if (kind === 'soft') continue;
      closeParagraph(i);
      if (kind === 'hard') paragraphStart = i + 1;
      floor = i + 1;
      continue;
    }
    const family = markFamily(code);
    if (family === null) continue;
    const role = markRole(text, i);
    if (role === 'none') continue;
    let top = stack[stack.length - 1];
    if (role === 'close-or-apostrophe') {
      if (top?.family !== 'single' || isAccent(text, i)) continue;
    }
    const closes =
      role === 'close' ||
      role === 'close-or-apostrophe' ||
      (role === 'toggle' && stack.some((o) => o.family === family));
    if (!closes) {
      if (family === 'single' && code === 0x27 && !/\p{L}/u.test(text[i + 1] ?? '')) continue;
      if (stack.length < MAX_DEPTH) stack.push({ at: i, family });
      floor = i + 1;
      continue;
    }
    // A double closer abandons single openers left open inside it (they were apostrophes).
    while (top && top.family !== family && family === 'double') {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top && top.family === family) {
      stack.pop();
      const span = trimmed(text, top.at + 1, i);
      if (span) out.push({ ...span, open: top.at, close: i, family, depth: stack.length });
    } else if (family === 'double' && stack.length === 0 && isOrphanCloser(text, i)) {
      const span = trimmed(text, sentenceStart(text, Math.max(floor, paragraphStart), i), i);
      if (span) out.push({ ...span, open: null, close: i, family, depth: 0 });
    }
    floor = i + 1;
  }
  closeParagraph(text.length);
  return out;
}

/*
 * How far ahead, in characters, an accent written as an apostrophe (`e'`, `perche'`) looks for the
 * real closing mark of the single quotation it sits in. Headline quotations in single marks are a
 * clause or two; the look-ahead is constant, so the scan stays linear.
 */
const ACCENT_LOOKAHEAD = 80;

/** True when the apostrophe at `i` after a vowel is an accent because a closer follows in the same sentence. */
function isAccent(text: string, i: number): boolean {
  if (!/[aeiouAEIOU]/.test(text[i - 1] ?? '')) return false;
  const end = Math.min(text.length, i + ACCENT_LOOKAHEAD);
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return false;
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(j + 1) === 0x20) return false;
    if ((c === 0x27 || c === 0x2019) && markRole(text, j) === 'close-or-apostrophe') return true;
  }
  return false;
}

/** True when a closing mark with no opener ends a sentence (after a letter or final punctuation). */
function isOrphanCloser(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x22 || code === 0x2033) return false;
  const p = text.charCodeAt(i - 1);
  return /\p{L}/u.test(text[i - 1] ?? '') || p === 0x2e || p === 0x21 || p === 0x3f || p === 0x2026;
}
