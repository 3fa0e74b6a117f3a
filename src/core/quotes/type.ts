/**
 * The type of a quotation: words of a document or a post, a headline quotation, a partial one
 * inside the writer's sentence, or plain speech.
 */
import type { Attribution } from './attribute.js';
import { inHeading } from './clause.js';
import type { RawQuote } from './pair.js';
import type { QuoteType } from './types.js';
import type { Context } from './words.js';

/** True when a word of `set` appears among the words `[from, to)` outside quotations of the same depth. */
function anyWord(ctx: Context, from: number, to: number, depth: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < Math.min(ctx.words.length, to); i++) {
    const w = ctx.words[i]!;
    if (w.depth === depth && set.has(w.lower)) return true;
  }
  return false;
}

/** What kind of words the quotation reports. */
export function quoteType(ctx: Context, q: RawQuote, a: Attribution): QuoteType {
  const speaker = a.speaker;
  if (a.cue?.kind === 'post') return 'post';
  const head = speaker ? (speaker.role[0] ?? ctx.words[speaker.nameFrom]?.lower) : undefined;
  if (head !== undefined && ctx.lex.documentNouns.has(head)) return 'document';
  if (a.cue?.kind === 'document') return 'document';
  const sentence = ctx.words[a.open]?.sentence ?? -1;
  const s = sentence >= 0 ? ctx.seg.sentences[sentence] : undefined;
  if (a.cue && anyWord(ctx, a.cue.from - 6, a.cue.to + 6, ctx.words[a.cue.verb]!.depth, ctx.lex.postWords))
    return 'post';
  if (inHeading(ctx, a.open)) return 'headline';
  const inner = ctx.text.slice(q.start, q.end);
  const startsLower = /^\p{Ll}/u.test(inner);
  const wordsBefore = s !== undefined && s.tokenStart < a.open && a.rule !== 'headline';
  if (startsLower && wordsBefore && !/[.!?…]$/.test(inner)) return 'partial';
  return 'speech';
}
