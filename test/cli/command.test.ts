import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliContext, examplesOf, fileAction, fileCommand, withExamples } from '../../src/cli/command.js';
import { EXIT } from '../../src/cli/errors.js';
import { readTextFile } from '../../src/cli/input/read.js';
import type { CommonOptions } from '../../src/cli/options.js';
import { fakeIo } from './fake-io.js';
import { tempFiles } from './samples.js';

interface ListOptions extends CommonOptions {
  list: string;
}

/** A command whose `--list FILE` is loaded before the run, as a stopword list would be. */
function listCommand(context: CliContext) {
  return fileCommand('count', 'count listed words')
    .requiredOption('--list <file>', 'words to count')
    .exitOverride()
    .action(
      fileAction(context, async (options: ListOptions) => {
        const listed = new Set((await readTextFile(options.list)).split(/\s+/).filter(Boolean));
        return {
          analyse: (input) => ({
            language: options.lang,
            hits: input.text.split(/\s+/).filter((w) => listed.has(w)).length,
          }),
          render: (r) => `${r.hits}`,
        };
      }),
    );
}

describe('fileAction', () => {
  const dir = tempFiles({ 'list.txt': 'gatto cane', 'a.txt': 'il gatto e il cane e il gatto' });

  it('lets a command load a file named by an option before the run', async () => {
    const { io, out } = fakeIo();
    const context: CliContext = { io, exitCode: EXIT.ok };
    await listCommand(context).parseAsync(['--list', join(dir, 'list.txt'), join(dir, 'a.txt')], {
      from: 'user',
    });
    expect(context.exitCode).toBe(EXIT.ok);
    expect(out.join('')).toBe('3\n');
  });

  it('reports a missing option file like a bad input and analyses nothing', async () => {
    const { io, out, err } = fakeIo();
    const context: CliContext = { io, exitCode: EXIT.ok };
    await listCommand(context).parseAsync(['--list', join(dir, 'nope.txt'), join(dir, 'a.txt')], {
      from: 'user',
    });
    expect(context.exitCode).toBe(EXIT.inputFailed);
    expect(out).toEqual([]);
    expect(err.join('')).toBe(`sunto: ${join(dir, 'nope.txt')}: no such file\n`);
  });
});

describe('withExamples', () => {
  it('records the examples and appends them to the help', () => {
    const command = withExamples(fileCommand('demo', 'a demo'), [
      ['sunto demo a.txt', 'one file'],
      ['cat a.txt | sunto demo', 'from a pipe'],
    ]);
    expect(examplesOf(command)).toHaveLength(2);
    const chunks: string[] = [];
    command.configureOutput({ writeOut: (s) => void chunks.push(s) }).outputHelp();
    const help = chunks.join('');
    expect(help).toContain(
      'Examples:\n  $ sunto demo a.txt        # one file\n  $ cat a.txt | sunto demo  # from a pipe',
    );
  });
});
