/**
 * Scoring of `quotes()` on the held-out Italian articles of this folder: each `NN-name.txt` has an
 * annotation `NN-name.json`, a list of `{ text, speaker, mention? }` (`text`: the words between the
 * marks; `speaker`: the canonical full name, or null when the article never names the source;
 * `mention`: the source as written, given when it helps to judge an unnamed or organisational
 * speaker). Matching follows the evaluation kit: a predicted and a gold quotation match when their
 * common characters cover at least 80% of the longer text, one-to-one, greedy by overlap; a speaker
 * is right on an exact, containment or last-name match of `name ?? mention` against the gold ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quotes } from '../../../../src/core/quotes/index.js';

/** One annotated quotation. */
export interface GoldQuote {
  /** The words between the marks. */
  text: string;
  /** Canonical full name of the speaker, or null when the article never names it. */
  speaker: string | null;
  /** The speaker as written, when it helps to judge an unnamed or organisational speaker. */
  mention?: string;
}

/** One held-out article. */
export interface Article {
  /** File name without extension. */
  id: string;
  /** The article text. */
  text: string;
  /** Its annotated quotations. */
  gold: GoldQuote[];
}

/** A predicted quotation as the scorer sees it. */
export interface Predicted {
  /** The quoted words. */
  text: string;
  /** `speaker.name ?? speaker.text`, or null. */
  speaker: string | null;
}

/** Figures over the whole held-out set. */
export interface Figures {
  /** Annotated quotations. */
  gold: number;
  /** Predicted quotations. */
  predicted: number;
  /** Matched pairs. */
  matched: number;
  /** Matched pairs whose speaker is right. */
  speakerOk: number;
  /** Quote precision, recall and F1, in percent. */
  precision: number;
  recall: number;
  f1: number;
  /** Speaker accuracy over matched quotations, in percent. */
  speakerAccuracy: number;
  /** What went wrong, article by article (missed, spurious, wrong speaker). */
  errors: string[];
}

/*
 * Share of the longer text that the common characters must cover for two quotations to match, and
 * the shortest common block counted: the evaluation kit's values, so figures compare with it.
 */
const THRESHOLD = 0.8;
const MIN_BLOCK = 3;

const MARKS = '"“”«»‘’\'„‟‹›″`';
const EDGE = new RegExp(`^[\\s${MARKS}]+|[\\s${MARKS}]+$`, 'g');

/** Words that never identify a speaker on their own (articles, prepositions). */
const STOP = new Set(
  'il lo la i gli le un uno una di del della dei degli delle da dal dalla a al alla e ed in nel nella per con su sul de van von'.split(
    ' ',
  ),
);

/** Text with whitespace collapsed and surrounding marks stripped, as the kit compares quotations. */
function normText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().replace(EDGE, '');
}

