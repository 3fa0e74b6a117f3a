/** Runs the built CLI (`node bin/sunto.js`) as a child process, the way users and scripts do. */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI entry point. */
export const BIN = fileURLToPath(new URL('../../bin/sunto.js', import.meta.url));

/** What a child run printed and returned. */
export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bundled CLI that `bin/sunto.js` imports (built by `tsc` then `scripts/bundle.mjs`). */
const BUNDLE = new URL('../../dist/bin/sunto.js', import.meta.url);

/** Builds `dist/` when the bundle is missing (`npm test` builds it first, so this only helps direct runs). */
export function ensureBuilt(): void {
  if (existsSync(BUNDLE)) return;
  spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (!existsSync(BUNDLE)) throw new Error('dist/ could not be built (npm run build)');
}

/** An environment without colour variables or a terminal width, so results do not depend on the caller's. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'NODE_OPTIONS']) delete env[name];
  return { ...env, ...extra };
}

/** Runs `node bin/sunto.js ...args`, with `input` on standard input. */
export function sunto(
  args: string[],
  options: { input?: string | Uint8Array; env?: Record<string, string> } & Pick<
    SpawnSyncOptions,
    'uid' | 'gid'
  > = {},
): ChildRun {
  const { input, env, ...rest } = options;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    env: cleanEnv(env),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...rest,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a bash script (with `$1`, `$2`... bound to `args`) from the repository root. */
export function bash(script: string, args: string[] = [], env: Record<string, string> = {}): ChildRun {
  const result = spawnSync('bash', ['-c', script, 'bash', ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
