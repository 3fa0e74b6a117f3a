/**
 * `sunto keywords`: the keyphrases of each input, best first, from the core `keywords`. With
 * `--corpus` every input is read first and the inputs together are the background corpus;
 * `--idf FILE` reuses a table saved by `--save-idf FILE`.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { DocumentFrequencies, KeywordsOptions, KeywordsResult } from '../../core/keywords/index.js';
import { type CommandFactory, fileAction, fileCommand, withExamples } from '../command.js';
import { InputError } from '../errors.js';
import { describeFsError, type InputText, readTextFile } from '../input/read.js';
import { type CommonOptions, integerParser, rangeParser } from '../options.js';

/** `sunto keywords` options. */
export interface KeywordsCliOptions extends CommonOptions {
  /** `-k/--top`: how many keyphrases. */
  top: number;
  /** `--ngram MIN..MAX`: phrase lengths in words. */
  ngram?: [number, number];
  /** `--stopwords FILE`: extra stopwords, whitespace-separated. */
  stopwords?: string;
  /** `--corpus` (true) / `--no-corpus` (false): the inputs form the background corpus. */
  corpus?: boolean;
  /** `--idf FILE`: a saved document-frequency table. */
  idf?: string;
  /** `--save-idf FILE`: save the inputs' document frequencies there. */
  saveIdf?: string;
  /** `--highlight`: print the text with the keyphrases coloured. */
  highlight?: boolean;
}

/** What `sunto keywords` prints for one input; `text` only with `--highlight`. */
export type KeywordsCliResult = KeywordsResult & { text?: string };

/** Longest phrase `--ngram` accepts: longer spans are sentences, not keyphrases. */
const MAX_NGRAM = 8;

/** Reads a stopword file: words separated by white space, `#` starting a comment line. */
async function readStopwords(file: string): Promise<string[]> {
  const text = await readTextFile(file);
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** Reads a table saved with `--save-idf`. */
async function readTable(file: string): Promise<DocumentFrequencies> {
  const text = await readTextFile(file);
  const { parseDocumentFrequencies } = await import('../../core/keywords/index.js');
  try {
    return parseDocumentFrequencies(JSON.parse(text));
  } catch {
    throw new InputError(file, 'not a document-frequency table (make one with --save-idf)');
  }
}

/** Writes a table as JSON, keys found in one document only left out. */
async function saveTable(file: string, table: DocumentFrequencies): Promise<void> {
  const { pruneDocumentFrequencies } = await import('../../core/keywords/index.js');
  try {
    await writeFile(file, `${JSON.stringify(pruneDocumentFrequencies(table))}\n`);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const problem =
      code === 'ENOENT' ? 'no such directory' : describeFsError(error).replace('cannot read', 'cannot write');
    throw new InputError(file, `cannot save the table: ${problem}`);
  }
}

/** Builds `sunto keywords`. */
export const keywordsCommand: CommandFactory = (context): Command => {
  const command = fileCommand('keywords', 'the keyphrases a text is about, best first')
    .option('-k, --top <N>', 'number of keyphrases', integerParser({ min: 0 }), 10)
    .option(
      '--ngram <MIN..MAX>',
      'phrase length in words (default 1..4)',
      rangeParser({ min: 1, max: MAX_NGRAM }),
    )
    .option('--stopwords <FILE>', 'more stopwords, separated by spaces or lines')
    .option('--corpus', 'weigh phrases by how few of the input files use them (reads every file first)')
    .option('--no-corpus', 'analyse each file on its own (the default)')
    .option('--idf <FILE>', 'weigh phrases by a document-frequency table saved with --save-idf')
    .option(
      '--save-idf <FILE>',
      'save the document frequencies of the input files to FILE (implies --corpus)',
    )
    .option('--highlight', 'print the text with its keyphrases coloured')
    .action(
      fileAction(context, async (options: KeywordsCliOptions) => {
        // Loaded when the command runs, so that other commands and --help do not pay for them.
        const [{ buildDocumentFrequencies, keywords, mergeDocumentFrequencies }, { renderKeywords }] =
          await Promise.all([import('../../core/keywords/index.js'), import('../render/keywords.js')]);
        const base: KeywordsOptions = { language: options.lang, top: options.top };
        if (options.ngram) base.ngram = { min: options.ngram[0], max: options.ngram[1] };
        if (options.stopwords) base.stopwords = await readStopwords(options.stopwords);
        const saved = options.idf ? await readTable(options.idf) : undefined;
        const fromInputs = options.corpus === true || options.saveIdf !== undefined;
        return {
          prepare: fromInputs
            ? async (inputs: readonly InputText[]): Promise<DocumentFrequencies | undefined> => {
                const table = buildDocumentFrequencies(
                  inputs.map((input) => input.text),
                  base.stopwords
                    ? { language: options.lang, stopwords: base.stopwords }
                    : { language: options.lang },
                );
                if (options.saveIdf) await saveTable(options.saveIdf, table);
                return saved ? mergeDocumentFrequencies(saved, table) : table;
              }
            : undefined,
          analyse: (input: InputText, corpus: DocumentFrequencies | undefined): KeywordsCliResult => {
            const table = corpus ?? saved;
            const result = keywords(input.text, table ? { ...base, documentFrequencies: table } : base);
            return options.highlight ? { ...result, text: input.text } : result;
          },
          render: renderKeywords,
        };
      }),
    );
  return withExamples(command, [
    ['sunto keywords article.txt', 'the ten keyphrases of the article'],
    ['sunto keywords -k 5 --highlight article.txt', 'the text with its five keyphrases coloured'],
    ['sunto keywords --corpus --jsonl archive/*.txt', 'each file against the others, one JSON line each'],
    ['sunto keywords --save-idf idf.json archive/*.txt', 'save the archive’s document frequencies'],
    ['sunto keywords --idf idf.json article.txt', 'weigh phrases by the saved archive'],
    ['sunto keywords --ngram 2..3 --lang en paper.txt', 'two- and three-word phrases of an English text'],
  ]);
};
