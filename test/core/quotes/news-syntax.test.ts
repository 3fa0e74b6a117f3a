import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';

/** `[quoted text, speaker name or mention]` for each quotation of `text`. */
function who(text: string): [string, string | null][] {
  return quotes(text, { language: 'it' }).quotes.map((q) => [
    q.text,
    q.speaker ? (q.speaker.name ?? q.speaker.text) : null,
  ]);
}

describe('speakers in the syntax of Italian news', () => {
  it('takes the inverted subject of a verb that follows a fronted phrase', () => {
    const text = 'Da domani, ha annunciato il sindaco Luca Moro, «le scuole restano chiuse».';
    expect(who(text)[0]?.[1]).toBe('Luca Moro');
    const adverb = 'Fino a sera, ha precisato la Prefettura, «il ponte resta chiuso al traffico».';
    expect(who(adverb)[0]?.[1]).toMatch(/Prefettura/);
  });

  it('takes the source after an impersonal plural verb, not a secondary source', () => {
    const text =
      'Il ladro è stato fermato. «Un lavoro di squadra», spiegano dal comando della polizia locale.';
    expect(who(text)[0]?.[1]).toMatch(/^comando della polizia/);
    const before = 'Fanno sapere dalla Regione: «I fondi arriveranno entro l’estate».';
    expect(who(before)[0]?.[1]).toBe('Regione');
    const secondary = 'Il ministro Ugo Neri, come riferito dall’Ansa, ha detto: «Si riparte a maggio».';
    expect(who(secondary)[0]?.[1]).toBe('Ugo Neri');
  });

  it('gives a document’s words to its owner, or to the subject before the colon', () => {
    const owner = '«I prezzi restano stabili», si legge nel comunicato dell’ente di ricerca.';
    expect(who(owner)[0]?.[1]).toBe('ente di ricerca');
    const colon =
      'La prefettura di Lecco ha riunito il comitato per la sicurezza: «Nessun pericolo per la popolazione», si legge in un comunicato.';
    expect(who(colon)[0]?.[1]).toBe('La prefettura di Lecco');
    expect(who('«Nessun pericolo per la popolazione», si legge in un comunicato.')[0]?.[1]).toBe(
      'un comunicato',
    );
  });

  it('reads agency headlines: a role with its place, a lower-case quotation without a separator', () => {
    const text =
      "Neve in Trentino, la Provincia 'evitate i passi'\nStrade chiuse. Il sindaco di Cles, 'siamo pronti'\n\nIl sindaco Aldo Riva ha parlato ieri. Tutto e' pronto.";
    expect(who(text).slice(0, 2)).toEqual([
      ['evitate i passi', 'la Provincia'],
      ['siamo pronti', 'Aldo Riva'],
    ]);
    const title =
      "Cinema, il regista Aldo Riva 'La mia valle'\n\nIl film esce domani. E' girato in Trentino.";
    expect(who(title)).toEqual([]);
  });

  it('reads the comma clause of a title too long to be a heading line', () => {
    const text =
      'Ciclismo, Bruni vince la tappa di montagna e si prende la maglia rosa a Livigno: "Il giorno più bello"\n\nLuca Bruni ha staccato tutti sull’ultima salita.';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect([q?.speaker?.name, q?.type]).toEqual(['Luca Bruni', 'headline']);
  });

  it('does not take the object of a transitive verb for the subject a pro-drop quotation continues', () => {
    const text =
      '«Abbiamo meritato», ha detto l’allenatore Carlo Blu. Un gol all’ultimo minuto ha battuto Marco Neri, portiere del Lecce. «Ora pensiamo al derby», ha aggiunto.';
    expect(who(text)[1]?.[1]).toBe('Carlo Blu');
  });

  it('never resolves a plural role phrase to the one person named last', () => {
    const text = 'L’imputato Marco Neri è stato condannato. Secondo i giudici «ha agito con premeditazione».';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['i giudici', null]);
  });

  it('reads epithets the article ties to a name as mentions of that person', () => {
    const colon =
      'Il campione ha battuto l’olandese Piet Jansen in tre set. L’olandese, deluso, si è congratulato con il vincitore davanti al pubblico: «Oggi era più forte lui».';
    expect(who(colon)[0]?.[1]).toBe('Piet Jansen');
    const inserted = '«I casi crescono – spiega la pediatra di base Anna Neri – ma niente panico».';
    expect(who(inserted)[0]?.[1]).toBe('Anna Neri');
  });

  it('takes a person introduced with a role apposition, even inside a phrase, as the one named last', () => {
    const text =
      '«Serve pazienza», ha detto Paolo Rossi. Poi si è parlato di Carlo Neri, tecnico del Lecce. «Abbiamo sofferto», ha ammesso l’allenatore.';
    expect(who(text)[1]?.[1]).toBe('Carlo Neri');
  });

  it('does not take the apposition of a topic for the subject of a colon clause', () => {
    const text =
      '«I conti tornano», ha detto il ministro Ugo Neri. E su Carlo Blu, il leader dei centristi che lo aveva criticato: «Non rispondo alle battute».';
    expect(who(text)[1]?.[1]).toBe('Ugo Neri');
  });

  it('gives a body’s colon clause to the person it speaks through', () => {
    const text = 'Contrario anche il Pd, con la consigliera Anna Verdi: «Il piano non regge».';
    expect(who(text)[0]?.[1]).toBe('Anna Verdi');
    const person = 'La ministra Carla Rossi, con il collega Luca Neri: «Andiamo avanti».';
    expect(who(person)[0]?.[1]).toBe('Carla Rossi');
  });

  it('finds the antecedent of a relative pronoun across the long complement of a body’s name', () => {
    const text =
      'Lo ha deciso l’Autorità regionale per la tutela delle acque e del suolo, che nella delibera parla di «rischio elevato».';
    expect(who(text)[0]?.[1]).toMatch(/^l’Autorità regionale/);
  });

  it('gives a partial quotation without a reporting verb to the subject of its sentence', () => {
    const text =
      '«Chiediamo i danni», aveva detto l’avvocato Luca Neri. Il tribunale ha respinto il ricorso perché l’azienda «non ha mai provato il danno».';
    expect(who(text)[1]?.[1]).toBe('Il tribunale');
  });

  it('gives a pro-drop quotation to a person just introduced with an age, even inside a phrase', () => {
    const text =
      'La regista Paola Rossi ha parlato. «Un film difficile», ha detto. In scena anche Ines Varo, novanta anni, che interpreta la nonna. «Alla mia età – ha scherzato – si recita meno».';
    expect(who(text)[1]?.[1]).toBe('Ines Varo');
  });

  it('reads a next sentence opened by its reporting verb with the subject after it', () => {
    const text =
      '«Il parco resterà pubblico». Spiega il sindaco di Arona\n\nIntervista a Lia Ponti, 50 anni.';
    expect(who(text)[0]?.[1]).toBe('il sindaco di Arona');
  });

  it('reads a candidate as a role, and a feminine one never as the man named last', () => {
    const text =
      '21:40 – Il candidato Marco Verdi: «Aspettiamo»\nMarco Verdi ha parlato ai cronisti.\n\n21:10 – La candidata della destra: «Sono fiduciosa»\nLa sfidante ha votato nel pomeriggio.';
    expect(who(text)[1]).toEqual(['Sono fiduciosa', 'La candidata della destra']);
  });

  it('skips a relative clause set off by commas between the subject and its verb', () => {
    const text =
      'Il sindaco Carlo Neri, che ieri ha incontrato il prefetto Luigi Blu, ha detto: «Siamo pronti».';
    expect(who(text)[0]?.[1]).toBe('Carlo Neri');
  });

  it('never resolves a relative of the speaker to someone the article names', () => {
    const text =
      '«Il porto rinascerà», ha detto il sindaco Carlo Neri. «Mio nonno, che era fornaio, diceva: “Il pane aspetta”».';
    const found = quotes(text, { language: 'it' }).quotes;
    expect([found[2]?.speaker?.text, found[2]?.speaker?.name]).toEqual(['Mio nonno', null]);
  });

  it('reads a subject and its verb after `come` following a quotation', () => {
    const text =
      'Il ministro Carlo Neri ha parlato. «Nessuno resterà indietro», come Anna Blu ha ripetuto più volte.';
    expect(who(text)[0]?.[1]).toBe('Anna Blu');
  });

  it('takes an indefinite pronoun subject for an unnamed source, not the previous speaker', () => {
    const text =
      '«Non mi arrendo», ha detto Anna Blu. «Dicono che “è finita”, come qualcuno ha ricordato, ma non è vero».';
    const nested = quotes(text, { language: 'it' }).quotes[2]?.speaker;
    expect([nested?.text, nested?.name]).toEqual(['qualcuno', null]);
  });

  it('does not take a fronted predicate or adverb opening a sentence for a name', () => {
    const fronted =
      'Contento anche il tecnico Carlo Neri, al termine di una gara difficile: «Abbiamo giocato bene».';
    expect(who(fronted)[0]?.[1]).toBe('Carlo Neri');
    expect(who('Fino a ieri il comitato era fiducioso: «Ce la faremo».')[0]?.[1]).toBe('il comitato');
    expect(who('Rossi lo ha detto chiaro: «Non mi candido».')[0]?.[1]).toBe('Rossi');
  });

  it('takes a noun phrase set off after a clause-initial verb as its subject, not an object', () => {
    const text =
      'Il politologo Carlo Neri ha commentato i dati. Nel campione, ha precisato il relatore dello studio, «il margine è minimo».';
    const q = quotes(text, { language: 'it' }).quotes[0]?.speaker;
    expect([q?.text, q?.name]).toEqual(['il relatore', null]);
    const object =
      'Il ministro Luca Neri, intervenuto al convegno, ha definito la riforma «un passo avanti per tutto il paese».';
    expect(who(object)[0]?.[1]).toBe('Luca Neri');
    const colon = 'Il sindaco Piero Blu, intanto, ha chiesto un incontro urgente: «Vogliamo risposte».';
    expect(who(colon)[0]?.[1]).toBe('Piero Blu');
  });

  it('does not give a quotation to the lead-in of the next one', () => {
    const text =
      'Il presidente Carlo Neri ha attaccato i sindacati: «Uno sciopero di venerdì è un regalo al weekend». Netta la replica della Cgil: «Pensi ai treni».';
    expect(who(text)[0]?.[1]).toBe('Carlo Neri');
  });

  it('reads a partitive subject after the verb', () => {
    const text =
      'Il sindaco Ugo Neri è arrivato in serata. «Li abbiamo visti in acqua», racconta uno dei soccorritori.';
    expect(who(text)[0]?.[1]).toBe('uno dei soccorritori');
  });

  it('takes the noun phrase after an "according to" phrase for the source', () => {
    const text = 'Il sindaco Ugo Neri ha parlato. Secondo gli inquirenti, il ladro «conosceva bene la casa».';
    expect(who(text)[0]?.[1]).toBe('gli inquirenti');
    const bare =
      'Il sindaco Ugo Neri ha parlato. Per il momento la città «resta in stato di allerta fino a domani».';
    expect(who(bare)[0]?.[1]).toBe('Ugo Neri');
  });

  it('reads the source of a nominal cue anywhere in a colon clause', () => {
    const text = 'Netta la replica della Cgil: «Il ministro pensi a far funzionare i treni».';
    expect(who(text)[0]?.[1]).toBe('Cgil');
  });

  it('takes the name set off after the role that opens a colon clause', () => {
    const text = 'Contento il legale della società, l’avvocato Paolo Gialli: «Una sentenza che farà scuola».';
    expect(who(text)[0]?.[1]).toBe('Paolo Gialli');
  });

  it('reads the source of a nominal cue past the cue’s own complement', () => {
    const text =
      'Il ministro Carlo Neri ha parlato. «Il raccolto è perso». È il grido di rabbia di Gino Sanna, agricoltore.';
    expect(who(text)[0]?.[1]).toBe('Gino Sanna');
  });

  it('reads a cleft sentence after the quotation (A dirlo è …)', () => {
    const text =
      'Il ministro Carlo Neri ha parlato a lungo.\n\n«La situazione è grave». A dirlo è il sindaco Paolo Serra.';
    expect(who(text)[0]?.[1]).toBe('Paolo Serra');
    const plain =
      'Il ministro Carlo Neri ha parlato.\n\n«Siamo pronti». A parlare è stata la sindaca Anna Piras.';
    expect(who(plain)[0]?.[1]).toBe('Anna Piras');
  });

  it('takes the antecedent of a relative clause that gives a name in marks', () => {
    const text =
      'Lo chef Carlo Neri ha risposto. Tutto è nato da un lettore che si fa chiamare «Gufo_77», che lamentava un servizio «lento e scortese in ogni reparto».';
    expect(who(text)[0]?.[1]).toBe('un lettore');
  });

  it('skips a name inside an apposition that opens with a preposition', () => {
    const text = 'Marta, 18 anni, del liceo Volta di Como, racconta: «Ho scelto il tema sulla scienza».';
    expect(who(text)[0]?.[1]).toBe('Marta');
  });

  it('takes no subject from a bracketed aside before the verb', () => {
    const text =
      'Lucia Serra torna in libreria. «Il mare d’inverno» (Piemme, 200 pagine) racconta due sorelle.\n\n«Ci ho messo dieci anni», spiega l’autrice.';
    expect(who(text).at(-1)?.[1]).toBe('Lucia Serra');
  });

  it('takes the name set off after a role with a complement of its own', () => {
    const text =
      'Il porto resta chiuso.\n\n«Serve più tempo». Lo ha dichiarato il portavoce dell’agenzia per il Nord Italia, Marco Neri, in serata.';
    expect(who(text)[0]?.[1]).toBe('Marco Neri');
    const other =
      'Il portavoce dell’agenzia per il Nord Italia, Marco Neri, ha parlato ieri.\n\nIl sindaco di Rivalta ha chiesto «più controlli».';
    expect(who(other)[0]?.[1]).toBe('Il sindaco di Rivalta');
  });

  it('does not resolve a role phrase to a body named by a noun and an adjective', () => {
    const text =
      'La Protezione civile, da parte sua, fa sapere che «i soccorsi sono in corso».\n\nIl sindaco di Rivalta ha parlato di «una giornata terribile».';
    expect(who(text)[1]?.[1]).toBe('Il sindaco di Rivalta');
  });

  it('resolves an office named by its owner only to someone tied to that office', () => {
    const text =
      'Gino Sala aveva pubblicato una foto con una sola frase.\n\nL’amministratore delegato della Rete ha definito il festival «un patrimonio di tutti».';
    expect(who(text)[0]?.[1]).toBe('L’amministratore delegato della Rete');
    const head = 'Anna Verdi ha parlato a lungo. La leader del partito ha aggiunto: «Andiamo avanti».';
    expect(who(head)[0]?.[1]).toBe('Anna Verdi');
  });

  it('reads a bulletin and a communication as documents that speak', () => {
    const text =
      'Il medico Anna Neri ha parlato ieri.\n\nIl bollettino della Regione parla di «rischio molto alto».';
    expect(who(text)[0]?.[1]).toBe('Il bollettino della Regione');
    const owner =
      'Le biblioteche restano aperte «fino a tarda sera», come si legge nella comunicazione del Comune.';
    expect(who(owner)[0]?.[1]).toMatch(/Comune/);
  });

  it('takes an inverted subject that follows a prepositional phrase after the verb', () => {
    const text =
      'Fonti vicine al governo parlano di irritazione.\n\n«Una scelta sbagliata», afferma in una nota la capolista dei Verdi, Carla Pini.';
    expect(who(text)[0]?.[1]).toBe('Carla Pini');
  });

  it('takes the source fronted before an impersonal plural verb', () => {
    const text =
      '«Chiediamo un incontro», ha detto la segretaria Lia Conti.\n\nDall’azienda fanno sapere di essere «pronti al dialogo».';
    expect(who(text)[1]?.[1]).toBe('azienda');
  });

  it('takes any noun phrase after a nominal cue that opens the next sentence', () => {
    const text =
      'Vince Paolo Riva davanti a Luca Bassi.\n\n«Domani attacco ancora». Parole di un gregario che sogna la maglia.';
    expect(who(text)[0]?.[1]).toBe('un gregario');
  });

  it('resolves a headline role to the person the article ties to it, not the name just before', () => {
    const text =
      'Roma, presentato Bassi: "Qui per restare". Il ds: "Affare chiuso in un giorno"\n\nLuca Bassi è il nuovo centravanti. Accanto a lui il direttore sportivo Piero Sanna.';
    expect(who(text).map((q) => q[1])).toEqual(['Luca Bassi', 'Piero Sanna']);
  });
});
