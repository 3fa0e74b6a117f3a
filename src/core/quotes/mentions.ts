/**
 * Mentions of possible speakers: proper names (`Marta Ferri`, `Coldiretti`), role phrases
 * (`il leader russo`, `L’allenatore dei rossoblù`) and both in apposition (`il procuratore di Bari
 * Giovanna De Santis`). A mention right after a preposition is never a subject (`dai cronisti`,
 * `rivolgendosi all’australiano`, `come riferito dall’Ansa`).
 */
import { epithetHeads } from './epithets.js';
import { cueAt } from './reporting.js';
import { MAX_MODIFIERS, roleAround } from './roles.js';
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

/** True when the word can be part of a proper name. */
export function isNameWord(ctx: Context, i: number): boolean {
  const w = ctx.words[i];
  if (!w?.cap || (w.kind !== 'word' && w.kind !== 'abbreviation')) return false;
  if (w.lower.endsWith("'")) return false;
  if (ctx.lex.notNames.has(w.lower) || ctx.stopwords.has(w.lower)) return false;
  if (ctx.lex.roleNouns.has(w.lower)) return false;
  // A sentence opener that the text also writes in lower case is an ordinary word.
  const first = i === 0 || ctx.words[i - 1]?.sentence !== w.sentence;
  return !first || (!ctx.lowerSeen.has(w.lower) && !frontedPredicate(ctx, i));
}

/**
 * True when the sentence opener at `i` is a fronted predicate (`Contento anche il tecnico`,
 * `Preoccupati i residenti`): `anche` or an article that is never a clitic pronoun follows it, which
 * never follows a name opening a sentence (`Rossi lo ha detto` has a clitic, so `lo` does not count).
 */
function frontedPredicate(ctx: Context, i: number): boolean {
  const next = ctx.words[i + 1];
  return (
    next !== undefined &&
    next.sentence === ctx.words[i]!.sentence &&
    ctx.lex.predicateFollowers?.has(next.lower) === true
  );
}

/** True when the word is a role noun (`presidente`, or capitalised `Procuratore` before a name). */
function isRoleWord(ctx: Context, i: number): boolean {
  const w = ctx.words[i];
  if (w === undefined || w.kind !== 'word') return false;
  // Documents speak too (`il comunicato`, `the report`), but capitalised they are names (`Risoluzione 2270`).
  if (ctx.lex.roleNouns.has(w.lower) || (!w.cap && ctx.lex.documentNouns.has(w.lower))) return true;
  // So do the epithets the article ties to a name (`l’argentino Tomas Rey` … `l’argentino`).
  return !w.cap && epithetHeads(ctx).has(w.lower);
}

