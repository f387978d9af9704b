/**
 * Who is who: demonyms, country names, capitals, and the officials, agencies
 * and media of each country, mapped to ISO 3166 alpha-2 codes. International
 * bodies map to null (claims.md: sourceParty is null for them).
 */

/** A country (or an international body, code null) named in a text. */
export interface PartyMention {
  code: string | null;
  start: number;
  end: number;
  /** `people`: a demonym or country that can own soldiers; `source`: an official, agency or outlet. */
  kind: "people" | "source" | "international";
  text: string;
}

// Order matters only within a position: longer names are listed first so that
// "North Korean" wins over "Korean" and "South Korea's spy agency" over "South Korea".
const PEOPLE: [string, string][] = [
  ["the North(?! Atlantic| Sea| Caucasus| Caucasian| group| grouping| Group| Grouping| direction| Military District| Fleet)|North Korean|North Koreans|North Korea|N\\. Korea(?:n|ns)?|NK|DPRK|Democratic People's Republic of Korea|Pyongyang|Korean People's Army|KPA", "KP"],
  ["the South(?! China| Caucasus)|South Korean|South Koreans|South Korea|S\\. Korea(?:n|ns)?|Republic of Korea|ROK|Seoul", "KR"],
  // (Ukrainian officials and outlets write "russia" and "russian" in lower case on purpose.)
  ["Russian|Russians|Russia|Russian Federation|Moscow|Kremlin|Rosgvardia|Wagner|Akhmat|Storm-Z|Storm-V|Storm Z|Storm V|Africa Corps|VDV|Soviet|russian|russians|russia|Chechen|Chechens|Chechnya|Dagestani|Dagestanis|Buryat|Buryats", "RU"],
  // (The forces of the republics Moscow set up in Donetsk and Luhansk fight on its side: "the militia's losses", "3,710
  // servicemen of the republic's formations".)
  ["people['’]s militia|militia|militiamen|republic['’]s (?:forces|formations|servicemen|militia|fighters|troops|army)", "RU"],
  ["Ukrainian|Ukrainians|Ukraine|Kyiv|Kiev|AFU|APU|ZSU|Armed Forces of Ukraine|Kyiv regime|Azov", "UA"],
  ["American|Americans|United States|U\\.S\\.A?\\.?|US|USA|Washington", "US"],
  ["British|Britain|United Kingdom|U\\.K\\.|UK|London", "GB"],
  ["Belarusian|Belarusians|Belarus|Minsk", "BY"],
  ["Chinese|China|Beijing", "CN"],
  ["Iranian|Iranians|Iran|Tehran", "IR"],
  ["German|Germans|Germany|Berlin", "DE"],
  ["French|France|Paris", "FR"],
  ["Polish|Poles|Poland|Warsaw", "PL"],
  ["Japanese|Japan|Tokyo", "JP"],
  ["Israeli|Israelis|Israel", "IL"],
  ["Estonian|Estonia|Tallinn", "EE"],
  ["Lithuanian|Lithuania|Vilnius", "LT"],
  ["Latvian|Latvia|Riga", "LV"],
  ["Finnish|Finland|Helsinki", "FI"],
  ["Georgian|Georgia|Tbilisi", "GE"],
  ["Turkish|Turkey|Türkiye|Ankara", "TR"],
  // (The Emirates mediated many of the prisoner exchanges.)
  ["Emirati|Emiratis|United Arab Emirates|UAE|Abu Dhabi", "AE"],
  ["Saudi|Saudis|Saudi Arabia|Riyadh", "SA"],
  ["Qatari|Qatar|Doha", "QA"],
  ["Canadian|Canada|Ottawa", "CA"],
  ["Australian|Australia|Canberra", "AU"],
  ["Norwegian|Norway|Oslo", "NO"],
  ["Swedish|Sweden|Stockholm", "SE"],
  ["Dutch|Netherlands", "NL"],
  ["Luxembourgish|Luxembourgers?|Luxembourg", "LU"],
  ["Danish|Denmark", "DK"],
  ["Italian|Italy|Rome", "IT"],
  ["Czech|Czechia|Czech Republic|Prague", "CZ"],
  ["Moldovan|Moldova|Chisinau", "MD"],
  ["Indian|India|New Delhi", "IN"],
  ["Cuban|Cubans|Cuba|Havana", "CU"],
  ["Syrian|Syria|Damascus", "SY"],
  // Countries whose citizens are reported recruited, killed or captured fighting in the war.
  ["Nepali|Nepalese|Nepal|Kathmandu", "NP"],
  // Countries where Wagner and the Africa Corps fought: their soldiers are counted beside the Russians.
  ["Malian|Malians|Mali|Bamako", "ML"],
  ["Central African Republic|Central African|Bangui", "CF"],
  ["Libyan|Libyans|Libya|Tripoli", "LY"],
  ["Sudanese|Sudan|Khartoum", "SD"],
  ["Burkinabe|Burkina Faso|Ouagadougou", "BF"],
  ["Nigerien|Nigeriens|Niger|Niamey", "NE"],
  ["Sri Lankan|Sri Lankans|Sri Lanka|Colombo", "LK"],
  ["Kazakh|Kazakhs|Kazakhstan", "KZ"],
  ["Kyrgyz|Kyrgyzstan", "KG"],
  ["Tajik|Tajiks|Tajikistan", "TJ"],
  ["Uzbek|Uzbeks|Uzbekistan", "UZ"],
  ["Serbian|Serbians|Serbs|Serbia|Belgrade", "RS"],
  ["Somali|Somalis|Somalia", "SO"],
  ["Kenyan|Kenyans|Kenya|Nairobi", "KE"],
  ["Ghanaian|Ghanaians|Ghana", "GH"],
  ["Cameroonian|Cameroonians|Cameroon", "CM"],
  ["Egyptian|Egyptians|Egypt|Cairo", "EG"],
  ["Iraqi|Iraqis|Iraq|Baghdad", "IQ"],
  ["Afghan|Afghans|Afghanistan|Kabul", "AF"],
  ["Colombian|Colombians|Colombia|Bogot[aá]", "CO"],
  ["Brazilian|Brazilians|Brazil", "BR"],
  ["Croatian|Croatians|Croats|Croatia|Zagreb", "HR"],
  ["Slovak|Slovaks|Slovakia|Bratislava", "SK"],
  ["Hungarian|Hungarians|Hungary|Budapest", "HU"],
  ["Romanian|Romanians|Romania|Bucharest", "RO"],
  ["Bulgarian|Bulgarians|Bulgaria|Sofia", "BG"],
  ["Slovenian|Slovenians|Slovenes|Slovenia|Ljubljana", "SI"],
  ["Bosnian|Bosnians|Bosnia", "BA"],
  ["Spanish|Spaniards|Spain|Madrid", "ES"],
  ["Portuguese|Portugal|Lisbon", "PT"],
  ["Greek|Greeks|Greece|Athens", "GR"],
  ["Irish|Ireland|Dublin", "IE"],
  ["Austrian|Austrians|Austria|Vienna", "AT"],
  ["Swiss|Switzerland|Bern", "CH"],
  ["Belgian|Belgians|Belgium|Brussels", "BE"],
  ["Armenian|Armenians|Armenia|Yerevan", "AM"],
  ["Azerbaijani|Azerbaijanis|Azerbaijan|Baku", "AZ"],
  ["Thai|Thais|Thailand|Bangkok", "TH"],
  ["Nigerian|Nigerians|Nigeria|Abuja", "NG"],
  ["South African|South Africans|South Africa|Pretoria", "ZA"],
  ["Vietnamese|Vietnam", "VN"],
  ["Filipino|Filipinos|Philippines|Manila", "PH"],
  ["Pakistani|Pakistanis|Pakistan|Islamabad", "PK"],
  ["Bangladeshi|Bangladeshis|Bangladesh|Dhaka", "BD"],
  ["Mexican|Mexicans|Mexico", "MX"],
  ["Argentine|Argentinian|Argentinians|Argentina", "AR"],
  ["Venezuelan|Venezuelans|Venezuela", "VE"],
];

