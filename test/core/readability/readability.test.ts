import { describe, expect, it } from 'vitest';
import { readability } from '../../../src/core/readability/index.js';

// Worked examples on short texts: the counts are made by hand, then the score from the formula.
describe('readability of a text', () => {
  it('Italian: Gulpease from letters, words and sentences', () => {
    // Il(2) governo(7) ha(2) approvato(9) ieri(4) la(2) nuova(5) legge(5) sulla(5) concorrenza(11) che(3)
    // introduce(9) regole(6) più(3) severe(6) per(3) le(2) società(7) energetiche(11): 19 words, 102 letters.
    // 89 + (300 × 1 − 10 × 102) / 19 = 51.1
    const r = readability(
      'Il governo ha approvato ieri la nuova legge sulla concorrenza, che introduce regole più severe per le società energetiche.',
      { language: 'it' },
    );
    expect(r.counts).toMatchObject({ sentences: 1, words: 19, letters: 102 });
    expect(r.score).toMatchObject({ index: 'gulpease', value: 51.1, band: 'difficult' });
    expect(r.score?.readers).toEqual([
      { reader: 'elementary school', threshold: 80, easy: false },
      { reader: 'middle school', threshold: 60, easy: false },
      { reader: 'high school', threshold: 40, easy: true },
    ]);
    expect(r.wordsPerSentence).toBe(19);
    expect(r.lettersPerWord).toBe(5.37);
  });

  it('counts an elided article and its noun as one word, as the formulas do', () => {
    // l’obiettivo is one word of 10 letters; dell’Ucraina one of 11: 2 + 10 + 11 = 23 letters in 3 words.
    const r = readability('È l’obiettivo dell’Ucraina.', { language: 'it' });
    expect(r.counts).toMatchObject({ sentences: 1, words: 3, letters: 1 + 10 + 11 });
  });

  it('English: Flesch reading ease', () => {
    // The cat sat on the mat. It was happy. 9 words, 27 letters, 2 sentences, 10 syllables (hap-py).
    // 206.835 − 1.015 × 4.5 − 84.6 × 10/9 = 206.835 − 4.5675 − 94 = 108.2675
    const r = readability('The cat sat on the mat. It was happy.', { language: 'en' });
    expect(r.counts).toEqual({ sentences: 2, words: 9, letters: 27, syllables: 10 });
    expect(r.score).toMatchObject({ index: 'flesch', value: 108.3, band: 'very easy' });
  });

  it('Spanish: Fernández-Huerta', () => {
    // el pe-rro co-me (5) | la ni-ña jue-ga en el par-que (9): 9 words, 14 syllables, 2 sentences.
    // 206.84 − 60 × 14/9 − 1.02 × 4.5 = 206.84 − 93.3333 − 4.59 = 108.9167
    const r = readability('El perro come. La niña juega en el parque.', { language: 'es' });
    expect(r.counts).toMatchObject({ sentences: 2, words: 9, syllables: 14 });
    expect(r.score).toMatchObject({ index: 'fernandez-huerta', value: 108.9 });
  });

  it('French: Kandel–Moles', () => {
    // le chat dort | il fait beau: 6 words of one spoken syllable each, 2 sentences.
    // 207 − 1.015 × 3 − 73.6 × 1 = 130.355
    const r = readability('Le chat dort. Il fait beau.', { language: 'fr' });
    expect(r.counts).toMatchObject({ sentences: 2, words: 6, syllables: 6 });
    expect(r.score).toMatchObject({ index: 'kandel-moles', value: 130.4 });
  });

  it('German: Flesch–Amstad', () => {
    // der hund schläft (3) | die kat-ze spielt im gar-ten (7): 8 words, 10 syllables, 2 sentences.
    // 180 − 4 − 58.5 × 10/8 = 180 − 4 − 73.125 = 102.875
    const r = readability('Der Hund schläft. Die Katze spielt im Garten.', { language: 'de' });
    expect(r.counts).toMatchObject({ sentences: 2, words: 8, syllables: 10 });
    expect(r.score).toMatchObject({ index: 'flesch-amstad', value: 102.9 });
  });

  it('Portuguese: Flesch adapted by Martins et al.', () => {
    // o ga-to dor-me | a ca-sa é bo-ni-ta: 7 words, 12 syllables, 2 sentences.
    // 248.835 − 1.015 × 3.5 − 84.6 × 12/7 = 248.835 − 3.5525 − 145.0286 = 100.254
    const r = readability('O gato dorme. A casa é bonita.', { language: 'pt' });
    expect(r.counts).toMatchObject({ sentences: 2, words: 7, syllables: 12 });
    expect(r.score).toMatchObject({ index: 'flesch-martins', value: 100.3, band: 'very easy' });
  });

  it('leaves headings out of the formulas but not out of the reading time', () => {
    const text = 'Una lunga premessa\n\nIl gatto dorme. Il cane abbaia.';
    const r = readability(text, { language: 'it' });
    expect(r.counts).toMatchObject({ sentences: 2, words: 6 });
    expect(r.readingTime).toEqual({ minutes: 0, wordsPerMinute: 188 });
  });

  it('gives no score for a language without a formula, and still the averages', () => {
    const r = readability('Kot śpi. Pies szczeka głośno.', { language: 'pl' });
    expect(r.score).toBeNull();
    expect(r.syllablesPerWord).toBeNull();
    expect(r.counts).toMatchObject({ sentences: 2, words: 5, syllables: 0 });
    expect(r.wordsPerSentence).toBe(2.5);
  });

  it('handles a text without words', () => {
    const r = readability('2023 — 2024.', { language: 'it' });
    expect(r.counts.words).toBe(0);
    expect(r.score).toBeNull();
    expect(r.lexicalDiversity.value).toBeNull();
  });
});
