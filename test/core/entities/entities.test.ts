import { describe, expect, it } from 'vitest';
import { entities } from '../../../src/core/entities/index.js';
import type { Entity } from '../../../src/core/entities/types.js';

/** The entities of an Italian text, by name. */
function named(text: string, language = 'it'): Map<string, Entity> {
  return new Map(entities(text, { language }).entities.map((e) => [e.text, e]));
}

describe('entities: names from capitals', () => {
  it('ties a role phrase to the name after it and makes it a person', () => {
    const found = named('Ieri il ministro dell’Economia Paolo Rinaldi ha parlato a lungo con i sindacati.');
    expect(found.get('Paolo Rinaldi')).toMatchObject({
      type: 'person',
      role: 'ministro dell’Economia',
      count: 1,
    });
    expect(found.has('Economia')).toBe(false);
  });

  it('reads a role in apposition, before or after the name', () => {
    const before = named('La portavoce del governo, Anna Ferretti, ha risposto alle domande.');
    expect(before.get('Anna Ferretti')).toMatchObject({ type: 'person', role: 'portavoce del governo' });
    const after = named('Tommaso Vergani, sindaco di Lecco, ha inaugurato il ponte.');
    expect(after.get('Tommaso Vergani')).toMatchObject({ type: 'person', role: 'sindaco di Lecco' });
  });

  it('counts a surname mentioned alone for the full name used earlier', () => {
    const found = named(
      'Marta Colombi guida la squadra da due anni. Ieri Colombi ha detto che resterà. Secondo Colombi è presto.',
    );
    expect(found.get('Marta Colombi')).toMatchObject({ type: 'person', count: 3, aliases: ['Colombi'] });
    expect(found.has('Colombi')).toBe(false);
  });

  it('gives a shared surname to the namesake mentioned last before it', () => {
    const found = named(
      'Luca Serra ha vinto la prima gara. Giulia Serra ha vinto la seconda. Poi Serra ha ringraziato il pubblico.',
    );
    expect(found.get('Luca Serra')?.count).toBe(1);
    expect(found.get('Giulia Serra')?.count).toBe(2);
  });

  it('keeps particles inside names and splits names joined by a hyphen', () => {
    const found = named(
      'Il vertice Brunetti-Galli si è tenuto in Costa d’Avorio, vicino alla Corea del Sud.',
    );
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['Brunetti', 'Galli', 'Costa d’Avorio', 'Corea del Sud']),
    );
  });

  it('keeps a surname joined to a two-letter particle whole', () => {
    const found = named('Others, like Mohamed El-Erian, warned about rates. El-Erian said so twice.', 'en');
    expect(found.has('Mohamed El')).toBe(false);
    expect([...found.keys()].some((k) => k.includes('El-Erian'))).toBe(true);
  });

  it('does not take sentence-initial words for names unless the text or a gazetteer knows them', () => {
    const found = named(
      'Successivamente la delegazione è ripartita. Nonostante tutto, Bologna ha accolto la proposta.',
    );
    expect([...found.keys()]).toEqual(['Bologna']);
  });

  it('drops a common noun written with a capital when the text also writes it in lower case', () => {
    const found = named('Questo è un Paese giovane. Il paese ha votato ieri.');
    expect(found.size).toBe(0);
  });

  it('does not list a capitalised word that only belongs to another name’s role', () => {
    const found = named(
      'Il capo di Gabinetto, Sara Neri, ha dichiarato che il governo presenterà una protesta.',
    );
    expect([...found.keys()]).toEqual(['Sara Neri']);
    expect(found.get('Sara Neri')?.role).toBe('capo di Gabinetto');
  });
});

