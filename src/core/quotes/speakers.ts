/**
 * Speakers in text order: written speakers are resolved to full names; implicit ones (pro-drop,
 * pronouns, floating quotations) take the previous speaker, which reported speech without marks also
 * sets (`ha detto il geologo Franco Lodi`); quotations before any speaker (a standfirst of
 * quotations) take the article's main speaker.
 */
import type { Attribution } from './attribute.js';
import { cueSubject } from './cue-subject.js';
import { type Mention, nameText } from './mentions.js';
import { canonicalName, type People } from './people.js';
import { cueAt } from './reporting.js';
import { resolveMention } from './resolve.js';
import { sentenceTopics, type Topic } from './topics.js';
import type { QuoteSpeaker } from './types.js';
import type { Context } from './words.js';

/** A speaker named with a reporting verb outside the quotations (reported speech). */
interface SpeechEvent {
  /** Offset of the verb. */
  at: number;
  /** The subject of the verb. */
  mention: Mention;
}

/*
 * Weights of the main-speaker score: each quotation or report attributed to a person counts 3, each
 * mention of the name 1, a mention in the first two sentences (headline, standfirst) 2 more. Speaking
 * is the strongest sign of being the article's voice; the headline names the protagonist.
 */
const SPOKE = 3;
const MENTIONED = 1;
const IN_HEADLINE = 2;

/** Subjects of the reporting verbs outside every quotation, in text order. */
function speechEvents(ctx: Context): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (w.depth !== 0 || w.sentence < 0) continue;
    const cue = cueAt(ctx, i);
    // Documents (`un’ordinanza che vieta`) and labels name no one who goes on speaking.
    if (!cue || cue.verb !== i || cue.kind === 'label' || cue.kind === 'document') continue;
    const first = ctx.seg.sentences[w.sentence]!.tokenStart;
    const m = cueSubject(ctx, cue, first, ctx.words.length);
    if (m && !m.pronoun) out.push({ at: w.start, mention: m });
  }
  return out;
}

/** The speaker record of a written mention. */
function speakerOf(ctx: Context, m: Mention, name: string | null, implicit: boolean): QuoteSpeaker {
  const start = ctx.words[m.from]!.start;
  const end = ctx.words[m.to - 1]!.end;
  return { text: ctx.text.slice(start, end), name, start, end, implicit };
}

/** The article's main speaker: most quoted, most mentioned, named in the headline. */
function mainSpeaker(
  ctx: Context,
  people: People,
  spoke: ReadonlyMap<string, number>,
  known: ReadonlySet<string>,
): QuoteSpeaker | null {
  const score = new Map<string, number>();
  const firstAt = new Map<string, { start: number; text: string }>();
  for (const n of people.names) {
    const full = canonicalName(people, n.text);
    // Only people: known speakers and tied names, or names that start with a given name.
    if (!known.has(full) && !ctx.lex.givenNames.has(full.toLowerCase().split(/\s+/)[0] ?? '')) continue;
    if (/\p{Lu}[^\s]*-\p{Lu}/u.test(n.text)) continue;
    const headline = n.sentence >= 0 && n.sentence < 2 ? IN_HEADLINE : 0;
    score.set(full, (score.get(full) ?? 0) + MENTIONED + headline);
    if (!firstAt.has(full)) firstAt.set(full, { start: n.start, text: n.text });
  }
  for (const [full, count] of spoke) score.set(full, (score.get(full) ?? 0) + SPOKE * count);
  let best: string | null = null;
  let bestScore = 0;
  for (const [full, s] of score) {
    if (s > bestScore) {
      best = full;
      bestScore = s;
    }
  }
  const at = best ? firstAt.get(best) : undefined;
  if (!best || !at) return null;
  return { text: at.text, name: best, start: at.start, end: at.start + at.text.length, implicit: true };
}

