/**
 * Italian quotation words: reporting verbs and the words around them, nouns of speakers, documents
 * and titles, and the function words that tell a subject from a prepositional phrase. Used by
 * quotation attribution (`src/core/quotes`); every entry is lower-case.
 */
import type { QuoteLexicon } from '../../quotes/lexicon.js';
import { documentVerbs, labelVerbs, postVerbs, sourceVerbs, speechVerbs } from './cue-verbs.js';
import { femaleGivenNames, givenNames, maleGivenNames } from './given-names.js';
import { organisations } from './organisations.js';
import { places } from './places.js';

/** Words between a subject and its reporting verb: auxiliaries, modals, aspect verbs, clitic pronouns. */
const auxiliaries = [
  ...['ha', 'hanno', 'aveva', 'avevano', 'avrebbe', 'avrebbero', 'avrà', 'abbia', 'ho', 'abbiamo'],
  ...['è', 'e’', "e'", 'sono', 'era', 'erano', 'sarebbe', 'sarà', 'stato', 'stata', 'stati', 'state'],
  ...['voluto', 'vuole', 'volle', 'tenuto', 'tiene', 'tornato', 'tornata', 'torna', 'tornano', 'tornati'],
  ...['continuato', 'continua', 'ripreso', 'riprende', 'potuto', 'dovuto', 'fatto', 'sta', 'stava'],
  ...['a', 'ad', 'anche', 'poi', 'ancora', 'già', 'non', 'mai', 'pure', 'si', 'ci', 'gli', 'le', 'mi'],
];

/** Verb phrases of several words that report speech. */
const phraseCues = [
  ['dato', 'enfasi'],
  ['fatto', 'sapere'],
  ['fa', 'sapere'],
  ['fanno', 'sapere'],
  ['messo', 'in', 'chiaro'],
  ['preso', 'la', 'parola'],
  ['detto', 'la', 'sua'],
  ['reso', 'noto'],
  ['rende', 'noto'],
  ['messo', 'in', 'guardia'],
  ['mette', 'in', 'guardia'],
  ['lanciato', "l'allarme"],
  ['si', 'legge'],
];

/** Nouns that attribute a quotation to the mention after them. */
const nominalCues = [
  ...['parole', 'parola', 'appello', 'monito', 'commento', 'allarme', 'denuncia', 'messaggio', 'richiesta'],
  ...['invito', 'affondo', 'attacco', 'replica', 'risposta', 'sfogo', 'annuncio', 'promessa', 'pensiero'],
  ...['avvertimento', 'frecciata', 'stoccata', 'riflessione', 'dichiarazione', 'dichiarazioni', 'opinione'],
  ...['analisi', 'giudizio', 'battuta', 'ammissione', 'accusa', 'critica', 'grido', 'auspicio', 'augurio'],
  ...['confessione', 'racconto', 'testimonianza', 'spiegazione', 'sintesi', 'conclusione', 'verdetto'],
];

/** "According to" attributions. */
const prepositionalCues = [
  ['secondo'],
  ['per'],
  ['a', 'detta', 'di'],
  ['stando', 'a'],
  ['a', 'parere', 'di'],
  ['a', 'giudizio', 'di'],
  ['ad', 'avviso', 'di'],
  ['parola', 'di'],
];

/** Nouns of bodies that speak in the news (`il governo`, `la procura`, `l’azienda`, `la ong`): never a person. */
const bodyNouns = [
  ...['governo', 'esecutivo', 'ministero', 'procura', 'questura', 'polizia', 'sindacato', 'partito'],
  ...['associazione', 'azienda', 'società', 'comune', 'regione', 'federazione', 'club', 'tribunale'],
  ...['comando', 'prefettura', 'provincia', 'comitato', 'istituto', 'agenzia', 'ente', 'fondazione'],
  ...['organizzazione', 'ufficio', 'commissione', 'autorità', 'osservatorio', 'corte', 'consorzio'],
  ...['coordinamento', 'redazione', 'ong', 'compagnia', 'gruppo', 'cooperativa', 'ateneo', 'università'],
  ...['ospedale', 'giunta', 'consiglio', 'banca', 'impresa', 'direzione', 'dipartimento', 'assessorato'],
];

