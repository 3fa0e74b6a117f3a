import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/cli/color.js';
import type { KeywordsCliResult } from '../../src/cli/commands/keywords.js';
import { renderKeywords } from '../../src/cli/render/keywords.js';
import { stripAnsi } from '../../src/cli/render/wrap.js';

const TEXT = 'Il porto di Genova riapre.\n\nIl sindaco Marco Neri visita il porto.';

/** A keywords result written by hand, so the renderer is tested without the core. */
function result(extra: Partial<KeywordsCliResult> = {}): KeywordsCliResult & { file: string } {
  const at = (s: string, from = 0) => ({
    start: TEXT.indexOf(s, from),
    end: TEXT.indexOf(s, from) + s.length,
  });
  return {
    file: 'a.txt',
    language: 'it',
    keywords: [
      {
        text: 'porto',
        key: 'port',
        score: 0.8123,
        count: 2,
        name: false,
        occurrences: [at('porto'), at('porto', 10)],
      },
      {
        text: 'Marco Neri',
        key: 'marco neri',
        score: 0.5,
        count: 1,
        name: true,
        occurrences: [at('Marco Neri')],
      },
    ],
    ...extra,
  };
}

const plain = { color: makeChalk(0), width: 80 };

describe('renderKeywords', () => {
  it('prints one numbered line per keyphrase and a count line', () => {
    expect(renderKeywords(result(), plain)).toBe(
      '1 0.812 porto ×2\n2 0.500 Marco Neri ×1 name\n2 keyphrases · language it\n',
    );
  });

  it('prints the text first with --highlight, paragraphs kept', () => {
    const out = renderKeywords(result({ text: TEXT }), plain);
    expect(
      out.startsWith('Il porto di Genova riapre.\n\nIl sindaco Marco Neri visita il porto.\n\n1 0.812'),
    ).toBe(true);
  });

  it('colours every occurrence of a keyphrase in the text, and only those', () => {
    const out = renderKeywords(result({ text: TEXT }), { color: makeChalk(1), width: 80 });
    const body = out.split('\n\n').slice(0, 2).join('\n\n');
    expect(stripAnsi(body)).toBe('Il porto di Genova riapre.\n\nIl sindaco Marco Neri visita il porto.');
    expect(body.match(/\u001b\[[0-9;]*mporto\u001b/g)).toHaveLength(2);
    expect(body).toMatch(/\u001b\[[0-9;]*mMarco\u001b/);
    expect(body).not.toMatch(/\u001b\[[0-9;]*mGenova/);
  });

  it('shows a phrase wrapped across lines in the input on one line', () => {
    const wrapped = result();
    wrapped.keywords[0]!.text = 'porto\n  di Genova';
    expect(renderKeywords(wrapped, plain)).toContain('1 0.812 porto di Genova ×2');
  });
});
