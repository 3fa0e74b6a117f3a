import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/keywords/analyse.js';
import { groupKey } from '../../../src/core/keywords/groups.js';

/** The surface of every candidate occurrence of a text, in text order. */
function candidates(text: string, language = 'it'): string[] {
  const { grouping, sequence } = analyse(text, { language });
  const found: [number, string][] = [];
  for (let g = 0; g < grouping.size; g++) {
    const n = grouping.length[g]!;
    for (let o = grouping.occurrenceStart[g]!; o < grouping.occurrenceStart[g + 1]!; o++) {
      const i = grouping.occurrence[o]!;
      found.push([sequence.start[i]!, text.slice(sequence.start[i]!, sequence.end[i + n - 1]!)]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

/** The keys of every candidate group. */
function keys(text: string, language = 'it'): string[] {
  const { grouping } = analyse(text, { language });
  return Array.from({ length: grouping.size }, (_, g) => groupKey(grouping, g));
}

describe('candidate keyphrases', () => {
  it('keeps a name with a capitalised function word whole', () => {
    const found = candidates('Ieri il leader Kim Jong Un ha parlato a lungo.');
    expect(found).toContain('Kim Jong Un');
    expect(found).toContain('Jong Un');
    expect(found).not.toContain('Un ha');
  });

  it('keeps the preposition inside a place name but never starts or ends with one', () => {
    const found = candidates('Il governo della Corea del Nord ha lanciato un missile.');
    expect(found).toContain('Corea del Nord');
    expect(found.some((c) => /^(del|della|il|un)\b/i.test(c) || /\b(del|della|il|un)$/i.test(c))).toBe(false);
  });

  it('treats a capitalised name made of stopwords as a name (`Stati Uniti`)', () => {
    expect(candidates('La visita negli Stati Uniti è durata due giorni.')).toContain('Stati Uniti');
  });

  it('splits elisions off: an elided article never starts a phrase, an elided preposition may join one', () => {
    const found = candidates('L’Onu ha condannato l’invasione dell’Ucraina.');
    expect(found).toContain('Onu');
    expect(found).toContain('Ucraina');
    expect(found).toContain('invasione dell’Ucraina');
    expect(found.some((c) => /^\p{L}+’/u.test(c) || c.endsWith('’'))).toBe(false);
  });

  it('does not cross punctuation', () => {
    const found = candidates('Roma, Milano e Napoli hanno votato.');
    expect(found).toContain('Roma');
    expect(found).not.toContain('Roma, Milano');
  });

  it('lets a number close a name but not open a phrase or stand alone', () => {
    const found = candidates('La Risoluzione 2270 vieta la vendita di armi. Nel 2016 fu approvata.');
    expect(found).toContain('Risoluzione 2270');
    expect(found).not.toContain('2270');
    expect(found).not.toContain('2016');
  });

  it('does not read a score as part of a name', () => {
    expect(candidates('Ha battuto la Gran Bretagna 22-0 ieri sera.')).not.toContain('Gran Bretagna 22');
  });

  it('never yields a single letter on its own', () => {
    expect(candidates('Il gruppo B ha vinto il girone.')).not.toContain('B');
  });

  it('leaves out the metadata line', () => {
    const found = candidates('date 2023-09 Il vertice di Mosca\n\nIl vertice si è tenuto a Mosca.');
    expect(found.some((c) => c.includes('date') || c.includes('2023'))).toBe(false);
  });

  it('groups inflected and cased variants under one stemmed key', () => {
    const all = keys('Nuove sanzioni. La sanzione è pesante. Sanzioni ovunque.');
    expect(all.filter((k) => k.startsWith('sanzion'))).toHaveLength(1);
  });

  it('keys names by their form, so people with one stem stay apart', () => {
    const all = keys('Oggi Mario ha incontrato Maria. Poi Mario e Maria sono usciti.');
    expect(all).toContain('mario');
    expect(all).toContain('maria');
  });

  it('drops the possessive of English names and never ends a phrase with a past participle', () => {
    const found = candidates('We prove that Lob’s theorem holds. The systems proposed are fast.', 'en');
    expect(found).toContain('Lob');
    expect(found).not.toContain('systems proposed');
  });

  it('keeps `of` inside an English term and `de la` inside a French one', () => {
    expect(candidates('We study the philosophy of mind today.', 'en')).toContain('philosophy of mind');
    expect(candidates('Les forces de la coalition sont arrivées.', 'fr')).toContain('forces de la coalition');
  });
});
