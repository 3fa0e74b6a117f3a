/**
 * Human output of `sunto inspect`: one section per question (text, readability, keyphrases, names,
 * quotes, summary), each under an upper-case heading, with labels in an aligned column, keyphrase
 * scores drawn as bars and every line wrapped to the width. Readable without colour: colour only
 * repeats what the layout already shows.
 */
import type { EntityItem, InspectResult, KeyphraseItem } from '../../core/inspect/index.js';
import type { FileResult } from '../runner.js';
import type { RenderStyle } from './style.js';
import { visibleWidth, wrapPieces, wrapText } from './wrap.js';

/** Width of the label column: the longest label (`Organisations`) and two spaces. */
const LABEL_WIDTH = 15;

/** Widest and narrowest keyphrase bar, in columns; the bar takes what the width leaves. */
const BAR_MAX = 24;
const BAR_MIN = 6;

/** Entities listed per kind before `+N more`: enough for a news article, short enough for one screen. */
const MAX_ENTITIES = 12;

/** Renders one overview. */
export function renderInspect(result: FileResult<InspectResult>, style: RenderStyle): string {
  const sections = [
    section('Text', textLines(result, style), style),
    section('Readability', readabilityLines(result, style), style),
    section('Keyphrases', keyphraseLines(result.keyphrases, style), style),
    section('Names', nameLines(result, style), style),
    section('Quotes', quoteLines(result, style), style),
    section('Summary', summaryLines(result, style), style),
  ];
  return `${sections.join('\n\n')}\n`;
}

/** A heading and its lines, or `none found` under it. */
function section(title: string, lines: readonly string[], { color }: RenderStyle): string {
  const body = lines.length > 0 ? lines : [`  ${color.dim('none found')}`];
  return [color.bold(title.toUpperCase()), ...body].join('\n');
}

/**
 * A labelled line: the label in its column, then `lead` as is (aligned cells of a table), then the
 * value wrapped under its own start.
 */
function field(label: string, value: string, { color, width }: RenderStyle, lead = ''): string {
  return wrapText(value, { width, prefix: `  ${color.dim(label.padEnd(LABEL_WIDTH))}${lead}` });
}

/** A labelled list of unbreakable items separated by ` · `, wrapped under its start. */
function listField(label: string, items: readonly string[], { color, width }: RenderStyle): string {
  const prefix = `  ${color.dim(label.padEnd(LABEL_WIDTH))}`;
  return wrapPieces(items, { width, prefix, separator: color.dim(' · ') });
}

/** Pads a possibly coloured string with spaces to `columns` visible columns. */
function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - visibleWidth(text)));
}

/** `1 word`, `2 words`, `1,234 words`: thousands separated by hand, as `toLocaleString` loads locale data. */
function plural(n: number, noun: string): string {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${digits} ${noun}${n === 1 ? '' : 's'}`;
}

/** The text section. */
function textLines(result: InspectResult, style: RenderStyle): string[] {
  const t = result.text;
  const confidence =
    t.language.confidence === null ? 'as given' : `confidence ${t.language.confidence.toFixed(2)}`;
  const language =
    t.language.code === 'und'
      ? 'undetermined: none of the languages sunto knows (analysed without stopwords or stemming)'
      : `${t.language.name} (${t.language.code}), ${confidence}`;
  const lines = [field('Language', language, style)];
  if (t.metadata.length > 0)
    lines.push(field('Metadata', t.metadata.map((m) => `${m.key} ${m.value}`).join(' · '), style));
  if (t.title !== null) lines.push(field('Title', style.color.bold(t.title), style));
  if (t.standfirst !== null) lines.push(field('Standfirst', t.standfirst, style));
  lines.push(...t.headings.map((h, i) => field(i === 0 ? 'Headings' : '', `# ${h}`, style)));
  const c = t.counts;
  const size = [plural(c.paragraphs, 'paragraph'), plural(c.sentences, 'sentence'), plural(c.words, 'word')];
  lines.push(field('Size', [...size, plural(c.characters, 'character')].join(' · '), style));
  const minutes = t.readingMinutes < 1 ? 'under a minute' : `about ${Math.round(t.readingMinutes)} min`;
  lines.push(field('Reading time', `${minutes} (${t.wordsPerMinute} words a minute)`, style));
  return lines;
}

/** The readability section. */
function readabilityLines(result: InspectResult, style: RenderStyle): string[] {
  const r = result.readability;
  const lines: string[] = [];
  if (r.score === null) lines.push(field('Index', 'no readability formula for this language', style));
  else {
    const s = r.score;
    const score = `${s.name} ${style.color.bold(s.value.toFixed(1))} / 100 · ${s.band}: ${s.audience}`;
    lines.push(field('Index', score, style));
    for (const reader of s.readers ?? []) {
      const verdict = reader.easy ? style.color.green('easy') : style.color.yellow('hard');
      const rule = reader.easy ? `≥ ${reader.threshold}` : `< ${reader.threshold}`;
      lines.push(
        field('', `${verdict} ${style.color.dim(`(${rule})`)}`, style, `${reader.reader.padEnd(18)} `),
      );
    }
  }
  lines.push(field('Sentences', `${r.wordsPerSentence.toFixed(1)} words on average`, style));
  const syllables = r.syllablesPerWord === null ? '' : ` · ${r.syllablesPerWord.toFixed(2)} syllables`;
  lines.push(field('Words', `${r.lettersPerWord.toFixed(2)} letters${syllables} on average`, style));
  const mtld =
    r.lexicalDiversity.value === null ? 'n/a (text too short)' : r.lexicalDiversity.value.toFixed(1);
  lines.push(
    field(
      'Diversity',
      `MTLD ${mtld} ${style.color.dim('(words per stretch of varied text; higher is richer)')}`,
      style,
    ),
  );
  return lines;
}

