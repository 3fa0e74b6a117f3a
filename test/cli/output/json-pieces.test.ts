import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batched, jsonPieces } from '../../../src/cli/output/json-pieces.js';

/** JSON values with long arrays, nested objects, undefined members and strings that need escaping. */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1.5, 'a', '“x”\n', '\u2028', undefined),
    fc.string(),
    fc.array(tie('value'), { maxLength: 12 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, pretty or compact, at any depth', () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 1, max: 4 }),
        (value, indent, batch) => {
          const expected = JSON.stringify(value, null, indent) ?? 'null';
          expect([...jsonPieces(value, indent, 0, batch)].join('')).toBe(expected);
          if (indent > 0) {
            const nested = [...jsonPieces(value, indent, 1, batch)].join('');
            expect(nested).toBe(expected.replace(/\n/g, `\n${' '.repeat(indent)}`));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes a long array of tokens in many pieces, none of them long', () => {
    const tokens = Array.from({ length: 20_000 }, (_, i) => ({
      start: i,
      end: i + 1,
      text: 'x',
      kind: 'word',
    }));
    const result = { file: 'a.txt', tokens };
    const pieces = [...jsonPieces(result, 2)];
    expect(pieces.join('')).toBe(JSON.stringify(result, null, 2));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(result, null, 2).length / 4);
  });
});

describe('batched', () => {
  it('keeps the text and cuts it near the asked size', () => {
    const chunks = [...batched(['ab', 'cd', 'ef', 'g'], 3)];
    expect(chunks.join('')).toBe('abcdefg');
    expect(chunks).toEqual(['abcd', 'efg']);
  });
});
