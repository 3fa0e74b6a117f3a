/**
 * Golden outputs of `sunto inspect` on the bundled article: the terminal text (colour off, 80 columns)
 * and the JSON document, as a user sees them. When a change to any analysis alters them on purpose,
 * regenerate with `npm run golden` and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers.js';
import { ARTICLE } from './cases.js';

const root = join(import.meta.dirname, '..', '..');
const update = process.env.UPDATE_GOLDEN === '1';

/** Compares `actual` with the golden file `name`, or rewrites the file when updating. */
function golden(name: string, actual: string): void {
  const file = join(import.meta.dirname, name);
  if (update) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden outputs of sunto inspect on the bundled article', () => {
  it('terminal text without colour', async () => {
    const run = await cli(['inspect', '--no-color', join(root, ARTICLE)]);
    expect(run.code).toBe(0);
    golden('inspect.putin-kim.txt', run.stdout);
  });

  it('JSON document', async () => {
    const run = await cli(['inspect', '--json', join(root, ARTICLE)]);
    expect(run.code).toBe(0);
    golden(
      'inspect.putin-kim.json',
      run.stdout.replace(JSON.stringify(join(root, ARTICLE)), JSON.stringify(ARTICLE)),
    );
  });
});
