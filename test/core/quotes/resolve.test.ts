import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotes } from '../../../src/core/quotes/index.js';

describe('speaker resolution', () => {
  it('maps a role phrase to the name tied to the same role', () => {
    const text =
      'Il ministro degli Esteri Paolo Rossi ha incontrato i colleghi. ' +
      '«La trattativa è aperta», ha detto il ministro degli Esteri.';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect(q?.speaker?.text).toBe('il ministro degli Esteri');
    expect(q?.speaker?.name).toBe('Paolo Rossi');
  });

  it('prefers the tie that shares a modifier over the person named last', () => {
    const text =
      'Il presidente francese Jean Dupont ha ricevuto il cancelliere Karl Weber. ' +
      '«L’Europa deve restare unita», ha detto il leader francese.';
    expect(quotes(text, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Jean Dupont');
  });

  it('maps a surname to the full name used earlier', () => {
    const text = 'Ha parlato il procuratore Giovanni Bianchi. «Le indagini proseguono», ha aggiunto Bianchi.';
    expect(quotes(text, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Giovanni Bianchi');
  });

  it('splits a place from the name of the person after it', () => {
    const text = '«Siamo al lavoro», ha detto il procuratore di Napoli Maurizio Esposito.';
    expect(quotes(text, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Maurizio Esposito');
  });

  it('gives quotations before any speaker the article’s main speaker', () => {
    const text =
      '“Il governo durerà”. “Nessun rimpasto”.\n\n' +
      'La premier Laura Conti ha parlato in conferenza stampa. Laura Conti ha poi incontrato i sindacati.';
    const found = quotes(text, { language: 'it' }).quotes;
    expect(found.map((q) => q.speaker?.name)).toEqual(['Laura Conti', 'Laura Conti']);
  });
});

describe('the bundled article', () => {
  const text = readFileSync(new URL('../../../fixtures/putin-kim.it.txt', import.meta.url), 'utf8');
  const found = quotes(text, { language: 'it' }).quotes;

  it('finds all five quotations', () => {
    expect(found).toHaveLength(5);
    expect(found.map((q) => q.text.slice(0, 20))).toEqual([
      'sostegno incondizion',
      'anche se si tratta d',
      'La Russia è un Paese',
      'combattere contro l’',
      'La Russia si è ora s',
    ]);
  });

  it('attributes the partial quotation to Kim Jong Un through the next sentence', () => {
    expect(found[0]?.speaker?.name).toBe('Kim Jong Un');
    expect(found[0]?.cue).toBe('Lo ha detto');
    expect(found[0]?.type).toBe('partial');
  });

  it('attributes “La Russia è un Paese autosufficiente…” to Vladimir Putin', () => {
    expect(found[2]?.speaker?.text).toBe('il leader russo');
    expect(found[2]?.speaker?.name).toBe('Vladimir Putin');
  });

  it('types the resolution as a document', () => {
    expect(found[1]?.type).toBe('document');
    expect(found[1]?.speaker?.text).toBe('Risoluzione 2270');
  });
});

describe('English text', () => {
  it('reads English cues and inverted subjects', () => {
    const text =
      '“We will not back down,” said Prime Minister John Smith. “This is about fairness,” he added.';
    const found = quotes(text, { language: 'en' }).quotes;
    expect(found.map((q) => [q.text, q.speaker?.name, q.cue])).toEqual([
      ['We will not back down', 'John Smith', 'said'],
      ['This is about fairness', 'John Smith', 'added'],
    ]);
  });
});
