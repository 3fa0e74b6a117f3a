/**
 * The entity section of the overview: `entities`, sharpened by what the other analyses know (the
 * names of the quotations' speakers are people; keyphrases marked as names are names), split by kind.
 */
import { entities } from '../entities/index.js';
import type { Entity } from '../entities/types.js';
import type { Quote } from '../quotes/types.js';
import type { SegmentedText } from '../segment/index.js';
import type { EntitiesSection, EntityItem, KeyphraseItem } from './types.js';

/** Quotation types whose speaker is a person (a `document` speaks through its text, not a mouth). */
const SPOKEN = new Set(['speech', 'partial', 'headline', 'post']);

/** The people, places, organisations and other names of the text. */
export function entitySection(
  text: string,
  seg: SegmentedText,
  quotes: readonly Quote[],
  keyphrases: readonly KeyphraseItem[],
): EntitiesSection {
  const speakers = quotes.flatMap((q) => (q.speaker?.name && SPOKEN.has(q.type) ? [q.speaker.name] : []));
  const names = keyphrases.filter((k) => k.name).map((k) => k.text);
  const found = entities(text, { segmentation: seg, hints: { speakers, names } }).entities;
  const of = (type: Entity['type']): EntityItem[] =>
    found
      .filter((e) => e.type === type)
      .map(({ text: name, count, role, aliases }) => ({ text: name, count, role, aliases }));
  return { people: of('person'), places: of('place'), organisations: of('organisation'), other: of('other') };
}
