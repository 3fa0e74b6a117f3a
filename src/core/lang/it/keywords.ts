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
