/**
 * What every renderer receives besides its result. Renderers are pure functions
 * `(result, style) => string`, tested without a terminal by passing a chalk at level 0 or 1 and a width.
 */
import type { ChalkInstance } from 'chalk';
import type { Io } from '../io.js';

/** How to draw text output. */
export interface RenderStyle {
  /** Colours to use; a level-0 instance when colour is off, so renderers never check. */
  color: ChalkInstance;
  /** Columns to wrap lines at. */
  width: number;
}

/**
 * Width used when standard output is not a terminal (or the terminal does not say) and `COLUMNS` is unset:
 * the classic terminal width, which also keeps piped text output readable in a pager or an editor.
 */
export const DEFAULT_WIDTH = 80;

/**
 * Narrowest width honoured. Below it a numbered, indented line has no room for words, so wrapping would
 * put one word per line; 20 columns still fits the widest line prefix plus a short word.
 */
const MIN_WIDTH = 20;

/** The width to wrap at: the terminal's columns, else `COLUMNS`, else 80. */
export function outputWidth(io: Pick<Io, 'env' | 'stdout'>): number {
  const fromTerminal = io.stdout.isTTY ? io.stdout.columns : undefined;
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
  const width = fromTerminal ?? (Number.isFinite(fromEnv) ? fromEnv : DEFAULT_WIDTH);
  return Math.max(MIN_WIDTH, width);
}
