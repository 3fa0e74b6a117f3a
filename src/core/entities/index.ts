/**
 * `entities(text, options)`: the people, places and organisations a text names, each with its mentions
 * (a surname or an alias counts for the full name), its role when the text gives one, and its kind.
 * Names come from capitalisation; the kind from gazetteers, titles, given names and context cues.
 */
import { segmentedText, segmentText } from '../segment/index.js';
import { classify } from './classify.js';
import { type Group, groupMentions } from './group.js';
import { entityLexicon } from './lexicon.js';
import { findMentions } from './mentions.js';
import { type Piece, piecesOf, titleCaseSentences } from './pieces.js';
import type { NameEvidence } from './runs.js';
import type { EntitiesOptions, EntitiesResult, Entity, EntityHints, EntityMention } from './types.js';

export type * from './types.js';

/** Finds the named entities of `text`, most mentioned first. */
export function entities(text: string, options: EntitiesOptions = {}): EntitiesResult {
  const seg = options.segmentation
    ? segmentedText(text, options.segmentation)
    : segmentText(text, { language: options.language ?? 'auto' });
  const lexicon = entityLexicon(seg.language);
  const titleCase = titleCaseSentences(seg, lexicon.stopwords);
  const all = seg.sentences.map((_, i) => i);
  const pieces = piecesOf(
    text,
    seg,
    all.filter((i) => !titleCase.has(i)),
  );
  const hints = options.hints ?? {};
  const mentions = findMentions(text, pieces, lexicon, nameEvidence(pieces, hints));
  const lowerCase = new Set(pieces.filter((p) => p.word && !/^\p{Lu}/u.test(p.text)).map((p) => p.lower));
  const groups = groupMentions(mentions, lexicon).filter((g) =>
    keep(g, lowerCase, lexicon.conventionalCapitals),
  );
  const speakers = (hints.speakers ?? []).map((s) => s.toLowerCase().split(/[\s\-‐]+/u));
  const list = groups
    .map((g) => toEntity(g, classify(g, lexicon, { speakers, lowerCase })))
    // Where every noun is capitalised, a single capitalised word without any evidence is just a noun.
    .filter((e) => !(lexicon.capitalisesNouns && e.type === 'other' && wordCount(e.text) === 1));
  if (titleCase.size > 0) {
    countInTitleCase(
      list,
      piecesOf(
        text,
        seg,
        all.filter((i) => titleCase.has(i)),
      ),
    );
  }
  list.sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
  return { language: seg.language, entities: list };
}

/** What tells a sentence-initial capital that starts a name from one that starts a sentence. */
function nameEvidence(pieces: readonly Piece[], hints: EntityHints): NameEvidence {
  const capitalised = new Set(pieces.filter((p) => p.cap && !p.initial).map((p) => p.text));
  const known = new Set((hints.names ?? []).map((n) => n.toLowerCase()));
  for (const s of hints.speakers ?? []) known.add(s.toLowerCase());
  return { capitalised, known };
}

/**
 * True when a group is a name worth listing: not only a piece of another name's role (`Gabinetto` in
 * `capo di Gabinetto`), and not a single common noun written with a capital for emphasis (`un Paese`),
 * known as such or because the text also writes it in lower case.
 */
function keep(g: Group, lowerCase: ReadonlySet<string>, emphatic: ReadonlySet<string>): boolean {
  if (g.listed) return true;
  if (g.mentions.every((m) => m.inRole)) return false;
  const single = g.words.length === 1 && !g.aliased && g.mentions.every((m) => m.role === null);
  return !(single && (lowerCase.has(g.words[0]!) || emphatic.has(g.words[0]!)));
}

/** The entity of a group: its fullest or canonical name, role, aliases and mentions. */
function toEntity(g: Group, type: Entity['type']): Entity {
  const forms = new Map<string, number>();
  for (const m of g.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
  const longest = [...forms.keys()].reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a));
  const text = g.canonical ?? longest;
  return {
    text,
    type,
    count: g.mentions.length,
    role: g.mentions.find((m) => m.role !== null)?.role ?? null,
    aliases: [...forms.keys()].filter((f) => f !== text),
    mentions: g.mentions.map(({ start, end }) => ({ start, end })),
  };
}

/** Words in a name. */
function wordCount(name: string): number {
  return name.split(/[\s\-‐]+/u).length;
}

/**
 * Adds the mentions found in Title Case sentences, where capitals cannot find names but can still be
 * matched against the names found elsewhere: each known form, longest first, counts where it occurs.
 */
function countInTitleCase(list: Entity[], pieces: readonly Piece[]): void {
  const forms = new Map<string, Entity>();
  for (const e of list) for (const f of [e.text, ...e.aliases]) forms.set(f.toLowerCase(), e);
  const longest = Math.max(0, ...[...forms.keys()].map(wordCount));
  let i = 0;
  while (i < pieces.length) {
    let matched = 0;
    for (let n = Math.min(longest, pieces.length - i); n >= 1 && matched === 0; n--) {
      const last = pieces[i + n - 1]!;
      if (last.sentence !== pieces[i]!.sentence) continue;
      const entity = forms.get(
        pieces
          .slice(i, i + n)
          .map((p) => p.lower)
          .join(' '),
      );
      if (!entity || !pieces[i]!.cap) continue;
      entity.mentions.push({ start: pieces[i]!.start, end: last.end } satisfies EntityMention);
      entity.count++;
      matched = n;
    }
    i += Math.max(1, matched);
  }
  for (const e of list) e.mentions.sort((a, b) => a.start - b.start);
}
