/** The keyphrase section of the overview: the top keyphrases from `keywords`, without their offsets. */
import { keywords } from '../keywords/index.js';
import type { SegmentedText } from '../segment/index.js';
import type { KeyphraseItem } from './types.js';

/** The `top` best keyphrases of the text, scores rounded to three decimals. */
export function keyphraseSection(text: string, seg: SegmentedText, top: number): KeyphraseItem[] {
  return keywords(text, { language: seg.language, segmentation: seg, top }).keywords.map(
    ({ text: phrase, score, count, name }) => ({
      text: phrase,
      score: Math.round(score * 1000) / 1000,
      count,
      name,
    }),
  );
}
