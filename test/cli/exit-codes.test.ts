import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_TABLE } from '../../src/cli/errors.js';
import type { FakeWorld } from './fake-io.js';
import { cli } from './helpers.js';
import { ITALIAN, PNG_BYTES, tempFiles } from './samples.js';

const dir = tempFiles({ 'ok.txt': ITALIAN, 'img.png': PNG_BYTES, 'empty.txt': '' });
const ok = join(dir, 'ok.txt');

/** Every documented situation and the exit code it must give. */
const CASES: readonly { situation: string; argv: string[]; world: FakeWorld; code: number }[] = [
  { situation: 'a file analysed', argv: ['tokenize', ok], world: {}, code: EXIT.ok },
  {
    situation: 'piped text analysed',
    argv: ['tokenize', '--json'],
    world: { stdin: ITALIAN },
    code: EXIT.ok,
  },
  { situation: '--help', argv: ['tokenize', '--help'], world: {}, code: EXIT.ok },
  { situation: '--version', argv: ['--version'], world: {}, code: EXIT.ok },
  {
    situation: 'a missing file',
    argv: ['tokenize', join(dir, 'missing.txt')],
    world: {},
    code: EXIT.inputFailed,
  },
  { situation: 'a directory', argv: ['tokenize', dir], world: {}, code: EXIT.inputFailed },
  { situation: 'a binary file', argv: ['tokenize', join(dir, 'img.png')], world: {}, code: EXIT.inputFailed },
  {
    situation: 'an empty file',
    argv: ['tokenize', join(dir, 'empty.txt')],
    world: {},
    code: EXIT.inputFailed,
  },
  {
    situation: 'one bad file among good ones',
    argv: ['tokenize', ok, dir, ok],
    world: {},
    code: EXIT.inputFailed,
  },
  { situation: 'an unknown option', argv: ['tokenize', '--nope', ok], world: {}, code: EXIT.usage },
  { situation: 'a bad option value', argv: ['tokenize', '--lang', 'xyz', ok], world: {}, code: EXIT.usage },
  {
    situation: 'conflicting options',
    argv: ['tokenize', '--json', '--jsonl', ok],
    world: {},
    code: EXIT.usage,
  },
  { situation: 'an unknown command', argv: ['tokenise', ok], world: {}, code: EXIT.usage },
  { situation: 'no command', argv: [], world: {}, code: EXIT.usage },
  { situation: 'no input on a terminal', argv: ['tokenize'], world: {}, code: EXIT.usage },
];

describe('exit codes', () => {
  it.each(CASES)('$situation → $code', async ({ argv, world, code }) => {
    const run = await cli(argv, world);
    expect(run.code).toBe(code);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('the README documents exactly the codes in EXIT_TABLE', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\|\s*(\d)\s*\|\s*(.+?)\s*\|$/gm)].map((m) => ({
      code: Number(m[1]),
      meaning: m[2],
    }));
    expect(rows).toEqual(EXIT_TABLE);
    expect(EXIT_TABLE.map((r) => r.code)).toEqual(Object.values(EXIT));
  });
});
