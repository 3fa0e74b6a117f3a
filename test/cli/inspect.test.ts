import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/cli/render/wrap.js';
import { cli } from './helpers.js';
import { ANSI_PATTERN, tempFiles } from './samples.js';

/** The bundled article, as `npm start` runs it. */
const ARTICLE = fileURLToPath(new URL('../../fixtures/putin-kim.it.txt', import.meta.url));

/** A short Italian text written for these tests. */
const SHORT = [
  'Treni fermi in Lombardia',
  '',
  'Il sindaco di Milano, Carla Benedetti, ha incontrato ieri a Roma il ministro dei Trasporti. “Serve un piano”, ha detto Benedetti.',
  '',
].join('\n');

describe('sunto inspect on the bundled article', () => {
  it('prints the overview without colour and without messages', async () => {
    const run = await cli(['inspect', '--no-color', ARTICLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(ANSI_PATTERN);
    for (const heading of ['TEXT', 'READABILITY', 'KEYPHRASES', 'NAMES', 'QUOTES', 'SUMMARY']) {
      expect(run.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
  });

  it('prints one JSON document with every section', async () => {
    const run = await cli(['inspect', '--json', ARTICLE]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual([
      'file',
      'language',
      'text',
      'readability',
      'keyphrases',
      'entities',
      'quotes',
      'summary',
    ]);
  });

  it('finds what a reader expects in the article', async () => {
    const doc = JSON.parse((await cli(['inspect', '--json', ARTICLE])).stdout);
    const names = (list: { text: string }[]): string[] => list.map((e) => e.text);
    expect(doc.language).toBe('it');
    expect(doc.text.metadata).toEqual([{ key: 'date', value: '2023-09' }]);
    expect(doc.text.headings).toEqual([
      'La prima uscita di Kim Jong Un',
      'L’incontro Putin-Kim Jong Un: ecco cosa è successo',
    ]);
    expect(names(doc.entities.people)).toEqual(
      expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin', 'Hirokazu Matsuno']),
    );
    expect(names(doc.entities.places)).toEqual(
      expect.arrayContaining(['Russia', 'Corea del Nord', 'Ucraina', 'Giappone', 'Tokyo', 'Pyongyang']),
    );
    expect(names(doc.entities.organisations)).toContain('Onu');
    expect(doc.quotes.count).toBe(5);
    expect(doc.summary).toHaveLength(3);
    expect(doc.readability.score.index).toBe('gulpease');
  });
});

describe('sunto inspect options and output', () => {
  it('takes the summary length and the number of keyphrases', async () => {
    const doc = JSON.parse((await cli(['inspect', '--json', '-n', '1', '-k', '4', ARTICLE])).stdout);
    expect(doc.summary).toHaveLength(1);
    expect(doc.keyphrases).toHaveLength(4);
  });

  it('refuses a bad length with a usage error', async () => {
    const run = await cli(['inspect', '-n', 'tre', ARTICLE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('reads standard input and says the language was given', async () => {
    const run = await cli(['inspect', '--lang', 'it'], { stdin: SHORT });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Italian (it), as given');
    expect(run.stdout).toMatch(/People\s+Carla Benedetti\s+×2\s+sindaco di Milano/u);
    expect(run.stdout).toMatch(/Places\s+.*Milano ×1/u);
    expect(run.stdout).toMatch(/Title\s+Treni fermi in Lombardia/u);
  });

  it('prints one line per input with --jsonl', async () => {
    const dir = tempFiles({ 'a.txt': SHORT, 'b.txt': readFileSync(ARTICLE, 'utf8') });
    const run = await cli(['inspect', '--jsonl', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
  });

  it('colours only what the plain layout already shows', async () => {
    const plain = await cli(['inspect', '--no-color', ARTICLE]);
    const colour = await cli(['inspect', ARTICLE], { env: { FORCE_COLOR: '1' } });
    expect(colour.stdout).toMatch(ANSI_PATTERN);
    expect(stripAnsi(colour.stdout)).toBe(plain.stdout);
  });

  it('keeps every line within the terminal width', async () => {
    for (const columns of [60, 72, 100, 140]) {
      const run = await cli(['inspect', ARTICLE], { tty: true, columns, env: { NO_COLOR: '1' } });
      const widest = Math.max(...run.stdout.split('\n').map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(columns);
    }
  });
});