/**
 * The "people's republics" Moscow set up in Donetsk and Luhansk in 2014, their officials, and the heads it installed in
 * the Ukrainian regions it occupied: sources of Moscow's side that count the civilians of the Ukrainian land they hold.
 */
export const OCCUPATION_AUTHORITIES = "Donetsk People['’]s Republic|Luhansk People['’]s Republic|Lugansk People['’]s Republic|DPR|LPR|DNR|LNR|Morozova|Basurin|Pushilin|Pasechnik|Balitsky|Saldo|Government of the (?:Zaporozhye|Kherson) [Rr]egion|(?:Zaporozhye|Kherson) [Rr]egion(?:al)? [Gg]overnment";

// Officials, agencies and media: what a figure's source is called.
const SOURCES: [string, string | null][] = [
  // Ukraine
  ["Zelensky[iy]?|Zelenskyy|Zelenskiy|Syrskyi|Syrsky|Budanov|Umerov|Shmyhal|Sybiha|Kuleba|Reznikov|Zaluzhnyi|Zaluzhny|Yermak|Lubinets|Podolyak|Fedorov|Voloshyn|Dmytrashkivskyi|Pletenchuk|Tsekhotskyi|Ihnat|Yevlash|Trehubov|Kyrylenko|Vyhivskyi|Klymenko|Svyrydenko|Shmyhal|Malyuk|Maliuk|Stupun|Lykhoviy|Lykhovii|Fityo|Demchenko|Syniehubov|Kovalenko|Usyk|Skibitskyi|Yusov|Humeniuk|Fedorov|Filashkin|Lysak|Kiper|Klitschko|Tkachenko|Terekhov|Prokudin|Vilkul|Sadovyi|Yatsenko|Lubinets|Maliar|Shtupun|Danilov|Arestovych|Hromov|Cherevatyi|Starukh|Vereshchuk|Kostin|Zhyvytskyi|Motuzianyk|Venediktova|Monastyrskyi|Denysenko|Tarnavskyi|Tarnavsky|Naiev|Naev|Tymoshenko|Popko|Pavliuk|Hnatov|Barabash|Prokopenko|Pletenchuk|Voloshyn|Lubinets", "UA"],
  ["GUR|HUR|SBU|SSU|State Bureau of Investigation|SBI|UALosses|UA Losses|Ukrinform|Ukrainska Pravda|Kyiv Independent|Kyiv Post|UNIAN|Suspilne|Hromadske|RBC-Ukraine|Defense Express|Militarnyi|NV\\.ua|New Voice of Ukraine|Kyiv Independent's|DeepState|Deep State|General Staff of (?:the )?(?:Armed Forces of )?Ukraine|Ukraine's General Staff|Ukrainian General Staff|Khortytsia|Tavria|Joint Forces Task Force|National Guard of Ukraine|State Emergency Service|Prosecutor General's Office|Verkhovna Rada|Center for Countering Disinformation|Centre for Countering Disinformation|Defen[cs]e Intelligence of Ukraine|DIU|Coordination Headquarters for the Treatment of Prisoners of War|I Want to Live|Ukrainian Air Force|Air Force of Ukraine|Frontelligence Insight|Kyiv School of Economics|(?:Southern|Northern|Eastern|Western) Defen[cs]e Forces|Defen[cs]e Forces of (?:the )?(?:South|North|East|West)|Operational Command (?:South|North|East|West)|(?:South|North|East|West) Operational Command|Operational-Strategic Group|Regional Military Administration|Oblast Military Administration|City Military Administration|KCMA|KMVA|KCSA|KMDA|OVA|Naftogaz|Ukrenergo|Unmanned Systems Forces|Metinvest|DTEK|Energoatom|Centrenergo|Ukrhydroenergo|Ukrzaliznytsia|Ukrainian Railways|International Legion|Atesh|Yellow Ribbon|Freedom of Russia Legion|Russian Volunteer Corps|Siberian Battalion|Butusov|Censor\\.net|Madyar|Brovdi|Serhii Flash|Serhiy Flash|Beskrestnov|Exilenova|Come Back Alive|Prytula", "UA"],
  // Russia
  ["Putin|Shoigu|Belousov|Gerasimov|Rudskoy|Rudskoi|Peskov|Lavrov|Zakharova|Konashenkov|Medvedev|Khinshtein|Gladkov|Kadyrov|Alaudinov|Apti Alaudinov|Smirnov|Prigozhin|Poddubny|Mishustin|Nebenzya|Ushakov|Dmitriev|Volodin|Patrushev|Naryshkin|Bortnikov|Surovikin|Lapin|Dvornikov|Vorobyov|Sobyanin|Bogomaz|Bigma|Gordeyev|Yevgeny Dzhindzholia|Rosstat|Investigative Committee|Leontyev|Mordvichev|Mizintsev|Rogov|Kiriyenko|Kirienko|Lvova-Belova|State Duma|Duma|Federation Council|Kartapolov|Moskalkova|Slutsky|Valentina Matviyenko|Lantratova|Miroshnik", "RU"],
  // Occupation and proxy authorities speak for Moscow: "Russian-appointed officials in Donetsk".
  ["(?:Russian|Moscow|Kremlin)-(?:appointed|installed|backed|controlled)", "RU"],
  // (The "people's republics" Moscow set up in Donetsk and Luhansk, their officials and missions, and the heads it installed
  // in occupied regions speak for Moscow's side.)
  [OCCUPATION_AUTHORITIES, "RU"],
  // ("Pro-Kremlin Telegram channels went further": voices of Moscow's side.)
  ["[Pp]ro-(?:Kremlin|Russian|Moscow)", "RU"],
  // (Military bloggers and their channels, whose counts are relayed as sources.)
  ["Fighterbomber|WarGonzo|Two Majors|Grey Zone|Readovka|Military Chronicle|Colonelcassad|Rozhin|Girkin|Strelkov|Semyon Pegov|Alexander Kots|Tatarsky|Yuri Podolyaka|Podolyaka|Zapiski Veterana|Starshe Eddy|Voenkor Kotenok|Rusich", "RU"],
  ["TASS|National Defen[cs]e (?:Control|Management) Cent(?:re|er)|RIA Novosti|RIA|Interfax|Sputnik|RT|Russia Today|Izvestia|Kommersant|Rossiyskaya Gazeta|Zvezda|Rybar|Mediazona|Meduza|Novaya Gazeta|Conflict Intelligence Team|iStories|Important Stories|Verstka|The Insider|Lostarmour|FSB|SVR|GRU|Rosgvardia|Roscosmos|Rosatom|Russian MOD|Russian MoD|Russian Defen[cs]e Ministry|Russian Ministry of Defen[cs]e|Ministry of Defen[cs]e of (?:the )?Russian Federation|Russia's Defen[cs]e Ministry|Russia's Ministry of Defen[cs]e|Russia's MOD|Russian General Staff|Kremlin", "RU"],
  // North Korea
  ["Kim Jong[- ]Un|Kim Yo[- ]Jong|KCNA|Korean Central News Agency|Rodong Sinmun|Choe Son[- ]Hui|No Kwang[- ]Chol|Pak Jong[- ]Chon|Kim Jong Un", "KP"],
  // South Korea
  ["NIS|National Intelligence Service|JCS|Joint Chiefs of Staff|Yonhap|Korea Herald|Korea Times|Korea JoongAng Daily|JoongAng|Chosun Ilbo|Hankyoreh|KBS|MBC|SBS|Arirang|Yoon Suk[- ]Yeol|Lee Jae[- ]myung|Lee Seong-kweun|Lee Seong-kwon|Park Sun-won|Shin Won-sik|Kim Yong-hyun|Cho Tae-yong|Han Duck-soo|Kim Byung-kee|Kim Byung-joo|Choi Sang-mok|Lee Cheol-woo|South Korea's spy agency|South Korea’s spy agency|Seoul's spy agency|South Korean intelligence|Seoul's intelligence", "KR"],
  // United States
  ["Pentagon|White House|State Department|Department of Defen[cs]e|DoD|Defense Department|CIA|DIA|Defense Intelligence Agency|Director of National Intelligence|National Security Agency|House Intelligence Committee|Senate Intelligence Committee|House Armed Services Committee|Senate Armed Services Committee|National Security Council|NSC|Blinken|Lloyd Austin|Defense Secretary Austin|Kirby|Sullivan|Biden|Trump|Rubio|Hegseth|Witkoff|Kellogg|Ryder|Garron|Haines|Gabbard|Vance|Waltz|Matthew Miller|Sabrina Singh|Pat Ryder|Bill Burns|William Burns|Karine Jean-Pierre|Tammy Bruce|Cavoli|Milley|Institute for the Study of War|ISW|CSIS|Center for Strategic and International Studies|RAND|New York Times|NYT|Washington Post|Wall Street Journal|WSJ|CNN|NBC|ABC News|CBS|Fox News|Associated Press|AP|Bloomberg|Newsweek|POLITICO|Politico|Forbes|Business Insider|NPR|Voice of America|VOA|Radio Free Europe|RFE/RL|Critical Threats|American Enterprise Institute|38 North|Stimson|Carnegie Endowment|Atlantic Council|Foreign Policy Research Institute|FPRI|Maxar|Planet Labs|Kofman|Rob Lee|Massicot|Ben Hodges|David Axe|U\\.S\\. officials|US officials|American officials|U\\.S\\. intelligence|US intelligence", "US"],
  // United Kingdom
  ["UK MOD|UK MoD|UK Ministry of Defen[cs]e|British Ministry of Defen[cs]e|Britain's Ministry of Defen[cs]e|British intelligence|UK intelligence|Defence Intelligence|MI6|GCHQ|BBC|Reuters|The Guardian|Guardian|Financial Times|FT|The Economist|Economist|The Telegraph|Telegraph|The Times|Sky News|The Independent|RUSI|Royal United Services Institute|IISS|International Institute for Strategic Studies|Chatham House|Janes|Jack Watling|Justin Bronk|Starmer|Sunak|Healey|Lammy|Shapps|Radakin|Ben Wallace|Secretary of State for Defen[cs]e|House of Commons|House of Lords|Luke Pollard|Maria Eagle|David Cameron|Boris Johnson|Heappey", "GB"],
  ["AFP|Agence France-Presse|Le Monde|Macron|DRM|Direction du renseignement militaire|DGSE|Directorate-General for External Security|French military intelligence|French intelligence|Lecornu|Sébastien Lecornu|Burkhard|Thierry Burkhard|Le Figaro|Libération|France 24|RFI|Radio France", "FR"],
  ["Der Spiegel|Spiegel|Bild|Deutsche Welle|DW|Scholz|Merz|Pistorius|Baerbock|Bundestag|Bundeswehr|BND|Bundesnachrichtendienst|Bruno Kahl|Frankfurter Allgemeine|FAZ|Süddeutsche Zeitung|Die Zeit|Handelsblatt|ZDF|ARD|Tagesschau|Wadephul|Breuer|Freuding", "DE"],
  ["Al Jazeera", "QA"],
  ["Lukashenko|BelTA", "BY"],
  // Intelligence services, defence chiefs and public broadcasters of the Baltic, Nordic and Central European states,
  // whose estimates of Russia's losses and forces are quoted on their own.
  ["Estonian intelligence|Estonian Foreign Intelligence|Foreign Intelligence Service of Estonia|Välisluureamet|Valisluureamet|Estonian Defence Forces|Estonian Defence Intelligence|Kaupo Rosin|Rosin|Kiviselg|Andrus Merilo|Merilo|ERR", "EE"],
  ["Lithuanian intelligence|State Security Department of Lithuania|Second Investigation Department|Lithuanian Armed Forces|Kasčiūnas|Kasciunas|Anušauskas|Anusauskas|Šakalienė|Sakaliene|Vaikšnoras|Vaiksnoras|LRT", "LT"],
  ["Latvian intelligence|Latvian State Security Service|Constitution Protection Bureau|Defence Intelligence and Security Service of Latvia|Latvian National Armed Forces|Sprūds|Spruds|Pudāns|Pudans|LSM", "LV"],
  ["Finnish intelligence|Finnish Defence Intelligence|Finnish Security and Intelligence Service|Supo|Finnish Defence Forces|Kivinen|Jaakkola|Yle", "FI"],
  ["Swedish intelligence|Swedish Military Intelligence|Swedish Security Service|Säpo|Swedish Armed Forces|Bydén|Byden|Claesson|Pål Jonson|Sveriges Radio|SVT", "SE"],
  ["Norwegian intelligence|Norwegian Intelligence Service|Etterretningstjenesten|Norwegian Armed Forces|Stensønes|Stensones|NRK", "NO"],
  ["Danish intelligence|Danish Defence Intelligence Service|DDIS|Forsvarets Efterretningstjeneste|Danish Armed Forces|Troels Lund Poulsen|Lund Poulsen", "DK"],
  ["Czech intelligence|Czech Military Intelligence|Řehka|Rehka|Černochová|Cernochova|Czech Television|Czech Radio|Radio Prague", "CZ"],
  ["Romanian intelligence|Romanian Intelligence Service|Romanian Ministry of National Defence|Tîlvăr|Tilvar|TVR", "RO"],
  ["Moldovan intelligence|Intelligence and Security Service of Moldova|Musteață|Musteata|Nosatîi|Nosatii", "MD"],
  // Oryx, the visually-confirmed loss list, is run by Dutch analysts.
  ["Dutch intelligence|Oryx|Bellingcat", "NL"],
  ["Rochan Consulting|Konrad Muzyka|Tusk|Sikorski|Duda|Nawrocki|Kosiniak-Kamysz|PAP", "PL"],
  // Other governments' leaders and ministers who give figures of the war.
  ["Erdo[gğ]an|Fidan|Anadolu", "TR"],
  ["Orb[aá]n|Szijj[aá]rt[oó]", "HU"],
  ["Fico", "SK"],
  ["Sandu|Moldpres", "MD"],
  ["Tsikhanouskaya|Kalinouski Regiment|Kalinowski Regiment|Hajun", "BY"],
  ["Stubb|Häkkänen|Hakkanen", "FI"],
  ["Pevkur|Tsahkna", "EE"],
  ["Nausėda|Nauseda", "LT"],
  ["Rinkēvičs|Rinkevics", "LV"],
  ["Frederiksen", "DK"],
  ["Kristersson", "SE"],
  ["Støre", "NO"],
  ["Meloni|Tajani|Crosetto|ANSA", "IT"],
  ["Carney|Trudeau", "CA"],
  ["Albanese|Marles", "AU"],
  ["Black Bird Group", "FI"],
  ["Kiel Institute", "DE"],
  ["Xinhua|Xi Jinping", "CN"],
  ["Ministry of External Affairs|MEA|Modi|Jaishankar|Randhir Jaiswal|Vikram Misri|Misri", "IN"],
  ["Erdogan|Erdoğan", "TR"],
];

