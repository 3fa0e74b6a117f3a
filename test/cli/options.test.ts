import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { integerParser, parseLanguage, rangeParser, ratioParser } from '../../src/cli/options.js';

describe('parseLanguage', () => {
  it('accepts auto, the known codes and any other two-letter code, lower-cased', () => {
    expect(parseLanguage('auto')).toBe('auto');
    expect(parseLanguage('IT')).toBe('it');
    expect(parseLanguage('pl')).toBe('pl');
  });

  it('refuses anything else', () => {
    for (const bad of ['ita', 'italian', '', 'i', 'e1']) {
      expect(() => parseLanguage(bad)).toThrow(InvalidArgumentError);
    }
  });
});

describe('integerParser', () => {
  const count = integerParser({ min: 1, max: 100 });

  it('parses whole numbers within bounds', () => {
    expect(count('10')).toBe(10);
    expect(count(' 1 ')).toBe(1);
    expect(count('100')).toBe(100);
  });

  it('refuses words, fractions, negatives and values out of bounds', () => {
    for (const bad of ['abc', '2.5', '-3', '0', '101', '1e2', '']) {
      expect(() => count(bad), bad).toThrow(InvalidArgumentError);
    }
  });

  it('says the bounds in its message', () => {
    expect(() => integerParser({ min: 0 })('-3')).toThrow('expected a whole number of at least 0.');
  });
});

describe('ratioParser', () => {
  const ratio = ratioParser();

  it('parses fractions and percentages from 0 to 1', () => {
    expect(ratio('0.2')).toBe(0.2);
    expect(ratio('.5')).toBe(0.5);
    expect(ratio('0')).toBe(0);
    expect(ratio('1')).toBe(1);
    expect(ratio('25%')).toBe(0.25);
  });

  it('refuses values outside the bounds or not numbers', () => {
    for (const bad of ['7', '-0.1', '150%', 'half', '']) {
      expect(() => ratio(bad), bad).toThrow(InvalidArgumentError);
    }
  });
});

describe('rangeParser', () => {
  const ngram = rangeParser({ min: 1, max: 5 });

  it('parses MIN..MAX and a single number', () => {
    expect(ngram('1..3')).toEqual([1, 3]);
    expect(ngram('2')).toEqual([2, 2]);
  });

  it('refuses reversed, unbounded or malformed ranges', () => {
    for (const bad of ['3..1', '0..2', '1..9', '1-3', '..2', 'a..b']) {
      expect(() => ngram(bad), bad).toThrow(InvalidArgumentError);
    }
  });
});
