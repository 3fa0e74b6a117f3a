/**
 * The entity lexicon of a language, assembled from the language data: gazetteers of places and
 * organisations (the language's own names first, then the English ones, which news in every language
 * borrows), given names, the language's titles and place prepositions, name particles, and the
 * reporting verbs of the quotation lexicon.
 */
import { nameParticles as deParticles } from '../lang/de/keywords.js';
import * as deWords from '../lang/de/titles.js';
import { firstNames as enFirstNames } from '../lang/en/first-names.js';
import { nameParticles as enParticles } from '../lang/en/keywords.js';
import {
  adjectiveEndings as enAdjectives,
  organisations as enOrganisations,
  organisationHeads as enOrgHeads,
} from '../lang/en/organisations.js';
import { placeHeads as enPlaceHeads, places as enPlaces } from '../lang/en/places.js';
import {
  conventionalCapitals as enConventional,
  placePrepositions as enPlacePrepositions,
  roleModifiers as enRoleModifiers,
  titles as enTitles,
  weakPlacePrepositions as enWeakPrepositions,
} from '../lang/en/titles.js';
import { nameParticles as esParticles } from '../lang/es/keywords.js';
import * as esWords from '../lang/es/titles.js';
import { nameParticles as frParticles } from '../lang/fr/keywords.js';
import * as frWords from '../lang/fr/titles.js';
import { languageData } from '../lang/index.js';
import { firstNames as itFirstNames } from '../lang/it/first-names.js';
import { nameParticles as itParticles } from '../lang/it/keywords.js';
import {
  adjectiveEndings as itAdjectives,
  organisations as itOrganisations,
  organisationHeads as itOrgHeads,
} from '../lang/it/organisations.js';
import { placeHeads as itPlaceHeads, places as itPlaces } from '../lang/it/places.js';
import {
  conventionalCapitals as itConventional,
  placePrepositions as itPlacePrepositions,
  roleModifiers as itRoleModifiers,
  titles as itTitles,
  weakPlacePrepositions as itWeakPrepositions,
} from '../lang/it/titles.js';
import { nameParticles as ptParticles } from '../lang/pt/keywords.js';
import * as ptWords from '../lang/pt/titles.js';
import { quoteLexicon } from '../quotes/lexicon.js';
import type { EntityLexicon } from './types.js';

/** The names and name words one language supplies (Italian and English so far). */
interface Gazetteer {
  /** Comma-separated place names, `alias=canonical` allowed. */
  places: string;
  /** Comma-separated organisation names, `alias=canonical` allowed. */
  organisations: string;
  /** Place head nouns. */
  placeHeads: readonly string[];
  /** Organisation head words. */
  organisationHeads: readonly string[];
  /** Endings of adjectives completing an organisation name. */
  adjectiveEndings: readonly string[];
  /** Given names. */
  firstNames: readonly string[];
}

/** The words about people each language supplies (`lang/<code>/titles.ts`). */
interface PersonWords {
  /** Person titles and roles. */
  titles: readonly string[];
  /** Place prepositions. */
  placePrepositions: readonly string[];
  /** Prepositions that also introduce other things than places. */
  weakPlacePrepositions: readonly string[];
  /** Words capitalised by convention, never names alone. */
  conventionalCapitals: readonly string[];
  /** Lower-case words that qualify a title before it. */
  roleModifiers: readonly string[];
  /** True when the language capitalises every noun (German). */
  capitalisesNouns?: boolean;
}

/** Gazetteers by language; the English one also serves every other language, after its own. */
const GAZETTEERS: ReadonlyMap<string, Gazetteer> = new Map([
  [
    'it',
    {
      places: itPlaces,
      organisations: itOrganisations,
      placeHeads: itPlaceHeads,
      organisationHeads: itOrgHeads,
      adjectiveEndings: itAdjectives,
      firstNames: itFirstNames,
    },
  ],
  [
    'en',
    {
      places: enPlaces,
      organisations: enOrganisations,
      placeHeads: enPlaceHeads,
      organisationHeads: enOrgHeads,
      adjectiveEndings: enAdjectives,
      firstNames: enFirstNames,
    },
  ],
]);

