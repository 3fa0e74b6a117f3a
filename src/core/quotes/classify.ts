/**
 * Speech or not: scare quotes (`“big”`), names of operations and media (`«Rinascita-Scott»`, `“Radio
 * Italia”`) and titles are quoted without reporting anyone's words. A quoted span of a few words is
 * a quotation only when a reporting verb in its sentence introduces it (`spiegando che … per
 * “combattere contro l’imperialismo“`, `ha definito «impressionante»`).
 */

import { attributionAfter } from './after.js';
import { headlineSpeaker } from './headline.js';
import type { RawQuote } from './pair.js';
import { type Cue, cueAt } from './reporting.js';
import { type Context, wordAt } from './words.js';

/*
 * Quoted spans shorter than this many words need a reporting verb in their sentence to count as
 * speech. Scare quotes and titles are one to three words (`big`, `primo bis`, `Radio Italia`); the
 * shortest quotations of the specification that stand without a verb nearby have four or more words.
 */
const SHORT_WORDS = 4;

/** Most words of a one-word quotation's distance to its labelling verb (`l’ha definita «ridicola»`). */
const LABEL_WINDOW = 3;

/** Farthest a reporting verb may stand before a short quotation, in words (as for attribution). */
const CUE_WINDOW = 40;

/** Quotations without an opening or a closing mark need at least this many words (one clause). */
const UNPAIRED_WORDS = 4;

/** Words of the quoted span, and whether it ends a sentence inside the marks. */
function shape(ctx: Context, q: RawQuote): { words: number; capitalised: number; final: boolean } {
  let words = 0;
  let capitalised = 0;
  for (let i = wordAt(ctx.words, q.start); i < ctx.words.length && ctx.words[i]!.start < q.end; i++) {
    const w = ctx.words[i]!;
    if (w.kind === 'punctuation' || w.kind === 'symbol') continue;
    words++;
    if (w.cap || w.kind === 'number') capitalised++;
    else if (ctx.lex.nameParticles.has(w.lower) || ctx.lex.articles.has(w.lower)) capitalised++;
  }
  return { words, capitalised, final: /[.!?…]/.test(ctx.text.slice(q.start, q.end)) };
}

/** True when a naming word, or a title word before a title-like span, stands right before the opening mark. */
function afterTitleWord(ctx: Context, open: number, depth: number, titleLike: boolean): boolean {
  for (let k = open - 1; k >= Math.max(0, open - 2); k--) {
    const w = ctx.words[k]!;
    if (w.depth !== depth) return false;
    if (ctx.lex.namingWords.has(w.lower) || (titleLike && ctx.lex.titleWords.has(w.lower))) return true;
    if (!ctx.lex.articles.has(w.lower) && !ctx.lex.prepositions.has(w.lower)) return false;
  }
  return false;
}

/*
 * Most words of a title recognised by its place after a preposition (`dopo il successo di «Volevo
 * essere un duro»`): titles of songs, books and shows run to eight words; quoted sentences are longer.
 */
const TITLE_WORDS = 8;

/**
 * True when a capitalised span without final punctuation follows a preposition and no reporting verb
 * stands just before it: a title or a name (`il successo di «Volevo essere un duro»`), not words said
 * (`ha risposto con «Non ci penso»`). Partial quotations after a preposition start in lower case.
 */
function titleAfterPreposition(ctx: Context, open: number, depth: number, q: RawQuote): boolean {
  const prev = ctx.words[open - 1];
  if (!prev || prev.depth !== depth || !ctx.lex.prepositions.has(prev.lower)) return false;
  if (ctx.lex.clauseWords?.has(prev.lower) || !/^\p{Lu}/u.test(ctx.text.slice(q.start, q.end))) return false;
  for (let k = open - 2; k >= Math.max(0, open - 1 - LABEL_WINDOW); k--) {
    if (ctx.words[k]!.sentence !== prev.sentence) break;
    if (cueAt(ctx, k)) return false;
  }
  return true;
}

/** True when only articles, pronouns or a colon stand between word `from` and word `to` (`ha risposto «no»`). */
function adjacent(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.words[k]!;
    if (!ctx.lex.articles.has(w.lower) && !ctx.lex.clitics.has(w.lower) && w.text !== ':') return false;
  }
  return true;
}

/**
 * True when an "according to" phrase starts at word `k` (`Secondo la procura, l’uomo «…»`): the
 * quoted words of its sentence are the source's. A bare preposition (`per`) is too common to tell.
 */
function opensAccordingTo(ctx: Context, k: number): boolean {
  const { words, lex } = ctx;
  return lex.prepositionalCues.some(
    (phrase) =>
      !(phrase.length === 1 && lex.prepositions.has(phrase[0]!)) &&
      phrase.every((p, n) => words[k + n]?.lower === p),
  );
}

/** True when the reporting verb is denied (`non ha detto`, `Nessuno ha detto`): a few words after it were not said. */
function negated(ctx: Context, cue: Cue): boolean {
  const negations = ctx.lex.negations;
  if (!negations) return false;
  for (let k = cue.from - 1; k < cue.verb; k++) if (negations.has(ctx.words[k]?.lower ?? '')) return true;
  return false;
}

