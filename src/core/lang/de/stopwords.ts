/** German function words, lower-case, one group per word class. Both `dass` and the older `daß`. */
const GROUPS: readonly string[] = [
  // articles and negative determiners
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines`,
  // prepositions and their contractions with the article
  `an am ans auf aufs aus bei beim bis durch durchs für fürs gegen hinter hinters in im ins mit nach neben
  ohne seit über übers um ums unter unters vom von vor vors zu zum zur zwischen während wegen trotz statt
  anstatt außer gegenüber entlang innerhalb außerhalb laut ab samt seitens dank mittels`,
  // personal and reflexive pronouns
  `ich mich mir du dich dir er ihn ihm sie ihr ihnen es wir uns euch man sich`,
  // possessives
  `mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem
  seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure euren
  eurem eurer eures`,
  // demonstratives, relatives and interrogatives
  `dieser diese dieses diesen diesem jener jene jenes jenen jenem welcher welche welches welchen welchem
  derselbe dieselbe dasselbe denselben demselben derjenige diejenige dasjenige diejenigen dessen deren denen
  solche solcher solches solchen solchem wer wen wem wessen was wo wann warum wie woher wohin womit wovon
  worauf worüber wodurch`,
  // indefinites and quantifiers
  `alle allem allen aller alles andere anderen anderer anderes anderem beide beiden einige einigen einiger
  einiges jede jeder jedes jeden jedem jemand niemand etwas nichts viel viele vielen vieler vieles wenig
  wenige wenigen mehr mehrere mehreren manche manchen mancher meisten`,
  // sein
  `sein bin bist ist sind seid war warst waren wart gewesen wäre wärst wären wärt sei seist seien`,
  // haben
  `haben habe hast hat habt hatte hattest hatten hattet gehabt hätte hättest hätten hättet`,
  // werden
  `werden werde wirst wird werdet wurde wurdest wurden wurdet geworden worden würde würdest würden würdet`,
  // modal verbs
  `können kann kannst könnt konnte konnten könnte könnten müssen muss musst müsst musste mussten müsste
  müssten muß sollen soll sollst sollt sollte sollten wollen will willst wollt wollte wollten dürfen darf
  darfst durfte durften dürfte mögen mag magst mochte möchte möchten`,
  // conjunctions and subordinators
  `und oder aber denn sondern dass daß ob weil wenn als wie da damit obwohl obgleich bevor nachdem sobald
  solange sowie sowohl weder noch entweder falls indem ehe seitdem bis`,
  // adverbs of negation, degree, time and place
  `nicht auch noch schon nur sehr so doch ja nein nun dann jetzt hier dort da immer nie niemals wieder
  bereits sogar eben gerade zwar also heute gestern morgen bald oft selten fast ganz gar etwa kaum
  vielleicht wohl sonst dabei dafür dagegen daher darauf darum davon dazu danach dadurch darin daran darüber
  deshalb deswegen dennoch jedoch trotzdem außerdem zudem ebenfalls ebenso allerdings hin her hinaus heraus
  herein zurück zusammen weiter los`,
];

/** German function words, lower-case, without duplicates. */
export const stopwords: readonly string[] = [...new Set(GROUPS.join(' ').trim().split(/\s+/))];