/** Nouns of people and bodies that speak in the news. */
const roleNouns = [
  ...['presidente', 'presidentessa', 'vicepresidente', 'ministro', 'ministra', 'viceministro', 'premier'],
  ...['leader', 'segretario', 'segretaria', 'sottosegretario', 'portavoce', 'sindaco', 'sindaca'],
  ...['vicesindaco', 'governatore', 'governatrice', 'assessore', 'assessora', 'consigliere', 'consigliera'],
  ...['deputato', 'deputata', 'senatore', 'senatrice', 'parlamentare', 'europarlamentare', 'onorevole'],
  ...['capogruppo', 'procuratore', 'procuratrice', 'pm', 'magistrato', 'giudice', 'avvocato', 'avvocata'],
  ...['candidato', 'candidata'],
  ...['legale', 'prefetto', 'questore', 'comandante', 'generale', 'colonnello', 'capitano', 'maresciallo'],
  ...['ufficiale', 'ambasciatore', 'ambasciatrice', 'diplomatico', 'cancelliere', 're', 'regina'],
  ...['principe', 'principessa', 'papa', 'pontefice', 'cardinale', 'arcivescovo', 'vescovo', 'parroco'],
  ...['sacerdote', 'prete', 'imam', 'rabbino', 'dittatore', 'capo', 'fondatore', 'fondatrice', 'direttore'],
  ...['direttrice', 'amministratore', 'ad', 'ceo', 'manager', 'dirigente', 'responsabile', 'coordinatore'],
  ...['coordinatrice', 'commissario', 'commissaria', 'allenatore', 'allenatrice', 'tecnico', 'mister', 'ct'],
  ...['pilota', 'ferrarista', 'campione', 'campionessa', 'giocatore', 'giocatrice', 'calciatore'],
  ...['calciatrice', 'attaccante', 'difensore', 'centrocampista', 'portiere', 'tennista', 'ciclista'],
  ...['atleta', 'patron', 'proprietario', 'proprietaria', 'sismologo', 'sismologa', 'geologo', 'virologo'],
  ...['virologa', 'epidemiologo', 'medico', 'dottore', 'dottoressa', 'primario', 'infermiere'],
  ...['infermiera', 'professore', 'professoressa', 'docente', 'ricercatore', 'ricercatrice', 'scienziato'],
  ...['scienziata', 'esperto', 'esperta', 'economista', 'analista', 'studioso', 'studiosa', 'storico'],
  ...['filosofo', 'sociologo', 'psicologo', 'psicologa', 'psichiatra', 'scrittore', 'scrittrice', 'autore'],
  ...['autrice', 'giornalista', 'cronista', 'conduttore', 'conduttrice', 'presentatore', 'presentatrice'],
  ...['attore', 'attrice', 'regista', 'cantante', 'cantautore', 'cantautrice', 'artista', 'musicista'],
  ...['rapper', 'stilista', 'imprenditore', 'imprenditrice', 'industriale', 'banchiere', 'sindacalista'],
  ...['attivista', 'testimone', 'vittima', 'madre', 'padre', 'figlio', 'figlia', 'moglie', 'marito'],
  ...['fratello', 'sorella', 'zio', 'zia', 'nonno', 'nonna', 'amico', 'amica', 'residente', 'titolare'],
  ...['gestore', 'dipendente', 'operaio', 'lavoratore', 'studente', 'studentessa', 'agente', 'poliziotto'],
  ...['carabiniere', 'soccorritore'],
  ...bodyNouns,
  ...['dittatrice', 'monarca', 'sovrano', 'vertice', 'guida', 'timoniere', 'condottiero'],
  ...['pontefice', 'santo', 'padre', 'suora', 'frate', 'don', 'monsignor', 'monsignore', 'ct', 'dg', 'ds'],
  ...['parente', 'familiare', 'collega', 'compagno', 'compagna', 'fidanzato', 'fidanzata', 'conoscente'],
  ...['cugino', 'cugina', 'nipote', 'genitore', 'insegnante', 'maestro', 'maestra', 'preside', 'rettore'],
  ...['tifoso', 'tifosa', 'passeggero', 'passeggera', 'cliente', 'turista', 'abitante', 'commerciante'],
  ...['utente', 'follower', 'lettore', 'lettrice', 'spettatore', 'spettatrice'],
  ...['ristoratore', 'albergatore', 'agricoltore', 'allevatore', 'pescatore', 'volontario', 'volontaria'],
  ...[
    'ambientalista',
    'economista',
    'politologo',
    'costituzionalista',
    'giurista',
    'ingegnere',
    'architetto',
  ],
  // judges named by their office (`il gip`)
  ...['gip', 'gup', 'pg', 'critico', 'meteorologo', 'meteorologa', 'cittadino', 'cittadina'],
  // `quest’ultimo`: the person named last
  ...['ultimo', 'ultima'],
  // people by age or sex (`una donna di 86 anni`, `un anziano`)
  ...['donna', 'uomo', 'uomini', 'ragazzo', 'ragazza', 'bambino', 'bambina', 'anziano', 'anziana'],
  ...['pensionato', 'pensionata'],
];

