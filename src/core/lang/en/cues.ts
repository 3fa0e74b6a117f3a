/**
 * English quotation words: reporting verbs and the words around them, nouns of speakers, documents
 * and titles, and the function words that tell a subject from a prepositional phrase. Used by
 * quotation attribution (`src/core/quotes`); every entry is lower-case.
 */
import type { QuoteLexicon } from '../../quotes/lexicon.js';
import { givenNames } from '../it/given-names.js';

/** Forms of a regular reporting verb from its base (`explain` → `explains`, `explained`, `explaining`). */
function regular(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const past = base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const third = base.endsWith('y') && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  return [base, third, past, `${stem}ing`];
}

/** Regular reporting verbs. */
const REGULAR = [
  'add',
  'explain',
  'state',
  'note',
  'claim',
  'argue',
  'insist',
  'warn',
  'ask',
  'reply',
  'answer',
  'tweet',
  'post',
  'announce',
  'comment',
  'remark',
  'recall',
  'continue',
  'conclude',
  'admit',
  'acknowledge',
  'declare',
  'suggest',
  'emphasize',
  'emphasise',
  'stress',
  'observe',
  'confirm',
  'deny',
  'promise',
  'urge',
  'complain',
  'joke',
  'exclaim',
  'shout',
  'whisper',
  'scream',
  'yell',
  'mutter',
  'boast',
  'predict',
  'vow',
  'pledge',
  'assert',
  'maintain',
  'contend',
  'counter',
  'respond',
  'describe',
  'recount',
  'reveal',
  'report',
  'caution',
  'concede',
  'reflect',
  'recommend',
  'demand',
  'inquire',
  'quip',
  'sigh',
  'tell',
];

/** Irregular reporting verb forms. */
const IRREGULAR = [
  ...['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote'],
  ...['written', 'writing', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'put', 'puts', 'think'],
  ...['thinks', 'thought', 'go', 'goes', 'went'],
];

/** Nouns of people and bodies that speak in the news. */
const roleNouns = [
  ...['president', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson'],
  ...['chief', 'director', 'ceo', 'chairman', 'chairwoman', 'chair', 'coach', 'manager', 'senator'],
  ...['governor', 'mayor', 'officer', 'official', 'analyst', 'expert', 'professor', 'researcher'],
  ...['scientist', 'author', 'lawyer', 'attorney', 'judge', 'prosecutor', 'leader', 'secretary'],
  ...['ambassador', 'pope', 'king', 'queen', 'prince', 'princess', 'general', 'colonel', 'captain'],
  ...['player', 'striker', 'driver', 'champion', 'doctor', 'economist', 'founder', 'head', 'boss'],
  ...['government', 'ministry', 'police', 'company', 'party', 'union', 'council', 'agency', 'witness'],
  ...['mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'friend', 'resident'],
  ...['actor', 'actress', 'singer', 'artist', 'writer', 'journalist', 'editor', 'host', 'candidate'],
  ...['lawmaker', 'congressman', 'congresswoman', 'representative', 'dictator', 'commander', 'owner'],
];

/** The English quotation lexicon. */
export const englishCues: QuoteLexicon = {
  speechVerbs: new Set([...REGULAR.flatMap(regular), ...IRREGULAR]),
  documentVerbs: new Set(['reads', 'stipulates', 'states', 'provides', 'stated', 'prohibits', 'bans']),
  postVerbs: new Set([...regular('tweet'), ...regular('post'), 'wrote', 'shared']),
  labelVerbs: new Set([...regular('call'), ...regular('describe'), ...regular('label'), ...regular('dub')]),
  sourceVerbs: new Set(['reported', 'reports', 'reporting', 'according']),
  auxiliaries: new Set([
    ...['has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'also', 'later', 'then'],
    ...['previously', 'once', 'recently', 'again', 'did', 'does', 'not', 'never', 'had', 'went', 'on', 'to'],
  ]),
  clitics: new Set(['that', 'this', 'so']),
  phraseCues: [
    ['pointed', 'out'],
    ['points', 'out'],
    ['went', 'on'],
    ['made', 'clear'],
    ['told', 'reporters'],
  ],
  nominalCues: new Set([
    'words',
    'statement',
    'message',
    'remarks',
    'comment',
    'comments',
    'warning',
    'appeal',
  ]),
  prepositionalCues: [['according', 'to'], ['for'], ['in', 'the', 'words', 'of']],
  backReferences: new Set(['so', 'that', 'this', 'thus']),
  roleNouns: new Set(roleNouns),
  documentNouns: new Set([
    ...['resolution', 'law', 'bill', 'decree', 'ruling', 'statement', 'report', 'letter', 'document'],
    ...['memo', 'filing', 'order', 'regulation', 'treaty', 'agreement', 'study', 'article', 'constitution'],
  ]),
  postWords: new Set([
    'twitter',
    'x',
    'facebook',
    'instagram',
    'telegram',
    'tiktok',
    'tweet',
    'post',
    'social',
  ]),
  titleWords: new Set([
    ...['book', 'film', 'movie', 'novel', 'song', 'album', 'single', 'show', 'programme', 'program'],
    ...[
      'series',
      'operation',
      'project',
      'campaign',
      'festival',
      'magazine',
      'newspaper',
      'radio',
      'channel',
    ],
    ...['hashtag', 'slogan'],
    ...['word', 'term', 'phrase', 'label', 'brand', 'band', 'app', 'podcast', 'play', 'exhibition', 'tour'],
  ]),
  articles: new Set([
    ...['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'another', 'former', 'new'],
    // words of titles before a role noun (`Prime Minister`, `Deputy Chief`)
    ...['prime', 'deputy', 'vice', 'foreign', 'finance', 'home', 'health', 'chief', 'senior', 'acting'],
  ]),
  prepositions: new Set([
    ...['of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'into', 'over', 'after'],
    ...['before', 'during', 'against', 'between', 'among', 'through', 'like', 'as', 'than', 'that'],
  ]),
  adverbs: new Set(['also', 'later', 'then', 'again', 'today', 'yesterday', 'recently', 'simply', 'flatly']),
  nameParticles: new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'di', 'le', 'la', 'du', 'del', 'der']),
  notNames: new Set([
    ...['the', 'a', 'an', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'so', 'this', 'that', 'it'],
    ...['he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'today', 'yesterday', 'then', 'now'],
    ...['in', 'on', 'at', 'for', 'with', 'after', 'before', 'during', 'according', 'yes', 'no', 'mr', 'mrs'],
    ...['prime', 'deputy', 'vice', 'foreign', 'finance', 'home', 'health', 'chief', 'senior', 'acting'],
  ]),
  possessives: new Set(['his', 'her', 'their', 'its']),
  pronouns: new Set(['he', 'she', 'they', 'we', 'i']),
  gerundEndings: ['ing'],
  givenNames: new Set(givenNames),
  bodies: new Set(['government', 'ministry', 'police', 'company', 'party', 'union', 'council', 'agency']),
  indefinites: new Set(['a', 'an', 'another']),
  rolePrepositions: new Set(['of', 'for', 'at']),
  namingWords: new Set(['called', 'titled', 'entitled', 'named', 'dubbed', 'nicknamed', 'so-called']),
};
