import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/segment/index.js';

const sentences = (text: string): string[] => segment(text, { language: 'it' }).sentences.map((s) => s.text);

describe('sentence boundaries', () => {
  it('splits after . ! ? … and closing quotes', () => {
    expect(sentences('Arriva. Parte! Chi è? Boh… Forse. «Basta.» Ecco “la fine.” Sì.')).toEqual([
      'Arriva.',
      'Parte!',
      'Chi è?',
      'Boh…',
      'Forse.',
      '«Basta.»',
      'Ecco “la fine.”',
      'Sì.',
    ]);
  });

  it('never splits after a title or an initial', () => {
    expect(sentences('Ha parlato il sig. Rossi con il prof. A. Bianchi. Poi è uscito.')).toEqual([
      'Ha parlato il sig. Rossi con il prof. A. Bianchi.',
      'Poi è uscito.',
    ]);
  });

  it('does not split when a quotation ends with ?» or … followed by lower case', () => {
    expect(sentences('«Dove vai?» chiese lui. Ma poi… tacque. Fine.')).toEqual([
      '«Dove vai?» chiese lui.',
      'Ma poi… tacque.',
      'Fine.',
    ]);
  });

  it('does not split before the attribution after a quoted exclamation', () => {
    expect(sentences('«Basta!», ha detto il ministro. «Ora!» – ha aggiunto – «subito».')).toEqual([
      '«Basta!», ha detto il ministro.',
      '«Ora!» – ha aggiunto – «subito».',
    ]);
  });

  it('survives an opening mark used to close a quotation', () => {
    expect(sentences('Ha detto di voler “combattere contro l’imperialismo“. Poi ha cenato.')).toEqual([
      'Ha detto di voler “combattere contro l’imperialismo“.',
      'Poi ha cenato.',
    ]);
  });

  it('keeps a sentence whole across an unclosed quotation', () => {
    expect(sentences('Ha detto: “non ci sto. E se ne è andato. Fine.')).toHaveLength(3);
  });

  it('splits an abbreviation that may end a sentence before a capital', () => {
    expect(sentences('Mele, pere ecc. Il resto dopo.')).toEqual(['Mele, pere ecc.', 'Il resto dopo.']);
  });

  it('does not split inside a number glued to its unit', () => {
    expect(sentences('Sales rose to $16.2bn last year. Costs fell.')).toEqual([
      'Sales rose to $16.2bn last year.',
      'Costs fell.',
    ]);
  });

  it('does not leave an enumeration label alone', () => {
    expect(sentences('Fine del capo. 858. Comprensorio di bonifica. Altro.')).toEqual([
      'Fine del capo.',
      '858. Comprensorio di bonifica.',
      'Altro.',
    ]);
  });
});

describe('paragraphs, headings and metadata', () => {
  const article = [
    'date 2023-09 Il titolo lungo senza punto finale che fa da sommario alla notizia del giorno e continua ancora un poco',
    '',
    'Primo paragrafo. Seconda frase.',
    '',
    'Un titoletto',
    '',
    'Secondo paragrafo, lungo.',
  ].join('\n');

  it('reports a leading date as metadata, outside every sentence', () => {
    const s = segment(article, { language: 'it' });
    expect(s.metadata).toEqual([{ key: 'date', value: '2023-09', start: 0, end: 12 }]);
    expect(s.sentences[0]!.text.startsWith('Il titolo')).toBe(true);
  });

  it('ends sentences at blank lines and marks short unpunctuated lines as headings', () => {
    const s = segment(article, { language: 'it' });
    expect(s.sentences.map((x) => [x.text, x.heading])).toEqual([
      [
        'Il titolo lungo senza punto finale che fa da sommario alla notizia del giorno e continua ancora un poco',
        false,
      ],
      ['Primo paragrafo.', false],
      ['Seconda frase.', false],
      ['Un titoletto', true],
      ['Secondo paragrafo, lungo.', false],
    ]);
    expect(s.paragraphs.map((p) => p.heading)).toEqual([false, false, true, false]);
  });

  it('joins the lines of a hard-wrapped text and keeps single-line paragraphs apart otherwise', () => {
    const wrapped = [
      'Questa è una riga di testo che va a capo come nelle vecchie',
      'email scritte a mano, con una larghezza fissa di circa sessanta',
      'caratteri per riga. Poi continua con la seconda frase del testo',
      'che finisce qui, dopo qualche altra parola di riempimento.',
    ].join('\n');
    expect(segment(wrapped, { language: 'it' }).sentences).toHaveLength(2);
    const lines = 'Prima riga con il suo punto.\nSeconda riga con il suo punto.';
    expect(segment(lines, { language: 'it' }).paragraphs).toHaveLength(2);
  });

  it('keeps one paragraph a line when some lines hold whole paragraphs, list items included', () => {
    const text = [
      'Sciopero dei trasporti venerdì: orari e fasce di garanzia',
      'Venerdì 20 ottobre è previsto uno sciopero nazionale di 24 ore del trasporto pubblico locale, proclamato dai sindacati di base. Queste le fasce di garanzia:',
      '- Roma: servizio garantito fino alle 8:30 e dalle 17:00 alle 20:00',
      '- Milano: dall’inizio del servizio alle 8.45 e dalle 15.00 alle 18.00',
      '- Napoli: dalle 5:30 alle 8:30 e dalle 17 alle 20',
    ].join('\n');
    const s = sentences(text);
    expect(s).toHaveLength(6);
    expect(s[3]).toBe('- Roma: servizio garantito fino alle 8:30 e dalle 17:00 alle 20:00');
  });

  it('ends a sentence after a dotted abbreviation before a capital, never inside a dotted name', () => {
    expect(sentences('Fu sepolta nel 79 d.C. La scoperta è recente.')).toEqual([
      'Fu sepolta nel 79 d.C.',
      'La scoperta è recente.',
    ]);
    expect(sentences('Circola la variante EG.5, detta Eris. Poi basta.')).toHaveLength(2);
  });

  it('continues a sentence on the next line when it starts in lower case', () => {
    expect(sentences('Una frase che va\na capo.')).toEqual(['Una frase che va\na capo.']);
  });
});
