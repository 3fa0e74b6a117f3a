/**
 * Every subcommand, in the order `sunto --help` lists them. Adding a command is one line here:
 * import its factory and append it with a short comment.
 */
import type { CommandFactory } from '../command.js';
import { inspectCommand } from './inspect.js';
import { keywordsCommand } from './keywords.js';
import { quotesCommand } from './quotes.js';
import { summarizeCommand } from './summarize.js';
import { tokenizeCommand } from './tokenize.js';

export const commands: readonly CommandFactory[] = [
  tokenizeCommand, // sentences and tokens with offsets
  summarizeCommand, // extractive summary in document order
  quotesCommand, // direct quotations with speakers
  keywordsCommand, // keyphrases, best first
  inspectCommand, // one-screen overview composing the others
];
