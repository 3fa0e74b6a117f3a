/**
 * `sunto tokenize`: sentences and tokens with their offsets, from the core `tokenize`; the runner puts
 * `file` first.
 */
import type { Command } from 'commander';
import { type CommandFactory, fileAction, fileCommand, withExamples } from '../command.js';
import type { CommonOptions } from '../options.js';

/** `sunto tokenize` options. */
export interface TokenizeCliOptions extends CommonOptions {
  /** `--stem`: add each word's stem. */
  stem?: boolean;
}

/** Builds `sunto tokenize`. */
export const tokenizeCommand: CommandFactory = (context): Command => {
  const command = fileCommand('tokenize', 'cut text into sentences and tokens, with offsets')
    .option('--stem', 'add the stem of each word token')
    .action(
      fileAction(context, async (options: TokenizeCliOptions) => {
        // Loaded when the command runs, so that other commands and --help do not pay for them.
        const [{ tokenize }, { renderTokenize }] = await Promise.all([
          import('../../core/tokenize/index.js'),
          import('../render/tokenize.js'),
        ]);
        return {
          analyse: (input) => tokenize(input.text, { language: options.lang, stem: options.stem === true }),
          render: renderTokenize,
        };
      }),
    );
  return withExamples(command, [
    ['sunto tokenize article.txt', 'numbered sentences, tokens split by ·'],
    ['cat article.txt | sunto tokenize --json', 'offsets, kinds and sentences'],
    ['sunto tokenize --jsonl --lang it *.txt', 'one JSON line per file'],
    ['sunto tokenize --stem article.txt', 'add the stem of each word'],
  ]);
};
