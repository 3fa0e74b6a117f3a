import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/lang/detect.js';
import { SUPPORTED_LANGUAGES } from '../../../src/core/lang/index.js';
import { segment } from '../../../src/core/segment/index.js';
import { PARAGRAPHS, PARALLEL, SENTENCES } from './samples.js';

/** The text as typed without accents or inverted marks (`perché` → `perche`, `¿Sabes` → `Sabes`). */
function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[¿¡]/g, '');
}

/** Every language's samples as [language, text] rows, for `it.each`. */
function rows(samples: Readonly<Record<string, readonly string[]>>): [string, string][] {
  return Object.entries(samples).flatMap(([language, texts]) =>
    texts.map((text): [string, string] => [language, text]),
  );
}

describe('detectLanguage on paragraphs', () => {
  it.each(rows(PARAGRAPHS))('%s: %s', (language, text) => {
    const result = detectLanguage(text);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThan(0.9);
  });

  it.each(rows(PARAGRAPHS))('%s without accents: %s', (language, text) => {
    expect(detectLanguage(stripAccents(text)).language).toBe(language);
  });

  it.each(rows(PARAGRAPHS))('%s in capitals: %s', (language, text) => {
    expect(detectLanguage(text.toUpperCase()).language).toBe(language);
  });
});

