import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';

/** The quotations found in `text`. */
function found(text: string) {
  return quotes(text, { language: 'it' }).quotes;
}

describe('speech or not', () => {
  it('drops scare quotes without a reporting verb', () => {
    expect(found('Sono scese in campo tutte le “grandi” del campionato.')).toEqual([]);
  });

  it('drops names of operations and media', () => {
    expect(found('L’inchiesta «Mani Pulite» è ricordata dalla trasmissione “Radio Uno”.')).toEqual([]);
  });

  it('drops titles after a title word', () => {
    expect(found('Ha presentato il romanzo «Il mare d’inverno e le sue stagioni» a Torino.')).toEqual([]);
    expect(found('È la cosiddetta «legge del più forte», che nessuno ha voluto.')).toEqual([]);
  });

  it('keeps a short quotation introduced by a reporting verb in its sentence', () => {
    const [q] = found('Il sindacato ha spiegato che vuole “difendere i salari“.');
    expect(q?.text).toBe('difendere i salari');
    expect(q?.type).toBe('partial');
  });

  it('keeps a one-word label given by the speaker', () => {
    const [q] = found('Il ministro ha definito «inaccettabile» la proposta.');
    expect(q?.text).toBe('inaccettabile');
    expect(q?.speaker?.text).toBe('Il ministro');
  });

  it('does not take a distant verb for a one-word scare quote', () => {
    expect(found('Il sindaco ha spiegato che la “svolta” non è arrivata.')).toEqual([]);
  });

  it('keeps a short quotation after a colon', () => {
    const [q] = found('Il governatore è stato chiaro: «Nessuna chiusura».');
    expect(q?.text).toBe('Nessuna chiusura');
  });

  it('types quotations of documents and posts', () => {
    const doc = found('Il decreto stabilisce che “le scuole restano aperte fino a giugno”.');
    expect(doc[0]?.type).toBe('document');
    const post = found('Il senatore ha twittato: “Oggi è una bella giornata per il Paese”.');
    expect(post[0]?.type).toBe('post');
  });

  it('types a heading quotation as a headline', () => {
    const [q] = found(
      'Rossi: “Il ponte sarà pronto nel 2030”\n\nIl sindaco Luca Rossi ha parlato ieri in consiglio.',
    );
    expect(q?.type).toBe('headline');
  });

  it('keeps a short partial quotation in a sentence opened by an "according to" phrase', () => {
    const text = 'Secondo la procura, l’uomo «aveva un complice» e aveva tentato «due volte la fuga».';
    expect(found(text).map((q) => [q.text, q.speaker?.text])).toEqual([
      ['aveva un complice', 'la procura'],
      ['due volte la fuga', 'la procura'],
    ]);
    expect(found('Per il resto della giornata il «piano b» resta valido.')).toEqual([]);
  });

  it('keeps a capitalised short span that a colon introduces with a word no name starts with', () => {
    expect(
      found('Round da 20 milioni. La fondatrice: «Ora l’Europa»\n\nLa startup cresce.').map((q) => q.text),
    ).toEqual(['Ora l’Europa']);
    expect(found('Il nuovo singolo: «Radio Italia»\n\nEsce domani.')).toEqual([]);
  });

  it('drops a word or two after a denied reporting verb', () => {
    expect(found('Ne abbiamo parlato a lungo. Nessuno ha detto «basta», anzi.')).toEqual([]);
    expect(found('Il ministro non ha detto «mai», ma ci è andato vicino.')).toEqual([]);
    expect(found('Il ministro ha detto «mai più», poi è uscito.').map((q) => q.text)).toEqual(['mai più']);
  });
});
