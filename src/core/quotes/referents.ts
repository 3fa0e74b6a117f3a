/**
 * Who a role phrase cannot mean, whatever the evidence for the person named last: the holder of
 * another office (`il ministro dei Trasporti` is not `il segretario della Cgil, X`), someone new with
 * a function of their own (`il relatore dello studio`), or a person the article introduced
 * without a name (`un uomo di 50 anni` … `l’uomo`).
 */
import type { Mention } from './mentions.js';
import { firstTieAfter, MAX_LOOKBACK, type People, TIE_DISTANCE, tiesOf } from './people.js';
import { OWNER } from './roles.js';
import type { Context } from './words.js';

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

/** Index of the last introduction before offset `at`, or -1 (binary search: they are in text order). */
function lastIntroductionBefore(people: People, at: number): number {
  let lo = 0;
  let hi = people.introductions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people.introductions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * True when the role phrase `m` at offset `at` points back at a person the article introduced without
 * a name (`un uomo di 50 anni` … `l’uomo`): the latest introduction of its head noun, not followed
 * by a tie of that noun to a name, within the last few introductions.
 */
export function pointsToUnnamed(people: People, m: Mention, at: number): boolean {
  const last = lastIntroductionBefore(people, at);
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
