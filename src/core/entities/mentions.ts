/**
 * Name mentions: runs of capitalised words, with lower-case particles inside (`Corea del Nord`) and
 * capitalised function words after the first word (`Kim Jong Un`). A capital at the start of a sentence
 * or a quotation proves nothing, so a word there starts a name only when it is known (a gazetteer entry,
 * a given name, a name found by other means) or written with a capital elsewhere in the text. Each
 * mention also records the cues around it that the classifier weighs: a role phrase, a reporting verb
 * after it, a place preposition before it.
 */
import type { Piece } from './pieces.js';
import { roleAfter, roleBefore, splitLeadingRole } from './roles.js';
import { acceptedInitial, type NameEvidence, nestedPlace, runEnd, splitPoint, startsName } from './runs.js';
import type { EntityLexicon } from './types.js';

/** One mention of a name. */
export interface Mention {
  /** Offset of its first code unit. */
  start: number;
  /** Offset after its last code unit. */
  end: number;
  /** The name as written. */
  text: string;
  /** Lower-case words of the name, particles included. */
  words: string[];
  /** The role phrase tied to it (`presidente russo`), or null. */
  role: string | null;
  /** True when a reporting verb follows it (`Putin ha detto`). */
  speaks: boolean;
  /** How strongly the preposition before it puts it in a place: 1 (`in Russia`), 0.5 (`a Pechino`), 0. */
  located: number;
  /** True when the name lies inside another name's role phrase (`capo di Gabinetto`). */
  inRole: boolean;
}

/** Finds every name mention in the pieces, in text order. */
export function findMentions(
  text: string,
  pieces: readonly Piece[],
  lexicon: EntityLexicon,
  evidence: NameEvidence,
): Mention[] {
  const mentions: Mention[] = [];
  const roleSpans: [number, number][] = [];
  let i = 0;
  while (i < pieces.length) {
    if (!startsName(pieces, i, lexicon)) {
      i++;
      continue;
    }
    const to = runEnd(text, pieces, i, lexicon);
    if (pieces[i]!.initial && !acceptedInitial(text, pieces, i, to, lexicon, evidence)) {
      i++;
      continue;
    }
    const cut = splitPoint(text, pieces, i, to, lexicon);
    const split = splitLeadingRole(text, pieces, i, cut, lexicon);
    if (split.from < cut) {
      const before = split.role ?? roleBefore(text, pieces, split.from, lexicon);
      const after = before ? null : roleAfter(text, pieces, cut, lexicon);
      const role = before ?? after;
      if (role) roleSpans.push([role.start, role.end]);
      mentions.push(mentionOf(text, pieces, split.from, cut, role?.text ?? null, lexicon));
      const nested = nestedPlace(text, pieces, split.from, cut, lexicon);
      if (nested >= 0) mentions.push(mentionOf(text, pieces, nested, cut, null, lexicon));
    }
    i = cut;
  }
  markInRole(mentions, roleSpans);
  return mentions;
}

/**
 * Marks the mentions that lie inside a role span, in one sweep over both in text order: a mention is
 * inside one when some span starting at or before it reaches past its end.
 */
function markInRole(mentions: Mention[], spans: [number, number][]): void {
  spans.sort((a, b) => a[0] - b[0]);
  const order = [...mentions].sort((a, b) => a.start - b.start);
  let j = 0;
  let reach = -1;
  for (const m of order) {
    while (j < spans.length && spans[j]![0] <= m.start) reach = Math.max(reach, spans[j++]![1]);
    m.inRole = reach >= m.end;
  }
}

/**
 * Strength of a place cue from a preposition that also introduces people (`ha detto a Putin`): half of
 * `in`, so that one such cue alone never makes a name a place, and two do.
 */
const WEAK_PLACE_CUE = 0.5;

/** Builds the mention of pieces [from, to) with the cues around it. */
function mentionOf(
  text: string,
  pieces: readonly Piece[],
  from: number,
  to: number,
  role: string | null,
  lexicon: EntityLexicon,
): Mention {
  const start = pieces[from]!.start;
  const end = pieces[to - 1]!.end;
  const before = pieces[from - 1];
  const adjacent = before !== undefined && before.sentence === pieces[from]!.sentence && pieces[from]!.spaced;
  const located = !adjacent
    ? 0
    : lexicon.placePrepositions.has(before.lower)
      ? 1
      : lexicon.weakPlacePrepositions.has(before.lower)
        ? WEAK_PLACE_CUE
        : 0;
  return {
    start,
    end,
    text: text.slice(start, end),
    words: pieces.slice(from, to).map((p) => p.lower),
    role,
    speaks: reportingVerbAfter(pieces, to, lexicon),
    located,
    inRole: false,
  };
}

/** Most auxiliaries and adverbs allowed between a name and its reporting verb (`ha anche detto`). */
const MAX_AUXILIARIES = 3;

/** True when a reporting verb follows the name, past at most one comma and a few auxiliaries. */
function reportingVerbAfter(pieces: readonly Piece[], to: number, lexicon: EntityLexicon): boolean {
  const sentence = pieces[to - 1]!.sentence;
  let k = to;
  if (pieces[k]?.text === ',') k++;
  for (let n = 0; n <= MAX_AUXILIARIES && k < pieces.length; n++, k++) {
    const p = pieces[k]!;
    if (p.sentence !== sentence || !p.word) return false;
    if (lexicon.speechVerbs.has(p.lower)) return true;
    if (!lexicon.auxiliaries.has(p.lower)) return false;
  }
  return false;
}
