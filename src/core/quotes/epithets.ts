/**
 * Epithets: nouns the lexicon does not list as roles but that an article ties to a person's name
 * (`l’argentino Tomas Rey`, `la pediatra di base Anna Neri`, `il 23enne Luca Bruni`). Once the
 * article has tied one, the same noun with its article is a mention of a speaker elsewhere in it
 * (`L’argentino, deluso, ha detto: «…»`).
 */
import { isNameWord } from './mentions.js';
import { roleAround } from './roles.js';
import type { Context } from './words.js';

/** Heads of the epithets of each text, computed once per text. */
const cache = new WeakMap<Context, ReadonlySet<string>>();

/** Most words between the article of an epithet and the name it is tied to (`di famiglia`: 3). */
const EPITHET_WORDS = 4;

/** True when word `k` may head an epithet: a plain lower-case word, not a function, time or title word. */
function epithetWord(ctx: Context, k: number): boolean {
  const w = ctx.words[k];
  const { lex } = ctx;
  if (w?.kind !== 'word' || w.cap || ctx.stopwords.has(w.lower) || lex.prepositions.has(w.lower))
    return false;
  if (lex.timeWords?.has(w.lower) || lex.titleWords.has(w.lower) || lex.documentNouns.has(w.lower))
    return false;
  return !lex.adverbs.has(w.lower) && !lex.speechVerbs.has(w.lower) && !lex.auxiliaries.has(w.lower);
}

/** The head of the epithet tied to the person's name starting at word `name`, or -1. */
export function epithetBefore(ctx: Context, name: number): number {
  const { words, lex } = ctx;
  const first = words[name]!;
  const person = lex.givenNames.has(first.lower) || isNameWord(ctx, name + 1);
  if (!person || isNameWord(ctx, name - 1)) return -1;
  for (let a = name - 2; a >= Math.max(0, name - 1 - EPITHET_WORDS); a--) {
    const w = words[a]!;
    if (w.sentence !== first.sentence || w.depth !== first.depth) return -1;
    if (!lex.articles.has(w.lower) || lex.indefinites.has(w.lower)) continue;
    if (!epithetWord(ctx, a + 1)) return -1;
    return roleAround(ctx, a + 1, first.depth).to === name ? a + 1 : -1;
  }
  return -1;
}

/** The heads of the epithets the text ties to names (`argentino`, `pediatra`). */
export function epithetHeads(ctx: Context): ReadonlySet<string> {
  let heads = cache.get(ctx);
  if (heads) return heads;
  const found = new Set<string>();
  cache.set(ctx, found);
  for (let i = 1; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (!w.cap || ctx.words[i - 1]!.cap || !isNameWord(ctx, i)) continue;
    const head = epithetBefore(ctx, i);
    if (head >= 0) found.add(ctx.words[head]!.lower);
  }
  heads = found;
  return heads;
}
