/**
 * The CLI as a function: `main(argv, io)` parses the arguments with a fresh commander program, runs the
 * subcommand and returns the exit code. It never touches `process`, so tests call it in-process with a
 * fake `Io`; `run.ts` wires it to the real process.
 */
import { Command, CommanderError } from 'commander';
import { type CliContext, type Example, examplesOf, formatExamples } from './command.js';
import { commands } from './commands/index.js';
import { EXIT, EXIT_TABLE, messageOf, problemLine, stackOf } from './errors.js';
import type { Io } from './io.js';
import { outputWidth } from './render/style.js';
import { VERSION } from './version.js';

/** Closes the top-level help: the exit codes, which scripts need, short forms of `EXIT_TABLE`. */
const EXIT_NOTE = `\nExit codes: ${EXIT_TABLE.map((row) => `${row.code} ${row.meaning.split(/[:(]/)[0]!.trim()}`).join(', ')}.`;

/** Runs the CLI on `argv` (the arguments after `sunto`) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const context: CliContext = { io, exitCode: EXIT.ok };
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    await io.stderr.write(problemLine(`internal error: ${messageOf(error)}`));
    if (argv.includes('--debug')) await io.stderr.write(stackOf(error));
    return EXIT.inputFailed;
  }
  return context.exitCode;
}

/** Builds the commander program with every subcommand, all output routed to `io`, and no process exits. */
export function buildProgram(context: CliContext): Command {
  const { io } = context;
  const program = new Command('sunto')
    .description('Summaries, keywords, quotations and tokens of a text. Italian first.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'sunto: ')),
      getOutHelpWidth: () => outputWidth(io),
      getErrHelpWidth: () => outputWidth(io),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showSuggestionAfterError()
    .showHelpAfterError('(add --help for usage)');
  const examples: Example[] = [];
  for (const factory of commands) {
    const command = factory(context).copyInheritedSettings(program);
    program.addCommand(command);
    examples.push(...examplesOf(command).slice(0, 1));
  }
  const epilogue = examples.length > 0 ? `${formatExamples(examples)}\n${EXIT_NOTE}` : EXIT_NOTE;
  return program.addHelpText('after', epilogue);
}
