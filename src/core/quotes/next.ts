/**
 * Attributions made by the sentence after the closing mark: `Lo ha detto il dittatore nordcoreano
 * Kim Jong Un`, `È quanto ha affermato la sindaca`, `E’ l’appello lanciato dal vescovo`, `Parole di
 * …`, `Spiega il sindaco di Rho`, `A dirlo è il sindaco`.
 */
import { afterNominal, cueFrom, type Found } from './after.js';
import { withApposition } from './before.js';
import { mentionAt } from './mentions.js';
import type { Cue } from './reporting.js';
import { subjectAfter } from './subject.js';
import type { Context } from './words.js';

/** Words a next-sentence attribution may take before its cue (`Questo è quanto ha …`). */
const LEAD_WINDOW = 5;

/**
 * The subject and the verb after a back-reference (`Con queste parole Roberto Fico ha commentato`):
 * a mention, then a reporting verb right after it. The noun of the back-reference is skipped.
 */
function frontedSubject(ctx: Context, i: number): Found | null {
  const k = ctx.lex.nominalCues.has(ctx.words[i]?.lower ?? '') ? i + 1 : i;
  const m = mentionAt(ctx, k);
  if (!m || m.from !== k || m.pronoun) return null;
  const cue = cueFrom(ctx, m.to, 4);
  return cue ? { cue, speaker: m } : null;
}

/** Most words between a nominal cue's speaker and the colon that opens its own quotation. */
const LEAD_IN = 8;

/**
 * True when the sentence goes on from word `i` to a colon and a quotation of its own (`Netta la
 * replica della Cgil: «…»`): it introduces the next quotation, it does not attribute the one before.
 */
function introducesQuotation(ctx: Context, i: number, depth: number): boolean {
  const { words } = ctx;
  for (let k = i; k < Math.min(words.length - 1, i + LEAD_IN); k++) {
    const w = words[k]!;
    if (w.depth !== depth || w.sentence !== words[i - 1]?.sentence) return false;
    if (w.text === ':') return words[k + 1]!.depth > depth;
  }
  return false;
}

/** Most words between the infinitive of a cleft sentence and its copula (`A lanciare l’allarme è`). */
const CLEFT_OBJECT = 3;

/** The reporting verb of an infinitive, with its object pronoun attached or not (`dirlo` → `dire`), or null. */
function infinitiveVerb(ctx: Context, lower: string): string | null {
  const { lex } = ctx;
  if (lex.speechVerbs.has(lower)) return lower;
  const clitic = lex.encliticEndings?.find((e) => lower.endsWith(`r${e}`));
  const verb = clitic ? `${lower.slice(0, -clitic.length)}e` : null;
  return verb !== null && lex.speechVerbs.has(verb) ? verb : null;
}

/**
 * The subject of a cleft sentence that attributes the quotation before it (`A dirlo è il sindaco`,
 * `A parlare è X`): `a`, a reporting infinitive, the copula, then the subject.
 */
function cleftSubject(ctx: Context, i: number): Found | null {
  const { words, lex } = ctx;
  if (!lex.cleftOpeners?.has(words[i]!.lower) || !infinitiveVerb(ctx, words[i + 1]?.lower ?? '')) return null;
  for (let k = i + 2; k < Math.min(words.length, i + 3 + CLEFT_OBJECT); k++) {
    if (words[k]!.sentence !== words[i]!.sentence) return null;
    if (!lex.copulas?.has(words[k]!.lower)) continue;
    let to = k + 1;
    while (lex.auxiliaries.has(words[to]?.lower ?? '')) to++;
    const speaker = subjectAfter(ctx, to, words.length);
    const cue: Cue = { from: i, to: i + 2, verb: i + 1, kind: 'speech', backReference: true };
    return speaker ? { cue, speaker } : null;
  }
  return null;
}

/** The attribution made by the sentence that follows the closing mark at word `close`. */
export function attributionNext(ctx: Context, close: number): Found | null {
  const { words, lex } = ctx;
  const mark = words[close];
  if (!mark) return null;
  const depth = mark.depth - 1;
  let i = close + 1;
  if (words[i]?.kind === 'punctuation' && /^[.!?…]+$/.test(words[i]!.text)) i++;
  const first = words[i];
  if (!first || first.depth !== depth || !first.cap) return null;
  if (first.sentence === mark.sentence && !/[.!?…]/.test(ctx.text.slice(mark.start - 1, first.start)))
    return null;
  const cleft = cleftSubject(ctx, i);
  if (cleft) return cleft;
  // `«…». Spiega il sindaco di Rho`: a sentence opened by its reporting verb, the subject after it.
  const opening = cueFrom(ctx, i, 4);
  const inverted =
    opening?.kind === 'speech' ? withApposition(ctx, subjectAfter(ctx, opening.to, words.length)) : null;
  if (opening && inverted && !inverted.pronoun) return { cue: opening, speaker: inverted };
  const end = Math.min(words.length, i + LEAD_WINDOW);
  for (let k = i; k < end; k++) {
    const w = words[k]!;
    if (w.depth !== depth || w.sentence !== first.sentence) return null;
    if (lex.clitics.has(w.lower) || lex.backReferences.has(w.lower)) {
      const cue = cueFrom(ctx, k + 1, 4) ?? (lex.clitics.has(w.lower) ? cueFrom(ctx, k, 4) : null);
      if (cue)
        return {
          cue: { ...cue, from: Math.min(cue.from, k) },
          speaker: withApposition(ctx, subjectAfter(ctx, cue.to, words.length)),
        };
      if (w.lower === 'così' || w.lower === 'so') {
        const m = subjectAfter(ctx, k + 1, words.length);
        if (m) return { cue: null, speaker: m };
      }
      const fronted = frontedSubject(ctx, k + 1);
      if (fronted) return fronted;
    }
    if (lex.nominalCues.has(w.lower) && w.kind === 'word') {
      const m = afterNominal(ctx, k, depth, k === i);
      if (m && !introducesQuotation(ctx, m.to, depth))
        return { cue: { from: k, to: k + 1, verb: k, kind: 'speech', backReference: true }, speaker: m };
    }
  }
  return null;
}
