/**
 * Line layout of a text: whether its single line breaks end paragraphs or only wrap long lines. A
 * quotation left open must stop at the end of its paragraph, and in hard-wrapped text (agency copy
 * cut at 60-70 columns) that end is a blank line, not the next line break.
 */

/*
 * A line counts towards the decision only when it is at least this long: shorter lines are headings,
 * times or bylines, which end without punctuation in any layout. 40 columns is below the 60-72 of
 * wrapped agency copy and above most headings.
 */
const MIN_LINE = 40;

/*
 * Share of the counted lines, among those followed by another line of the same block, that must end
 * mid-sentence (on a letter, a digit or a comma) for the text to count as hard-wrapped. Paragraph
 * layouts end nearly every line on final punctuation; wrapped copy ends most lines on a word.
 */
const WRAPPED_SHARE = 0.5;

/** Fewest counted lines before the layout is judged at all; below it, line breaks end paragraphs. */
const MIN_LINES = 3;

/** True when the text breaks lines inside its paragraphs (hard-wrapped copy). */
export function isHardWrapped(text: string): boolean {
  let counted = 0;
  let midSentence = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x0a) continue;
    let end = i;
    while (end > lineStart && text.charCodeAt(end - 1) <= 0x20) end--;
    const nextHasText = i < text.length && hasTextBeforeBreak(text, i + 1);
    if (end - lineStart >= MIN_LINE && nextHasText) {
      counted++;
      if (/[\p{L}\p{N},]/u.test(text[end - 1] ?? '')) midSentence++;
    }
    lineStart = i + 1;
  }
  return counted >= MIN_LINES && midSentence / counted >= WRAPPED_SHARE;
}

/** True when the line starting at `from` holds something other than whitespace. */
function hasTextBeforeBreak(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return false;
    if (c > 0x20) return true;
  }
  return false;
}

/** Closing marks and brackets that may end a title after its last word (`…: "La mia vita"`). */
const TRAILING_MARKS = /[\s"'”’»)\]]+$/u;

/**
 * True when the first paragraph of a segmented text is its title although the segmenter did not
 * take it for a heading (a headline too long for one): a single line, followed by more text, that
 * ends without final punctuation once its closing marks are set aside.
 */
export function firstIsTitle(text: string, paragraphs: readonly { start: number; end: number }[]): boolean {
  const p = paragraphs[0];
  if (!p || paragraphs.length < 2) return false;
  const line = text.slice(p.start, p.end);
  if (line.includes('\n')) return false;
  return !/[.!?…;,]$/u.test(line.replace(TRAILING_MARKS, ''));
}
