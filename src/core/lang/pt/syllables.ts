/**
 * Portuguese syllable rules. `a`, `e`, `o` and accented vowels are strong (`po-e-ta`, `sa-ú-de`),
 * unaccented `i` and `u` glide (`pai`, `céu`, `quan-do`), and the nasal diphthongs `ão`, `ãe`, `õe`
 * are one nucleus (`mão`, `mães`, `li-ções`).
 */
import type { SyllableRules } from '../../readability/types.js';

export const syllableRules: SyllableRules = {
  vowels: 'aeiouáéíóúâêôãõy',
  strong: 'aeoáéíóúâêôãõ',
  pairs: ['ão', 'ãe', 'õe'],
};
