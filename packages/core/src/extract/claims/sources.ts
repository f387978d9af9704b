import type { Attribution } from "./attribution.js";
import { BELLIGERENTS, countryGoverningPlace, countryOfSource, findParties, mediatorOf, opponentOf, sourceHead } from "./parties.js";
import { PRONOUN_COUNT, insideAny, relativeAsides } from "./common.js";
import { OFFICIAL_PUBLISHER } from "../official.js";

/**
 * Sources a sentence names without their country ("the agency", "Park", "he",
 * "the regional governor"), resolved from the article around them.
 */

// Roles that, unnamed, repeat the last named source: "the ministry", "the spy agency", "the General Staff";
// and what a source publishes: "according to the report", "the bulletin added", "the latest update says".
const ROLE =
  /\b(?:ministry|mod|staff|agency|service|command|intelligence|military|army|headquarters|air force|navy|border guards?|spokes(?:man|woman|person)|report|statement|bulletin|update|summary|digest|briefing|release|communiqu[eé]|readout|post|figures|data|tally|count)\b/i;
// A side's body named as a sentence's subject: "Russia's defence ministry", "Ukraine's General Staff".
// ("The Russian defence ministry's claims were of another order: on 9 June it announced …")
const BODY_BEFORE = /^\W*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s)?\s+(?:[\w-]+\s+)?(?:ministry|Ministry|staff|Staff|command|Command|agency|Agency|service|Service|government|Government|army|Army|military))\b/;
/** The country of the side's body a text opens with ("Russia's defence ministry, …"), or null. */
function openingBody(text: string): string | null {
  const body = BODY_BEFORE.exec(text);
  return (body ? findParties(body[1]!).find((p) => p.kind === "people" || p.kind === "source")?.code : null) ?? null;
}
// What a source publishes that refers back only when definite: "the same study", "its analysis" (not "a review by X").
const DEFINITE_PUBLICATION = /^(?:the|its|their|this|that)\s+(?:same\s+|latest\s+|new\s+)?(study|survey|analysis|research|findings|paper|review|assessment)\b/i;
// The roles above that name a fighting side's body rather than what a source publishes.
const BODY_ROLE = /^(?:mod|staff|command|headquarters|air force|navy|border guards?|army|military)$/i;
// State media of no country named: "state media", "state television", "the state news agency".
const STATE_MEDIA = /^(?:the\s+)?state(?:-run|-owned)?\s+(?:media|television|TV|news agency|broadcaster|press)$/i;
// A body each side has: "the Defence Ministry", "the General Staff", "the Armed Forces".
const SIDE_BODY = /^(?:the\s+)?(?:Defen[cs]e\s+Ministry|Ministry of Defen[cs]e|General Staff|Armed Forces|Foreign Ministry|Ministry of Foreign Affairs)$/i;
// A side's military or government named by its possessive: "Ukraine's military", "Russia's armed forces".
const MILITARY_OF = /\b((?:North |South )?[A-Z][\w-]+)['’]s\s+(?:military|army|armed forces|forces|government|defen[cs]e ministry|general staff)\b/g;
// A government body of no country named: "the Ministry of Foreign Affairs", "the government".
const GOVERNMENT_BODY = /\b(?:ministry|government|foreign minist(?:ry|er))\b/i;
// Bodies of no fixed name refer back only when definite: "the group", "the analysts" (not "open-source analysts").
/** "the project", "the movement": a body known by the name given after its noun when first named. */
const NAMED_BODY_WORD = /^the\s+(project|movement|initiative|campaign|foundation|fund|network)$/i;
const DEFINITE_ROLE = /^the\s+(?:[\w-]+\s+)?(?:group|project|analysts|institute|think tank|outlets|monitors|researchers)$/i;

// An intelligence body named by its kind ("the spy agency", "the intelligence service"), and the names it goes by.
const SPY_BODY = /\b(?:spy|intelligence)\s+(?:agency|service)\b|^the\s+spy\s+\w+$/i;
const INTELLIGENCE_NAME = /\b(?:intelligence|spy|NIS|HUR|GUR|GRU|DIA|CIA|MI6|FSB|SBU|SVR|BND)\b/i;
/** "the service", "the security service": a security or intelligence service by any of its names ("The FSB says …"). */
const SERVICE_BODY = /^the\s+(?:security\s+)?service$/i;
const SERVICE_NAME = /\b(?:(?:security|intelligence|secret|special)\s+services?|FSB|SBU|SVR|GUR|HUR|NIS|KGB)\b/i;
// "The military also said …" after "South Korea's Joint Chiefs of Staff (JCS) said …": a military by any of its names.
const MILITARY_WORD = /^the\s+military$/i;
const MILITARY_NAME = /\b(?:military|armed forces|army|joint chiefs|JCS|general staff|defen[cs]e ministry|ministry of defen[cs]e|MoD|defen[cs]e forces)\b/i;

// Ministers of a country's home affairs, who speak of what happened at home: "Health Minister Viktor Liashko".
// (And their ministries: "Educational facilities damaged …: 3,798 (Ministry of Education and Science)".)
const HOME_MINISTER = /\b(?:Health|Interior|Internal Affairs|Energy|Emergenc(?:y|ies)|Social Policy|Education|Infrastructure|Veterans(?:['’] Affairs)?) Minist(?:er|ry)\b|\bMinist(?:er|ry) of (?:Health|Internal Affairs|the Interior|Energy|Emergenc(?:y|ies)|Social Policy|Education|Infrastructure|Veterans)\b/i;
// Sources that speak for the place where something happened: "officials said" after a strike on Sumy.
/** An official by role alone: "Senior Defense Official", "Staff", "a spokesperson". */
const OWN_OFFICIAL = /^(?:the\s+|a\s+|an\s+)?(?:(?:senior|deputy|chief|press|defen[cs]e|military|government|ministry)\s+){0,3}(?:officials?|staff|spokes(?:man|woman|person)|press secretary|secretary)$/i;
const LOCAL_ROLE = /\b(?:governor|mayor|regional|region's|city's|city|local|administration|police|emergency|rescuers|prosecutors?|head of the)\b|^(?:the\s+)?(?:officials|authorities)$/i;

/** Papers as a source: "the slide", "the same slide", "the leaked documents", "a trove of classified slides leaked …". */
const PAPERS = /^(?:(?:a|an|the|this|that|one|another)\s+)?(?:[\w-]+\s+){0,3}?(?:slides?|documents?|papers|files)\b/i;
/** Whose leaked or classified papers: "leaked US military briefing", "classified Pentagon documents". */
const PAPERS_OF = /\b(?:leaked|classified|secret|internal)\s+(?:(?:classified|secret|internal)\s+)?((?:[A-Z][\w.'’-]*\s+){1,2})(?:[a-z]+\s+){0,2}?(?:documents?|papers|files|slides?|briefings?|information|assessments?|intelligence)\b/g;

/** A body's name, not a person's: "Mediazona and the BBC Russian Service", "Russia's Defence Ministry". */
const BODY_NAME = /\b(?:ministry|staff|service|agency|project|group|office|institute|command|forces|army|military|navy|council|committee|mission|department|government|administration|centre|center|media|outlet|newspaper|intelligence)\b/i;
/** A dateline's city in capitals at the start of a sentence: "KATHMANDU, Aug 9 — ", "SEOUL, Oct. 23 (Hanul) -- ". */
const DATELINE_CITY = /^\W*([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?),\s/;

/** A hostile verb and a figure before a side's name: "destroyed forty-one (Russian vehicles)". */
const HOSTILE_COUNT_BEFORE = /\b(?:destroyed|destroying|killed|killing|hit|hitting|downed|shot down|captured|capturing|struck|wounded|eliminated)\s+(?:(?:at least|more than|about|some|over|nearly|almost|up to)\s+)?[\w,.-]+\s+$/i;

/** A destination or a battlefield before a name: "to fight in Ukraine", "sent to Russia". */
const DESTINATION_BEFORE = /\b(?:to|in|into|inside|against|toward|towards)\s+(?:the\s+)?$/i;

/**
 * The country of a source the sentence names without one: a pronoun is the
 * last source; "Park", "the agency" are a source named before with that word;
 * a governor or mayor belongs where the sentence's places are.
 */
export function resolveSource(
  a: Attribution | null,
  s: string,
  history: Attribution[],
  lastKnown: Attribution | null,
  docPlace: string | null = null,
  article: { names: ArticleNames; at: number; home?: string | null; official?: boolean } | null = null,
): Attribution | null {
  if (!a || a.known) return a;
  // "The group's list", "the ministry's bulletin": what a source publishes speaks for its owner.
  // ("The project's spokesman, Vitaliy Matviyenko": with the person's name after the role too.)
  const owner = /^(the\s+[\w -]+?)['’]s\s+[\w -]+(?:,\s+[^,]+)?$/i.exec(a.attributedTo);
  if (owner) {
    const r = resolveSource({ ...a, attributedTo: owner[1]! }, s, history, lastKnown, docPlace, article);
    if (r?.known) return { ...a, sourceParty: r.sourceParty, known: true };
    // ("Drone crews of Ukraine's Unmanned Systems Forces killed … , the force's command said": the owner named before in
    // the sentence with its side, in the plural too.)
    const noun = /([a-z]+)$/i.exec(owner[1]!)?.[1]?.toLowerCase() ?? "";
    const before = s.slice(0, a.start);
    const nounAnyCase = noun ? `[${noun[0]}${noun[0]!.toUpperCase()}]${noun.slice(1)}` : null;
    if (nounAnyCase) for (const m of before.matchAll(new RegExp(`\\b([A-Z][\\w-]*)['’]s\\s+(?:[\\w-]+\\s+){0,4}?${nounAnyCase}(?:e?s)?\\b`, "g"))) {
      const side = findParties(m[1]!).find((p) => p.code !== null)?.code;
      if (side) return { ...a, sourceParty: side, known: true };
    }
  }
  // ("Russia's defence ministry has not published its losses since 2022, when it put them at 5,937": "it" is the body
  // named earlier in its own sentence, though that body said nothing there.)
  if (/^it$/i.test(a.attributedTo)) {
    const owner = openingBody(s.slice(0, a.start));
    if (owner) return { ...a, sourceParty: owner, known: true };
    // ("Russia's defence ministry, for its part, described the strikes as retaliation. It said on 11 April …": the body
    // that opened the sentence before, though it said nothing there.)
    const opener = article && /^\W*(?:(?:on|by|last|early|late)\s+[^,]{0,30}?\s+)?$/i.test(s.slice(0, a.start)) ? article.names.bodyOpeningBefore(article.at) : null;
    if (opener) return { ...a, sourceParty: opener, known: true };
    // ("The figures of the UN human rights office are the most conservative. It has recorded …": the body whose
    // figures the sentence before was about.)
    const topic = article && /^\W*$/.test(s.slice(0, a.start)) ? article.names.figuresOfBefore(article.at) : undefined;
    if (topic !== undefined) return { ...a, sourceParty: topic, known: true };
  }
  // ("Its defence minister, Sergei Shoigu, has not disclosed … He claimed …", "The figure comes from Ukraine's General
  // Staff. … it said …": a pronoun opening its sentence stands for the source the sentence before opened with or
  // named as where a figure comes from, though that one gave no figure there.)
  if (article && /^(?:it|he|she|they)$/i.test(a.attributedTo) && /^\W*(?:(?:on|by|as of|in|last|earlier|later|early|late)\s+[^,]{0,30}?,?\s+)?$/i.test(s.slice(0, a.start))) {
    const subject = article.names.subjectSourceBefore(article.at);
    if (subject !== undefined) return { ...a, sourceParty: subject, known: true };
  }
  // ("… a page from a leaked US military briefing. … the slide estimates that Russia has lost 35,500 to 43,000 soldiers":
  // papers speak for the country whose papers the article says they are.)
  if (article && PAPERS.test(a.attributedTo)) {
    // (Papers of no country named are the last source's, as a sentence without a source would be.)
    const owner = article.names.papersOwnerBefore(article.at) ?? lastKnown?.sourceParty;
    if (owner) return { ...a, sourceParty: owner, known: true };
  }
  if (/^(?:it|he|she|they|him|her|them|this|that|the source|the official)$/i.test(a.attributedTo)) return lastKnown ?? a;
  // ("SENIOR DEFENSE OFFICIAL: …", "STAFF: …" in a transcript the U.S. Department of Defense publishes: an official of
  // no country named, on a government body's own page, is that government's.)
  if (article?.official && article.home && OWN_OFFICIAL.test(a.attributedTo)) return { ...a, sourceParty: article.home, known: true };
  // "… 16 people there were hurt, said Health Minister Viktor Liashko": a minister of home affairs named without a
  // country serves where the sentence's places are, else where the article is, whoever spoke last ("Russia's defence
  // ministry has denied … / The health ministry says two adults were killed at Okhmatdyt").
  // ("At least seven civilians were killed and 47 injured across the country, the Interior Ministry said" in a Kyiv
  // paper: else the outlet's own country's, when it is a side's.)
  if (HOME_MINISTER.test(a.attributedTo)) {
    const place = countryGoverningPlace(s) ?? (article?.home && BELLIGERENTS.has(article.home) ? article.home : null) ?? docPlace;
    if (place) return { ...a, sourceParty: place, known: true };
  }
  // "Across Russia, the same project had confirmed …": "the same" is the source just named, whatever its noun.
  // ("Russia's Defence Ministry said … Foreign Minister Andrii Sybiha said. The same ministry said …": the last one named
  // with that noun, when one was.)
  const sameNoun = /^the same\s+([a-z]+)$/i.exec(a.attributedTo)?.[1];
  // (Only after a person: after "Mediazona and the BBC Russian Service", "the same project" is theirs, not an older one's.)
  const sameNamed = sameNoun && lastKnown && !BODY_NAME.test(lastKnown.attributedTo) ? history.findLast((h) => new RegExp(`\\b${sameNoun}\\b`, "i").test(h.attributedTo)) : undefined;
  if (sameNamed) return { ...a, sourceParty: sameNamed.sourceParty, known: true };
  if (lastKnown && /^the same\s/i.test(a.attributedTo)) return { ...a, sourceParty: lastKnown.sourceParty, known: true };
  // "Its analysts", "its daily digest", "their count": what belongs to the last source speaks for it.
  // ("Russia's Ministry of Defence has not acknowledged …; on 20 June its spokesman said": the body named earlier in
  // the same sentence, when there is one, though it said nothing itself.)
  // ("Zelensky, who called the strike a war crime, has asked …. His office said …": so does a person's.)
  if (/^(?:its|their|his|her)\s/i.test(a.attributedTo)) {
    // ("Russia's Orenburg region, which borders Kazakhstan …, has sent around 6,500 men to fight in Ukraine, its governor
    // said": not a side an aside names, nor where the sentence's action went.)
    const before = s.slice(0, a.start);
    const asides = relativeAsides(before);
    // ("the battalion's crews have destroyed forty-one Russian vehicles …, according to its commander": nor the side
    // whose losses the sentence counts: the commander of those who inflicted them is of the other side.)
    const named = findParties(before).filter((p) => (p.kind === "source" || p.kind === "people") && !insideAny(asides, p.start) && !DESTINATION_BEFORE.test(before.slice(Math.max(0, p.start - 12), p.start)));
    const struck = (p: { start: number }) => HOSTILE_COUNT_BEFORE.test(before.slice(Math.max(0, p.start - 60), p.start));
    // ("The Russian Ministry of Defense has not claimed any …, and its total … stands at 13": a count is its keeper's,
    // the body named last before it, not a side the sentence counts: "Ukraine's General Staff said Russia lost 1,530
    // troops, and its running total is now around 775,000".)
    // ("Moscow has not updated its figure of 498 dead": else the side named last, by its name.)
    const count = PRONOUN_COUNT.test(a.attributedTo);
    const keeper = count ? named.findLast((p) => p.kind === "source") : undefined;
    if (keeper) return { ...a, attributedTo: keeper.text, sourceParty: keeper.code, known: true };
    const owner = named.filter((p) => !struck(p)).at(-1);
    if (owner) return { ...a, attributedTo: count ? owner.text : a.attributedTo, sourceParty: owner.code, known: true };
    const losers = named.filter(struck);
    const inflictor = losers.length && losers.every((p) => p.code === losers[0]!.code) ? opponentOf(losers[0]!.code) : null;
    if (inflictor) return { ...a, sourceParty: inflictor, known: true };
    // ("Ukraine has its own drone numbers. Its Unmanned Systems Forces said …": the side that opened the sentence before.)
    // ("The briefing came as Ukraine's military reported heavy fighting. Its General Staff said …": or whose military
    // that sentence named.)
    const opener = article && /^\W*$/.test(s.slice(0, a.start)) ? article.names.partyOpeningBefore(article.at) ?? article.names.militaryOwnerBefore(article.at) : null;
    if (opener) return { ...a, sourceParty: opener, known: true };
  }
  if (lastKnown && /^(?:its|his|her|their)\s/i.test(a.attributedTo)) return { ...a, sourceParty: lastKnown.sourceParty, known: true };
  // ("Mediazona and the Latvia-based outlet Meduza turned to … Using that method, the two outlets estimated": the
  // last two sources named just before, when they share a country.)
  if (article && /^the\s+(?:two|three|both)\s+[a-z]+$/i.test(a.attributedTo)) {
    const named = article.names.sourcesBefore(article.at);
    if (named.length >= 2 && named.every((c) => c === named[0])) return { ...a, sourceParty: named[0]!, known: true };
  }
  // "Krasnodar Krai authorities", "Kharkiv regional officials": a body named by its place is that place's.
  // ("Bashkortostan's head, Radiy Khabirov", "Krasnodar's own social-protection department", "Relatives' groups in
  // Krasnodar": so is a region's head, department or group.)
  const placeOfName = /\b(?:authorities|officials|administration|government|police|emergency services?|head|governor|mayor|department|groups?|committee|council|commissioner|ombudsman|parliament|assembly)\b/i.test(a.attributedTo) ? countryGoverningPlace(sourceHead(a.attributedTo)) : null;
  if (placeOfName) return { ...a, sourceParty: placeOfName, known: true };
  // ("… at a ceremony in Pyongyang, where state media showed portraits of 101 North Korean soldiers": state media of
  // no country named are those of the country named last before them.)
  if (STATE_MEDIA.test(a.attributedTo)) {
    const home = findParties(s.slice(0, a.start)).findLast((p) => p.code !== null && p.kind !== "international");
    if (home) return { ...a, sourceParty: home.code, known: true };
  }
  // ("… in a swap mediated by the United Arab Emirates, the Ministry of Foreign Affairs said": a ministry or government
  // of no country named in a sentence about a mediation is the mediator's, not a side's.)
  const mediator = GOVERNMENT_BODY.test(a.attributedTo) ? mediatorOf(s) : null;
  if (mediator) return { ...a, sourceParty: mediator, known: true };
  // ("KATHMANDU, Aug 9 — At least 33 Nepali citizens …, the Ministry of Foreign Affairs said": a ministry or government of
  // no country named, in a sentence under a dateline, is the dateline city's country's.)
  const datelineCity = GOVERNMENT_BODY.test(a.attributedTo) ? DATELINE_CITY.exec(s)?.[1] : undefined;
  const cityName = datelineCity ? datelineCity.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : null;
  const home = cityName ? countryGoverningPlace(cityName) ?? findParties(cityName).find((p) => p.code !== null)?.code ?? null : null;
  if (home) return { ...a, sourceParty: home, known: true };
  // ("… citing US officials. According to the officials, …": the officials named just before.)
  const namedBefore = /^the\s+(officials|authorities)$/i.exec(a.attributedTo);
  if (namedBefore) {
    const word = new RegExp(`\\b${namedBefore[1]}\\b`, "i");
    const h = history.findLast((x) => x.known && word.test(x.attributedTo));
    if (h) return { ...a, sourceParty: h.sourceParty, known: true };
  }
  if (LOCAL_ROLE.test(a.attributedTo)) {
    // The sentence's places, the name's, then the article's: a regional administration is where the article is.
    // ("In Ukraine, officials said …" in a story from Belgorod: the country the sentence opens with.)
    // ("Kyiv's commander says …; Kursk governor says 28 settlements are in Ukrainian hands": the place in the name first.)
    // ("the governor", "the regional Ministry of Construction" on the page of the "Government of the Zaporozhye Region"
    // that Moscow installed: a government's own page names its own officials, whatever country the place is.)
    const place = (article?.official && article.home && BELLIGERENTS.has(article.home) ? article.home : null) ?? countryGoverningPlace(a.attributedTo) ?? countryGoverningPlace(s) ?? openingCountry(s) ?? docPlace;
    if (place) return { ...a, sourceParty: place, known: true };
  }
  // ("Ukraine's answer was to commit the 1st Corps of the National Guard "Azov" … By 28 August the corps said": a unit's
  // bare noun is the unit last named with it, by the side named with it; a unit named in full, "the 3rd Assault
  // Brigade", is no other brigade named before.)
  const bareUnit = article ? /^the\s+(corps|brigade|regiment|battalion)$/i.exec(a.attributedTo)?.[1] : undefined;
  const unitSide = bareUnit ? article!.names.countryOfRoleBefore(bareUnit, article!.at) : null;
  if (unitSide?.code) return { ...a, sourceParty: unitSide.code, known: true };
  // The most distinctive word of the name: a surname, or the role's head noun.
  const words = sourceHead(a.attributedTo).replace(/['’]s\b/g, "").split(/[\s,]+/).filter((w) => w.length > 2 && !/^(?:the|and|its|his|her|their|said|says|spy)$/i.test(w));
  const last = words[words.length - 1];
  if (last && history.length) {
    // ("the spy agency" after "South Korea's National Intelligence Service": an intelligence body by any of its names,
    // not the news agency named before it.)
    // ("Col. Ants Kiviselg said … The colonel added": a rank is its abbreviation too.)
    const rank = RANK_ABBREVIATION[last.toLowerCase()];
    // ("The FSB says … In October, the service said …": the service last named, by its initials too.)
    // ("The British Defense Ministry had claimed … ¶ The Russian Defense Ministry does not disclose its own losses. …,
    // the ministry said": a bare role is the body last named with that word, though it said nothing there.)
    const bareRole = article && /^the\s+(?:ministry|defen[cs]e ministry)$/i.test(a.attributedTo) ? article.names.countryOfRoleBefore("ministry", article.at) : null;
    if (bareRole?.code) return { ...a, sourceParty: bareRole.code, known: true };
    const word = SERVICE_BODY.test(a.attributedTo) ? SERVICE_NAME : SPY_BODY.test(a.attributedTo) ? INTELLIGENCE_NAME : MILITARY_WORD.test(a.attributedTo) ? MILITARY_NAME : new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b${rank ? `|\\b${rank}\\.` : ""}`, "i");
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      if (word.test(h.attributedTo)) return { ...a, sourceParty: h.sourceParty, known: true };
    }
  }
  // ("The United Arab Emirates has succeeded in a new mediation effort … ¶ The Ministry of Foreign Affairs said …": a
  // ministry named for the first time right after a mediation is the mediator's too.)
  const mediatorJustBefore = article && GOVERNMENT_BODY.test(a.attributedTo) ? article.names.mediatorBefore(article.at) : null;
  if (mediatorJustBefore) return { ...a, sourceParty: mediatorJustBefore, known: true };
  // A proper name ("Whitfield", "General Staff") given in full elsewhere in the article: a byline, a later sentence.
  // (Not for a side's fighting body on a side's own outlet: "according to the Defence Ministry" in a Kyiv paper is its
  // own ministry, not a Russian one named only further down.)
  const homeBody = article?.home && BELLIGERENTS.has(article.home) && SIDE_BODY.test(a.attributedTo);
  const proper = last && article && /^[A-Z]/.test(last) ? (homeBody ? article.names.countryBefore(last, article.at) ?? article.home! : article.names.countryNear(last, article.at)) : null;
  if (proper !== null) return { ...a, sourceParty: proper, known: true };
  // "MoD" for "Britain's Ministry of Defence" named in full elsewhere in the article.
  const initialism = article ? /^(?:[Tt]he\s+)?([A-Z][A-Za-z]{1,4})$/.exec(a.attributedTo) : null;
  const expanded = initialism && /[A-Z].*[A-Z]/.test(initialism[1]!) ? article!.names.countryOfInitialism(initialism[1]!, article!.at) : null;
  if (expanded !== null) return { ...a, sourceParty: expanded, known: true };
  // "the Ground Forces command", "the Azov brigade's press service": a role after a proper name takes the country of
  // that name's fullest mention ("the Ukrainian Ground Forces").
  const namedRole = article && last && !/^[A-Z]/.test(last) ? /((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?:['’]s)?(?:\s+[a-z][\w-]*){1,2}$/.exec(a.attributedTo) : null;
  const roleOwner = namedRole && !/^(?:The|A|An)$/.test(namedRole[1]!) ? article!.names.countryNear(namedRole[1]!, article!.at) : null;
  if (roleOwner !== null) return { ...a, sourceParty: roleOwner, known: true };
  // "Russia's defence ministry released its report. The ministry said…": the role's last mention in the text before,
  // when no source named so far carries that word.
  const roleWord = article ? ROLE.exec(a.attributedTo)?.[0] ?? DEFINITE_PUBLICATION.exec(a.attributedTo)?.[1] ?? NAMED_BODY_WORD.exec(a.attributedTo)?.[1] : undefined;
  // "In Moscow, the Defence Ministry said …": the capital the sentence opens with is the role's country, before any
  // ministry named earlier in the article.
  const capital = roleWord ? openingCountry(s) : null;
  if (capital) return { ...a, sourceParty: capital, known: true };
  const role = roleWord ? article!.names.countryOfRoleBefore(roleWord, article!.at) : null;
  if (role) return { ...a, sourceParty: role.code, known: true };
  // ("The latest number came from the National Intelligence Service. The agency told lawmakers …": a bare "the agency"
  // is the body named just before, though no word of its name is "agency".)
  const lastBody = article && /^the\s+(?:agency|service)$/i.test(a.attributedTo) ? article.names.sourcesBefore(article.at).at(-1) : undefined;
  if (lastBody) return { ...a, sourceParty: lastBody, known: true };
  // What a source publishes ("the report") is the last source's; a fighting body ("the General Staff", "the ministry")
  // is only when the last source is that body or a belligerent's: after "the UK estimates", "the General Staff" is no British one.
  const roleName = roleWord ?? ROLE.exec(a.attributedTo)?.[0];
  const body = roleName && BODY_ROLE.test(roleName) ? roleName : null;
  if (lastKnown && (ROLE.test(a.attributedTo) || DEFINITE_ROLE.test(a.attributedTo) || DEFINITE_PUBLICATION.test(a.attributedTo)) && (!body || BELLIGERENTS.has(lastKnown.sourceParty ?? "") || new RegExp(`\\b${body}\\b`, "i").test(lastKnown.attributedTo))) return { ...a, sourceParty: lastKnown.sourceParty, known: true };
  return a;
}

/** Ranks and their abbreviations, for "the colonel" after "Col. Ants Kiviselg". */
const RANK_ABBREVIATION: Record<string, string> = { general: "Gen", colonel: "Col", lieutenant: "Lt", major: "Maj", admiral: "Adm", captain: "Capt", sergeant: "Sgt", commander: "Cmdr" };

// A name's full form: the capitalised words before it ("Deputy Pentagon Press Secretary Dana") and an
// "of …" after it ("General Staff of Ukraine's Armed Forces"), on one line.
// "Roland Hale, Chief of Defence Intelligence": a byline's title after a comma belongs to the name too.
// ("Andrei Kartapolov, chairman of the State Duma Committee on Defense": so does a role in lower case.)
const NAME_AFTER = /^(?:,[ \t]+(?:(?:the[ \t]+)?(?:deputy[ \t]+|acting[ \t]+|former[ \t]+)?(?:chairman|chairwoman|chair|head|chief|director|commander|spokes(?:man|woman|person)|minister|secretary|leader|member|adviser|advisor|envoy|ambassador|commissioner|governor)[ \t]+|(?:[A-Z][\w.'’-]*[ \t]+){0,4})|[ \t]+)(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|the|and)){0,7}/;
const NAME_LINKS = new Set(["of", "the", "for", "and"]);

// An official's role in lower case set off before the name: "the Moscow-installed head of the peninsula, ".
const ROLE_BEFORE_NAME = /((?:[\w'’-]+\s+){0,4}?(?:head|governor|leader|chief|mayor|spokes(?:man|woman|person)|minister|commander|envoy|ambassador|official|adviser|advisor)(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?),\s+$/;

// Capitalised words, "of", "the", "and", "for" between them: "Ministry of Defence", "Armed Forces of Ukraine".
const NAME_RUN = /\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’-]*)+/g;

/**
 * The capitalised words (and "of", "the"…) right before `end`, at most eight, not across the end of a
 * sentence ("…the South Koreans. Western estimates"; "U.S." is no end). A backward word walk: an
 * end-anchored regex would be tried from every position of the text before it.
 */
function nameBefore(text: string, end: number): string {
  let from = end;
  for (let words = 0; words < 8; words++) {
    let i = from - 1;
    if (i < 0 || (text[i] !== " " && text[i] !== "\t")) break;
    while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
    let j = i;
    while (j > 0 && /[\w.'’-]/.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    if (!word) break;
    // "Koreans." ends a sentence; "U.S." and "Gen." end in a capital or are short abbreviations we keep.
    if (/[.]$/.test(word) && /[a-z]{3,}\.$/.test(word)) break;
    if (!/^[A-Z]/.test(word) && !NAME_LINKS.has(word)) break;
    from = j;
  }
  return text.slice(from, end);
}

/**
 * The proper names of one article in their fullest mentions, for names a sentence gives without a
 * country. Each name's mentions are found once per article (a sentence resolves its source per figure).
 */
export class ArticleNames {
  private readonly mentions = new Map<string, { at: number; code: string | null }[]>();
  /**
   * @param own The publisher's own body, when the page is an official one ("Estonian Defence Forces" → "Defence
   * Forces" of EE): its officers, named with it in their title, are of its country.
   */
  constructor(
    private readonly text: string,
    private readonly own: { name: string; code: string } | null = null,
  ) {}

  /** The country of the last full mention of `name` before `at`, or null. */
  countryBefore(name: string, at: number): string | null {
    return this.mentionsOf(name).findLast((m) => m.at < at)?.code ?? null;
  }

  /** The country of the mention of `name` nearest before `at`, else of the first after; null when none names one. */
  countryNear(name: string, at: number): string | null {
    const found = this.mentionsOf(name);
    let best: { code: string | null; at: number } | null = null;
    for (const m of found) {
      if (m.at < at) best = m;
      else if (!best) best = m;
      else break;
    }
    return best ? best.code : null;
  }

  /**
   * The country whose leaked or classified papers the text before `at` names last ("a page from a leaked US military
   * briefing", "alleged classified US information"), or null: whom "the slide" and "the documents" speak for.
   */
  papersOwnerBefore(at: number): string | null {
    const named = [...this.text.slice(0, at).matchAll(PAPERS_OF)].at(-1);
    return named ? findParties(named[1]!).find((p) => p.code !== null)?.code ?? null : null;
  }

  /** The side whose military, army or government the sentence before `at` names last ("as Ukraine's military reported"), or null. */
  militaryOwnerBefore(at: number): string | null {
    const owner = [...this.sentenceBefore(at).matchAll(MILITARY_OF)].at(-1);
    return owner ? (findParties(owner[1]!)[0]?.code ?? null) : null;
  }

  /** The country of a side's body that opens the sentence before `at` ("Russia's defence ministry, for its part, …"), or null. */
  bodyOpeningBefore(at: number): string | null {
    return openingBody(this.sentenceBefore(at));
  }

  /** The mediator the sentence before `at` names ("The United Arab Emirates has succeeded in a new mediation …"), or null. */
  mediatorBefore(at: number): string | null {
    return mediatorOf(this.sentenceBefore(at));
  }

  /** The sentence that ends just before `at`. */
  private sentenceBefore(at: number): string {
    const end = this.text.slice(0, at).trimEnd();
    return end.slice(Math.max(end.lastIndexOf(". ", end.length - 2), end.lastIndexOf("\n")) + 1);
  }

  /** The countries of the last two sources named in the few sentences before `at` ("Mediazona and … Meduza turned to …"). */
  sourcesBefore(at: number): (string | null)[] {
    return findParties(this.text.slice(Math.max(0, at - 500), at)).filter((p) => p.kind === "source").slice(-2).map((p) => p.code);
  }

  /**
   * The body whose figures the sentence before `at` is about ("The figures of the UN human rights office are the most
   * conservative."): its country, null for one of no country; undefined when that sentence is about none.
   */
  figuresOfBefore(at: number): string | null | undefined {
    const sentence = this.sentenceBefore(at);
    const m = /^\W*The\s+(?:figures|count|counts|data|numbers|tally|estimates|records)\s+of\s+/.exec(sentence);
    if (!m) return undefined;
    const first = findParties(sentence.slice(m[0].length, m[0].length + 60))[0];
    return first && first.kind !== "people" && first.start <= 4 ? first.code : undefined;
  }

  /**
   * The source the sentence before `at` opens with ("Its defence minister, Sergei Shoigu, has not …") or names as
   * where a figure comes from ("The figure comes from Ukraine's General Staff", "The most careful count is by
   * Mediazona"): its country, null for one of none; undefined when there is no such source.
   */
  subjectSourceBefore(at: number): string | null | undefined {
    const sentence = this.sentenceBefore(at);
    for (const p of findParties(sentence)) {
      if (p.kind !== "source" && p.kind !== "international") continue;
      const before = sentence.slice(0, p.start);
      // ("On Saturday, Valery Gerasimov, Chief of the General Staff, declared …": after a time that opens the sentence.)
      // ("Russia's defense minister, Sergei Shoigu, offers figures …": or after the role set before the name.)
      if (/^\W*(?:(?:On|In|By|Last|Early|Late|Earlier|Later)\s+[^,]{1,30},\s*)?(?:(?:The|Its|Their|His|Her)\s+)?(?:[\w'’.-]+\s+){0,4}(?:[\w'’.-]+,\s+(?:[\w'’.-]+\s+){0,3})?$/.test(before) && !/[;:]/.test(before)) return p.code;
      if (/\b(?:comes?|came) from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|\b(?:is|was)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(before)) return p.code;
    }
    return undefined;
  }

  /** The country of a side or source that opens the sentence before `at` ("Ukraine has its own drone numbers."), or null. */
  partyOpeningBefore(at: number): string | null {
    const sentence = this.sentenceBefore(at);
    const first = findParties(sentence)[0];
    return first && (first.kind === "people" || first.kind === "source") && /^\W*(?:The\s+)?$/.test(sentence.slice(0, first.start)) ? first.code : null;
  }

  /**
   * The country of the last mention of a role word ("ministry", "air force") before `at`, read with the words
   * before it in its sentence ("Russia's defence ministry"); null when that mention names no country.
   */
  countryOfRoleBefore(word: string, at: number): { code: string | null } | null {
    const lower = this.lower ??= this.text.toLowerCase();
    const key = word.toLowerCase();
    // Not the sentence being resolved itself: its own "the ministry" is what needs an antecedent.
    const sentenceStart = Math.max(lower.lastIndexOf(". ", at), lower.lastIndexOf("\n", at));
    // (lastIndexOf clamps a negative start to 0: a mention at the text's very start is the last one looked at, once.)
    if (key === "") return null;
    for (let i = lower.lastIndexOf(key, sentenceStart); i >= 0; i = i > 0 ? lower.lastIndexOf(key, i - 1) : -1) {
      if (/\w/.test(lower[i - 1] ?? "") || /\w/.test(lower[i + key.length] ?? "")) continue;
      // The words of its own clause only: "…from the Ukrainian army, Chief of the General Staff" is no Ukrainian staff.
      let from = Math.max(0, i - 40);
      for (let j = i - 1; j >= from; j--) {
        if (",;:\n".includes(lower[j]!) || (lower[j] === "." && lower[j + 1] === " ")) {
          from = j + 1;
          break;
        }
      }
      // ("Russia launched what Ukraine's air force called …": the owner right before the role first.)
      const near = countryOfSource(this.text.slice(Math.max(from, i - 20), i + key.length));
      const country = near.found ? near : countryOfSource(this.text.slice(from, i + key.length));
      // ("The project "I Want to Live" (Khochu zhit) was launched by …": or the name that follows the role's word.)
      // (Only for a body known by such a name: "the state news agency KCNA" is no antecedent of a spy agency's "the agency".)
      const named = country.found || !NAMED_BODY_WORD.test(`the ${key}`) ? null : /^\s+["“]?([A-Z][^"”(),.;:]{1,60})/.exec(this.text.slice(i + key.length, i + key.length + 70));
      const after = named ? countryOfSource(named[1]!) : null;
      if (after?.found) return { code: after.code };
      return country.found ? { code: country.code } : null;
    }
    return null;
  }

  /**
   * The country of the name an initialism stands for ("MoD" for "Britain's Ministry of Defence", "GS" for "Ukraine's
   * General Staff"), from its mention nearest before `at`, else the first after, read with the words before it in
   * its clause; null when the article gives no such name with a country.
   */
  countryOfInitialism(abbr: string, at: number): string | null {
    const letters = abbr.toUpperCase();
    const capitals = abbr.replace(/[^A-Z]/g, "");
    let best: { at: number; code: string | null } | null = null;
    // Runs of capitalised words with "of", "the", "and", "for" between them; the name is a run's last words, from a
    // capitalised one, whose initials are the initialism's ("Ministry of Defence": "MOD", or "MD" without "of").
    for (const m of this.text.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/);
      const stands = words.some((_, k) => {
        if (!/^[A-Z]/.test(words[k]!)) return false;
        const tail = words.slice(k);
        return tail.map((w) => w[0]!.toUpperCase()).join("") === letters || tail.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("") === capitals;
      });
      if (!stands) continue;
      let from = m.index;
      while (from > 0 && !",;:\n".includes(this.text[from - 1]!) && !(this.text[from - 1] === " " && this.text[from - 2] === ".") && m.index - from < 40) from--;
      const country = countryOfSource(this.text.slice(from, m.index + m[0].length));
      if (!country.found) continue;
      if (m.index < at) best = { at: m.index, code: country.code };
      else if (!best) best = { at: m.index, code: country.code };
      else break;
    }
    return best ? best.code : null;
  }

  private lower: string | null = null;

  private mentionsOf(name: string): { at: number; code: string | null }[] {
    const cached = this.mentions.get(name);
    if (cached) return cached;
    const text = this.text;
    const out: { at: number; code: string | null }[] = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      // Whole words only, in the case given: "WHITFIELD:" labels and "staffer" are not mentions.
      if (/\w/.test(text[i - 1] ?? "") || /\w/.test(text[i + name.length] ?? "")) continue;
      const before = nameBefore(text, i);
      const after = NAME_AFTER.exec(text.slice(i + name.length, i + name.length + 80))?.[0] ?? "";
      // ("a unit of the North group": the word in lower case after the name is part of it, not "the North" of Korea.)
      const noun = after ? "" : (/^\s+[a-z]+\b/.exec(text.slice(i + name.length, i + name.length + 30))?.[0] ?? "");
      const country = countryOfSource(`${before}${name}${after}${noun}`);
      // ("the Moscow-installed head of the peninsula, Sergei Aksyonov": a role set before the name says whose he is.)
      const role = country.found ? null : ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, i - before.length - 100), i - before.length))?.[1];
      const ofRole = role ? countryOfSource(role) : null;
      if (country.found) out.push({ at: i, code: country.code });
      else if (ofRole?.found) out.push({ at: i, code: ofRole.code });
      // ("the head of the Defence Forces Intelligence Centre, Colonel Ants Kiviselg" on the Defence Forces' own page.)
      else if (this.own && text.slice(Math.max(0, i - 100), i).includes(this.own.name)) out.push({ at: i, code: this.own.code });
    }
    this.mentions.set(name, out);
    return out;
  }
}


/**
 * The body an official publisher names itself by, without its country ("Estonian Defence Forces" → "Defence Forces"),
 * with that country; null for a publisher that is not a government body.
 */
export function ownBodyOf(outlet: string | null, code: string | null): { name: string; code: string } | null {
  if (!outlet || !code) return null;
  const body = OFFICIAL_BODY.exec(outlet);
  return body ? { name: body[0], code } : null;
}
const OFFICIAL_BODY = /\b(?:Defen[cs]e Forces|Armed Forces|Ministry of (?:Defen[cs]e|Foreign Affairs)|(?:Defen[cs]e|Foreign) Ministry|General Staff|Intelligence Service|Embassy)\b/;

/**
 * The government body that publishes a page, with its country: by its name, its region ("Government of the Belgorod
 * Region"), else `home` (its address's, else the side its text speaks for); null for any other publisher or an
 * international body.
 */
export function publisherOf(outlet: string | null, home: string | null): { name: string; code: string } | null {
  if (!outlet || !OFFICIAL_PUBLISHER.test(outlet)) return null;
  const named = countryOfSource(outlet);
  if (named.found && named.code === null) return null;
  const code = named.code ?? countryGoverningPlace(outlet) ?? home;
  return code ? { name: outlet, code } : null;
}

/** The country or capital a sentence opens with: "In Moscow, the Defence Ministry said", "In Ukraine, officials said". */
function openingCountry(s: string): string | null {
  // ("11:50 MOSCOW: Defence ministry says …", "KYIV — The ministry said": a ticker's or wire's capital in capitals too.)
  const opening = /^(?:In|From)\s+([A-Z][\w-]+)\s*,/.exec(s) ?? /^\W*(?:\d{1,2}[:.]\d{2}\s+)?([A-Z]{3,}(?:\s[A-Z]{3,})?)\s*(?::|[—–]|--)\s/.exec(s);
  if (!opening) return null;
  const name = opening[1]!.length > 3 && opening[1] === opening[1]!.toUpperCase() ? opening[1]!.charAt(0) + opening[1]!.slice(1).toLowerCase() : opening[1]!;
  return findParties(name).find((p) => p.kind === "people")?.code ?? null;
}
