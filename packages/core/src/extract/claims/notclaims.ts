import { MONTH } from "./months.js";
import { DOT_GROUPED, type NumberMention } from "./numbers.js";

/**
 * Numbers that are never figures of the vocabulary: dates, ages, percentages,
 * money, times, counts of time, distances, unit names and model numbers.
 */

const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s*$`, "i");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH}(?![a-z])`, "i");

const AFTER_UNIT =
  /^(?:\s*(?:%|percent|per cent|pc\b|percentage points?|per ?cent)|-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centuries|century|nights?)(?:-old|\s+old)?\b|\s*(?:km|kms|kilomet(?:er|re)s?|miles?|metres?|meters?|m|mm|cm|feet|ft|yards?|kg|kilograms?|tons?|tonnes?|t|litres?|liters?|barrels?|megawatts?|mw|gw|kw|calibre|caliber|-mm|-millimet(?:er|re)|-calibre|mph|km\/h|knots?)(?![\w²2]|-\d)|\s*(?:dollars?|euros?|rubles?|roubles?|hryvnias?|hryvnyas?|won|pounds?|yuan|usd|eur|rub|uah|krw|gbp|kroner|kronor|krone|krona|zlotys?|złoty|forints?|francs?|rupees?|yen|lira|liras|lei|tenge|lari|shekels?|dinars?|riyals?|dirhams?|pesos?|nok|sek|dkk|pln|chf|jpy|cny|inr|czk|huf)\b|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|CET|EET|MSK|KST|hours\b|h\b)|:\d|\s*(?:times|fold|x\b)|\s*(?:th|st|nd|rd)\b|-strong\s+(?:brigade|battalion|regiment|division)|\s*per (?:day|week|month|year|cent|capita))/i;

