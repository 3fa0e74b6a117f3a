import { describe, expect, it } from 'vitest';
import {
  fernandezHuerta,
  flesch,
  fleschAmstad,
  fleschMartins,
  formulaFor,
  gulpease,
  kandelMoles,
} from '../../../src/core/readability/formulas.js';

// Worked examples: each expected value is computed by hand from the published formula and the counts.
describe('readability formulas on counts', () => {
  it('Gulpease: 89 + (300 × sentences − 10 × letters) / words', () => {
    // 89 + (300 × 5 − 10 × 500) / 100 = 89 + (1500 − 5000) / 100 = 89 − 35 = 54
    expect(gulpease.score({ sentences: 5, words: 100, letters: 500, syllables: 0 })).toBeCloseTo(54, 10);
    // 89 + (300 × 1 − 10 × 102) / 19 = 89 − 720 / 19 = 51.1052…
    expect(gulpease.score({ sentences: 1, words: 19, letters: 102, syllables: 0 })).toBeCloseTo(51.1053, 4);
  });

  it('Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word', () => {
    // 206.835 − 1.015 × 20 − 84.6 × 1.5 = 206.835 − 20.3 − 126.9 = 59.635
    expect(flesch.score({ sentences: 5, words: 100, letters: 0, syllables: 150 })).toBeCloseTo(59.635, 10);
  });

  it('Fernández-Huerta: 206.84 − 60 × syllables/word − 1.02 × words/sentence', () => {
    // 206.84 − 60 × 2 − 1.02 × 20 = 206.84 − 120 − 20.4 = 66.44
    expect(fernandezHuerta.score({ sentences: 5, words: 100, letters: 0, syllables: 200 })).toBeCloseTo(
      66.44,
      10,
    );
  });

  it('Kandel–Moles: 207 − 1.015 × words/sentence − 73.6 × syllables/word', () => {
    // 207 − 1.015 × 20 − 73.6 × 1.5 = 207 − 20.3 − 110.4 = 76.3
    expect(kandelMoles.score({ sentences: 5, words: 100, letters: 0, syllables: 150 })).toBeCloseTo(76.3, 10);
  });

  it('Flesch–Amstad: 180 − words/sentence − 58.5 × syllables/word', () => {
    // 180 − 20 − 58.5 × 1.7 = 180 − 20 − 99.45 = 60.55
    expect(fleschAmstad.score({ sentences: 5, words: 100, letters: 0, syllables: 170 })).toBeCloseTo(
      60.55,
      10,
    );
  });

  it('Flesch for Portuguese (Martins et al.): 248.835 − 1.015 × words/sentence − 84.6 × syllables/word', () => {
    // 248.835 − 1.015 × 20 − 84.6 × 2 = 248.835 − 20.3 − 169.2 = 59.335
    expect(fleschMartins.score({ sentences: 5, words: 100, letters: 0, syllables: 200 })).toBeCloseTo(
      59.335,
      10,
    );
  });

  it('picks the formula that fits each language, none for others', () => {
    expect(formulaFor('it')?.id).toBe('gulpease');
    expect(formulaFor('en')?.id).toBe('flesch');
    expect(formulaFor('es')?.id).toBe('fernandez-huerta');
    expect(formulaFor('fr')?.id).toBe('kandel-moles');
    expect(formulaFor('de')?.id).toBe('flesch-amstad');
    expect(formulaFor('pt')?.id).toBe('flesch-martins');
    expect(formulaFor('pl')).toBeNull();
  });

  it('scores longer sentences and longer words as harder on every scale', () => {
    for (const f of [gulpease, flesch, fernandezHuerta, kandelMoles, fleschAmstad, fleschMartins]) {
      const base = { sentences: 10, words: 150, letters: 700, syllables: 250 };
      expect(f.score({ ...base, sentences: 5 })).toBeLessThan(f.score(base));
      if (f !== gulpease) expect(f.score({ ...base, syllables: 300 })).toBeLessThan(f.score(base));
      else expect(f.score({ ...base, letters: 800 })).toBeLessThan(f.score(base));
    }
  });
});
