/**
 * Role phrases tied to a name: before it (`il presidente russo Vladimir Putin`, `il capo di Gabinetto,
 * Hirokazu Matsuno`, `Russian President Vladimir Putin`) or in apposition after it (`Hirokazu Matsuno,
 * capo di Gabinetto,`, `Joe Biden, the US president,`). A role makes the name a person and is shown
 * with it.
 */
import type { Piece } from './pieces.js';
import type { EntityLexicon } from './types.js';

/** A role phrase as written. */
export interface Role {
  /** The phrase, from its title word on (articles left out). */
  text: string;
  /** Offset of its first code unit. */
  start: number;
  /** Offset after its last code unit. */
  end: number;
}

/**
 * Most words a role phrase may have besides its title: enough for `presidente del Consiglio dei
 * ministri` or `chief of staff of the army`; longer spans are clauses, not roles.
 */
const MAX_ROLE_WORDS = 5;

/** True when the piece may sit inside a role phrase: a particle, a capitalised word, or a content word. */
function inRolePhrase(q: Piece, lexicon: EntityLexicon): boolean {
  return (
    q.word && (q.cap || lexicon.particles.has(q.lower.replace(/’$/u, '')) || !lexicon.stopwords.has(q.lower))
  );
}

/**
 * Start of the words right before a title that qualify it: capitalised ones in English (`North Korean
 * leader`, `White House spokesman`) and the language's modifiers (`former`, `chief cabinet`, `ex`);
 * the index of the title itself when there are none.
 */
function qualifiersBefore(pieces: readonly Piece[], title: number, lexicon: EntityLexicon): number {
  let j = title;
  while (j > 0) {
    const q = pieces[j - 1]!;
    if (!q.word || q.sentence !== pieces[title]!.sentence || !pieces[j]!.spaced) break;
    const qualifier = q.cap ? !lexicon.stopwords.has(q.lower) : lexicon.roleModifiers.has(q.lower);
    if (!qualifier && !lexicon.titles.has(q.lower)) break;
    j--;
  }
  return j;
}

/** The role phrase right before the name at `from` (past one comma), or null. */
export function roleBefore(
  text: string,
  pieces: readonly Piece[],
  from: number,
  lexicon: EntityLexicon,
): Role | null {
  const sentence = pieces[from]!.sentence;
  let end = from;
  if (pieces[end - 1]?.text === ',' && pieces[end - 1]!.sentence === sentence) end--;
  const last = pieces[end - 1];
  if (!last?.word || last.sentence !== sentence) return null;
  // `il sindaco di Roma`: a name right after a particle is the role's complement, not its holder.
  if (end === from && !last.cap && lexicon.particles.has(last.lower.replace(/’$/u, ''))) return null;
  for (let k = end - 1; k >= 0 && k >= end - 1 - MAX_ROLE_WORDS; k--) {
    const q = pieces[k]!;
    if (q.sentence !== sentence || !q.word) return null;
    if (!lexicon.titles.has(q.lower)) continue;
    if (!roleTail(pieces, k + 1, end, lexicon)) return null;
    const first = pieces[qualifiersBefore(pieces, k, lexicon)]!;
    return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  }
  return null;
}

/**
 * True when pieces [from, to) can follow a title inside a role phrase: lower-case modifiers, then at
 * most one complement opened by a particle, a capitalised name or a single word, then modifiers again
 * (`russo`, `dell’Economia`, `di Gabinetto`, `della Corea del Nord`, `nazionale antimafia`).
 */
function roleTail(pieces: readonly Piece[], from: number, to: number, lexicon: EntityLexicon): boolean {
  const particle = (q: Piece): boolean =>
    q.word && !q.cap && lexicon.particles.has(q.lower.replace(/’$/u, ''));
  const modifier = (q: Piece): boolean => q.word && !q.cap && !lexicon.stopwords.has(q.lower) && !particle(q);
  let k = from;
  while (k < to && modifier(pieces[k]!)) k++;
  if (k < to && particle(pieces[k]!)) {
    k++;
    if (k < to && (pieces[k]!.cap || modifier(pieces[k]!))) k++;
    while (k < to && (pieces[k]!.cap || particle(pieces[k]!))) k++;
    while (k < to && modifier(pieces[k]!)) k++;
  }
  return k === to;
}

/** The role phrase in apposition after the name ending before `to`: `, [article] … title …,` or null. */
export function roleAfter(
  text: string,
  pieces: readonly Piece[],
  to: number,
  lexicon: EntityLexicon,
): Role | null {
  const sentence = pieces[to - 1]!.sentence;
  if (pieces[to]?.text !== ',' || pieces[to]!.sentence !== sentence) return null;
  let k = to + 1;
  while (pieces[k]?.word && pieces[k]!.sentence === sentence && lexicon.articles.has(pieces[k]!.lower)) k++;
  const first = k;
  let title = false;
  for (; k < pieces.length && pieces[k]!.sentence === sentence && pieces[k]!.word; k++) {
    if (k - first > MAX_ROLE_WORDS) return null;
    const q = pieces[k]!;
    if (lexicon.titles.has(q.lower)) title = true;
    else if (!inRolePhrase(q, lexicon) && !lexicon.articles.has(q.lower)) return null;
  }
  if (!title || k === first) return null;
  const end = pieces[k - 1]!.end;
  return { text: text.slice(pieces[first]!.start, end), start: pieces[first]!.start, end };
}

/**
 * Splits a capitalised title off the front of a run (`Russian President Vladimir Putin` → role
 * `Russian President`, name from `Vladimir`). Returns where the name starts and the role, if any.
 */
export function splitLeadingRole(
  text: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  lexicon: EntityLexicon,
): { from: number; role: Role | null } {
  let last = -1;
  for (let k = from; k < to; k++) if (lexicon.titles.has(pieces[k]!.lower)) last = k;
  if (last < 0) return { from, role: null };
  const start = pieces[from]!.start;
  const end = pieces[last]!.end;
  return { from: last + 1, role: { text: text.slice(start, end), start, end } };
}
