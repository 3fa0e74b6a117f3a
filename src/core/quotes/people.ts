/**
 * Who the article talks about, learned from the article itself: every proper name outside the
 * quotations, and the ties between role phrases and names (`il presidente russo Vladimir Putin`,
 * `Rinaldi, allenatore del Cagliari`, `il tecnico del Bologna, Marco Ferretti`). A
 * surname maps to the longest name that contains it (`Ferri` → `Marta Ferri`).
 */
import { appositionAfter } from './before.js';
import { insidePhrase, introduction, type Mention, mentionAt, nameText } from './mentions.js';
import { roleAround } from './roles.js';
import { type Context, firstFrom } from './words.js';

/*
 * Distance, in characters, under which a repeated role-name tie is dropped. Half the window in which
 * resolution looks for ties (20,000 characters), so every window still holds a copy of each tie.
 */
const REPEAT_DISTANCE = 10_000;

/** One occurrence of a proper name. */
export interface NameOccurrence {
  /** Lower-case words of the name. */
  tokens: string[];
  /** The name as written. */
  text: string;
  /** Offset of the name. */
  start: number;
  /** Index of the sentence it is in. */
  sentence: number;
  /** True when it follows a preposition (`il regime di Kim`): less salient than a subject. */
  inPhrase: boolean;
}

/** A role phrase tied to a name in the text. */
export interface Tie {
  /** Lower-case content words of the role phrase. */
  role: string[];
  /** The name as written in the tie (resolve it with `canonicalName`). */
  name: string;
  /** Offset of the tie. */
  start: number;
}

/** A person the article introduces without a name (`un uomo di 50 anni`). */
export interface Introduction {
  /** Head noun of the role phrase, as roles are compared. */
  head: string;
  /** Offset of the phrase. */
  start: number;
}

/** What the article says about people. */
export interface People {
  /** Unnamed people introduced with an indefinite article, in text order. */
  introductions: Introduction[];
  /** Proper names outside quotations, in text order. */
  names: NameOccurrence[];
  /** Occurrences by each of their lower-case words. */
  byToken: Map<string, NameOccurrence[]>;
  /** Role-name ties in text order. */
  ties: Tie[];
  /** Full names already computed, by the lower-case words of the shorter name. */
  canonical: Map<string, string>;
  /** The ties of each full name, computed on first use. */
  byName?: Map<string, Tie[]>;
  /** Given names of the language, lower-case. */
  givenNames: ReadonlySet<string>;
}

/** Lower-case words of a name, for matching. */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[\s\-‐–]+/)
    .filter(Boolean);
}

/** True when `hay` holds `needle` as a run starting at word `at`. */
function runAt(hay: readonly string[], needle: readonly string[], at: number): boolean {
  return at >= 0 && at + needle.length <= hay.length && needle.every((t, k) => hay[at + k] === t);
}

/**
 * True when the longer name `full` is the full form of `short`: given names before a surname
 * (`Marta Ferri` for `Ferri`, written with capitals and particles only), or more names after
 * a given name (`Kim Jong Un` for `Kim`). Rules out `Italia dei Valori` for `Italia` and `Tweet di
 * Trump` for `Trump`.
 */
function isFullForm(people: People, full: NameOccurrence, short: readonly string[]): boolean {
  const extra = full.tokens.length - short.length;
  if (runAt(full.tokens, short, extra)) {
    const words = full.text.split(/\s+/);
    return people.givenNames.has(full.tokens[0]!) || words.slice(0, extra).every((w) => /^\p{Lu}/u.test(w));
  }
  return runAt(full.tokens, short, 0) && people.givenNames.has(short[0]!);
}

/** Reads every name and every role-name tie outside the quotations. */
export function collectPeople(ctx: Context): People {
  const names: NameOccurrence[] = [];
  const ties: Tie[] = [];
  const introductions: Introduction[] = [];
  const { words, text } = ctx;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const m = w.depth === 0 ? mentionAt(ctx, i) : null;
    if (!m || m.pronoun || m.to <= i) {
      i++;
      continue;
    }
    if (m.nameFrom < 0 && ctx.lex.indefinites.has(words[m.from]!.lower))
      introduce(ctx, m, ties, introductions);
    if (m.nameFrom >= 0) {
      const nameText = text.slice(words[m.nameFrom]!.start, words[m.nameTo - 1]!.end);
      const tied = ties.length;
      if (m.role.length > 0) ties.push(tieOf(ctx, m.from, m.role, nameText));
      else addCommaTie(ctx, m, nameText, ties);
      // A name introduced with its role, age or a relative clause after a comma (`parliamo di X,
      // allenatore del Y`, `in scena anche X, che …`) is the person the text turns to, even inside a phrase.
      const introduced = m.role.length === 0 && (ties.length > tied || introduction(ctx, m) !== null);
      names.push({
        tokens: nameTokens(nameText),
        text: nameText,
        start: words[m.nameFrom]!.start,
        sentence: w.sentence,
        inPhrase: !introduced && insidePhrase(ctx, m),
      });
    }
    i = m.to;
  }
  const byToken = new Map<string, NameOccurrence[]>();
  const texts = new Set<string>();
  for (const n of names) {
    if (texts.has(n.text)) continue;
    texts.add(n.text);
    // `Putin-Kim Jong Un` joins two names: it would make either one's full name.
    if (/\p{Lu}[^\s]*-\p{Lu}/u.test(n.text)) continue;
    for (const t of new Set(n.tokens)) {
      const list = byToken.get(t);
      if (list) list.push(n);
      else byToken.set(t, [n]);
    }
  }
  ties.sort((x, y) => x.start - y.start);
  // A tie repeated close to its last kept copy adds nothing: keep the list short where names repeat.
  const lastKept = new Map<string, number>();
  const kept = ties.filter((t) => {
    const key = `${t.role.join(' ')}|${t.name}`;
    const last = lastKept.get(key);
    if (last !== undefined && t.start - last < REPEAT_DISTANCE) return false;
    lastKept.set(key, t.start);
    return true;
  });
  return { names, byToken, ties: kept, introductions, canonical: new Map(), givenNames: ctx.lex.givenNames };
}

