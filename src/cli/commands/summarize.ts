/**
 * `sunto summarize`: the sentences that tell the story, in document order, from the core
 * `summarize`; `--highlight` adds the spans of the text's keyphrases inside them.
 */
import { type Command, Option } from 'commander';
import type { Highlight, SummarizeOptions, Summary, SummaryAlgorithm } from '../../core/summarize/index.js';
import { SUMMARY_ALGORITHMS } from '../../core/summarize/types.js';
import { type CommandFactory, fileAction, fileCommand, withExamples } from '../command.js';
import { type CommonOptions, integerParser, ratioParser } from '../options.js';

/** `sunto summarize` options. */
export interface SummarizeCliOptions extends CommonOptions {
  /** `-n/--sentences`: how many sentences. */
  sentences?: number;
  /** `--ratio`: share of the text's sentences. */
  ratio?: number;
  /** `--words`: word budget. */
  words?: number;
  /** `--algorithm`: ranking method. */
  algorithm: SummaryAlgorithm;
  /** `--explain`: every sentence with its score and fate. */
  explain?: boolean;
  /** `--highlight`: mark the keyphrases inside the summary. */
  highlight?: boolean;
}

/** What `sunto summarize` prints for one input: the summary, plus highlights when asked. */
export type SummarizeCliResult = Summary & { highlights?: Highlight[] };

/** The core options the command line asks for. */
function coreOptions(options: SummarizeCliOptions): SummarizeOptions {
  const core: SummarizeOptions = { language: options.lang, algorithm: options.algorithm };
  if (options.sentences !== undefined) core.sentences = options.sentences;
  if (options.ratio !== undefined) core.ratio = options.ratio;
  if (options.words !== undefined) core.words = options.words;
  if (options.explain) core.explain = true;
  return core;
}

/** Builds `sunto summarize`. */
export const summarizeCommand: CommandFactory = (context): Command => {
  const command = fileCommand('summarize', 'the few sentences that tell the story, in document order')
    .option('-n, --sentences <N>', 'number of sentences (default 3)', integerParser({ min: 0 }))
    .option('--ratio <R>', 'share of the sentences to keep, 0..1 or a percentage', ratioParser())
    .option('--words <W>', 'at most this many words in the whole summary', integerParser({ min: 0 }))
    .addOption(
      new Option('-a, --algorithm <name>', 'ranking method').choices(SUMMARY_ALGORITHMS).default('blend'),
    )
    .option('--explain', 'show every sentence with its score and why it was chosen or not')
    .option('--highlight', 'colour the keyphrases inside the summary')
    .action(
      fileAction(context, async (options: SummarizeCliOptions) => {
        // Loaded when the command runs, so that other commands and --help do not pay for them.
        const [{ summarize }, { renderSummary }, highlighter] = await Promise.all([
          import('../../core/summarize/summarize.js'),
          import('../render/summarize.js'),
          options.highlight ? import('../../core/summarize/highlight.js') : undefined,
        ]);
        return {
          analyse: (input): SummarizeCliResult => {
            const summary = summarize(input.text, coreOptions(options));
            return highlighter
              ? { ...summary, highlights: highlighter.summaryHighlights(input.text, summary) }
              : summary;
          },
          render: renderSummary,
        };
      }),
    );
  return withExamples(command, [
    ['sunto summarize article.txt', 'the three sentences that tell the story'],
    ['sunto summarize -n 5 --highlight article.txt', 'five sentences, keyphrases coloured'],
    ['sunto summarize --words 60 article.txt', 'as many sentences as fit in 60 words'],
    ['sunto summarize --ratio 20% --algorithm textrank a.txt', 'a fifth of the sentences, by TextRank'],
    ['sunto summarize --explain article.txt', 'every sentence, its score and its fate'],
    ['sunto summarize --jsonl -n 2 --lang en *.txt', 'one JSON line per file'],
  ]);
};
