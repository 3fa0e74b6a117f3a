import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import { ANSI_PATTERN, tempFiles } from './samples.js';

/** A short Italian news text written for these tests. */
const NEWS = [
  'Il comune ha approvato il nuovo piano per il traffico del centro.',
  'Il piano chiude al traffico tre strade del centro dal primo maggio.',
  'I commercianti del centro temono un calo delle vendite.',
  'Il sindaco promette parcheggi nuovi vicino al centro.',
  'Domani è prevista pioggia su tutta la regione.',
].join(' ');

describe('sunto summarize --jsonl', () => {
  it('prints one line per file with file, language and the chosen sentences in document order', async () => {
    const dir = tempFiles({
      'a.txt': NEWS,
      'b.txt': 'Piove forte da tre giorni su Roma. Le scuole restano chiuse anche domani.',
    });
    const run = await cli([
      'summarize',
      '--jsonl',
      '-n',
      '2',
      '--lang',
      'it',
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(3);
    const [a, b] = lines.slice(0, 2).map((line) => JSON.parse(line));
    expect(Object.keys(a)).toEqual(['file', 'language', 'algorithm', 'sentences', 'sentenceCount']);
    expect(a.file).toBe(join(dir, 'a.txt'));
    expect(a.language).toBe('it');
    expect(a.sentences).toHaveLength(2);
    expect(Object.keys(a.sentences[0])).toEqual(['start', 'end', 'text', 'score', 'index']);
    expect(a.sentences[0].index).toBeLessThan(a.sentences[1].index);
    for (const s of a.sentences) expect(NEWS.slice(s.start, s.end)).toBe(s.text);
    expect(b.sentences.map((s: { index: number }) => s.index)).toEqual([0, 1]);
  });

  it('runs the bundled article, never keeping both the standfirst and the body sentence it repeats', async () => {
    const text = readFileSync(new URL('../../fixtures/putin-kim.it.txt', import.meta.url), 'utf8');
    const run = await cli(['summarize', '--jsonl'], { stdin: text });
    expect(run.code).toBe(0);
    const row = JSON.parse(run.stdout);
    expect(row.language).toBe('it');
    expect(row.sentences).toHaveLength(3);
    const all = JSON.parse((await cli(['summarize', '--jsonl', '-n', '100'], { stdin: text })).stdout);
    const copies = all.sentences.filter((s: { text: string }) =>
      s.text.startsWith('I due leader si sono anche impegnati'),
    );
    expect(copies).toHaveLength(1);
  });
});

describe('sunto summarize options', () => {
  it('honours --ratio, --words and --algorithm', async () => {
    const ratio = JSON.parse((await cli(['summarize', '--jsonl', '--ratio', '40%'], { stdin: NEWS })).stdout);
    expect(ratio.sentences).toHaveLength(2);
    const words = JSON.parse((await cli(['summarize', '--jsonl', '--words', '1'], { stdin: NEWS })).stdout);
    expect(words.sentences).toEqual([]);
    const lead = JSON.parse(
      (await cli(['summarize', '--jsonl', '-n', '1', '--algorithm', 'lead'], { stdin: NEWS })).stdout,
    );
    expect(lead.algorithm).toBe('lead');
    expect(lead.sentences.map((s: { index: number }) => s.index)).toEqual([0]);
  });

  it('rejects bad values as usage errors (exit code 2)', async () => {
    for (const argv of [
      ['-n', '-1'],
      ['-n', 'tre'],
      ['--ratio', '2'],
      ['--words', '1.5'],
      ['--algorithm', 'magic'],
    ]) {
      const run = await cli(['summarize', ...argv], { stdin: NEWS });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^sunto: /);
    }
  });

  it('--explain lists every sentence with its score and fate', async () => {
    const run = await cli(['summarize', '--explain', '-n', '1', '--lang', 'it'], {
      stdin: NEWS,
      env: { NO_COLOR: '1' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 ✓ 1\.000 chosen\n/);
    expect(run.stdout.match(/^\d [✓·] \d\.\d{3} /gm)).toHaveLength(5);
    expect(run.stdout).toContain('lower score');
    expect(run.stdout).toMatch(/centrality \d\.\d\d · position \d\.\d\d · coverage \d\.\d\d/);
    const json = JSON.parse((await cli(['summarize', '--json', '--explain'], { stdin: NEWS })).stdout);
    expect(json.explanation).toHaveLength(5);
  });

  it('--highlight colours keyphrases in the text output and lists them in JSON', async () => {
    const coloured = await cli(['summarize', '--highlight', '--lang', 'it'], {
      stdin: NEWS,
      env: { FORCE_COLOR: '1' },
    });
    expect(coloured.stdout).toMatch(ANSI_PATTERN);
    const json = JSON.parse(
      (await cli(['summarize', '--json', '--highlight', '--lang', 'it'], { stdin: NEWS })).stdout,
    );
    expect(json.highlights.length).toBeGreaterThan(0);
    for (const h of json.highlights) {
      expect(
        json.sentences.some((s: { start: number; end: number }) => h.start >= s.start && h.end <= s.end),
      ).toBe(true);
    }
  });
});
