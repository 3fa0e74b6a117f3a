import { describe, expect, it } from 'vitest';
import { buildDocumentFrequencies, keywords } from '../../../src/core/keywords/index.js';

/** A short Italian news text written for these tests. */
const NEWS = [
  'Il sindaco di Torino Chiara Bianchi incontra i sindacati',
  '',
  'Il sindaco di Torino, Chiara Bianchi, ha incontrato ieri i sindacati dei trasporti per discutere dello sciopero dei tram.',
  'Bianchi ha promesso nuovi fondi per i tram e per le linee notturne.',
  'I sindacati chiedono più sicurezza sui tram dopo le aggressioni di gennaio.',
  'Lo sciopero dei tram, previsto per venerdì, resta confermato.',
].join('\n');

const texts = (text: string, options = {}): string[] =>
  keywords(text, { language: 'it', ...options }).keywords.map((k) => k.text);

describe('keywords', () => {
  it('ranks the people, places and themes of a news text first', () => {
    const top = texts(NEWS, { top: 5 });
    expect(top[0]).toBe('Chiara Bianchi');
    expect(top).toContain('sindacati');
    expect(top).toContain('sindaco di Torino');
    expect(top).toContain('sciopero dei tram');
  });

  it('merges a surname into the full name and counts both', () => {
    const list = keywords(NEWS, { language: 'it' }).keywords;
    const person = list.find((k) => k.key === 'chiara bianchi');
    expect(person).toBeDefined();
    expect(person?.count).toBe(3);
    expect(person?.name).toBe(true);
    expect(list.filter((k) => k.text === 'Bianchi')).toHaveLength(0);
  });

  it('never lists a fragment of a better phrase (`Kim Jong` beside `Kim Jong Un`)', () => {
    const text =
      'Kim Jong Un ha visitato Mosca. A Mosca Kim Jong Un ha incontrato i ministri. Kim Jong Un è poi ripartito in treno.';
    const top = texts(text);
    expect(top[0]).toBe('Kim Jong Un');
    expect(top).not.toContain('Kim Jong');
    expect(top).not.toContain('Jong Un');
  });

  it('prefers the whole name to its first word when both score the same', () => {
    const text =
      'MADRID — El Consejo de Ministros aprobó este martes la reforma de las pensiones. La reforma entrará en vigor el próximo año.';
    const top = keywords(text, { language: 'es' }).keywords.map((k) => k.text);
    expect(top).toContain('Consejo de Ministros');
    expect(top).not.toContain('Consejo');
  });

  it('reads past datelines and agency credits', () => {
    const text =
      '(ANSA) - BOLOGNA, 14 OTT - Allerta rossa per le piogge in Romagna. La Protezione civile chiede di restare a casa. Le piogge dureranno fino a mercoledì. (ANSA).';
    const top = keywords(text, { language: 'it' }).keywords.map((k) => k.text);
    expect(top).toContain('piogge');
    expect(top).not.toContain('BOLOGNA');
    expect(top).not.toContain('ANSA');
    expect(top).not.toContain('OTT');
  });

  it('lists variants of one word once (`sanzione`/`sanzioni`), under its most frequent form', () => {
    const text =
      'Le sanzioni contro Mosca crescono. Una nuova sanzione colpisce le banche. Le sanzioni pesano.';
    const list = keywords(text, { language: 'it' }).keywords;
    const sanctions = list.filter((k) => /^sanzion\S*$/.test(k.key));
    expect(sanctions).toHaveLength(1);
    expect(sanctions[0]?.text).toBe('sanzioni');
    expect(sanctions[0]?.count).toBe(3);
  });

  it('reports occurrences that never overlap, even when variants chain (`sanzione sanzioni sanzione`)', () => {
    const text = 'sanzione sanzioni sanzione ';
    for (const k of keywords(text, { language: 'it', top: 20 }).keywords) {
      expect(k.occurrences).toHaveLength(k.count);
      for (let i = 1; i < k.occurrences.length; i++) {
        expect(k.occurrences[i]!.start).toBeGreaterThanOrEqual(k.occurrences[i - 1]!.end);
      }
    }
  });

  it('returns scores in [0, 1], best first, at most `top` of them', () => {
    const list = keywords(NEWS, { language: 'it', top: 7 }).keywords;
    expect(list).toHaveLength(7);
    for (const k of list) {
      expect(k.score).toBeGreaterThan(0);
      expect(k.score).toBeLessThanOrEqual(1);
    }
    const scores = list.map((k) => k.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('returns plain JSON-serialisable data', () => {
    const result = keywords(NEWS, { language: 'it' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.language).toBe('it');
  });

  it('honours extra stopwords and the phrase length range', () => {
    expect(texts(NEWS, { stopwords: ['tram'] })).not.toContain('tram');
    const pairs = keywords(NEWS, { language: 'it', ngram: { min: 2, max: 2 } }).keywords;
    expect(pairs.length).toBeGreaterThan(0);
    for (const k of pairs) expect(k.key.split(' ')).toHaveLength(2);
  });

  it('weighs words down by their document frequency in a corpus', () => {
    const corpus = [
      NEWS,
      'I sindacati dei medici hanno incontrato il ministro. I sindacati chiedono fondi.',
      'Nuovo incontro tra sindacati e governo sulle pensioni. I sindacati sono divisi.',
      'I sindacati della scuola protestano. Il ministro riceve i sindacati domani.',
    ];
    const df = buildDocumentFrequencies(corpus, { language: 'it' });
    const alone = keywords(NEWS, { language: 'it' }).keywords.find((k) => k.text === 'sindacati');
    const withCorpus = keywords(NEWS, { language: 'it', documentFrequencies: df }).keywords.find(
      (k) => k.text === 'sindacati',
    );
    expect(alone && withCorpus && withCorpus.score < alone.score).toBe(true);
  });

  it('ignores a corpus built for another language', () => {
    const df = buildDocumentFrequencies(['The unions met the mayor of Turin.'], { language: 'en' });
    expect(keywords(NEWS, { language: 'it', documentFrequencies: df })).toEqual(
      keywords(NEWS, { language: 'it' }),
    );
  });

  it('handles empty and punctuation-only text', () => {
    expect(keywords('', { language: 'it' }).keywords).toEqual([]);
    expect(keywords(' ... !!! ', { language: 'it' }).keywords).toEqual([]);
    expect(keywords(NEWS, { language: 'it', top: 0 }).keywords).toEqual([]);
  });

  it('degrades gracefully on a language without data (no stemming, Unicode words)', () => {
    const text = 'Warszawa jest stolicą Polski. Warszawa leży nad Wisłą. W Warszawie mieszka prezydent.';
    const top = keywords(text, { language: 'pl' }).keywords.map((k) => k.text);
    expect(top[0]).toBe('Warszawa');
  });

  it('works on English, French, Spanish, Portuguese and German text', () => {
    const samples: [string, string, string][] = [
      [
        'en',
        'The European Central Bank raised interest rates. The bank said inflation remains high.',
        'European Central Bank',
      ],
      [
        'fr',
        'Le président Emmanuel Macron a visité Marseille. À Marseille, Emmanuel Macron a parlé du port.',
        'Emmanuel Macron',
      ],
      [
        'es',
        'El gobierno de España aprobó la reforma. La reforma laboral entra en vigor en España.',
        'España',
      ],
      [
        'pt',
        'O presidente Lula visitou o Rio de Janeiro. No Rio de Janeiro, Lula falou de saúde.',
        'Rio de Janeiro',
      ],
      ['de', 'Die Bundesregierung in Berlin plant neue Gesetze. In Berlin wird heute abgestimmt.', 'Berlin'],
    ];
    for (const [language, text, expected] of samples) {
      expect(keywords(text, { language }).keywords.map((k) => k.text)).toContain(expected);
    }
  });
});
