/**
 * French words for people in entity extraction: titles and roles that tie a description to a name
 * (`le président Emmanuel Macron`), the prepositions that put a name in a place (`en France`, `à Paris`),
 * and the words that qualify a title before it (`l’ancien ministre`). Lower-case.
 */

/** Titles, offices, professions and kinship words that describe a person named next to them. */
export const titles: readonly string[] = [
  ...['président', 'présidente', 'vice-président', 'ministre', 'premier', 'chancelier', 'chancelière'],
  ...['dirigeant', 'dirigeante', 'chef', 'dictateur', 'porte-parole', 'secrétaire', 'maire', 'gouverneur'],
  ...['sénateur', 'sénatrice', 'député', 'députée', 'ambassadeur', 'ambassadrice', 'général', 'colonel'],
  ...['commandant', 'amiral', 'capitaine', 'pape', 'roi', 'reine', 'prince', 'princesse', 'cardinal'],
  ...['évêque', 'archevêque', 'juge', 'procureur', 'procureure', 'avocat', 'avocate', 'professeur'],
  ...['docteur', 'entraîneur', 'sélectionneur', 'joueur', 'joueuse', 'pilote', 'champion', 'championne'],
  ...['écrivain', 'écrivaine', 'auteur', 'autrice', 'réalisateur', 'réalisatrice', 'acteur', 'actrice'],
  ...['chanteur', 'chanteuse', 'journaliste', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'pdg'],
  ...['économiste', 'analyste', 'expert', 'experte', 'chercheur', 'chercheuse', 'militant', 'militante'],
  ...['frère', 'sœur', 'épouse', 'mari', 'fils', 'fille', 'mère', 'père', 'monsieur', 'madame', 'm', 'mme'],
  ...['commissaire', 'candidat', 'candidate', 'patron', 'patronne', 'leader', 'émir', 'cheikh', 'sultan'],
];

/** Prepositions that, right before a name, put it in a place (`en France`). */
export const placePrepositions: readonly string[] = ['en'];

/** Prepositions that put a name in a place (`à Paris`) or make it an indirect object (`a dit à Macron`). */
export const weakPlacePrepositions: readonly string[] = ['à'];

/** Words French capitalises by convention that are never names alone: none (weekdays are lower case). */
export const conventionalCapitals: readonly string[] = [];

/** Lower-case words that qualify a title before it (`l’ancien ministre`, `le nouveau président`). */
export const roleModifiers: readonly string[] = [
  'ancien',
  'ancienne',
  'ex',
  'nouveau',
  'nouvelle',
  'futur',
  'future',
];
