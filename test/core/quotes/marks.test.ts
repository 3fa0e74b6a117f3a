import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';
import { pairMarks } from '../../../src/core/quotes/pair.js';

/** The quoted texts found in `text`, in order. */
function texts(text: string): string[] {
  return quotes(text, { language: 'it' }).quotes.map((q) => q.text);
}

describe('quotation marks', () => {
  it('pairs curly double quotes', () => {
    expect(texts('Il ministro ha detto: “Il piano partirà a gennaio”.')).toEqual([
      'Il piano partirà a gennaio',
    ]);
  });

  it('pairs guillemets', () => {
    expect(texts('«Non ci sono alternative», ha spiegato la sindaca.')).toEqual(['Non ci sono alternative']);
  });

  it('pairs straight double quotes', () => {
    expect(texts('"Abbiamo vinto con merito" ha detto il capitano.')).toEqual(['Abbiamo vinto con merito']);
  });

  it('pairs single quotes inside another quotation', () => {
    const found = texts(
      '«Il vicino mi ha detto ‘non preoccuparti di nulla’ e se ne è andato», racconta Anna.',
    );
    expect(found).toEqual([
      'Il vicino mi ha detto ‘non preoccuparti di nulla’ e se ne è andato',
      'non preoccuparti di nulla',
    ]);
  });

  it('closes a quotation with an opening mark (“…“)', () => {
    expect(texts('Ha promesso di “andare avanti con le riforme“. Poi ha lasciato la sala.')).toEqual([
      'andare avanti con le riforme',
    ]);
  });

  it('closes a curly quotation with a straight mark (“…")', () => {
    expect(texts('“Siamo pronti a partire", ha annunciato il presidente.')).toEqual([
      'Siamo pronti a partire',
    ]);
  });

  it('closes a quotation with a double prime (…″)', () => {
    expect(texts('“Torneremo a vincere presto″, ha assicurato l’allenatore.')).toEqual([
      'Torneremo a vincere presto',
    ]);
  });

  it('runs a quotation left unclosed to the end of its paragraph', () => {
    const text =
      'Il rettore ha detto: “Le lezioni riprendono lunedì in tutte le sedi\n\nIntanto gli studenti protestano.';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect(q?.text).toBe('Le lezioni riprendono lunedì in tutte le sedi');
    expect(q?.close).toBeNull();
  });

  it('splits a quotation reopened at each new paragraph', () => {
    const text =
      '«Abbiamo lavorato per mesi senza sosta.\n\n«Ora i risultati si vedono», ha concluso il commissario.';
    expect(texts(text)).toEqual(['Abbiamo lavorato per mesi senza sosta.', 'Ora i risultati si vedono']);
  });

  it('nests quotations of the same mark', () => {
    const found = texts('“Lo slogan era “mai più guerre” e lo ripetevamo ogni giorno”, ricorda Marco.');
    expect(found[0]).toBe('Lo slogan era “mai più guerre” e lo ripetevamo ogni giorno');
  });

  it('nests quotations of another mark', () => {
    const found = texts('«Ci hanno detto “tornate domani” e siamo rimasti fuori», racconta una madre.');
    expect(found).toEqual(['Ci hanno detto “tornate domani” e siamo rimasti fuori', 'tornate domani']);
  });

  it('starts a quotation whose opening mark is missing with its sentence', () => {
    const text = 'Il tecnico era soddisfatto. La squadra ha giocato bene e merita il primo posto” ha detto.';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect(q?.text).toBe('La squadra ha giocato bene e merita il primo posto');
    expect(q?.open).toBeNull();
  });

  it('never pairs apostrophes and accents', () => {
    expect(pairMarks("E' l'ora dell'addio, perche' nessuno c'e' piu'.")).toEqual([]);
    expect(pairMarks('Il sismologo dell”Ingv e quello dell”Università.')).toEqual([]);
  });

  it('pairs straight single quotes used as quotation marks', () => {
    expect(texts("Il premier ha detto: 'andremo avanti fino alla fine della legislatura'.")).toEqual([
      'andremo avanti fino alla fine della legislatura',
    ]);
  });
});
