/** Portuguese function words, European and Brazilian, lower-case, one group per word class. */
const GROUPS: readonly string[] = [
  // articles
  `o a os as um uma uns umas`,
  // prepositions
  `ante após até com contra de desde em entre para pra perante por sem sob sobre trás durante mediante
  conforme segundo exceto salvo junto perto dentro fora através acerca`,
  // contractions of prepositions with articles, pronouns and demonstratives
  `ao aos à às do da dos das dum duma duns dumas no na nos nas num numa nuns numas pelo pela pelos pelas
  dele dela deles delas nele nela neles nelas deste desta destes destas disto desse dessa desses dessas
  disso daquele daquela daqueles daquelas daquilo neste nesta nestes nestas nisto nesse nessa nesses nessas
  nisso naquele naquela naqueles naquelas naquilo àquele àquela àqueles àquelas àquilo daí dali daqui`,
  // personal, clitic and reflexive pronouns
  `eu me mim comigo tu te ti contigo ele ela eles elas lhe lhes se si consigo nós conosco connosco vós vos
  convosco você vocês`,
  // possessives
  `meu minha meus minhas teu tua teus tuas seu sua seus suas nosso nossa nossos nossas vosso vossa vossos
  vossas`,
  // demonstratives
  `este esta estes estas isto esse essa esses essas isso aquele aquela aqueles aquelas aquilo`,
  // relatives, interrogatives and indefinites
  `que quê quem qual quais cujo cuja cujos cujas onde aonde quando como quanto quanta quantos quantas algo
  alguém algum alguma alguns algumas nenhum nenhuma nada ninguém cada qualquer quaisquer todo toda todos
  todas tudo outro outra outros outras mesmo mesma mesmos mesmas tal tais vários várias demais muito muita
  muitos muitas pouco pouca poucos poucas tanto tanta tantos tantas certo certa certos certas`,
  // ser
  `ser sou és é somos sois são era eras éramos éreis eram fui foste foi fomos fostes foram serei serás será
  seremos sereis serão seria serias seríamos seríeis seriam seja sejas sejamos sejais sejam fosse fosses
  fôssemos fôsseis fossem for fores formos fordes forem sido sendo`,
  // estar
  `estar estou estás está estamos estais estão estava estavas estávamos estáveis estavam estive estiveste
  esteve estivemos estivestes estiveram estarei estará estaremos estarão estaria estariam esteja estejas
  estejamos estejam estivesse estivessem estiver estiverem estando`,
  // ter and haver
  `ter tenho tens tem temos tendes têm tinha tinhas tínhamos tinham tive tiveste teve tivemos tiveram terei
  terá teremos terão teria teriam tenha tenhas tenhamos tenham tivesse tivessem tiver tiverem tido tendo
  haver hei hás há havemos hão havia haviam houve houveram haverá haverão haveria haja hajam houvesse
  houvessem houver havido havendo`,
  // fazer, poder, dever, ir: common forms
  `fazer faço faz fazemos fazem fazia faziam fiz fez fizeram fará farão faria fariam faça façam fizesse
  feito fazendo poder posso pode podemos podem podia podiam pôde puderam poderá poderão poderia poderiam
  possa possam pudesse puder podido dever devo deve devemos devem devia deviam deverá deveria deveriam
  deva devam devido vou vai vamos vão ia iam ir ido indo`,
  // conjunctions and subordinators
  `e ou mas porém nem porque pois se como enquanto embora contudo todavia entretanto logo portanto senão
  caso conquanto`,
  // adverbs of negation, degree, time and place
  `não sim já também tampouco só somente apenas ainda mais menos tão muito bastante quase bem mal assim
  sempre nunca jamais hoje ontem amanhã agora então depois antes cedo tarde aqui aí ali lá cá acolá além
  aliás inclusive talvez lá`,
  // discourse words and connectives
  `afinal aliás realmente especialmente finalmente inclusivamente sobretudo né`,
];

/** Portuguese function words, lower-case, without duplicates. */
export const stopwords: readonly string[] = [...new Set(GROUPS.join(' ').trim().split(/\s+/))];
