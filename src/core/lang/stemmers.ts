/**
 * The one place that loads natural. Its package root prints dotenv lines to stdout, reads `./.env`
 * and takes about a second to load, so only the stemmer sub-modules are required, each on first use.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface NaturalStemmer {
  stem(word: string): string;
}

/** natural's sub-module for each language it stems well. */
const MODULES: Readonly<Record<string, string>> = {
  it: 'natural/lib/natural/stemmers/porter_stemmer_it.js',
  en: 'natural/lib/natural/stemmers/porter_stemmer.js',
  fr: 'natural/lib/natural/stemmers/porter_stemmer_fr.js',
  es: 'natural/lib/natural/stemmers/porter_stemmer_es.js',
  pt: 'natural/lib/natural/stemmers/porter_stemmer_pt.js',
  de: 'natural/lib/natural/stemmers/porter_stemmer_de.js',
  nl: 'natural/lib/natural/stemmers/porter_stemmer_nl.js',
  sv: 'natural/lib/natural/stemmers/porter_stemmer_sv.js',
  no: 'natural/lib/natural/stemmers/porter_stemmer_no.js',
  ru: 'natural/lib/natural/stemmers/porter_stemmer_ru.js',
};

const loaded = new Map<string, (word: string) => string>();

const identity = (word: string): string => word;

/**
 * A stemming function for the language: lower-cases, then stems; identity when natural has none.
 * natural's module is required on the first call, so that registering a language costs nothing at
 * start-up.
 */
export function stemmerFor(code: string): (word: string) => string {
  const cached = loaded.get(code);
  if (cached) return cached;
  const path = MODULES[code];
  if (!path) {
    loaded.set(code, identity);
    return identity;
  }
  let stemmer: NaturalStemmer | undefined;
  const cache = new Map<string, string>();
  const fn = (word: string): string => {
    const lower = word.toLowerCase();
    let stem = cache.get(lower);
    if (stem === undefined) {
      stemmer ??= require(path) as NaturalStemmer;
      stem = stemmer.stem(lower);
      // Bound the memo so a huge vocabulary cannot grow it without limit.
      if (cache.size > 200_000) cache.clear();
      cache.set(lower, stem);
    }
    return stem;
  };
  loaded.set(code, fn);
  return fn;
}
