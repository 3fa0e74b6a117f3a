import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/segment/index.js';

/** Token texts of an Italian text. */
const words = (text: string, language = 'it'): string[] =>
  segment(text, { language }).tokens.map((t) => t.text);
/** Token kinds by text. */
const kinds = (text: string): Record<string, string> =>
  Object.fromEntries(segment(text, { language: 'it' }).tokens.map((t) => [t.text, t.kind]));

describe('Italian elision', () => {
  it.each([
    ['dell’Ucraina', ['dell’', 'Ucraina']],
    ["l'Onu", ["l'", 'Onu']],
    ["c'erano", ["c'", 'erano']],
    ['L’incontro', ['L’', 'incontro']],
    ["quest'anno", ["quest'", 'anno']],
    ["trent'anni", ["trent'", 'anni']],
    ['sull’“Espresso”', ['sull’', '“', 'Espresso', '”']],
  ])('splits %s after the apostrophe', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([["un po'"], ["E' vero"], ["perche' no"], ['McDonald’s'], ["'93"]])('keeps %s whole', (text) => {
    const first = text.split(' ')[0] === 'un' ? "po'" : text.split(' ')[0]!;
    expect(words(text)).toContain(first);
  });

  it('treats a final apostrophe as a closing quote when a single quote is open', () => {
    expect(words('la parola ‘casa’ è breve')).toEqual(['la', 'parola', '‘', 'casa', '’', 'è', 'breve']);
  });

  it('keeps accented letters whole', () => {
    expect(words('La città è più bella perché sì')).toEqual([
      'La',
      'città',
      'è',
      'più',
      'bella',
      'perché',
      'sì',
    ]);
  });
});

describe('single tokens', () => {
  it.each([
    ['Il Sig. Rossi', 'Sig.', 'abbreviation'],
    ['dal Dott. Bianchi', 'Dott.', 'abbreviation'],
    ['ai sensi dell’art. 3', 'art.', 'abbreviation'],
    ['il n. 5', 'n.', 'abbreviation'],
    ['Fiat S.p.A. ha chiuso', 'S.p.A.', 'abbreviation'],
    ['come p.es. questo', 'p.es.', 'abbreviation'],
    ['mele, pere ecc. e altro', 'ecc.', 'abbreviation'],
    ['costa 1.000 euro', '1.000', 'number'],
    ['il 3,5 per cento', '3,5', 'number'],
    ['la Risoluzione 2.270', '2.270', 'number'],
    ['pagati 1.000,50 euro', '1.000,50', 'number'],
    ['il 12/09/2023 a Roma', '12/09/2023', 'date'],
    ['alle 21:30 in punto', '21:30', 'time'],
    ['vedi https://www.example.it/a?b=1.', 'https://www.example.it/a?b=1', 'url'],
    ['su www.ansa.it oggi', 'www.ansa.it', 'url'],
    ['scrivi a mario.rossi@example.it.', 'mario.rossi@example.it', 'email'],
    ['evviva #Roma2024 sempre', '#Roma2024', 'hashtag'],
    ['grazie @ansa_it per', '@ansa_it', 'mention'],
    ['che bello :-) davvero', ':-)', 'emoticon'],
    ['bravo 👍🏽 davvero', '👍🏽', 'emoji'],
    ['alleati anti-Occidente.', 'anti-Occidente', 'word'],
    ['la pandemia da Covid-19.', 'Covid-19', 'word'],
    ['raised $16.2bn last year', '16.2bn', 'word'],
    ['pesa 1,5kg in tutto', '1,5kg', 'word'],
  ])('%s → %s (%s)', (text, token, kind) => {
    expect(kinds(text)[token]).toBe(kind);
  });

  it('keeps an initial with its period before a surname', () => {
    expect(words('il prof. A. Bianchi')).toEqual(['il', 'prof.', 'A.', 'Bianchi']);
  });

  it('leaves the final period apart from a word', () => {
    expect(words('Fine.')).toEqual(['Fine', '.']);
    expect(words('Fine...')).toEqual(['Fine', '...']);
  });

  it('splits words run together at a period', () => {
    expect(words('era la fine.Il giorno')).toEqual(['era', 'la', 'fine', '.', 'Il', 'giorno']);
  });
});

describe('offsets', () => {
  it('maps every token back to the text, CRLF and BOM included', () => {
    const text = '\uFEFFPrima riga.\r\nSeconda riga dell’anno.\rTerza.';
    for (const t of segment(text, { language: 'it' }).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('handles astral characters without splitting surrogate pairs', () => {
    const text = 'Ciao 😀 mondo 𝐁𝐞𝐥𝐥𝐨';
    const tokens = segment(text, { language: 'it' }).tokens.map((t) => t.text);
    expect(tokens).toEqual(['Ciao', '😀', 'mondo', '𝐁𝐞𝐥𝐥𝐨']);
  });
});

describe('news forms of numbers and names', () => {
  it.each([
    ['fino all’8 dicembre', ['fino', 'all’', '8', 'dicembre']],
    ["cresciuto dell'1,8%", ['cresciuto', "dell'", '1,8', '%']],
    ['per l’80° anniversario', ['per', 'l’', '80°', 'anniversario']],
    ['il 1° posto', ['il', '1°', 'posto']],
    ['l’art. 416-bis c.p.', ['l’', 'art.', '416-bis', 'c.p.']],
    ['la variante EG.5, detta Eris', ['la', 'variante', 'EG.5', ',', 'detta', 'Eris']],
    ['il ceppo XBB.1.5 circola', ['il', 'ceppo', 'XBB.1.5', 'circola']],
    ["la 'ndrangheta e le 'ndrine", ['la', "'ndrangheta", 'e', 'le', "'ndrine"]],
    ['del I sec. a.C. trovata', ['del', 'I', 'sec.', 'a.C.', 'trovata']],
  ])('tokenizes %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps a score, a temperature with its unit and a quoted word as they were', () => {
    expect(words('finisce 3-1 con 35°C')).toEqual(['finisce', '3', '-', '1', 'con', '35', '°', 'C']);
    expect(words("disse 'sì'")).toEqual(['disse', "'", 'sì', "'"]);
  });
});

describe('other languages', () => {
  it('keeps French words with an inner apostrophe whole and splits elisions', () => {
    expect(words("Aujourd'hui quelqu’un l'a vu jusqu'à midi", 'fr')).toEqual([
      "Aujourd'hui",
      'quelqu’un',
      "l'",
      'a',
      'vu',
      "jusqu'",
      'à',
      'midi',
    ]);
  });

  it('reads a German number with a period before a month or a lower-case word as an ordinal', () => {
    const s = segment('Am 3. Oktober sagte er: „Wir handeln.“ Er wurde 3. Dann ging er.', { language: 'de' });
    expect(s.tokens.map((t) => t.text)).toContain('3.');
    expect(s.sentences.map((x) => x.text)).toEqual([
      'Am 3. Oktober sagte er: „Wir handeln.“',
      'Er wurde 3.',
      'Dann ging er.',
    ]);
  });
});
