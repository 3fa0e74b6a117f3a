import { describe, expect, it } from 'vitest';
import { languageData, SUPPORTED_LANGUAGES } from '../../../src/core/lang/index.js';

/** The languages whose data this folder's tests cover, Italian first. */
const LANGUAGES = ['it', 'en', 'fr', 'es', 'pt', 'de'];

/**
 * Languages held to the strictest checks: no abbreviation both a title and a sentence closer, and
 * elisions of letters only. The Italian lists still have entries in both (`ca`, `cit`) and `c’er`.
 */
const STRICT_LANGUAGES = ['en', 'fr', 'es', 'pt', 'de'];

describe('language registry', () => {
  it('holds the six languages, Italian first', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(LANGUAGES);
  });

  it.each(LANGUAGES)('%s: code and name', (code) => {
    const data = languageData(code);
    expect(data.code).toBe(code);
    expect(data.name).toMatch(/^[A-Z][a-z]+$/);
  });

  it('gives an unknown language empty lists and an identity stemmer', () => {
    const data = languageData('xx');
    expect(data.stopwords.size).toBe(0);
    expect(data.abbreviations.titles.size + data.abbreviations.common.size).toBe(0);
    expect(data.elisions.size).toBe(0);
    expect(data.stem('parole')).toBe('parole');
  });
});

describe('stopwords', () => {
  it.each(LANGUAGES)('%s: a comprehensive list of lower-case words of letters only', (code) => {
    const { stopwords } = languageData(code);
    expect(stopwords.size).toBeGreaterThan(250);
    for (const word of stopwords) {
      expect(word, word).toMatch(/^\p{Ll}+$/u);
      expect(word.normalize('NFC'), word).toBe(word);
    }
  });

  it.each([
    [
      'it',
      'il di che è dell nell l c quest un gl glielo fossero avrebbero faccio stavano può insomma perche piu',
    ],
    ['en', 'the of and is was don t s ll whom themselves would although'],
    ['fr', 'le la les l d qu jusqu lorsqu été eussent leurs aujourd hui'],
    ['es', 'el los las y del al habían estuvieron según también'],
    ['pt', 'o os um não pelo pela nele daquela têm estão também'],
    ['de', 'der die das und nicht dass daß würde zum im über'],
  ])('%s: covers function words and their forms', (code, words) => {
    const { stopwords } = languageData(code);
    for (const word of words.split(' ')) expect(stopwords.has(word), word).toBe(true);
  });

  it.each([
    ['it', 'governo sanzioni russia presidente guerra'],
    ['en', 'government state president war people'],
    ['fr', 'gouvernement état président guerre'],
    ['es', 'gobierno estado cambio presidente guerra'],
    ['pt', 'governo estado presidente guerra'],
    ['de', 'regierung staat präsident krieg'],
  ])('%s: leaves content words out', (code, words) => {
    const { stopwords } = languageData(code);
    for (const word of words.split(' ')) expect(stopwords.has(word), word).toBe(false);
  });
});

describe('abbreviations', () => {
  it.each(LANGUAGES)('%s: lower-case, without final period or spaces', (code) => {
    const { titles, common } = languageData(code).abbreviations;
    expect(titles.size).toBeGreaterThan(10);
    expect(common.size).toBeGreaterThan(5);
    for (const entry of [...titles, ...common]) {
      expect(entry, entry).toBe(entry.toLowerCase());
      expect(entry, entry).not.toMatch(/^$|\s|\.$|^\./);
    }
  });

  it.each(STRICT_LANGUAGES)('%s: no abbreviation is both a title and a sentence closer', (code) => {
    const { titles, common } = languageData(code).abbreviations;
    expect([...titles].filter((entry) => common.has(entry))).toEqual([]);
  });

  it.each([
    ['en', 'mr mrs dr prof st', 'etc inc ltd'],
    ['fr', 'm mme mlle dr', 'etc'],
    ['es', 'sr sra dña dr', 'etc s.a'],
    ['pt', 'sr sra dr', 'etc ltda'],
    ['de', 'hr fr dr prof nr z.b', 'usw u.a'],
  ])('%s: knows the usual titles and closers', (code, titleList, commonList) => {
    const { titles, common } = languageData(code).abbreviations;
    for (const entry of titleList.split(' ')) expect(titles.has(entry), entry).toBe(true);
    for (const entry of commonList.split(' ')) expect(common.has(entry), entry).toBe(true);
  });

  it('does not let a word that often ends a sentence pass as a title', () => {
    expect(languageData('en').abbreviations.titles.has('no')).toBe(false);
    expect(languageData('fr').abbreviations.titles.has('mer')).toBe(false);
    expect(languageData('es').abbreviations.titles.has('mar')).toBe(false);
    expect(languageData('de').abbreviations.titles.has('art')).toBe(false);
  });
});

describe('elisions', () => {
  it.each(LANGUAGES)('%s: lower-case, without spaces or a final apostrophe', (code) => {
    for (const entry of languageData(code).elisions) expect(entry, entry).toMatch(/^\p{Ll}[^\s]*(?<!['’])$/u);
  });

  it.each(STRICT_LANGUAGES)('%s: letters only', (code) => {
    for (const entry of languageData(code).elisions) expect(entry, entry).toMatch(/^\p{Ll}+$/u);
  });

  it('has the French elided forms', () => {
    const { elisions } = languageData('fr');
    for (const form of 'l d j m t s c n qu jusqu lorsqu puisqu quoiqu'.split(' ')) {
      expect(elisions.has(form), form).toBe(true);
    }
    // Words with an apostrophe inside are one word.
    for (const part of 'aujourd quelqu presqu prud'.split(' ')) expect(elisions.has(part), part).toBe(false);
  });

  it('has none for English, Spanish and German', () => {
    for (const code of ['en', 'es', 'de']) expect(languageData(code).elisions.size, code).toBe(0);
  });
});

describe('stemmers', () => {
  it.each([
    ['it', 'sanzioni', 'sanzione'],
    ['en', 'running', 'run'],
    ['en', 'elections', 'election'],
    ['fr', 'nationales', 'national'],
    ['es', 'elecciones', 'elección'],
    ['pt', 'cidades', 'cidade'],
    ['de', 'Regierungen', 'Regierung'],
  ])('%s: %s and %s share a stem', (code, a, b) => {
    const { stem } = languageData(code);
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps different words apart', () => {
    expect(languageData('it').stem('sanzioni')).not.toBe(languageData('it').stem('sanità'));
  });
});
