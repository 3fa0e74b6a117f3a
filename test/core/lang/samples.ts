/**
 * Texts written for the language tests: paragraphs and single sentences in each language, on news
 * and non-news topics, and parallel sentences for the pairs that detectors confuse.
 */

/** Paragraphs of two to four sentences, by language. */
export const PARAGRAPHS: Readonly<Record<string, readonly string[]>> = {
  it: [
    "Il governo ha approvato ieri sera il decreto sulle bollette, che prevede un taglio degli oneri di sistema per le famiglie con un reddito basso. Secondo il ministro dell'Economia, la misura costerà circa tre miliardi di euro e sarà finanziata con le entrate straordinarie delle aziende energetiche. Le opposizioni parlano di un intervento tardivo e insufficiente.",
    "La Juventus ha battuto il Napoli per due a uno in una partita combattuta fino all'ultimo minuto. Dopo un primo tempo senza reti, i bianconeri sono passati in vantaggio grazie a un colpo di testa su calcio d'angolo. Il pareggio degli ospiti è arrivato a dieci minuti dalla fine, ma nel recupero un tiro dal limite ha deciso l'incontro.",
    'Per preparare il risotto alla milanese bisogna tostare il riso in una casseruola con il burro e la cipolla tritata. Si sfuma con il vino bianco e si aggiunge il brodo caldo un mestolo alla volta, mescolando spesso. A fine cottura si unisce lo zafferano sciolto in poco brodo e si manteca con il parmigiano.',
    "Gli astronomi hanno osservato per la prima volta l'atmosfera di un pianeta che orbita attorno a una stella nana rossa. I dati raccolti dal telescopio spaziale mostrano tracce di vapore acqueo e di anidride carbonica. Secondo i ricercatori, la scoperta non significa che il pianeta sia abitabile, ma apre nuove strade allo studio dei mondi lontani.",
    "Quando siamo arrivati al paese era già buio e le strade erano deserte. Abbiamo bussato alla porta dell'unica locanda ancora aperta, dove una signora anziana ci ha offerto una zuppa calda e un letto per la notte. La mattina dopo, dalla finestra, si vedevano le montagne coperte di neve.",
  ],
  en: [
    'The central bank raised interest rates by a quarter of a percentage point on Wednesday, its third increase this year. Officials said inflation remained too high and warned that further rises could follow if prices kept climbing. Markets had largely expected the move, and shares closed slightly higher.',
    'Manchester City came from behind to beat Arsenal two goals to one in a tense match at the Etihad Stadium. The visitors took the lead just before half-time, but two quick strikes after the break turned the game around. The result leaves City three points clear at the top of the table.',
    'To repot a houseplant, water it a day before so that the roots slide out of the old container easily. Choose a pot only slightly larger than the previous one and make sure it has drainage holes. Fill the gaps with fresh soil and keep the plant out of direct sunlight for a week.',
    'Researchers have found that bees can learn to recognise simple patterns after only a few hours of training. In a series of experiments, the insects were rewarded with sugar water whenever they chose the correct shape. The findings suggest that small brains are capable of surprisingly flexible behaviour.',
    'When we reached the village it was already dark and the streets were empty. An old woman opened the door of the only inn that was still open and offered us hot soup and a bed for the night. In the morning we could see the mountains covered in snow through the window.',
  ],
  fr: [
    "Le gouvernement a présenté mercredi un projet de loi destiné à réduire la consommation d'énergie dans les bâtiments publics. Selon le ministre, les nouvelles règles permettront d'économiser près de dix pour cent d'électricité d'ici trois ans. Les syndicats craignent toutefois que les collectivités locales n'aient pas les moyens de financer les travaux.",
    "Le Paris Saint-Germain s'est imposé deux buts à un face à l'Olympique de Marseille dans un match très disputé. Après une première période sans but, les Parisiens ont ouvert le score sur un coup franc. Les Marseillais ont égalisé peu après, mais un but dans les arrêts de jeu a offert la victoire aux visiteurs.",
    "Pour réussir une tarte aux pommes, il faut d'abord préparer une pâte brisée et la laisser reposer au frais pendant une heure. Épluchez les pommes, coupez-les en fines lamelles et disposez-les en rosace sur le fond de tarte. Faites cuire quarante minutes à four chaud, puis servez tiède avec un peu de crème.",
    "Des chercheurs ont découvert que les abeilles peuvent apprendre à reconnaître des formes simples après quelques heures d'entraînement seulement. Au cours des expériences, les insectes recevaient de l'eau sucrée chaque fois qu'ils choisissaient la bonne forme. Ces résultats montrent que de petits cerveaux sont capables de comportements étonnamment souples.",
    'Quand nous sommes arrivés au village, il faisait déjà nuit et les rues étaient désertes. Une vieille dame nous a ouvert la porte de la seule auberge encore ouverte et nous a offert une soupe chaude. Le lendemain matin, on voyait par la fenêtre les montagnes couvertes de neige.',
  ],
  es: [
    'El Gobierno aprobó ayer un decreto que reduce el precio de la electricidad para las familias con menos ingresos. Según la ministra de Economía, la medida costará unos tres mil millones de euros y se financiará con un impuesto sobre los beneficios extraordinarios de las eléctricas. La oposición considera que llega tarde y que no será suficiente.',
    'El Real Madrid venció por dos goles a uno al Atlético en un partido muy disputado hasta el último minuto. Tras una primera parte sin goles, los blancos se adelantaron con un cabezazo después de un saque de esquina. El empate llegó a diez minutos del final, pero un disparo desde fuera del área decidió el encuentro en el descuento.',
    'Para preparar una buena tortilla de patatas hay que pelar las patatas y cortarlas en láminas finas. Se fríen a fuego lento en abundante aceite de oliva junto con la cebolla, y después se mezclan con los huevos batidos. Finalmente se cuaja la tortilla en la sartén por ambos lados hasta que quede dorada.',
    'Unos investigadores han descubierto que las abejas pueden aprender a reconocer formas sencillas tras solo unas horas de entrenamiento. En los experimentos, los insectos recibían agua con azúcar cada vez que elegían la figura correcta. Según los autores, estos resultados demuestran que los cerebros pequeños son capaces de un comportamiento sorprendentemente flexible.',
    'Cuando llegamos al pueblo ya era de noche y las calles estaban vacías. Una señora mayor nos abrió la puerta de la única posada que seguía abierta y nos ofreció una sopa caliente y una cama. A la mañana siguiente, desde la ventana, se veían las montañas cubiertas de nieve.',
  ],
  pt: [
    'O governo aprovou ontem um decreto que reduz o preço da eletricidade para as famílias de baixa renda. Segundo o ministro da Economia, a medida vai custar cerca de três bilhões de reais e será financiada com um imposto sobre os lucros extraordinários das empresas de energia. A oposição afirma que a decisão chega tarde e não será suficiente.',
    'O Flamengo venceu o Palmeiras por dois a um num jogo muito disputado até ao último minuto. Depois de um primeiro tempo sem gols, o time carioca marcou de cabeça após um escanteio. O empate chegou a dez minutos do fim, mas um chute de fora da área decidiu a partida nos acréscimos.',
    'Para fazer um bom bolo de cenoura, bata no liquidificador as cenouras, os ovos e o óleo até obter uma mistura homogênea. Depois junte o açúcar e a farinha, mexendo bem com uma colher de pau. Leve ao forno médio por cerca de quarenta minutos e cubra com calda de chocolate ainda quente.',
    'Pesquisadores descobriram que as abelhas conseguem aprender a reconhecer formas simples depois de poucas horas de treino. Nas experiências, os insetos recebiam água com açúcar sempre que escolhiam a figura certa. Segundo os autores, os resultados mostram que cérebros pequenos são capazes de um comportamento surpreendentemente flexível.',
    'Quando chegamos à aldeia já era noite e as ruas estavam desertas. Uma senhora idosa abriu-nos a porta da única pousada que ainda estava aberta e ofereceu-nos uma sopa quente e uma cama. Na manhã seguinte, da janela, viam-se as montanhas cobertas de neve.',
  ],
  de: [
    'Die Bundesregierung hat am Mittwoch ein Gesetz beschlossen, das den Energieverbrauch in öffentlichen Gebäuden senken soll. Nach Angaben des Ministers können so in den nächsten drei Jahren fast zehn Prozent Strom gespart werden. Die Gewerkschaften befürchten jedoch, dass den Kommunen das Geld für die nötigen Umbauten fehlt.',
    'Bayern München hat das Spitzenspiel gegen Borussia Dortmund mit zwei zu eins gewonnen. Nach einer torlosen ersten Halbzeit gingen die Gäste durch einen Kopfball in Führung. Kurz vor Schluss drehten die Münchner die Partie mit zwei schnellen Treffern und bauten ihren Vorsprung an der Tabellenspitze aus.',
    'Für einen einfachen Apfelkuchen verrührt man zuerst Butter, Zucker und Eier zu einer cremigen Masse. Dann gibt man Mehl und Backpulver dazu und streicht den Teig in eine gefettete Form. Die Äpfel werden geschält, in Spalten geschnitten und auf den Teig gelegt, bevor der Kuchen etwa vierzig Minuten backt.',
    'Forscher haben herausgefunden, dass Bienen schon nach wenigen Stunden Training einfache Formen erkennen können. In den Versuchen erhielten die Insekten jedes Mal Zuckerwasser, wenn sie die richtige Figur wählten. Die Ergebnisse zeigen, dass auch kleine Gehirne zu erstaunlich flexiblem Verhalten fähig sind.',
    'Als wir im Dorf ankamen, war es schon dunkel und die Straßen waren leer. Eine alte Frau öffnete uns die Tür des einzigen Gasthauses, das noch offen war, und bot uns eine heiße Suppe an. Am nächsten Morgen sahen wir durch das Fenster die verschneiten Berge.',
  ],
};