/** Lower-case speaker text with punctuation made spaces, as the kit compares speakers. */
function normSpeaker(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»"()[\]{},.;:!?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Length of the longest common substring of `a[alo,ahi)` and `b[blo,bhi)` with its offsets. */
function longestCommon(a: string, alo: number, ahi: number, b: string, blo: number, bhi: number) {
  let best = { i: alo, j: blo, k: 0 };
  let prev = new Uint16Array(bhi - blo + 1);
  let cur = new Uint16Array(bhi - blo + 1);
  for (let i = alo; i < ahi; i++) {
    for (let j = blo; j < bhi; j++) {
      const k = j - blo + 1;
      cur[k] = a.charCodeAt(i) === b.charCodeAt(j) ? prev[k - 1]! + 1 : 0;
      if (cur[k]! > best.k) best = { i: i - cur[k]! + 1, j: j - cur[k]! + 1, k: cur[k]! };
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return best;
}

/** Characters the two texts share in common blocks (difflib-style recursion). */
function commonChars(a: string, b: string): number {
  let total = 0;
  const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [alo, ahi, blo, bhi] = top;
    if (ahi - alo < MIN_BLOCK || bhi - blo < MIN_BLOCK) continue;
    const { i, j, k } = longestCommon(a, alo, ahi, b, blo, bhi);
    if (k < MIN_BLOCK) continue;
    total += k;
    stack.push([alo, i, blo, j], [i + k, ahi, j + k, bhi]);
  }
  return total;
}

/** Share of the longer normalised text covered by the characters both texts share. */
function overlap(p: string, g: string): number {
  const longer = Math.max(p.length, g.length);
  if (p === g) return 1;
  if (p.includes(g) || g.includes(p)) return Math.min(p.length, g.length) / longer;
  return commonChars(p, g) / longer;
}

/** Lower-case words of a speaker. */
const tokens = (s: string): string[] =>
  normSpeaker(s)
    .split(/[\s']+/)
    .filter(Boolean);

/** Last word of a speaker that identifies it (three letters or more, not a function word). */
function lastContent(s: string): string | null {
  return (
    tokens(s)
      .reverse()
      .find((t) => t.length >= 3 && !STOP.has(t)) ?? null
  );
}

/** True when `needle` occurs in `hay` as a whole phrase. */
function containsPhrase(hay: string, needle: string): boolean {
  const n = normSpeaker(needle).replace(/'/g, ' ').trim();
  return n.length > 0 && ` ${normSpeaker(hay).replace(/'/g, ' ')} `.includes(` ${n} `);
}

/** True when a predicted speaker names the gold one: equal, contained, or sharing the last name. */
export function speakerMatches(pred: string | null, gold: GoldQuote): boolean {
  const refs = [gold.speaker, gold.mention].filter((r): r is string => r != null && r !== '');
  if (refs.length === 0) return pred === null;
  if (pred === null) return false;
  return refs.some((r) => {
    if (normSpeaker(pred) === normSpeaker(r) || containsPhrase(r, pred) || containsPhrase(pred, r))
      return true;
    const lp = lastContent(pred);
    const lr = lastContent(r);
    return (lp !== null && tokens(r).includes(lp)) || (lr !== null && tokens(pred).includes(lr));
  });
}

/** One-to-one pairs `[predicted, gold]` of matching quotations, best overlap first. */
export function matchQuotes(pred: readonly Predicted[], gold: readonly GoldQuote[]): [number, number][] {
  const cands: { p: number; g: number; r: number }[] = [];
  pred.forEach((pq, p) => {
    gold.forEach((gq, g) => {
      const a = normText(pq.text);
      const b = normText(gq.text);
      if (!a || !b || Math.min(a.length, b.length) / Math.max(a.length, b.length) < THRESHOLD) return;
      const r = overlap(a, b);
      if (r >= THRESHOLD) cands.push({ p, g, r });
    });
  });
  cands.sort((x, y) => y.r - x.r || x.g - y.g || x.p - y.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of cands) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([c.p, c.g]);
  }
  return pairs;
}

/** Every held-out article of `dir`, in file order. */
export function loadArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const gold = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as GoldQuote[];
      return { id, text: readFileSync(join(dir, f), 'utf8'), gold };
    });
}

/** Rounds a share to one decimal of a percent. */
const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

/** Runs `quotes()` on every article and scores it against the annotations. */
export function scoreArticles(articles: readonly Article[]): Figures {
  let predicted = 0;
  let gold = 0;
  let matched = 0;
  let speakerOk = 0;
  const errors: string[] = [];
  for (const a of articles) {
    const pred: Predicted[] = quotes(a.text, { language: 'it' }).quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker ? (q.speaker.name ?? q.speaker.text) : null,
    }));
    const pairs = matchQuotes(pred, a.gold);
    predicted += pred.length;
    gold += a.gold.length;
    matched += pairs.length;
    for (const [p, g] of pairs) {
      if (speakerMatches(pred[p]!.speaker, a.gold[g]!)) speakerOk++;
      else errors.push(`${a.id} speaker ${pred[p]!.speaker} ≠ ${a.gold[g]!.speaker}: ${a.gold[g]!.text}`);
    }
    const mp = new Set(pairs.map(([p]) => p));
    const mg = new Set(pairs.map(([, g]) => g));
    a.gold.forEach((q, g) => {
      if (!mg.has(g)) errors.push(`${a.id} missed: ${q.text}`);
    });
    pred.forEach((q, p) => {
      if (!mp.has(p)) errors.push(`${a.id} spurious (${q.speaker}): ${q.text}`);
    });
  }
  const precision = pct(matched, predicted);
  const recall = pct(matched, gold);
  const f1 = precision + recall === 0 ? 0 : Math.round((20 * precision * recall) / (precision + recall)) / 10;
  return {
    gold,
    predicted,
    matched,
    speakerOk,
    precision,
    recall,
    f1,
    speakerAccuracy: pct(speakerOk, matched),
    errors,
  };
}
