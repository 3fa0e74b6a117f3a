import { describe, expect, it } from 'vitest';
import { inspect } from '../../../src/core/inspect/index.js';

const TEXT = [
  'Treni fermi in Lombardia',
  '',
  'Il sindaco di Milano, Carla Benedetti, ha incontrato ieri a Roma il ministro dei Trasporti. Il ministro ha promesso nuovi treni per la linea.',
  '',
  'Ritardi',
  '',
  '“Serve un piano entro l’estate”, ha detto Benedetti. I pendolari aspettano da mesi una risposta della Regione.',
  '',
].join('\n');

describe('inspect', () => {
  it('composes every section from one segmentation', () => {
    const r = inspect(TEXT, { language: 'it' });
    expect(r.language).toBe('it');
    expect(r.text).toMatchObject({
      language: { code: 'it', name: 'Italian', confidence: null },
      title: 'Treni fermi in Lombardia',
      standfirst: null,
      headings: ['Ritardi'],
      counts: { paragraphs: 2, headings: 1, sentences: 4 },
    });
    expect(r.readability.score?.index).toBe('gulpease');
    expect(r.keyphrases.length).toBeGreaterThan(0);
    expect(r.entities.people[0]).toMatchObject({
      text: 'Carla Benedetti',
      count: 2,
      role: 'sindaco di Milano',
    });
    expect(r.entities.places.map((p) => p.text)).toEqual(
      expect.arrayContaining(['Milano', 'Roma', 'Lombardia']),
    );
    expect(r.quotes).toMatchObject({
      count: 1,
      speakers: [{ speaker: 'Carla Benedetti', count: 1 }],
      unattributed: 0,
    });
    expect(r.summary).toHaveLength(3);
  });

  it('detects the language and reports the detector confidence', () => {
    const r = inspect(TEXT);
    expect(r.language).toBe('it');
    expect(r.text.language.confidence).toBeGreaterThan(0.5);
    expect(r.text.language.confidence).toBeLessThanOrEqual(1);
  });

  it('follows the summary and keyphrase lengths asked for', () => {
    const r = inspect(TEXT, { language: 'it', sentences: 1, keyphrases: 2 });
    expect(r.summary).toHaveLength(1);
    expect(r.keyphrases).toHaveLength(2);
  });

  it('uses the readability formula of the language', () => {
    const r = inspect('The mayor met the minister in Rome. They agreed on a plan for new trains.', {
      language: 'en',
    });
    expect(r.readability.score?.index).toBe('flesch');
    expect(r.text.language).toEqual({ code: 'en', name: 'English', confidence: null });
  });

  it('returns plain data that survives JSON', () => {
    const r = inspect(TEXT, { language: 'it' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('inspect: text section', () => {
  it('keeps the title and a heading-like standfirst out of the headings', () => {
    const text =
      'Treni fermi in Lombardia\n\nDisagi per migliaia di pendolari\n\nI treni sono fermi da ieri. Nessuno sa quando ripartiranno.\n';
    const r = inspect(text, { language: 'it' });
    expect(r.text).toMatchObject({
      title: 'Treni fermi in Lombardia',
      standfirst: 'Disagi per migliaia di pendolari',
      headings: [],
      counts: { paragraphs: 2, headings: 0, sentences: 3 },
    });
  });
});
