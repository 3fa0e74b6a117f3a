/**
 * Italian names of places for entity classification: countries, their capitals, major cities, regions
 * and areas in the news, continents and seas, as Italian news writes them. Lists are comma-separated
 * (a line may break inside an entry); an entry `alias=canonical` is another name of the same place
 * (`Usa=Stati Uniti`), so mentions of both count for one place. Matching is case-insensitive.
 */

/** Sovereign states and territories, with their usual Italian aliases. */
const COUNTRIES = `
Afghanistan, Albania, Algeria, Andorra, Angola, Arabia Saudita, Argentina, Armenia, Australia, Austria,
Azerbaigian, Bahamas, Bahrein, Bangladesh, Barbados, Belgio, Belize, Benin, Bhutan, Bielorussia, Birmania,
Myanmar=Birmania, Bolivia, Bosnia, Bosnia ed Erzegovina=Bosnia, Botswana, Brasile, Brunei, Bulgaria,
Burkina Faso, Burundi, Cambogia, Camerun, Canada, Capo Verde, Ciad, Cile, Cina, Cipro, Colombia, Comore,
Congo, Corea del Nord, Nord Corea=Corea del Nord, Corea del Sud, Sud Corea=Corea del Sud, Costa d’Avorio,
Costa Rica, Croazia, Cuba, Danimarca, Ecuador, Egitto, El Salvador, Emirati Arabi Uniti, Emirati=Emirati
Arabi Uniti, Eritrea, Estonia, Etiopia, Figi, Filippine, Finlandia, Francia, Gabon, Gambia, Georgia,
Germania, Ghana, Giamaica, Giappone, Gibuti, Giordania, Grecia, Groenlandia, Guatemala, Guinea, Guyana,
Haiti, Honduras, India, Indonesia, Iran, Iraq, Irlanda, Islanda, Israele, Italia, Kazakistan, Kenya,
Kirghizistan, Kosovo, Kuwait, Laos, Lesotho, Lettonia, Libano, Liberia, Libia, Liechtenstein, Lituania,
Lussemburgo, Macedonia del Nord, Madagascar, Malawi, Malaysia, Maldive, Mali, Malta, Marocco, Mauritania,
Mauritius, Messico, Moldavia, Monaco, Principato di Monaco=Monaco, Mongolia, Montenegro, Mozambico, Namibia,
Nepal, Nicaragua, Niger, Nigeria, Norvegia, Nuova Zelanda, Oman, Paesi Bassi, Olanda=Paesi Bassi, Pakistan,
Palestina, Panama, Papua Nuova Guinea, Paraguay, Perù, Polonia, Portogallo, Qatar, Regno Unito, Gran
Bretagna=Regno Unito, Inghilterra, Scozia, Galles, Irlanda del Nord, Repubblica Ceca, Cechia=Repubblica
Ceca, Repubblica Centrafricana, Repubblica Dominicana, Romania, Ruanda, Russia, Federazione Russa=Russia,
San Marino, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Siria, Slovacchia, Slovenia, Somalia,
Spagna, Sri Lanka, Stati Uniti, Usa=Stati Uniti, Stati Uniti d’America=Stati Uniti, America=Stati Uniti,
Sudafrica, Sud Africa=Sudafrica, Sudan, Sud Sudan, Suriname, Svezia, Svizzera, Tagikistan, Taiwan,
Tanzania, Thailandia, Timor Est, Togo, Tonga, Trinidad e Tobago, Tunisia, Turchia, Turkmenistan, Tuvalu,
Ucraina, Uganda, Ungheria, Uruguay, Uzbekistan, Vanuatu, Vaticano, Città del Vaticano=Vaticano, Venezuela,
Vietnam, Yemen, Zambia, Zimbabwe, Hong Kong, Macao, Porto Rico, Kurdistan
`;

