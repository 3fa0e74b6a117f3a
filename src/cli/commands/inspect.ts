/**
 * `sunto inspect`: the one-screen overview of a text (language, size, readability, keyphrases, the
 * people, places and organisations it names, its quotations and a short summary), from the core
 * `inspect`, which composes the other analyses.
 */
import type { Command } from 'commander';
import {
  DEFAULT_KEYPHRASES,
  DEFAULT_SUMMARY_SENTENCES,
  type InspectOptions,
} from '../../core/inspect/types.js';
import { type CommandFactory, fileAction, fileCommand, withExamples } from '../command.js';
import { type CommonOptions, integerParser } from '../options.js';

/** `sunto inspect` options. */
export interface InspectCliOptions extends CommonOptions {
  /** `-n/--sentences`: sentences in the summary. */
  sentences?: number;
  /** `-k/--top`: keyphrases listed. */
  top?: number;
}

/**
 * Most summary sentences and keyphrases the overview shows: it is meant to fit one screen; longer
 * lists belong to `sunto summarize` and `sunto keywords`.
 */
const MAX_LIST = 50;

/** The core options the command line asks for. */
function coreOptions(options: InspectCliOptions): InspectOptions {
  const core: InspectOptions = { language: options.lang };
  if (options.sentences !== undefined) core.sentences = options.sentences;
  if (options.top !== undefined) core.keyphrases = options.top;
  return core;
}

/** Builds `sunto inspect`. */
export const inspectCommand: CommandFactory = (context): Command => {
  const command = fileCommand(
    'inspect',
    'a one-screen overview: language, size, readability, who and what, quotes, summary',
  )
    .option(
      '-n, --sentences <N>',
      `sentences in the summary (default ${DEFAULT_SUMMARY_SENTENCES})`,
      integerParser({ min: 0, max: MAX_LIST }),
    )
    .option(
      '-k, --top <N>',
      `keyphrases listed (default ${DEFAULT_KEYPHRASES})`,
      integerParser({ min: 0, max: MAX_LIST }),
    )
    .action(
      fileAction(context, async (options: InspectCliOptions) => {
        // Loaded when the command runs, so that other commands and --help do not pay for them.
        const [{ inspect }, { renderInspect }] = await Promise.all([
          import('../../core/inspect/index.js'),
          import('../render/inspect.js'),
        ]);
        return { analyse: (input) => inspect(input.text, coreOptions(options)), render: renderInspect };
      }),
    );
  return withExamples(command, [
    ['sunto inspect article.txt', 'the overview, wrapped to the terminal'],
    ['sunto inspect --json article.txt', 'every section as one JSON document'],
    ['sunto inspect -n 5 -k 15 article.txt', 'a longer summary and more keyphrases'],
    ['cat article.txt | sunto inspect --lang it', 'from standard input, language given'],
  ]);
};
