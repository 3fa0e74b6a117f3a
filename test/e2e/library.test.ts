import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, ROOT } from './helpers.js';

beforeAll(ensureBuilt);

describe('the library', () => {
  it('exports exactly the public functions', async () => {
    const sunto = await import('../../src/index.js');
    expect(Object.keys(sunto).sort()).toEqual([
      'buildDocumentFrequencies',
      'detectLanguage',
      'inspect',
      'keywords',
      'quotes',
      'segment',
      'segmentText',
      'summarize',
      'tokenize',
    ]);
  });

  it('runs every analysis on plain text and returns JSON-serialisable data', async () => {
    const sunto = await import('../../src/index.js');
    const text =
      'Il ministro Mario Rossi ha detto: «Le sanzioni restano». Poi è partito per Roma. Domani si vota.';
    for (const result of [
      sunto.tokenize(text),
      sunto.keywords(text),
      sunto.summarize(text, { sentences: 1 }),
      sunto.quotes(text),
      sunto.inspect(text),
    ]) {
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(result.language).toBe('it');
    }
  });

  it('prints nothing when imported and used', () => {
    const script = [
      "const sunto = await import('./dist/index.js');",
      "const seg = sunto.segment('Le sanzioni costano. Il dott. Rossi lo sa.', { language: 'it' });",
      "if (seg.sentences.length !== 2) throw new Error('unexpected segmentation');",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });
});
