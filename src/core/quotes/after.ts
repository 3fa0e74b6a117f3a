/**
 * Attributions written after the closing mark: in the same sentence (`“…”, ha dichiarato il leader
 * russo`, `"…" ha detto Bianchi`, `«…»: così il ministro`) or as the next sentence (`Lo ha detto il
 * dittatore nordcoreano Kim Jong Un`, `È quanto ha affermato la sindaca`, `E’ l’appello lanciato dal
 * vescovo`, `Parole di …`).
 */
import { appositionAfter } from './before.js';
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

/** Words a next-sentence attribution may take before its cue (`Questo è quanto ha …`). */
const LEAD_WINDOW = 5;

/** A cue whose auxiliaries start exactly at word `i`, looking a few words ahead for its verb. */
function cueFrom(ctx: Context, i: number, window: number): Cue | null {
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

/*
 * Most words of a noun phrase taken as the inverted subject of a reporting verb (`ha detto
 * l’australiano`, `ha spiegato la banchiera francese`): an article, a noun and an adjective or two.
 */
const NOUN_PHRASE = 3;

/**
 * The noun phrase right after a reporting verb that follows a quotation, when no known role or name
 * is there: after a quotation the verb's object is the quotation, so the phrase is its subject
 * (`l’australiano`, `il primo cittadino`). Phrases of time (`la settimana scorsa`) are not.
 */
function nounAfter(ctx: Context, cue: Cue): Mention | null {
  const { words, lex } = ctx;
  let i = cue.to;
  while (lex.adverbs.has(words[i]?.lower ?? '')) i++;
  const article = words[i];
  if (!article || !lex.articles.has(article.lower) || lex.prepositions.has(article.lower)) return null;
  const role: string[] = [];
  let k = i + 1;
  for (; k < Math.min(words.length, i + 1 + NOUN_PHRASE); k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.cap || w.sentence !== article.sentence || w.depth !== article.depth) break;
    if (lex.prepositions.has(w.lower) || ctx.stopwords.has(w.lower) || lex.timeWords?.has(w.lower)) break;
    role.push(w.lower);
  }
  if (role.length === 0 || lex.timeWords?.has(words[k]?.lower ?? '')) return null;
  return { from: i, to: k, nameFrom: -1, nameTo: -1, role, pronoun: false };
}

/**
 * A speaker mention after a nominal cue: `appello lanciato da X`, `parole di X`, `commento del
 * ministro`. When `bare`, the cue surely attributes (it follows the quotation or opens the next
 * sentence), so a role without its own article is taken too (`Parole della vicepresidente …, X`).
 */
function afterNominal(ctx: Context, i: number, depth: number, bare: boolean): Mention | null {
  for (let k = i + 1; k < Math.min(ctx.words.length, i + 5); k++) {
    const w = ctx.words[k]!;
    if (w.depth !== depth || w.kind === 'punctuation') return null;
    if (ctx.lex.prepositions.has(w.lower)) {
      // After an articulated preposition the role has no article of its own (`Parole della vicepresidente`);
      // only right after a nominal cue that surely attributes (`bare`) is such a role taken.
      const role = bare && k === i + 1 ? roleMention(ctx, k + 1) : null;
      const m = mentionAt(ctx, k + 1) ?? mentionAt(ctx, k + 2) ?? role;
      if (!m || m.from > k + 2) return null;
      return (m.nameFrom < 0 ? appositionAfter(ctx, m, ctx.words.length) : null) ?? m;
    }
  }
  return null;
}

/** The document a document cue names in its phrase (`si legge nel comunicato`), or null. */
function documentAfter(ctx: Context, cue: Cue): Mention | null {
  if (cue.kind !== 'document') return null;
  for (let k = cue.to; k < Math.min(ctx.words.length, cue.to + 3); k++) {
    const m = mentionAt(ctx, k) ?? roleMention(ctx, k);
    if (m) return m;
  }
  return null;
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
    const speaker = subjectAfter(ctx, cue.to, words.length) ?? documentAfter(ctx, cue) ?? nounAfter(ctx, cue);
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
  // `"…", Rossi ha detto`: a short subject, then the verb.
  const m = mentionAt(ctx, i);
  if (m && m.from === i && !afterPreposition(ctx, m)) {
    const late = cueFrom(ctx, m.to, 4);
    if (late) return { cue: late, speaker: m };
  }
  return null;
}

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
  const end = Math.min(words.length, i + LEAD_WINDOW);
  for (let k = i; k < end; k++) {
    const w = words[k]!;
    if (w.depth !== depth || w.sentence !== first.sentence) return null;
    if (lex.clitics.has(w.lower) || lex.backReferences.has(w.lower)) {
      const cue = cueFrom(ctx, k + 1, 4) ?? (lex.clitics.has(w.lower) ? cueFrom(ctx, k, 4) : null);
      if (cue)
        return {
          cue: { ...cue, from: Math.min(cue.from, k) },
          speaker: subjectAfter(ctx, cue.to, words.length),
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
      if (m) return { cue: { from: k, to: k + 1, verb: k, kind: 'speech', backReference: true }, speaker: m };
    }
  }
  return null;
}
