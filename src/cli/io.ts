/**
 * The world as the CLI sees it. `run.ts` builds the real one from `process`; tests build a fake one that
 * captures what is written and feeds standard input from a string, so `main` runs in-process.
 */

/** A place the CLI writes text to (standard output or standard error). */
export interface OutputStream {
  /** Writes text; the promise settles once the stream can take more (back-pressure), never rejects. */
  write(text: string): Promise<void> | void;
  /** True when the stream is a terminal. */
  isTTY: boolean;
  /** Terminal width in columns, when known. */
  columns?: number | undefined;
}

/** Standard input. */
export interface InputStream {
  /** True when standard input is a terminal (nothing piped in). */
  isTTY: boolean;
  /** Reads standard input to its end. */
  read(): Promise<Uint8Array>;
}

/** Everything `main` may touch outside its own arguments. */
export interface Io {
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `COLUMNS`, `TERM`, ...). */
  env: Readonly<Record<string, string | undefined>>;
  /** Where results go. */
  stdout: OutputStream;
  /** Where messages go. */
  stderr: OutputStream;
  /** Where text comes from when no file is given or a file is `-`. */
  stdin: InputStream;
}