/** A noun with its plural forms (`medico` → `medici`, `medichi`; `giornalista` → `giornalisti`, `giornaliste`). */
function withPlurals(nouns: readonly string[]): string[] {
  const out = new Set(nouns);
  for (const n of nouns) {
    if (n.endsWith('o')) out.add(`${n.slice(0, -1)}i`);
    if (n.endsWith('co') || n.endsWith('go')) out.add(`${n.slice(0, -1)}hi`);
    if (n.endsWith('e')) out.add(`${n.slice(0, -1)}i`);
    // `banchiere` → `banchiera`, `banchiere`: the feminine of the `-iere` nouns.
    if (n.endsWith('iere')) out.add(`${n.slice(0, -1)}a`);
    if (n.endsWith('a')) {
      out.add(`${n.slice(0, -1)}e`);
      out.add(`${n.slice(0, -1)}i`);
    }
  }
  return [...out];
}

/** Nouns of written documents. */
const documentNouns = [
  ...['risoluzione', 'legge', 'decreto', 'sentenza', 'comunicato', 'nota', 'documento', 'rapporto'],
  ...['lettera', 'ordinanza', 'relazione', 'regolamento', 'dossier', 'report', 'bozza', 'mozione'],
  ...['delibera', 'circolare', 'manifesto', 'testo', 'accordo', 'trattato', 'convenzione', 'costituzione'],
  ...['articolo', 'norma', 'direttiva', 'provvedimento', 'motivazioni', 'verbale', 'atto', 'studio'],
  ...['ricerca', 'statuto', 'dispositivo', 'emendamento', 'comma', 'codice', 'bando', 'contratto'],
  ...['bollettino', 'comunicazione'],
];

/** Words of social networks and posts. */
const postWords = [
  ...['twitter', 'x', 'facebook', 'instagram', 'telegram', 'tiktok', 'threads', 'linkedin', 'social'],
  ...['tweet', 'post', 'profilo', 'account', 'storia', 'stories', 'cinguettio'],
];

