/**
 * French syllable rules, as spoken. A run of written vowels is one sound (`eau`, `oi`, `ou`, `ai`), a
 * final mute `e` or `es` after a consonant is not pronounced (`table`, `grandes`), `é` before another
 * vowel is a syllable of its own (`ré-el`, `cré-a`), and so is a vowel with a diaeresis after another
 * (`na-ïf`, `No-ël`).
 */
import type { SyllableRules } from '../../readability/types.js';

export const syllableRules: SyllableRules = {
  vowels: 'aeiouyàâæçéèêëîïôœùûü',
  strong: '',
  replace: [
    [/ées?$/u, 'é'],
    [/(?<=[^aeiouyàâæéèêëîïôœùûü])es?$/u, ''],
  ],
  extra: [/é(?=[aeiouyàâèêîôû])/gu, /(?<=[aeiouyàâéèêîôû])[ëïü]/gu],
};
