/**
 * English names of places for entity classification: countries, capitals, major cities, regions and
 * areas in the news, continents and seas. Lists are comma-separated (a line may break inside an entry);
 * an entry `alias=canonical` is another name of the same place (`US=United States`), so mentions of
 * both count for one place. Matching is case-insensitive. English names serve texts in every language,
 * since the news of every language borrows them.
 */

/** Sovereign states and territories, with their usual English aliases. */
const COUNTRIES = `
Afghanistan, Albania, Algeria, Andorra, Angola, Saudi Arabia, Argentina, Armenia, Australia, Austria,
Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belgium, Belize, Benin, Bhutan, Belarus, Burma,
Myanmar=Burma, Bolivia, Bosnia, Bosnia and Herzegovina=Bosnia, Botswana, Brazil, Brunei, Bulgaria,
Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Cape Verde, Chad, Chile, China, Cyprus, Colombia,
Comoros, Congo, North Korea, South Korea, Ivory Coast, Costa Rica, Croatia, Cuba, Denmark, Ecuador, Egypt,
El Salvador, United Arab Emirates, UAE=United Arab Emirates, Eritrea, Estonia, Ethiopia, Fiji,
Philippines, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Jamaica, Japan, Djibouti, Jordan,
Greece, Greenland, Guatemala, Guinea, Guyana, Haiti, Honduras, India, Indonesia, Iran, Iraq, Ireland,
Iceland, Israel, Italy, Kazakhstan, Kenya, Kyrgyzstan, Kosovo, Kuwait, Laos, Lesotho, Latvia, Lebanon,
Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, North Macedonia, Madagascar, Malawi, Malaysia,
Maldives, Mali, Malta, Morocco, Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro,
Mozambique, Namibia, Nepal, Nicaragua, Niger, Nigeria, Norway, New Zealand, Oman, Netherlands, Holland=
Netherlands, Pakistan, Palestine, Panama, Papua New Guinea, Paraguay, Peru, Poland, Portugal, Qatar,
United Kingdom, UK=United Kingdom, Britain=United Kingdom, Great Britain=United Kingdom, England, Scotland,
Wales, Northern Ireland, Czech Republic, Czechia=Czech Republic, Central African Republic, Dominican
Republic, Romania, Rwanda, Russia, Russian Federation=Russia, San Marino, Senegal, Serbia, Seychelles,
Sierra Leone, Singapore, Syria, Slovakia, Slovenia, Somalia, Spain, Sri Lanka, United States, US=United
States, U.S.=United States, USA=United States, America=United States, South Africa, Sudan, South Sudan,
Suriname, Sweden, Switzerland, Tajikistan, Taiwan, Tanzania, Thailand, East Timor, Togo, Tonga, Trinidad
and Tobago, Tunisia, Turkey, Turkmenistan, Tuvalu, Ukraine, Uganda, Hungary, Uruguay, Uzbekistan, Vanuatu,
Vatican, Vatican City=Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Hong Kong, Macau, Puerto Rico,
Kurdistan
`;

