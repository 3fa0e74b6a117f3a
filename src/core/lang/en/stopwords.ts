/**
 * English function words, lower-case, one group per word class. Contractions appear split at their
 * apostrophe (`don` + `t`, `it` + `s`), as the tokenizer and the language detector see them. `us`
 * is left out: lower-cased, it is also `US`, one of the most frequent names in English news.
 */
const GROUPS: readonly string[] = [
  // articles, determiners and quantifiers
  `the a an this that these those some any no every each either neither all both half several many much more
  most few fewer fewest less least little lot lots other others another such what which whatever whichever
  own same enough plenty`,
  // prepositions
  `about above across after against ahead along alongside amid amidst among amongst around as at atop before
  behind below beneath beside besides between beyond but by concerning despite down during except excluding
  following for from in including inside into like minus near nearby of off on onto opposite out outside over
  past per plus regarding round since than through throughout thru till to toward towards under underneath
  unlike until unto up upon versus via with within without according`,
  // personal, possessive, reflexive and indefinite pronouns
  `i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself
  we our ours ourselves they them their theirs themselves one ones oneself who whom whose whoever whomever
  someone somebody something somewhere anyone anybody anything anywhere everyone everybody everything
  everywhere nobody nothing nowhere none`,
  // contractions split at the apostrophe
  `s t d ll m re ve don doesn didn isn aren wasn weren hasn haven hadn won wouldn shouldn couldn mustn mightn
  needn shan ain cannot let`,
  // be, have, do
  `be am is are was were been being have has had having do does did doing done`,
  // modal and other auxiliary verbs
  `will would shall should can could may might must ought need get gets got gotten getting`,
  // conjunctions and subordinators
  `and or nor so yet because although though while whilst whereas whether if unless once lest than then that
  whenever wherever however`,
  // interrogative and relative adverbs
  `where when why how whereby wherein`,
  // adverbs of time, place, degree, negation and discourse
  `not no yes also just only even still already again ever never always often sometimes usually soon later
  now then today yesterday tomorrow here there very too quite rather really almost nearly well else
  therefore thus hence moreover furthermore otherwise instead indeed perhaps maybe anyway meanwhile
  nevertheless nonetheless away back further together apart yet ago around actually certainly probably
  simply especially particularly generally recently currently finally`,
  // reporting verbs that mark quotations rather than content
  `said says say saying told`,
];

/** English function words, lower-case, without duplicates. */
export const stopwords: readonly string[] = [...new Set(GROUPS.join(' ').trim().split(/\s+/))];