/** Capitals and major cities, Italian exonyms first (`Pechino`, `Mosca`, `Londra`). */
const CITIES = `
Roma, Milano, Napoli, Torino, Palermo, Genova, Bologna, Firenze, Bari, Catania, Venezia, Verona, Messina,
Padova, Trieste, Brescia, Parma, Prato, Modena, Reggio Calabria, Reggio Emilia, Perugia, Livorno, Ravenna,
Cagliari, Foggia, Rimini, Salerno, Ferrara, Sassari, Latina, Monza, Siracusa, Pescara, Bergamo, Vicenza,
Trento, Bolzano, Novara, Piacenza, Ancona, Andria, Udine, Arezzo, Cesena, Lecce, Pesaro, La Spezia, Como,
Pisa, Lucca, Siena, Pavia, Cremona, Mantova, Aosta, Potenza, Campobasso, L’Aquila, Catanzaro, Cosenza,
Taranto, Brindisi, Caserta, Avellino, Benevento, Matera, Lampedusa,
Pechino, Shanghai, Mosca, San Pietroburgo, Kiev, Kyiv=Kiev, Kharkiv, Odessa, Mariupol, Leopoli,
Minsk, Varsavia, Cracovia, Berlino, Monaco di Baviera, Amburgo, Francoforte, Colonia, Parigi, Marsiglia,
Lione, Nizza, Londra, Manchester, Liverpool, Edimburgo, Dublino, Madrid, Barcellona, Siviglia, Valencia,
Lisbona, Porto, Bruxelles, Amsterdam, L’Aia, Rotterdam, Vienna, Praga, Budapest, Bratislava, Lubiana,
Zagabria, Belgrado, Sarajevo, Tirana, Skopje, Sofia, Bucarest, Chisinau, Atene, Salonicco, Istanbul,
Ankara, Nicosia, La Valletta, Berna, Ginevra, Zurigo, Stoccolma, Oslo, Copenaghen, Helsinki, Reykjavik,
Tallinn, Riga, Vilnius, Tbilisi, Erevan, Baku, Astana, Tashkent, Kabul, Teheran, Baghdad, Damasco,
Beirut, Gerusalemme, Tel Aviv, Ramallah, Amman, Riad, Gedda, La Mecca, Doha, Dubai, Abu Dhabi, Mascate,
Sana’a, Il Cairo, Cairo, Alessandria d’Egitto, Tripoli, Bengasi, Tunisi, Algeri, Rabat, Casablanca,
Khartum, Addis Abeba, Nairobi, Mogadiscio, Lagos, Abuja, Dakar, Accra, Kinshasa, Luanda, Johannesburg,
Città del Capo, Pretoria, Islamabad, Karachi, Lahore, Nuova Delhi, New Delhi=Nuova Delhi, Delhi, Mumbai,
Bombay=Mumbai, Calcutta, Dacca, Colombo, Katmandu, Bangkok, Hanoi, Saigon, Ho Chi Minh, Phnom Penh,
Vientiane, Kuala Lumpur, Giacarta, Manila, Taipei, Tokyo, Osaka, Kyoto, Hiroshima, Nagasaki,
Seul, Pyongyang, Ulan Bator, Canberra, Sydney, Melbourne, Wellington, Washington, New York, Los Angeles,
San Francisco, Chicago, Boston, Miami, Houston, Dallas, Atlanta, Seattle, Las Vegas, Filadelfia,
Detroit, Ottawa, Toronto, Montreal, Vancouver, Città del Messico, L’Avana, Caracas, Bogotà, Lima, Quito,
La Paz, Santiago, Santiago del Cile=Santiago, Buenos Aires, Montevideo, Asunción, Brasilia, San Paolo,
Rio de Janeiro, Davos, Strasburgo, Rafah, Khan Yunis, Aleppo, Mosul, Donetsk, Luhansk,
Kherson, Zaporizhzhia, Bakhmut, Avdiivka, Belgorod, Sebastopoli, Vladivostok, Kaliningrad, Mecca
`;

/** Regions, areas and continents. */
const REGIONS = `
Lombardia, Piemonte, Veneto, Liguria, Emilia-Romagna, Emilia Romagna=Emilia-Romagna, Toscana, Umbria,
Marche, Lazio, Abruzzo, Molise, Campania, Puglia, Basilicata, Calabria, Sicilia, Sardegna, Valle d’Aosta,
Trentino, Alto Adige, Trentino-Alto Adige, Friuli, Friuli-Venezia Giulia, Friuli Venezia Giulia=Friuli-
Venezia Giulia, Baviera, Catalogna, Andalusia, Paesi Baschi, Corsica, Provenza, Normandia, Bretagna,
Crimea, Donbass, Donbas=Donbass, Kursk, Siberia, Cecenia, Transnistria, Cisgiordania, Striscia di Gaza,
Gaza=Striscia di Gaza, Golan, Sinai, Kashmir, Tibet, Xinjiang, Darfur, Sahel, Sahara, Balcani, Caucaso,
Scandinavia, Mitteleuropa, Medio Oriente, Vicino Oriente, Estremo Oriente, Maghreb, Nord Africa, Africa,
Asia, Europa, America Latina, Sudamerica, Nordamerica, America del Nord, America del Sud, Oceania,
Antartide, Artico, Occidente, Oriente, Indocina, Patagonia, Amazzonia, Texas, California, Florida,
Alaska, Hawaii, Ohio, Georgia, Virginia, Pennsylvania, Michigan, Arizona, Nevada, Louisiana, Quebec
`;

/** Seas, oceans, rivers and other bodies of water or land that the news names. */
const NATURE = `
Mediterraneo, Mar Mediterraneo=Mediterraneo, Adriatico, Mar Adriatico=Adriatico, Tirreno, Mar Tirreno=
Tirreno, Ionio, Mar Nero, Mar Baltico, Baltico=Mar Baltico, Mar Rosso, Mar Caspio, Mar Cinese Meridionale,
Mar del Giappone, Mar del Nord, Mare del Nord=Mar del Nord, Oceano Atlantico, Atlantico=Oceano Atlantico,
Oceano Pacifico, Pacifico=Oceano Pacifico, Oceano Indiano, Canale di Sicilia, Canale della Manica, Manica=
Canale della Manica, Stretto di Hormuz, Stretto di Taiwan, Bosforo, Golfo Persico, Golfo del Messico,
Danubio, Reno, Dnipro, Dnepr=Dnipro, Volga, Nilo, Tevere, Po, Alpi, Dolomiti, Appennini, Himalaya, Etna,
Vesuvio, Everest
`;

/** Every place name: comma-separated entries, `alias=canonical` for another name of the same place. */
export const places: string = [COUNTRIES, CITIES, REGIONS, NATURE].join(',');

/**
 * Common nouns that open a place name (`Mar del Giappone`, `Lago di Como`, `Piazza Navona`, `San Siro`),
 * lower-case. `capo` is left out: it is also a role (`il capo di Gabinetto`).
 */
export const placeHeads: readonly string[] = [
  ...['mar', 'mare', 'oceano', 'lago', 'fiume', 'monte', 'monti', 'golfo', 'isola', 'isole', 'stretto'],
  ...['canale', 'deserto', 'valle', 'val', 'penisola', 'piazza', 'via', 'viale', 'corso', 'porto', 'baia'],
  ...['costa', 'riviera', 'parco', 'aeroporto', 'stazione', 'ponte', 'castel', 'borgo', 'provincia'],
  ...['regione', 'san', 'santa', 'santo', 'sant’', 'stadio', 'palazzo', 'palazzetto', 'teatro'],
  ...['cattedrale', 'basilica', 'duomo'],
];