/** True when a reporting verb at `depth` in the sentence introduces or follows the span. */
function hasCueNearby(ctx: Context, open: number, close: number, depth: number, words: number): boolean {
  const { lex } = ctx;
  const sentence = ctx.words[open]!.sentence;
  // A definite article before a few quoted words makes them a term (`la “svolta”`), unless a label verb is near.
  const prev = ctx.words[open - 1];
  const term = prev !== undefined && lex.articles.has(prev.lower) && !lex.indefinites.has(prev.lower);
  let first = true;
  for (let k = open - 1; k >= Math.max(0, open - CUE_WINDOW) && ctx.words[k]!.sentence === sentence; k--) {
    if (ctx.words[k]!.depth !== depth) continue;
    first = false;
    if (words > 1 && !term && opensAccordingTo(ctx, k)) return true;
    const cue = cueAt(ctx, k);
    if (!cue || cue.verb !== k || negated(ctx, cue)) continue;
    if (cue.kind === 'label' && open - k <= LABEL_WINDOW) return true;
    if ((words > 1 && !term) || adjacent(ctx, cue.to, open)) return true;
  }
  // An attribution right after a quotation that opens its sentence (`«Mai» ha risposto`).
  if (!first || ctx.words[close]?.sentence !== sentence) return false;
  const after = attributionAfter(ctx, close);
  return after?.cue != null && after.cue.kind !== 'label';
}

/**
 * True when the span opens its sentence and nothing but punctuation follows it, or a comma or a dash
 * before the rest (`«Andremo avanti», come riferito …`): a scare quote sits inside a sentence.
 */
function standsAlone(ctx: Context, open: number, close: number, depth: number): boolean {
  const { words } = ctx;
  const sentence = words[open]?.sentence;
  const inSentence = (k: number): boolean =>
    words[k]?.sentence === sentence && Math.abs(k - open) <= CUE_WINDOW;
  for (let k = open - 1; k >= 0 && inSentence(k); k--) {
    if (words[k]!.depth === depth && words[k]!.kind !== 'punctuation') return false;
  }
  if (inSentence(close + 1) && /^[,–—-]$/.test(words[close + 1]!.text)) return true;
  for (let k = close + 1; k < words.length && inSentence(k); k++) {
    if (words[k]!.depth === depth && words[k]!.kind !== 'punctuation') return false;
  }
  return true;
}

/**
 * True when a colon introduces the span and its first word is one no name starts with (`La ceo:
 * «Ora l’Europa»`, `Il ministro: «Non Roma»`): words said, however many capitals follow.
 */
function saidAfterColon(ctx: Context, open: number, depth: number): boolean {
  const colon = ctx.words[open - 1];
  const first = ctx.words[open + 1];
  if (colon?.text !== ':' || colon.depth !== depth || !first) return false;
  return ctx.lex.notNames.has(first.lower) || ctx.lowerSeen.has(first.lower);
}

/** True when the quoted span reports someone's words; false for scare quotes, names and titles. */
export function isQuotation(ctx: Context, q: RawQuote): boolean {
  const { words, capitalised, final } = shape(ctx, q);
  if (words === 0) return false;
  if ((q.open === null || q.close === null) && words < UNPAIRED_WORDS) return false;
  const open = q.open === null ? wordAt(ctx.words, q.start) : wordAt(ctx.words, q.open);
  const close = q.close === null ? wordAt(ctx.words, q.end) - 1 : wordAt(ctx.words, q.close);
  const outer = ctx.words[open]?.depth ?? 1;
  // After a title word a name is quoted (`il film «La vita è bella»`, `la cosiddetta «legge truffa»`);
  // a clause starting in lower case is a partial quotation (`il progetto «è stato condiviso»`).
  // A lower-case span after an indefinite noun describes it (`un piano «ambizioso ma realistico»`).
  const upper = /^[\p{Lu}\p{N}]/u.test(ctx.text.slice(q.start, q.end));
  const described = !upper && ctx.lex.indefinites.has(ctx.words[open - 2]?.lower ?? '');
  const titleLike = (words < SHORT_WORDS && !described) || upper;
  if (afterTitleWord(ctx, open, outer - 1, titleLike)) return false;
  // All words capitalised and no sentence inside: a name or a title (`Radio Italia`); a single word
  // opening its sentence is capitalised anyway (`«Mai», ha risposto`).
  const opensSentence = ctx.words[open - 1]?.sentence !== ctx.words[open]?.sentence || open === 0;
  const single = words === 1 && (opensSentence || ctx.words[open - 1]?.text === ':');
  if (!final && !single && !saidAfterColon(ctx, open, outer - 1) && capitalised === words && words <= 6)
    return false;
  if (!final && q.open !== null && words <= TITLE_WORDS && titleAfterPreposition(ctx, open, outer - 1, q))
    return false;
  if (words >= SHORT_WORDS) return true;
  // A colon introduces words said or written (`è stato chiaro: «Nessuna chiusura»`), so does a
  // headline speaker (`Meloni, 'non mi dimetto'`).
  if (ctx.words[open - 1]?.text === ':' && ctx.words[open - 1]!.depth === outer - 1) return true;
  if (q.open !== null && headlineSpeaker(ctx, open) !== null) return true;
  // A quotation that is a sentence of its own is speech (`“Nessun rimpasto”.`); scare quotes sit inside one.
  if (standsAlone(ctx, open, close, outer - 1)) return true;
  return hasCueNearby(ctx, open, close, outer - 1, words);
}
