/**
 * Every subcommand, in the order `sunto --help` lists them. Adding a command is one line here:
 * import its factory and append it with a short comment.
 */
import type { CommandFactory } from '../command.js';
import { tokenizeCommand } from './tokenize.js';

export const commands: readonly CommandFactory[] = [
  tokenizeCommand, // sentences and tokens with offsets
];
