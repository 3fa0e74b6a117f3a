import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, ROOT } from './helpers.js';

beforeAll(ensureBuilt);

describe('the library', () => {
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
