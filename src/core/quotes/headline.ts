/**
 * Headline speakers: the mention that a heading line puts before its quotation (`Sala: "…"`,
 * `Meloni, 'avanti così'`, `Il sindaco di Rho: «…»`), or right before it in agency headlines that
 * open a lower-case quotation without a separator (`la Provincia 'evitate i passi'`). A topic is not a
 * speaker (`E su Draghi: "…"`).
 */
import { previousWord } from './before.js';
import { inHeading, sentenceFirst, speakerClauses } from './clause.js';
import { afterPreposition, type Mention, mentionAt, roleMention } from './mentions.js';
import { MAX_MODIFIERS } from './roles.js';
import type { Context } from './words.js';

/** Most words of a headline speaker before its colon (`Procuratore De Lucia:`). */
const HEADLINE_SPEAKER = 6;

/** Separators between a headline speaker and a quotation in a heading line (`Meloni, 'avanti così'`). */
const HEADING_SEPARATORS = new Set([':', ',', '-', '–', '—']);

/**
 * The role phrase whose owner is the mention `m` (`Il sindaco di Rho` for `Rho`), not before word
 * `first`, or null: a name after a preposition is no speaker, but the role it completes may be.
 */
function roleOwning(ctx: Context, m: Mention, first: number): Mention | null {
  for (let k = m.from - 2; k >= Math.max(first, m.from - MAX_MODIFIERS - 2); k--) {
    const role = roleMention(ctx, k);
    if (role) return role.to === m.to && !afterPreposition(ctx, role) ? role : null;
  }
  return null;
}

/**
 * Index after the headline speaker of the quotation opened at word `open`: its separator, or the
 * mark itself when a heading opens a lower-case quotation right after a mention; -1 otherwise.
 */
function speakerEnd(ctx: Context, open: number, depth: number): number {
  const prev = previousWord(ctx, open, depth);
  if (prev < 0) return -1;
  const sep = ctx.words[prev]!.text;
  if (sep === ':') return prev;
  if (!inHeading(ctx, prev)) return -1;
  if (HEADING_SEPARATORS.has(sep)) return prev;
  const first = ctx.words[open + 1];
  const lower = first !== undefined && first.kind === 'word' && !first.cap && first.depth > depth;
  return lower && prev === open - 1 ? open : -1;
}

/** The headline speaker of `X: “…”`: a mention right before the separator, at the start of its clause. */
export function headlineSpeaker(ctx: Context, open: number): Mention | null {
  const depth = ctx.words[open]!.depth - 1;
  const end = speakerEnd(ctx, open, depth);
  if (end < 0) return null;
  const first = speakerClauses(ctx, end, depth)[0] ?? sentenceFirst(ctx, end);
  if (end - first > HEADLINE_SPEAKER) return null;
  for (let i = end - 1; i >= first; i--) {
    const m = mentionAt(ctx, i);
    if (!m) continue;
    if (m.to !== end) return null;
    return afterPreposition(ctx, m) ? roleOwning(ctx, m, first) : m;
  }
  return null;
}
