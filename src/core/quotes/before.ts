/**
 * Attributions written before the opening mark: a reporting verb earlier in the sentence (`ha detto:
 * “…”`, `Il sindaco ha detto ‘…’`, `spiegando che … per “…“`), or in the sentence or paragraph that
 * ends with the colon introducing the quotation; and "according to" phrases (`secondo X`, `per un altro
 * geologo, Marco Galli,`).
 */
import type { Found } from './after.js';
import { sentenceFirst, speakerClauses } from './clause.js';
import { cueSubject, nounPhrase } from './cue-subject.js';
import { documentBefore, isDocument } from './documents.js';
import { afterPreposition, type Mention, mentionAt } from './mentions.js';
import { type Cue, cueAt } from './reporting.js';
import { antecedent } from './subject.js';
import type { Context } from './words.js';

/*
 * Farthest a reporting verb may stand before the opening mark, in words. A partial quotation can
 * close a long sentence whose verb opened it (`spiegando che sostiene tutte le decisioni … per “…“`:
 * 18 words); 40 covers the longest such sentences while staying inside one sentence anyway.
 */
export const CUE_WINDOW = 40;

/*
 * Most words between an "according to" word and the quotation. A role phrase with its complement and
 * the name set off by commas runs to a dozen words and more (`Per il presidente della Federazione dei
 * medici di famiglia, Mario Rossi,`: 13); 16 covers them, and the scan stops at a verb or a full stop.
 */
const ACCORDING_WINDOW = 16;

/** Index of the last word before `open` at `depth` that is not inside another quotation, or -1. */
export function previousWord(ctx: Context, open: number, depth: number): number {
  for (let i = open - 1; i >= Math.max(0, open - CUE_WINDOW); i--)
    if (ctx.words[i]!.depth === depth) return i;
  return -1;
}

/**
 * The region searched for a cue: the sentence (or the clause of a heading that names someone) before
 * the mark, or the sentence ending in the colon before it.
 */
function region(ctx: Context, open: number, depth: number): { from: number; to: number } {
  const first = sentenceFirst(ctx, open);
  const prev = previousWord(ctx, open, depth);
  if (prev >= first) return { from: speakerClauses(ctx, open, depth)[0] ?? first, to: open };
  if (prev >= 0 && ctx.words[prev]!.text === ':') return { from: sentenceFirst(ctx, prev), to: prev };
  return { from: open, to: open };
}

/** The reporting verb nearest before word `to`, not before `from`, at `depth`. */
function nearestCue(ctx: Context, from: number, to: number, depth: number): Cue | null {
  for (let i = to - 1; i >= Math.max(from, to - CUE_WINDOW); i--) {
    if (ctx.words[i]!.depth !== depth) continue;
    const cue = cueAt(ctx, i);
    if (cue && cue.verb === i) return cue;
  }
  return null;
}

/** The attribution before the opening mark at word `open`. */
export function attributionBefore(ctx: Context, open: number): Found | null {
  const depth = ctx.words[open]!.depth - 1;
  const { from, to } = region(ctx, open, depth);
  if (to <= from) return null;
  const cue = nearestCue(ctx, from, to, depth);
  if (!cue) return null;
  const speaker = cueSubject(ctx, cue, from, to);
  // `la circolare firmata dal ministro X, che recita: «…»`: a document's words, not the person's.
  if (cue.kind === 'document' && !isDocument(ctx, speaker))
    return { cue, speaker: documentBefore(ctx, cue.from, from) ?? speaker };
  return { cue, speaker };
}

/** The speaker of an "according to" phrase that ends right before the opening mark. */
export function accordingTo(ctx: Context, open: number): Found | null {
  const { words, lex } = ctx;
  const depth = words[open]!.depth - 1;
  const first = sentenceFirst(ctx, open);
  for (let k = open - 1; k >= Math.max(first, open - ACCORDING_WINDOW); k--) {
    const w = words[k]!;
    if (w.depth !== depth || /^[.;:!?]$/.test(w.text) || cueAt(ctx, k)) return null;
    for (const phrase of lex.prepositionalCues) {
      if (!phrase.every((p, n) => words[k + n]?.lower === p)) continue;
      const at = k + phrase.length;
      const speaker = relativeAfter(ctx, at)
        ? antecedent(ctx, k)
        : (firstMention(ctx, at, open) ?? sourcePhrase(ctx, phrase, at));
      if (speaker) {
        const cue: Cue = { from: k, to: k + phrase.length, verb: k, kind: 'speech', backReference: false };
        return { cue, speaker };
      }
    }
  }
  return null;
}

