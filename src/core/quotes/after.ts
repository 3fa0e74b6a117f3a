/**
 * Attributions written after the closing mark in the same sentence (`“…”, ha dichiarato il leader
 * russo`, `"…" ha detto Bianchi`, `«…»: così il ministro`, `«…», le parole del ministro`); the next
 * sentence's are in `next.ts`.
 */
import { appositionAfter, withApposition } from './before.js';
import { nounAfter, nounAfterPhrase, nounPhrase, sourceAfter } from './cue-subject.js';
import { documentAfter } from './documents.js';
import { afterPreposition, type Mention, mentionAt, roleMention } from './mentions.js';
import { type Cue, cueAt } from './reporting.js';
import { subjectAfter } from './subject.js';
import type { Context } from './words.js';

/** What an attribution rule found: the cue, the speaker written with it, or both. */
export interface Found {
  /** The reporting expression, or null (headline colon, `Così X`). */
  cue: Cue | null;
  /** The speaker written with it, or null when the cue has no subject (pro-drop). */
  speaker: Mention | null;
}

/** Punctuation that may separate a quotation from the attribution after it in the same sentence. */
const JOINERS = new Set([',', '–', '—', '-', ':']);

/** Words that may open an attribution after the quotation (`come spiega`, `as he said`). */
const AS_WORDS = new Set(['come', 'as']);

/** A cue whose auxiliaries start exactly at word `i`, looking a few words ahead for its verb. */
export function cueFrom(ctx: Context, i: number, window: number): Cue | null {
  for (let k = i; k < Math.min(ctx.words.length, i + window); k++) {
    const cue = cueAt(ctx, k);
    if (cue && cue.from <= i && cue.kind !== 'label') return cue;
    if (!ctx.lex.auxiliaries.has(ctx.words[k]!.lower) && !ctx.lex.clitics.has(ctx.words[k]!.lower))
      return null;
  }
  return null;
}

/**
 * A past participle outside the lexicon right after a quotation, with its auxiliary (`«…», ha
 * calcolato Dona`): in that place a verb reports the quotation whatever its meaning. Its kind is
 * `label` until a subject is found for it.
 */
function participleCue(ctx: Context, i: number): Cue | null {
  const aux = ctx.words[i];
  const verb = ctx.words[i + 1];
  const { lex } = ctx;
  if (!aux || !verb || !lex.tenseAuxiliaries?.has(aux.lower) || verb.kind !== 'word' || verb.cap) return null;
  if (!lex.participleEndings?.some((e) => verb.lower.endsWith(e)) || lex.auxiliaries.has(verb.lower))
    return null;
  return { from: i, to: i + 2, verb: i + 1, kind: 'label', backReference: false };
}

/**
 * A speaker mention after a nominal cue: `appello lanciato da X`, `parole di X`, `commento del
 * ministro`. When `bare`, the cue surely attributes (it follows the quotation or opens the next
 * sentence), so a role without its own article is taken too (`Parole della vicepresidente …, X`).
 */
export function afterNominal(ctx: Context, i: number, depth: number, bare: boolean): Mention | null {
  for (let k = i + 1; k < Math.min(ctx.words.length, i + 5); k++) {
    const w = ctx.words[k]!;
    if (w.depth !== depth || w.kind === 'punctuation') return null;
    if (!ctx.lex.prepositions.has(w.lower)) continue;
    // After an articulated preposition the role has no article of its own (`Parole della vicepresidente`);
    // only right after a nominal cue that surely attributes (`bare`) is such a role taken.
    const role = bare && k === i + 1 ? roleMention(ctx, k + 1) : null;
    // Right after a cue that surely attributes, any noun phrase is the source (`Parole di un corridore`).
    const phrase = bare && k === i + 1 ? nounPhrase(ctx, k + 1) : null;
    const m = mentionAt(ctx, k + 1) ?? mentionAt(ctx, k + 2) ?? role ?? phrase;
    if (!m || m.from > k + 2) {
      // `il grido di dolore di X`: a plain complement of the cue comes first, the source after it.
      const next = ctx.words[k + 1];
      if (next?.kind === 'word' && !next.cap && !ctx.lex.roleNouns.has(next.lower)) continue;
      return null;
    }
    return (m.nameFrom < 0 ? appositionAfter(ctx, m, ctx.words.length) : null) ?? m;
  }
  return null;
}

