/**
 * Spanish syllable rules. `a`, `e`, `o` and accented vowels are strong: two of them are a hiatus
 * (`po-e-ta`, `le-er`, `dí-a`); unaccented `i`, `u` and `ü` form diphthongs (`cie-lo`, `ciu-dad`,
 * `pin-güi-no`). `y` before a vowel is a consonant (`a-yu-da`), elsewhere a glide (`hoy`, `muy`).
 */
import type { SyllableRules } from '../../readability/types.js';

export const syllableRules: SyllableRules = {
  vowels: 'aeiouáéíóúüy',
  strong: 'aeoáéíóú',
  replace: [[/y(?=[aeiouáéíóú])/gu, 'j']],
};
