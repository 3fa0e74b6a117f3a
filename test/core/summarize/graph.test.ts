import { describe, expect, it } from 'vitest';
import { languageData } from '../../../src/core/lang/index.js';
import { segmentText } from '../../../src/core/segment/index.js';
import { buildDocument, type SummaryDocument } from '../../../src/core/summarize/document.js';
import { buildGraph } from '../../../src/core/summarize/graph.js';
import { pagerank } from '../../../src/core/summarize/pagerank.js';
import { inverseSentenceFrequency, sentenceNorms } from '../../../src/core/summarize/weights.js';
import { CENTRAL_IT, CONTAINED_IT, NEWS_IT } from './samples.js';

/** The prepared document of an Italian text. */
function prepare(text: string): SummaryDocument {
  return buildDocument(segmentText(text, { language: 'it' }), languageData('it'));
}

/** A sentence's tf-isf vector as a map, for the brute-force cosine. */
function vector(doc: SummaryDocument, isf: Float64Array, s: number): Map<number, number> {
  const v = new Map<number, number>();
  for (let k = doc.termStart[s]!; k < doc.termStart[s + 1]!; k++) {
    v.set(doc.termIds[k]!, doc.termCounts[k]! * isf[doc.termIds[k]!]!);
  }
  return v;
}

/** Cosine similarity of two sparse vectors. */
function cosine(a: Map<number, number>, b: Map<number, number>): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  const norm = (v: Map<number, number>): number => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

describe('similarity graph', () => {
  it('on a short text holds exactly the pairs sharing a term, with their cosine, in both directions', () => {
    for (const text of [CENTRAL_IT, NEWS_IT]) {
      const doc = prepare(text);
      const isf = inverseSentenceFrequency(doc);
      const graph = buildGraph(doc, isf, sentenceNorms(doc, isf));
      for (const a of doc.candidates) {
        for (const b of doc.candidates) {
          if (a === b) continue;
          const expected = cosine(vector(doc, isf, a), vector(doc, isf, b));
          let found: number | undefined;
          for (let e = graph.offset[a]!; e < graph.offset[a + 1]!; e++)
            if (graph.target[e] === b) found = graph.cosine[e];
          if (expected === 0) expect(found).toBeUndefined();
          else expect(found).toBeCloseTo(expected, 5);
        }
      }
    }
  });

  it('measures how much a short sentence is contained in a longer one', () => {
    const doc = prepare(CONTAINED_IT);
    const isf = inverseSentenceFrequency(doc);
    const graph = buildGraph(doc, isf, sentenceNorms(doc, isf));
    const edge = (a: number, b: number): number => {
      for (let e = graph.offset[a]!; e < graph.offset[a + 1]!; e++) if (graph.target[e] === b) return e;
      return -1;
    };
    const copy = edge(0, 3);
    expect(graph.cosine[copy]!).toBeLessThan(0.5);
    expect(graph.containment[copy]!).toBeCloseTo(1, 5);
    expect(graph.containment[edge(3, 0)]!).toBeCloseTo(1, 5);
    expect(graph.containment[edge(1, 2)]!).toBeLessThan(0.2);
  });

  it('keeps at most 24 later neighbours per sentence on a long repetitive text', () => {
    const doc = prepare(Array.from({ length: 400 }, () => CENTRAL_IT).join('\n\n'));
    const isf = inverseSentenceFrequency(doc);
    const graph = buildGraph(doc, isf, sentenceNorms(doc, isf));
    for (const s of doc.candidates) {
      let later = 0;
      for (let e = graph.offset[s]!; e < graph.offset[s + 1]!; e++) if (graph.target[e]! > s) later++;
      expect(later).toBeLessThanOrEqual(24);
    }
    expect(graph.target.length).toBeLessThanOrEqual(doc.candidates.length * 2 * 24);
  });
});

describe('pagerank', () => {
  it('sums to one and ranks the hub of a star above its leaves', () => {
    const doc = prepare(CENTRAL_IT);
    const isf = inverseSentenceFrequency(doc);
    const graph = buildGraph(doc, isf, sentenceNorms(doc, isf));
    const rank = pagerank(graph, doc.candidates, graph.cosine);
    const total = Array.from(doc.candidates).reduce((sum, s) => sum + rank[s]!, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(rank[1]!).toBeGreaterThan(rank[0]!);
    expect(rank[1]!).toBeGreaterThan(rank[4]!);
  });
});