/** A bar of `columns` cells filled in proportion to `fraction`, in eighths of a cell. */
function bar(fraction: number, columns: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * columns * 8);
  const partial = eighths % 8 === 0 ? '' : '▏▎▍▌▋▊▉'[(eighths % 8) - 1]!;
  return ('█'.repeat(Math.floor(eighths / 8)) + partial).padEnd(columns);
}

/** The keyphrase table: phrase, bar, score, count; one column is left free at the right edge. */
function keyphraseLines(list: readonly KeyphraseItem[], { color, width }: RenderStyle): string[] {
  if (list.length === 0) return [];
  const countWidth = Math.max(...list.map((k) => `×${k.count}`.length));
  // Indent, three gaps of two, the score (`0.86`), the count and the free column.
  const fixed = 2 + 2 + 2 + 4 + 2 + countWidth + 1;
  const longest = Math.max(...list.map((k) => visibleWidth(k.text.replace(/\s+/g, ' '))));
  const textWidth = Math.max(1, Math.min(longest, width - fixed - BAR_MIN));
  const barWidth = Math.max(1, Math.min(BAR_MAX, width - fixed - textWidth));
  return list.map((k) => {
    const text = truncate(k.text.replace(/\s+/g, ' '), textWidth);
    const name = pad(k.name ? color.bold(text) : text, textWidth);
    return `  ${name}  ${color.cyan(bar(k.score, barWidth))}  ${k.score.toFixed(2)}  ${color.dim(`×${k.count}`)}`;
  });
}

/** Cuts a string to `columns` visible columns with an ellipsis. */
function truncate(text: string, columns: number): string {
  const chars = [...text];
  return chars.length <= columns ? text : `${chars.slice(0, columns - 1).join('')}…`;
}

/** The names section: people as a table with roles, the other kinds as wrapped lists. */
function nameLines(result: InspectResult, style: RenderStyle): string[] {
  const e = result.entities;
  const lines: string[] = [];
  if (e.people.length > 0) lines.push(...peopleLines(e.people, style));
  const kinds: [string, EntityItem[]][] = [
    ['Places', e.places],
    ['Organisations', e.organisations],
    ['Other names', e.other],
  ];
  for (const [label, list] of kinds)
    if (list.length > 0) lines.push(listField(label, inlineList(list, style), style));
  return lines;
}

/** People, one a line: name, mentions, role and the other forms used. */
function peopleLines(people: readonly EntityItem[], style: RenderStyle): string[] {
  const { color } = style;
  const shown = people.slice(0, MAX_ENTITIES);
  const nameWidth = Math.max(...shown.map((p) => visibleWidth(p.text)));
  const countWidth = Math.max(...shown.map((p) => `×${p.count}`.length));
  const lines = shown.map((p, i) => {
    const notes = [p.role, p.aliases.length > 0 ? `also ${p.aliases.join(', ')}` : null].filter(
      (n) => n !== null,
    );
    const lead = `${pad(color.bold(p.text), nameWidth)}  ${pad(color.dim(`×${p.count}`), countWidth)}  `;
    return field(i === 0 ? 'People' : '', notes.join(' · '), style, lead);
  });
  if (people.length > shown.length)
    lines.push(field('', color.dim(`+${people.length - shown.length} more`), style));
  return lines;
}

/** The items of `Russia ×7 · Corea del Nord ×5 · …`, cut after the first few with `+N more`. */
function inlineList(list: readonly EntityItem[], { color }: RenderStyle): string[] {
  const shown = list
    .slice(0, MAX_ENTITIES)
    .map((x) => `${x.text.replace(/\s+/g, ' ')} ${color.dim(`×${x.count}`)}`);
  const more = list.length > MAX_ENTITIES ? [color.dim(`+${list.length - MAX_ENTITIES} more`)] : [];
  return [...shown, ...more];
}

/** The quotes section: how many, then who said how many. */
function quoteLines(result: InspectResult, style: RenderStyle): string[] {
  const q = result.quotes;
  if (q.count === 0) return [];
  const { color } = style;
  const who = q.unattributed > 0 ? `, ${q.unattributed} without a speaker` : '';
  const lines = [field('Quotations', `${q.count}${who}`, style)];
  const nameWidth = Math.max(0, ...q.speakers.map((s) => visibleWidth(s.speaker)));
  q.speakers.forEach((s, i) => {
    lines.push(
      field(i === 0 ? 'By' : '', String(s.count), style, `${pad(color.bold(s.speaker), nameWidth)}  `),
    );
  });
  return lines;
}

/** The summary: numbered sentences, wrapped under their number. */
function summaryLines(result: InspectResult, { color, width }: RenderStyle): string[] {
  return result.summary.map((s, i) => wrapText(s.text, { width, prefix: `  ${color.dim(`${i + 1}.`)} ` }));
}
