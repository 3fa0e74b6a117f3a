/**
 * Italian function words, lower-case, one group per word class. Elided forms appear without their
 * apostrophe (`dell`, `l`, `c`, `quest`) and words typed with an apostrophe for their accent
 * (`perche'`) without it too (`perche`): callers strip a trailing apostrophe before looking a word up.
 */
const GROUPS: readonly string[] = [
  // articles, also elided
  `il lo la i gli le un uno una l gl`,
  // simple and articulated prepositions, also elided
  `a ad al allo ai agli all agl alla alle con col coi colla colle coll da dal dallo dai dagli dall dagl dalla
  dalle di d del dello dei degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo
  sui sugli sull sugl sulla sulle per pel pei tra fra contro verso senza sopra sotto dentro fuori presso durante
  dietro davanti oltre entro lungo tramite mediante attraverso circa secondo insieme accanto vicino intorno
  attorno salvo eccetto tranne malgrado nonostante`,
  // personal, clitic and reflexive pronouns, also combined and elided
  `io tu lui lei egli ella esso essa essi esse noi voi loro me te sé mi ti si ci vi ne c m t s v n ce ve se
  glielo gliela glieli gliele gliene melo mela meli mele mene telo tela teli tele tene selo sela seli sele sene
  celo cela celi cele cene velo vela veli vele vene`,
  // possessives
  `mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri vostre
  altrui proprio propria propri proprie`,
  // demonstratives, also elided
  `questo questa questi queste quest quello quella quelli quelle quell quel quei codesto costui costei costoro
  colui colei coloro ciò stesso stessa stessi stesse medesimo medesima medesimi medesime tale tali`,
  // relatives, interrogatives and indefinites
  `che ch chi cui quale quali qual quanto quanta quanti quante cosa chiunque qualcuno qualcuna qualcun
  qualcosa qualche qualsiasi qualunque nessuno nessuna nessun niente nulla nient ognuno ognuna ognun ogni
  ciascuno ciascuna ciascun alcuno alcuna alcuni alcune alcun altro altra altri altre tutto tutta tutti tutte
  tutt parecchio parecchi parecchie vari varie diversi diverse certo certa certi certe molto molta molti molte
  poco poca pochi poche tanto tanta tanti tante troppo troppa troppi troppe uno due tre`,
  // essere
  `essere sono sei è siamo siete ero eri era eravamo eravate erano fui fosti fu fummo foste furono sarò sarai
  sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero sia siate siano fossi fosse
  fossimo fossero sii essendo stato stata stati state`,
  // avere
  `avere ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste
  ebbero avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero abbia abbiate
  abbiano avessi avesse avessimo avessero abbi avendo avuto avuta avuti avute`,
  // fare
  `fare faccio fai fa facciamo fate fanno facevo facevi faceva facevamo facevate facevano feci facesti fece
  facemmo faceste fecero farò farai farà faremo farete faranno farei faresti farebbe faremmo fareste farebbero
  faccia facciate facciano facessi facesse facessimo facessero facendo fatto fatta fatti fatte`,
  // stare
  `stare sto stai sta stiamo stanno stavo stavi stava stavamo stavate stavano stetti stesti stette stemmo
  steste stettero starò starai starà staremo starete staranno starei staresti starebbe staremmo stareste
  starebbero stia stiate stiano stessi stessimo stessero stando`,
  // modal verbs, common forms
  `può posso puoi possiamo potete possono poteva potevano potrà potranno potrebbe potrebbero possa possano
  potere potuto deve devo devi dobbiamo dovete devono doveva dovevano dovrà dovranno dovrebbe dovrebbero debba
  debbano dovere dovuto vuole voglio vuoi vogliamo volete vogliono voleva volevano vorrà vorrebbe vorrebbero
  voglia volere voluto`,
  // conjunctions, also elided
  `e ed o od ma però anche anch né neanche nemmeno neppure pure oppure ovvero ossia cioè se perché poiché
  giacché affinché benché sebbene purché finché mentre quando allorché come com dove dov quindi dunque perciò
  pertanto infatti invece tuttavia comunque eppure anzi bensì sia quand mentr senz tant quant`,
  // adverbs of time, place, degree and negation
  `non no sì più meno già ancora poi prima dopo sempre mai spesso ora adesso oggi ieri domani allora quasi
  molto poco tanto troppo assai piuttosto proprio solo soltanto solamente appena almeno inoltre altrimenti
  così qui qua lì li là laggiù ovunque altrove insieme tardi presto subito intanto frattanto
  finora tuttora ormai oramai perfino persino addirittura affatto abbastanza circa`,
  // accented words typed without the accent, as in informal text (`perche'`, `piu`)
  `perche poiche percio piu gia cosi pero cioe puo po nonche finche affinche benche`,
  // discourse words
  `beh ecco insomma magari forse davvero appunto certamente naturalmente ovviamente soprattutto praticamente
  semplicemente veramente addirittura infine peraltro nonché altresì ossia vabbè`,
];

/** Italian function words, lower-case, without duplicates. */
export const stopwords: readonly string[] = [...new Set(GROUPS.join(' ').trim().split(/\s+/))];
