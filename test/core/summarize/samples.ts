/** Short texts written for the summarizer tests, each with an obvious answer. */

/**
 * An Italian news text: a standfirst that nearly repeats a body sentence, a heading, a dateline
 * fragment and an off-topic closing line.
 */
export const NEWS_IT = [
  'Il governo approva il piano per la scuola digitale con nuovi fondi per le aule.',
  '',
  'ROMA.',
  'Il consiglio dei ministri ha approvato ieri il piano per la scuola digitale. Il piano porta nuovi fondi per le aule e per la formazione dei docenti. Il governo approva il piano per la scuola digitale con nuovi fondi per le aule e per i laboratori.',
  '',
  'Le reazioni',
  '',
  'I sindacati chiedono che i fondi per la scuola arrivino presto nelle aule. Il ministro ha promesso i primi fondi del piano entro marzo. Domani a Torino è prevista pioggia.',
  '',
].join('\n');

/** An Italian text whose second sentence shares words with every other one; the last is off-topic. */
export const CENTRAL_IT = [
  'Il treno regionale è partito in ritardo da Milano.',
  'Il ritardo del treno regionale da Milano ha bloccato i pendolari della linea per Brescia.',
  'I pendolari della linea aspettano da mesi nuovi treni.',
  'La linea per Brescia avrà nuovi treni regionali entro giugno.',
  'Il museo di Firenze resterà chiuso lunedì per restauri alle sale.',
].join(' ');

/** English sentences: the third repeats the text's key words in one dense cluster. */
export const LUHN_EN = [
  'The city council met on Monday evening in the old town hall.',
  'Several residents spoke at length about parking near the market.',
  'The council approved the bridge budget, and the bridge repairs start with the new budget in spring.',
  'A local choir sang before the meeting closed.',
  'Residents said the bridge has needed repairs for years and welcomed the budget.',
].join(' ');

/**
 * A standfirst that the body repeats inside a much longer sentence: their cosine stays below the
 * copy threshold, but the standfirst is wholly contained in the body sentence.
 */
export const CONTAINED_IT = [
  'Il governo approva il piano per la scuola digitale con nuovi fondi per i laboratori.',
  'Il sindaco di Torino ha parlato ieri della neve in città.',
  'Domani il traffico resterà bloccato in centro per la neve.',
  'Il governo approva il piano per la scuola digitale con nuovi fondi per i laboratori di informatica, per la formazione dei docenti, per la connessione delle scuole di montagna, per i tablet degli studenti delle medie e per le palestre dei licei di periferia.',
].join(' ');

/** A lead about trains, three unrelated lines, then the sentence the rest of the text keeps returning to. */
export const LAYOUT_SENTENCES = [
  'Il comune di Brescia ha presentato ieri il nuovo orario dei treni.',
  'Il museo di Firenze resterà chiuso lunedì per restauri alle sale.',
  'A Napoli il sole tornerà nel fine settimana dopo la pioggia.',
  'La squadra di pallavolo di Modena ha vinto la finale del torneo.',
  'Il nuovo orario dei treni regionali per Brescia porta più treni per i pendolari della linea di Milano e nuove corse la sera.',
  'I pendolari della linea di Milano chiedono treni puntuali.',
  'Il comune promette treni nuovi per la linea di Brescia.',
];
