/**
 * Line wrapping for renderers. Widths are measured on the visible text (ANSI colour codes stripped) in
 * code points, so coloured and plain output wrap identically.
 */

/** Matches the SGR colour sequences chalk emits. */
const ANSI = /\u001b\[[0-9;]*m/g;

/** Removes colour codes, for measuring and for tests. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Visible width of a possibly coloured string, in code points. */
export function visibleWidth(text: string): number {
  let n = 0;
  for (const _ of stripAnsi(text)) n++;
  return n;
}

/** Layout of a wrapped block. */
export interface WrapOptions {
  /** Columns available, prefix included. */
  width: number;
  /** Printed before the first line (e.g. a sentence number); its visible width sets the indent. */
  prefix?: string;
  /** Printed between two pieces on the same line. */
  separator?: string;
}

/**
 * Lays out pieces (words or styled tokens) on lines of at most `width` columns, each continuation line
 * indented under the first piece. A piece wider than a line gets a line of its own, unbroken.
 */
export function wrapPieces(pieces: readonly string[], options: WrapOptions): string {
  const prefix = options.prefix ?? '';
  const separator = options.separator ?? ' ';
  const indent = ' '.repeat(visibleWidth(prefix));
  const sepWidth = visibleWidth(separator);
  const lines: string[] = [];
  let line = prefix;
  let lineWidth = indent.length;
  let empty = true;
  for (const piece of pieces) {
    const w = visibleWidth(piece);
    if (!empty && lineWidth + sepWidth + w > options.width) {
      lines.push(line.trimEnd());
      line = indent;
      lineWidth = indent.length;
      empty = true;
    }
    line += empty ? piece : separator + piece;
    lineWidth += empty ? w : sepWidth + w;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** Wraps plain prose at spaces; whitespace runs (line breaks included) become single spaces. */
export function wrapText(text: string, options: Omit<WrapOptions, 'separator'>): string {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  return wrapPieces(words, { ...options, separator: ' ' });
}
