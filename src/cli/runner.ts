/**
 * The generic per-file runner behind every analysis command. It reads each input (files, `-`, or piped
 * standard input), decodes it, calls the command's pure analysis and writes each result as text, JSON or
 * JSON Lines. A bad input is reported on stderr and the others still run; the exit code says whether any
 * failed. A command that needs every input before analysing any (e.g. corpus statistics) supplies
 * `prepare`, and then all inputs are read first.
 */
import { colorLevel, makeChalk } from './color.js';
import { EXIT, type ExitCode, InputError, messageOf, problemLine, stackOf, UsageError } from './errors.js';
import { type InputText, inputNames, readInput } from './input/read.js';
import type { Io } from './io.js';
import { createSink, outputFormat } from './output/sink.js';
import { outputWidth, type RenderStyle } from './render/style.js';

/** The fields every analysis result has. */
export interface Analysis {
  /** Language the text was analysed as. */
  language: string;
}

/** One result as printed: the input's name first, then the analysis fields. */
export type FileResult<R extends Analysis> = { file: string } & R;

/**
 * What a command plugs into the runner. `C` is what `prepare` computes from all inputs (nothing by default).
 */
export interface FileCommand<R extends Analysis, C = undefined> {
  /** Sees every decoded input before any is analysed; its return value is passed to each `analyse`. */
  prepare?: ((inputs: readonly InputText[]) => C | Promise<C>) | undefined;
  /** Analyses one input; pure. A throw is reported against that input (exit code 1) and the run goes on. */
  analyse: (input: InputText, context: C) => R;
  /** Renders one result as human-readable text. */
  render: (result: FileResult<R>, style: RenderStyle) => string;
}

/** The runner's share of the command line. */
export interface RunOptions {
  /** `--json`. */
  json?: boolean | undefined;
  /** `--jsonl`. */
  jsonl?: boolean | undefined;
  /** False with `--no-color`. */
  color?: boolean | undefined;
  /** `--debug`. */
  debug?: boolean | undefined;
}

/** Runs a command over its inputs and returns the exit code. */
export async function runFiles<R extends Analysis, C>(
  command: FileCommand<R, C>,
  files: readonly string[],
  options: RunOptions,
  io: Io,
): Promise<ExitCode> {
  let names: string[];
  try {
    names = inputNames(files, io.stdin);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await io.stderr.write(problemLine(error.message) + (error.hint ? `${error.hint}\n` : ''));
    return EXIT.usage;
  }
  const style: RenderStyle = {
    color: makeChalk(colorLevel(io, options.color !== false)),
    width: outputWidth(io),
  };
  const sink = createSink<FileResult<R>>(io.stdout, {
    format: outputFormat(options),
    inputs: names.length,
    render: command.render,
    style,
    nameOf: (r) => r.file,
  });
  let failed = false;
  /** Reports a failed input and remembers that the run must end with exit code 1. */
  const fail = async (error: unknown, file?: string): Promise<void> => {
    failed = true;
    await report(io, error, file, options.debug === true);
  };
  /** Analyses one input and writes its result, or reports why it could not. */
  const emit = async (input: InputText, context: C): Promise<void> => {
    let result: FileResult<R>;
    try {
      result = { file: input.file, ...command.analyse(input, context) };
    } catch (error) {
      return fail(error, input.file);
    }
    await sink.put(result);
  };

  if (command.prepare) {
    const inputs: InputText[] = [];
    for (const name of names) {
      try {
        inputs.push(await readInput(name, io.stdin));
      } catch (error) {
        await fail(error, name);
      }
    }
    let context: C;
    try {
      context = await command.prepare(inputs);
    } catch (error) {
      await fail(error);
      await sink.end();
      return EXIT.inputFailed;
    }
    for (const input of inputs) await emit(input, context);
  } else {
    for (const name of names) {
      let input: InputText;
      try {
        input = await readInput(name, io.stdin);
      } catch (error) {
        await fail(error, name);
        continue;
      }
      await emit(input, undefined as C);
    }
  }
  await sink.end();
  return failed ? EXIT.inputFailed : EXIT.ok;
}

/** Prints one failure: the input's own problem, or an unexpected error (with its stack under `--debug`). */
async function report(io: Io, error: unknown, file: string | undefined, debug: boolean): Promise<void> {
  if (error instanceof InputError) {
    await io.stderr.write(problemLine(error.message, error.file));
    return;
  }
  const hint = debug ? '' : ' (run with --debug for details)';
  await io.stderr.write(problemLine(`internal error: ${messageOf(error)}${hint}`, file));
  if (debug) await io.stderr.write(stackOf(error));
}