const INTERNATIONAL =
  "United Nations|UN|U\\.N\\.|OHCHR|HRMMU|UN Human Rights Monitoring Mission|Human Rights Monitoring Mission|UN human rights office|UN refugee agency|UNHCR|UNICEF|OCHA|WHO|World Health Organization|ICRC|International Committee of the Red Cross|Red Cross|IAEA|NATO|European Union|EU|OSCE|Amnesty International|Human Rights Watch|HRW|Guterres|Rutte|Stoltenberg|von der Leyen|Kallas|Türk|Turk|Grossi";

function alternation(src: string): RegExp {
  // Used for places only; parties use the combined pattern below.
  return new RegExp(`(?<![\\w-])(?:${src})(?:'s|’s)?(?![\\w-])`, "g");
}

// One combined pattern, sources first, then international bodies, then peoples: at any
// position the earlier alternative wins, as scanning the lists in that order would.
// A scan of ~50 separate patterns per sentence was the extractor's hottest spot.
const ENTRIES: { re: RegExp; code: string | null; kind: PartyMention["kind"] }[] = [
  ...SOURCES.map(([src, code]) => ({ re: new RegExp(`^(?:${src})(?:'s|’s)?$`), code, kind: "source" as const })),
  { re: new RegExp(`^(?:${INTERNATIONAL})(?:'s|’s)?$`), code: null, kind: "international" as const },
  // (A people's name may be plural: "six Australians".)
  ...PEOPLE.map(([src, code]) => ({ re: new RegExp(`^(?:${src})s?(?:'s|’s)?$`), code, kind: "people" as const })),
];
// ("40 ethnic Hungarian soldiers … in the Ukrainian army": an ethnicity names no side.)
const ALL = new RegExp(`(?<![\\w-])(?<!\\bethnic )(?:${[...SOURCES.map(([x]) => x), INTERNATIONAL, ...PEOPLE.map(([x]) => `(?:${x})s?`)].join("|")})(?:'s|’s)?(?![\\w-])`, "g");