/** Person words by language; English serves languages without their own. */
const PERSON_WORDS: ReadonlyMap<string, PersonWords> = new Map<string, PersonWords>([
  [
    'it',
    {
      titles: itTitles,
      placePrepositions: itPlacePrepositions,
      weakPlacePrepositions: itWeakPrepositions,
      conventionalCapitals: itConventional,
      roleModifiers: itRoleModifiers,
    },
  ],
  [
    'en',
    {
      titles: enTitles,
      placePrepositions: enPlacePrepositions,
      weakPlacePrepositions: enWeakPrepositions,
      conventionalCapitals: enConventional,
      roleModifiers: enRoleModifiers,
    },
  ],
  ['fr', frWords],
  ['es', esWords],
  ['pt', ptWords],
  ['de', deWords],
]);

/** Lower-case words that may sit inside a name, per language (from the keyphrase data). */
const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  it: [...itParticles, 'dello', 'degli', 'delle'],
  en: enParticles,
  fr: frParticles,
  es: esParticles,
  pt: ptParticles,
  de: deParticles,
};

/** Lexicons already built, by language. */
const CACHE = new Map<string, EntityLexicon>();

/** The entity lexicon of a language (built once, then cached). */
export function entityLexicon(code: string): EntityLexicon {
  const cached = CACHE.get(code);
  if (cached) return cached;
  const english = GAZETTEERS.get('en')!;
  const own = GAZETTEERS.get(code);
  const sources = own && own !== english ? [own, english] : [english];
  const person = PERSON_WORDS.get(code) ?? PERSON_WORDS.get('en')!;
  const exactCase = new Map<string, string>();
  const quotes = quoteLexicon(code);
  const lexicon: EntityLexicon = {
    places: gazetteer(
      sources.map((s) => s.places),
      exactCase,
    ),
    organisations: gazetteer(
      sources.map((s) => s.organisations),
      exactCase,
    ),
    exactCase,
    placeHeads: new Set(sources.flatMap((s) => s.placeHeads)),
    organisationHeads: new Set(sources.flatMap((s) => s.organisationHeads)),
    adjectiveEndings: (own ?? english).adjectiveEndings,
    firstNames: new Set(sources.flatMap((s) => s.firstNames)),
    titles: new Set(person.titles),
    placePrepositions: new Set(person.placePrepositions),
    weakPlacePrepositions: new Set(person.weakPlacePrepositions),
    conventionalCapitals: new Set(person.conventionalCapitals),
    roleModifiers: new Set(person.roleModifiers),
    capitalisesNouns: person.capitalisesNouns === true,
    particles: new Set([...(PARTICLES[code] ?? []), ...quotes.nameParticles]),
    articles: quotes.articles,
    stopwords: languageData(code).stopwords,
    notNames: quotes.notNames,
    speechVerbs: quotes.speechVerbs,
    auxiliaries: quotes.auxiliaries,
  };
  CACHE.set(code, lexicon);
  return lexicon;
}

/**
 * Parses comma-separated name lists into a map from lower-case name to canonical name; earlier lists
 * win. Entries of up to three capital letters (`UN`, `US`) are also recorded in `exactCase` with the
 * one spelling they match, since their lower-case forms are common words.
 */
function gazetteer(lists: readonly string[], exactCase: Map<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) {
    for (const raw of list.replace(/-\n/g, '-').split(',')) {
      const entry = raw.replace(/\s+/g, ' ').trim();
      if (entry === '') continue;
      const [name, canonical] = entry.split('=').map((part) => part.trim()) as [string, string | undefined];
      const key = normaliseName(name);
      if (map.has(key)) continue;
      map.set(key, canonical ?? name);
      if (/^\p{Lu}{1,3}$/u.test(name.replace(/\./g, ''))) exactCase.set(key, name);
    }
  }
  return map;
}

/** Lower-cased name with typographic apostrophes and spacing made uniform, the key of every lookup. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/'/g, '’').replace(/\s+/g, ' ').trim();
}

/** The canonical name `text` has in a gazetteer, or null (short acronyms must match their case). */
export function lookup(
  map: ReadonlyMap<string, string>,
  lexicon: EntityLexicon,
  text: string,
): string | null {
  const key = normaliseName(text);
  const canonical = map.get(key);
  if (canonical === undefined) return null;
  const exact = lexicon.exactCase.get(key);
  return exact === undefined || exact === text ? canonical : null;
}
