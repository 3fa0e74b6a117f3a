/**
 * Numbers, dates and times as single tokens: `1.000`, `3,5`, `1.000,50`, `12/09/2023`, `21:30`,
 * `'93`. Digits glued to letters (`10km`, `3D`, `1°`) are left to the word matcher's caller.
 */

import type { TokenKind } from '../types.js';
import { isDigit } from './chars.js';

export interface NumberMatch {
  end: number;
  kind: TokenKind;
}

/** Scans the digits starting at `j` and returns the offset after them. */
function digitsEnd(text: string, j: number, to: number): number {
  while (j < to && isDigit(text, j)) j++;
  return j;
}

/**
 * A number starting at the digit at `i`. Separators `.` `,` join digit groups; `/` makes a date
 * and `:` a time when digits follow on both sides. `-` between digits makes a date (`2023-09`).
 */
export function matchNumber(text: string, i: number, to: number): NumberMatch {
  let j = digitsEnd(text, i, to);
  let kind: TokenKind = 'number';
  while (j + 1 < to && isDigit(text, j + 1)) {
    const sep = text.charCodeAt(j);
    if (sep === 0x2e || sep === 0x2c) {
      // `3.` + `5` is a decimal only when written without a space; `.` then digits: a group.
    } else if (sep === 0x2f) kind = 'date';
    else if (sep === 0x3a) kind = kind === 'number' && j - i <= 2 ? 'time' : kind;
    else if (sep === 0x2d) {
      // Only four-digit years start an ISO date; `3-1` scores and ranges stay apart.
      if (!(j - i === 4 && kind === 'number') && kind !== 'date') break;
      kind = 'date';
    } else break;
    j = digitsEnd(text, j + 1, to);
  }
  return { end: j, kind };
}

/** An elided year such as `'93` or `’68`: an apostrophe followed by exactly two digits. */
export function matchElidedYear(text: string, i: number, to: number): number {
  if (i + 2 >= to) return -1;
  if (!isDigit(text, i + 1) || !isDigit(text, i + 2)) return -1;
  if (i + 3 < to && isDigit(text, i + 3)) return -1;
  return i + 3;
}
