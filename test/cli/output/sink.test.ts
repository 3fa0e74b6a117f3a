import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../../src/cli/color.js';
import type { OutputStream } from '../../../src/cli/io.js';
import { createSink, type OutputFormat, outputFormat } from '../../../src/cli/output/sink.js';

interface Row {
  file: string;
  language: string;
  n: number;
}

const rows: Row[] = [
  { file: 'a.txt', language: 'it', n: 1 },
  { file: 'b.txt', language: 'en', n: 2 },
];

/** Writes the rows through a sink and returns what it printed. */
async function print(format: OutputFormat, items: Row[], inputs = items.length): Promise<string> {
  const chunks: string[] = [];
  const out: OutputStream = { isTTY: false, write: (t) => void chunks.push(t) };
  const sink = createSink<Row>(out, {
    format,
    inputs,
    render: (r, { color }) => color.green(`${r.file} has ${r.n}`),
    style: { color: makeChalk(1), width: 80 },
    nameOf: (r) => r.file,
  });
  for (const item of items) await sink.put(item);
  await sink.end();
  return chunks.join('');
}

describe('createSink', () => {
  it('--json prints the object for one input and an array for several, as JSON.stringify would', async () => {
    expect(await print('json', rows.slice(0, 1))).toBe(`${JSON.stringify(rows[0], null, 2)}\n`);
    expect(await print('json', rows)).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    expect(JSON.parse(await print('json', [], 2))).toEqual([]);
  });

  it('--jsonl prints one compact line per result', async () => {
    const lines = (await print('jsonl', rows)).split('\n');
    expect(lines).toEqual([JSON.stringify(rows[0]), JSON.stringify(rows[1]), '']);
  });

  it('text renders each result, with a file header when there are several inputs', async () => {
    expect(await print('text', rows.slice(0, 1))).toBe('\u001b[32ma.txt has 1\u001b[39m\n');
    const several = (await print('text', rows)).replace(/\u001b\[\d+m/g, '');
    expect(several).toBe('==> a.txt <==\na.txt has 1\n\n==> b.txt <==\nb.txt has 2\n');
  });

  it('JSON output is never coloured even when the style has colour', async () => {
    expect(await print('json', rows)).not.toMatch(/\u001b\[/);
    expect(await print('jsonl', rows)).not.toMatch(/\u001b\[/);
  });
});

describe('outputFormat', () => {
  it('maps the flags to a format', () => {
    expect(outputFormat({})).toBe('text');
    expect(outputFormat({ json: true })).toBe('json');
    expect(outputFormat({ jsonl: true })).toBe('jsonl');
  });
});
