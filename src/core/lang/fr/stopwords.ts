/**
 * French function words, lower-case, one group per word class. Elided forms appear without their
 * apostrophe (`l`, `d`, `qu`, `jusqu`), as the tokenizer and the language detector see them. Words
 * with an apostrophe inside are one token for the tokenizer (`aujourd'hui`, listed as analyses see it
 * once they drop the apostrophe: `aujourdhui`) and two words for the detector (`aujourd` + `hui`).
 */
const GROUPS: readonly string[] = [
  // articles and partitives, also elided
  `le la les l un une des du de d au aux`,
  // prepositions
  `à après avant avec chez contre dans depuis derrière dès devant durant en entre envers hors jusque jusqu
  malgré par parmi pendant pour sans selon sous sur vers via voici voilà outre près auprès autour dessus
  dessous dedans dehors afin lors grâce face`,
  // personal, reflexive and adverbial pronouns, also elided
  `je j me m moi tu t te toi il elle on nous vous ils elles lui leur eux se s soi y en`,
  // possessives
  `mon ma mes ton ta tes son sa ses notre nos votre vos leurs mien mienne miens miennes tien tienne tiens
  tiennes sien sienne siens siennes nôtre nôtres vôtre vôtres`,
  // demonstratives, also elided
  `ce c cet cette ces ça cela ceci celui celle ceux celles là ci`,
  // relatives, interrogatives and indefinites, also elided
  `qui que qu quoi dont où lequel laquelle lesquels lesquelles duquel auquel auxquels auxquelles desquels
  desquelles quel quelle quels quelles quelque quelques quelqu quiconque chacun chacune aucun aucune nul
  nulle personne rien tout tous toute toutes autre autres autrui même mêmes plusieurs certain certaine
  certains certaines chaque tel telle tels telles divers diverses maint`,
  // être
  `être suis es est sommes êtes sont étais était étions étiez étaient fus fut fûmes fûtes furent serai seras
  sera serons serez seront serais serait serions seriez seraient sois soit soyons soyez soient fusse fusses
  fût fussions fussiez fussent été étant`,
  // avoir
  `avoir ai as a avons avez ont avais avait avions aviez avaient eus eut eûmes eûtes eurent aurai auras aura
  aurons aurez auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eusse eusses eût
  eussions eussiez eussent eu eue eues ayant`,
  // faire, aller and modal verbs, common forms
  `faire fais fait faisons faites font faisait faisaient fera feront ferait feraient fasse fassent va vais vas
  allons allez vont allait allaient ira iront irait aller peut peux pouvons pouvez peuvent pouvait pouvaient
  pourra pourront pourrait pourraient puisse puissent pu pouvoir doit dois devons devez doivent devait
  devaient devra devront devrait devraient doive doivent dû devoir veut veux voulons voulez veulent voulait
  voudrait voudraient vouloir faut fallait faudra faudrait`,
  // conjunctions and subordinators, also elided
  `et ou mais donc or ni car si s comme quand lorsque lorsqu puisque puisqu parce quoique quoiqu tandis
  alors ainsi aussi sinon soit pourquoi comment combien`,
  // adverbs of negation, degree, time and place
  `ne n pas plus moins très trop bien peu beaucoup assez encore déjà toujours jamais souvent parfois
  aujourd hui aujourdhui quelquun quelquune hier demain maintenant ensuite puis enfin ici ailleurs partout presque presqu environ
  seulement surtout vraiment plutôt tant autant tellement non oui guère point`,
  // discourse words and connectives
  `cependant pourtant toutefois néanmoins notamment également désormais ailleurs effectivement
  évidemment bref certes car voire dont`,
];

/** French function words, lower-case, without duplicates. */
export const stopwords: readonly string[] = [...new Set(GROUPS.join(' ').trim().split(/\s+/))];
