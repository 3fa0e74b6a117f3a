import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokenize/index.js';
import { cli } from './helpers.js';
import { ANSI_PATTERN, ITALIAN, tempFiles } from './samples.js';

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every item's offsets must point at its text in the decoded input. */
function expectOffsets(text: string, items: Span[]): void {
  for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
}

describe('sunto tokenize --jsonl', () => {
  it('prints one line per file with the fields in the stable order', async () => {
    const dir = tempFiles({ 'a.txt': ITALIAN, 'b.txt': 'Piove. Domani sole.' });
    const run = await cli(['tokenize', '--jsonl', '--lang', 'it', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const row = JSON.parse(lines[1]!);
    expect(Object.keys(row)).toEqual(['file', 'language', 'sentences', 'tokens', 'paragraphs', 'metadata']);
    expect(row.file).toBe(join(dir, 'b.txt'));
    expect(row.language).toBe('it');
    expect(row.sentences).toEqual([
      { start: 0, end: 6, text: 'Piove.', paragraph: 0, heading: false },
      { start: 7, end: 19, text: 'Domani sole.', paragraph: 0, heading: false },
    ]);
    expect(row.tokens[0]).toEqual({ start: 0, end: 5, text: 'Piove', kind: 'word' });
    expect(Object.keys(row.tokens[1])).toEqual(['start', 'end', 'text', 'kind']);
    expect(lines[0]).toMatch(/^\{"file":"[^"]*a\.txt","language":"it","sentences":\[\{"start":0,"end":/);
  });

  it('names standard input -', async () => {
    const run = await cli(['tokenize', '--jsonl'], { stdin: ITALIAN });
    expect(JSON.parse(run.stdout).file).toBe('-');
  });
});

describe('sunto tokenize --json', () => {
  it('prints the result object for one input and an array for several', async () => {
    const one = await cli(['tokenize', '--json'], { stdin: ITALIAN });
    const parsed = JSON.parse(one.stdout);
    expect(Array.isArray(parsed)).toBe(false);
    expect(parsed.file).toBe('-');
    expect(one.stdout).toContain('\n  "language": "it",\n');

    const dir = tempFiles({ 'a.txt': ITALIAN });
    const two = await cli(['tokenize', '--json', join(dir, 'a.txt'), '-'], { stdin: 'Ciao a tutti.' });
    const array = JSON.parse(two.stdout);
    expect(array.map((r: { file: string }) => r.file)).toEqual([join(dir, 'a.txt'), '-']);
  });
});

describe('input decoding through the CLI', () => {
  it('reads Latin-1 files and reports offsets into the decoded text', async () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('Perch'),
      0xe9,
      ...new TextEncoder().encode(' no?'),
    ]);
    const dir = tempFiles({ 'latin1.txt': latin1 });
    const run = await cli(['tokenize', '--jsonl', join(dir, 'latin1.txt')]);
    const row = JSON.parse(run.stdout);
    expect(row.tokens.map((t: Span) => t.text)).toEqual(['Perché', 'no', '?']);
    expectOffsets('Perché no?', row.tokens);
  });

  it('reads UTF-16 with BOM', async () => {
    const text = 'È già ora.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const run = await cli(['tokenize', '--jsonl'], { stdin: bytes });
    const row = JSON.parse(run.stdout);
    expect(row.sentences).toEqual([{ start: 0, end: 10, text, paragraph: 0, heading: false }]);
    expectOffsets(text, row.tokens);
  });

  it('keeps CRLF line ends, so offsets still slice the text', async () => {
    const text = 'Primo paragrafo.\r\n\r\nSecondo paragrafo, più lungo.\r\n';
    const row = JSON.parse((await cli(['tokenize', '--jsonl'], { stdin: text })).stdout);
    expect(row.sentences).toHaveLength(2);
    expectOffsets(text, row.sentences);
    expectOffsets(text, row.tokens);
  });
});

describe('--stem', () => {
  it('adds a stem to word tokens only', () => {
    const result = tokenize('Le sanzioni costano 3 euro.', { language: 'it', stem: true });
    const sanzioni = result.tokens.find((t) => t.text === 'sanzioni');
    expect(sanzioni?.stem).toBe('sanzion');
    expect(result.tokens.find((t) => t.text === '3')).not.toHaveProperty('stem');
    expect(tokenize('Le sanzioni.', { language: 'it' }).tokens[1]).not.toHaveProperty('stem');
  });
});

describe('human output and colour', () => {
  it('numbers the sentences, separates tokens and ends with a count line', async () => {
    const run = await cli(['tokenize', '--lang', 'it'], { stdin: 'Piove. Domani sole.' });
    expect(run.stdout).toBe(
      '1   Piove · .\n2   Domani · sole · .\n2 sentences, 5 tokens, 1 paragraph · language it\n',
    );
  });

  it('has no ANSI codes when stdout is not a terminal, or with NO_COLOR, or with --no-color', async () => {
    const runs = [
      await cli(['tokenize'], { stdin: ITALIAN, tty: false }),
      await cli(['tokenize'], { stdin: ITALIAN, tty: true, env: { NO_COLOR: '1' } }),
      await cli(['tokenize', '--no-color'], { stdin: ITALIAN, tty: true }),
      await cli(['tokenize'], { stdin: ITALIAN, tty: true, env: { FORCE_COLOR: '0' } }),
    ];
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(ANSI_PATTERN);
    }
  });

  it('is coloured on a terminal, and with FORCE_COLOR even into a pipe; JSON never is', async () => {
    expect((await cli(['tokenize'], { stdin: ITALIAN, tty: true })).stdout).toMatch(ANSI_PATTERN);
    const forced = await cli(['tokenize'], { stdin: ITALIAN, tty: true, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(ANSI_PATTERN);
    expect((await cli(['tokenize'], { stdin: ITALIAN, env: { FORCE_COLOR: '3' } })).stdout).toMatch(
      ANSI_PATTERN,
    );
    const json = await cli(['tokenize', '--json'], { stdin: ITALIAN, tty: true, env: { FORCE_COLOR: '3' } });
    expect(json.stdout).not.toMatch(ANSI_PATTERN);
  });

  it('wraps to the terminal width', async () => {
    const run = await cli(['tokenize', '--no-color'], { stdin: ITALIAN, tty: true, columns: 40 });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines.slice(0, -1)) expect(line.length).toBeLessThanOrEqual(40);
  });
});
