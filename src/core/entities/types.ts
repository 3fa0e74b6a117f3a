/**
 * Types of entity extraction: the people, places and organisations a text names, with their mentions.
 * Offsets are UTF-16 code unit indices into the analysed text. Everything is plain JSON-serialisable data.
 */
import type { SegmentedText } from '../segment/index.js';
import type { LanguageCode, Segmentation } from '../types.js';

/** What an entity is. `other` is a proper name with no evidence of any of the three kinds. */
export type EntityType = 'person' | 'place' | 'organisation' | 'other';

/** Where one mention is: `text.slice(start, end)` is the mention as written. */
export interface EntityMention {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
}

/** One entity: every mention of the same person, place or organisation, merged. */
export interface Entity {
  /** Its fullest name in the text (`Vladimir Putin`), or the gazetteer's name for an alias (`Stati Uniti` for `Usa`). */
  text: string;
  /** What it is. */
  type: EntityType;
  /** How many times the text mentions it, surnames and aliases included. */
  count: number;
  /** The role the text gives it (`presidente russo`, `capo di Gabinetto`), or null. */
  role: string | null;
  /** The other forms it is mentioned by (`Putin`, `Usa`), in order of first appearance. */
  aliases: string[];
  /** Every mention, in text order. */
  mentions: EntityMention[];
}

/** What other analyses already know about names, to sharpen the classification. */
export interface EntityHints {
  /** Names of people who speak in the text (quotation speakers, as full names). */
  speakers?: readonly string[];
  /** Proper names found by other means (keyphrases marked as names), accepted even at a sentence start. */
  names?: readonly string[];
}

/** Options of `entities`; every field is optional. */
export interface EntitiesOptions {
  /** Language code, or `'auto'` to detect it (default `'auto'`). */
  language?: LanguageCode | 'auto';
  /** A segmentation of this very text, to skip segmenting it again. */
  segmentation?: Segmentation | SegmentedText;
  /** Names known from other analyses. */
  hints?: EntityHints;
}

/** What `entities` returns. */
export interface EntitiesResult {
  /** Language the text was analysed as. */
  language: LanguageCode;
  /** The entities, most mentioned first (ties in order of first mention). */
  entities: Entity[];
}

/** Everything entity extraction knows about one language, built from the language data. */
export interface EntityLexicon {
  /** Place names (lower-case) with the canonical name each one stands for. */
  places: ReadonlyMap<string, string>;
  /** Organisation names (lower-case) with their canonical names. */
  organisations: ReadonlyMap<string, string>;
  /** Short acronyms (by lower-case key) that match only as spelled here (`un` → `UN`, `who` → `WHO`). */
  exactCase: ReadonlyMap<string, string>;
  /** Common nouns that make a name a place (`mar`, `lake`). */
  placeHeads: ReadonlySet<string>;
  /** Words that make a name an organisation (`ministero`, `bank`). */
  organisationHeads: ReadonlySet<string>;
  /** Endings of lower-case adjectives that continue a name after an organisation head (`centrale`). */
  adjectiveEndings: readonly string[];
  /** Words capitalised by convention that are never names alone (`paese`, `wednesday`). */
  conventionalCapitals: ReadonlySet<string>;
  /** Lower-case words that may qualify a title before it (`former`, `ex`). */
  roleModifiers: ReadonlySet<string>;
  /** True when the language capitalises every noun (German), so a capital alone proves no name. */
  capitalisesNouns: boolean;
  /** Titles and roles of people (`presidente`, `minister`). */
  titles: ReadonlySet<string>;
  /** Given names (`giorgia`, `john`). */
  firstNames: ReadonlySet<string>;
  /** Prepositions that put the next name in a place (`in`). */
  placePrepositions: ReadonlySet<string>;
  /** Prepositions that put the next name in a place or make it an indirect object (`a`, `at`). */
  weakPlacePrepositions: ReadonlySet<string>;
  /** Lower-case words that may sit inside a name between two capitalised words (`del`, `di`, `van`). */
  particles: ReadonlySet<string>;
  /** Articles and articulated prepositions that may open a role phrase (`il`, `la`, `the`). */
  articles: ReadonlySet<string>;
  /** Function words of the language: a capitalised one only belongs to a name inside it (`Un` in `Kim Jong Un`). */
  stopwords: ReadonlySet<string>;
  /** Capitalised words that start sentences but never names (`Oggi`, `However`). */
  notNames: ReadonlySet<string>;
  /** Verb forms that report speech (`detto`, `said`): a name before one is a speaker, hence a person. */
  speechVerbs: ReadonlySet<string>;
  /** Words that may stand between a subject and its verb (`ha`, `has`, `anche`). */
  auxiliaries: ReadonlySet<string>;
}