/**
 * Records a person introduced with an indefinite article (`un uomo di 50 anni`): tied to the name set
 * off by commas after the phrase (`una donna di 60 anni, Anna Blu,`), or else unnamed.
 */
function introduce(ctx: Context, m: Mention, ties: Tie[], introductions: Introduction[]): void {
  const start = ctx.words[m.from]!.start;
  const name = appositionAfter(ctx, m, ctx.words.length);
  if (name) ties.push(tieOf(ctx, m.from, m.role, nameText(ctx, name)!));
  else introductions.push({ head: m.role[0]!, start });
}

/** The tie of `name` with the role phrase starting at word `from` whose content words are `role`. */
function tieOf(ctx: Context, from: number, role: string[], name: string): Tie {
  return { role, name, start: ctx.words[from]!.start };
}

/** Adds the tie of a name with a role phrase set off by commas on either side of it. */
function addCommaTie(ctx: Context, m: Mention, nameText: string, ties: Tie[]): void {
  const { words } = ctx;
  // `Rinaldi, allenatore del Cagliari` / `Paolo Neri, sindaco di Torino,`
  if (words[m.to]?.text === ',') {
    // With an article the phrase may be a new clause (`Processo Rossi, il pm:`): only a person's name then.
    const person = ctx.lex.givenNames.has(words[m.nameFrom]!.lower);
    for (let k = m.to + 1; k < Math.min(words.length, m.to + 3); k++) {
      if (k > m.to + 1 && !person) break;
      if (!ctx.lex.roleNouns.has(words[k]!.lower) || words[k]!.sentence !== words[m.from]!.sentence) continue;
      ties.push(tieOf(ctx, m.from, roleAround(ctx, k, words[k]!.depth).role, nameText));
      return;
    }
  }
  // `il tecnico del Bologna, Marco Ferretti`, `il portavoce dell’ente per il Sud Europa, Marco Neri`
  if (words[m.from - 1]?.text === ',') {
    for (let k = m.from - 2; k >= Math.max(0, m.from - 8); k--) {
      if (words[k]!.text === ',' || words[k]!.sentence !== words[m.from]!.sentence) break;
      const r = mentionAt(ctx, k);
      // The role may keep a complement before the comma (`il portavoce dell’ente per il Sud, X`).
      const set = r && (r.to === m.from - 1 || appositionAfter(ctx, r, words.length)?.from === m.from);
      if (r && r.nameFrom < 0 && r.role.length > 0 && set) {
        ties.push(tieOf(ctx, r.from, r.role, nameText));
        return;
      }
    }
  }
}

/** The longest name of the article that contains `name` (a surname maps to the full name), or `name`. */
export function canonicalName(people: People, name: string): string {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return name;
  const key = tokens.join(' ');
  const cached = people.canonical.get(key);
  if (cached !== undefined) return cached;
  let best: NameOccurrence | null = null;
  // Longer names win; among equals, the first one written.
  for (const occ of people.byToken.get(tokens[tokens.length - 1]!) ?? []) {
    if (occ.tokens.length <= (best?.tokens.length ?? tokens.length)) continue;
    if (isFullForm(people, occ, tokens)) best = occ;
  }
  const full = best ? best.text : name;
  people.canonical.set(key, full);
  return full;
}

/** The role ties of the person `full` (`il segretario della Cgil`, `ministro`). */
export function tiesOf(people: People, full: string): readonly Tie[] {
  if (!people.byName) {
    const byName = new Map<string, Tie[]>();
    for (const tie of people.ties) {
      const name = canonicalName(people, tie.name);
      const list = byName.get(name);
      if (list) list.push(tie);
      else byName.set(name, [tie]);
    }
    people.byName = byName;
  }
  return people.byName.get(full) ?? [];
}

/** Most names looked at, backwards, for the person named last: bounds the work in one huge sentence. */
export const MAX_LOOKBACK = 50;

/*
 * Farthest a role-name tie may be from the role phrase it resolves, in characters. Coreference is
 * local to an article: 20,000 characters is a long news article, and the bound keeps resolution
 * linear on inputs made of many articles.
 */
export const TIE_DISTANCE = 20_000;

/** Index of the first tie at or after offset `at` (ties are in text order). */
export function firstTieAfter(people: People, at: number): number {
  return firstFrom(people.ties, at);
}
