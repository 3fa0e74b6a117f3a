/**
 * The word lists keyphrase extraction needs for one language, assembled once from the language
 * registry (function words, elisions, stemmer) and the keyword lists under `lang/<code>/keywords.ts`.
 * A language without keyword lists still works: it gets the registry's stopwords and nothing else.
 */
import * as de from '../lang/de/keywords.js';
import * as en from '../lang/en/keywords.js';
import * as es from '../lang/es/keywords.js';
import * as fr from '../lang/fr/keywords.js';
import { languageData } from '../lang/index.js';
import * as it from '../lang/it/keywords.js';
import * as pt from '../lang/pt/keywords.js';

/** The shape of a `lang/<code>/keywords.ts` module; each entry feeds the `Lexicon` field of the same meaning. */
interface KeywordLists {
  connectors: readonly string[];
  articles: readonly string[];
  nameParticles: readonly string[];
  extraStopwords: readonly string[];
  genericWords: readonly string[];
  possessive?: boolean;
  capitalisedNouns?: boolean;
  headFinal?: boolean;
  attributiveEndings?: readonly string[];
  adverbSuffixes?: readonly string[];
  verbSuffixes?: readonly string[];
  nonFinalSuffixes?: readonly string[];
  nonFinalExceptions?: readonly string[];
  verbMarkers?: readonly string[];
  titles?: readonly string[];
  infinitivePrepositions?: readonly string[];
  infinitiveSuffixes?: readonly string[];
  nounSuffixes?: readonly string[];
  infinitiveExceptions?: readonly string[];
}

/** Everything keyphrase extraction knows about one language. */
export interface Lexicon {
  /** Language code. */
  code: string;
  /** Words that cannot start or end a keyphrase (function words, verbs, time words, user additions). */
  stop: ReadonlySet<string>;
  /** Prepositions allowed inside a keyphrase (`del` in `Corea del Nord`). */
  connectors: ReadonlySet<string>;
  /** Articles allowed right after a connector inside a keyphrase (`la` in `forces de la coalition`). */
  articles: ReadonlySet<string>;
  /** Particles allowed inside a proper name between capitalised words (`da` in `Leonardo da Vinci`). */
  nameParticles: ReadonlySet<string>;
  /** General nouns weighed down when they stand alone. */
  generic: ReadonlySet<string>;
  /** Elided forms (`dell`, `l`, `qu`): a word ending in an apostrophe that is one of them is a stopword. */
  elisions: ReadonlySet<string>;
  /** True when `'s` closes a possessive to drop from the word (`Lob's` → `Lob`). */
  possessive: boolean;
  /** Adverb endings: a word of 3+ letters more than the ending is a stopword (`-mente`, `-ously`). */
  adverbSuffixes: readonly string[];
  /** Endings of finite verbs: a lower-case word with one is a stopword (`-ò`, `-ou`). */
  verbSuffixes: readonly string[];
  /** Verb endings that cannot close a keyphrase (`-ed` in English). */
  nonFinalSuffixes: readonly string[];
  /** Words with a non-final ending that may close a keyphrase all the same (`speed`). */
  nonFinalExceptions: ReadonlySet<string>;
  /** Auxiliaries, clitics and subject pronouns: the content word right after them is a verb. */
  verbMarkers: ReadonlySet<string>;
  /** Titles and roles written before a name (`presidente`, `Minister`). */
  titles: ReadonlySet<string>;
  /** True when modifiers precede the noun they modify (`model predictive control`), as in English and German. */
  headFinal: boolean;
  /** Where nouns are capitalised: endings a lower-case word inside a keyphrase must have (empty: any). */
  attributiveEndings: readonly string[];
  /** Prepositions that introduce an infinitive (`di`, `à`). */
  infinitivePrepositions: ReadonlySet<string>;
  /** Infinitive endings (`-are`, `-er`). */
  infinitiveSuffixes: readonly string[];
  /** Endings that look like infinitives but mostly end nouns (`-ier` in French). */
  nounSuffixes: readonly string[];
  /** Nouns and adjectives with an infinitive ending (`mare`, `nucleare`). */
  infinitiveExceptions: ReadonlySet<string>;
  /** True when every noun is capitalised (German), so a capital is no evidence of a proper name. */
  capitalisedNouns: boolean;
  /** Stemmer (lower-cases first); identity for languages without one. */
  stem: (word: string) => string;
}

const LISTS: Readonly<Record<string, KeywordLists>> = { it, en, fr, es, pt, de };

const cache = new Map<string, Lexicon>();

/** Normalises a word for list look-ups: lower case, typographic apostrophes made straight, no final apostrophe. */
export function lookupForm(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('\u2019') || w.includes('\u02bc')) w = w.replace(/[\u2019\u02bc]/g, "'");
  if (w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

/** Room a stem needs before an ending: `ally` alone is a word, `really` an adverb. */
const MIN_STEM_BEFORE_SUFFIX = 3;

/** True when `form` ends with one of `suffixes` after a stem of a few letters. */
export function hasSuffix(form: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes)
    if (form.length >= s.length + MIN_STEM_BEFORE_SUFFIX && form.endsWith(s)) return true;
  return false;
}

/** Builds a set of look-up forms from several lists. */
function setOf(...lists: Iterable<string>[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list) if (w) out.add(lookupForm(w));
  return out;
}

/** The lexicon of a language, with `extraStopwords` (from the user) added to its stop list. */
export function lexiconFor(code: string, extraStopwords: readonly string[] = []): Lexicon {
  const cacheable = extraStopwords.length === 0;
  const cached = cacheable ? cache.get(code) : undefined;
  if (cached) return cached;
  const data = languageData(code);
  const lists = LISTS[code];
  const lexicon: Lexicon = {
    code,
    stop: setOf(data.stopwords, lists?.extraStopwords ?? [], extraStopwords),
    connectors: setOf(lists?.connectors ?? []),
    articles: setOf(lists?.articles ?? []),
    nameParticles: setOf(lists?.nameParticles ?? []),
    generic: setOf(lists?.genericWords ?? []),
    elisions: setOf(data.elisions),
    possessive: lists?.possessive ?? false,
    adverbSuffixes: lists?.adverbSuffixes ?? [],
    verbSuffixes: lists?.verbSuffixes ?? [],
    nonFinalSuffixes: lists?.nonFinalSuffixes ?? [],
    nonFinalExceptions: setOf(lists?.nonFinalExceptions ?? []),
    verbMarkers: setOf(lists?.verbMarkers ?? []),
    titles: setOf(lists?.titles ?? []),
    infinitivePrepositions: setOf(lists?.infinitivePrepositions ?? []),
    infinitiveSuffixes: lists?.infinitiveSuffixes ?? [],
    nounSuffixes: lists?.nounSuffixes ?? [],
    infinitiveExceptions: setOf(lists?.infinitiveExceptions ?? []),
    capitalisedNouns: lists?.capitalisedNouns ?? false,
    headFinal: lists?.headFinal ?? false,
    attributiveEndings: lists?.attributiveEndings ?? [],
    stem: data.stem,
  };
  if (cacheable) cache.set(code, lexicon);
  return lexicon;
}
