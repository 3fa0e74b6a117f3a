import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../../../src/core/segment/dateline.js';
import { segmentText } from '../../../src/core/segment/index.js';

/** The text that follows the dateline of the first sentence of `text`. */
function restOf(text: string, language = 'it'): string {
  const seg = segmentText(text, { language });
  const first = seg.sentences[0]!;
  const k = datelineEnd(seg.tokens, first.tokenStart, first.tokenEnd);
  return k >= first.tokenEnd ? '' : text.slice(seg.tokens.start[k]!, first.end);
}

describe('datelineEnd', () => {
  it.each([
    ['ROMA – Il governo ha approvato la manovra.', 'Il governo ha approvato la manovra.'],
    ['MILANO, 12 settembre – Al via la settimana della moda.', 'Al via la settimana della moda.'],
    ['(ANSA) - BOLOGNA, 14 OTT - Allerta rossa in Romagna.', 'Allerta rossa in Romagna.'],
    ['SAN GIOVANNI ROTONDO — I pellegrini sono arrivati.', 'I pellegrini sono arrivati.'],
    ['NEW YORK (Reuters) - Stocks rose on Monday.', 'Stocks rose on Monday.'],
  ])('reads past the dateline of %s', (text, expected) => {
    expect(restOf(text)).toBe(expected);
  });

  it('reads a credit alone as all credit', () => {
    expect(restOf('(ANSA).')).toBe('');
  });

  it.each([
    ['Roma – Il governo ha approvato la manovra.'],
    ['UE e USA hanno firmato l’accordo.'],
    ['Il PD – ha detto il segretario – non cambia linea.'],
    ['ROMA'],
  ])('finds no dateline in %s', (text) => {
    expect(restOf(text)).toBe(text);
  });
});
