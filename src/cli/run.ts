/**
 * The process entry point, and the only module that touches `process`: it builds the real `Io`, calls
 * `main` and sets the exit code. A reader that closes the pipe early (`sunto tokenize big.txt | head -1`)
 * ends the run quietly, as SIGPIPE would, instead of an EPIPE stack trace.
 */
import type { Io, OutputStream } from './io.js';
import { main } from './main.js';

/** Wraps a process stream so writes wait for it to drain (back-pressure on long outputs). */
function writer(stream: NodeJS.WriteStream): OutputStream {
  return {
    isTTY: stream.isTTY === true,
    columns: stream.isTTY ? stream.columns : undefined,
    write(text: string): Promise<void> | void {
      if (stream.destroyed || stream.write(text)) return;
      return new Promise<void>((resolve) => {
        // Settles on drain, or on close so a write never waits forever on a destroyed stream.
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.once('drain', done);
        stream.once('close', done);
      });
    },
  };
}

/** Reads all of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Ends the process quietly when the reader of stdout has gone; reports any other write error once. */
function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`sunto: cannot write output: ${error.code ?? error.message}\n`);
  process.exit(1);
}

process.stdout.on('error', onStdoutError);
process.stderr.on('error', () => {});

const io: Io = {
  env: process.env,
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  stdin: { isTTY: process.stdin.isTTY === true, read: readStdin },
};

process.exitCode = await main(process.argv.slice(2), io);
