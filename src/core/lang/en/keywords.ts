/**
 * English word lists for keyphrase extraction, lower-case. They complement the function words of
 * the language data: a keyphrase names a thing, so common verbs, adverbs and vague quantifiers
 * cannot start or end one.
 */

/** Prepositions that may stand inside a keyphrase between two content words (`philosophy of mind`). */
export const connectors: readonly string[] = ['of'];

/** Articles that may follow a connector inside a keyphrase (`Department of the Interior`). */
export const articles: readonly string[] = ['the'];

/** Particles inside proper names, between two capitalised words (`Bank of England`, `Ludwig van Beethoven`). */
export const nameParticles: readonly string[] = [
  'of',
  'the',
  'for',
  'de',
  'da',
  'van',
  'von',
  'der',
  'del',
  'la',
  'le',
  'bin',
  'al',
];

/** `'s` closes a possessive (`Lob's theorem`): the keyphrase word is `Lob`. */
export const possessive = true;

/** Endings of adverbs (in words of 6+ letters): such words never start or end a keyphrase. */
export const adverbSuffixes: readonly string[] = [
  'ally',
  'ively',
  'ously',
  'ently',
  'antly',
  'edly',
  'fully',
  'ingly',
  'ately',
];

/**
 * Endings of verb forms that cannot close a noun phrase (`systems proposed`) although they may stand
 * inside one (`distributed systems`), with the nouns that merely look like them.
 */
export const nonFinalSuffixes: readonly string[] = ['ed'];

/** Words with a non-final ending that are nouns all the same. */
export const nonFinalExceptions: readonly string[] = [
  'speed',
  'seed',
  'feed',
  'need',
  'breed',
  'greed',
  'creed',
  'weed',
  'reed',
  'shed',
  'bed',
  'red',
  'embed',
  'kindred',
  'sled',
  'shred',
  'tweed',
  'steed',
  'deed',
  'hatred',
  'sacred',
  'naked',
  'wicked',
  'ragged',
];

/**
 * Auxiliaries, modals, clitics and subject pronouns (and the adverbs that may follow them): the
 * first content word after a chain of these is a verb (`ha detto`, `is based`), not a keyphrase word.
 */
export const verbMarkers: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'having',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'we',
  'they',
  'he',
  'she',
  'i',
  'not',
  'also',
  'already',
  'never',
];

/** Endings of finite verb forms (none: English verbs are told by their context): lower-case words with them are stopwords. */
export const verbSuffixes: readonly string[] = [];

/** Modifiers precede the noun (`model predictive control`): a phrase ends with its head. */
export const headFinal = true;

/** Titles and roles written before a name (`presidente`, `Minister`): not part of the name they precede. */
export const titles: readonly string[] = `
mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary senator congressman congresswoman governor mayor king queen prince princess pope cardinal colonel captain commander chancellor judge chairman chairwoman ambassador
`
  .trim()
  .split(/\s+/);

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
a about above according accordingly across actually after afterwards again against all almost alone along
already also although always am among amongst an and another any anybody anyhow anyone anything anyway
anyways anywhere apart appear appeared appears appropriate are around as aside ask asked asking associated
at available away awfully be became because become becomes becoming been before beforehand behind being
believe below beside besides best better between beyond both brief but by came can cannot cant certain
certainly clearly come comes concerning consequently consider considered considering contain containing
contains corresponding could course currently definitely described describes describe despite did different
do does doing done down downwards during each eg eight either else elsewhere enough entirely especially et etc
even ever every everybody everyone everything everywhere ex exactly example except far few fifth first five
followed following follows for former formerly forth four from further furthermore get gets getting given
gives go goes going gone got gotten greetings had happens hardly has have having he hello help hence her here
hereafter hereby herein hereupon hers herself hi him himself his hither hopefully how howbeit however i ie if
ignored immediate in inasmuch inc indeed indicate indicated indicates inner insofar instead into inward is it
its itself just keep keeps kept know known knows last lately later latter latterly least less lest let like
liked likely little look looking looks ltd mainly many may maybe me mean meanwhile merely might more moreover
most mostly much must my myself namely near nearly necessary need needs neither never nevertheless next nine
no nobody non none noone nor normally not nothing novel now nowhere obviously of off often oh ok okay old on
once one ones only onto or other others otherwise ought our ours ourselves out outside over overall own
particular particularly per perhaps placed please plus possible presumably probably provides que quite qv
rather rd re really reasonably regarding regardless regards relatively respectively right said same saw say
saying says second secondly see seeing seem seemed seeming seems seen self selves sensible sent serious
seriously seven several shall she should since six so some somebody somehow someone something sometime
sometimes somewhat somewhere soon sorry specified specify specifying still sub such sup sure take taken tell
tends th than thank thanks thanx that thats the their theirs them themselves then thence there thereafter
thereby therefore therein theres thereupon these they think third this thorough thoroughly those though three
through throughout thru thus to together too took toward towards tried tries truly try trying twice two un
under unfortunately unless unlikely until unto up upon us use used useful uses using usually various
very via viz vs want wants was way we welcome well went were what whatever when whence whenever where
whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose
why will willing wish with within without wonder would yes yet you your yours yourself yourselves zero
propose proposed proposes presented presents show shown shows showed studied discuss discussed discusses investigate investigated obtain obtained achieve achieved achieves
provide provided providing consider considers allow allows allowed enable enables require requires required
make makes made find found finds give giving based new also addition additional additionally
significantly
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow ten hundred thousand million millions billion billions
`
  .trim()
  .split(/\s+/);

/**
 * Common nouns so general that they rarely name what a text is about (`way`, `time`, `people`):
 * they may stand in a keyphrase, but alone they are weighed down.
 */
export const genericWords: readonly string[] = `
year years day days time times week weeks month months part parts way ways thing things people person
number numbers lot lots kind kinds type types case cases point points fact facts end beginning level levels
area areas world problem problems issue issues question questions result results method methods approach
approaches system systems use work works information data process paper model models technique techniques
application applications analysis
`
  .trim()
  .split(/\s+/);