/**
 * A name followed by a role phrase with its own name is a modifier of that role (`Fed Chair Jerome
 * Powell`, `Apple CEO Tim Cook`): the mention runs from the first name to the last.
 */
function withRoleAfter(ctx: Context, m: Mention | null): Mention | null {
  if (!m || m.nameFrom !== m.from || !ctx.lex.roleNouns.has(ctx.words[m.to]?.lower ?? '')) return m;
  const role = mentionAt(ctx, m.to);
  if (!role || role.from !== m.to || role.nameFrom < 0) return m;
  return { ...role, from: m.from };
}

/** The attribution in the same sentence right after the closing mark at word `close`. */
export function attributionAfter(ctx: Context, close: number): Found | null {
  const { words, lex } = ctx;
  const mark = words[close];
  if (!mark) return null;
  const depth = mark.depth - 1;
  let i = close + 1;
  let skipped = 0;
  while (i < words.length && JOINERS.has(words[i]!.text) && skipped < 2) {
    i++;
    skipped++;
  }
  // `«…», come spiega il ministro`
  if (AS_WORDS.has(words[i]?.lower ?? '')) i++;
  const w = words[i];
  if (!w || w.depth !== depth || w.kind === 'punctuation') return null;
  if (w.sentence !== mark.sentence && w.cap) return null;
  if (lex.backReferences.has(w.lower) && !lex.clitics.has(w.lower)) {
    // `«…»: così il ministro` / `«…», così ha detto il ministro`
    const cue = cueFrom(ctx, i + 1, 3);
    const m = subjectAfter(ctx, cue ? cue.to : i + 1, words.length);
    if (m) return { cue, speaker: m };
  }
  const cue = cueFrom(ctx, i, 4) ?? participleCue(ctx, i);
  if (cue) {
    const speaker =
      sourceAfter(ctx, cue) ??
      withApposition(ctx, subjectAfter(ctx, cue.to, words.length)) ??
      documentAfter(ctx, cue) ??
      nounAfter(ctx, cue) ??
      withApposition(ctx, nounAfterPhrase(ctx, cue));
    // A verb outside the lexicon reports only with its subject written (`«…», ha calcolato Dona`).
    if (cue.kind === 'speech' || speaker) return { cue, speaker };
  }
  // `«…», le parole del ministro` / `«…»: è il commento di X` / `«…», le sue parole`
  for (let k = i; k < Math.min(words.length, i + 4); k++) {
    const n = words[k]!;
    if (n.depth !== depth || n.kind === 'punctuation') break;
    if (!lex.nominalCues.has(n.lower) || n.kind !== 'word') continue;
    const nominal: Cue = { from: k, to: k + 1, verb: k, kind: 'speech', backReference: true };
    if (lex.possessives.has(words[k - 1]?.lower ?? '')) return { cue: nominal, speaker: null };
    const m = afterNominal(ctx, k, depth, true);
    if (m) return { cue: nominal, speaker: m };
  }
  // `"…", Rossi ha detto` / `«…», come qualcuno ha ricordato`: a short subject, then the verb.
  const m = withRoleAfter(ctx, mentionAt(ctx, i));
  const as = AS_WORDS.has(words[i - 1]?.lower ?? '');
  if (m && m.from === i && (as || !afterPreposition(ctx, m))) {
    const late = cueFrom(ctx, m.to, 4);
    if (late) return { cue: late, speaker: m };
  }
  return null;
}
