import { describe, expect, it } from 'vitest';
import { languageData } from '../../../src/core/lang/index.js';
import { segmentText } from '../../../src/core/segment/index.js';
import { buildDocument } from '../../../src/core/summarize/document.js';
import { isParagraphed } from '../../../src/core/summarize/layout.js';

/** Whether an Italian text counts as laid out in paragraphs. */
function paragraphed(text: string): boolean {
  return isParagraphed(buildDocument(segmentText(text, { language: 'it' }), languageData('it')));
}

const ONE = 'Il sindaco ha aperto il ponte nuovo sul fiume.';
const TWO = 'I lavori sono durati due anni e sono costati molto.';
const THREE = 'Gli abitanti del quartiere hanno festeggiato tutta la sera.';

describe('isParagraphed', () => {
  it('is false for one block of running text and for one sentence per line', () => {
    expect(paragraphed(`${ONE} ${TWO} ${THREE}`)).toBe(false);
    expect(paragraphed(`${ONE}\n${TWO}\n${THREE}`)).toBe(false);
    expect(paragraphed(`${ONE}\n\n${TWO}\n\n${THREE}`)).toBe(false);
  });

  it('is true when most sentences share a paragraph with others', () => {
    expect(paragraphed(`${ONE}\n\n${TWO} ${THREE} ${ONE}`)).toBe(true);
    expect(paragraphed(`${ONE} ${TWO}\n\n${THREE} ${ONE}`)).toBe(true);
  });
});
