/**
 * How a text is laid out, which decides what its sentence order can tell. A text in paragraphs
 * (several blocks, most sentences sharing a block with others) has its story spread over them; a
 * single block of running text, or one sentence per line, follows the inverted pyramid.
 */
import type { SummaryDocument } from './document.js';

/** True when the text is in paragraphs: more than one block and at least half the candidates in blocks of two or more. */
export function isParagraphed(doc: SummaryDocument): boolean {
  const perParagraph = new Map<number, number>();
  for (const s of doc.candidates) {
    const p = doc.sentences[s]!.paragraph;
    perParagraph.set(p, (perParagraph.get(p) ?? 0) + 1);
  }
  let grouped = 0;
  for (const count of perParagraph.values()) if (count > 1) grouped += count;
  return perParagraph.size > 1 && grouped * 2 >= doc.candidates.length;
}
