/**
 * The subject of a reporting verb: the nearest mention before it that is not inside a prepositional
 * phrase (`Paolo Neri, sindaco di Torino, è tornato a parlare`), or the mention right after it
 * when the subject is inverted (`ha dichiarato in conferenza stampa il procuratore …`).
 */
import { afterPreposition, isNameWord, type Mention, mentionAt } from './mentions.js';
import type { Context } from './words.js';

/*
 * Farthest a subject may stand from its verb, in words. Subjects before the verb are separated from
 * it by parentheticals (`, in conferenza stampa,`, `, senza mezzi termini,`) of up to about fifteen
 * words in news; after the verb, by an adverb and a prepositional phrase of up to six.
 */
const BACK_WINDOW = 30;
const FORWARD_WINDOW = 9;

/*
 * Most tokens, marks included, of a quoted name crossed on the way back to a subject (`«Guardian»`:
 * 3, `«Corriere della Sera»`: 5). Longer quoted spans are quotations, whose words are not the subject's.
 */
const MARKED_NAME = 6;

/** Words that end the search for an inverted subject: a subordinate clause starts there. */
const CLAUSE_BREAKS = new Set([
  'che',
  'se',
  'come',
  'quando',
  'mentre',
  'perché',
  'that',
  'if',
  'when',
  'while',
]);

/** Relative pronouns: `X, che ha detto` makes X the subject, even inside a phrase (`dal presidente X, che`). */
const RELATIVES = new Set(['che', 'quale', 'quali', 'who']);

/*
 * Most words of the complement between a mention and the relative pronoun that refers to it
 * (`l’Unione degli studenti, che`): a prepositional phrase of two or three words in news, up to two
 * coordinated ones in the names of bodies (`l’Autorità regionale per la tutela delle acque e
 * del suolo, che`: 9). The complement is lower-case words after a preposition, nothing else.
 */
const COMPLEMENT = 10;

/**
 * The antecedent of a relative pronoun at word `end`: the mention that ends right before it (a comma
 * or a bracket between allowed), or that its lower-case complement ends (`l’Unione degli studenti,
 * che`), or null.
 */
