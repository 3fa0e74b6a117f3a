/**
 * Types of the overview: one section per question a reader asks of a text they have just been handed
 * (what is it, how hard is it, what and who is it about, who speaks, what does it say). Everything is
 * plain JSON-serialisable data; `--json` prints it as it is.
 */
import type { QuoteType } from '../quotes/types.js';
import type { Readability } from '../readability/types.js';

/** The language of the text. */
export interface LanguageInfo {
  /** ISO 639-1 code. */
  code: string;
  /** English name (`Italian`), or the code for a language without data. */
  name: string;
  /** Detector confidence in 0..1, or null when the language was given rather than detected. */
  confidence: number | null;
}

/** A metadata field found before the text proper (`date 2023-09`). */
export interface MetadataField {
  /** Field name, lower-case. */
  key: string;
  /** Field value as written. */
  value: string;
}

/** Sizes of the text. */
export interface TextCounts {
  /** Paragraphs of running text, standfirst included (headings and a title line are not). */
  paragraphs: number;
  /** Headings inside the text (a title line not included). */
  headings: number;
  /** Sentences of running text, standfirst included (headings and a title line are not). */
  sentences: number;
  /** Words of the whole text, headings included (`l’obiettivo` is one word). */
  words: number;
  /** Characters (code points) of the text after its metadata, surrounding white space left out. */
  characters: number;
}

/** What the text is: language, metadata, front matter, structure and size. */
export interface TextSection {
  /** Language and how sure the detector is. */
  language: LanguageInfo;
  /** Metadata fields before the text. */
  metadata: MetadataField[];
  /** The title line, when the text opens with one. */
  title: string | null;
  /** The standfirst: a short summary paragraph at the top, set apart from the body. */
  standfirst: string | null;
  /** Headings inside the text, in order. */
  headings: string[];
  /** Sizes. */
  counts: TextCounts;
  /** Silent reading time, in minutes (one decimal), at the language's reading speed. */
  readingMinutes: number;
  /** The reading speed assumed, in words per minute. */
  wordsPerMinute: number;
}

/** How hard the text is to read (the readability of the body text; see `readability`); reading time is in `text`. */
export type ReadabilitySection = Omit<Readability, 'language' | 'readingTime'>;

/** One keyphrase of the overview. */
export interface KeyphraseItem {
  /** The phrase as written. */
  text: string;
  /** Relevance in 0..1. */
  score: number;
  /** Occurrences. */
  count: number;
  /** True for a proper name. */
  name: boolean;
}

/** One named entity of the overview. */
export interface EntityItem {
  /** Its fullest name. */
  text: string;
  /** Mentions, surnames and aliases included. */
  count: number;
  /** The role the text gives it, or null. */
  role: string | null;
  /** Other forms it is mentioned by. */
  aliases: string[];
}

/** The people, places and organisations the text names, most mentioned first. */
export interface EntitiesSection {
  /** People. */
  people: EntityItem[];
  /** Places: countries, cities, regions, seas. */
  places: EntityItem[];
  /** Organisations: institutions, bodies, parties, companies. */
  organisations: EntityItem[];
  /** Other proper names (events, documents, things) without evidence of any of the three kinds. */
  other: EntityItem[];
}

/** One quotation of the overview. */
export interface QuoteItem {
  /** The quoted words. */
  text: string;
  /** Who said it (full name when the text gives one, else the mention), or null. */
  speaker: string | null;
  /** What kind of words are quoted. */
  type: QuoteType;
  /** Offset of the quoted words. */
  start: number;
  /** Offset after them. */
  end: number;
}

/** How many quotations a speaker has. */
export interface SpeakerCount {
  /** The speaker's name (or mention when the text gives no name). */
  speaker: string;
  /** Their quotations. */
  count: number;
}

/** Quotations: how many and by whom. */
export interface QuotesSection {
  /** Quotations in the text (nested ones included). */
  count: number;
  /** Speakers, most quoted first. */
  speakers: SpeakerCount[];
  /** Quotations without a speaker. */
  unattributed: number;
  /** The quotations in text order. */
  quotes: QuoteItem[];
}

/** One sentence of the summary. */
export interface SummaryItem {
  /** The sentence as written. */
  text: string;
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
}

/** The whole overview of one text. */
export interface InspectResult {
  /** Language the text was analysed as. */
  language: string;
  /** What the text is. */
  text: TextSection;
  /** How hard it is to read. */
  readability: ReadabilitySection;
  /** What it is about, best first. */
  keyphrases: KeyphraseItem[];
  /** Who and what it names. */
  entities: EntitiesSection;
  /** Who speaks in it. */
  quotes: QuotesSection;
  /** What it says, in a few of its own sentences, in text order. */
  summary: SummaryItem[];
}

/** Options of `inspect`; every field is optional. */
export interface InspectOptions {
  /** Language code, or `'auto'` to detect it (default `'auto'`). */
  language?: string;
  /** Sentences in the summary (default 3). */
  sentences?: number;
  /** Keyphrases listed (default 10). */
  keyphrases?: number;
}

/** Sentences in the overview's summary when not given. */
export const DEFAULT_SUMMARY_SENTENCES = 3;

/** Keyphrases in the overview when not given. */
export const DEFAULT_KEYPHRASES = 10;
