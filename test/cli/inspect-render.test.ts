import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInspect } from '../../src/cli/render/inspect.js';
import { stripAnsi, visibleWidth } from '../../src/cli/render/wrap.js';
import type { FileResult } from '../../src/cli/runner.js';
import type { InspectResult } from '../../src/core/inspect/index.js';

const plain = new Chalk({ level: 0 });

/** A small overview written for these tests. */
function result(overrides: Partial<InspectResult> = {}): FileResult<InspectResult> {
  return {
    file: 'a.txt',
    language: 'it',
    text: {
      language: { code: 'it', name: 'Italian', confidence: 0.9 },
      metadata: [],
      title: 'Treni fermi',
      standfirst: null,
      headings: [],
      counts: { paragraphs: 2, headings: 0, sentences: 4, words: 1234, characters: 5678 },
      readingMinutes: 6.6,
      wordsPerMinute: 188,
    },
    readability: {
      counts: { sentences: 4, words: 60, letters: 300, syllables: 120 },
      score: { index: 'gulpease', name: 'Gulpease', value: 62.5, band: 'easy', audience: 'middle school' },
      wordsPerSentence: 15,
      lettersPerWord: 5,
      syllablesPerWord: 2,
      lexicalDiversity: { measure: 'mtld', value: null, threshold: 0.72 },
    },
    keyphrases: [
      { text: 'treni', score: 1, count: 3, name: false },
      { text: 'Lombardia', score: 0.5, count: 1, name: true },
    ],
    entities: {
      people: [],
      places: [{ text: 'Lombardia', count: 1, role: null, aliases: [] }],
      organisations: [],
      other: [],
    },
    quotes: { count: 0, speakers: [], unattributed: 0, quotes: [] },
    summary: [{ text: 'I treni sono fermi.', start: 0, end: 19 }],
    ...overrides,
  };
}

describe('renderInspect', () => {
  it('draws each keyphrase bar in proportion to its score', () => {
    const out = renderInspect(result(), { color: plain, width: 80 });
    const full = out.split('\n').find((l) => l.includes('treni'))!;
    const half = out.split('\n').find((l) => l.includes('Lombardia  '))!;
    const cells = (line: string): number => line.match(/[█▏▎▍▌▋▊▉]/gu)?.length ?? 0;
    expect(cells(full)).toBe(24);
    expect(cells(half)).toBe(12);
    expect(full).toMatch(/1\.00 {2}×3$/u);
  });

  it('says when a section found nothing and when a measure is undefined', () => {
    const out = renderInspect(result(), { color: plain, width: 80 });
    expect(out).toMatch(/QUOTES\n {2}none found/u);
    expect(out).toContain('MTLD n/a (text too short)');
    expect(out).toMatch(/Title {10}Treni fermi/u);
    expect(out).toContain('1,234 words · 5,678 characters');
    expect(out).toContain('about 7 min (188 words a minute)');
  });

  it('says when the language has no readability formula', () => {
    const r = result();
    const out = renderInspect(
      { ...r, readability: { ...r.readability, score: null, syllablesPerWord: null } },
      { color: plain, width: 80 },
    );
    expect(out).toContain('no readability formula for this language');
    expect(out).toContain('5.00 letters on average');
  });

  it('lists people with their role and other names, aligned', () => {
    const people = [
      { text: 'Carla Benedetti', count: 3, role: 'sindaco di Milano', aliases: ['Benedetti'] },
      { text: 'Ugo Re', count: 12, role: null, aliases: [] },
    ];
    const r = result();
    const out = renderInspect({ ...r, entities: { ...r.entities, people } }, { color: plain, width: 80 });
    expect(out).toContain('  People         Carla Benedetti  ×3   sindaco di Milano · also Benedetti\n');
    expect(out).toContain('                 Ugo Re           ×12\n');
  });

  it('wraps every line to the width, whatever the width', () => {
    const r = result({
      summary: [{ text: 'Parola '.repeat(60).trim(), start: 0, end: 419 }],
      keyphrases: [
        { text: 'una frase chiave piuttosto lunga da tagliare', score: 0.7, count: 2, name: false },
      ],
    });
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 160 }), (width) => {
        const out = renderInspect(r, { color: plain, width });
        for (const line of out.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('renders the same text with colour once the colour codes are removed', () => {
    const coloured = renderInspect(result(), { color: new Chalk({ level: 1 }), width: 80 });
    expect(coloured).not.toBe(stripAnsi(coloured));
    expect(stripAnsi(coloured)).toBe(renderInspect(result(), { color: plain, width: 80 }));
  });
});
