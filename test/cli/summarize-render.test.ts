import { describe, expect, it } from 'vitest';
import { makeChalk } from '../../src/cli/color.js';
import type { SummarizeCliResult } from '../../src/cli/commands/summarize.js';
import { renderSummary } from '../../src/cli/render/summarize.js';
import { stripAnsi } from '../../src/cli/render/wrap.js';

const TEXT = 'Il sindaco ha aperto il ponte nuovo. Piove. Il ponte nuovo unisce i due quartieri della città.';

/** A summary result written by hand, so the renderer is tested without the core. */
function result(extra: Partial<SummarizeCliResult> = {}): SummarizeCliResult & { file: string } {
  const sentence = (text: string, index: number, score: number) => {
    const start = TEXT.indexOf(text);
    return { start, end: start + text.length, text, score, index };
  };
  return {
    file: 'a.txt',
    language: 'it',
    algorithm: 'blend',
    sentences: [
      sentence('Il sindaco ha aperto il ponte nuovo.', 0, 1),
      sentence('Il ponte nuovo unisce i due quartieri della città.', 2, 0.8),
    ],
    sentenceCount: 3,
    ...extra,
  };
}

const plain = { color: makeChalk(0), width: 80 };

describe('renderSummary', () => {
  it('prints the sentences as paragraphs and a count line', () => {
    expect(renderSummary(result(), plain)).toBe(
      'Il sindaco ha aperto il ponte nuovo.\n\nIl ponte nuovo unisce i due quartieri della città.\n\n2 of 3 sentences · blend · language it\n',
    );
  });

  it('wraps long sentences at the width', () => {
    const out = renderSummary(result(), { color: makeChalk(0), width: 30 });
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
    expect(out).toContain('Il ponte nuovo unisce i due\nquartieri della città.');
  });

  it('colours highlighted spans, including part of a word, and nothing else', () => {
    const color = makeChalk(1);
    const phrase = TEXT.indexOf('ponte nuovo');
    const inside = TEXT.indexOf('quartieri') + 'quar'.length;
    const highlights = [
      { start: phrase, end: phrase + 11, keyphrase: 'ponte nuovo' },
      { start: inside, end: inside + 5, keyphrase: 'tieri' },
    ];
    const out = renderSummary(result({ highlights }), { color, width: 80 });
    expect(stripAnsi(out)).toBe(renderSummary(result(), plain));
    const hi = (s: string): string => color.bold.yellow(s);
    expect(out).toContain(`il ${hi('ponte')} ${hi('nuovo')}.\n`);
    expect(out).toContain(`quar${hi('tieri')} della`);
    expect(out).toContain('Il ponte nuovo unisce');
  });

  it('prints only the count line for an empty summary', () => {
    expect(renderSummary(result({ sentences: [] }), plain)).toBe('0 of 3 sentences · blend · language it\n');
  });

  it('explains every sentence with number, mark, score, fate and signals', () => {
    const explanation = [
      {
        index: 0,
        start: 0,
        end: 36,
        text: 'Il sindaco ha aperto il ponte nuovo.',
        score: 1,
        fate: 'selected' as const,
        signals: { centrality: 0.5 },
      },
      { index: 1, start: 37, end: 43, text: 'Piove.', score: 0, fate: 'fragment' as const, signals: {} },
    ];
    expect(renderSummary(result({ explanation }), plain)).toBe(
      [
        '1 ✓ 1.000 chosen',
        '    Il sindaco ha aperto il ponte nuovo.',
        '    centrality 0.50',
        '2 · 0.000 fragment',
        '    Piove.',
        '',
        '2 of 3 sentences · blend · language it',
        '',
      ].join('\n'),
    );
  });
});
