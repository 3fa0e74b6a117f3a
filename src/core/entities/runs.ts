/**
 * Runs of name words: where a run of capitals starts (`gli Stati Uniti`, not a sentence's `La`), where
 * it ends (particles inside, `Corea del Nord`; lower-case completions of listed names, `Unione
 * europea`), where it holds two names side by side (`della Corea del Nord Kim Jong Un`), and which
 * listed place a longer name ends with (`Procura di Roma`).
 */
import { lookup } from './lexicon.js';
import type { Piece } from './pieces.js';
import type { EntityLexicon } from './types.js';

/** What decides whether a sentence-initial capitalised word may start a name. */
export interface NameEvidence {
  /** Words written with a capital where the capital is informative, as written. */
  capitalised: ReadonlySet<string>;
  /** Lower-case names found by other means (keyphrases marked as names). */
  known: ReadonlySet<string>;
}

/**
 * True when piece `i` can open a name: a capitalised word of two letters or more, not a title and not a
 * word that never starts a name. A capitalised function word opens one only inside a sentence and right
 * before another capital (`gli Stati Uniti`, `in The Hague`); at a sentence start it is just an article.
 */
export function startsName(pieces: readonly Piece[], i: number, lexicon: EntityLexicon): boolean {
  const p = pieces[i]!;
  if (!p.cap || [...p.text].length < 2) return false;
  if (lexicon.notNames.has(p.lower) || lexicon.titles.has(p.lower)) return false;
  if (!lexicon.stopwords.has(p.lower)) return true;
  const next = pieces[i + 1];
  return !p.initial && next !== undefined && next.cap && next.spaced && next.sentence === p.sentence;
}

/** End (exclusive) of the run of name words starting at `from`, lower-case completions included. */
export function runEnd(text: string, pieces: readonly Piece[], from: number, lexicon: EntityLexicon): number {
  let j = from + 1;
  while (j < pieces.length) {
    const q = pieces[j]!;
    if (q.sentence !== pieces[from]!.sentence || q.initial) break;
    if (q.cap && q.spaced) {
      j++;
      continue;
    }
    const next = pieces[j + 1];
    const elided = /’$/u.test(q.lower);
    const particle = q.word && !q.cap && lexicon.particles.has(q.lower.replace(/’$/u, ''));
    if (particle && q.spaced && next?.cap && next.sentence === q.sentence && (next.spaced || elided)) {
      j += 2;
      continue;
    }
    break;
  }
  return j + lowerCompletion(text, pieces, from, j, lexicon);
}

/** Longest listed name a run may grow into with lower-case words (`Unione europea`, `Medici senza frontiere`). */
const MAX_COMPLETION = 3;

/**
 * How many lower-case words after a run of capitals still belong to the name: as many as make a
 * gazetteer entry (`Unione europea`), else one adjective after an organisation head (`Banca centrale`).
 */
function lowerCompletion(
  text: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  lexicon: EntityLexicon,
): number {
  const sentence = pieces[from]!.sentence;
  let n = 0;
  while (n < MAX_COMPLETION) {
    const q = pieces[to + n];
    if (!q?.word || q.cap || !q.spaced || q.sentence !== sentence) break;
    n++;
  }
  for (; n > 0; n--) {
    const name = text.slice(pieces[from]!.start, pieces[to + n - 1]!.end);
    if (lookup(lexicon.places, lexicon, name) || lookup(lexicon.organisations, lexicon, name)) return n;
  }
  const next = pieces[to];
  const head = lexicon.organisationHeads.has(pieces[to - 1]!.lower);
  if (!head || !next?.word || next.cap || !next.spaced || next.sentence !== sentence) return 0;
  if (lexicon.stopwords.has(next.lower)) return 0;
  return lexicon.adjectiveEndings.some((e) => next.lower.endsWith(e) && next.lower.length > e.length + 2)
    ? 1
    : 0;
}

/**
 * Where a run of capitals holds two names side by side, the end of the first: after a listed place or
 * body (`della Corea del Nord Kim Jong Un`), or, in a role's complement, before a given name
 * (`ministro dell’Economia Paolo Rinaldi`). `to` when the run is one name.
 */
export function splitPoint(
  text: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  lexicon: EntityLexicon,
): number {
  for (let k = to - 1; k > from; k--) {
    const prefix = text.slice(pieces[from]!.start, pieces[k - 1]!.end);
    const listed = lookup(lexicon.places, lexicon, prefix) ?? lookup(lexicon.organisations, lexicon, prefix);
    if (listed && pieces[k]!.cap) return k;
  }
  const before = pieces[from - 1];
  const complement = before?.word && !before.cap && lexicon.particles.has(before.lower.replace(/’$/u, ''));
  const titled =
    complement && pieces.slice(Math.max(0, from - 4), from - 1).some((p) => lexicon.titles.has(p.lower));
  if (!titled) return to;
  for (let k = from + 1; k < to; k++) if (lexicon.firstNames.has(pieces[k]!.lower)) return k;
  return to;
}

/**
 * Start of a listed place that ends a longer unlisted name after a particle (`Procura di Roma`, `Gran
 * Premio della Cina`): that place is mentioned too. -1 when there is none.
 */
export function nestedPlace(
  text: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  lexicon: EntityLexicon,
): number {
  const whole = text.slice(pieces[from]!.start, pieces[to - 1]!.end);
  if (lookup(lexicon.places, lexicon, whole) || lookup(lexicon.organisations, lexicon, whole)) return -1;
  for (let k = from + 2; k < to; k++) {
    const particle = pieces[k - 1]!;
    if (particle.cap || !lexicon.particles.has(particle.lower.replace(/’$/u, '')) || !pieces[k]!.cap)
      continue;
    if (lookup(lexicon.places, lexicon, text.slice(pieces[k]!.start, pieces[to - 1]!.end))) return k;
  }
  return -1;
}

/** True when a run that starts a sentence is a name: known as a whole or by its first word. */
export function acceptedInitial(
  text: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  lexicon: EntityLexicon,
  evidence: NameEvidence,
): boolean {
  const first = pieces[from]!;
  const whole = text.slice(first.start, pieces[to - 1]!.end);
  if (lookup(lexicon.places, lexicon, whole) || lookup(lexicon.organisations, lexicon, whole)) return true;
  if (lookup(lexicon.places, lexicon, first.text) || lookup(lexicon.organisations, lexicon, first.text))
    return true;
  if (evidence.known.has(whole.toLowerCase()) || evidence.known.has(first.lower)) return true;
  if (lexicon.firstNames.has(first.lower) && to - from > 1) return true;
  return evidence.capitalised.has(first.text);
}
