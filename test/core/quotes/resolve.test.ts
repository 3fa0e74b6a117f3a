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

  it('reads a name before a role as part of the speaker after a quotation (`Fed Chair Jerome Powell`)', () => {
    const text =
      'Rates stay. "We are not yet confident," Fed Chair Jerome Powell told reporters on Wednesday.';
    const [q] = quotes(text, { language: 'en' }).quotes;
    expect(q?.speaker?.text).toBe('Fed Chair Jerome Powell');
    expect(q?.speaker?.name).toBe('Jerome Powell');
  });

  it('ties a role to the person named with a synonym of it', () => {
    const lawyer =
      'La difesa è affidata all’avvocato Carlo Neri. Il pm Anna Blu ha chiesto vent’anni. «Ricorreremo in appello», ha annunciato il legale.';
    expect(quotes(lawyer, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Carlo Neri');
    const mayor =
      'Il sindaco Marco Gialli ha incontrato il prefetto Luigi Neri. «Restate a casa», ha detto il primo cittadino.';
    expect(quotes(mayor, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Marco Gialli');
  });

  it('leaves a role phrase unresolved when it points back at someone introduced without a name', () => {
    const text =
      'Il soccorritore Paolo Neri ha guidato le ricerche di una donna di 60 anni. «Era stremata», ha detto Neri. «Non ce la facevo più», ha raccontato la donna.';
    const found = quotes(text, { language: 'it' }).quotes;
    expect([found[1]?.speaker?.text, found[1]?.speaker?.name]).toEqual(['la donna', null]);
    const named =
      'Una donna di 60 anni, Anna Blu, è stata soccorsa. «Non ce la facevo più», ha raccontato la donna.';
    expect(quotes(named, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Anna Blu');
  });

  it('never resolves a feminine role to a man, but a masculine title may name a woman', () => {
    const text =
      'Anna Neri guida il comitato. Ieri Luca Blu ha lasciato l’incarico. «Andiamo avanti», ha detto la presidente.';
    expect(quotes(text, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Anna Neri');
    const noun =
      'Anna Neri guida il comitato. Ieri Luca Blu ha lasciato. «Andiamo avanti», ha detto l’assessora.';
    expect(quotes(noun, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Anna Neri');
    const title = 'Il sindaco Anna Neri ha parlato. «Andiamo avanti», ha detto il sindaco.';
    expect(quotes(title, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Anna Neri');
  });

  it('prefers the person named before a role phrase to an exact tie written further down', () => {
    const text =
      'Il tecnico del Milan Carlo Neri ha parlato a fine gara. «Abbiamo sofferto», ha spiegato l’allenatore. Sul fronte opposto, il tecnico Luca Blu era soddisfatto.';
    expect(quotes(text, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Carlo Neri');
  });

  it('never resolves a body to the person named last', () => {
    const text =
      'La comandante Anna Neri ha guidato la nave. «Il porto è troppo lontano», ha spiegato la ong.';
    const [q] = quotes(text, { language: 'it' }).quotes;
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['la ong', null]);
  });

  it('does not give the office of a named body to a person tied to another role', () => {
    const text =
      '«Adesione altissima», dichiara il segretario della Fiom, Marco Ferri. Il ministro dei Trasporti ha attaccato: «Sciopero inutile».';
    const q = quotes(text, { language: 'it' }).quotes[1]?.speaker;
    expect([q?.text, q?.name]).toEqual(['Il ministro dei Trasporti', null]);
    const nickname =
      'Il tecnico Gianni Neri, allenatore dell’Atalanta, era deluso. L’allenatore della Dea ha ammesso: «Non meritavamo».';
    expect(quotes(nickname, { language: 'it' }).quotes[0]?.speaker?.name).toBe('Gianni Neri');
  });

  it('gives a role with its owner to no one tied to another role, but lets a head of office fit any', () => {
    const owner =
      '«Nessuna multa», ha detto il sindaco Marco Ferri. «Nessun disagio», ha assicurato il portavoce della società.';
    expect(quotes(owner, { language: 'it' }).quotes[1]?.speaker?.name).toBeNull();
    const head =
      '«Giornata storica», ha commentato il ministro Ugo Neri. «Piano solido», ha precisato il titolare del dicastero.';
    expect(quotes(head, { language: 'it' }).quotes[1]?.speaker?.name).toBe('Ugo Neri');
  });

  it('takes a person introduced with a relative clause, even inside a phrase, as the one named last', () => {
    const text =
      'Sul palco la conduttrice Anna Blu: «Ci divertiremo». In gara anche Elisa, che torna dopo dieci anni. «È come tornare a casa», ha detto la cantante.';
    expect(quotes(text, { language: 'it' }).quotes[1]?.speaker?.name).toBe('Elisa');
  });
});
