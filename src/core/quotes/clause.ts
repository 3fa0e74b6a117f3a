/**
 * Clauses inside a sentence. Headlines and standfirsts are one line the splitter keeps as one
 * sentence (`Influenza, picco a gennaio. Il virologo: "…"`, `Bologna, Italiano dopo il pari: "…"`),
 * so the speaker of a colon quotation is found in the clause right before the colon, not at the
 * start of the line: after its last full stop and, in a heading, after its last comma (`Topic,
 * Speaker: "…"`).
 */
import { mentionAt } from './mentions.js';
import type { Context } from './words.js';

/*
 * Farthest back, in words, a clause start is looked for. Clauses before a colon quotation are a
 * dozen words at most; past this the sentence start is used, which keeps the scan constant per
 * quotation in a text without punctuation.
 */
const CLAUSE_WINDOW = 40;

/** Index of the first word of the sentence holding word `i`. */
export function sentenceFirst(ctx: Context, i: number): number {
  const s = ctx.words[i]?.sentence ?? -1;
  return s >= 0 ? ctx.seg.sentences[s]!.tokenStart : i;
}

/** True when word `i` is in a heading line (title, standfirst, subheading) or in the text's title. */
export function inHeading(ctx: Context, i: number): boolean {
  const s = ctx.words[i]?.sentence ?? -1;
  const sentence = s >= 0 ? ctx.seg.sentences[s]! : undefined;
  return sentence !== undefined && (sentence.heading === true || (ctx.title && sentence.paragraph === 0));
}

/**
 * Index of the first word of the clause that ends before word `i`: after the last full stop at
 * `depth` in the sentence (and after the last comma when `commas`), or the sentence start.
 */
export function clauseFirst(ctx: Context, i: number, depth: number, commas: boolean): number {
  const first = sentenceFirst(ctx, i);
  for (let k = i - 1; k >= Math.max(first, i - CLAUSE_WINDOW); k--) {
    const w = ctx.words[k]!;
    if (w.depth !== depth || w.kind !== 'punctuation') continue;
    if (/^[.!?…]+$/.test(w.text) || (commas && w.text === ',')) return k + 1;
  }
  return first;
}

/** True when a mention of a possible speaker lies wholly inside the words `[from, to)`. */
export function hasMention(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const m = mentionAt(ctx, i);
    if (m && !m.pronoun && m.from >= from && m.to <= to) return true;
    if (m) i = Math.max(i, m.to - 1);
  }
  return false;
}

/**
 * Where to look for the speaker of a quotation introduced at word `to` (its colon or mark): the
 * narrowest clause before it that names someone, from the heading comma clause to the sentence.
 */
export function speakerClauses(ctx: Context, to: number, depth: number): number[] {
  const first = sentenceFirst(ctx, to);
  const starts = [clauseFirst(ctx, to, depth, inHeading(ctx, to)), clauseFirst(ctx, to, depth, false), first];
  const out: number[] = [];
  for (const s of starts) if (!out.includes(s) && (s === first || hasMention(ctx, s, to))) out.push(s);
  return out;
}
