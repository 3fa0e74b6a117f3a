import { describe, expect, it } from 'vitest';
import { countSyllables, syllableRulesFor } from '../../../src/core/readability/syllables.js';

/** Expects each word to have the given number of syllables in the language. */
function expectCounts(language: string, cases: Record<string, number>): void {
  const rules = syllableRulesFor(language)!;
  const got = Object.fromEntries(Object.keys(cases).map((w) => [w, countSyllables(w, rules)]));
  expect(got).toEqual(cases);
}

describe('syllable counting', () => {
  it('Italian: hiatus between a, e, o; glides i and u', () => {
    expectCounts('it', {
      paese: 3,
      aereo: 4,
      poeta: 3,
      piano: 2,
      fiume: 2,
      qui: 1,
      guerra: 2,
      poi: 1,
      aiuto: 3,
      aiuola: 3,
      più: 1,
      "l'obiettivo": 4,
      Pyongyang: 2,
    });
  });

  it('English: silent final e, -ed and -es, and a few vowel pairs', () => {
    expectCounts('en', {
      the: 1,
      make: 1,
      table: 2,
      whale: 1,
      jumped: 1,
      played: 1,
      wanted: 2,
      makes: 1,
      boxes: 2,
      yes: 1,
      radio: 3,
      actual: 3,
      readability: 5,
      beautiful: 3,
    });
  });

  it('Spanish: strong vowels, diphthongs and consonantal y', () => {
    expectCounts('es', {
      poeta: 3,
      leer: 2,
      día: 2,
      cielo: 2,
      ciudad: 2,
      pingüino: 3,
      ayuda: 3,
      hoy: 1,
      que: 1,
    });
  });

  it('Portuguese: nasal diphthongs are one syllable', () => {
    expectCounts('pt', { mão: 1, mães: 1, lições: 2, poeta: 3, saúde: 3, pai: 1, quando: 2 });
  });

  it('French: mute e, é before a vowel and the diaeresis', () => {
    expectCounts('fr', { eau: 1, table: 1, grandes: 1, réel: 2, naïf: 2, idée: 2, oiseau: 2 });
  });

  it('German: diphthongs and long vowels are one syllable', () => {
    expectCounts('de', { Feier: 2, Bauer: 2, Theater: 3, Nation: 3, Quelle: 2, sieht: 1, Boot: 1 });
  });

  it('gives every word with a letter at least one syllable, and none to a number', () => {
    const rules = syllableRulesFor('it')!;
    expect(countSyllables('Ltd', rules)).toBe(1);
    expect(countSyllables('2019', rules)).toBe(0);
    expect(syllableRulesFor('pl')).toBeNull();
  });
});
