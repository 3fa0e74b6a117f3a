/**
 * Exit codes and the errors that map to them. Every message the CLI prints about a problem is one line on
 * standard error, `sunto: FILE: PROBLEM` or `sunto: PROBLEM`; a stack trace only with `--debug`.
 */

/** The process exit codes, documented once here and in the README's table. */
export const EXIT = {
  /** Every input was analysed and written. */
  ok: 0,
  /** At least one input could not be read or analysed (the others were still processed). */
  inputFailed: 1,
  /** The command line was wrong: unknown command or option, bad option value, no input. */
  usage: 2,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit-code table as rows, for the README and its test. */
export const EXIT_TABLE: readonly { code: ExitCode; meaning: string }[] = [
  { code: EXIT.ok, meaning: 'success: every input was analysed' },
  {
    code: EXIT.inputFailed,
    meaning: 'an input could not be processed (missing, unreadable, binary, empty…)',
  },
  { code: EXIT.usage, meaning: 'usage error: unknown command or option, bad option value, no input' },
];

/** An input that could not be read or decoded; reported with its file name, exit code 1. */
export class InputError extends Error {
  /** The file as passed on the command line (`-` for standard input). */
  readonly file: string;

  constructor(file: string, problem: string) {
    super(problem);
    this.name = 'InputError';
    this.file = file;
  }
}

/** A wrong command line found after parsing (e.g. no input on a terminal); exit code 2. */
export class UsageError extends Error {
  /** A second line telling how to do it right, or null. */
  readonly hint: string | null;

  constructor(message: string, hint: string | null = null) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** Formats the one stderr line for a problem, naming the file when there is one. */
export function problemLine(problem: string, file?: string): string {
  return file === undefined ? `sunto: ${problem}\n` : `sunto: ${file}: ${problem}\n`;
}

/** The message of anything thrown, without assuming it is an Error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The stack of anything thrown, for `--debug`. */
export function stackOf(error: unknown): string {
  return error instanceof Error && error.stack ? `${error.stack}\n` : `${String(error)}\n`;
}
