/**
 * Mentions of possible speakers: proper names (`Giovanni Melillo`, `Confesercenti`), role phrases
 * (`il leader russo`, `L’allenatore della Dea`) and both in apposition (`il procuratore di Palermo
 * Maurizio de Lucia`). A mention right after a preposition is never a subject (`dai cronisti`,
 * `rivolgendosi all’australiano`, `come riferito dall’Ansa`).
 */
import type { Context, Word } from './words.js';

/** A mention found in the words. */
export interface Mention {
  /** Index of its first word. */
  from: number;
  /** Index after its last word. */
  to: number;
  /** Index of the first word of its proper name, or -1 for a role phrase alone. */
  nameFrom: number;
  /** Index after the last word of its proper name (equal to nameFrom when there is none). */
  nameTo: number;
  /** Lower-case content words of its role phrase (`['leader', 'russo']`), empty for a bare name. */
  role: string[];
  /** True for a subject pronoun (`lui`, `he`): it stands for the previous speaker. */
  pronoun: boolean;
}

/** Words that make the given name after them part of a place (`San Pietro`, `Santa Maria`). */
const SAINT = /^(san|santa|santo|sant'|st|saint|via|piazza|corso|viale)$/;

/** Prepositions after which a lower-case noun still belongs to the role (`presidente del consiglio`). */
const OWNER = /^(di|del|della|dello|dei|degli|delle|dell'|of)$/;

/** Most words a role phrase may hold after its head noun (`procuratore nazionale antimafia`). */
const MAX_MODIFIERS = 3;

/** True when the word can be part of a proper name. */
export function isNameWord(ctx: Context, i: number): boolean {
  const w = ctx.words[i];
  if (!w?.cap || (w.kind !== 'word' && w.kind !== 'abbreviation')) return false;
  if (w.lower.endsWith("'")) return false;
  if (ctx.lex.notNames.has(w.lower) || ctx.stopwords.has(w.lower)) return false;
  if (ctx.lex.roleNouns.has(w.lower)) return false;
  // A sentence opener that the text also writes in lower case is an ordinary word.
  const first = i === 0 || ctx.words[i - 1]?.sentence !== w.sentence;
  return !(first && ctx.lowerSeen.has(w.lower));
}

/** True when the word is a role noun (`presidente`, or capitalised `Procuratore` before a name). */
function isRoleWord(ctx: Context, i: number): boolean {
  const w = ctx.words[i];
  if (w === undefined || w.kind !== 'word') return false;
  // Documents speak too (`il comunicato`, `the report`), but capitalised they are names (`Risoluzione 2270`).
  return ctx.lex.roleNouns.has(w.lower) || (!w.cap && ctx.lex.documentNouns.has(w.lower));
}

/** End of the proper name starting at `i` (particles and numbers inside it included). */
function nameEnd(ctx: Context, i: number, depth: number): number {
  let j = i;
  let given = false;
  while (j < ctx.words.length && ctx.words[j]!.depth === depth) {
    const w = ctx.words[j]!;
    // A given name after a run without one starts another name (`di Palermo Maurizio de Lucia`).
    const prev = ctx.words[j - 1]?.lower ?? '';
    if (
      j > i &&
      w.cap &&
      !given &&
      ctx.lex.givenNames.has(w.lower) &&
      !SAINT.test(prev) &&
      !ctx.lex.nameParticles.has(prev)
    ) {
      break;
    }
    if (ctx.lex.givenNames.has(w.lower)) given = true;
    if (j === i && isCapitalParticle(ctx, j) && isNameWord(ctx, j + 1)) {
      j++;
      continue;
    }
    if (w.sentence !== ctx.words[i]!.sentence) break;
    // Capitalised function words continue a name (`Kim Jong Un`), elided articles never do (`L’`).
    const capitalised =
      w.cap && w.kind === 'word' && j > i && !/['’]$/.test(w.text) && !ctx.lex.roleNouns.has(w.lower);
    if (isNameWord(ctx, j) || capitalised) j++;
    else if (j > i && w.kind === 'number' && ctx.words[j - 1]!.end === w.start - 1) j++;
    else if (j > i && ctx.lex.nameParticles.has(w.lower) && particlesThenName(ctx, j)) j++;
    else break;
  }
  return j;
}

/**
 * True for a capitalised particle that opens a surname (`De Lucia`, `Di Maio`): inside a sentence, or
 * at its start when the text also writes the same surname inside a sentence (`Del Toro, 21 anni,`).
 */
function isCapitalParticle(ctx: Context, k: number): boolean {
  const w = ctx.words[k];
  if (!w?.cap || !ctx.lex.nameParticles.has(w.lower)) return false;
  if (k > 0 && ctx.words[k - 1]!.sentence === w.sentence) return true;
  return ctx.particleNames.has(`${w.lower} ${ctx.words[k + 1]?.lower ?? ''}`);
}

/** True when the particles from word `j` (`von der`, `de la`) lead to a name word. */
function particlesThenName(ctx: Context, j: number): boolean {
  let k = j;
  while (k < j + 3 && ctx.lex.nameParticles.has(ctx.words[k]?.lower ?? '')) k++;
  return isNameWord(ctx, k);
}

/** Start of the proper name that holds word `i`. */
function nameStart(ctx: Context, i: number, depth: number): number {
  let j = i;
  while (j > 0 && ctx.words[j - 1]!.depth === depth) {
    if (isNameWord(ctx, j - 1)) j--;
    else if (isCapitalParticle(ctx, j - 1)) j--;
    else {
      // Particles inside the name (`Ursula von der Leyen`), after a name word.
      let k = j - 1;
      while (k > j - 4 && k >= 0 && ctx.lex.nameParticles.has(ctx.words[k]!.lower)) k--;
      if (k < j - 1 && k >= 0 && isNameWord(ctx, k)) j = k;
      else break;
    }
  }
  return j;
}

/** True for a reporting verb form of any kind: it ends a role phrase (`il premier italiano cita`). */
function isVerbForm(ctx: Context, lower: string): boolean {
  const { lex } = ctx;
  return (
    lex.speechVerbs.has(lower) ||
    lex.documentVerbs.has(lower) ||
    lex.postVerbs.has(lower) ||
    lex.labelVerbs.has(lower)
  );
}

/** End of the run of capitalised words from `i` (`Regione Lombardia`), stopping before a given name. */
function capitalRunEnd(ctx: Context, i: number, depth: number): number {
  let j = i;
  while (j < ctx.words.length) {
    const w = ctx.words[j]!;
    if (w.depth !== depth || w.sentence !== ctx.words[i]!.sentence || w.kind !== 'word') break;
    if (j > i && ctx.lex.givenNames.has(w.lower)) break;
    if (w.cap && !w.lower.endsWith("'")) j++;
    else if (ctx.lex.nameParticles.has(w.lower) && ctx.words[j + 1]?.cap) j++;
    else break;
  }
  return j;
}

/** The role phrase whose head noun is at `head`: article before, modifiers and one `di` phrase after. */
export function roleAround(
  ctx: Context,
  head: number,
  depth: number,
): { from: number; to: number; role: string[] } {
  const { words, lex } = ctx;
  let from = head;
  while (from > 0 && words[from - 1]!.depth === depth && lex.articles.has(words[from - 1]!.lower)) from--;
  const role = [words[head]!.lower];
  let to = head + 1;
  let modifiers = 0;
  while (to < words.length && words[to]!.depth === depth && modifiers < MAX_MODIFIERS) {
    const w = words[to]!;
    const plain = w.kind === 'word' && !w.cap && !ctx.stopwords.has(w.lower) && !isVerbForm(ctx, w.lower);
    if (plain && !lex.prepositions.has(w.lower) && !lex.adverbs.has(w.lower)) {
      role.push(w.lower);
      to++;
      modifiers++;
    } else if (lex.rolePrepositions.has(w.lower) && words[to + 1]?.depth === depth) {
      // One phrase naming what the role is of: `della Juventus`, `di San Donato`, `alla Mobilità`.
      const n = words[to + 1]!;
      const owner = OWNER.test(w.lower);
      if (n.cap && n.kind === 'word') to = capitalRunEnd(ctx, to + 1, depth);
      else if (owner && n.kind === 'word' && !ctx.stopwords.has(n.lower)) to += 2;
      else break;
      role.push(...words.slice(to - 1, to).map((x) => x.lower));
      break;
    } else break;
  }
  return { from, to, role };
}

/** The mention that holds word `i`, or null when the word is neither a name nor a role noun. */
export function mentionAt(ctx: Context, i: number): Mention | null {
  const w = ctx.words[i];
  if (!w) return null;
  const depth = w.depth;
  if (ctx.lex.pronouns.has(w.lower) && w.kind === 'word') {
    return { from: i, to: i + 1, nameFrom: -1, nameTo: -1, role: [], pronoun: true };
  }
  if (isNameWord(ctx, i)) {
    let nameFrom = nameStart(ctx, i, depth);
    let nameTo = nameEnd(ctx, nameFrom, depth);
    // The run may hold two names split by a given name: keep the one holding word `i`.
    while (nameTo <= i && nameTo > nameFrom) {
      nameFrom = nameTo;
      nameTo = nameEnd(ctx, nameFrom, depth);
    }
    if (nameTo <= i) return null;
    // A role phrase right before the name is its apposition (`il presidente russo Vladimir Putin`).
    let head = -1;
    for (let k = nameFrom - 1; k >= Math.max(0, nameFrom - 1 - MAX_MODIFIERS - 2); k--) {
      if (ctx.words[k]!.depth !== depth || ctx.words[k]!.kind !== 'word') break;
      if (isRoleWord(ctx, k)) {
        head = k;
        break;
      }
    }
    if (head >= 0) {
      const r = roleAround(ctx, head, depth);
      if (r.to === nameFrom)
        return { from: r.from, to: nameTo, nameFrom, nameTo, role: r.role, pronoun: false };
    }
    return { from: nameFrom, to: nameTo, nameFrom, nameTo, role: [], pronoun: false };
  }
  if (!isRoleWord(ctx, i)) return null;
  const r = roleAround(ctx, i, depth);
  // A role phrase needs an article or a name after it: bare role nouns are mostly predicates.
  const hasArticle = r.from < i || w.cap;
  if (r.to < ctx.words.length && isNameWord(ctx, r.to) && ctx.words[r.to]!.depth === depth) {
    const nameTo = nameEnd(ctx, r.to, depth);
    return { from: r.from, to: nameTo, nameFrom: r.to, nameTo, role: r.role, pronoun: false };
  }
  if (!hasArticle) return null;
  return { from: r.from, to: r.to, nameFrom: -1, nameTo: -1, role: r.role, pronoun: false };
}

/** The role phrase headed at word `i` as a mention, article or not (`nel comunicato di Palazzo Chigi`). */
export function roleMention(ctx: Context, i: number): Mention | null {
  if (!isRoleWord(ctx, i)) return null;
  const r = roleAround(ctx, i, ctx.words[i]!.depth);
  return { from: r.from, to: r.to, nameFrom: -1, nameTo: -1, role: r.role, pronoun: false };
}

/** True when the mention follows a preposition, so it is an object, an addressee or a source. */
export function afterPreposition(ctx: Context, m: Mention): boolean {
  let k = m.from - 1;
  // `contro l’Empoli`: the article belongs to the phrase of the preposition before it.
  while (
    k >= 0 &&
    ctx.lex.articles.has(ctx.words[k]!.lower) &&
    !ctx.lex.prepositions.has(ctx.words[k]!.lower)
  )
    k--;
  const prev: Word | undefined = ctx.words[k];
  if (!prev || prev.sentence !== ctx.words[m.from]!.sentence) return false;
  return ctx.lex.prepositions.has(prev.lower);
}

/** The proper name of a mention as written, or null. */
export function nameText(ctx: Context, m: Mention): string | null {
  if (m.nameFrom < 0 || m.nameTo <= m.nameFrom) return null;
  return ctx.text.slice(ctx.words[m.nameFrom]!.start, ctx.words[m.nameTo - 1]!.end);
}