/** Words after which a quoted span names something instead of reporting words. */
const titleWords = [
  ...['libro', 'film', 'romanzo', 'saggio', 'canzone', 'brano', 'singolo', 'album', 'disco', 'programma'],
  ...['trasmissione', 'format', 'rubrica', 'operazione', 'progetto', 'spettacolo', 'mostra', 'serie'],
  ...['fiction', 'docufilm', 'documentario', 'festival', 'rassegna', 'premio', 'evento', 'campagna'],
  ...['iniziativa', 'testata', 'giornale', 'quotidiano', 'settimanale', 'rivista', 'radio', 'emittente'],
  ...['tv', 'canale', 'hashtag', 'app', 'piattaforma', 'marchio', 'brand', 'band', 'nave', 'missione'],
  ...['piano', 'bonus', 'manovra', 'riforma', 'ddl', 'movimento', 'lista', 'coalizione', 'pagina'],
  ...['podcast', 'videogioco', 'opera', 'quadro', 'dipinto', 'poesia', 'tour', 'concerto', 'show'],
  ...['edizione', 'soprannome', 'nome', 'titolo', 'termine', 'espressione', 'etichetta', 'sigla'],
  ...['acronimo', 'slogan', 'motto', 'ristorante', 'locale', 'bar', 'hotel', 'teatro'],
];

/** Participles that name what follows, whatever it looks like (`la cosiddetta «legge del più forte»`). */
const namingWords = [
  ...['intitolato', 'intitolata', 'intitolati', 'intitolate', 'chiamato', 'chiamata', 'chiamati', 'chiamate'],
  ...['denominato', 'denominata', 'ribattezzato', 'ribattezzata', 'soprannominato', 'soprannominata'],
  ...['cosiddetto', 'cosiddetta', 'cosiddetti', 'cosiddette', 'battezzato', 'battezzata', 'noto'],
];

/** Possessives of the first and second person: `mio padre` is someone of the speaker's, never resolved. */
const speakerPossessives = [
  'mio',
  'mia',
  'miei',
  'mie',
  'tuo',
  'tua',
  'nostro',
  'nostra',
  'vostro',
  'vostra',
];

/** Articles and determiners. */
const articles = [
  ...['il', 'lo', 'la', "l'", 'l’', 'i', 'gli', 'le', 'un', 'uno', 'una', "un'", 'un’', 'questo'],
  ...['questa', 'quel', 'quello', 'quella', "quell'", 'quell’', 'suo', 'sua', 'loro', 'altro', 'altra'],
  // adjectives that come before a role noun (`l’ex premier`, `il neo sindaco`)
  ...['ex', 'neo', 'nuovo', 'nuova', 'attuale', 'stesso', 'stessa', 'giovane', 'celebre', 'famoso', 'famosa'],
  // `il primo cittadino`, `la prima cittadina` (the mayor), `il primo ministro`
  ...['primo', 'prima', "quest'", 'quest’'],
  // possessives of the speaker and the listener (`mio padre`, `il nostro avvocato`)
  ...speakerPossessives,
];

