/**
 * Attributions inserted inside the marks: `“Il piano è pronto – ha aggiunto – e partirà a marzo”`,
 * `"… per il settore - rimarca Coldiretti - è decisivo …"`, `«Noi, ha detto Rossi, siamo pronti»`.
 * The quotation keeps its whole text; the spoken parts around the insertions become its segments.
 */

import { sourceAfter } from './cue-subject.js';
import type { Mention } from './mentions.js';
import { type Cue, cueAt } from './reporting.js';
import { subjectAfter, subjectBefore } from './subject.js';
import type { Span } from './types.js';
import type { Context } from './words.js';

/** One attribution inserted inside a quotation. */
export interface Insertion {
  /** Index of the first word of the insertion (its opening dash or comma). */
  from: number;
  /** Index after its last word (its closing dash or comma). */
  to: number;
  /** The reporting expression in it. */
  cue: Cue | null;
  /** The speaker written in it, or null (`– ha aggiunto –`, `- le sue parole -`). */
  speaker: Mention | null;
}

/*
 * Longest insertion, in words, between its two dashes or commas. Inserted attributions are a verb
 * and a speaker with a phrase or two (`ha detto ancora il sindaco in consiglio`: 7 words); past a
 * dozen the dashes hold an aside of the speaker's own, not an attribution.
 */
const MAX_INSERTION = 12;

const DASHES = new Set(['-', '–', '—']);

/** True when the word is a dash or a comma that can delimit an insertion. */
function isDelimiter(text: string, comma: boolean): boolean {
  return DASHES.has(text) || (comma && text === ',');
}

/** True for a bare gerund (`confermando`): it adds a clause to the quotation, it attributes nothing. */
function isGerund(ctx: Context, cue: Cue): boolean {
  const verb = ctx.words[cue.verb]!.lower;
  return cue.from === cue.verb && ctx.lex.gerundEndings.some((e) => verb.endsWith(e));
}

/** The insertion opened by the delimiter at `a`, or null. */
function insertionAt(ctx: Context, a: number, end: number, depth: number): Insertion | null {
  const { words, lex } = ctx;
  const open = words[a]!;
  const comma = open.text === ',';
  for (let b = a + 1; b < Math.min(end, a + MAX_INSERTION + 2); b++) {
    const w = words[b]!;
    if (w.depth !== depth) return null;
    if (!isDelimiter(w.text, comma) && !(comma && /^[.;]$/.test(w.text))) continue;
    if (comma && DASHES.has(w.text)) return null;
    if (b === a + 1) return null;
    let cue: Cue | null = null;
    let nominal = false;
    for (let k = a + 1; k < b && !cue; k++) {
      const found = cueAt(ctx, k);
      if (found && !isGerund(ctx, found)) cue = found;
    }
    if (!cue) {
      for (let k = a + 1; k < b; k++) {
        if (lex.nominalCues.has(words[k]!.lower) && lex.possessives.has(words[k - 1]?.lower ?? ''))
          nominal = true;
      }
      if (!nominal) return null;
    }
    // A comma insertion must start with its verb (`, ha detto Rossi,`), not be a clause of the quote.
    if (comma && cue && cue.from !== a + 1) return null;
    const speaker = cue
      ? (sourceAfter(ctx, cue) ?? subjectAfter(ctx, cue.to, b) ?? subjectBefore(ctx, cue.from, a + 1))
      : null;
    return { from: a, to: b + 1, cue, speaker };
  }
  return null;
}

/** Every insertion inside the quotation whose words are `[from, to)` at `depth`. */
export function findInsertions(ctx: Context, from: number, to: number, depth: number): Insertion[] {
  const out: Insertion[] = [];
  for (let i = from; i < to; i++) {
    const w = ctx.words[i]!;
    if (w.depth !== depth || !isDelimiter(w.text, true)) continue;
    const ins = insertionAt(ctx, i, to, depth);
    if (ins) {
      out.push(ins);
      i = ins.to - 1;
    }
  }
  return out;
}

/** The spoken parts of a quotation `[start, end)` around its insertions, whitespace trimmed. */
export function segmentsAround(
  ctx: Context,
  start: number,
  end: number,
  insertions: readonly Insertion[],
): Span[] {
  const spans: Span[] = [];
  let from = start;
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && /[\s.,;]/.test(ctx.text[s]!)) s++;
    while (e > s && /[\s,]/.test(ctx.text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const ins of insertions) {
    push(from, ctx.words[ins.from]!.start);
    from = ctx.words[ins.to - 1]!.end;
  }
  push(from, end);
  return spans;
}
