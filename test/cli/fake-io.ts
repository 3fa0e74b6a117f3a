/** A fake `Io` that captures output and feeds standard input from memory, for in-process CLI tests. */
import type { Io } from '../../src/cli/io.js';

/** How the fake world looks. */
export interface FakeWorld {
  /** Standard input contents; absent means a terminal with nothing piped. */
  stdin?: string | Uint8Array;
  /** Whether standard output is a terminal. */
  tty?: boolean;
  /** Terminal width. */
  columns?: number;
  /** Environment variables. */
  env?: Record<string, string>;
}

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Builds a fake `Io` and the buffers it writes to. */
export function fakeIo(world: FakeWorld = {}): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = world.stdin;
  const io: Io = {
    env: world.env ?? {},
    stdout: { isTTY: world.tty === true, columns: world.columns, write: (t) => void out.push(t) },
    stderr: { isTTY: false, write: (t) => void err.push(t) },
    stdin: {
      isTTY: stdin === undefined,
      read: async () =>
        typeof stdin === 'string' ? new TextEncoder().encode(stdin) : (stdin ?? new Uint8Array()),
    },
  };
  return { io, out, err };
}
