import { describe, expect, it } from 'vitest';
import { SUMMARY_ALGORITHMS, type Summary, summarize } from '../../../src/core/summarize/index.js';
import { CENTRAL_IT, CONTAINED_IT, LAYOUT_SENTENCES, LUHN_EN, NEWS_IT } from './samples.js';

/** The chosen sentences' texts. */
function texts(summary: Summary): string[] {
  return summary.sentences.map((s) => s.text);
}

describe('summarize: result shape', () => {
  it('returns plain data: language, algorithm, sentences with offsets, score and index', () => {
    const summary = summarize(CENTRAL_IT, { language: 'it', sentences: 2 });
    expect(summary.language).toBe('it');
    expect(summary.algorithm).toBe('blend');
    expect(summary.sentenceCount).toBe(5);
    expect(summary.sentences).toHaveLength(2);
    for (const s of summary.sentences) {
      expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'score', 'index']);
      expect(CENTRAL_IT.slice(s.start, s.end)).toBe(s.text);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(summary.explanation).toBeUndefined();
  });

  it('gives three sentences when no length is asked', () => {
    expect(summarize(CENTRAL_IT, { language: 'it' }).sentences).toHaveLength(3);
  });

  it('returns nothing for an empty text', () => {
    expect(summarize('', { language: 'it' }).sentences).toEqual([]);
    expect(summarize('   \n\n  ', { language: 'it', sentences: 5 }).sentences).toEqual([]);
  });

  it('detects the language when none is given', () => {
    expect(summarize(LUHN_EN).language).toBe('en');
  });
});

describe('summarize: what may be chosen', () => {
  it('never picks headings, metadata or one-word fragments', () => {
    const text = `date 2024-03 ${NEWS_IT}`;
    const all = summarize(text, { language: 'it', sentences: 100 });
    const chosen = texts(all);
    expect(chosen).not.toContain('ROMA.');
    expect(chosen).not.toContain('Le reazioni');
    expect(chosen.some((t) => t.includes('2024-03'))).toBe(false);
  });

  it('never picks both the standfirst and the body sentence it repeats', () => {
    for (const algorithm of SUMMARY_ALGORITHMS) {
      const chosen = texts(summarize(NEWS_IT, { language: 'it', sentences: 100, algorithm }));
      const copies = chosen.filter((t) => t.startsWith('Il governo approva il piano'));
      expect(copies, algorithm).toHaveLength(1);
    }
  });

  it('never picks a standfirst together with the longer sentence that contains it', () => {
    for (const algorithm of SUMMARY_ALGORITHMS) {
      const chosen = texts(summarize(CONTAINED_IT, { language: 'it', sentences: 10, algorithm }));
      expect(
        chosen.filter((t) => t.startsWith('Il governo approva')),
        algorithm,
      ).toHaveLength(1);
    }
  });

  it('never repeats a sentence that occurs twice in the text', () => {
    const twice = `${CENTRAL_IT} ${CENTRAL_IT}`;
    for (const algorithm of SUMMARY_ALGORITHMS) {
      const chosen = texts(summarize(twice, { language: 'it', sentences: 10, algorithm }));
      expect(new Set(chosen).size, algorithm).toBe(chosen.length);
    }
  });

  it('ranks a bare quotation below the same words reported', () => {
    const text = [
      'Il sindaco ha inaugurato il nuovo ponte sul fiume dopo due anni di lavori.',
      '«Il nuovo ponte sul fiume cambia la vita di tutta la città dopo due anni».',
      'Il nuovo ponte sul fiume cambia la vita della città dopo due anni, ha detto il sindaco.',
    ].join(' ');
    const { explanation } = summarize(text, { language: 'it', sentences: 1, explain: true });
    expect(explanation![1]!.score).toBeLessThan(explanation![2]!.score);
  });
});

