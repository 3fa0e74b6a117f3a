/**
 * Attribution of one quotation: tries each way news text names a speaker, most specific first, and
 * keeps the first that names one. A cue found without a subject (`ha aggiunto.`) makes the speaker
 * implicit: the previous speaker, filled in later in text order.
 */
import { attributionAfter, type Found } from './after.js';
import { accordingTo, attributionBefore } from './before.js';
import { colonSubject, sentenceSubject } from './colon.js';
import { isUnownedDocument } from './documents.js';
import { headlineSpeaker } from './headline.js';
import { findInsertions, type Insertion } from './inserted.js';
import type { Mention } from './mentions.js';
import { attributionNext } from './next.js';
import type { RawQuote } from './pair.js';
import type { Cue } from './reporting.js';
import { type Context, wordAt } from './words.js';

/** Which rule attributed a quotation. */
export type Rule =
  | 'inserted'
  | 'after'
  | 'next-sentence'
  | 'before'
  | 'according-to'
  | 'headline'
  | 'colon'
  | 'inline'
  | 'pro-drop'
  | 'floating';

/** How one quotation is attributed, before speaker resolution. */
export interface Attribution {
  /** The speaker mention written for this quotation, or null (implicit speaker). */
  speaker: Mention | null;
  /** The reporting expression, or null. */
  cue: Cue | null;
  /** The rule that decided. */
  rule: Rule;
  /** Attributions inserted inside the marks. */
  insertions: Insertion[];
  /** Word index of the opening mark (or of the first quoted word when the mark is missing). */
  open: number;
  /** Word index of the closing mark (or of the last quoted word when the mark is missing). */
  close: number;
  /** True when the quotation has no closing mark (it runs to the end of its paragraph). */
  unclosed: boolean;
}

/** True when a rule found an explicit, non-pronoun speaker. */
function named(found: Found | null): found is Found & { speaker: Mention } {
  return found !== null && found.speaker !== null && !found.speaker.pronoun;
}

/** Attributes one quotation from the text around it (and inside it, for insertions). */
export function attribute(ctx: Context, q: RawQuote): Attribution {
  const open = wordAt(ctx.words, q.open ?? q.start);
  const close = q.close === null ? Math.max(open, wordAt(ctx.words, q.end) - 1) : wordAt(ctx.words, q.close);
  const inner = (ctx.words[open]?.depth ?? 1) as number;
  const insertions = findInsertions(ctx, q.open === null ? open : open + 1, close, inner);
  const base = { insertions, open, close, unclosed: q.close === null };
  const withSpeaker = insertions.find((ins) => ins.speaker !== null && !ins.speaker.pronoun);
  if (withSpeaker) return { ...base, speaker: withSpeaker.speaker, cue: withSpeaker.cue, rule: 'inserted' };
  const hasMarks = q.close !== null;
  const after = hasMarks ? attributionAfter(ctx, close) : null;
  if (named(after)) {
    // `X ha riunito …: «…», si legge in un comunicato`: the note is X's, the subject before the colon.
    const writer = isUnownedDocument(ctx, after.speaker) && q.open !== null ? colonSubject(ctx, open) : null;
    if (named(writer)) return { ...base, speaker: writer.speaker, cue: after.cue, rule: 'colon' };
    return { ...base, speaker: after.speaker, cue: after.cue, rule: 'after' };
  }
  const next = hasMarks && !after ? attributionNext(ctx, close) : null;
  if (named(next)) return { ...base, speaker: next.speaker, cue: next.cue, rule: 'next-sentence' };
  const before = q.open !== null ? attributionBefore(ctx, open) : null;
  const according = q.open !== null ? accordingTo(ctx, open) : null;
  // `X chiede «…», mentre per Y «…»`: an "according to" phrase after the verb names the later source.
  const closer = named(according) && (!before?.cue || according.cue!.from > before.cue.to);
  if (named(before) && !closer) return { ...base, speaker: before.speaker, cue: before.cue, rule: 'before' };
  if (named(according))
    return { ...base, speaker: according.speaker, cue: according.cue, rule: 'according-to' };
  const headline = q.open !== null ? headlineSpeaker(ctx, open) : null;
  if (headline) return { ...base, speaker: headline, cue: before?.cue ?? null, rule: 'headline' };
  const colon = q.open !== null && !before ? colonSubject(ctx, open) : null;
  if (named(colon)) return { ...base, speaker: colon.speaker, cue: colon.cue, rule: 'colon' };
  const cue = insertions.find((ins) => ins.cue)?.cue ?? after?.cue ?? next?.cue ?? before?.cue ?? null;
  const inline = q.open !== null && !cue && !colon ? sentenceSubject(ctx, open) : null;
  if (named(inline)) return { ...base, speaker: inline.speaker, cue: null, rule: 'inline' };
  return { ...base, speaker: null, cue, rule: cue ? 'pro-drop' : 'floating' };
}
