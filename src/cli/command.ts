/**
 * What a subcommand is made of. A command file exports a `CommandFactory`; `commands/index.ts` lists the
 * factories; `main` builds a fresh commander program from them on every call. File commands are declared
 * with `fileCommand` (arguments and shared options) and `fileAction` (the runner), so a command file only
 * adds its own options and says how to analyse and render one input.
 */
import { Command } from 'commander';
import { EXIT, type ExitCode, InputError, problemLine } from './errors.js';
import type { Io } from './io.js';
import { addCommonOptions, type CommonOptions } from './options.js';
import { type Analysis, type FileCommand, runFiles } from './runner.js';

/** What a command's action can reach: the `Io`, and the exit code it reports back to `main`. */
export interface CliContext {
  /** The outside world. */
  io: Io;
  /** Exit code of the action that ran; `main` returns it. */
  exitCode: ExitCode;
}

/** Builds one configured subcommand. */
export type CommandFactory = (context: CliContext) => Command;

/** A subcommand reading text files (or standard input), with the shared options already added. */
export function fileCommand(name: string, description: string): Command {
  const command = new Command(name)
    .description(description)
    .argument('[files...]', 'text files to analyse; - or nothing to read standard input');
  return addCommonOptions(command);
}

/**
 * The action of a file command: builds its analysis from the parsed options and runs it over the inputs.
 * `build` may be async to load a file an option names (read it with `readTextFile`); an `InputError` it
 * throws is reported like a bad input (exit code 1) and nothing is analysed.
 */
export function fileAction<O extends CommonOptions, R extends Analysis, C>(
  context: CliContext,
  build: (options: O) => FileCommand<R, C> | Promise<FileCommand<R, C>>,
): (files: string[], options: O) => Promise<void> {
  return async (files, options) => {
    let command: FileCommand<R, C>;
    try {
      command = await build(options);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      await context.io.stderr.write(problemLine(error.message, error.file));
      context.exitCode = EXIT.inputFailed;
      return;
    }
    context.exitCode = await runFiles(command, files, options, context.io);
  };
}

/** One example: the command line and what it shows. */
export type Example = readonly [command: string, comment: string];

/** Examples of each built command, so the top-level help can show the first one of each. */
const EXAMPLES = new WeakMap<Command, readonly Example[]>();

/** Adds examples to a command's help epilogue (`--help` ends with them) and records them for `sunto --help`. */
export function withExamples(command: Command, lines: readonly Example[]): Command {
  EXAMPLES.set(command, lines);
  return command.addHelpText('after', formatExamples(lines));
}

/** The examples a command was given, none if it has none. */
export function examplesOf(command: Command): readonly Example[] {
  return EXAMPLES.get(command) ?? [];
}

/** Formats an `Examples:` block with the comments aligned. */
export function formatExamples(lines: readonly Example[]): string {
  const width = Math.max(...lines.map(([command]) => command.length));
  const body = lines.map(([command, comment]) => `  $ ${command.padEnd(width)}  # ${comment}`).join('\n');
  return `\nExamples:\n${body}`;
}