/** Prepositions, simple and articulated. */
const prepositions = [
  ...['di', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del', 'dello', 'della', 'dei', 'degli'],
  ...['delle', "dell'", 'dell’', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'all’', 'dal'],
  ...['dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'", 'dall’', 'nel', 'nello', 'nella', 'nei'],
  ...['negli', 'nelle', "nell'", 'nell’', 'col', 'coi', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle'],
  ...["sull'", 'sull’', 'verso', 'contro', 'senza', 'presso', 'durante', 'dopo', 'prima', "d'", 'd’'],
  ...['tramite', 'attraverso', 'oltre', 'sopra', 'sotto', 'dentro', 'fuori', 'vicino', 'come', 'che'],
  ...['rivolgendosi', 'rivolto', 'rivolta', 'riferendosi', 'insieme', 'accanto'],
];

/** Adverbs and fillers between a reporting verb and its subject. */
const adverbs = [
  ...['ancora', 'poi', 'anche', 'invece', 'inoltre', 'infine', 'quindi', 'oggi', 'ieri', 'stamane'],
  ...['stamattina', 'stasera', 'così', 'già', 'pure', 'subito', 'nuovamente', 'dunque', 'però', 'allora'],
  ...['intanto', 'ora', 'adesso', 'chiaramente', 'testualmente', 'sorridendo', 'ridendo', 'scherzando'],
  ...['sempre', 'spesso', 'successivamente', 'tuttavia', 'comunque', 'infatti', 'perciò', 'proprio'],
];

/** Particles inside personal names. */
const nameParticles = [
  'de',
  'di',
  'da',
  'del',
  'della',
  'dei',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  // elided `di` inside names of bodies and places (`Banca d’Italia`, `Valle d’Aosta`)
  "d'",
];

/** Capitalised sentence openers that are never names. */
const notNames = [
  ...adverbs,
  ...['lo', 'la', 'le', 'gli', 'il', 'i', 'un', 'una', 'uno', 'ma', 'e', 'ed', 'o', 'se', 'che', 'chi'],
  ...['non', 'ecco', 'come', 'quando', 'dove', 'perché', 'mentre', 'secondo', 'questo', 'questa', 'tutto'],
  ...['tutti', 'nessuno', 'noi', 'voi', 'io', 'tu', 'lui', 'lei', 'loro', 'anzi', 'eppure', 'nonostante'],
  ...['sì', 'no', 'grazie', 'buongiorno', 'signori', 'parole', 'cosa', 'tanti', 'tante', 'molti', 'alcuni'],
  ...['dopo', 'prima', 'durante', 'oltre', 'per', 'con', 'da', 'in', 'su', 'tra', 'fra', 'nel', 'nella'],
  ...['fino', 'finora', 'solo', 'soltanto', 'forse', 'purtroppo', 'ormai', 'insomma', 'almeno', 'quasi'],
  ...['innanzitutto', 'anzitutto', 'nemmeno', 'neanche', 'neppure', 'appena', 'circa', 'magari'],
  ...['al', 'alla', 'dal', 'dalla', 'sul', 'sulla', 'del', 'della', 'è', "e'", 'e’', 'sono', 'era'],
];

/** Words of time that follow a verb as an adverbial phrase (`ha detto la settimana scorsa`), never its subject. */
const timeWords = [
  ...['giorno', 'giorni', 'mattina', 'mattino', 'pomeriggio', 'sera', 'serata', 'notte', 'settimana'],
  ...['settimane', 'mese', 'mesi', 'anno', 'anni', 'volta', 'volte', 'vigilia', 'domenica', 'sabato'],
  ...['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'scorso', 'scorsa', 'prossimo', 'prossima'],
  ...['stesso', 'stessa', 'mattinata', 'nottata', 'giornata'],
];

/**
 * Lower-case names of the place and organisation gazetteers (comma-separated, `alias=canonical`),
 * written as attribution sees words: elided articles joined to the next word (`banca d'italia`).
 */
function gazetteerNames(...lists: string[]): string[] {
  return lists
    .flatMap((list) => list.split(/[,=]/))
    .map((n) => n.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[’‘]/g, "'").replace(/' /g, "'"))
    .filter(Boolean);
}

/** Third-person forms of `avere` that build compound tenses (`ha detto`, `avevano spiegato`). */
const THIRD_PERSON_HAVE = ['ha', 'hanno', 'aveva', 'avevano', 'avrebbe', 'avrebbero'];

/** The Italian quotation lexicon. */
export const italianCues: QuoteLexicon = {
  speechVerbs: new Set(speechVerbs),
  documentVerbs: new Set(documentVerbs),
  postVerbs: new Set(postVerbs),
  labelVerbs: new Set(labelVerbs),
  sourceVerbs: new Set(sourceVerbs),
  auxiliaries: new Set(auxiliaries),
  clitics: new Set(['lo', "l'", 'l’', 'la', 'gliel’', "gliel'", 'ce', 'ne']),
  phraseCues,
  nominalCues: new Set(nominalCues),
  prepositionalCues,
  backReferences: new Set([
    'quanto',
    'così',
    'ciò',
    'queste',
    'questo',
    'questa',
    'questi',
    'parole',
    'parola',
  ]),
  roleNouns: new Set(withPlurals(roleNouns)),
  documentNouns: new Set(documentNouns),
  postWords: new Set(postWords),
  titleWords: new Set(titleWords),
  namingWords: new Set(namingWords),
  articles: new Set(articles),
  prepositions: new Set(prepositions),
  adverbs: new Set(adverbs),
  nameParticles: new Set(nameParticles),
  notNames: new Set(notNames),
  predicateFollowers: new Set(['anche', 'pure', 'il', 'i']),
  possessives: new Set(['sue', 'sua', 'suo', 'suoi', 'loro']),
  pronouns: new Set(['lui', 'lei', 'egli', 'ella', 'essa', 'esso']),
  gerundEndings: ['ando', 'endo'],
  tenseAuxiliaries: new Set([...THIRD_PERSON_HAVE, 'è', 'e’', "e'", 'era']),
  haveAuxiliaries: new Set([...THIRD_PERSON_HAVE, 'avrà', 'ho', 'abbiamo']),
  participleEndings: ['ato', 'ata', 'ati', 'ate', 'uto', 'uta', 'uti', 'ute', 'ito', 'ita', 'iti', 'ite'],
  timeWords: new Set(timeWords),
  sourcePrepositions: new Set(['da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'"]),
  pluralEndings: ['ano', 'ono', 'nno', 'ero'],
  knownNames: new Set(gazetteerNames(places, organisations)),
  clauseWords: new Set(['che', 'come']),
  partitives: new Set(['uno', 'una', 'alcuni', 'alcune', 'molti', 'molte', 'tanti', 'tante', 'due', 'tre']),
  givenNames: new Set(givenNames),
  bodies: new Set(withPlurals(bodyNouns)),
  indefinites: new Set(['un', 'uno', 'una', "un'"]),
  speakerPossessives: new Set(speakerPossessives),
  indefinitePronouns: new Set([
    'qualcuno',
    'qualcuna',
    'alcuni',
    'alcune',
    'molti',
    'molte',
    'altri',
    'altre',
  ]),
  pluralArticles: new Set(['i', 'gli', 'le']),
  negations: new Set(['non', 'nessuno', 'nessuna', 'né']),
  cleftOpeners: new Set(['a', 'ad']),
  copulas: new Set(['è', 'e’', "e'", 'sono', 'era', 'erano', 'fu', 'sarà']),
  encliticEndings: ['lo', 'la', 'li', 'le', 'ne', 'gli', 'glielo'],
  headRoles: new Set(['titolare', 'capo', 'leader', 'vertice', 'guida', 'responsabile', 'numero']),
  femaleNames: new Set(femaleGivenNames),
  maleNames: new Set(maleGivenNames),
  feminineArticles: new Set(['la', 'una', 'questa', 'quella', 'sua', 'nuova', 'stessa', 'famosa', 'prima']),
  masculineArticles: new Set(['il', 'lo', 'un', 'uno', 'questo', 'quel', 'quello', 'suo', 'nuovo', 'primo']),
  accompaniments: new Set(['con', 'col', 'tramite', 'attraverso']),
  roleSynonyms: new Map([
    ...[
      ['legale', 'avvocato'],
      ['legali', 'avvocati'],
      ['tecnico', 'allenatore'],
      ['mister', 'allenatore'],
    ],
    ...[
      ['coach', 'allenatore'],
      ['ds', 'direttore'],
      ['primo cittadino', 'sindaco'],
      ['prima cittadina', 'sindaca'],
    ],
  ] as [string, string][]),
  rolePrepositions: new Set([
    ...['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'", 'al', 'alla', 'allo', 'ai', 'agli'],
    ...['alle', "all'", 'per'],
  ]),
};
