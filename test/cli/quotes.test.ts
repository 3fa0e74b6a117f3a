import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderQuotes } from '../../src/cli/render/quotes.js';
import { quotes } from '../../src/core/quotes/index.js';
import { cli } from './helpers.js';
import { tempFiles } from './samples.js';

/** An Italian text written for these tests: two speakers, a pro-drop and a scare quote. */
const ARTICLE = [
  'Il sindaco Luca Verdi ha presentato il piano per il “nuovo” centro.',
  '',
  '«I lavori partiranno a marzo», ha detto Verdi. «Finiremo entro l’estate», ha aggiunto.',
  '',
  'La consigliera Anna Neri ha replicato: «Il piano non ha copertura».',
  '',
].join('\n');

describe('sunto quotes --jsonl', () => {
  it('prints one line per file in the evaluation shape', async () => {
    const dir = tempFiles({ 'a.txt': ARTICLE, 'b.txt': 'Nessuna citazione qui.' });
    const run = await cli(['quotes', '--jsonl', '--lang', 'it', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [a, b] = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(Object.keys(a)).toEqual(['file', 'language', 'quotes']);
    expect(a.file).toBe(join(dir, 'a.txt'));
    expect(a.quotes.map((q: { text: string }) => q.text)).toEqual([
      'I lavori partiranno a marzo',
      'Finiremo entro l’estate',
      'Il piano non ha copertura',
    ]);
    expect(a.quotes[1].speaker).toMatchObject({ text: 'Verdi', name: 'Luca Verdi', implicit: true });
    expect(a.quotes[2].cue).toBe('ha replicato');
    expect(ARTICLE.slice(a.quotes[0].start, a.quotes[0].end)).toBe(a.quotes[0].text);
    expect(b.quotes).toEqual([]);
  });
});

describe('sunto quotes options', () => {
  it('keeps one speaker with --speaker', async () => {
    const run = await cli(['quotes', '--json', '--speaker', 'neri'], { stdin: ARTICLE });
    const result = JSON.parse(run.stdout);
    expect(result.quotes.map((q: { text: string }) => q.text)).toEqual(['Il piano non ha copertura']);
  });

  it('drops short quotations with --min-words', async () => {
    const run = await cli(['quotes', '--json', '--min-words', '5'], { stdin: ARTICLE });
    expect(JSON.parse(run.stdout).quotes.map((q: { text: string }) => q.text)).toEqual([
      'I lavori partiranno a marzo',
      'Il piano non ha copertura',
    ]);
  });

  it('groups by speaker with --by-speaker', async () => {
    const run = await cli(['quotes', '--json', '--by-speaker'], { stdin: ARTICLE });
    expect(JSON.parse(run.stdout).bySpeaker).toEqual([
      { speaker: 'Luca Verdi', quotes: [0, 1] },
      { speaker: 'Anna Neri', quotes: [2] },
    ]);
  });

  it('rejects a bad --min-words', async () => {
    const run = await cli(['quotes', '--min-words', 'zero'], { stdin: ARTICLE });
    expect(run.code).toBe(2);
  });
});

describe('quotes renderer', () => {
  it('shows each quotation with its speaker, mention and cue', async () => {
    const { Chalk } = await import('chalk');
    const result = { file: '-', ...quotes(ARTICLE, { language: 'it' }) };
    const text = renderQuotes(result, { color: new Chalk({ level: 0 }), width: 80 });
    expect(text).toContain('1 «I lavori partiranno a marzo»\n  — Luca Verdi (Verdi) · ha detto · speech');
    expect(text).toContain('— Luca Verdi (Verdi) (implicit) · ha aggiunto');
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 quotations · 2 speakers · language it');
  });
});