/**
 * The noun phrase right after an "according to" phrase when it names no known role or person
 * (`Secondo gli inquirenti`, `a detta dei presenti`): the source, unless the phrase is a bare
 * preposition (`per il momento`), which introduces anything.
 */
function sourcePhrase(ctx: Context, phrase: readonly string[], at: number): Mention | null {
  if (phrase.length === 1 && ctx.lex.prepositions.has(phrase[0]!)) return null;
  return nounPhrase(ctx, at);
}

/** Relative pronouns after an "according to" word (`secondo cui`, `per il quale`): the speaker is their antecedent. */
const RELATIVE_OBJECTS = new Set(['cui', 'quale', 'quali', 'whom']);

/** True when a relative pronoun (`cui`, `il quale`) starts at word `i`. */
function relativeAfter(ctx: Context, i: number): boolean {
  const w = ctx.words[i]?.lower ?? '';
  return (
    RELATIVE_OBJECTS.has(w) ||
    (ctx.lex.articles.has(w) && RELATIVE_OBJECTS.has(ctx.words[i + 1]?.lower ?? ''))
  );
}

/**
 * The speaker of an "according to" phrase in words `[from, to)`: its first mention (`Per il ct della
 * nazionale Marco Villa l’Italia …`), or the name set off by a comma after it (`per un altro
 * geologo del Cnr, Marco Galli,`).
 */
function firstMention(ctx: Context, from: number, to: number): Mention | null {
  for (let i = from; i < to; i++) {
    const m = mentionAt(ctx, i);
    // A name inside a complement is not the source (`secondo i dati dell’Istat`).
    const lead = ctx.words
      .slice(from, Math.max(from, m?.from ?? from))
      .every((w) => ctx.lex.articles.has(w.lower));
    if (!m || m.from < from || m.to > to || (!lead && afterPreposition(ctx, m))) {
      if (m) i = Math.max(i, m.to - 1);
      continue;
    }
    const apposition = m.nameFrom < 0 ? appositionAfter(ctx, m, to) : null;
    return apposition ?? m;
  }
  return null;
}

/*
 * Most words between a role phrase and the comma that sets off its name (`un altro geologo
 * del Cnr, Marco Galli`, `la vicepresidente della Regione con delega alla Protezione civile,
 * Irene Priolo`): the role's own complement, a place, a body or a portfolio of one to six words.
 */
const COMPLEMENT = 6;

/** The name set off by a comma after the role phrase `m` (`il presidente di X, Mario Rossi`), or null. */
export function appositionAfter(ctx: Context, m: Mention, to: number): Mention | null {
  const { words } = ctx;
  let k = m.to;
  while (k < Math.min(to, m.to + COMPLEMENT) && !/^[,.;:!?]$/.test(words[k]!.text)) k++;
  if (words[k]?.text !== ',') return null;
  // The name may come with its own role (`, il colonnello Luca Toti,`): look at its first words.
  for (let j = k + 1; j < Math.min(to, k + 1 + COMPLEMENT); j++) {
    const name = mentionAt(ctx, j);
    if (name) return name.from === k + 1 && name.nameFrom >= 0 && name.to <= to ? name : null;
  }
  return null;
}

/** The inverted subject `m` or, for a role without a name, the name set off by a comma after it (`ha detto il portavoce dell’ente, X`). */
export function withApposition(ctx: Context, m: Mention | null): Mention | null {
  if (!m || m.pronoun || m.nameFrom >= 0) return m;
  return appositionAfter(ctx, m, ctx.words.length) ?? m;
}
