import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';

/** `[quoted text, speaker name or mention, cue]` for each quotation of `text`. */
function who(text: string): [string, string | null, string | null][] {
  return quotes(text, { language: 'it' }).quotes.map((q) => [
    q.text,
    q.speaker ? (q.speaker.name ?? q.speaker.text) : null,
    q.cue,
  ]);
}

describe('attribution', () => {
  it('reads a cue after the quotation', () => {
    expect(who('“I conti sono in ordine”, ha dichiarato il ministro Mario Bianchi.')).toEqual([
      ['I conti sono in ordine', 'Mario Bianchi', 'ha dichiarato'],
    ]);
  });

  it('reads a cue after the quotation without a comma', () => {
    expect(who('"Domani si vota" ha detto Rossi ai giornalisti di Rai News.')).toEqual([
      ['Domani si vota', 'Rossi', 'ha detto'],
    ]);
  });

  it('reads a cue before the quotation', () => {
    expect(who('La presidente Anna Neri ha detto: «Il bilancio è in attivo».')).toEqual([
      ['Il bilancio è in attivo', 'Anna Neri', 'ha detto'],
    ]);
  });

  it('reads an attribution inserted inside the marks and reports the segments', () => {
    const text = '«Il progetto – ha spiegato l’assessore Paolo Verdi – sarà finanziato dalla Regione».';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect(q?.speaker?.name).toBe('Paolo Verdi');
    expect(q?.cue).toBe('ha spiegato');
    expect(q?.segments?.map((s) => text.slice(s.start, s.end))).toEqual([
      'Il progetto',
      'sarà finanziato dalla Regione',
    ]);
  });

  it('reads an attribution in the next sentence', () => {
    expect(
      who('Il Paese ha chiesto “una tregua immediata e duratura”. Lo ha detto il premier Luca Gialli.'),
    ).toEqual([['una tregua immediata e duratura', 'Luca Gialli', 'Lo ha detto']]);
    expect(who('«Serve un piano per la casa». È quanto ha affermato Giulia Blu ieri.')[0]?.[1]).toBe(
      'Giulia Blu',
    );
  });

  it('reads a headline speaker before a colon, but not a topic', () => {
    expect(who('Sala: "Lo stadio resta a San Siro"')[0]?.[1]).toBe('Sala');
    const topic = who('Verdi ha parlato a lungo.\n\nE su Draghi: "È stato un grande presidente"');
    expect(topic[0]?.[1]).toBe('Verdi');
  });

  it('reads prepositional attributions', () => {
    expect(who('Secondo il sindaco Beppe Rossi, «la città è pronta».')[0]?.[1]).toBe('Beppe Rossi');
    expect(who('Per l’esperta Carla Neri «i dati sono chiari».')[0]?.[1]).toBe('Carla Neri');
  });

  it('reads nominal attributions', () => {
    expect(
      who('«Non ci fermeremo davanti a nulla». Parole di Marco Gialli, leader del comitato.')[0]?.[1],
    ).toBe('Marco Gialli');
    expect(who('«Basta con le polemiche». Così il segretario Elena Viola a Napoli.')[0]?.[1]).toBe(
      'Elena Viola',
    );
  });

  it('gives a pro-drop quotation the previous speaker', () => {
    const found = who(
      '«Siamo soddisfatti», ha detto Carlo Neri. «Ora pensiamo alla prossima gara», ha aggiunto.',
    );
    expect(found[1]).toEqual(['Ora pensiamo alla prossima gara', 'Carlo Neri', 'ha aggiunto']);
    const second = quotes('«Tutto bene» ha detto Carlo Neri. «Grazie a tutti» ha aggiunto.').quotes[1];
    expect(second?.speaker?.implicit).toBe(true);
  });

  it('gives a floating quotation paragraph the previous speaker', () => {
    const text =
      '«Abbiamo lavorato bene», ha spiegato Luisa Bruni.\n\n«Il prossimo anno faremo ancora meglio».';
    expect(who(text)[1]?.[1]).toBe('Luisa Bruni');
  });

  it('never takes an addressee or a secondary source for the speaker', () => {
    const text = 'Rivolgendosi all’australiano, Novak Rossi ha detto: “Sei stato più forte di me”.';
    expect(who(text)[0]?.[1]).toBe('Novak Rossi');
    const source = 'Come riferito dall’Ansa, il ministro Piero Blu ha detto: «Si parte a maggio».';
    expect(who(source)[0]?.[1]).toBe('Piero Blu');
  });

  it('attributes a nested quotation to its own speaker', () => {
    const text =
      '«Il sindaco di Rho mi ha detto ‘ci pensiamo noi a tutto’ e poi è sparito», ha raccontato Sala.';
    const found = who(text);
    expect(found[0]?.[1]).toBe('Sala');
    expect(found[1]).toEqual(['ci pensiamo noi a tutto', 'Il sindaco di Rho', 'mi ha detto']);
  });
});
