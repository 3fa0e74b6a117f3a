import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { cli } from './helpers.js';

describe('usage errors: exit code 2, a one-line reason on stderr, nothing on stdout', () => {
  it('unknown option', async () => {
    const run = await cli(['tokenize', '--frobnicate'], { stdin: 'Ciao.' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("sunto: unknown option '--frobnicate'\n(add --help for usage)\n");
  });

  it('bad option value', async () => {
    const run = await cli(['tokenize', '--lang', 'italiano'], { stdin: 'Ciao.' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^sunto: option '--lang <code>' argument 'italiano' is invalid\. expected auto or/,
    );
  });

  it('--json and --jsonl together', async () => {
    const run = await cli(['tokenize', '--json', '--jsonl'], { stdin: 'Ciao.' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot be used with/);
  });

  it('unknown subcommand, with a suggestion', async () => {
    const run = await cli(['tokenise', 'a.txt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("sunto: unknown command 'tokenise'\n(Did you mean tokenize?)");
  });

  it('no input on a terminal, with a hint', async () => {
    const run = await cli(['tokenize']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "sunto: no input: give one or more files, or pipe text in\ne.g. 'sunto tokenize article.txt' or 'cat article.txt | sunto tokenize'\n",
    );
  });

  it('no command at all shows the help on stderr', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: sunto');
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("every command's help leads its epilogue with real examples", async () => {
    const run = await cli(['tokenize', '--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Examples:\n {2}\$ sunto tokenize article\.txt/);
    for (const option of ['--json', '--jsonl', '--lang <code>', '--no-color', '--debug', '--stem']) {
      expect(run.stdout).toContain(option);
    }
  });

  it('sunto help lists the commands', async () => {
    const run = await cli(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/tokenize \[options\] \[files\.\.\.\]/);
  });
});

describe('sunto --help', () => {
  it('ends with an example of each command and the exit codes', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:\n  $ sunto tokenize article.txt');
    expect(run.stdout).toContain(
      'Exit codes: 0 success, 1 an input could not be processed, 2 usage error.\n',
    );
  });
});