const ALL_ANY_CASE = new RegExp(ALL.source, "gi");
const CAPITALS_RUN = /\p{Lu}{4}[^\p{Ll}]*\p{Lu}{4}/u;

/**
 * A line in capitals ("06:51 - UKRAINE AIR FORCE: ALL 13 SHAHED DRONES … SHOT DOWN"), in the case the rules read:
 * lower case, with the names of sides, sources and places capitalised again, acronyms of up to four letters kept,
 * and each sentence's first letter. The same length as the line, so offsets into it hold; other lines unchanged.
 */
export function uncapitalised(line: string): string {
  // (Most lines have no run of capitals at all: they are passed over at the cost of one scan.)
  if (!CAPITALS_RUN.test(line)) return line;
  const letters = line.replace(/[^\p{L}]/gu, "");
  const upper = line.replace(/[^\p{Lu}]/gu, "");
  if (letters.length < 12 || upper.length < 0.8 * letters.length) return line;
  const out = line.toLowerCase().split("");
  if (out.join("").length !== line.length) return line;
  const restore = (from: number, to: number, keepAcronyms: boolean) => {
    for (const w of line.slice(from, to).matchAll(/\p{L}[\p{L}'’.-]*/gu)) {
      const at = from + w.index;
      if (keepAcronyms && w[0].replace(/[^\p{L}]/gu, "").length <= 4 && !/['’]/.test(w[0])) for (let i = 0; i < w[0].length; i++) out[at + i] = line[at + i]!;
      else out[at] = line[at]!;
    }
  };
  for (const m of line.matchAll(ALL_ANY_CASE)) restore(m.index, m.index + m[0].length, true);
  for (const re of PLACE_ANY_CASE) for (const m of line.matchAll(re)) restore(m.index, m.index + m[0].length, false);
  // The first letter of the line and of each sentence or headline part in it.
  for (const m of line.matchAll(/(?:^|[.!?:;]\s+|\s[-–—]\s+)(\p{L})/gu)) {
    const at = m.index + m[0].length - m[1]!.length;
    out[at] = line[at]!;
  }
  return out.join("");
}

// Sentences are scanned many times (whole, and in pieces around each figure): remember recent answers.
const cache = new Map<string, PartyMention[]>();

/** Every country, official, agency or international body named in a text, in order of position. */
export function findParties(text: string): PartyMention[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: PartyMention[] = [];
  for (const m of text.matchAll(ALL)) {
    const entry = ENTRIES.find((e) => e.re.test(m[0]));
    if (entry) out.push({ code: entry.code, start: m.index, end: m.index + m[0].length, kind: entry.kind, text: m[0] });
  }
  if (cache.size > 2000) cache.clear();
  cache.set(text, out);
  return out;
}

/** The sides that fight this war: whose soldiers, equipment and ground the figures count. */
export const BELLIGERENTS: ReadonlySet<string> = new Set(["UA", "RU", "KP", "BY"]);

// A third country that brokers between the sides: "mediated by the United Arab Emirates", "a Qatari-brokered swap",
// "the UAE has brokered", "through Turkey's mediation", "Türkiye had helped secure the release of 200 prisoners".
const MEDIATES_BEFORE = /\b(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?$|\bmediation\s+(?:of|by)\s+(?:the\s+)?$/i;
const MEDIATES_AFTER = /^(?:['’]s)?(?:-|\s+)(?:mediated|brokered)\b|^(?:['’]s)?\s+mediation\b|^\s+(?:has|had|have)\s+(?:\w+\s+)?(?:mediated|brokered|helped (?:to )?(?:secure|broker|arrange|negotiate|free))\b|^\s+(?:has|had|have)\s+(?:\w+\s+)?(?:succeeded|been successful) in (?:a |an |its |the )?(?:[\w-]+\s+){0,2}?mediation\b/i;

/** The country a sentence names as the mediator between the sides, if any: no side of the war, and no owner of its figures. */
export function mediatorOf(s: string): string | null {
  if (!/mediat|brokered|facilitated|helped/i.test(s)) return null;
  for (const p of findParties(s)) {
    if (p.code === null || BELLIGERENTS.has(p.code) || p.kind === "international") continue;
    if (MEDIATES_BEFORE.test(s.slice(Math.max(0, p.start - 40), p.start)) || MEDIATES_AFTER.test(s.slice(p.end, p.end + 40))) return p.code;
  }
  return null;
}

/** The side fighting a party: whom "the enemy" means in that party's own statement. */
export function opponentOf(code: string | null): string | null {
  if (code === "RU" || code === "KP" || code === "BY") return "UA";
  if (code === "UA") return "RU";
  return null;
}

/** "Western officials", "a senior Western intelligence official": people of no one country. */
const WESTERN_PEOPLE = /^(?:an?\s+|the\s+)?(?:(?:senior|unnamed|anonymous|several|two|three)\s+)*Western\s+(?:(?:military|intelligence|defen[cs]e|security)\s+)?(?:officials?|officers?|diplomats?|sources?|governments?)\b/i;

/** A participle telling where or to whom a source spoke: "… briefing reporters in London", "… speaking in Kyiv". */
const BRIEFING_IN = /\s(?:briefing|speaking|talking|addressing|writing)\b/i;

/** A source's name without where or to whom it spoke ("Western officials" of "… briefing reporters in London"). */
export function sourceHead(source: string): string {
  const briefing = BRIEFING_IN.exec(source);
  return briefing ? source.slice(0, briefing.index) : source;
}

/** The country a named source belongs to: the first country or body named in it. */
export function countryOfSource(source: string): { code: string | null; found: boolean } {
  // ("Western officials briefing reporters in London": where a source spoke is not whose it is; a source named
  // before such a participle is read alone.)
  const head = sourceHead(source);
  // ("Western officials", "a senior Western intelligence official": the West is no one country, and no side.)
  if (WESTERN_PEOPLE.test(head) && !/[A-Z]/.test(head.replace(WESTERN_PEOPLE, ""))) return { code: null, found: true };
  const p = findParties(head);
  const first = p[0];
  // ("the London-based Institute for Strategic Balance": a body of no known name, placed by where it is based.)
  const based = first ? null : /\b([A-Z][a-z]+)-based\b/.exec(head);
  const home = based ? findParties(based[1]!)[0] : undefined;
  if (home) return { code: home.code, found: true };
  return first ? { code: first.code, found: true } : { code: null, found: false };
}

// Places, for whose civilians and buildings a figure counts (claims.md: the
// country they live in). Occupied Ukrainian regions count as Ukraine.
const PLACES: [names: string, country: string, governedBy?: string][] = [
  ["Kharkiv|Kherson|Zaporizhzhia|Zaporizhia|Odesa|Odessa|Dnipro|Dnipropetrovsk|Sumy|Chernihiv|Mykolaiv|Kryvyi Rih|Poltava|Lviv|Vinnytsia|Khmelnytskyi|Zhytomyr|Cherkasy|Kropyvnytskyi|Ternopil|Rivne|Lutsk|Ivano-Frankivsk|Uzhhorod|Chernivtsi|Kramatorsk|Sloviansk|Pokrovsk|Kostiantynivka|Bakhmut|Avdiivka|Toretsk|Chasiv Yar|Vuhledar|Kupiansk|Izium|Lyman|Nikopol|Marhanets|Bucha|Irpin|Mariupol|Donetsk|Luhansk|Donbas|Donbass|Kyiv|Kiev|Myrnohrad|Dobropillia|Kupyansk|Vovchansk|Huliaipole|Orikhiv|Siversk|Okhtyrka|Konotop|Shostka|Kremenchuk|Pavlohrad|Bila Tserkva|Brovary|Izmail|Melitopol|Berdiansk|Enerhodar|Nova Kakhovka|Sievierodonetsk|Lysychansk|Volyn|Zakarpattia|Kirovohrad|Selydove|Kurakhove|Velyka Novosilka|Druzhkivka|Bilopillia|Vasylivka|Stepnohirsk|Robotyne|Zolochiv|Balakliia|Chuhuiv|Starokostiantyniv|Myrhorod|Lozova|Synelnykove|Pryluky|Nizhyn|Romny|Chornomorsk|Ochakiv|Bilhorod-Dnistrovskyi|Kamianske|Kostopil|Boryspil|Fastiv|Uman|Hlukhiv|Krasnopillia|Vorozhba|Horlivka|Gorlovka|Makiivka|Makeyevka|Yasynuvata|Yasinovataya|Yenakiieve|Yenakiyevo|Khartsyzk|Debaltseve|Volnovakha|Dokuchaievsk|Dokuchayevsk|Alchevsk|Kadiivka|Stakhanov|Rubizhne|Kreminna|Svatove|Starobilsk|Lugansk|Severodonetsk|Lisichansk|Zaporozhye|Energodar|Berdyansk|Tokmak|Vasilyevka|Kamianka-Dniprovska|Kamenka-Dneprovskaya|Oleshky|Aleshki|Hola Prystan|Golaya Pristan|Kakhovka|Skadovsk|Henichesk|Genichesk", "UA"],
  ["Kursk|Belgorod|Bryansk|Voronezh|Rostov|Krasnodar|Sudzha|Rylsk|Lgov|Kurchatov|Shebekino|Tyotkino|Glushkovo|Korenevo|Oryol|Tula|Moscow|St Petersburg|Saint Petersburg|Tatarstan|Yelabuga|Engels|Novorossiysk|Kaluga|Lipetsk|Tambov|Smolensk|Pskov|Leningrad|Ryazan|Saratov|Samara|Nizhny Novgorod|Tver|Yaroslavl|Chechnya|Dagestan|Bashkortostan|Chuvashia|Udmurtia|Perm|Orenburg|Volgograd|Astrakhan|Stavropol|Kaliningrad|Murmansk|Taganrog|Tuapse|Kirishi|Syzran|Ust-Luga|Primorsko-Akhtarsk|Adygea|Altai|Amur|Arkhangelsk|Buryatia|Chelyabinsk|Chukotka|Ingushetia|Irkutsk|Ivanovo|Kabardino-Balkaria|Kalmykia|Kamchatka|Karachay-Cherkessia|Karelia|Kemerovo|Kuzbass|Khabarovsk|Khakassia|Khanty-Mansi|Kirov|Komi|Kostroma|Krasnoyarsk|Kurgan|Magadan|Mari El|Mordovia|Nenets|Novgorod|Novosibirsk|Omsk|Penza|Primorye|Primorsky|Sakha|Yakutia|Sakhalin|Sverdlovsk|Tomsk|Tuva|Tyumen|Ulyanovsk|Vologda|Yamal|Yamalo-Nenets|Zabaykalsky|Zabaikalsky|Transbaikal|Siberia|Yekaterinburg|Ufa|Kazan|Vladivostok|Ulan-Ude|Chita|Bratsk|Angarsk|Norilsk|Surgut|Izhevsk|Barnaul|Novokuznetsk|Tolyatti|Togliatti|Makhachkala|Grozny|Nalchik|Vladikavkaz|Cheboksary|Saransk|Yoshkar-Ola|Syktyvkar|Petrozavodsk|Yakutsk|Kyzyl|Abakan|Blagoveshchensk|Birobidzhan|Cherepovets|Naberezhnye Chelny|Sterlitamak|Orsk|Magnitogorsk|Nizhny Tagil", "RU"],
  // Crimea and its towns: Ukraine's, governed since 2014 by Moscow's appointees (whose "governor" or "health ministry"
  // speaks for Russia), and a page datelined there is as likely Russian as Ukrainian, so they say nothing of whose
  // voice a page is (dominantPlace). (Not Kerch: its bridge joins Crimea to Russia's Krasnodar region.)
  ["Crimea|Sevastopol|Simferopol|Yevpatoria|Feodosia|Dzhankoi|Saky|Yalta", "UA", "RU"],
];
const PLACE_RE = PLACES.map(([s, c, by]) => [alternation(s), c, by ?? c] as const);
const PLACE_ANY_CASE = PLACE_RE.map(([re]) => new RegExp(re.source, "gi"));
const VOICE_PLACE_RE = PLACE_RE.filter(([, c, by]) => c === by);

/** The country whose cities and regions a text names most often, or null. */
export function dominantPlace(text: string): string | null {
  const counts = new Map<string, number>();
  for (const [re, code] of VOICE_PLACE_RE) for (const _ of text.matchAll(re)) counts.set(code, (counts.get(code) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best;
}

/** The country of the first place named in a text (cities and regions), or null. */
export function countryOfPlace(text: string): string | null {
  return firstPlace(text, false, false);
}

/** The country whose officials govern the first place a text names: the source's country of "Sevastopol's governor". */
export function countryGoverningPlace(text: string): string | null {
  return firstPlace(text, false, true);
}

/**
 * The country of the first place a text names as struck rather than as where an attack came from ("launched from
 * Russia's Astrakhan region, about 1,000 km from Dnipro": Dnipro), or null.
 */
export function countryOfPlaceStruck(text: string): string | null {
  return firstPlace(text, true, false);
}

// ("Denis Pushilin, Moscow's appointee in Donetsk": nor is a capital whose people or forces it names.)
const CAPITAL_SPEAKS = /^(?:Kyiv|Kiev|Moscow)['’]s\s+(?:[\w-]+\s+)?(?:appointees?|proxies|proxy|envoys?|officials?|authorities|administration|government|representatives?|forces|troops|army|military|man|men)\b|^(?:Kyiv|Kiev|Moscow)\s+(?:(?:has|have|had|did|does)\s+)?(?:not\s+|never\s+|n['’]t\s+)?(?:said|says|say|denied|denies|deny|claimed|claims|claim|blamed|blames|blame|accused|accuses|reported|reports|announced|announces|insisted|insists|responded|responds|comment(?:ed|s)?|declined|declines|refused|refuses|confirmed|confirms|confirm|admitted|admits|acknowledged|acknowledges)\b/;
const AWAY_BEFORE = /\b(?:away|far)\s+from\s+(?:the\s+)?$/i;
const ORIGIN_BEFORE = /\b(?:launched|fired|flew|took off|came)\s+from\s+(?:(?:Russia|Ukraine|Belarus)['’]s\s+|the\s+)?$/i;

// The same sentence is asked for its place by rule after rule, figure after figure: remember recent answers.
const placeCache = new Map<string, string | null>();

function firstPlace(text: string, skipOrigins: boolean, governing: boolean): string | null {
  // (The common question, neither flag set, is asked by the text itself: no new string per call.)
  const key = skipOrigins || governing ? `${skipOrigins ? "\u0001" : ""}${governing ? "\u0002" : ""}${text}` : text;
  const hit = placeCache.get(key);
  if (hit !== undefined) return hit;
  const found = firstPlaceUncached(text, skipOrigins, governing);
  if (placeCache.size > 2000) placeCache.clear();
  placeCache.set(key, found);
  return found;
}

function firstPlaceUncached(text: string, skipOrigins: boolean, governing: boolean): string | null {
  let best: { at: number; code: string } | null = null;
  for (const [re, country, governedBy] of PLACE_RE) {
    const code = governing ? governedBy : country;
    for (const m of text.matchAll(re)) {
      if (skipOrigins && ORIGIN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // ("…, and blamed Ukrainian shelling; Kyiv did not comment": a capital that speaks is its government, no place.)
      if (CAPITAL_SPEAKS.test(text.slice(m.index, m.index + 40))) continue;
      // ("Away from Moscow, Russian shelling killed a man in the Kherson region": a place named as where it is not.)
      if (AWAY_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      if (!best || m.index < best.at) best = { at: m.index, code };
      break;
    }
  }
  return best?.code ?? null;
}

// Words only one side's official voice uses of the war: they tell whose
// bulletin an unattributed "the enemy lost…" comes from.
// ("Russian troops have liberated 24 settlements": a side's own word for the ground it took.)
const RU_VOICE = /\b(?:special military operation|Kyiv regime|Kiev regime|AFU|Ukrainian formations|neo-Nazis?|Group of Forces|(?:Russian (?:troops|forces|units)|[Uu]nits of the [A-Z]\w+ group of forces) (?:have |has |had )?(?:completed the )?liberat\w*|militants of the|mercenaries of the|Zelensky regime|Ukronazis?|foreign mercenaries)\b/g;
const UA_VOICE = /\b(?:occupiers|invaders|ruscists|racists|russian aggression|the aggressor|Defen[cs]e Forces of Ukraine|our defenders|orcs|temporarily occupied|full-scale invasion)\b/gi;

// The narrower words of the same two voices, for one sentence: what only a side's officials say of the other
// ("full-scale invasion", "aggression" and "mercenaries" everyone uses).
const UA_JARGON = /\b(?:occupiers|invaders|ruscists|rashists|orcs|temporarily occupied)\b/i;
const RU_JARGON = /\b(?:special military operation|Kyiv regime|Kiev regime|neo-Nazis?|Ukronazis?|Zelensky regime|Ukrainian formations|militants of the)\b/i;

/** The side whose officials' words of the war a sentence uses ("the Russian invaders", "the Kyiv regime"); null when neither or both. */
export function sideOfJargon(sentence: string): "UA" | "RU" | null {
  const ua = UA_JARGON.test(sentence);
  const ru = RU_JARGON.test(sentence);
  return ua === ru ? null : ua ? "UA" : "RU";
}

/** The side whose official voice a text speaks in, from words only that side uses; null when unclear. */
export function homeSideOf(text: string): string | null {
  const ru = text.match(RU_VOICE)?.length ?? 0;
  const ua = text.match(UA_VOICE)?.length ?? 0;
  if (ru > ua) return "RU";
  if (ua > ru) return "UA";
  return null;
}

// Outlets known by their host rather than their name, for hosts without a country domain.
const OUTLET_HOSTS: [RegExp, string][] = [
  [/(?:^|\.)(?:kyivindependent|kyivpost|ukrinform|unian|pravda\.com|euromaidanpress|militarnyi|defence-ua|mil\.in)\./i, "UA"],
  [/(?:^|\.)(?:tass|ria|rt|sputniknews|interfax|kommersant|rg|iz|mil|tvzvezda)\.(?:com|ru|net|org)$/i, "RU"],
  [/(?:^|\.)(?:yna|yonhapnews|koreaherald|koreatimes|koreajoongangdaily|joongang|chosun|hani|nknews)\./i, "KR"],
  [/(?:^|\.)kcna(?:watch)?\./i, "KP"],
];

/** The country an outlet speaks for, from its name ("TASS", "Yonhap") or its host ("ukrinform.net", "*.ru"). */
export function countryOfOutlet(outlet: string): string | null {
  const named = countryOfSource(outlet);
  if (named.found) return named.code;
  const host = outlet.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return null;
  for (const [re, code] of OUTLET_HOSTS) if (re.test(host)) return code;
  // A country-code domain: "*.ua", "*.ru", "*.co.kr".
  const tld = /\.(ua|ru|kr|kp|by)$/.exec(host)?.[1];
  return tld ? tld.toUpperCase() : null;
}
