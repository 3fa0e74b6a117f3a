/**
 * The subject of the clause before a quotation that no reporting verb introduces: the clause a colon
 * ends (`Il ministro è stato chiaro: «…»`, `La replica della Cgil: «…»`, `Contrario anche il Pd,
 * con la consigliera X: «…»`), or the sentence a partial quotation completes (`Il tribunale
 * ha respinto il ricorso perché l’azienda «…»`).
 */
import type { Found } from './after.js';
import { appositionAfter, CUE_WINDOW, previousWord } from './before.js';
import { sentenceFirst, speakerClauses } from './clause.js';
import { afterPreposition, type Mention, mentionAt, roleMention } from './mentions.js';
import { OWNER } from './roles.js';
import type { Context } from './words.js';

/** The subject of the clause that a colon ends right before the quotation (`Il ministro è stato chiaro: «…»`). */
export function colonSubject(ctx: Context, open: number): Found | null {
  const { words } = ctx;
  const depth = words[open]!.depth - 1;
  const colon = previousWord(ctx, open, depth);
  if (colon < 0 || words[colon]!.text !== ':') return null;
  for (const first of speakerClauses(ctx, colon, depth)) {
    const found = clauseSubject(ctx, Math.max(first, colon - CUE_WINDOW), colon, depth);
    if (found) return found;
  }
  return null;
}

/**
 * The subject of the sentence that a partial quotation without any reporting verb completes (`Il
 * tribunale ha respinto il ricorso perché l’azienda «non ha provato il danno»`): the words are
 * the sentence subject's, not the previous speaker's.
 */
export function sentenceSubject(ctx: Context, open: number): Found | null {
  const { words } = ctx;
  const depth = words[open]!.depth - 1;
  const first = words[open + 1];
  if (first?.kind !== 'word' || first.cap) return null;
  const start = Math.max(sentenceFirst(ctx, open), open - CUE_WINDOW);
  if (previousWord(ctx, open, depth) < start) return null;
  const found = clauseSubject(ctx, start, open, depth);
  return found?.cue === null ? found : null;
}

/** The first mention that is not after a preposition in words `[from, colon)`, or a nominal cue's speaker. */
function clauseSubject(ctx: Context, from: number, colon: number, depth: number): Found | null {
  const { words, lex } = ctx;
  const nominal = nominalSource(ctx, from, colon, depth);
  if (nominal) return nominal;
  // End of the last mention inside a prepositional phrase, whose appositions are in it too.
  let phraseEnd = -1;
  for (let i = from; i < colon; i++) {
    const w = words[i]!;
    if (w.depth !== depth) continue;
    // `La replica di Salvini:` / `Il commento del ministro:`
    if (lex.nominalCues.has(w.lower) && lex.prepositions.has(words[i + 1]?.lower ?? '')) {
      const m = mentionAt(ctx, i + 2) ?? mentionAt(ctx, i + 3);
      if (m && m.to <= colon)
        return { cue: { from: i, to: i + 1, verb: i, kind: 'speech', backReference: false }, speaker: m };
    }
    const m = mentionAt(ctx, i);
    if (m && m.to <= colon && !m.pronoun) {
      // `E su X, il leader del partito, …:` — an apposition shares the phrase of the mention before it.
      const apposition = words[phraseEnd]?.text === ',' && m.from === phraseEnd + 1;
      // `Contento il legale della società, l’avvocato X:` — the name set off after a role speaks.
      const named = m.nameFrom < 0 ? appositionAfter(ctx, m, colon) : null;
      if (!afterPreposition(ctx, m) && !apposition)
        return { cue: null, speaker: spokesperson(ctx, m, colon) ?? named ?? m };
      phraseEnd = m.to;
    }
    if (m) i = Math.max(i, m.to - 1);
  }
  return null;
}

/**
 * The source of a nominal cue with its `di` anywhere in a colon clause (`Netta la replica della
 * Cgil:`, `Dura la condanna del sindaco:`): it names the speaker whatever word opens the clause.
 */
function nominalSource(ctx: Context, from: number, colon: number, depth: number): Found | null {
  const { words, lex } = ctx;
  for (let i = from; i < colon - 1; i++) {
    const w = words[i]!;
    if (w.depth !== depth || !lex.nominalCues.has(w.lower) || !OWNER.test(words[i + 1]!.lower)) continue;
    const m = mentionAt(ctx, i + 2) ?? roleMention(ctx, i + 2);
    if (m && m.from === i + 2 && m.to <= colon && !m.pronoun)
      return { cue: { from: i, to: i + 1, verb: i, kind: 'speech', backReference: false }, speaker: m };
  }
  return null;
}

/**
 * The person a body speaks through in a colon clause (`Contrario anche il Pd, con la
 * consigliera Anna Neri: «…»`): a named person after `con` right before the colon, when the subject
 * `m` is not a person itself.
 */
function spokesperson(ctx: Context, m: Mention, colon: number): Mention | null {
  const { words, lex } = ctx;
  const person =
    m.nameFrom >= 0 ? lex.givenNames.has(words[m.nameFrom]!.lower) : !lex.bodies.has(m.role[0] ?? '');
  if (person) return null;
  for (let k = colon - 1; k > m.to; k--) {
    const p = mentionAt(ctx, k);
    if (!p) continue;
    const via = words[p.from - 1]?.lower ?? '';
    return p.to === colon && p.nameFrom >= 0 && lex.accompaniments?.has(via) ? p : null;
  }
  return null;
}