export function antecedent(ctx: Context, end: number): Mention | null {
  const { words, lex } = ctx;
  let k = end - 1;
  if (k >= 0 && /^[,(]$/.test(words[k]!.text)) k--;
  const named = namingClause(ctx, k, end);
  if (named >= 0) return antecedent(ctx, named);
  for (let i = k; i >= Math.max(0, k - COMPLEMENT); i--) {
    const m = mentionAt(ctx, i);
    if (m && m.to === k + 1) return m;
    if (m && m.to <= k) {
      // Only a complement of lower-case words and prepositions may follow the mention.
      const gap = words.slice(m.to, k + 1);
      const complement =
        lex.prepositions.has(gap[0]?.lower ?? '') && gap.every((w) => w.kind === 'word' && !w.cap);
      return complement ? m : null;
    }
    const w = words[i]!;
    if (w.kind === 'punctuation' || w.sentence !== words[end]?.sentence) return null;
  }
  return null;
}

/** Most words between a relative pronoun and the quoted name its clause gives (`che si fa chiamare «N»`). */
const NAMING = 4;

/**
 * Index of the relative pronoun of a clause that ends at word `k` by giving a name in marks (`un
 * lettore che si fa chiamare «Gino», che …`): that name stands for the pronoun's own antecedent. -1 if none.
 */
function namingClause(ctx: Context, k: number, end: number): number {
  const { words } = ctx;
  const depth = words[end]?.depth ?? 0;
  let i = k;
  while (i >= Math.max(0, k - MARKED_NAME) && words[i]!.depth > depth) i--;
  if (i === k || i < 0 || k - i > MARKED_NAME) return -1;
  for (let r = i; r >= Math.max(0, i - NAMING); r--) {
    if (words[r]!.depth !== depth || words[r]!.kind === 'punctuation') return -1;
    if (RELATIVES.has(words[r]!.lower)) return r;
  }
  return -1;
}

/*
 * Most words of a relative clause set off by commas between a subject and its verb (`Mio nonno, che
 * lavorava al mulino del paese, diceva`): a verb and its object or complement, a dozen words.
 */
const RELATIVE_CLAUSE = 12;

/**
 * Index of the relative pronoun of a clause set off by commas that ends right before the verb at
 * `from` (`X, che lavorava in banca, diceva`), or -1: its words are not the verb's subject, the
 * pronoun's antecedent is.
 */
function relativeClauseBefore(ctx: Context, from: number, lowest: number): number {
  const { words } = ctx;
  if (words[from - 1]?.text !== ',') return -1;
  for (let k = from - 2; k >= Math.max(lowest, from - 2 - RELATIVE_CLAUSE); k--) {
    const w = words[k]!;
    if (w.sentence !== words[from]!.sentence || w.depth !== words[from]!.depth) return -1;
    if (w.kind !== 'punctuation') continue;
    return w.text === ',' && RELATIVES.has(words[k + 1]?.lower ?? '') ? k + 1 : -1;
  }
  return -1;
}

/** Most words between the comma that opens an apposition and a name inside it (`, del liceo Righi`). */
const SEGMENT = 4;

/**
 * True when the mention sits in a comma-delimited apposition that opens with a preposition (`Giulia,
 * 19 anni, del liceo Righi di Roma, racconta`): the phrase says where the subject is from.
 */
function inPhraseSegment(ctx: Context, m: Mention): boolean {
  const { words, lex } = ctx;
  for (let k = m.from - 1; k >= Math.max(0, m.from - 1 - SEGMENT); k--) {
    const w = words[k]!;
    if (w.kind === 'punctuation' || w.cap || w.sentence !== words[m.from]!.sentence) return false;
    const opens = words[k - 1]?.text === ',';
    if (opens) return lex.prepositions.has(w.lower) && !lex.clauseWords?.has(w.lower);
  }
  return false;
}

/** Index of the `(` that opens the bracket closed at word `close`, in its sentence and not before `lowest`, or -1. */
function bracketOpen(ctx: Context, close: number, lowest: number): number {
  const { words } = ctx;
  for (let k = close - 1; k >= lowest; k--) {
    if (words[k]!.sentence !== words[close]!.sentence) return -1;
    if (words[k]!.text === '(') return k;
  }
  return -1;
}

/** The subject mention before the verb phrase starting at word `from`, not before word `floor`. */
export function subjectBefore(ctx: Context, from: number, floor: number): Mention | null {
  const { words, lex } = ctx;
  const verb = words[from];
  if (!verb) return null;
  const before = words[from - 1];
  if (before && RELATIVES.has(before.lower)) {
    const article = lex.articles.has(words[from - 2]?.lower ?? '') ? 1 : 0;
    return antecedent(ctx, from - 1 - article);
  }
  // A bare gerund (`spiegando`) shares the subject of its main clause: the first mention of the clause.
  const gerund = lex.gerundEndings.some((e) => verb.lower.endsWith(e));
  const lowest = Math.max(floor, from - BACK_WINDOW, 0);
  const relative = relativeClauseBefore(ctx, from, lowest);
  if (relative >= 0) return antecedent(ctx, relative);
  let found: Mention | null = null;
  for (let i = from - 1; i >= lowest; i--) {
    const w = words[i]!;
    if (w.sentence !== verb.sentence || w.depth < verb.depth) break;
    if (w.depth > verb.depth) {
      // A name in marks inside the subject is crossed (`un critico del «Guardian» ha parlato`), a quotation is not.
      let k = i;
      while (k >= lowest && words[k]!.depth > verb.depth) k--;
      if (i - k > MARKED_NAME) break;
      i = k + 1;
      continue;
    }
    if (w.text === ':' || w.text === ';' || (gerund && RELATIVES.has(w.lower))) break;
    if (w.text === ')') {
      // `«Il romanzo» (Editore, 300 pagine) racconta`: a bracketed aside holds no subject of the verb.
      const open = bracketOpen(ctx, i, lowest);
      if (open < 0) break;
      i = open;
      continue;
    }
    // `dal ministro X, che in un’intervista ha parlato di …`: the relative's antecedent is the subject.
    if (RELATIVES.has(w.lower) && words[i - 1]?.text === ',') return antecedent(ctx, i) ?? found;
    const m = mentionAt(ctx, i);
    if (!m || m.to > from) continue;
    if (!afterPreposition(ctx, m) && !inPhraseSegment(ctx, m)) {
      // `Una delle vittime, una donna di 86 anni, ha raccontato`: of two appositions without a
      // name, the first; a name is kept (`Il suo legale, l’avvocato Francesco Greco, ha annunciato`).
      const first = words[m.from - 1]?.text === ',' && m.nameFrom < 0 ? antecedent(ctx, m.from) : null;
      if (!gerund) return first && first.from >= lowest && !afterPreposition(ctx, first) ? first : m;
      found = m;
    }
    i = m.from;
  }
  return found;
}

/**
 * True when the name at word `i` ends a phrase before it rather than belonging to it: it follows a
 * common noun (`scrive in un report Paolo Mameli,`), not a role or a preposition, and ends the clause.
 */
function closesPhrase(ctx: Context, i: number, m: Mention): boolean {
  const prev = ctx.words[i - 1];
  const after = ctx.words[m.nameTo];
  if (m.nameFrom !== i || !prev || prev.kind !== 'word' || prev.cap) return false;
  const { lex } = ctx;
  if (lex.roleNouns.has(prev.lower) || lex.prepositions.has(prev.lower) || lex.articles.has(prev.lower))
    return false;
  return after === undefined || after.kind === 'punctuation' || after.sentence !== ctx.words[i]!.sentence;
}

/** The inverted subject after the verb phrase ending before word `to`, not at or after word `ceiling`. */
export function subjectAfter(ctx: Context, to: number, ceiling: number): Mention | null {
  const { words, lex } = ctx;
  const verb = words[to - 1];
  if (!verb) return null;
  const highest = Math.min(ceiling, to + FORWARD_WINDOW, words.length);
  let inPhrase = false;
  let prevPreposition = false;
  for (let i = to; i < highest; i++) {
    const w = words[i]!;
    if (w.sentence !== verb.sentence || w.depth !== verb.depth) return null;
    if (w.kind === 'punctuation' || w.kind === 'symbol') return null;
    if (CLAUSE_BREAKS.has(w.lower)) return null;
    if (lex.prepositions.has(w.lower)) {
      // `di` before a verb opens an infinitive clause (`ha detto di non …`): no subject follows.
      const next = words[i + 1]?.lower ?? '';
      if ((w.lower === 'di' || w.lower === 'a') && !isNameWord(ctx, i + 1) && !lex.articles.has(next))
        return null;
      inPhrase = true;
      prevPreposition = true;
      continue;
    }
    // `racconta uno dei soccorritori`: a partitive opens the subject, its `dei` does not close it.
    const partitive = !inPhrase && lex.partitives?.has(w.lower) ? mentionAt(ctx, i + 2) : null;
    if (partitive && partitive.from === i) return partitive;
    if (lex.articles.has(w.lower)) {
      // An article right after a preposition belongs to its phrase; any other one opens the subject.
      if (!prevPreposition) inPhrase = false;
      prevPreposition = false;
      continue;
    }
    prevPreposition = false;
    if (inPhrase) {
      const m = isNameWord(ctx, i) ? mentionAt(ctx, i) : null;
      if (m && closesPhrase(ctx, i, m)) return { ...m, from: i, role: [] };
      if (m) i = m.to - 1;
      continue;
    }
    if (lex.adverbs.has(w.lower)) continue;
    return mentionAt(ctx, i);
  }
  return null;
}
