/**
 * Cuts the text into paragraphs and headings. A blank line always ends a paragraph. A single line
 * break ends one too, unless the text is hard-wrapped (most lines of similar width, as in e-mails and
 * plain-text books) or the next line visibly continues the sentence (it starts in lower case).
 */
import { isLower, isSpace } from './chars.js';
import { isTerminal } from './match-symbols.js';

export interface Block {
  /** Offset of the first non-space character. */
  start: number;
  /** Offset after the last non-space character. */
  end: number;
  /** True when the block is a heading line. */
  heading: boolean;
}

interface Line {
  start: number;
  end: number;
}

/**
 * Hard-wrap detection: a text counts as hard-wrapped when at least this share of its non-empty
 * lines is between the two widths. Typical wrap widths are 60–80 columns; news exported one
 * paragraph per line has most lines far longer, and lists far shorter.
 */
const WRAP_SHARE = 0.6;
const WRAP_MIN_WIDTH = 40;
const WRAP_MAX_WIDTH = 100;
/** Largest share of lines wider than `WRAP_MAX_WIDTH` in a hard-wrapped text (a long URL, a table row). */
const WRAP_WIDE_SHARE = 0.1;

/**
 * A heading is a single-line block of at most this many words without final punctuation. Section
 * titles in news run 3–12 words; a standfirst without its full stop runs longer and stays a sentence.
 */
const HEADING_MAX_WORDS = 15;

/** The characters that end a line; searched by the regex engine, which is faster than a loop in script. */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/g;

/** Non-empty lines of `text[from, …)`, trimmed, with `blank` marking a blank line before each. */
function readLines(text: string, from: number): { lines: Line[]; blankBefore: boolean[] } {
  const lines: Line[] = [];
  const blankBefore: boolean[] = [];
  let sawBlank = false;
  let i = from;
  const n = text.length;
  while (i <= n) {
    LINE_BREAK.lastIndex = i;
    const j = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : n;
    let s = i;
    let e = j;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) {
      lines.push({ start: s, end: e });
      blankBefore.push(sawBlank);
      sawBlank = false;
    } else if (lines.length) sawBlank = true;
    if (j >= n) break;
    // CRLF is one line break; a lone CR (old Mac files) is one too. U+2029 separates paragraphs.
    if (text.charCodeAt(j) === 0x2029) sawBlank = true;
    i = text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
  }
  return { lines, blankBefore };
}

/** True when the line ends with sentence punctuation, possibly followed by closing quotes or brackets. */
export function endsWithPunctuation(text: string, line: Line): boolean {
  let j = line.end - 1;
  while (j > line.start && '”»"’\')]*'.includes(text[j]!)) j--;
  const c = text.charCodeAt(j);
  return isTerminal(c) || c === 0x3a || c === 0x3b || c === 0x2c;
}

/**
 * True when most lines have the width of a hard-wrapped text and hardly any is wider: a text that
 * has whole paragraphs on one line is not wrapped, however many of its other lines (list items,
 * titles, bylines) fall between the wrap widths.
 */
function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 4) return false;
  let wrapped = 0;
  let wide = 0;
  for (const l of lines) {
    const w = l.end - l.start;
    if (w >= WRAP_MIN_WIDTH && w <= WRAP_MAX_WIDTH) wrapped++;
    else if (w > WRAP_MAX_WIDTH) wide++;
  }
  return wrapped / lines.length >= WRAP_SHARE && wide / lines.length <= WRAP_WIDE_SHARE;
}

/** Counts the words of a line, stopping early once past the heading limit. */
function fewWords(text: string, line: Line): boolean {
  let words = 0;
  let inWord = false;
  for (let j = line.start; j < line.end; j++) {
    const space = text.charCodeAt(j) <= 0x20;
    if (!space && !inWord && ++words > HEADING_MAX_WORDS) return false;
    inWord = !space;
  }
  return true;
}

/** True when the line looks like a heading: short, no final punctuation, some letter. */
function isHeadingLine(text: string, line: Line): boolean {
  return (
    !endsWithPunctuation(text, line) &&
    fewWords(text, line) &&
    /\p{L}/u.test(text.slice(line.start, Math.min(line.end, line.start + 400)))
  );
}

/** The paragraphs and headings of `text` from offset `from` on. */
export function splitBlocks(text: string, from: number): Block[] {
  const { lines, blankBefore } = readLines(text, from);
  const wrapped = isHardWrapped(lines);
  const groups: Line[][] = [];
  lines.forEach((line, k) => {
    const current = groups[groups.length - 1];
    const prev = current?.[current.length - 1];
    const continues =
      current !== undefined &&
      prev !== undefined &&
      !blankBefore[k] &&
      (wrapped || (!endsWithPunctuation(text, prev) && isLower(text, line.start)));
    if (continues) current.push(line);
    else groups.push([line]);
  });
  return groups.map((group) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const heading = groups.length > 1 && group.length === 1 && isHeadingLine(text, first);
    return { start: first.start, end: last.end, heading };
  });
}
