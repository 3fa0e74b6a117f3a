import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../../../src/core/summarize/budget.js';
import { MaxHeap } from '../../../src/core/summarize/heap.js';
import { isQuoteOnly } from '../../../src/core/summarize/quotes.js';

describe('resolveBudget', () => {
  it('defaults to three sentences and no word limit', () => {
    expect(resolveBudget({}, 40)).toEqual({ sentences: 3, words: Infinity });
  });

  it('turns a ratio into a count of at least one, and 0 into nothing', () => {
    expect(resolveBudget({ ratio: 0.25 }, 40).sentences).toBe(10);
    expect(resolveBudget({ ratio: 0.001 }, 40).sentences).toBe(1);
    expect(resolveBudget({ ratio: 0 }, 40).sentences).toBe(0);
  });

  it('with a word budget only, limits words and not sentences', () => {
    expect(resolveBudget({ words: 50 }, 40)).toEqual({ sentences: Infinity, words: 50 });
  });

  it('keeps the tighter of two sentence limits', () => {
    expect(resolveBudget({ sentences: 2, ratio: 0.5 }, 40).sentences).toBe(2);
    expect(resolveBudget({ sentences: 30, ratio: 0.1 }, 40).sentences).toBe(4);
  });
});

describe('MaxHeap', () => {
  it('pops the highest key first and the earlier sentence on ties', () => {
    const heap = new MaxHeap(6);
    for (const [id, key] of [
      [4, 0.5],
      [2, 0.9],
      [7, 0.5],
      [1, 0.1],
      [3, 0.9],
    ] as const)
      heap.push(id, key);
    const order: number[] = [];
    while (heap.size > 0) order.push(heap.pop());
    expect(order).toEqual([2, 3, 4, 7, 1]);
  });
});

describe('isQuoteOnly', () => {
  it('recognises a sentence that is one quotation', () => {
    expect(isQuoteOnly('«Non ci fermeremo».')).toBe(true);
    expect(isQuoteOnly('“We will not stop.”')).toBe(true);
    expect(isQuoteOnly('"We will not stop," ')).toBe(true);
  });

  it('rejects reported speech and quotations with text around them', () => {
    expect(isQuoteOnly('Il ministro ha detto: «Non ci fermeremo».')).toBe(false);
    expect(isQuoteOnly('«Non ci fermeremo», ha detto il ministro.')).toBe(false);
    expect(isQuoteOnly('“Yes,” he said, “we will.”')).toBe(false);
    expect(isQuoteOnly('Nessuna virgoletta qui.')).toBe(false);
  });
});
