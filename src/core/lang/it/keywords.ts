/**
 * Italian word lists for keyphrase extraction, lower-case. They complement the function words of
 * `stopwords.ts`: a keyphrase names a thing, so verbs, adverbs and time words cannot start or end one.
 */

/** Prepositions that may stand inside a keyphrase between two content words (`Corea del Nord`). */
export const connectors: readonly string[] = [
  'di',
  'del',
  'dello',
  'della',
  'dei',
  'degli',
  'delle',
  'dell',
  'd',
  'degl',
];

/** Articles that may follow a connector inside a keyphrase (none: Italian contracts them). */
export const articles: readonly string[] = [];

/** Particles inside personal and place names, between two capitalised words (`Leonardo da Vinci`). */
export const nameParticles: readonly string[] = [
  'di',
  'da',
  'de',
  'del',
  'della',
  'dei',
  'degli',
  'delle',
  'dell',
  'd',
  'van',
  'von',
];

/** Endings of adverbs (in words of 6+ letters): such words never start or end a keyphrase. */
export const adverbSuffixes: readonly string[] = ['mente'];

/**
 * Auxiliaries, modals, clitics and subject pronouns (and the adverbs that may follow them): the
 * first content word after a chain of these is a verb (`ha detto`, `is based`), not a keyphrase word.
 */
export const verbMarkers: readonly string[] = [
  'ha',
  'hanno',
  'ho',
  'hai',
  'abbiamo',
  'avete',
  'aveva',
  'avevano',
  'avrà',
  'avranno',
  'avrebbe',
  'avrebbero',
  'abbia',
  'abbiano',
  'avesse',
  'avessero',
  'stato',
  'stata',
  'stati',
  'state',
  'può',
  'possono',
  'potrà',
  'potrebbe',
  'potrebbero',
  'deve',
  'devono',
  'dovrà',
  'dovrebbe',
  'dovrebbero',
  'vuole',
  'vogliono',
  'sta',
  'stanno',
  'stava',
  'stavano',
  'viene',
  'vengono',
  'venne',
  'si',
  'ci',
  'mi',
  'ti',
  'vi',
  'ne',
  'non',
  'già',
  'mai',
  'appena',
];

/** Endings of finite verb forms (`annunciò`, `dissero`, `arriverà`): lower-case words with them are stopwords. */
export const verbSuffixes: readonly string[] = [
  'ò',
  'arono',
  'erono',
  'irono',
  'erà',
  'irà',
  'eranno',
  'iranno',
  'avano',
  'evano',
  'ivano',
];

/**
 * Infinitives: a lower-case word with one of `infinitiveSuffixes` right after one of
 * `infinitivePrepositions` is a verb (`decide di partire`, `pronti a rafforzare`), unless it ends with one of `nounSuffixes` or is one of
 * the nouns and adjectives in `infinitiveExceptions`.
 */
export const infinitivePrepositions: readonly string[] = ['a', 'ad', 'di', 'da', 'per', 'senza'];

/** Endings of infinitives (with attached pronouns where the language writes them so). */
export const infinitiveSuffixes: readonly string[] = [
  'are',
  'ere',
  'ire',
  'arsi',
  'ersi',
  'irsi',
  'arlo',
  'erlo',
  'irlo',
  'arla',
  'erla',
  'irla',
  'arli',
  'erli',
  'irli',
  'arne',
  'erne',
  'irne',
];

/** Endings that look like an infinitive's but mostly end nouns. */
export const nounSuffixes: readonly string[] = [];

/** Nouns and adjectives with an infinitive's ending. */
export const infinitiveExceptions: readonly string[] = `
mare genere carattere potere piacere dovere volere sapere parere dispiacere cantiere quartiere mestiere
consigliere ingegnere carabiniere cavaliere corriere giardiniere infermiere cameriere barbiere banchiere
bicchiere forestiere frontiere bandiere barriere carriere miniere maniere preghiere sfere lettere
militare altare affare collare cellulare solare lunare nucleare popolare particolare regolare familiare
elementare parlamentare esemplare spettacolare circolare polare consolare titolare secolare singolare
scolare molecolare muscolare vascolare stellare salutare volontario avvenire zaffire
`
  .trim()
  .split(/\s+/);