/** Single sentences of at least eight words, by language. */
export const SENTENCES: Readonly<Record<string, readonly string[]>> = {
  it: [
    'Il sindaco ha annunciato la chiusura delle scuole per il maltempo.',
    'Domani mattina i treni regionali viaggeranno con forti ritardi in tutta la Lombardia.',
    'Non ho ancora capito perché la riunione sia stata rinviata di nuovo.',
    'La mostra resterà aperta fino alla fine di gennaio nel palazzo comunale.',
    "Gli studenti hanno occupato la facoltà per protestare contro l'aumento delle tasse.",
    'Mia nonna preparava ogni domenica le tagliatelle fatte in casa.',
  ],
  en: [
    'The mayor announced that all schools will remain closed until Monday.',
    'Heavy rain caused flooding in several towns along the northern coast overnight.',
    'I have no idea why the meeting was postponed again.',
    'The exhibition will stay open until the end of January at the city museum.',
    'Students occupied the university building to protest against higher tuition fees.',
  ],
  fr: [
    "Le maire a annoncé la fermeture des écoles jusqu'à lundi prochain.",
    'De fortes pluies ont provoqué des inondations dans plusieurs villes du littoral.',
    'Je ne comprends toujours pas pourquoi la réunion a été reportée.',
    "L'exposition restera ouverte jusqu'à la fin du mois de janvier au musée.",
    'Les étudiants ont occupé la faculté pour protester contre la hausse des frais.',
  ],
  es: [
    'El alcalde anunció que los colegios permanecerán cerrados hasta el lunes.',
    'Las fuertes lluvias provocaron inundaciones en varios pueblos de la costa norte.',
    'Todavía no entiendo por qué han vuelto a aplazar la reunión.',
    'La exposición seguirá abierta hasta finales de enero en el museo municipal.',
    '¿Sabes si el tren de las ocho sale todavía desde la estación vieja?',
  ],
  pt: [
    'O prefeito anunciou que as escolas vão ficar fechadas até segunda-feira.',
    'As chuvas fortes provocaram inundações em várias cidades do litoral norte.',
    'Ainda não entendi por que a reunião foi adiada outra vez.',
    'A exposição vai continuar aberta até ao fim de janeiro no museu municipal.',
    'Os estudantes ocuparam a faculdade para protestar contra o aumento das propinas.',
  ],
  de: [
    'Der Bürgermeister hat angekündigt, dass die Schulen bis Montag geschlossen bleiben.',
    'Starke Regenfälle haben in mehreren Städten an der Küste Überschwemmungen verursacht.',
    'Ich verstehe immer noch nicht, warum die Sitzung verschoben wurde.',
    'Die Ausstellung bleibt bis Ende Januar im städtischen Museum geöffnet.',
    'Die Studenten haben die Universität besetzt, um gegen höhere Gebühren zu protestieren.',
  ],
};

