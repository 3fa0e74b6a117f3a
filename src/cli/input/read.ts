/**
 * Reads the inputs of a command: files named on the command line, `-` for standard input, or standard
 * input alone when no file is given. Each failure becomes an `InputError` naming the file and the problem
 * in a few words, never a system error message.
 */
import { readFile } from 'node:fs/promises';
import { InputError, UsageError } from '../errors.js';
import type { InputStream } from '../io.js';
import { decode, type Encoding } from './decode.js';

/** The name standard input goes by, on the command line and in every result. */
export const STDIN_NAME = '-';

/** One decoded input, ready for analysis. */
export interface InputText {
  /** The file as passed on the command line, `-` for standard input. */
  file: string;
  /** Its decoded text. */
  text: string;
  /** The encoding it was decoded from. */
  encoding: Encoding;
}

/** The files to read: the ones given, or standard input when none is (refused on a terminal). */
export function inputNames(files: readonly string[], stdin: InputStream): string[] {
  if (files.length > 0) return [...files];
  if (stdin.isTTY) {
    throw new UsageError(
      'no input: give one or more files, or pipe text in',
      "e.g. 'sunto tokenize article.txt' or 'cat article.txt | sunto tokenize'",
    );
  }
  return [STDIN_NAME];
}

/** Reads and decodes one input; throws `InputError` when it cannot be analysed. */
export async function readInput(file: string, stdin: InputStream): Promise<InputText> {
  const bytes = file === STDIN_NAME ? await stdin.read() : await readFileBytes(file);
  const decoded = decode(bytes);
  if (!decoded.ok) throw new InputError(file, decoded.problem);
  return { file, text: decoded.text, encoding: decoded.encoding };
}

/** Reads and decodes a text file an option names (a word list, a saved table), with the inputs' error messages. */
export async function readTextFile(file: string): Promise<string> {
  const decoded = decode(await readFileBytes(file));
  if (!decoded.ok) throw new InputError(file, decoded.problem);
  return decoded.text;
}

/** Reads a file, turning system errors into the short problems the CLI prints. */
async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
}

/** Short wording for the file-system errors a user can cause and fix. */
const FS_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** Maps a file-system error to its short problem, falling back to the error code or message. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return FS_PROBLEMS[code] ?? `cannot read (${code})`;
  return error instanceof Error ? `cannot read (${error.message})` : 'cannot read';
}
