/**
 * Role phrases: a role noun with its article before it and its modifiers and owner after it (`il
 * presidente russo`, `l’allenatore dei rossoblù`, `il sindaco di Kiev`). The owner is a capitalised
 * name of a place or a body; a known place or body ends it, so a person's name right after it is
 * not swallowed (`il sindaco di Kiev Vitali Klitschko`, `la presidente della Commissione europea
 * Ursula von der Leyen`).
 */
import type { Context } from './words.js';

/** Prepositions after which a lower-case noun still belongs to the role (`presidente del consiglio`). */
export const OWNER = /^(di|del|della|dello|dei|degli|delle|dell'|of)$/;

/** Most words a role phrase may hold after its head noun (`procuratore nazionale antimafia`). */
export const MAX_MODIFIERS = 3;

/*
 * Most words of the capitalised owner of a role (`Regione Friuli Venezia Giulia`: 4). The bound keeps
 * the work per role constant in text written in capitals.
 */
const MAX_OWNER = 8;

/** Most words of the name of a known place or body (`Banca centrale europea`, `Corte dei conti`). */
const MAX_KNOWN = 5;

/** End of the longest known place or body name starting at word `i` (lower-case words allowed), or `i`. */
function knownNameEnd(ctx: Context, i: number, depth: number): number {
  const known = ctx.lex.knownNames;
  if (!known) return i;
  let key = '';
  let end = i;
  for (let j = i; j < Math.min(ctx.words.length, i + MAX_KNOWN); j++) {
    const w = ctx.words[j]!;
    if (w.depth !== depth || w.kind === 'punctuation' || w.sentence !== ctx.words[i]!.sentence) break;
    key = key === '' || key.endsWith("'") ? key + w.lower : `${key} ${w.lower}`;
    if (known.has(key)) end = j + 1;
  }
  return end;
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

/**
 * End of the owner of a role from word `i`: the run of capitalised words (`Regione Lombardia`),
 * stopping before a given name, or the known place or body it starts with when that is longer
 * (`Commissione europea`) or when a name follows it (`Kiev` in `Kiev Vitali Klitschko`).
 */
function capitalRunEnd(ctx: Context, i: number, depth: number): number {
  let j = i;
  while (j < Math.min(ctx.words.length, i + MAX_OWNER)) {
    const w = ctx.words[j]!;
    if (w.depth !== depth || w.sentence !== ctx.words[i]!.sentence || w.kind !== 'word') break;
    if (j > i && ctx.lex.givenNames.has(w.lower)) break;
    if (w.cap && !w.lower.endsWith("'")) j++;
    else if (ctx.lex.nameParticles.has(w.lower) && ctx.words[j + 1]?.cap) j++;
    else break;
  }
  const known = knownNameEnd(ctx, i, depth);
  if (known > j || (known > i && known < j && ctx.words[known]!.cap)) return known;
  return j - i >= LONG_RUN && endsWithName(ctx, i, j) ? j - 2 : j;
}

/*
 * Fewest capitalised words of an owner run that may end with a person's name. A body or a portfolio
 * is one or two words (`Commercio`, `Regione Toscana`); a third capitalised word starts a name
 * (`al Commercio Maroš Šefčovič`) unless the run is a known place or body.
 */
const LONG_RUN = 3;

/** True when the last two words of the run `[i, j)` are a person's name, not part of a body or a place. */
function endsWithName(ctx: Context, i: number, j: number): boolean {
  const { words, lex, lowerSeen } = ctx;
  for (let k = i + 1; k < j; k++) if (knownNameEnd(ctx, k, words[k]!.depth) >= j) return false;
  for (const w of [words[j - 2]!, words[j - 1]!]) {
    if (lowerSeen.has(w.lower) || lex.knownNames?.has(w.lower) || lex.nameParticles.has(w.lower))
      return false;
  }
  return true;
}

/**
 * The word that stands for the role noun at `i` when roles are compared: its synonym's (`legale` →
 * `avvocato`, `il primo cittadino` → `sindaco`), so that two names of one role tie the same person.
 */
export function roleHead(ctx: Context, i: number): string {
  const { words, lex } = ctx;
  const lower = words[i]!.lower;
  const synonyms = lex.roleSynonyms;
  if (!synonyms) return lower;
  return synonyms.get(`${words[i - 1]?.lower ?? ''} ${lower}`) ?? synonyms.get(lower) ?? lower;
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
  // A partitive takes the place of the article: `una delle vittime`, `uno dei soccorritori`.
  const of = words[head - 1]?.lower ?? '';
  if (from === head && /^(dei|degli|delle|of)$/.test(of) && lex.partitives?.has(words[head - 2]?.lower ?? ''))
    from = head - 2;
  const role = [roleHead(ctx, head)];
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