describe('summarize: algorithms on texts with an obvious answer', () => {
  it('lead takes the first sentences', () => {
    expect(
      summarize(CENTRAL_IT, { language: 'it', sentences: 2, algorithm: 'lead' }).sentences.map(
        (s) => s.index,
      ),
    ).toEqual([0, 1]);
  });

  it('textrank and lexrank put the sentence linked to all others first and the off-topic one last', () => {
    for (const algorithm of ['textrank', 'lexrank'] as const) {
      const { explanation } = summarize(CENTRAL_IT, {
        language: 'it',
        sentences: 1,
        algorithm,
        explain: true,
      });
      const scores = explanation!.map((e) => e.score);
      expect(Math.max(...scores), algorithm).toBe(scores[1]);
      expect(Math.min(...scores), algorithm).toBe(scores[4]);
    }
  });

  it('luhn picks the dense cluster of the text’s repeated words', () => {
    const summary = summarize(LUHN_EN, { language: 'en', sentences: 1, algorithm: 'luhn' });
    expect(summary.sentences[0]!.text).toMatch(/^The council approved the bridge budget/);
  });

  it('centroid picks the sentence that covers the repeated vocabulary', () => {
    const summary = summarize(LUHN_EN, { language: 'en', sentences: 1, algorithm: 'centroid' });
    expect(summary.sentences[0]!.index).not.toBe(3);
    expect(summary.sentences[0]!.text).toMatch(/bridge/);
  });

  it('blend keeps the lead and never picks the off-topic sentence', () => {
    const chosen = summarize(CENTRAL_IT, { language: 'it', sentences: 3 }).sentences.map((s) => s.index);
    expect(chosen[0]).toBe(0);
    expect(chosen).not.toContain(4);
  });

  it('blend trusts the lead in running text and in one-sentence lines, content across paragraphs', () => {
    const [a, b, c, d, e, f, g] = LAYOUT_SENTENCES;
    const pick = (text: string): number[] =>
      summarize(text, { language: 'it', sentences: 1 }).sentences.map((s) => s.index);
    expect(pick(LAYOUT_SENTENCES.join(' '))).toEqual([0]);
    expect(pick(LAYOUT_SENTENCES.join('\n'))).toEqual([0]);
    expect(pick(`${a} ${b}\n\n${c} ${d}\n\n${e} ${f} ${g}`)).toEqual([4]);
  });

  it('blend keeps the lead of running text over a longer, more central second sentence', () => {
    const text = [
      'Il consiglio comunale ha approvato ieri sera il piano del traffico.',
      'Il piano del traffico del centro storico, discusso per mesi dal consiglio comunale con i comitati del centro storico e con i commercianti del centro storico, prevede zone pedonali nel centro storico, parcheggi per i residenti del centro storico e bus elettrici per il centro storico.',
      'Le opposizioni in consiglio comunale hanno votato contro il piano del traffico.',
      'I comitati del centro storico hanno chiesto un incontro sul piano del traffico.',
      'Il sindaco ha detto che il piano del traffico partirà a gennaio nel centro storico.',
    ].join(' ');
    expect(summarize(text, { language: 'it', sentences: 1 }).sentences.map((s) => s.index)).toEqual([0]);
  });

  it('blend takes a short kicker before the lead for a hook, not for the lead', () => {
    const text = [
      'Forse è la volta buona.',
      'La polizia ha arrestato a Modena una coppia di ladri che da mesi derubava gli anziani fingendo di vendere castagne al mercato.',
      'I due erano ricercati da tempo dai carabinieri di tutta la provincia e sono stati fermati ieri mattina in piazza Grande dopo la segnalazione di un passante.',
      'Nelle ultime settimane almeno dieci anziani erano stati derubati nei mercati della città, quasi sempre con lo stesso trucco delle castagne.',
      'Gli anziani derubati hanno riconosciuto i due ladri in questura e hanno potuto riavere una parte del denaro rubato.',
    ].join(' ');
    expect(summarize(text, { language: 'it', sentences: 1 }).sentences.map((s) => s.index)).toEqual([1]);
  });

  it('every algorithm leaves the off-topic weather line out of a two-sentence summary', () => {
    for (const algorithm of SUMMARY_ALGORITHMS) {
      const chosen = texts(summarize(NEWS_IT, { language: 'it', sentences: 2, algorithm }));
      expect(
        chosen.some((t) => t.includes('pioggia')),
        algorithm,
      ).toBe(false);
    }
  });
});

