/**
 * `inspect(text, options)`: the one-screen overview of a text. A thin composition: it segments the
 * text once and hands the segmentation to each analysis (language detection, readability, keywords,
 * entities, quotations, summary); each section is built in its own module.
 */
import { detectLanguage } from '../lang/detect.js';
import { quotes } from '../quotes/index.js';
import { readabilityOf } from '../readability/index.js';
import { segmentText } from '../segment/index.js';
import { entitySection } from './entities.js';
import { keyphraseSection } from './keyphrases.js';
import { quotesSection } from './quotes.js';
import { summarySection } from './summary.js';
import { textSection } from './text.js';
import type { InspectOptions, InspectResult } from './types.js';
import { DEFAULT_KEYPHRASES, DEFAULT_SUMMARY_SENTENCES } from './types.js';

export type * from './types.js';

/** The overview of `text`: every section, as plain data. */
export function inspect(text: string, options: InspectOptions = {}): InspectResult {
  const asked = options.language ?? 'auto';
  const confidence = asked === 'auto' ? round(detectLanguage(text).confidence) : null;
  const seg = segmentText(text, { language: asked });
  const { language: _language, readingTime: _time, ...readability } = readabilityOf(seg);
  const keyphrases = keyphraseSection(text, seg, options.keyphrases ?? DEFAULT_KEYPHRASES);
  const found = quotes(text, { language: seg.language, segmentation: seg }).quotes;
  return {
    language: seg.language,
    text: textSection(text, seg, confidence),
    readability,
    keyphrases,
    entities: entitySection(text, seg, found, keyphrases),
    quotes: quotesSection(found),
    summary: summarySection(text, seg, options.sentences ?? DEFAULT_SUMMARY_SENTENCES),
  };
}

/** Rounds a confidence to two decimals. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export { DEFAULT_KEYPHRASES, DEFAULT_SUMMARY_SENTENCES } from './types.js';
