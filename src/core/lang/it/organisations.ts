/**
 * Italian names of organisations for entity classification: international bodies, institutions often
 * named by their seat (`Cremlino`, `Casa Bianca`, `Palazzo Chigi`), parties, agencies, companies and
 * clubs the news names, with their acronyms. Comma-separated (a line may break inside an entry);
 * `alias=canonical` is another name of the same body (`Nazioni Unite=Onu`). Matching is case-insensitive.
 */

/** International bodies and alliances. */
const INTERNATIONAL = `
Onu, Nazioni Unite=Onu, Organizzazione delle Nazioni Unite=Onu, Consiglio di Sicurezza, Nato, Alleanza
Atlantica=Nato, Ue, Unione europea=Ue, Commissione europea, Commissione Ue=Commissione europea, Parlamento
europeo, Consiglio europeo, Eurogruppo, Bce, Banca centrale europea=Bce, Fmi, Fondo monetario
internazionale=Fmi, Banca mondiale, Ocse, Oms, Organizzazione mondiale della sanità=Oms, Unesco, Unicef,
Fao, Unhcr, Acnur=Unhcr, Wto, Omc=Wto, Opec, Aiea, G7, G20, Brics, Asean, Unione africana, Lega araba,
Osce, Corte penale internazionale, Cpi=Corte penale internazionale, Corte internazionale di giustizia,
Croce Rossa, Mezzaluna Rossa, Amnesty International, Amnesty=Amnesty International, Human Rights Watch,
Greenpeace, Medici senza frontiere, Msf=Medici senza frontiere, Emergency, Caritas, Save the Children,
Frontex, Europol, Interpol, Eurostat, Cio, Fifa, Uefa
`;

/** Institutions by their seat, and national bodies. */
const INSTITUTIONS = `
Cremlino, Casa Bianca, Pentagono, Dipartimento di Stato, Congresso, Campidoglio, Eliseo, Downing Street,
Bundestag, Duma, Knesset, Quirinale, Palazzo Chigi, Farnesina, Viminale, Montecitorio, Palazzo Madama,
Senato, Camera, Camera dei deputati, Parlamento, Governo, Consulta, Corte costituzionale, Cassazione, Corte
di Cassazione=Cassazione, Consiglio di Stato, Csm, Tar, Corte dei conti, Bankitalia, Banca d’Italia=
Bankitalia, Istat, Inps, Inail, Agenzia delle Entrate, Consob, Antitrust, Protezione civile, Vigili del
fuoco, Carabinieri, Guardia di Finanza, Guardia costiera, Polizia di Stato, Esercito, Marina, Aeronautica,
Santa Sede, Cei, Cia, Fbi, Nsa, Kgb, Fsb, Mossad, Sbu, Federal Reserve, Fed=Federal Reserve, Ansa, Reuters,
Afp, Ap, Bbc, Cnn, Rai, Mediaset, Sky, Tass, Ria Novosti, Kcna
`;

/** Parties and armed groups. */
const GROUPS = `
Partito democratico, Pd=Partito democratico, Fratelli d’Italia, FdI=Fratelli d’Italia, Forza Italia, Lega,
Movimento 5 Stelle, M5s=Movimento 5 Stelle, Italia Viva, Avs, Più Europa, Partito comunista,
Partito repubblicano, Partito democratico americano, Repubblicani, Democratici, Cdu, Spd, Afd, Rassemblement
National, Hamas, Hezbollah, Isis, Stato islamico=Isis, Daesh=Isis, Al Qaeda, Talebani, Houthi, Wagner,
Gruppo Wagner=Wagner
`;

/** Companies and clubs. */
const COMPANIES = `
Eni, Enel, Fiat, Stellantis, Ferrari, Fincantieri, Tim, Telecom Italia, Poste Italiane,
Intesa Sanpaolo, Unicredit, Generali, Mediobanca, Ita Airways, Alitalia, Trenitalia, Ferrovie dello Stato,
Autostrade, Luxottica, Pirelli, Barilla, Gazprom, Rosneft, Lukoil, Apple, Google, Alphabet, Microsoft,
Amazon, Meta, Facebook, Instagram, WhatsApp, Twitter, TikTok, Tesla, SpaceX, OpenAI, Nvidia, Intel,
Samsung, Huawei, Alibaba, Toyota, Volkswagen, Boeing, Airbus, Ryanair, Juventus, Inter, Milan, Napoli
Calcio, Roma Calcio, Lazio Calcio
`;

/** Every organisation name: comma-separated entries, `alias=canonical` for another name of the same body. */
export const organisations: string = [INTERNATIONAL, INSTITUTIONS, GROUPS, COMPANIES].join(',');

/** Words that make a capitalised name an organisation (`Ministero degli Esteri`, `Banca Etruria`), lower-case. */
export const organisationHeads: readonly string[] = [
  ...['ministero', 'partito', 'banca', 'università', 'ateneo', 'politecnico', 'consiglio', 'commissione'],
  ...['corte', 'tribunale', 'procura', 'agenzia', 'fondazione', 'associazione', 'istituto', 'società'],
  ...['gruppo', 'federazione', 'confederazione', 'comitato', 'dipartimento', 'ufficio', 'autorità'],
  ...['authority', 'ospedale', 'policlinico', 'museo', 'accademia', 'azienda', 'compagnia', 'ente'],
  ...['sindacato', 'movimento', 'alleanza', 'fronte', 'coalizione', 'unione', 'lega', 'consorzio'],
  ...['cooperativa', 'polizia', 'esercito', 'spa', 's.p.a.', 'srl', 'holding', 'calcio', 'fc'],
  ...['senato', 'camera', 'duma', 'banco', 'marina', 'chiesa', 'comune', 'prefettura', 'questura'],
  ...['assemblea', 'parlamento', 'governo', 'brigata'],
];

/**
 * Endings of the lower-case adjectives that complete an organisation's name after its head word
 * (`Banca centrale`, `Marina militare`, `Guardia costiera`, `Tribunale amministrativo`). Verb endings
 * such as `-ano` are left out: `il Governo approvano` must not grow into a name.
 */
export const adjectiveEndings: readonly string[] = [
  ...['ale', 'ali', 'are', 'ari', 'ile', 'ili', 'ico', 'ica', 'ici', 'iche', 'ese', 'esi', 'ense', 'ensi'],
  ...['ea', 'eo', 'ei', 'ee', 'ivo', 'iva', 'ivi', 'ive', 'iero', 'iera', 'ieri', 'iere', 'ario', 'aria'],
];
