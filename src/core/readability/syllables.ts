/**
 * Syllable counting from spelling. Each language supplies its rules as data (`src/core/lang/<code>/
 * syllables.ts`); one counter applies them. Counts are estimates of the spoken syllables, good enough for
 * readability formulas, which average them over hundreds of words.
 */
import { syllableRules as de } from '../lang/de/syllables.js';
import { syllableRules as en } from '../lang/en/syllables.js';
import { syllableRules as es } from '../lang/es/syllables.js';
import { syllableRules as fr } from '../lang/fr/syllables.js';
import { syllableRules as it } from '../lang/it/syllables.js';
import { syllableRules as pt } from '../lang/pt/syllables.js';
import type { SyllableRules } from './types.js';

/** The syllable rules of every language that has them. */
const RULES: ReadonlyMap<string, SyllableRules> = new Map([
  ['it', it],
  ['en', en],
  ['fr', fr],
  ['es', es],
  ['pt', pt],
  ['de', de],
]);

/** The syllable rules of a language, or null when sunto has none for it. */
export function syllableRulesFor(language: string): SyllableRules | null {
  return RULES.get(language) ?? null;
}

/** Counts the syllables of one word (letters only; other characters are ignored) under `rules`. */
export function countSyllables(word: string, rules: SyllableRules): number {
  let w = word.toLowerCase().replace(/[^\p{L}]+/gu, '');
  if (w === '') return 0;
  for (const [pattern, by] of rules.replace ?? []) w = w.replace(pattern, by);
  let nuclei = 0;
  let run = '';
  for (const ch of w) {
    if (rules.vowels.includes(ch)) {
      run += ch;
      continue;
    }
    nuclei += runNuclei(run, rules);
    run = '';
  }
  nuclei += runNuclei(run, rules);
  for (const pattern of rules.extra ?? []) nuclei += w.match(pattern)?.length ?? 0;
  return Math.max(1, nuclei);
}

/** Counts the nuclei of one run of adjacent vowels: one without strong vowels, else one per strong vowel or pair. */
function runNuclei(run: string, rules: SyllableRules): number {
  if (run === '') return 0;
  const chars = [...run];
  if (!chars.some((c) => rules.strong.includes(c))) return 1;
  let n = 0;
  for (let i = 0; i < chars.length; i++) {
    if (rules.pairs?.includes(chars[i]! + (chars[i + 1] ?? ''))) {
      n++;
      i++;
    } else if (rules.strong.includes(chars[i]!)) {
      n++;
    }
  }
  return n;
}
