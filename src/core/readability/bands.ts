/**
 * What a readability score means: the band it falls in and who reads such text comfortably, from the
 * tables published with each formula. Flesch's adaptations (Fernández-Huerta, Kandel–Moles,
 * Flesch–Amstad) were calibrated to Flesch's scale and share his bands; Martins et al. gave Portuguese
 * four bands of their own; Gulpease is read per schooling level.
 */
import type { ReadabilityIndexId, ReaderVerdict } from './types.js';

/** One band of a scale: scores from `min` up to the next band's `min`. */
interface Band {
  /** Lowest score in the band. */
  min: number;
  /** Its name. */
  band: string;
  /** Who reads it comfortably. */
  audience: string;
}

/** Flesch's table (1948), in US school grades with the usual ages; bands from the top. */
const FLESCH_BANDS: readonly Band[] = [
  { min: 90, band: 'very easy', audience: 'grade 5 (age 10-11)' },
  { min: 80, band: 'easy', audience: 'grade 6 (age 11-12)' },
  { min: 70, band: 'fairly easy', audience: 'grade 7 (age 12-13)' },
  { min: 60, band: 'plain', audience: 'grades 8-9 (age 13-15)' },
  { min: 50, band: 'fairly difficult', audience: 'grades 10-12 (high school)' },
  { min: 30, band: 'difficult', audience: 'university' },
  { min: Number.NEGATIVE_INFINITY, band: 'very difficult', audience: 'university graduates' },
];

/** Martins et al. (1996), for Portuguese, in Brazilian school years. */
const MARTINS_BANDS: readonly Band[] = [
  { min: 75, band: 'very easy', audience: 'school years 1-4' },
  { min: 50, band: 'easy', audience: 'school years 5-8' },
  { min: 25, band: 'difficult', audience: 'high school' },
  { min: Number.NEGATIVE_INFINITY, band: 'very difficult', audience: 'university' },
];

/**
 * Gulpease's reading levels (Lucisano and Piemontese, 1988): a text scoring below 80 is hard for a
 * reader with elementary schooling, below 60 for one with middle school, below 40 for one with a
 * high-school diploma.
 */
export const GULPEASE_READERS: readonly { reader: string; threshold: number }[] = [
  { reader: 'elementary school', threshold: 80 },
  { reader: 'middle school', threshold: 60 },
  { reader: 'high school', threshold: 40 },
];

/** Gulpease's bands, one per reading level, named after the least schooled reader who reads it easily. */
const GULPEASE_BANDS: readonly Band[] = [
  { min: 80, band: 'very easy', audience: 'elementary-school readers' },
  { min: 60, band: 'easy', audience: 'middle-school readers' },
  { min: 40, band: 'difficult', audience: 'high-school readers' },
  { min: Number.NEGATIVE_INFINITY, band: 'very difficult', audience: 'hard even after high school' },
];

/** The bands of each formula's scale. */
const BANDS: Readonly<Record<ReadabilityIndexId, readonly Band[]>> = {
  gulpease: GULPEASE_BANDS,
  flesch: FLESCH_BANDS,
  'fernandez-huerta': FLESCH_BANDS,
  'kandel-moles': FLESCH_BANDS,
  'flesch-amstad': FLESCH_BANDS,
  'flesch-martins': MARTINS_BANDS,
};

/** The band a score falls in on a formula's scale. */
export function bandOf(index: ReadabilityIndexId, value: number): { band: string; audience: string } {
  const band = BANDS[index].find((b) => value >= b.min) ?? BANDS[index][BANDS[index].length - 1]!;
  return { band: band.band, audience: band.audience };
}

/** Gulpease's verdict for each schooling level. */
export function gulpeaseReaders(value: number): ReaderVerdict[] {
  return GULPEASE_READERS.map(({ reader, threshold }) => ({ reader, threshold, easy: value >= threshold }));
}