/** One person as the subject of a verb of saying: "One prisoner from Tuva, aged 23, said". */
const ONE_WHO_SPEAKS = /^\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+(?:from|in|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:,[^,;.]{1,40},)?\s+(?:said|says|told|recalled|recounted|described|added)\b/;
const ONE_OF_ITS_PEOPLE = /^\s+of\s+(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:was|has been|had been|is)\s+(?:killed|injured|wounded|hurt|captured|missing)\b/i;
/** What stands before a year: a month, or "in", "since", "until". */
const YEAR_LEAD = new RegExp(String.raw`\b(?:${MONTH}|in|since|until|till|through|early|late|mid),?\s*$`, "i");
const BEFORE_UNIT = /(?:[$€£₴₩¥]|\b(?:US\$|USD|EUR|UAH|RUB|KRW|GBP|Rs\.?|aged?|age of|No\.|no\.|number|page|article|resolution|chapter|section|flight|route|highway|line|version|model|type|grade|level|phase|stage|vol\.|p\.|pp\.|#|room|building|house|apartment|block|unit|brigade|battalion|regiment|division|corps|army|squadron|point|item|paragraph|minute|the year|year|in|since|from|of)\s*)$/i;

/** Places counted as taken, before the ground they cover: "retook 28 settlements in the Kursk region". */
const PLACES_TAKEN_BEFORE = /\b(?:took|taken|captured|seized|retook|recaptured|liberated|regained|freed|occupied)\s+(?:about\s+|some\s+|more than\s+|over\s+)?[\d,]+\s+(?:settlements|villages|towns|localities|communities)\b[^.;]{0,60}$/i;
/** Whether a number is a non-claim by its own form and neighbours (a date, age, price, percentage…). */
/** A verb of losing right before "one of …": "has lost one of", "shot down one of". */
const ONE_LOST_BEFORE = /\b(?:lost|losing|loses|destroyed|downed|shot down|sank|sunk|captured)\s+$/i;
/** An area's unit right after a figure: "square kilometres", "sq mi", "km²". */
const AREA_AFTER = /^\s*(?:square|sq\.?)\s*(?:kilomet|km|mi)|^\s*km(?:2|²)/i;

export function isNotClaim(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  const after = text.slice(n.end, n.end + 32);
  if (n.kind === "vague") {
    // "hundreds of dollars", "thousands of years"
    return /^\s*of\s+(?:dollars|euros|rubles|hryvnias|years|kilomet|miles|hours|pages|words|followers|subscribers)/i.test(after);
  }
  if (AFTER_UNIT.test(after) && !/^\s*(?:square|sq)\b/i.test(after)) return true;
  // ("Of the 24, seven were hit in 2022": a whole counted before, pointed back to by its figure alone, is no new claim;
  // its parts are read as of that whole.)
  if (/^\s*,/.test(after) && /^\W*(?:Of|Out of)\s+(?:the|these|those)\s+$/.test(text.slice(0, n.start))) return true;
  // ("One prisoner from Tuva, aged 23, said …": one person who speaks is a witness, not a count.)
  if (n.value === 1 && n.words && ONE_WHO_SPEAKS.test(text.slice(n.end, n.end + 90))) return true;
  // "two-thirds of the forces", "three quarters": a share, not a count.
  if (/^[-\s]?(?:thirds?|quarters?|fifths?|tenths?|halves)\b/i.test(after)) return true;
  // "removed more than 2,400 explosive objects": what deminers clear is no loss and no building.
  if (/^\s+(?:(?:[a-z-]+\s+)?explosive (?:objects|devices|items|remnants)|unexploded|(?:pieces|items) of (?:unexploded )?ordnance|(?:land)?mines\b)/i.test(after)) return true;
  // "the 12,500-tonne ship": a weight.
  if (/^[-\s](?:tonnes?|tons?|ton-|tonne-)/i.test(after)) return true;
  // "3/ Confirmed so far …", "14/14 If you have footage": a thread's post numbers.
  if (!n.words && /^\/(?:\d{1,3})?(?:\s|$)/.test(after) && /(?:^|\n)\s*$/.test(text.slice(0, n.start))) return true;
  // Square units are territory: "90 square kilometres" stays; "5 km" left above.
  if (!n.words && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && !/,/.test(n.text)) {
    // A year, unless a counted noun follows at once ("2000 soldiers" is rare but real); after a month or "in" always a
    // year ("shared with Congress in December 2023 put Russian casualties at 315,000").
    if (YEAR_LEAD.test(before)) return true;
    if (!/^\s+(?:[a-z-]+\s+){0,2}(?:soldiers|troops|servicem[ae]n|personnel|tanks|civilians|people|casualties|drones|villages|square)/i.test(after)) return true;
  }
  if (MONTH_BEFORE.test(before) && n.value <= 31 && !n.words) return true;
  if (MONTH_AFTER.test(after) && n.value <= 31) return true;
  if (/[$€£₴₩¥]\s*$/.test(before)) return true;
  // ("The injured number 134": after who is counted, "number" is a verb.)
  if (/\b(?:aged?|ages?|age of|ages of|No\.|(?<!\b(?:injured|wounded|dead|casualties|victims|deaths|fatalities|losses|troops|soldiers|forces|people|personnel|prisoners|captives)\s)number|page|article|resolution|chapter|section|flight|route|highway|version|model|phase|stage|#|vol\.|p\.|pp\.)\s*$/i.test(before)) return true;
  // The ages after the first: "two women aged 54 and 67", "aged between 19 and 23", "ages 6, 9 and 14".
  if (!n.words && n.value <= 120 && /\b(?:aged?|ages)\s+(?:between\s+|from\s+)?\d{1,3}(?:,\s*\d{1,3})*(?:,\s*|,?\s*(?:and|to|or|-|–)\s*)$/i.test(before)) return true;
  // ("Three new infantrymen arrived, two of them over 50": an age some of those counted are over or under.)
  if (!n.words && n.value >= 14 && n.value <= 99 && /\b(?:of them|all|both|most|many|some|men|women|people)\s+(?:(?:are|were|is|was)\s+)?(?:over|under|older than|younger than|above|below|aged)\s+$/i.test(before) && /^\s*(?:[.,;)]|years?\b|$)/i.test(after)) return true;
  // ("… two of them over 50": and the part so counted, by its age alone.)
  if (/^\s+of them\s+(?:(?:are|were)\s+)?(?:over|under|older than|younger than|aged)\s+\d{2}\s*(?:[.,;)]|years?\b|$)/i.test(after)) return true;
  // An age between commas after a person: "One man, 43, was killed", "Olena Koval, 71, said".
  if (!n.words && n.value <= 120 && /^,/.test(after) && /(?:\b(?:man|woman|boy|girl|teenager|pensioner|resident|driver|mother|father|son|daughter|husband|wife|grandmother|grandfather|soldier|volunteer|nurse|doctor|medic|worker|farmer|teacher|died)|\b[A-Z][a-z]+)\s*,\s*$/.test(before)) return true;
  if (BEFORE_UNIT.test(before) && /\b(?:brigade|battalion|regiment|division|corps|squadron|unit|army|building|house|apartment|block|room)\s*$/i.test(before)) return true;
  // Counts of units ("four AFU mechanised brigades") are formations, not people.
  if (/^\s+(?:[\w'’-]+\s+){0,3}?(?:brigades|battalions|regiments|divisions|corps|companies|platoons|squads|formations|detachments|armies)\b(?!\s+of\s+(?:soldiers|troops|personnel|men))/i.test(after) && !/^\s+(?:[\w'’-]+\s+){0,3}?units of\b/i.test(after)) return true;
  // "a five-storey building", "a 12-hour curfew", "a 1.2 million-strong army": adjectives, not counts.
  if (/^(?:\s*(?:million|thousand|billion))?-(?:stor(?:e)?y|floor|room|metre|meter|kilomet(?:er|re)|km|mile|hour|day|week|month|year|member|seat|page|point|strong|man|person|vehicle|car|lane|bed|storey|star)\b/i.test(after)) return true;
  // ("About 140 Ukrainians are currently housed in the Salisbury area", "1,100 Ukrainians who arrived under the
  // emergency travel program have settled in Saskatoon", "950,000 Ukrainians are registered in Poland under temporary
  // protection": people who fled the war are no troops.)
  if (/^\s+(?:[\w-]+\s+)?(?:Ukrainians|Russians)\b[^.;]{0,70}?\b(?:housed|settled|resettled|sheltered|hosted|living|arrived under|fled|refugees?|newcomers|temporary protection|asylum)\b/i.test(text.slice(n.end, n.end + 100))) return true;
  // ("border guards detained 1,247 men who tried to leave Ukraine illegally": people held at a border are no prisoners
  // of war.)
  // (Not those killed in the attempt: "its officers had killed two Ukrainian saboteurs who tried to cross the border".)
  if (/^\s+(?:[\w-]+\s+){0,2}?(?:who|after|for)\s+(?:had\s+)?(?:tried|trying|attempted|attempting)\s+to\s+(?:leave|cross|flee|evade|dodge|smuggle)\b|^\s+(?:draft[- ]dodgers|draft evaders|smugglers)\b/i.test(text.slice(n.end, n.end + 80)) && !/\b(?:killed|killing|eliminated|liquidated|neutrali[sz]ed|shot dead)\s+(?:about\s+|some\s+|more than\s+)?$/i.test(text.slice(Math.max(0, n.start - 30), n.start))) return true;
  // ("He said nine of the injured were in serious condition": the state of some of those counted, no count of its own.)
  if (/^\s+(?:of\s+(?:them|(?:the|those)\s+(?:injured|wounded|hurt|hospitali[sz]ed|victims))\s+)?(?:(?:are|were|was|is|remain(?:s|ed)?)\s+(?:still\s+)?in\s+(?:a\s+)?(?:serious|critical|grave|severe|stable|satisfactory|moderate|life-threatening|extremely serious)\s+condition\b|remain(?:s|ed)?\s+(?:still\s+)?in\s+(?:(?:a|the)\s+)?hospital\b)/i.test(text.slice(n.end, n.end + 80))) return true;
  // ("said five people had been wounded, two of them seriously": how badly some of those counted were hurt.)
  if (/^\s+of\s+them\s+(?:seriously|critically|severely|gravely|badly|lightly|slightly)\s*(?:[.;,)]|$)/i.test(text.slice(n.end, n.end + 40))) return true;
  // ("since the country has a population of about 144 million": how many live in a country is no count of the war.)
  if (/\b(?:population|populations)\s+(?:of\s+)?(?:about|some|around|roughly|nearly|almost|more than|over|just over|just under)?\s*$/i.test(before)) return true;
  // ("draws on interviews with 205 Ukrainian prisoners released in exchanges", "monitors interviewed 60 former
  // detainees", "a survey of 1,000 residents": the people a report heard are its sources, not a count of its subject.)
  if (/\b(?:interviews? (?:with|of)|interviewed|interviewing|spoke (?:to|with)|speaking (?:to|with)|talked (?:to|with)|testimon(?:y|ies) (?:of|from)|accounts (?:of|from)|surveyed|(?:a |the )?(?:survey|poll) of)\s+(?:at least\s+|about\s+|some\s+|more than\s+|nearly\s+|over\s+|almost\s+)?$/i.test(before)) return true;
  // "three wounded to each dead": a ratio. ("returned 390 people to each side": a swap, no ratio.)
  if (/^\s+[\w-]+\s+(?:to|for)\s+(?:each|every|one)\b(?!\s+(?:side|country|army)\b)/i.test(after)) return true;
  // "seven wounded per death", "fewer than two wounded, or more than eight, for each soldier killed": ratios too.
  if (/^\s+[\w-]+\s+per\s+(?:death|dead|fatality|killed|soldier|person|casualty)\b/i.test(after) || (/^(?:\s+(?:wounded|injured)\b|,?\s+(?:for|to)\s+(?:each|every)\b)/i.test(after) && /^[^.;:]{0,50}?\b(?:for|to)\s+(?:each|every)\s+(?:soldier|death|dead|fatality|person|one|man|serviceman)\b/i.test(text.slice(n.end, n.end + 72)))) return true;
  // "rescuers were still searching for 22 people": people sought under rubble are neither dead nor counted missing soldiers.
  // ("looking for more than 9,000 Russian servicemen listed as missing" is a count of soldiers missing.)
  if (/\b(?:searching|search|searched|looking|hunting)\s+for\s+(?:at least\s+|about\s+|some\s+|another\s+|more than\s+|up to\s+)?$/i.test(before) && !/^\s+(?:[\w'’-]+\s+){0,2}(?:soldiers|servicem[ae]n|troops|personnel|fighters|marines|prisoners|POWs)\b/i.test(after)) return true;
  // "12 Leopard 2 tanks", "Challenger 2", "Mirage 2000", "PzH 2000": a model's number is no count.
  if (!n.words && /\b(?:Leopard|Challenger|Mirage|PzH|Marder|Krab|Rosomak|Bradley M|Abrams M|Mk\.?)\s*$/.test(before)) return true;
  // "43 Russian servicemen suspected of executing prisoners": people accused of a crime are no losses.
  if (/^\s+(?:[\w-]+\s+){0,3}(?:suspected|accused|charged|convicted|sentenced|wanted)\s+(?:of|with|for|in absentia)\b/i.test(after)) return true;
  // "one soldier was killed for every three to four wounded": both sides of a ratio.
  if (/\bfor\s+(?:each|every)\s+$/i.test(before) || /^\s+(?:[\w-]+\s+){1,3}(?:for|to)\s+(?:each|every)\s+(?:[\w-]+\s+)?(?:(?:to|or)\s+[\w-]+\s+)?(?:wounded|injured|dead|killed|soldier|death|fatality|casualty)\b/i.test(text.slice(n.end, n.end + 80))) return true;
  // "one of the two prisoners": a figure already counted, named again.
  if (/\b(?:one|two|each|both|either|neither|none|all|any|most|many|some|several) of (?:the|these|those)\s+$/i.test(before)) return true;
  // "no one was injured", "anyone", "someone".
  if (n.words && n.value === 1 && /\b(?:no|any|some|every)[\s-]*$/i.test(before)) return true;
  // "the sides had agreed to exchange 1,000 prisoners of war for 1,000": a swap agreed is not yet one made.
  if (/\b(?:agreed|agree|agrees|plan|plans|planned|planning|promised|pledged|will|would|set)\s+to\s+(?:exchange|swap|release|free|return|hand over)\s+(?:about|some|around|more than|over|up to)?\s*$/i.test(before)) return true;
  // "has charged eight citizens with fighting …": people before a court are no war figure.
  if (/\b(?:charged|convicted|sentenced|indicted|prosecuted|tried)\s+(?:about|some|around|more than|over|nearly|almost|at least)?\s*$/i.test(before)) return true;
  // ("the town, which had some 17,000 inhabitants before the war": a place's population, no toll; "the Republic of
  // Buryatia, with fewer than a million inhabitants": nor one given with "with".)
  if (/^\s+(?:inhabitants|residents)\b/i.test(after) && /\b(?:had|has|have|with|home to|population of)\s+(?:some|about|around|roughly|nearly|almost|more than|over|fewer than|less than|under|just over|just under)?\s*$/i.test(before)) return true;
  // "the ACT, which covers about 2,360 square kilometres": a place's size, not ground taken.
  // ("the plant, which occupies some 11 square kilometres", "The works … occupies an area of about 11 square kilometres":
  // so is what a place occupies; "retook 28 settlements …
  // covering more than 430 square kilometres" is the ground of the places taken.)
  if (AREA_AFTER.test(after) && /\b(?:(?:covers|covering|spans|spanning|measures|measuring|encloses?|enclosing|(?:which|that)\s+occupies)|(?:occupies|occupying|has|with)\s+an\s+area\s+of)\s+(?:an\s+area\s+of\s+)?(?:about|some|around|roughly|more than|over|nearly|almost|just over|just under)?\s*$/i.test(text.slice(Math.max(0, n.start - 48), n.start)) && !PLACES_TAKEN_BEFORE.test(text.slice(Math.max(0, n.start - 120), n.start))) return true;
  // Rates: "about 30,000 volunteers a month", "1,271 a day" (optional in claims.md; never the figure itself).
  // ("880 troops in a day", "within a week" are one day's or week's figure, not a rate.)
  // ("up from about 470,000 a year earlier": a time ago, not a rate.)
  if (/^\s+(?:[\w'’-]+\s+){0,2}?(?:a|per|each|every)\s+(?:day|week|month|year)\b(?!\s+(?:earlier|ago|before|previously|later)\b)/i.test(after) && !/^\s+(?:[\w'’-]+\s+){0,2}?(?:in|within|over|during|for)\s+a\s+(?:single\s+)?(?:day|week|month|year)\b/i.test(after)) return true;
  // "four members of one family": "one" before a singular household noun says which, not how many.
  if (n.words && n.value === 1 && /\bof\s+$/i.test(before) && /^\s+(?:family|household|house|home|building|village|town|street)\b/i.test(after)) return true;
  // "one more whose death…", "one another".
  // ("had killed one more person": one more of the people counted is a figure.)
  if (n.words && n.value === 1 && /^\s+(?:more|another|other)\b(?!\s+(?:person|civilian|soldier|serviceman|man|woman|child|resident|people)\b)/i.test(after)) return true;
  // "the two countries", "the two sides", "struck four areas where troops were massed", "one artillery position":
  // counts of states and of places, not of people or arms. ("16 deaths in government-held areas": a noun ends the
  // count before a preposition.)
  if (/^\s+(?:(?!(?:in|of|at|on|from|across|near|by|for|with|during|after|since)\s)[\w'’-]+\s+){0,2}?(?:countries|country|nations?|sides?|parties|governments?|capitals?|delegations?|areas?|positions?|locations?|sites?|command posts?|directions?|sectors?)\b/i.test(after)) return true;
  // ("The two outlets say the true number of dead is higher": the sources of a figure, named by how many they are.)
  if (n.value <= 12 && /\b(?:the|both|these|those|all)\s+$/i.test(before) && /^\s+(?:[\w'’-]+\s+)?(?:outlets|agencies|newspapers|papers|broadcasters|projects|organi[sz]ations|ministries|leaders|presidents|researchers|analysts|reports|estimates|sources|studies|surveys|groups|trackers|counts|tallies)\b/i.test(after)) return true;
  // ("VerityDesk has rated 37 claims about military losses": things said or published are no people.)
  if (/^\s+(?:[a-z-]+\s+)?(?:claims|posts|videos|articles|stories|reports|statements|tweets|messages|comments|questions|fact-checks|rumou?rs|sources|documents)\b/i.test(after)) return true;
  // ("lost about one drone in three to jamming": a ratio.)
  if (n.words && n.value < 10 && /^\s+[\w-]+\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?|regions?|places?|areas?|directions?|villages?|towns?|cities|settlements|districts?|oblasts?))/i.test(after)) return true;
  // ("struck 24 Ukrainian military facilities", "the sex of 11 other bodies had yet to be established": targets of war,
  // and bodies known only by what is not yet known of them.)
  if (/^\s+(?:[\w-]+\s+)?(?:military|army|defen[cs]e)\s+(?:facilities|installations|sites|targets|objects)\b/i.test(after) || /\b(?:sex|identity|identities|gender)\s+of\s+(?:the\s+)?$/i.test(before)) return true;
  // ("the hotline number is 1545": a telephone number.)
  if (/\b(?:hotline|helpline|phone|telephone)\b[^.;]{0,20}$/i.test(text.slice(Math.max(0, n.start - 40), n.start))) return true;
  // ("ordered the mandatory evacuation of 11 more villages": places emptied are not taken.)
  if (/\bevacuat\w*\s+(?:of\s+)?(?:about\s+|some\s+|another\s+|more than\s+)?$/i.test(before) && /^\s+(?:[\w-]+\s+)?(?:villages|settlements|towns|communities|localities)\b/i.test(after)) return true;
  // ("Cluster Munition Monitor counted 916 casualties of cluster munition attacks", "916 — cluster munition casualties":
  // the killed and injured of a weapon, together and mostly civilians, fit no metric of claims.md.)
  if (/^\s*(?:[—–-]\s*)?(?:(?:[\w-]+\s+){0,2}?casualties\s+(?:of|from|caused by)\s+(?:[\w-]+\s+){0,2}?(?:mines|landmines|cluster munitions?|cluster munition attacks|explosive remnants|ordnance|submunitions)|(?:cluster[- ]munition|landmine|mine|explosive[- ]ordnance)\s+casualties)\b/i.test(text.slice(n.end, n.end + 90))) return true;
  // ("cleared about 200 square kilometres of farmland", "some 174,000 square kilometres … may be contaminated by mines":
  // land to be demined or cleared is no ground taken.)
  if ((AREA_AFTER.test(after) || /^\s*hectares\b/i.test(after)) && /\b(?:contaminat\w*|demin\w*|mined|minefields?|(?:land)?mines|unexploded|explosive|ordnance|mine-free|pyrotechnicians?)\b/i.test(text.slice(Math.max(0, n.start - 90), n.end + 90)) && !/\b(?:took|taken|captured|seized|gained|liberated|recaptured|retook|advanced|occupied|occupies|controls?|held|holds|infiltration|assault)\b/i.test(text.slice(Math.max(0, n.start - 60), n.end + 60))) return true;
  // ("documented 864 cases of arbitrary detention of civilians": counts of abuses are cases, not people held or killed.)
  if (/^\s+(?:cases|instances|incidents|allegations|reports)\s+of\s+(?:[\w-]+\s+){0,2}?(?:detention|torture|ill-treatment|sexual violence|abuse|disappearance|looting|deportation|rape|abduction)\b/i.test(text.slice(n.end, n.end + 60))) return true;
  // "2) PRISONERS", "3. Territory": a list's number before its heading.
  if (!n.words && n.value < 100 && /^\s*$/.test(text.slice(0, n.start)) && /^[.)]\s+[A-Z]/.test(after)) return true;
  // "repelled 27 counterattacks", "carried out 79 air strikes", "138 combat engagements": counts of events, not losses
  // ("45 attack drones" and "assault troops" are things and people).
  if (/^\s+(?:(?!(?:in|on|of|by|from|during|after|and|or|were|was|are|have|had|killed|injured|wounded|dead|died|people|civilians|soldiers)\b)[\w-]+\s+){0,2}?(?:counter-?attacks|counteroffensives|assaults(?!\s+(?:troops|groups|brigades|units))|attacks(?!\s+(?:drones?|helicopters?|aircraft|UAVs?))|clashes|strikes(?!\s+(?:drones?|aircraft))|sorties|engagements|shellings|bombardments|attempts|raids|offensive actions)\b/i.test(after)) return true;
  // "groups of two to five soldiers": the size of a group, not a count of the force.
  // ("in waves of ten or fifteen men": both sizes.)
  // (Not losses inflicted on units, told before their figure: "inflicted losses on Ukrainian units of up to 230 servicemen".)
  if (/\b(?:groups|teams|squads|units|cells|pairs|waves) of\s+(?:up to\s+|about\s+|between\s+)?(?:[\w-]+\s+(?:or|to|and)\s+)?$/i.test(before) && !/\b(?:inflicted|inflicting|inflicts)\s+(?:heavy\s+)?(?:losses|casualties)\s+on\s+[^.;]{0,50}$/i.test(text.slice(Math.max(0, n.start - 90), n.start))) return true;
  // "About 4,500 households were left without electricity": customers cut off, no damage counted.
  if (/^\s+(?:[\w-]+\s+)?(?:households|homes|consumers|subscribers|customers|families|residents)\b[^.;]{0,60}?\b(?:without (?:electricity|power|heat|heating|water|gas|light)|cut off|disconnected|de-energi[sz]ed|blackouts?)\b/i.test(text.slice(n.end, n.end + 100))) return true;
  // "an average of just over 16 km² a day": a rate of advance, not ground taken.
  if (/^\s*(?:square\s+(?:kilomet(?:er|re)s|miles)|sq\.?\s*(?:km|mi)|km(?:2|²))\s+(?:a|per|each)\s+(?:day|week|month)\b/i.test(after)) return true;
  // "The Group of Seven leaders": a name.
  if (n.words && /\bGroup of\s*$/.test(before)) return true;
  // "not one soldier had been left behind": a negation, no count.
  if (n.words && n.value === 1 && /\bnot\s+(?:a\s+single\s+)?$/i.test(before)) return true;
  // "cold-weather gear for about 1,000 Ukrainian soldiers": those supplied for, not a force.
  if (/\b(?:gear|kits?|equipment|uniforms|rations|supplies|clothing|housing|accommodation|beds|places|aid|vehicles)\s+for\s+(?:about\s+|some\s+|around\s+|more than\s+|up to\s+|nearly\s+)?$/i.test(before)) return true;
  // "in five figures of casualties": a count of digits.
  if (n.words && /^\s+figures?\b/i.test(after)) return true;
  // "Ukraine is more than 600,000 square kilometres", "a country of 603,000 km²": a country's size, not ground taken.
  if (AREA_AFTER.test(after) && /\b(?:Ukraine|Russia|Belarus|Poland|the country|a country|its territory)(?:['’]s)?(?:\s+as a whole|\s+(?:total|whole|entire)\s+(?:area|territory)|\s+(?:area|territory))?(?:,[^,;]{1,30},)?\s+(?:is|covers|spans|measures|has an area of|of)\s+(?:more than|over|about|some|nearly|almost|roughly|around)?\s*$/i.test(text.slice(Math.max(0, n.start - 90), n.start))) return true;
  // "an industrial city of some 600,000 people", "a region of 1.2 million": a population, not a toll.
  // ("Quebec is home to about 1,400 Ukrainians who arrived …": those who live there.)
  if (/\b(?:city|town|village|region|oblast|country|community|nation|district|province)\s+of\s+(?:some|about|around|more than|nearly|roughly|almost|over|just over|under)?\s*$|\bhome\s+to\s+(?:some|about|around|more than|nearly|roughly|almost|over|just over|under|an estimated)?\s*$/i.test(before)) return true;
  // "day 1,227 of the war", "Day 1000": the war's day, not a count.
  if (/\bday\s+$/i.test(before) && !n.words) return true;
  // "[3]": a footnote mark.
  if (/\[\s*$/.test(before) && /^\s*\]/.test(after)) return true;
  // Ratios and scores: "3-1", "1 in 5", "one in three", and the second term of "nine in ten".
  if (/^\s*in\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(after)) return true;
  if (n.words && /\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+$/i.test(before)) return true;
  // "one of the…", "one another", "one side": the pronoun, not a figure.
  // ("one of its engineers was killed": one of a body's own people, with a fate, is a count.)
  // ("Ukraine has lost one of the U.S.-made F-16 fighter jets": nor is one of a side's things lost.)
  if (n.words && n.value === 1 && /^one$/i.test(n.text) && /^\s+(?:of|another|side|day|way|thing|who|that|which)\b/i.test(after) && !ONE_OF_ITS_PEOPLE.test(after) && !(ONE_LOST_BEFORE.test(before) && /^\s+of\s+(?:the|its|their|his|her|our)\s/i.test(after))) return true;
  // ("North Korea losses (0'32\")": a clip's running time in a bulletin script.)
  if (/^['’′]\d{2}["”″]/.test(after)) return true;
  // Phone numbers and codes: digit groups glued by dashes or dots.
  if (/^[-.]\d/.test(after) || /\d[-.]$/.test(before)) return true;
  // Decimal fractions without a scale are rates and ratios, not counts (0.75, 1.75).
  // (Not thousands grouped by dots, which the number reader has made whole: "1.140 soldiers", "10.933 tanks".)
  if (!n.words && /\.\d/.test(n.text) && !DOT_GROUPED.test(n.text) && !/(?:\b|\d)(?:million|billion|thousand|mln|mn|bn|m|k|lakhs?|crores?|thsd|thous)\b/i.test(n.text) && !/^\s*(?:square|sq|km|mi)/i.test(after)) return true;
  return false;
}
