import { describe, expect, it } from 'vitest';
import { type ColorLevel, colorLevel, makeChalk } from '../../src/cli/color.js';

/** Level for a terminal (or not) with the given environment and `--no-color` state. */
function level(tty: boolean, env: Record<string, string>, colorOption = true): ColorLevel {
  return colorLevel({ env, stdout: { isTTY: tty, write: () => {} } }, colorOption);
}

describe('colorLevel', () => {
  it.each([
    ['a terminal', true, {}, true, 1],
    ['a 256-colour terminal', true, { TERM: 'xterm-256color' }, true, 2],
    ['a true-colour terminal', true, { COLORTERM: 'truecolor' }, true, 3],
    ['a pipe', false, {}, true, 0],
    ['a dumb terminal', true, { TERM: 'dumb' }, true, 0],
    ['--no-color on a terminal', true, {}, false, 0],
    ['NO_COLOR on a terminal', true, { NO_COLOR: '1' }, true, 0],
    ['an empty NO_COLOR (ignored)', true, { NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR=0 on a terminal', true, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=1 into a pipe', false, { FORCE_COLOR: '1' }, true, 1],
    ['FORCE_COLOR=3 into a pipe', false, { FORCE_COLOR: '3' }, true, 3],
    ['FORCE_COLOR with NO_COLOR', true, { FORCE_COLOR: '2', NO_COLOR: '1' }, true, 0],
    ['FORCE_COLOR with --no-color', true, { FORCE_COLOR: '2' }, false, 0],
  ] as const)('%s → level %i', (_name, tty, env, colorOption, expected) => {
    expect(level(tty, env, colorOption)).toBe(expected);
  });

  it('makes a chalk that colours only above level 0', () => {
    expect(makeChalk(0).red('x')).toBe('x');
    expect(makeChalk(1).red('x')).not.toBe('x');
  });
});