/** Speakers of the attributed quotations, in the order given (text order). */
export function assignSpeakers(
  ctx: Context,
  people: People,
  attributions: readonly Attribution[],
): (QuoteSpeaker | null)[] {
  const events = speechEvents(ctx);
  const known = new Set(people.ties.map((t) => canonicalName(people, t.name)));
  const explicit = [...attributions.map((a) => a.speaker), ...events.map((e) => e.mention)];
  for (const m of explicit) {
    const name = m ? nameText(ctx, m) : null;
    if (m && name) known.add(canonicalName(people, name));
  }
  const resolved = new Map<Mention, string | null>();
  const spoke = new Map<string, number>();
  for (const m of explicit) {
    if (!m || m.pronoun || resolved.has(m)) continue;
    const name = resolveMention(ctx, people, known, m);
    resolved.set(m, name);
    if (name) spoke.set(name, (spoke.get(name) ?? 0) + 1);
  }
  sameRole(ctx, resolved);
  const main = mainSpeaker(ctx, people, spoke, known);
  const topics = sentenceTopics(ctx, people, known);
  let last: QuoteSpeaker | null = null;
  // Offset where the previous speaker was named, and the last sentence subject seen.
  let lastAt = -1;
  let topic: Topic | null = null;
  let e = 0;
  let t = 0;
  const speakers = attributions.map((a) => {
    const at = ctx.words[a.open]!.start;
    while (e < events.length && events[e]!.at < at) {
      const m = events[e]!.mention;
      lastAt = events[e++]!.at;
      last = speakerOf(ctx, m, resolved.get(m) ?? null, false);
    }
    while (t < topics.length && topics[t]!.at < at) topic = topics[t++]!;
    // Nested quotations report someone else inside a speaker's words: they do not change the speaker.
    const nested = (ctx.words[a.open]?.depth ?? 1) > 1;
    if (a.speaker && !a.speaker.pronoun) {
      const own = speakerOf(ctx, a.speaker, resolved.get(a.speaker) ?? null, false);
      if (!nested) {
        last = own;
        lastAt = at;
      }
      return own;
    }
    // A person who became the subject after the previous speaker, in this paragraph, speaks now.
    if (!nested && topic && topic.at > lastAt && topic.paragraph === paragraphOf(ctx, a.open)) {
      last = speakerOf(ctx, topic.mention, resolveMention(ctx, people, known, topic.mention), false);
      lastAt = topic.at;
    }
    const inherited: QuoteSpeaker | null = last ?? main;
    return inherited ? { ...inherited, implicit: true } : null;
  });
  return fillForward(ctx, attributions, speakers);
}

/**
 * Role phrases left unresolved take the name that the other speaker mentions with the same head noun
 * resolve to, when they all agree (`Il regista:` in the headline, `Il regista napoletano` later).
 */
function sameRole(ctx: Context, resolved: Map<Mention, string | null>): void {
  const byHead = new Map<string, Set<string>>();
  for (const [m, name] of resolved) {
    const head = m.role[0];
    if (head === undefined || name === null) continue;
    const names = byHead.get(head) ?? new Set<string>();
    names.add(name);
    byHead.set(head, names);
  }
  for (const [m, name] of resolved) {
    const names = m.role[0] === undefined ? undefined : byHead.get(m.role[0]);
    if (name !== null || names?.size !== 1 || ctx.lex.indefinites.has(ctx.words[m.from]!.lower)) continue;
    resolved.set(m, [...names][0]!);
  }
}

/** Paragraph index of word `i`. */
function paragraphOf(ctx: Context, i: number): number {
  const s = ctx.words[i]?.sentence ?? -1;
  return s >= 0 ? ctx.seg.sentences[s]!.paragraph : -1;
}

/**
 * Speakers that only come later: a quotation left open at the end of its paragraph and reopened in
 * the next one is the same speaker's; a quotation before any speaker takes the next one named.
 */
function fillForward(
  ctx: Context,
  attributions: readonly Attribution[],
  speakers: (QuoteSpeaker | null)[],
): (QuoteSpeaker | null)[] {
  let next: QuoteSpeaker | null = null;
  for (let k = attributions.length - 1; k >= 0; k--) {
    const a = attributions[k]!;
    const following = attributions[k + 1];
    // A quotation reopened at the start of the next paragraph continues this one.
    const continued =
      following &&
      paragraphOf(ctx, following.open) === paragraphOf(ctx, a.close) + 1 &&
      paragraphOf(ctx, following.open - 1) !== paragraphOf(ctx, following.open);
    if (a.unclosed && a.speaker === null && continued && speakers[k + 1]) {
      speakers[k] = { ...speakers[k + 1]!, implicit: true };
    } else if (speakers[k] === null && next) speakers[k] = { ...next, implicit: true };
    if (speakers[k]) next = speakers[k]!;
  }
  return speakers;
}
