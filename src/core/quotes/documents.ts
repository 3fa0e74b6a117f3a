/**
 * Documents as sources: the document a document cue names (`si legge nel comunicato`, `la circolare
 * … che recita`), and who wrote it. A document that names its owner (`il comunicato dell’ente`, `il
 * comunicato di Palazzo Chigi`) gives the quotation to that owner; one that names none and comes
 * with an indefinite article (`si legge in un comunicato`) only says where the words were written.
 */
import { type Mention, mentionAt, roleMention } from './mentions.js';
import type { Cue } from './reporting.js';
import { OWNER } from './roles.js';
import type { Context } from './words.js';

/** True when the mention is a document (`la circolare`, `Risoluzione 2270`). */
export function isDocument(ctx: Context, m: Mention | null): boolean {
  const head = m ? (m.role[0] ?? ctx.words[m.nameFrom]?.lower) : undefined;
  return head !== undefined && ctx.lex.documentNouns.has(head);
}

/**
 * The body or person a document mention belongs to (`ente` in `il comunicato dell’ente`): the
 * mention right after the `di` that follows its head noun, or null when it names no owner.
 */
function ownerOf(ctx: Context, m: Mention): Mention | null {
  for (let k = m.from; k < m.to; k++) {
    const w = ctx.words[k]!;
    if (!OWNER.test(w.lower) || k === m.from) continue;
    const owner = mentionAt(ctx, k + 1) ?? roleMention(ctx, k + 1);
    return owner && owner.from === k + 1 && !owner.pronoun && !isDocument(ctx, owner) ? owner : null;
  }
  return null;
}

/** The document mention, or its owner when it names one. */
function authorOf(ctx: Context, m: Mention): Mention {
  return isDocument(ctx, m) ? (ownerOf(ctx, m) ?? m) : m;
}

/** True for a document that names no owner and is introduced by an indefinite (`in un comunicato`). */
export function isUnownedDocument(ctx: Context, m: Mention): boolean {
  return isDocument(ctx, m) && ctx.lex.indefinites.has(ctx.words[m.from]!.lower) && !ownerOf(ctx, m);
}

/** The document named last in words `[from, to)` (`la circolare`), or its owner, or null. */
export function documentBefore(ctx: Context, to: number, from: number): Mention | null {
  for (let k = to - 1; k >= from; k--) {
    const w = ctx.words[k]!;
    if (w.kind !== 'word' || w.cap || !ctx.lex.documentNouns.has(w.lower)) continue;
    const m = roleMention(ctx, k);
    return m ? authorOf(ctx, m) : null;
  }
  return null;
}

/** The document a document cue names in its phrase (`si legge nel comunicato`), or its owner, or null. */
export function documentAfter(ctx: Context, cue: Cue): Mention | null {
  if (cue.kind !== 'document') return null;
  for (let k = cue.to; k < Math.min(ctx.words.length, cue.to + 3); k++) {
    const m = mentionAt(ctx, k) ?? roleMention(ctx, k);
    if (m) return authorOf(ctx, m);
  }
  return null;
}
