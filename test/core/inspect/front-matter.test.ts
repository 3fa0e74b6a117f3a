import { describe, expect, it } from 'vitest';
import { frontMatter } from '../../../src/core/inspect/front-matter.js';
import { segmentText } from '../../../src/core/segment/index.js';

/** The front matter of an Italian text, as the paragraphs' texts. */
function front(text: string): { title: string | null; standfirst: string | null } {
  const seg = segmentText(text, { language: 'it' });
  const { title, standfirst } = frontMatter(text, seg);
  const at = (i: number): string | null =>
    i < 0 ? null : text.slice(seg.paragraphs[i]!.start, seg.paragraphs[i]!.end);
  return { title: at(title), standfirst: at(standfirst) };
}

const BODY = 'Il consiglio comunale ha approvato il bilancio. La seduta è durata tre ore.';

describe('front matter', () => {
  it('finds a title line and the standfirst under it', () => {
    const text = `Bilancio approvato a Lecco\n\nVia libera dopo tre ore di discussione in aula\n\n${BODY}`;
    expect(front(text)).toEqual({
      title: 'Bilancio approvato a Lecco',
      standfirst: 'Via libera dopo tre ore di discussione in aula',
    });
  });

  it('finds a standfirst that opens the text without a title', () => {
    const lead =
      'I consiglieri hanno discusso a lungo le voci di spesa del prossimo anno e alla fine hanno trovato un accordo su quasi tutto';
    expect(front(`${lead}\n\n${BODY}`)).toEqual({ title: null, standfirst: lead });
  });

  it('takes nothing from a text that starts with its body', () => {
    expect(front(`${BODY}\n\n${BODY}`)).toEqual({ title: null, standfirst: null });
  });

  it('needs body text after a title or a standfirst', () => {
    expect(front('Bilancio approvato a Lecco')).toEqual({ title: null, standfirst: null });
  });
});