describe('detectLanguage on single sentences', () => {
  it.each(rows(SENTENCES))('%s: %s', (language, text) => {
    const result = detectLanguage(text);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it.each(rows(SENTENCES))('%s without accents: %s', (language, text) => {
    expect(detectLanguage(stripAccents(text)).language).toBe(language);
  });
});

describe('detectLanguage on languages that share most function words', () => {
  const parallel = PARALLEL.flatMap((row) => Object.entries(row));

  it.each(parallel)('%s: %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it.each(parallel)('%s without accents: %s', (language, text) => {
    expect(detectLanguage(stripAccents(text)).language).toBe(language);
  });

  it('tells Italian, Spanish and Portuguese apart in short lines with few function words', () => {
    expect(detectLanguage('Nuove sanzioni contro la Russia dopo il vertice di Bruxelles').language).toBe(
      'it',
    );
    expect(detectLanguage('Nuevas sanciones contra Rusia tras la cumbre de Bruselas').language).toBe('es');
    expect(detectLanguage('Novas sanções contra a Rússia depois da cimeira de Bruxelas').language).toBe('pt');
  });

  it('tells French from Italian when both elide their articles', () => {
    expect(
      detectLanguage("L'ambasciatore ha lasciato l'edificio dopo l'incontro con il ministro").language,
    ).toBe('it');
    expect(
      detectLanguage("L'ambassadeur a quitté l'édifice après l'entretien avec le ministre").language,
    ).toBe('fr');
  });
});

describe('detectLanguage on news and mixed text', () => {
  it('reads the bundled Italian article as Italian with full confidence', () => {
    const article = readFileSync(new URL('../../../fixtures/putin-kim.it.txt', import.meta.url), 'utf8');
    const result = detectLanguage(article);
    expect(result.language).toBe('it');
    expect(result.confidence).toBeGreaterThan(0.99);
  });

  it('keeps an Italian article that quotes a short English phrase Italian', () => {
    const text =
      'Il presidente americano ha chiuso il discorso con la frase «we will never give up on the people of this country», ' +
      'accolta da un lungo applauso. I commentatori italiani hanno sottolineato che il tono della campagna è cambiato ' +
      'nelle ultime settimane, mentre i sondaggi restano incerti in quasi tutti gli stati decisivi.';
    expect(detectLanguage(text).language).toBe('it');
  });

  it('keeps an English article that quotes a short Italian phrase English', () => {
    const text =
      'The coach said after the match that his players had given everything, adding in Italian that "abbiamo dato ' +
      'tutto fino alla fine". The club will now prepare for the cup final, which will be played next month in Rome.';
    expect(detectLanguage(text).language).toBe('en');
  });

  it('ignores web addresses, mentions and hashtags', () => {
    const text =
      'Il governo Monti presenta la riforma delle pensioni http://t.co/xYzWq @user #news #thetruth';
    expect(detectLanguage(text).language).toBe('it');
  });
});

describe('detectLanguage without evidence', () => {
  it.each([
    ['empty text', ''],
    ['blank text', ' \n\t '],
    ['numbers only', '12 345 67,8 2024'],
    ['a date and a time', '12/03/2024 10:30'],
    ['punctuation only', '!!! ??? ... --- ;;'],
    ['one word', 'Roma'],
    ['two words', 'la casa'],
    ['addresses only', 'http://example.com/a/b www.example.org @someone #tag'],
  ])('%s is undetermined', (_, text) => {
    const result = detectLanguage(text);
    expect(result.language).toBe('und');
    expect(result.confidence).toBe(0);
    expect(Object.values(result.scores).every((score) => score === 0)).toBe(true);
  });

  it('gives low confidence to languages it does not know', () => {
    const dutch =
      'De gemeente heeft gisteren besloten om het centrum van de stad in het weekend af te sluiten voor auto’s. ' +
      'Volgens de burgemeester wordt de lucht daardoor schoner en kunnen bewoners beter slapen.';
    const polish =
      'Rząd przyjął wczoraj ustawę, która obniża ceny energii dla rodzin o niskich dochodach. ' +
      'Według ministra koszt reformy wyniesie około trzech miliardów złotych.';
    expect(detectLanguage(dutch).confidence).toBeLessThan(0.9);
    expect(detectLanguage(polish).confidence).toBeLessThan(0.9);
  });
});

describe('detectLanguage properties', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.constantFrom(...rows(SENTENCES).map(([, text]) => text)),
  );

  it('returns a well-formed verdict for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = detectLanguage(text);
        expect(['und', ...SUPPORTED_LANGUAGES]).toContain(result.language);
        expect(Object.keys(result.scores).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        const total = Object.values(result.scores).reduce((sum, score) => sum + score, 0);
        if (result.language === 'und') {
          expect(result.confidence).toBe(0);
          expect(total).toBe(0);
        } else {
          expect(total).toBeCloseTo(1, 2);
          expect(result.confidence).toBeLessThanOrEqual(result.scores[result.language]!);
          const best = Math.max(...Object.values(result.scores));
          expect(result.scores[result.language]).toBe(best);
        }
        expect(detectLanguage(text)).toEqual(result);
      }),
    );
  });

  it('reads only the first 20,000 characters', () => {
    const head = `${(PARAGRAPHS.it ?? []).join(' ')} `.repeat(40).slice(0, 20_000);
    const expected = detectLanguage(head);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        expect(detectLanguage(head + tail)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('is at least as confident on a text repeated as on the text once', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rows(SENTENCES)), ([language, text]) => {
        const once = detectLanguage(text);
        const twice = detectLanguage(`${text} ${text}`);
        expect(twice.language).toBe(language);
        expect(twice.confidence).toBeGreaterThanOrEqual(once.confidence);
      }),
    );
  });
});

describe('text in a language without data', () => {
  it.each([
    [
      'pl',
      'Prezydent spotkał się wczoraj w Warszawie z premierem rządu. Rozmowy dotyczyły bezpieczeństwa energetycznego kraju i współpracy w ramach sojuszu. Premier powiedział dziennikarzom, że bezpieczeństwo jest najważniejsze.',
    ],
    [
      'fi',
      'Hallitus päätti tänään laskea veroja lapsiperheille ensi vuoden alusta. Ministeri sanoi toimittajille, että tämä on tärkeä askel koko maan taloudelle. Oppositio arvosteli päätöstä ja vaati lisää keskustelua eduskunnassa.',
    ],
  ])('is undetermined (%s), and analysed as such rather than as Italian', (_code, text) => {
    expect(detectLanguage(text).language).toBe('und');
    expect(segment(text).language).toBe('und');
  });

  it('leaves a short undetermined text to Italian, the home language', () => {
    expect(segment('Piove.').language).toBe('it');
  });
});