/** Titles and roles written before a name (`presidente`, `Minister`): not part of the name they precede. */
export const titles: readonly string[] = `
signor signora signorina dottor dottore dottoressa professor professore professoressa avvocato ingegner ingegnere onorevole presidente presidentessa vicepresidente premier ministro ministra sottosegretario segretario segretaria sindaco sindaca governatore governatrice senatore senatrice deputato deputata ambasciatore cancelliere commissario re regina principe principessa papa cardinale monsignor don suor generale colonnello capitano comandante giudice procuratore allenatore ct zar sceicco emiro
`
  .trim()
  .split(/\s+/);

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
abbia abbiamo accanto affermato afferma aggiunto alcun alcuna altresì altrettanto altrimenti altrove
ambedue andare andata andato andati anzi appena apparso appunto assai attraverso avanti avrebbe basta
bene benché buon buona caso certamente certo chiaramente ciascuna ciascuno circa coloro comunque
contro cosa cose cosiddetto cosiddetta cui da dato davanti davvero deciso deve devono dichiarato
dichiara diversi diverse dovrebbe dovrebbero dovuto ecco effettivamente eppure esempio fa fatta fatte
fatti finora fino forse fra frattempo generale già giusto grazie guarda ieri inoltre intanto invece
là lungo ma magari meglio meno mentre mezzo molti molte nemmeno neppure nonché nonostante nulla
oltre ormai ossia ottenuto parecchi peggio per perfino persino piuttosto può possa possono posto
potrebbe potrebbero potuto presto probabilmente pure purtroppo qualcosa qualcuno qualsiasi qualunque
quasi realmente recentemente riguardo saputo sembra sembrano senz sia sicuramente solamente
sottolineato spesso spiegato stata stato stessa subito successivamente tanta tante tanti tardi
tramite tuttavia ulteriore ulteriori vari varie vario vero via visto vuole vogliono detto dice dicono
ribadito precisato annunciato riferito spiega aggiunge conferma confermato fatto fare fanno
rimane rimangono resta restano sembra sembrano appare appaiono diventa diventano viene vengono va vanno
dice dicono pare paiono riguarda riguardano prevede prevedono mette mettono prende prendono tiene tengono
vede vedono chiede chiedono parla parlano arriva arrivano torna tornano afferma affermano sostiene
sostengono ritiene ritengono annuncia dichiara sottolinea racconta scrive ribadisce chiarisce commenta
osserva evidenzia rileva risponde spiegano aggiungono raccontano incontra incontrano riceve ricevono
avere essere stare dire essendo avendo ovvero pertanto quindi allora ancora adesso sempre mai spesso
proprio propria propri proprie prima secondo stesso stessi stesse tutto tutta tutti tutte
zero uno due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento mille
centinaia migliaia milioni miliardi mila
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
lunedì martedì mercoledì giovedì venerdì sabato domenica
`
  .trim()
  .split(/\s+/);

/**
 * Common nouns so general that they rarely name what a text is about (`anno`, `parte`, `modo`): they
 * may stand in a keyphrase, but alone they are weighed down.
 */
export const genericWords: readonly string[] = `
anno anni giorno giorni volta volte parte parti modo modi tempo tempi punto punti fatto fatti
numero numeri mese mesi settimana settimane ora ore minuti inizio fine momento momenti genere
tipo tipi cosa cose persona persone gente luogo luoghi serie base livello livelli maniera mondo
problema problemi questione questioni situazione situazioni caso casi motivo motivi notizia notizie
milioni miliardi euro dollari percento mattina sera notte scorso scorsa prossimo prossima ultimo
ultima ultimi ultime primo primi prime seconda terzo terza nuovo nuova nuovi nuove grande grandi
piccolo piccola piccoli piccole
`
  .trim()
  .split(/\s+/);
