/**
 * German syllable rules. Every vowel is a nucleus except the diphthongs and long vowels written with
 * two letters (`ei`, `au`, `eu`, `äu`, `ie`, `aa`, `ee`, `oo`): `Fei-er`, `Bau-er`, `The-a-ter`,
 * `Na-ti-on`. The `u` of `qu` is a consonant (`Quel-le`).
 */
import type { SyllableRules } from '../../readability/types.js';

export const syllableRules: SyllableRules = {
  vowels: 'aeiouäöüy',
  strong: 'aeiouäöüy',
  pairs: ['ei', 'ai', 'ey', 'ay', 'au', 'eu', 'äu', 'ie', 'aa', 'ee', 'oo'],
  replace: [[/qu/gu, 'qv']],
};