describe('summarize: length options', () => {
  it('-n larger than the text returns every sentence that may be chosen, once, in order', () => {
    const summary = summarize(CENTRAL_IT, { language: 'it', sentences: 50 });
    expect(summary.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('0 sentences and ratio 0 give an empty summary', () => {
    expect(summarize(CENTRAL_IT, { language: 'it', sentences: 0 }).sentences).toEqual([]);
    expect(summarize(CENTRAL_IT, { language: 'it', ratio: 0 }).sentences).toEqual([]);
  });

  it('ratio keeps a share of the sentences, at least one', () => {
    expect(summarize(CENTRAL_IT, { language: 'it', ratio: 0.4 }).sentences).toHaveLength(2);
    expect(summarize(CENTRAL_IT, { language: 'it', ratio: 0.01 }).sentences).toHaveLength(1);
    expect(summarize(CENTRAL_IT, { language: 'it', ratio: 1 }).sentences).toHaveLength(5);
  });

  it('a word budget is never exceeded; --words 1 fits no sentence', () => {
    expect(summarize(CENTRAL_IT, { language: 'it', words: 1 }).sentences).toEqual([]);
    for (const words of [5, 12, 20, 30, 45]) {
      const summary = summarize(CENTRAL_IT, { language: 'it', words });
      const used = summary.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
      expect(used).toBeLessThanOrEqual(words);
    }
  });

  it('a word budget skips a long sentence for a shorter one that fits', () => {
    const summary = summarize(CENTRAL_IT, { language: 'it', words: 10, algorithm: 'lead' });
    expect(summary.sentences.map((s) => s.index)).toEqual([0]);
    const budget = summarize(CENTRAL_IT, { language: 'it', words: 20, algorithm: 'lead' });
    expect(budget.sentences.map((s) => s.index)).toEqual([0, 2]);
  });

  it('combined limits stop at the first reached', () => {
    expect(summarize(CENTRAL_IT, { language: 'it', sentences: 1, words: 100 }).sentences).toHaveLength(1);
    expect(summarize(CENTRAL_IT, { language: 'it', ratio: 1, sentences: 2 }).sentences).toHaveLength(2);
  });

  it('rejects lengths that mean nothing and unknown algorithms', () => {
    expect(() => summarize(CENTRAL_IT, { sentences: -1 })).toThrow(RangeError);
    expect(() => summarize(CENTRAL_IT, { sentences: 1.5 })).toThrow(RangeError);
    expect(() => summarize(CENTRAL_IT, { ratio: 1.5 })).toThrow(RangeError);
    expect(() => summarize(CENTRAL_IT, { ratio: Number.NaN })).toThrow(RangeError);
    expect(() => summarize(CENTRAL_IT, { words: -3 })).toThrow(RangeError);
    expect(() => summarize(CENTRAL_IT, { algorithm: 'magic' as never })).toThrow(RangeError);
  });
});

describe('summarize: explain', () => {
  it('lists every sentence with a fate that agrees with the summary', () => {
    const summary = summarize(NEWS_IT, { language: 'it', sentences: 2, explain: true });
    const explanation = summary.explanation!;
    expect(explanation).toHaveLength(summary.sentenceCount);
    const selected = explanation.filter((e) => e.fate === 'selected').map((e) => e.index);
    expect(selected).toEqual(summary.sentences.map((s) => s.index));
    expect(explanation.find((e) => e.text === 'ROMA.')!.fate).toBe('fragment');
    expect(explanation.find((e) => e.text === 'Le reazioni')!.fate).toBe('heading');
    const chosen = explanation.find((e) => e.fate === 'selected')!;
    expect(Object.keys(chosen.signals)).toEqual(['centrality', 'position', 'coverage']);
  });

  it('marks the near-copy of a chosen sentence as redundant', () => {
    const { explanation } = summarize(NEWS_IT, { language: 'it', sentences: 100, explain: true });
    const copies = explanation!.filter((e) => e.text.startsWith('Il governo approva il piano'));
    expect(copies.map((e) => e.fate).sort()).toEqual(['redundant', 'selected']);
  });

  it('says when a sentence did not fit the word budget', () => {
    const { explanation } = summarize(CENTRAL_IT, {
      language: 'it',
      words: 10,
      algorithm: 'lead',
      explain: true,
    });
    expect(explanation!.map((e) => e.fate)).toEqual([
      'selected',
      'over-budget',
      'over-budget',
      'over-budget',
      'over-budget',
    ]);
  });
});