describe('entities: kinds', () => {
  it('recognises places from the gazetteer and merges their aliases', () => {
    const found = named(
      'Gli Usa e la Nord Corea discutono. Gli Stati Uniti chiedono alla Corea del Nord di fermarsi.',
    );
    expect(found.get('Stati Uniti')).toMatchObject({ type: 'place', count: 2, aliases: ['Usa'] });
    expect(found.get('Corea del Nord')).toMatchObject({ type: 'place', count: 2, aliases: ['Nord Corea'] });
  });

  it('recognises an unknown place from the prepositions before it', () => {
    const found = named('La squadra è arrivata a Vrenzolo in mattinata. Domani resterà a Vrenzolo.');
    expect(found.get('Vrenzolo')).toMatchObject({ type: 'place', count: 2 });
  });

  it('recognises places and organisations by their head words', () => {
    const found = named(
      'Il Ministero della Salute ha scritto alla Banca Popolare di Sondrio. Il Lago di Resia è tornato a crescere.',
    );
    expect(found.get('Ministero della Salute')?.type).toBe('organisation');
    expect(found.get('Banca Popolare di Sondrio')?.type).toBe('organisation');
    expect(found.get('Lago di Resia')?.type).toBe('place');
  });

  it('recognises organisations from the gazetteer, acronyms included', () => {
    const found = named('L’Onu ha votato e la Nato ha risposto, mentre il Cremlino taceva.');
    for (const name of ['Onu', 'Nato', 'Cremlino']) expect(found.get(name)?.type).toBe('organisation');
  });

  it('recognises a person by a given name or a reporting verb', () => {
    const found = named(
      'Giorgia Lanzi ha vinto la gara. Poi Ferraboschi ha detto che la gara era difficile.',
    );
    expect(found.get('Giorgia Lanzi')?.type).toBe('person');
    expect(found.get('Ferraboschi')?.type).toBe('person');
  });

  it('uses the names of quotation speakers as people', () => {
    const text = 'Ieri Morandini ha visitato il cantiere con i tecnici.';
    expect(entities(text, { language: 'it' }).entities[0]?.type).toBe('other');
    const hinted = entities(text, { language: 'it', hints: { speakers: ['Morandini'] } }).entities;
    expect(hinted[0]).toMatchObject({ text: 'Morandini', type: 'person' });
  });

  it('leaves a name without evidence as other', () => {
    expect(named('Il progetto Zefiro è stato rinviato.').get('Zefiro')?.type).toBe('other');
  });
});

describe('entities: English', () => {
  it('splits a capitalised title off the name and reads English roles', () => {
    const found = named(
      'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok. Putin said the talks went well.',
      'en',
    );
    expect(found.get('Vladimir Putin')).toMatchObject({
      type: 'person',
      role: 'Russian President',
      count: 2,
    });
    expect(found.get('Kim Jong Un')).toMatchObject({ type: 'person', role: 'North Korean leader' });
    expect(found.get('Vladivostok')?.type).toBe('place');
    expect(found.has('North Korean')).toBe(false);
  });

  it('reads the modifiers before an English title, and leaves weekdays out', () => {
    const found = named(
      'On Wednesday the chief cabinet secretary, Akira Tanabe, said that the Russian Far East was calm.',
      'en',
    );
    expect(found.get('Akira Tanabe')).toMatchObject({ type: 'person', role: 'chief cabinet secretary' });
    expect(found.get('Russian Far East')?.type).toBe('place');
    expect(found.has('Wednesday')).toBe(false);
  });

  it('matches short acronyms only in capitals and skips Title Case headlines', () => {
    const found = named(
      'Putin Meets Kim In Vladivostok\n\nThe UN said that Putin had arrived. Who knows why.',
      'en',
    );
    expect(found.get('UN')?.type).toBe('organisation');
    expect(found.has('Who')).toBe(false);
    expect(found.has('Meets')).toBe(false);
    expect(found.get('Putin')?.count).toBe(2);
  });
});

describe('entities: result', () => {
  it('gives offsets that point at each mention, most mentioned entity first', () => {
    const text =
      'Il sindaco di Roma, Elena Vitale, ha incontrato Vitale Bianchi? No: Elena Vitale ha incontrato i cittadini di Roma a Roma.';
    const { entities: list } = entities(text, { language: 'it' });
    for (const e of list) {
      expect(e.count).toBe(e.mentions.length);
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toMatch(/^\p{Lu}/u);
    }
    const counts = list.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(list[0]).toMatchObject({ text: 'Roma', type: 'place', count: 3 });
  });

  it('reuses a given segmentation and reports its language', () => {
    expect(entities('', { language: 'it' })).toEqual({ language: 'it', entities: [] });
  });
});

describe('entities: other languages', () => {
  it('reads French roles and places', () => {
    const found = named(
      'Le président Emmanuel Macron a rencontré le chancelier Olaf Scholz à Berlin. « Nous devons agir », a déclaré Macron.',
      'fr',
    );
    expect(found.get('Emmanuel Macron')).toMatchObject({ type: 'person', role: 'président', count: 2 });
    expect(found.get('Olaf Scholz')).toMatchObject({ type: 'person', role: 'chancelier' });
    expect(found.get('Berlin')?.type).toBe('place');
  });

  it('does not take every German noun for a name', () => {
    const found = named(
      'Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Regierung werde handeln.',
      'de',
    );
    expect(found.get('Olaf Scholz')).toMatchObject({ type: 'person', role: 'Bundeskanzler' });
    expect(found.get('Berlin')?.type).toBe('place');
    expect(found.has('Regierung')).toBe(false);
    expect(found.has('Montag')).toBe(false);
  });
});
