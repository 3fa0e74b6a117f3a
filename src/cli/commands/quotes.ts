/**
 * `sunto quotes`: every direct quotation with its speaker, reporting verb and offsets, from the core
 * `quotes`; `--by-speaker` groups them by who said them.
 */
import type { Command } from 'commander';
import type { Quote, QuotesOptions, QuotesResult } from '../../core/quotes/index.js';
import { type CommandFactory, fileAction, fileCommand, withExamples } from '../command.js';
import { type CommonOptions, integerParser } from '../options.js';

/** `sunto quotes` options. */
export interface QuotesCliOptions extends CommonOptions {
  /** `--speaker`: keep the quotations of this speaker only. */
  speaker?: string;
  /** `--by-speaker`: group the quotations by speaker. */
  bySpeaker?: boolean;
  /** `--min-words`: drop shorter quotations. */
  minWords?: number;
}

/** The quotations of one speaker, for `--by-speaker`. */
export interface SpeakerGroup {
  /** The speaker's full name, or the mention when the article never names them; null for unattributed. */
  speaker: string | null;
  /** Indices of the speaker's quotations in `quotes`, in text order. */
  quotes: number[];
}

/** What `sunto quotes` prints for one input: the quotations, plus the groups with `--by-speaker`. */
export type QuotesCliResult = QuotesResult & { bySpeaker?: SpeakerGroup[] };

/** The speaker key of a quotation: full name, else the mention. */
function speakerKey(q: Quote): string | null {
  return q.speaker ? (q.speaker.name ?? q.speaker.text) : null;
}

/** Groups quotations by speaker, the most quoted first, unattributed last. */
export function groupBySpeaker(list: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string | null, number[]>();
  list.forEach((q, i) => {
    const key = speakerKey(q);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return [...groups]
    .map(([speaker, indices]) => ({ speaker, quotes: indices }))
    .sort(
      (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length,
    );
}

/** The core options the command line asks for. */
function coreOptions(options: QuotesCliOptions): QuotesOptions {
  const core: QuotesOptions = { language: options.lang };
  if (options.minWords !== undefined) core.minWords = options.minWords;
  if (options.speaker !== undefined) core.speaker = options.speaker;
  return core;
}

/** Builds `sunto quotes`. */
export const quotesCommand: CommandFactory = (context): Command => {
  const command = fileCommand('quotes', 'direct quotations with who said them and the reporting verb')
    .option('--speaker <name>', 'only the quotations of this speaker (part of the name or mention)')
    .option('--by-speaker', 'group the quotations by speaker')
    .option('--min-words <N>', 'drop quotations of fewer words', integerParser({ min: 1 }))
    .action(
      fileAction(context, async (options: QuotesCliOptions) => {
        // Loaded when the command runs, so that other commands and --help do not pay for them.
        const [{ quotes }, { renderQuotes }] = await Promise.all([
          import('../../core/quotes/index.js'),
          import('../render/quotes.js'),
        ]);
        return {
          analyse: (input): QuotesCliResult => {
            const result = quotes(input.text, coreOptions(options));
            return options.bySpeaker ? { ...result, bySpeaker: groupBySpeaker(result.quotes) } : result;
          },
          render: renderQuotes,
        };
      }),
    );
  return withExamples(command, [
    ['sunto quotes article.txt', 'each quotation with its speaker and verb'],
    ['sunto quotes --by-speaker article.txt', 'the quotations grouped by who said them'],
    ['sunto quotes --speaker Putin article.txt', 'only what Putin said'],
    ['sunto quotes --min-words 4 --json article.txt', 'offsets of quotes, speakers and cues'],
    ['sunto quotes --jsonl --lang it *.txt', 'one JSON line per file'],
  ]);
};
