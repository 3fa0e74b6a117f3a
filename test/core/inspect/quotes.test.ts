import { describe, expect, it } from 'vitest';
import { quotesSection } from '../../../src/core/inspect/quotes.js';
import type { Quote } from '../../../src/core/quotes/types.js';

/** A quotation at `start` said by `name` (full name) through `mention`, or by nobody. */
function quote(start: number, mention: string | null, name: string | null = null): Quote {
  return {
    text: 'parole',
    start,
    end: start + 6,
    open: start - 1,
    close: start + 6,
    speaker:
      mention === null ? null : { text: mention, name, start: 0, end: mention.length, implicit: false },
    cue: null,
    cueSpan: null,
    type: 'speech',
    depth: 0,
  };
}

describe('quotes section', () => {
  it('counts quotations by speaker, full name first, most quoted first', () => {
    const section = quotesSection([
      quote(10, 'il ministro', 'Anna Neri'),
      quote(20, 'Rossi', 'Mario Rossi'),
      quote(30, null),
      quote(40, 'Neri', 'Anna Neri'),
      quote(50, 'il portavoce'),
    ]);
    expect(section.count).toBe(5);
    expect(section.unattributed).toBe(1);
    expect(section.speakers).toEqual([
      { speaker: 'Anna Neri', count: 2 },
      { speaker: 'Mario Rossi', count: 1 },
      { speaker: 'il portavoce', count: 1 },
    ]);
    expect(section.quotes[4]).toEqual({
      text: 'parole',
      speaker: 'il portavoce',
      type: 'speech',
      start: 50,
      end: 56,
    });
  });

  it('is empty for a text without quotations', () => {
    expect(quotesSection([])).toEqual({ count: 0, speakers: [], unattributed: 0, quotes: [] });
  });
});
