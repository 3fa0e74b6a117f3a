/**
 * Verbs told by their context, for languages without a tagger: the content word after an auxiliary,
 * a clitic or a subject pronoun (`ha detto`, `we propose`), and an infinitive right after the
 * preposition that introduces it (`di scardinare`, `de partir`). They are marked as stopwords, so no
 * keyphrase starts, ends or runs through them.
 */
import { hasSuffix, type Lexicon } from './lexicon.js';
import { CAPITAL, NUMERIC, STOP } from './vocabulary.js';
import type { WordSequence } from './words.js';

/** True when a form looks like an infinitive of the language and is not a known noun. */
function isInfinitive(form: string, lexicon: Lexicon): boolean {
  return (
    hasSuffix(form, lexicon.infinitiveSuffixes) &&
    !hasSuffix(form, lexicon.nounSuffixes) &&
    !lexicon.infinitiveExceptions.has(form)
  );
}

/**
 * Marks as stopwords the verbs that follow an auxiliary, a clitic or a subject pronoun in the same
 * run (`ha detto`, `è stato ucciso`, `we propose`, `il a annoncé`): without a tagger, this is the
 * context that tells a verb from a noun most surely. Likewise an infinitive right after the
 * preposition that introduces it (`di scardinare`, `de partir`). Capitalised words are left alone (names).
 */
export function markVerbs(words: WordSequence, lexicon: Lexicon): void {
  if (lexicon.verbMarkers.size === 0 && lexicon.infinitivePrepositions.size === 0) return;
  const marker = new Uint8Array(words.forms.length);
  words.forms.forEach((form, id) => {
    if (lexicon.verbMarkers.has(form)) marker[id] = 1;
    else if (lexicon.infinitivePrepositions.has(form)) marker[id] = 2;
    else if (isInfinitive(form, lexicon)) marker[id] = 3;
  });
  for (let i = 0; i + 1 < words.size; i++) {
    if (
      marker[words.formId[i]!] === 2 &&
      words.run[i + 1] === words.run[i] &&
      marker[words.formId[i + 1]!] === 3
    ) {
      if (!(words.flags[i + 1]! & CAPITAL)) words.flags[i + 1]! |= STOP;
      continue;
    }
    if (marker[words.formId[i]!] !== 1) continue;
    if (i > 0 && marker[words.formId[i - 1]!] === 1 && words.run[i - 1] === words.run[i]) continue;
    let j = i + 1;
    while (j < words.size && words.run[j] === words.run[i] && marker[words.formId[j]!] === 1) j++;
    if (j >= words.size || words.run[j] !== words.run[i]) continue;
    if (!(words.flags[j]! & (STOP | CAPITAL | NUMERIC))) words.flags[j]! |= STOP;
  }
}