/** Capitals and major cities. */
const CITIES = `
London, Manchester, Liverpool, Birmingham, Leeds, Glasgow, Edinburgh, Cardiff, Belfast, Dublin, Paris,
Marseille, Lyon, Nice, Berlin, Munich, Hamburg, Frankfurt, Cologne, Madrid, Barcelona, Seville, Valencia,
Lisbon, Porto, Rome, Milan, Naples, Turin, Florence, Venice, Genoa, Bologna, Palermo, Brussels, Amsterdam,
The Hague, Rotterdam, Vienna, Prague, Budapest, Bratislava, Ljubljana, Zagreb, Belgrade, Sarajevo, Tirana,
Skopje, Sofia, Bucharest, Chisinau, Athens, Thessaloniki, Istanbul, Ankara, Nicosia, Valletta, Bern,
Geneva, Zurich, Stockholm, Oslo, Copenhagen, Helsinki, Reykjavik, Tallinn, Riga, Vilnius, Warsaw, Krakow,
Minsk, Kyiv, Kiev=Kyiv, Kharkiv, Odesa, Odessa=Odesa, Lviv, Mariupol, Moscow, St Petersburg, Saint
Petersburg=St Petersburg, Tbilisi, Yerevan, Baku, Astana, Tashkent, Kabul, Tehran, Baghdad, Damascus,
Beirut, Jerusalem, Tel Aviv, Ramallah, Amman, Riyadh, Jeddah, Mecca, Doha, Dubai, Abu Dhabi, Muscat,
Sanaa, Cairo, Alexandria, Tripoli, Benghazi, Tunis, Algiers, Rabat, Casablanca, Khartoum, Addis Ababa,
Nairobi, Mogadishu, Lagos, Abuja, Dakar, Accra, Kinshasa, Luanda, Johannesburg, Cape Town, Pretoria,
Islamabad, Karachi, Lahore, New Delhi, Delhi, Mumbai, Kolkata, Dhaka, Colombo, Kathmandu, Bangkok, Hanoi,
Ho Chi Minh City, Phnom Penh, Vientiane, Kuala Lumpur, Jakarta, Manila, Taipei, Beijing, Shanghai,
Shenzhen, Guangzhou, Wuhan, Tokyo, Osaka, Kyoto, Hiroshima, Nagasaki, Seoul, Pyongyang, Ulaanbaatar,
Canberra, Sydney, Melbourne, Brisbane, Perth, Auckland, Wellington, Washington, New York, New York City=
New York, Los Angeles, San Francisco, Chicago, Boston, Miami, Houston, Dallas, Atlanta, Seattle, Denver,
Phoenix, Las Vegas, Philadelphia, Detroit, Baltimore, New Orleans, Ottawa, Toronto, Montreal, Vancouver,
Mexico City, Havana, Caracas, Bogota, Lima, Quito, La Paz, Santiago, Buenos Aires, Montevideo, Asuncion,
Brasilia, Sao Paulo, Rio de Janeiro, Davos, Strasbourg, Rafah, Khan Younis, Aleppo, Mosul, Donetsk,
Luhansk, Kherson, Zaporizhzhia, Bakhmut, Avdiivka, Belgorod, Sevastopol, Vladivostok, Kaliningrad
`;

/** Regions, areas and continents. */
const REGIONS = `
Lombardy, Piedmont, Tuscany, Sicily, Sardinia, Bavaria, Catalonia, Andalusia, Basque Country, Corsica,
Provence, Normandy, Brittany, Crimea, Donbas, Donbass=Donbas, Kursk, Siberia, Chechnya, Transnistria,
West Bank, Gaza Strip, Gaza=Gaza Strip, Golan Heights, Sinai, Kashmir, Tibet, Xinjiang, Darfur, Sahel,
Sahara, Balkans, Caucasus, Scandinavia, Middle East, Near East, Far East, Maghreb, North Africa, Africa,
Asia, Europe, Latin America, South America, North America, Oceania, Antarctica, Arctic, Patagonia, Amazonia,
Texas, California, Florida, Alaska, Hawaii, Ohio, Virginia, Pennsylvania, Michigan, Arizona, Nevada,
Louisiana, Wisconsin, Minnesota, Iowa, Colorado, Oregon, Utah, Kentucky, Tennessee, Alabama, Mississippi,
Missouri, Kansas, Nebraska, Oklahoma, Arkansas, Indiana, Illinois, Massachusetts, Connecticut, Maryland,
New Jersey, New Mexico, North Carolina, South Carolina, Quebec, Ontario, British Columbia, Alberta,
Silicon Valley, Wall Street, Midwest
`;

/** Seas, oceans, rivers and mountains. */
const NATURE = `
Mediterranean, Mediterranean Sea=Mediterranean, Adriatic, Adriatic Sea=Adriatic, Black Sea, Baltic Sea,
Baltic=Baltic Sea, Red Sea, Caspian Sea, South China Sea, Sea of Japan, North Sea, Atlantic, Atlantic
Ocean=Atlantic, Pacific, Pacific Ocean=Pacific, Indian Ocean, English Channel, Strait of Hormuz, Taiwan
Strait, Bosphorus, Persian Gulf, Gulf of Mexico, Danube, Rhine, Dnipro, Dnieper=Dnipro, Volga, Nile,
Thames, Mississippi River, Alps, Himalayas, Everest, Mount Everest=Everest, Etna, Vesuvius
`;

/** Every place name: comma-separated entries, `alias=canonical` for another name of the same place. */
export const places: string = [COUNTRIES, CITIES, REGIONS, NATURE].join(',');

/** Common nouns that open or close a place name (`Lake Como`, `Red Sea`, `Fifth Avenue`), lower-case. */
export const placeHeads: readonly string[] = [
  ...['sea', 'ocean', 'lake', 'river', 'mount', 'mountains', 'gulf', 'bay', 'island', 'islands', 'strait'],
  ...['channel', 'desert', 'valley', 'peninsula', 'street', 'avenue', 'square', 'road', 'park', 'airport'],
  ...['station', 'county', 'province', 'port', 'coast', 'bridge', 'town', 'village'],
];
