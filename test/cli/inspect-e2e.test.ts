import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, sunto } from '../e2e/helpers.js';

const ARTICLE = 'fixtures/putin-kim.it.txt';

describe('node bin/sunto.js inspect (what npm start runs)', () => {
  beforeAll(() => ensureBuilt());

  it('prints the overview and nothing else', () => {
    const run = sunto(['inspect', ARTICLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('TEXT\n')).toBe(true);
    expect(run.stdout).toContain('\nSUMMARY\n');
  });

  it('prints exactly one JSON document with --json', () => {
    const run = sunto(['inspect', '--json', ARTICLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout);
    expect(doc.file).toBe(ARTICLE);
    expect(doc.language).toBe('it');
  });
});
