/**
 * `quotes`: every direct quotation of a text with its speaker, reporting verb and offsets. Marks are
 * paired by one linear scan of the raw text; the segmentation gives the sentences and tokens around them;
 * spans that are scare quotes or titles are dropped; each remaining quotation is attributed by the
 * rules of `attribute.ts` and its speaker resolved within the article.
 */
import { languageData } from '../lang/index.js';
import { segmentedText, segmentText } from '../segment/index.js';
import { type Attribution, attribute } from './attribute.js';
import { isQuotation } from './classify.js';
import { segmentsAround } from './inserted.js';
import { quoteLexicon } from './lexicon.js';
import { pairMarks, type RawQuote } from './pair.js';
import { collectPeople } from './people.js';
import { wordSpan } from './reporting.js';
import { assignSpeakers } from './speakers.js';
import { quoteType } from './type.js';
import type { Quote, QuotesOptions, QuotesResult } from './types.js';
import { buildContext } from './words.js';

export type { Quote, QuoteCue, QuoteSpeaker, QuotesOptions, QuotesResult, QuoteType, Span } from './types.js';

/** Number of words in a quotation's text, for `minWords`. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** True when the speaker filter matches the quotation's speaker mention or name. */
function speakerMatches(q: Quote, filter: string): boolean {
  const f = filter.toLowerCase();
  return (
    q.speaker !== null &&
    (q.speaker.text.toLowerCase().includes(f) || (q.speaker.name ?? '').toLowerCase().includes(f))
  );
}

/**
 * Finds the direct quotations of `text`.
 * Options: `language` (default `'auto'`), `minWords` (default 1), `speaker` (default none).
 */
export function quotes(text: string, options: QuotesOptions = {}): QuotesResult {
  const seg = options.segmentation
    ? segmentedText(text, options.segmentation)
    : segmentText(text, { language: options.language ?? 'auto' });
  const lex = quoteLexicon(seg.language);
  const raw = pairMarks(text);
  const ctx = buildContext(text, seg, raw, lex, languageData(seg.language).stopwords);
  const kept: RawQuote[] = raw
    .filter((q) => isQuotation(ctx, q))
    .sort((a, b) => a.start - b.start || a.depth - b.depth);
  const attributions: Attribution[] = kept.map((q) => attribute(ctx, q));
  const people = collectPeople(ctx);
  const speakers = assignSpeakers(ctx, people, attributions);
  const out: Quote[] = kept.map((q, k) => {
    const a = attributions[k]!;
    const cueSpan = a.cue ? { ...wordSpan(ctx, a.cue.from, a.cue.to), text: '' } : null;
    if (cueSpan) cueSpan.text = text.slice(cueSpan.start, cueSpan.end);
    const quote: Quote = {
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      type: quoteType(ctx, q, a),
      speaker: speakers[k] ?? null,
      cue: cueSpan ? cueSpan.text : null,
      cueSpan,
      open: q.open,
      close: q.close,
      depth: q.depth,
    };
    if (a.insertions.length > 0) quote.segments = segmentsAround(ctx, q.start, q.end, a.insertions);
    return quote;
  });
  const minWords = options.minWords ?? 1;
  const filter = options.speaker;
  return {
    language: seg.language,
    quotes: out.filter(
      (q) => wordCount(q.text) >= minWords && (filter === undefined || speakerMatches(q, filter)),
    ),
  };
}
