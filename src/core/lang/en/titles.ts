/**
 * English words for people in entity extraction: titles and roles that tie a description to a name
 * (`Russian President Vladimir Putin`, `Hirokazu Matsuno, the chief cabinet secretary`), and the
 * prepositions that put a name in a place (`in Russia`). Lower-case.
 */

/** Titles, offices, professions and kinship words that describe a person named next to them. */
export const titles: readonly string[] = [
  ...['president', 'vice-president', 'minister', 'premier', 'chancellor', 'leader', 'dictator', 'chief'],
  ...['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'mayor', 'governor', 'senator', 'sen'],
  ...['representative', 'rep', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'general', 'gen'],
  ...['colonel', 'col', 'commander', 'admiral', 'captain', 'capt', 'pope', 'king', 'queen', 'prince'],
  ...['princess', 'cardinal', 'bishop', 'archbishop', 'father', 'sister', 'judge', 'justice', 'prosecutor'],
  ...['attorney', 'lawyer', 'professor', 'prof', 'doctor', 'dr', 'coach', 'manager', 'striker', 'player'],
  ...['driver', 'champion', 'author', 'writer', 'director', 'actor', 'actress', 'singer', 'journalist'],
  ...['founder', 'ceo', 'chairman', 'chairwoman', 'chair', 'economist', 'analyst', 'expert', 'researcher'],
  ...['scientist', 'tsar', 'emir', 'sheikh', 'sultan', 'ayatollah', 'activist', 'dissident', 'brother'],
  ...['wife', 'husband', 'son', 'daughter', 'mother', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord'],
  ...['lady', 'commissioner', 'officer', 'official', 'candidate', 'nominee', 'deputy', 'head', 'boss'],
];

/** Prepositions that, right before a name, put it in a place (`in Russia`). */
export const placePrepositions: readonly string[] = ['in'];

/** Prepositions that put a name in a place (`at Heathrow`) or not (`at Google`, `to Putin`). */
export const weakPlacePrepositions: readonly string[] = ['at', 'to'];

/** Words English capitalises by convention that are never names alone: weekdays and months. */
export const conventionalCapitals: readonly string[] = [
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february'],
  ...['march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
];

/** Lower-case words that qualify a title before it (`former president`, `chief cabinet secretary`). */
export const roleModifiers: readonly string[] = [
  ...['former', 'acting', 'interim', 'outgoing', 'incoming', 'late', 'then', 'deputy', 'vice', 'senior'],
  ...['top', 'chief', 'cabinet', 'foreign', 'defence', 'defense', 'prime', 'first', 'finance', 'interior'],
  ...[
    'health',
    'justice',
    'trade',
    'home',
    'press',
    'state',
    'attorney',
    'assistant',
    'executive',
    'general',
  ],
];