/**
 * The same news sentences in Italian, Spanish, Portuguese and French: function words and endings
 * overlap most between these, so each row tests the cues that tell them apart.
 */
export const PARALLEL: ReadonlyArray<Readonly<Record<'it' | 'es' | 'pt' | 'fr', string>>> = [
  {
    it: 'La città ha deciso di chiudere il centro storico alle auto durante il fine settimana.',
    es: 'La ciudad ha decidido cerrar el centro histórico a los coches durante el fin de semana.',
    pt: 'A cidade decidiu fechar o centro histórico aos carros durante o fim de semana.',
    fr: 'La ville a décidé de fermer le centre historique aux voitures pendant le week-end.',
  },
  {
    it: 'Il nuovo ospedale sarà inaugurato a marzo con duecento posti letto.',
    es: 'El nuevo hospital será inaugurado en marzo con doscientas camas para pacientes.',
    pt: 'O novo hospital será inaugurado em março com duzentos leitos para pacientes.',
    fr: 'Le nouvel hôpital sera inauguré en mars avec deux cents lits.',
  },
  {
    it: "Molti giovani lasciano il paese per cercare lavoro all'estero.",
    es: 'Muchos jóvenes dejan el país para buscar trabajo en el extranjero.',
    pt: 'Muitos jovens deixam o país para procurar trabalho no estrangeiro.',
    fr: "Beaucoup de jeunes quittent le pays pour chercher du travail à l'étranger.",
  },
  {
    it: 'La polizia ha arrestato due uomini accusati di aver rapinato una banca.',
    es: 'La policía ha detenido a dos hombres acusados de haber asaltado un banco.',
    pt: 'A polícia prendeu dois homens acusados de terem assaltado um banco.',
    fr: "La police a arrêté deux hommes accusés d'avoir braqué une banque.",
  },
  {
    it: 'Il presidente della Repubblica parlerà questa sera alla nazione in diretta televisiva.',
    es: 'El presidente de la República hablará esta noche a la nación en directo.',
    pt: 'O presidente da República vai falar esta noite à nação em direto.',
    fr: 'Le président de la République parlera ce soir à la nation en direct.',
  },
  {
    it: 'I prezzi delle case sono aumentati molto negli ultimi anni in quasi tutte le grandi città.',
    es: 'Los precios de las casas han subido mucho en los últimos años en casi todas las grandes ciudades.',
    pt: 'Os preços das casas subiram muito nos últimos anos em quase todas as grandes cidades.',
    fr: 'Les prix des maisons ont beaucoup augmenté ces dernières années dans presque toutes les grandes villes.',
  },
];
