/**
 * Human output of `sunto tokenize`: metadata first, then one numbered sentence per line (headings marked
 * with `#`), tokens separated by ` · ` and coloured by kind, then a count line. Readable without colour.
 */
import type { ChalkInstance } from 'chalk';
import type { TokenizedToken, TokenizeResult } from '../../core/tokenize/index.js';
import type { RenderStyle } from './style.js';
import { wrapPieces, wrapText } from './wrap.js';

/** Printed between two tokens. */
export const TOKEN_SEPARATOR = ' · ';

/** Renders one tokenize result. */
export function renderTokenize(result: TokenizeResult, { color, width }: RenderStyle): string {
  const lines: string[] = [];
  for (const field of result.metadata) {
    lines.push(`${color.dim('meta')} ${color.bold(field.key)}: ${field.value}`);
  }
  const numberWidth = String(result.sentences.length).length;
  const separator = color.dim(TOKEN_SEPARATOR);
  let t = 0;
  result.sentences.forEach((sentence, i) => {
    while (t < result.tokens.length && result.tokens[t]!.start < sentence.start) t++;
    const pieces: string[] = [];
    for (; t < result.tokens.length && result.tokens[t]!.end <= sentence.end; t++) {
      pieces.push(styleToken(result.tokens[t]!, color, sentence.heading));
    }
    const marker = sentence.heading ? color.magenta('#') : ' ';
    const prefix = `${color.dim(String(i + 1).padStart(numberWidth))} ${marker} `;
    lines.push(wrapPieces(pieces, { width, prefix, separator }));
  });
  lines.push(color.dim(wrapText(summaryLine(result), { width })));
  return `${lines.join('\n')}\n`;
}

/** The closing count line, e.g. `3 sentences, 42 tokens, 2 paragraphs · language it`. */
function summaryLine(result: TokenizeResult): string {
  const counts = [
    plural(result.sentences.length, 'sentence'),
    plural(result.tokens.length, 'token'),
    plural(result.paragraphs.length, 'paragraph'),
  ];
  return `${counts.join(', ')} · language ${result.language}`;
}

/** `1 token`, `2 tokens`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Colours a token by kind (words stay plain, bold in headings) and appends its stem when it differs. */
function styleToken(token: TokenizedToken, color: ChalkInstance, heading: boolean): string {
  const text = KIND_STYLE[token.kind]?.(color)(token.text) ?? (heading ? color.bold(token.text) : token.text);
  if (token.stem === undefined || token.stem === token.text.toLowerCase()) return text;
  return `${text}${color.dim(`/${token.stem}`)}`;
}

/** The colour of each non-word kind, so numbers, links and punctuation stand out from the words. */
const KIND_STYLE: Partial<Record<TokenizedToken['kind'], (c: ChalkInstance) => ChalkInstance>> = {
  number: (c) => c.cyan,
  date: (c) => c.cyan,
  time: (c) => c.cyan,
  punctuation: (c) => c.yellow,
  symbol: (c) => c.yellow,
  url: (c) => c.blue.underline,
  email: (c) => c.blue.underline,
  hashtag: (c) => c.green,
  mention: (c) => c.green,
  emoji: (c) => c.magenta,
  emoticon: (c) => c.magenta,
  abbreviation: (c) => c.italic,
};
