import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../../src/cli/color.js';
import { stripAnsi, visibleWidth, wrapPieces, wrapText } from '../../../src/cli/render/wrap.js';

describe('wrapPieces', () => {
  it('wraps under the prefix, measuring visible width only', () => {
    const red = makeChalk(1).red;
    const text = wrapPieces(['uno', red('due'), 'tre', 'quattro'], {
      width: 14,
      prefix: '1. ',
      separator: ' ',
    });
    expect(stripAnsi(text)).toBe('1. uno due tre\n   quattro');
  });

  it('gives a piece wider than the line a line of its own', () => {
    expect(wrapPieces(['a', 'supercalifragilistico', 'b'], { width: 10 })).toBe(
      'a\nsupercalifragilistico\nb',
    );
  });

  it('keeps every piece, in order, and no line wider than the width unless it holds one piece', () => {
    const word = fc.stringMatching(/^[a-zàèéìòù’.,]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 14, max: 100 }), (words, width) => {
        const lines = wrapPieces(words, { width, prefix: '12 # ' }).split('\n');
        const pieces = lines.map((line) => line.slice(5).split(' ').filter(Boolean));
        expect(pieces.flat()).toEqual(words);
        for (const [i, line] of lines.entries()) {
          expect(visibleWidth(line) <= width || pieces[i]!.length === 1).toBe(true);
          if (i > 0) expect(line.startsWith('     ')).toBe(true);
        }
      }),
    );
  });
});

describe('wrapText', () => {
  it('folds whitespace and line breaks into single spaces', () => {
    expect(wrapText('Il  sindaco\nha parlato.', { width: 80 })).toBe('Il sindaco ha parlato.');
  });
});
