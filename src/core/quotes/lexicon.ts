/**
 * The words quotation attribution needs for one language: reporting verbs, the words around them,
 * and the nouns that make a mention a person, a document or a title. The lists live with the
 * language data (`src/core/lang/<code>/cues.ts`); this accessor picks the one for a language.
 */
import { englishCues } from '../lang/en/cues.js';
import { italianCues } from '../lang/it/cues.js';

/** Quotation words of one language. Every entry is lower-case; multi-word entries are word arrays. */
export interface QuoteLexicon {
  /** Inflected forms of verbs that report speech (`detto`, `dichiara`, `spiegando`, `said`). */
  speechVerbs: ReadonlySet<string>;
  /** Forms that quote a written document (`stabilisce`, `prevede`, `recita`). */
  documentVerbs: ReadonlySet<string>;
  /** Forms that quote a post on a social network (`twittato`, `tweeted`). */
  postVerbs: ReadonlySet<string>;
  /** Forms that introduce a quoted word or two as the speaker's label (`definito «impressionante»`). */
  labelVerbs: ReadonlySet<string>;
  /** Reporting verbs that name a secondary source after `come` (`come riferito dall’Ansa`): never a speaker. */
  sourceVerbs: ReadonlySet<string>;
  /** Words that may stand between the subject and the reporting verb (`ha`, `è`, `voluto`, `tornato`, `a`). */
  auxiliaries: ReadonlySet<string>;
  /** Object pronouns that point back at the previous quotation (`Lo ha detto`, `L’ha detto`). */
  clitics: ReadonlySet<string>;
  /** Reporting expressions of several words, as word arrays (`dato enfasi`, `fatto sapere`). */
  phraseCues: readonly (readonly string[])[];
  /** Nouns that attribute a quotation to the next mention (`Parole di`, `l’appello lanciato da`). */
  nominalCues: ReadonlySet<string>;
  /** Words of "according to" attributions, as word arrays (`secondo`, `per`, `a detta di`). */
  prepositionalCues: readonly (readonly string[])[];
  /** Words that open a sentence attributing the quotation before it (`quanto` in `È quanto ha detto`, `così`). */
  backReferences: ReadonlySet<string>;
  /** Nouns that describe a person or a body that can speak (`presidente`, `allenatore`, `governo`). */
  roleNouns: ReadonlySet<string>;
  /** Other names of one role, by the name roles are compared under (`legale` → `avvocato`); keys of two words hold the word before (`primo cittadino`). */
  roleSynonyms?: ReadonlyMap<string, string>;
  /** Role nouns for whoever heads a body (`titolare`, `capo`, `vertice`): they fit any office. */
  headRoles?: ReadonlySet<string>;
  /** Role nouns of bodies, not persons (`governo`, `procura`): never resolved to the person named last. */
  bodies: ReadonlySet<string>;
  /** Nouns of written documents (`risoluzione`, `comunicato`): their quotations are of type `document`. */
  documentNouns: ReadonlySet<string>;
  /** Words of social networks and posts (`twitter`, `post`): a quotation near one is of type `post`. */
  postWords: ReadonlySet<string>;
  /** Nouns and participles after which a quoted span is a name or a title (`operazione`, `intitolato`). */
  titleWords: ReadonlySet<string>;
  /** Participles after which a quoted span is always a name (`cosiddetto`, `intitolato`, `so-called`). */
  namingWords: ReadonlySet<string>;
  /** Articles and determiners that open a noun phrase (`il`, `l’`, `un`, `the`). */
  articles: ReadonlySet<string>;
  /** Indefinite articles: a role phrase opened by one (`un parente`) introduces someone new, never resolved. */
  indefinites: ReadonlySet<string>;
  /** Prepositions of company (`con`): a body's clause names with one the person it speaks through. */
  accompaniments?: ReadonlySet<string>;
  /** Given names of women and of men, for the gender of a person (`Anna` / `Luca`). */
  femaleNames?: ReadonlySet<string>;
  maleNames?: ReadonlySet<string>;
  /** Articles that make a role phrase feminine (`la`, `una`) or masculine (`il`, `un`). */
  feminineArticles?: ReadonlySet<string>;
  masculineArticles?: ReadonlySet<string>;
  /** Indefinite pronouns that may be a verb's subject (`qualcuno`, `molti`): an unnamed source, never resolved. */
  indefinitePronouns?: ReadonlySet<string>;
  /** Possessives of the speaker and the listener (`mio padre`): someone of theirs, never resolved. */
  speakerPossessives?: ReadonlySet<string>;
  /** Words that open a cleft attribution (`a` in `A dirlo è il sindaco`). */
  cleftOpeners?: ReadonlySet<string>;
  /** Forms of `to be` that close the cleft before its subject (`è`, `sono`). */
  copulas?: ReadonlySet<string>;
  /** Object pronouns written onto an infinitive (`dirlo`, `spiegarne`), without the infinitive's final vowel. */
  encliticEndings?: readonly string[];
  /** Negations and negative subjects before a reporting verb (`non`, `nessuno`): the verb reports nothing said. */
  negations?: ReadonlySet<string>;
  /** Plural articles: a role phrase opened by one (`i giudici`) is a group, never the one person named last. */
  pluralArticles?: ReadonlySet<string>;
  /** Prepositions, simple and articulated: a mention right after one is not a subject. */
  prepositions: ReadonlySet<string>;
  /** Prepositions that attach a phrase to a role noun (`presidente della Regione`, `assessore alla Mobilità`). */
  rolePrepositions: ReadonlySet<string>;
  /** Adverbs that may stand between a reporting verb and its subject (`ancora`, `poi`). */
  adverbs: ReadonlySet<string>;
  /** Lower-case words that may sit inside a name (`de`, `di`, `van`). */
  nameParticles: ReadonlySet<string>;
  /** Words after a sentence opener that make it a fronted predicate, not a name (`anche`, `il`). */
  predicateFollowers?: ReadonlySet<string>;
  /** Capitalised words that start sentences but never names (`Oggi`, `Intanto`), lower-cased. */
  notNames: ReadonlySet<string>;
  /** Possessives that make a nominal cue point at the previous speaker (`le sue parole`). */
  possessives: ReadonlySet<string>;
  /** Subject pronouns: a speaker written as one is the previous speaker (`lui`, `he`). */
  pronouns: ReadonlySet<string>;
  /** Common given names: one starts a person's name (`Bari Giovanna De Santis` → `Giovanna De Santis`). */
  givenNames: ReadonlySet<string>;
  /** Endings of gerunds (`-ando`, `-ing`): a gerund adds a clause, it does not insert an attribution. */
  gerundEndings: readonly string[];
  /** Auxiliaries of compound tenses (`ha`, `hanno`): with a participle after a quotation they report it. */
  tenseAuxiliaries?: ReadonlySet<string>;
  /** Forms of `to have` as an auxiliary: a name after `ha vinto` is its object, not the sentence's subject. */
  haveAuxiliaries?: ReadonlySet<string>;
  /** Endings of past participles (`-ato`, `-uto`, `-ito`), for verbs outside the lists after a quotation. */
  participleEndings?: readonly string[];
  /** Quantifiers of a partitive role phrase (`una` in `una delle vittime`, `alcuni` in `alcuni dei residenti`). */
  partitives?: ReadonlySet<string>;
  /** Words of the preposition list that open a clause rather than a phrase (`che`, `come`). */
  clauseWords?: ReadonlySet<string>;
  /** Lower-case names of places and bodies (`kiev`, `camera`, `commissione europea`): they end a role's owner. */
  knownNames?: ReadonlySet<string>;
  /** Prepositions of the source after an impersonal plural verb (`dal` in `fanno sapere dal Comune`). */
  sourcePrepositions?: ReadonlySet<string>;
  /** Endings of third-person plural verb forms (`-ano`, `-ono`, `-nno`): with no subject of their own they are impersonal. */
  pluralEndings?: readonly string[];
  /** Nouns and adjectives of time (`settimana`, `scorso`): a phrase of them after a verb is not its subject. */
  timeWords?: ReadonlySet<string>;
}

const LEXICONS: ReadonlyMap<string, QuoteLexicon> = new Map([
  ['it', italianCues],
  ['en', englishCues],
]);

/** The quotation words of a language; languages without their own list fall back to English. */
export function quoteLexicon(code: string): QuoteLexicon {
  return LEXICONS.get(code) ?? englishCues;
}
