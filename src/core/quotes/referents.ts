/**
 * Who a role phrase cannot mean, whatever the evidence for the person named last: the holder of
 * another office (`il ministro dei Trasporti` is not `il segretario della Cgil, X`), someone new with
 * a function of their own (`il relatore dello studio`), or a person the article introduced
 * without a name (`un uomo di 50 anni` … `l’uomo`).
 */
import type { Mention } from './mentions.js';
import { firstTieAfter, MAX_LOOKBACK, type People, TIE_DISTANCE, tiesOf } from './people.js';
import { OWNER } from './roles.js';
import { type Context, firstFrom, wordAt } from './words.js';

/**
 * True when a role with its owner (`il ministro dei Trasporti`, `il portavoce del ministero`) meets a
 * person the article ties only to other roles (`il segretario della Cgil, X`): someone else holds
 * it. Nicknames of the owner (`l’allenatore della Dea` for the coach of Atalanta) keep the role's
 * noun, so they pass; so do the words for whoever heads a body (`il titolare del dicastero`).
 */
export function otherOffice(ctx: Context, people: People, m: Mention, full: string): boolean {
  const ties = tiesOf(people, full);
  if (ctx.lex.headRoles?.has(m.role[0]!) || ties.length === 0 || ties.some((t) => t.role[0] === m.role[0]))
    return false;
  const end = m.nameFrom < 0 ? m.to : m.nameFrom;
  for (let k = m.from + 1; k < end; k++) if (OWNER.test(ctx.words[k]!.lower)) return true;
  return false;
}

/**
 * True when the role phrase `m` names an office by its owner (`l’amministratore delegato della Rai`)
 * and the person `full` is tied to no role of its head noun: being named last does not make someone
 * the holder of an office the article never gave them.
 */
export function untiedOffice(ctx: Context, people: People, m: Mention, full: string): boolean {
  // Whoever heads a body is named that way without a tie (`Rossi … il leader del partito`).
  if (ctx.lex.headRoles?.has(m.role[0]!)) return false;
  const end = m.nameFrom < 0 ? m.to : m.nameFrom;
  let owned = false;
  for (let k = m.from + 1; k < end && !owned; k++) owned = OWNER.test(ctx.words[k]!.lower);
  return owned && !tiesOf(people, full).some((t) => t.role[0] === m.role[0]);
}

/**
 * True when the role phrase `m` at offset `at` points back at a person the article introduced without
 * a name (`un uomo di 50 anni` … `l’uomo`): the latest introduction of its head noun, not followed
 * by a tie of that noun to a name, within the last few introductions.
 */
export function pointsToUnnamed(people: People, m: Mention, at: number): boolean {
  const last = firstFrom(people.introductions, at) - 1;
  for (let k = last; k >= Math.max(0, last - MAX_LOOKBACK); k--) {
    const intro = people.introductions[k]!;
    if (intro.start < at - TIE_DISTANCE) return false;
    if (intro.head !== m.role[0]) continue;
    const first = firstTieAfter(people, intro.start);
    for (let t = first; t < Math.min(people.ties.length, first + MAX_LOOKBACK); t++) {
      const tie = people.ties[t]!;
      if (tie.start >= at) break;
      if (tie.role[0] === intro.head) return false;
    }
    return true;
  }
  return false;
}

/**
 * True for a noun phrase whose head is no role of the lexicon and that names what it is of (`il
 * relatore dello studio`): a function of its own, someone new unless a tie says who.
 */
export function ownFunction(ctx: Context, m: Mention): boolean {
  const head = ctx.words.slice(m.from, m.to).findIndex((w) => w.lower === m.role[0]);
  if (head < 0 || ctx.lex.roleNouns.has(m.role[0]!)) return false;
  for (let k = m.from + head + 1; k <= m.to; k++) if (OWNER.test(ctx.words[k]?.lower ?? '')) return true;
  return false;
}

/** Definite articles before the one-word name of a body (`la Guardia costiera`, `il Soccorso alpino`). */
const BODY_ARTICLES = new Set(['il', 'lo', 'la', "l'"]);

/**
 * True when the one-word name at offset `at` is the head of a body's name: a definite article before
 * it and a lower-case adjective after it (`la Guardia costiera`, `la Protezione civile`). A surname
 * with an article is followed by its verb or an auxiliary instead (`la Bianchi ha detto`).
 */
export function bodyName(ctx: Context, at: number): boolean {
  const { words, lex } = ctx;
  const i = wordAt(words, at);
  const next = words[i + 1];
  if (!BODY_ARTICLES.has(words[i - 1]?.lower ?? '') || !next || next.kind !== 'word' || next.cap)
    return false;
  if (lex.givenNames.has(words[i]!.lower) || next.sentence !== words[i]!.sentence) return false;
  const l = next.lower;
  if (ctx.stopwords.has(l) || lex.auxiliaries.has(l) || lex.adverbs.has(l) || lex.prepositions.has(l))
    return false;
  return (
    !lex.speechVerbs.has(l) && !lex.documentVerbs.has(l) && !lex.labelVerbs.has(l) && !lex.postVerbs.has(l)
  );
}
