import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import { ANSI_PATTERN, tempFiles } from './samples.js';

/** Short Italian news texts written for these tests. */
const A =
  'Il Comune di Genova ha chiuso il porto. Il porto di Genova riapre lunedì, ha detto il sindaco Marco Neri.';
const B = 'Il porto di Livorno cresce. Nel porto lavorano mille persone e il porto esporta auto.';
const C = 'Il sindaco di Pisa inaugura la biblioteca. La biblioteca resta aperta fino a sera.';

/** Parses JSON Lines output. */
const lines = (
  stdout: string,
): { file: string; language: string; keywords: { text: string; score: number }[] }[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('sunto keywords', () => {
  it('prints the evaluation shape with --jsonl, file first, best keyphrase first', async () => {
    const dir = tempFiles({ 'a.txt': A, 'b.txt': B });
    const run = await cli([
      'keywords',
      '--jsonl',
      '-k',
      '3',
      '--lang',
      'it',
      '--no-corpus',
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [a, b] = lines(run.stdout);
    expect(Object.keys(a!)).toEqual(['file', 'language', 'keywords']);
    expect(a!.file).toBe(join(dir, 'a.txt'));
    expect(a!.language).toBe('it');
    expect(a!.keywords).toHaveLength(3);
    expect(a!.keywords.map((k) => k.text)).toContain('Genova');
    expect(b!.keywords.map((k) => k.text)).toEqual(['Livorno', 'porto', 'porto di Livorno cresce']);
    for (const k of a!.keywords)
      expect(Object.keys(k)).toEqual(['text', 'key', 'score', 'count', 'name', 'occurrences']);
  });

  it('weighs each file against the others with --corpus', async () => {
    const dir = tempFiles({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    const alone = lines((await cli(['keywords', '--jsonl', '--lang', 'it', '--no-corpus', ...files])).stdout);
    const corpus = lines((await cli(['keywords', '--jsonl', '--lang', 'it', '--corpus', ...files])).stdout);
    const score = (r: typeof alone, file: number, text: string): number =>
      r[file]!.keywords.find((k) => k.text === text)?.score ?? 0;
    expect(score(corpus, 0, 'porto')).toBeLessThan(score(alone, 0, 'porto'));
    expect(score(corpus, 0, 'Genova')).toBe(score(alone, 0, 'Genova') === 0 ? 0 : score(corpus, 0, 'Genova'));
  });

  it('saves document frequencies with --save-idf and reuses them with --idf', async () => {
    const dir = tempFiles({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
    const table = join(dir, 'idf.json');
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    const saved = await cli(['keywords', '--jsonl', '--lang', 'it', '--save-idf', table, ...files]);
    expect(saved.code).toBe(0);
    const json = JSON.parse(readFileSync(table, 'utf8'));
    expect(json).toMatchObject({ language: 'it', documents: 3 });
    expect(Object.entries(json.df)).toContainEqual([expect.stringMatching(/^port/), 2]);
    const corpus = lines((await cli(['keywords', '--jsonl', '--lang', 'it', '--corpus', ...files])).stdout);
    const reused = lines(
      (await cli(['keywords', '--jsonl', '--lang', 'it', '--idf', table, files[0]!])).stdout,
    );
    expect(reused[0]!.keywords).toEqual(corpus[0]!.keywords);
  });

  it('reads extra stopwords from a file', async () => {
    const dir = tempFiles({ 'a.txt': B, 'stop.txt': '# ports are not news here\nporto\nauto\n' });
    const run = await cli([
      'keywords',
      '--jsonl',
      '--lang',
      'it',
      '--stopwords',
      join(dir, 'stop.txt'),
      join(dir, 'a.txt'),
    ]);
    const texts = lines(run.stdout)[0]!.keywords.map((k) => k.text);
    expect(texts).not.toContain('porto');
    expect(texts).not.toContain('auto');
  });

  it('limits phrase length with --ngram', async () => {
    const dir = tempFiles({ 'a.txt': A });
    const run = await cli(['keywords', '--jsonl', '--lang', 'it', '--ngram', '2..3', join(dir, 'a.txt')]);
    for (const k of lines(run.stdout)[0]!.keywords)
      expect(k.text.split(' ').length).toBeGreaterThanOrEqual(2);
  });

  it('prints a readable list, and the text with --highlight, without colour off a terminal', async () => {
    const dir = tempFiles({ 'a.txt': A });
    const run = await cli(['keywords', '-k', '2', '--highlight', join(dir, 'a.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ANSI_PATTERN);
    expect(run.stdout).toContain('Il Comune di Genova ha chiuso il porto.');
    expect(run.stdout).toMatch(/^1 0\.\d{3} \S/m);
    expect(run.stdout).toContain('2 keyphrases · language it');
  });

  it('rejects bad option values and bad tables', async () => {
    const dir = tempFiles({ 'a.txt': A, 'bad.json': '{"documents": "many"}' });
    expect((await cli(['keywords', '-k', 'abc', join(dir, 'a.txt')])).code).toBe(2);
    expect((await cli(['keywords', '--ngram', '3..1', join(dir, 'a.txt')])).code).toBe(2);
    const bad = await cli(['keywords', '--idf', join(dir, 'bad.json'), join(dir, 'a.txt')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      `sunto: ${join(dir, 'bad.json')}: not a document-frequency table (make one with --save-idf)\n`,
    );
    const missing = await cli(['keywords', '--stopwords', join(dir, 'none.txt'), join(dir, 'a.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`sunto: ${join(dir, 'none.txt')}: no such file\n`);
  });
});
