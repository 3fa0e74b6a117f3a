/** Spanish function words, lower-case, one group per word class. */
const GROUPS: readonly string[] = [
  // articles and contractions
  `el la los las lo un una unos unas al del`,
  // prepositions
  `a ante bajo cabe con contra de desde durante en entre hacia hasta mediante para por según sin so sobre tras
  versus vía excepto salvo incluso junto dentro fuera encima debajo delante detrás alrededor través`,
  // personal, clitic and reflexive pronouns
  `yo me mí conmigo tú tu te ti contigo él ella ello ellos ellas le les se sí consigo nosotros nosotras nos
  vosotros vosotras os usted ustedes vos`,
  // possessives
  `mi mis tus su sus mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros
  nuestras vuestro vuestra vuestros vuestras`,
  // demonstratives
  `este esta estos estas esto ese esa esos esas eso aquel aquella aquellos aquellas aquello`,
  // relatives, interrogatives and indefinites
  `que qué quien quienes quién quiénes cual cuales cuál cuáles cuyo cuya cuyos cuyas donde dónde adonde
  cuando cuándo como cómo cuanto cuanta cuantos cuantas cuánto cuánta cuántos cuántas algo alguien algún
  alguna algunas alguno algunos ningún ninguna ninguno nada nadie cada cualquier cualquiera todo toda todos
  todas otro otra otros otras mismo misma mismos mismas tal tales varios varias demás mucho mucha muchos
  muchas poco poca pocos pocas tanto tanta tantos tantas demasiado demasiada demasiados demasiadas uno`,
  // ser
  `ser soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron seré serás
  será seremos seréis serán sería serías seríamos seríais serían sea seas seamos seáis sean fuera fueras
  fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen sido siendo`,
  // estar
  `estar estoy estás está estamos estáis están estaba estabas estábamos estabais estaban estuve estuviste
  estuvo estuvimos estuvisteis estuvieron estaré estarás estará estaremos estaréis estarán estaría estarías
  estaríamos estaríais estarían esté estés estemos estéis estén estuviera estuvieras estuviéramos estuvierais
  estuvieran estuviese estuviesen estando`,
  // haber
  `haber he has ha hemos habéis han había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis
  hubieron habré habrás habrá habremos habréis habrán habría habrías habríamos habríais habrían haya hayas
  hayamos hayáis hayan hubiera hubieras hubiéramos hubierais hubieran hubiese hubiesen habido habiendo hay`,
  // tener, hacer, poder, deber, ir: common forms
  `tener tengo tienes tiene tenemos tenéis tienen tenía tenían tuve tuvo tuvieron tendrá tendrán tendría
  tendrían tenga tengan tuviera tuvieran tenido teniendo hacer hago haces hace hacemos hacen hacía hacían
  hice hizo hicieron hará harán haría harían haga hagan hiciera hicieran hecho haciendo poder puedo puedes
  puede podemos pueden podía podían pude pudo pudieron podrá podrán podría podrían pueda puedan pudiera
  pudieran podido pudiendo deber debo debe deben debía debían deberá debería deberían deba deban debido voy
  vas va vamos van iba iban ir ido yendo`,
  // conjunctions and subordinators
  `y e o u ni pero mas sino aunque porque pues si mientras conque luego siquiera`,
  // adverbs of negation, degree, time and place
  `no sí ya también tampoco muy más menos tan bastante casi solo sólo solamente apenas aún todavía
  siempre nunca jamás ahora hoy ayer mañana antes después entonces luego pronto tarde temprano aquí ahí allí
  allá acá cerca lejos bien mal así además quizá quizás acaso`,
  // discourse words and connectives
  `embargo obstante cierto claro pues entonces bueno realmente precisamente especialmente
  finalmente incluso asimismo respecto`,
];

/** Spanish function words, lower-case, without duplicates. */
export const stopwords: readonly string[] = [...new Set(GROUPS.join(' ').trim().split(/\s+/))];
