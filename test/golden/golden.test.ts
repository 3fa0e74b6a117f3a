import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases } from './cases.js';

const root = join(import.meta.dirname, '..', '..');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden outputs of the bundled article', () => {
  it.each(cases)('$name', ({ name, input, run }) => {
    const actual = JSON.parse(JSON.stringify(run(readFileSync(join(root, input), 'utf8'))));
    const file = join(import.meta.dirname, `${name}.json`);
    if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
