/** The quotation section of the overview: how many quotations `quotes` finds, and by whom. */
import type { Quote } from '../quotes/types.js';
import type { QuotesSection, SpeakerCount } from './types.js';

/** Who said a quotation: the full name when the text gives one, else the mention; null when nobody. */
export function speakerOf(q: Quote): string | null {
  return q.speaker ? (q.speaker.name ?? q.speaker.text) : null;
}

/** Counts the quotations and their speakers, most quoted first (ties in order of first quotation). */
export function quotesSection(list: readonly Quote[]): QuotesSection {
  const bySpeaker = new Map<string, number>();
  let unattributed = 0;
  for (const q of list) {
    const speaker = speakerOf(q);
    if (speaker === null) unattributed++;
    else bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + 1);
  }
  const speakers: SpeakerCount[] = [...bySpeaker].map(([speaker, count]) => ({ speaker, count }));
  speakers.sort((a, b) => b.count - a.count);
  return {
    count: list.length,
    speakers,
    unattributed,
    quotes: list.map((q) => ({
      text: q.text,
      speaker: speakerOf(q),
      type: q.type,
      start: q.start,
      end: q.end,
    })),
  };
}
