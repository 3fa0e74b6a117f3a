/**
 * Compounds of names: `Putin-Kim` joins two names the text also uses on their own, so it is split
 * into them; `Emilia-Romagna` and `anti-Occidente` stay whole.
 */
import { lookupForm } from './lexicon.js';
import { hasHyphen, INITIAL, startsUpper, type Vocabulary, WordBuilder } from './vocabulary.js';
import type { WordSequence } from './words.js';

/** The parts of a hyphenated word when they are names the text also uses on their own, else null. */
function nameParts(surface: string, alone: Uint8Array, vocabulary: Vocabulary): string[] | null {
  const parts = surface.split(/[-\u2010\u2011]/);
  if (parts.length < 2) return null;
  for (const p of parts) {
    if (p.length < 2 || !startsUpper(p)) return null;
    const id = vocabulary.formId(lookupForm(p));
    if (id >= alone.length || alone[id] !== 1) return null;
  }
  return parts;
}

/**
 * Splits compounds of names that the text also uses on their own (`Putin-Kim` when `Putin` and
 * `Kim` occur alone): such a hyphen links two names, it does not make a new one. Compounds whose
 * parts never stand alone (`Emilia-Romagna`, `anti-Occidente`) stay whole. `candidates` are the
 * capitalised hyphenated words.
 */
export function splitNameCompounds(
  text: string,
  words: WordSequence,
  candidates: readonly number[],
  vocabulary: Vocabulary,
): WordSequence {
  const alone = new Uint8Array(words.forms.length);
  for (let i = 0; i < words.size; i++)
    if (!hasHyphen(words.forms[words.formId[i]!]!)) alone[words.formId[i]!] = 1;
  const splits = new Map<number, string[]>();
  for (const i of candidates) {
    const parts = nameParts(text.slice(words.start[i]!, words.end[i]!), alone, vocabulary);
    if (parts) splits.set(i, parts);
  }
  if (splits.size === 0) return words;
  const out = new WordBuilder();
  let shift = 0;
  for (let i = 0; i < words.size; i++) {
    const run = words.run[i]! + shift;
    const sentence = words.sentence[i]!;
    const parts = splits.get(i);
    if (!parts) {
      out.push(
        words.start[i]!,
        words.end[i]!,
        { formId: words.formId[i]!, flags: words.flags[i]! },
        sentence,
        run,
        0,
      );
      continue;
    }
    let start = words.start[i]!;
    parts.forEach((p, k) => {
      const spelling = vocabulary.spelling(p, false);
      const initial = k === 0 ? words.flags[i]! & INITIAL : 0;
      if (spelling) out.push(start, start + p.length, spelling, sentence, run + k, initial);
      start += p.length + 1;
    });
    shift += parts.length - 1;
  }
  return { ...words, ...out.filled(), forms: vocabulary.forms };
}
