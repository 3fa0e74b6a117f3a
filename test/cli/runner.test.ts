import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputText } from '../../src/cli/input/read.js';
import { type FileCommand, runFiles } from '../../src/cli/runner.js';
import { fakeIo } from './fake-io.js';
import { tempFiles } from './samples.js';

interface Count {
  language: string;
  words: number;
  share?: number;
}

/** A command that counts words; with a corpus, also each text's share of all the words. */
function counter(corpus: boolean, calls: string[]): FileCommand<Count, number> {
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  const command: FileCommand<Count, number> = {
    analyse: (input: InputText, total: number) => {
      calls.push(`analyse ${input.file}`);
      if (input.text.includes('BOOM')) throw new Error('exploded');
      const n = words(input.text);
      return corpus ? { language: 'it', words: n, share: n / total } : { language: 'it', words: n };
    },
    render: (r) => `${r.file}: ${r.words}`,
  };
  if (corpus) {
    command.prepare = (inputs) => {
      calls.push(`prepare ${inputs.map((i) => i.file).join(',')}`);
      return inputs.reduce((sum, i) => sum + words(i.text), 0);
    };
  }
  return command;
}

describe('runFiles', () => {
  const dir = tempFiles({ 'a.txt': 'uno due tre', 'b.txt': 'quattro', 'bad.txt': 'BOOM qui' });
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');

  it('with prepare, reads every input before analysing any, and passes what it built', async () => {
    const calls: string[] = [];
    const { io, out } = fakeIo();
    const code = await runFiles(counter(true, calls), [a, join(dir, 'nope.txt'), b], { jsonl: true }, io);
    expect(code).toBe(1);
    expect(calls).toEqual([`prepare ${a},${b}`, `analyse ${a}`, `analyse ${b}`]);
    const rows = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { file: a, language: 'it', words: 3, share: 0.75 },
      { file: b, language: 'it', words: 1, share: 0.25 },
    ]);
  });

  it('without prepare, analyses each input as soon as it is read', async () => {
    const calls: string[] = [];
    const { io, out } = fakeIo({ stdin: 'cinque sei' });
    expect(await runFiles(counter(false, calls), [a, '-'], {}, io)).toBe(0);
    expect(calls).toEqual([`analyse ${a}`, 'analyse -']);
    expect(out.join('')).toBe(`==> ${a} <==\n${a}: 3\n\n==> - <==\n-: 2\n`);
  });

  it('reports an analysis failure against its file, goes on, and shows the stack only with --debug', async () => {
    const bad = join(dir, 'bad.txt');
    const quiet = fakeIo();
    expect(await runFiles(counter(false, []), [bad, a], { jsonl: true }, quiet.io)).toBe(1);
    expect(quiet.err.join('')).toBe(
      `sunto: ${bad}: internal error: exploded (run with --debug for details)\n`,
    );
    expect(quiet.out.join('')).toContain('"words":3');
    const debug = fakeIo();
    await runFiles(counter(false, []), [bad], { debug: true }, debug.io);
    expect(debug.err.join('')).toMatch(
      /^sunto: .*bad\.txt: internal error: exploded\nError: exploded\n\s+at /,
    );
  });
});
