/**
 * Human output of `sunto quotes`: each quotation as a wrapped paragraph between «», with a line under
 * it naming the speaker (full name, and the mention when it differs), the reporting verb and the type;
 * with `--by-speaker`, one block per speaker. Ends with a count line. Readable without colour.
 */
import type { Quote } from '../../core/quotes/index.js';
import type { QuotesCliResult } from '../commands/quotes.js';
import type { RenderStyle } from './style.js';
import { wrapText } from './wrap.js';

/** Renders one quotes result. */
export function renderQuotes(result: QuotesCliResult, style: RenderStyle): string {
  const body = result.bySpeaker ? renderGroups(result, style) : renderList(result.quotes, style);
  const footer = style.color.dim(countLine(result));
  return body === '' ? `${footer}\n` : `${body}\n\n${footer}\n`;
}

/** Every quotation in text order, numbered. */
function renderList(list: readonly Quote[], style: RenderStyle): string {
  const numberWidth = String(list.length).length;
  return list
    .map((q, i) => {
      const prefix = `${style.color.dim(String(i + 1).padStart(numberWidth))} `;
      return `${quoteText(q, prefix, style)}\n${' '.repeat(numberWidth + 1)}${attribution(q, style, true)}`;
    })
    .join('\n\n');
}

/** One block per speaker: the name, then their quotations. */
function renderGroups(result: QuotesCliResult, style: RenderStyle): string {
  const { color } = style;
  return (result.bySpeaker ?? [])
    .map((group) => {
      const name = group.speaker === null ? color.dim('(no speaker)') : color.bold.cyan(group.speaker);
      const head = `${name} ${color.dim(`· ${group.quotes.length}`)}`;
      const lines = group.quotes.map((i) => {
        const q = result.quotes[i]!;
        return `${quoteText(q, '  ', style)}\n  ${attribution(q, style, false)}`;
      });
      return [head, ...lines].join('\n');
    })
    .join('\n\n');
}

/** The quotation between «», wrapped under its prefix. */
function quoteText(q: Quote, prefix: string, { color, width }: RenderStyle): string {
  const wrapped = wrapText(`«${q.text.replace(/\s+/g, ' ')}»`, { width, prefix });
  return color.italic(wrapped);
}

/** The line under a quotation: `— Vladimir Putin (il leader russo) · ha dichiarato · speech`. */
function attribution(q: Quote, { color }: RenderStyle, withSpeaker: boolean): string {
  const parts: string[] = [];
  if (withSpeaker) {
    if (!q.speaker) parts.push(color.dim('no speaker'));
    else {
      const name = q.speaker.name ?? q.speaker.text;
      const mention =
        q.speaker.name && q.speaker.text !== q.speaker.name ? color.dim(` (${q.speaker.text})`) : '';
      const implicit = q.speaker.implicit ? color.dim(' (implicit)') : '';
      parts.push(`— ${color.bold.cyan(name)}${mention}${implicit}`);
    }
  }
  if (q.cue) parts.push(color.yellow(q.cue));
  parts.push(color.dim(q.type));
  return parts.join(color.dim(' · '));
}

/** The closing line, e.g. `5 quotations · 3 speakers · language it`. */
function countLine(result: QuotesCliResult): string {
  const n = result.quotes.length;
  const speakers = new Set(result.quotes.map((q) => (q.speaker ? (q.speaker.name ?? q.speaker.text) : null)));
  speakers.delete(null);
  const s = speakers.size;
  return `${n} quotation${n === 1 ? '' : 's'} · ${s} speaker${s === 1 ? '' : 's'} · language ${result.language}`;
}
