import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/cli/input/read.js';
import { cli } from './helpers.js';
import { ITALIAN, PNG_BYTES, tempFiles } from './samples.js';

describe('input errors: one line naming the file, exit code 1, no stack trace', () => {
  const dir = tempFiles({
    'ok.txt': ITALIAN,
    'img.png': PNG_BYTES,
    'empty.txt': '',
    'blank.txt': '  \n\t\r\n  \n',
    'secret.txt': 'Testo riservato.',
  });
  mkdirSync(join(dir, 'fixtures'));
  const at = (name: string): string => join(dir, name);

  it.each([
    ['missing.txt', 'no such file'],
    ['fixtures', 'is a directory'],
    ['img.png', 'binary file, not text'],
    ['empty.txt', 'empty text'],
    ['blank.txt', 'empty text'],
  ])('%s → %s', async (name, problem) => {
    const run = await cli(['tokenize', at(name)]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `sunto: ${at(name)}: ${problem}\n` });
  });

  it('an empty standard input is named -', async () => {
    expect(await cli(['tokenize'], { stdin: ' \n' })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sunto: -: empty text\n',
    });
  });

  // chmod 000 does not stop root, so the check is skipped there (the e2e suite covers it as an unprivileged user).
  const secret = at('secret.txt');
  chmodSync(secret, 0o000);
  let readable = true;
  try {
    readFileSync(secret);
  } catch {
    readable = false;
  }
  it.skipIf(readable)('an unreadable file → permission denied', async () => {
    const run = await cli(['tokenize', secret]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `sunto: ${secret}: permission denied\n` });
  });

  it('maps permission errors to "permission denied" whoever runs the tests', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EXDEV' }))).toBe('cannot read (EXDEV)');
  });

  it('with several files, reports each bad one and still prints the others, exit 1', async () => {
    const run = await cli([
      'tokenize',
      '--jsonl',
      at('ok.txt'),
      at('missing.txt'),
      at('img.png'),
      at('ok.txt'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `sunto: ${at('missing.txt')}: no such file\nsunto: ${at('img.png')}: binary file, not text\n`,
    );
    const files = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).file);
    expect(files).toEqual([at('ok.txt'), at('ok.txt')]);
  });

  it('--json with several files and a bad one prints an array of the good results', async () => {
    const run = await cli(['tokenize', '--json', at('missing.txt'), at('ok.txt')]);
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout);
    expect(Array.isArray(parsed) && parsed.map((r: { file: string }) => r.file)).toEqual([at('ok.txt')]);
  });
});
