/** In-process CLI harness: runs `main` with a fake `Io`. */
import { main } from '../../src/cli/main.js';
import { type FakeWorld, fakeIo } from './fake-io.js';

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sunto ...argv` in-process. */
export async function cli(argv: string[], world: FakeWorld = {}): Promise<CliRun> {
  const { io, out, err } = fakeIo(world);
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
