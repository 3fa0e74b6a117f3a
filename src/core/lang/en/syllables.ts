/**
 * English syllable rules: the usual spelling heuristic. A run of vowels is one sound (`boat`, `queue`);
 * a final silent `e` (`make`, `whale`, but not `table`), a silent `-ed` (`jumped`, `played`, not
 * `wanted`) and a silent `-es` (`makes`, not `boxes`) are dropped; a leading `y` before a vowel is a
 * consonant (`yes`); and a few vowel pairs are two sounds (`ra-di-o`, `me-di-a`, `ac-tu-al`).
 */
import type { SyllableRules } from '../../readability/types.js';

export const syllableRules: SyllableRules = {
  vowels: 'aeiouy',
  strong: '',
  replace: [
    [/^y(?=[aeiou])/u, 'j'],
    [/(?<=[aeiouy][^aeiouy]*[^aeiouyl])e$/u, ''],
    [/(?<=[aeiouy]l)e$/u, ''],
    [/(?<=[aeiouy][^aeiouy]*[^aeiouytd])ed$/u, 'd'],
    [/(?<=[aeiouy])ed$/u, 'd'],
    [/(?<=[aeiouy][^aeiouy]*[^aeiouysxzhcg])es$/u, 's'],
  ],
  extra: [/(?<![tsc])i[ao](?!n)/gu, /(?<![qg])u[ao]/gu, /[^aeiou]ism$/gu],
};
