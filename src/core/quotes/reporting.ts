/**
 * Reporting expressions: a reporting verb with the auxiliaries and object pronoun before it (`Lo ha
 * detto`, `ha voluto sottolineare`), a verb phrase (`ha dato enfasi`), or a noun (`l’appello
 * lanciato da`). A verb form right after an article is a noun (`la replica`, `una nota`).
 */
import type { Context } from './words.js';

/** What a reporting expression quotes. */
export type CueKind = 'speech' | 'document' | 'post' | 'label';

/** A reporting expression found in the words. */
export interface Cue {
  /** Index of its first word (auxiliaries and pronoun included). */
  from: number;
  /** Index after its last word. */
  to: number;
  /** Index of the verb itself. */
  verb: number;
  /** What it quotes. */
  kind: CueKind;
  /** True when an object pronoun points back at the quotation before it (`Lo ha detto`). */
  backReference: boolean;
}

/** Words in the preposition list that may stand right before a reporting verb. */
const VERB_BEFORE = new Set(['a', 'ad', 'di', 'come', 'che', 'to', 'as', 'that']);

/** Kind of the reporting verb form at `i`, or null when it is not one. */
function verbKind(ctx: Context, i: number): CueKind | null {
  const w = ctx.words[i];
  if (w?.kind !== 'word') return null;
  const { lex } = ctx;
  const prev = ctx.words[i - 1];
  // `lo` before a verb form is the pronoun (`Lo afferma`): as an article it precedes none of them.
  const article = prev !== undefined && lex.articles.has(prev.lower) && prev.lower !== 'lo';
  if (prev && prev.sentence === w.sentence && (article || lex.prepositions.has(prev.lower))) {
    // `a`, `di` introduce infinitives (`è tornato a parlare`), `come`, `che` clauses; others make a noun.
    if (!VERB_BEFORE.has(prev.lower)) return null;
  }
  // `come riferito dall’Ansa`, `secondo quanto scrive il Corriere`: a secondary source, not a speaker.
  if (lex.sourceVerbs.has(w.lower) && (prev?.lower === 'come' || prev?.lower === 'quanto')) return null;
  if (lex.postVerbs.has(w.lower)) return 'post';
  if (lex.speechVerbs.has(w.lower)) return 'speech';
  if (lex.documentVerbs.has(w.lower)) return 'document';
  if (lex.labelVerbs.has(w.lower)) return 'label';
  return null;
}

/** Length of the phrase cue starting at `i`, or 0. */
function phraseAt(ctx: Context, i: number): number {
  for (const phrase of ctx.lex.phraseCues) {
    let k = 0;
    while (k < phrase.length && ctx.words[i + k]?.lower === phrase[k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** The reporting expression whose verb is at `i`, or null. */
export function cueAt(ctx: Context, i: number): Cue | null {
  const w = ctx.words[i];
  if (!w) return null;
  const phrase = phraseAt(ctx, i);
  const last = ctx.words[i + phrase - 1]?.lower ?? '';
  const kind = phrase > 0 ? (ctx.lex.documentVerbs.has(last) ? 'document' : 'speech') : verbKind(ctx, i);
  if (kind === null) return null;
  const { lex } = ctx;
  let from = i;
  let backReference = false;
  while (from > 0) {
    const p = ctx.words[from - 1]!;
    if (p.sentence !== w.sentence || p.depth !== w.depth) break;
    if (lex.auxiliaries.has(p.lower)) from--;
    else if (lex.clitics.has(p.lower)) {
      from--;
      backReference = true;
    } else break;
  }
  return { from, to: i + Math.max(phrase, 1), verb: i, kind, backReference };
}

/** True when the word at `i` is a nominal cue (`parole`, `appello`) used as one. */
export function isNominalCue(ctx: Context, i: number): boolean {
  const w = ctx.words[i];
  return w !== undefined && w.kind === 'word' && ctx.lex.nominalCues.has(w.lower);
}

/** Span of the words `[from, to)` as offsets. */
export function wordSpan(ctx: Context, from: number, to: number): { start: number; end: number } {
  return { start: ctx.words[from]!.start, end: ctx.words[to - 1]!.end };
}
