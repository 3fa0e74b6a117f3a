/**
 * English names of organisations for entity classification: international bodies, institutions often
 * named by their seat (`Kremlin`, `White House`, `Downing Street`), parties, agencies and companies the
 * news names, with their acronyms. Comma-separated (a line may break inside an entry); `alias=canonical`
 * is another name of the same body (`United Nations=UN`). Matching is case-insensitive.
 */

/** International bodies and alliances. */
const INTERNATIONAL = `
UN, United Nations=UN, Security Council, NATO, European Union, EU=European Union, European Commission,
European Parliament, European Council, Eurogroup, ECB, European Central Bank=ECB, IMF, International
Monetary Fund=IMF, World Bank, OECD, WHO, World Health Organization=WHO, UNESCO, UNICEF, FAO, UNHCR, WTO,
World Trade Organization=WTO, OPEC, IAEA, G7, G20, BRICS, ASEAN, African Union, Arab League, OSCE,
International Criminal Court, ICC=International Criminal Court, International Court of Justice, Red Cross,
Red Crescent, Amnesty International, Human Rights Watch, Greenpeace, Doctors Without Borders, MSF=Doctors
Without Borders, Save the Children, Frontex, Europol, Interpol, IOC, FIFA, UEFA
`;

/** Institutions by their seat, and national bodies. */
const INSTITUTIONS = `
Kremlin, White House, Pentagon, State Department, Congress, Capitol, Senate, House of Representatives,
Supreme Court, Federal Reserve, Fed=Federal Reserve, Treasury, Elysee, Élysée=Elysee, Downing Street,
Parliament, House of Commons, House of Lords, Bundestag, Duma, Knesset, Holy See, CIA, FBI, NSA, KGB,
FSB, Mossad, MI5, MI6, Reuters, AP, Associated Press=AP, AFP, BBC, CNN, Fox News, NBC, CBS, ABC, NPR,
New York Times, Washington Post, Wall Street Journal, Guardian, Financial Times, TASS, KCNA
`;

/** Parties and armed groups. */
const GROUPS = `
Democratic Party, Democrats, Republican Party, Republicans, GOP=Republican Party, Labour, Labour Party=
Labour, Conservative Party, Conservatives, Tories=Conservative Party, Liberal Democrats, SNP, CDU, SPD, AfD,
Hamas, Hezbollah, Islamic State, ISIS=Islamic State, Daesh=Islamic State, Al Qaeda, al-Qaeda=Al Qaeda,
Taliban, Houthis, Wagner, Wagner Group=Wagner
`;

/** Companies and clubs. */
const COMPANIES = `
Apple, Google, Alphabet, Microsoft, Amazon, Meta, Facebook, Instagram, WhatsApp, Twitter, TikTok, Tesla,
SpaceX, OpenAI, Nvidia, Intel, IBM, Samsung, Huawei, Alibaba, Tencent, Toyota, Volkswagen, Ford, General
Motors, Boeing, Airbus, Ryanair, Gazprom, Rosneft, Shell, BP, ExxonMobil, Chevron, Goldman Sachs, JPMorgan,
Morgan Stanley, BlackRock, Pfizer, Moderna, AstraZeneca, Netflix, Disney, Uber, Stellantis, Ferrari, Eni
`;

/** Every organisation name: comma-separated entries, `alias=canonical` for another name of the same body. */
export const organisations: string = [INTERNATIONAL, INSTITUTIONS, GROUPS, COMPANIES].join(',');

/** Words that make a capitalised name an organisation (`Ministry of Defence`, `Bank of England`), lower-case. */
export const organisationHeads: readonly string[] = [
  ...['ministry', 'department', 'party', 'bank', 'university', 'college', 'council', 'commission', 'court'],
  ...['agency', 'foundation', 'association', 'institute', 'institution', 'society', 'group', 'federation'],
  ...['union', 'committee', 'office', 'service', 'police', 'army', 'navy', 'forces', 'league', 'movement'],
  ...['alliance', 'front', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'hospital'],
  ...['museum', 'school', 'academy', 'authority', 'board', 'administration', 'organization', 'organisation'],
  ...['fund', 'trust', 'network', 'brigade', 'assembly', 'parliament', 'government', 'fc', 'club'],
];

/** Adjectives follow no organisation head in English (`Central Bank`): none. */
export const adjectiveEndings: readonly string[] = [];
