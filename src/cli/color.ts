/**
 * The colour policy. chalk's own detection reads `process` when it is imported; sunto decides the level
 * itself from the `Io` it is given, so the decision is testable and identical in tests and in a terminal:
 *
 * 1. `--no-color`, `FORCE_COLOR=0` (or `false`) and a non-empty `NO_COLOR` turn colour off;
 * 2. `FORCE_COLOR=1|2|3` (or empty / `true`) forces that level, even into a pipe;
 * 3. otherwise colour is on only when standard output is a terminal that is not `TERM=dumb`.
 *
 * JSON output is never coloured: the runner does not call renderers for it.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/** chalk's colour levels: none, 16 colours, 256 colours, true colour. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** Picks the colour level from the command line's `--no-color`, the environment and the terminal. */
export function colorLevel(io: Pick<Io, 'env' | 'stdout'>, colorOption = true): ColorLevel {
  if (!colorOption) return 0;
  const force = io.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    const level = Number(force);
    if (level === 1 || level === 2 || level === 3) return level;
  }
  if (!io.stdout.isTTY || io.env.TERM === 'dumb') return 0;
  return terminalLevel(io.env);
}

/** The richest level a terminal announces through `COLORTERM` and `TERM`. */
function terminalLevel(env: Io['env']): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/** A chalk instance at the chosen level; level 0 returns every string unchanged. */
export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