/** End of the proper name starting at `i` (particles and numbers inside it included). */
function nameEnd(ctx: Context, i: number, depth: number): number {
  let j = i;
  let given = false;
  while (j < ctx.words.length && ctx.words[j]!.depth === depth) {
    const w = ctx.words[j]!;
    // A given name after a run without one starts another name (`di Bari Giovanna De Santis`).
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

/**
 * True for an indefinite pronoun that is the subject of the verb right after it (`come qualcuno ha
 * scritto`, `molti hanno detto`): a source the article leaves unnamed, not the previous speaker.
 */
function isIndefiniteSubject(ctx: Context, i: number): boolean {
  const { words, lex } = ctx;
  if (!lex.indefinitePronouns?.has(words[i]!.lower)) return false;
  const next = words[i + 1];
  if (!next || next.sentence !== words[i]!.sentence) return false;
  return lex.auxiliaries.has(next.lower) || lex.clitics.has(next.lower) || cueAt(ctx, i + 1) !== null;
}

/** The mention that holds word `i`, or null when the word is neither a name nor a role noun. */
export function mentionAt(ctx: Context, i: number): Mention | null {
  const w = ctx.words[i];
  if (!w) return null;
  const depth = w.depth;
  if (ctx.lex.pronouns.has(w.lower) && w.kind === 'word') {
    return { from: i, to: i + 1, nameFrom: -1, nameTo: -1, role: [], pronoun: true };
  }
  if (isIndefiniteSubject(ctx, i))
    return { from: i, to: i + 1, nameFrom: -1, nameTo: -1, role: [w.lower], pronoun: false };
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
      const before = ctx.words[k]!;
      if (before.depth !== depth || before.kind !== 'word' || before.sentence !== w.sentence) break;
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
  const next = ctx.words[r.to];
  if (next && isNameWord(ctx, r.to) && next.depth === depth && next.sentence === w.sentence) {
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
  if (ctx.lex.prepositions.has(prev.lower)) return true;
  // `con Paolo Antonacci e Davide Simonetta`: the second of two names joined by `e` shares the phrase.
  if (!COORDINATORS.has(prev.lower)) return false;
  const before = mentionEnding(ctx, k);
  return before !== null && before.from < m.from && afterPreposition(ctx, before);
}

/*
 * Most lower-case words between a name and the preposition whose phrase holds it (`sul candidato
 * del centrodestra Edmondo Cirielli`: 3). Further back the words belong to another constituent.
 */
const PHRASE_REACH = 5;

/**
 * True when the mention sits in a prepositional phrase, right after the preposition or after the
 * common noun it is in apposition to (`sul candidato del centrodestra Edmondo Cirielli`). `di` and
 * its forms attach to the noun before them and are crossed.
 */
export function insidePhrase(ctx: Context, m: Mention): boolean {
  if (afterPreposition(ctx, m)) return true;
  // A mention with its own article or role opens a phrase of its own (`in conferenza stampa il procuratore`).
  if (m.from !== m.nameFrom) return false;
  const { words, lex } = ctx;
  const sentence = words[m.from]!.sentence;
  for (let k = m.from - 1; k >= Math.max(0, m.from - PHRASE_REACH); k--) {
    const w = words[k]!;
    if (w.sentence !== sentence || w.kind !== 'word' || w.cap) return false;
    if (lex.prepositions.has(w.lower) && !lex.clauseWords?.has(w.lower) && !/^d/.test(w.lower)) return true;
  }
  return false;
}

/** Conjunctions that join two mentions into one phrase. */
const COORDINATORS = new Set(['e', 'ed', 'and']);

/** The mention that ends right before word `end`, or null. */
function mentionEnding(ctx: Context, end: number): Mention | null {
  for (let i = end - 1; i >= Math.max(0, end - 4); i--) {
    const m = mentionAt(ctx, i);
    if (m) return m.to === end ? m : null;
  }
  return null;
}

/** The proper name of a mention as written, or null. */
export function nameText(ctx: Context, m: Mention): string | null {
  if (m.nameFrom < 0 || m.nameTo <= m.nameFrom) return null;
  return ctx.text.slice(ctx.words[m.nameFrom]!.start, ctx.words[m.nameTo - 1]!.end);
}

/** Words of an age after a name (`Anna Neri, 80 anni,`): only a person has one. */
const AGE_WORDS = new Set(['anni', 'anno', 'enne']);

/** Relative pronouns that open a clause about the person just named (`Anna Neri, che …`). */
const RELATIVE_WORDS = new Set(['che', 'who']);

/**
 * How a name is introduced by what follows its comma in the next three words (`In scena anche Anna
 * Neri, novant’anni, che …`): by an age, which makes it a person, by a relative clause, or not at
 * all. An introduced person is what the sentence is about even inside a phrase.
 */
export function introduction(ctx: Context, m: Mention): 'age' | 'relative' | null {
  if (m.nameFrom < 0 || ctx.words[m.to]?.text !== ',') return null;
  for (let k = m.to + 1; k < Math.min(ctx.words.length, m.to + 4); k++) {
    const w = ctx.words[k]!;
    if (w.kind === 'punctuation') return null;
    if (AGE_WORDS.has(w.lower) || /\d+enne$/.test(w.lower)) return 'age';
    if (RELATIVE_WORDS.has(w.lower)) return 'relative';
  }
  return null;
}
