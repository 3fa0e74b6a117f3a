/**
 * Italian syllable rules. `a`, `e`, `o` and accented vowels are always a nucleus, so two of them side by
 * side are a hiatus (`pa-e-se`, `a-e-re-o`); unstressed `i` and `u` glide into the next or previous vowel
 * (`piano`, `poi`, `guerra`, `ciao` as `cia-o`), and a run of them alone is one nucleus (`qui`, `fiume`).
 */
import type { SyllableRules } from '../../readability/types.js';

export const syllableRules: SyllableRules = {
  vowels: 'aeiouàèéìíòóùúy',
  strong: 'aeoàèéìíòóùú',
  // `aiuto`, `aiutare`: after a strong vowel, the second of two glides is a syllable of its own (`a-iu-to`).
  extra: [/[aeo][iu][iu](?![aeiouàèéìíòóùú])/gu],
};
