import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bash, ensureBuilt, ROOT, sunto } from './helpers.js';

const TEXT = 'Il sindaco ha parlato ieri. I lavori costeranno 1.500 euro, ha detto il dott. Rossi.\n';
const ANSI = /\u001b\[/;

beforeAll(ensureBuilt);

describe('sunto as a process', () => {
  it('reads piped standard input', () => {
    const run = sunto(['tokenize', '--jsonl', '--lang', 'it'], { input: TEXT });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const row = JSON.parse(run.stdout);
    expect(row.file).toBe('-');
    expect(row.sentences.map((s: { text: string }) => s.text)).toEqual([
      'Il sindaco ha parlato ieri.',
      'I lavori costeranno 1.500 euro, ha detto il dott. Rossi.',
    ]);
  });

  it('keeps stdout pure: --json parses as one document and stderr is empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunto-e2e-'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'b.txt'), 'Piove.');
    const run = sunto(['tokenize', '--json', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  });

  it('exits 1 for a bad input and 2 for a usage error, with one line and no stack trace', () => {
    const missing = sunto(['tokenize', 'missing.txt']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'sunto: missing.txt: no such file\n' });
    const usage = sunto(['tokenize', '--bogus'], { input: TEXT });
    expect(usage.code).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe("sunto: unknown option '--bogus'");
    const typo = sunto(['tokenise']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(Did you mean tokenize?)');
  });

  it('loads natural, which the bundle keeps external, for --stem', () => {
    const run = sunto(['tokenize', '--jsonl', '--stem', '--lang', 'it'], { input: 'Le sanzioni costano.' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const row = JSON.parse(run.stdout);
    expect(row.tokens.find((t: { text: string }) => t.text === 'sanzioni')?.stem).toBe('sanzion');
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(sunto(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('colours only when asked or on a terminal, and never with NO_COLOR', () => {
    expect(sunto(['tokenize'], { input: TEXT }).stdout).not.toMatch(ANSI);
    expect(sunto(['tokenize'], { input: TEXT, env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(sunto(['tokenize'], { input: TEXT, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(
      ANSI,
    );
  });

  // `script` gives the CLI a real terminal; skipped where util-linux's `script` is missing.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a real terminal: coloured, but not with NO_COLOR', () => {
    const onTty = (env: string): string =>
      bash(`script -qec "${env} node bin/sunto.js tokenize fixtures/putin-kim.it.txt" /dev/null`).stdout;
    expect(onTty('')).toMatch(ANSI);
    expect(onTty('NO_COLOR=1')).not.toMatch(ANSI);
  });

  it('ends quietly when the reader closes the pipe early (tokenize 5 MB | head -c 100)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sunto-e2e-'));
    const big = join(dir, 'big.txt');
    const paragraph = `${TEXT}Secondo il comune, i cantieri apriranno a marzo e chiuderanno entro l’estate.\n\n`;
    writeFileSync(big, paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    for (const format of [[], ['--jsonl']]) {
      const args = ['tokenize', ...format, big].join(' ');
      const run = bash(`node bin/sunto.js ${args} | head -c 100 > "$1"; echo "\${PIPESTATUS[0]}"`, [
        join(dir, 'head.txt'),
      ]);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('0');
      expect(readFileSync(join(dir, 'head.txt'))).toHaveLength(100);
    }
  }, 120_000);

  it('reports an unreadable file as "permission denied"', (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'sunto-e2e-'));
    chmodSync(dir, 0o755);
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, TEXT);
    chmodSync(secret, 0o000);
    // chmod 000 does not stop root: run the CLI as an unprivileged user then, when that user can run it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (sunto(['--version'], asUser).code !== 0) return context.skip();
    expect(sunto(['tokenize', secret], asUser)).toEqual({
      code: 1,
      stdout: '',
      stderr: `sunto: ${secret}: permission denied\n`,
    });
  });
});
