import type { Item } from "../../schemas/claim.js";

/**
 * Equipment words to items. Checked in order: specific names before generic
 * ones ("armoured personnel carriers" before "vehicles", "air defense radars"
 * before "air defense").
 */
const ITEM_WORDS: [RegExp, Item][] = [
  [/\b(?:helicopters?|choppers?|Ka-5[02]s?|Mi-(?:8|24|28|35)s?|rotorcraft|gunships?)\b/i, "helicopters"],
  [/\b(?:radars?|radar stations?|radar systems?|counter-battery radars?)\b/i, "radars"],
  [/\b(?:electronic[- ]warfare|EW (?:systems?|stations?|complex(?:es)?|units?)|EW\b|jamm(?:ers?|ing stations?))/i, "ew"],
  [/\b(?:(?:air|missile)[- ]defen[cs]e|anti-aircraft|SAMs?|surface-to-air|Pantsirs?|Buk|Tor|S-[234]00s?|Patriots?|IRIS-T|NASAMS|Osa|Strela|Tunguska)\b/i, "air_defense"],
  [/\b(?:MLRS|multiple[- ]launch rocket|multiple rocket|multiple-launch|rocket launchers?|HIMARS|M270s?|Grads?|Uragans?|Smerch(?:es)?|Tornado(?:-S)?|TOS-1A?|Solntsepyoks?|Buratinos?|rocket artillery|launchers?)\b/i, "mlrs"],
  [/\b(?:infantry fighting vehicles?|IFVs?|BMPs?|BMP-[123]s?|BMDs?|Bradleys?|Marders?|CV90s?)\b/i, "ifv"],
  [/\b(?:armou?red personnel carriers?|APCs?|BTRs?|BTR-\d+s?|MT-LBs?|M113s?|Strykers?)\b/i, "apc"],
  // ("2 Leopard 2R mine-clearing vehicles", "a BREM-1 armoured recovery vehicle": a tank's chassis, an engineer's job.)
  [/\b(?:engineering|special equipment|engineer(?:ing)? vehicles?|bridge-?lay(?:ers?|ing)|mine[- ]clearing|mine[- ]clearance|UR-77|armou?red recovery|repair and evacuation|special(?:ized)? vehicles?|special military equipment)\b/i, "engineering"],
  [/\b(?:(?<!fuel |think |think-|anti-|anti )tanks?|T-(?:62|64|72|80|90)\w*|Abrams|Leopards?|Challengers?|MBTs?)\b/i, "tanks"],
  [/\b(?:armou?red (?:fighting |combat )?vehicles?|AFVs?|ACVs?|APVs?|armou?red personnel vehicles?|armou?red vehicles?|armou?r|armou?red machines?|combat vehicles?|MRAPs?|armou?red cars?)\b/i, "afv"],
  [/\b(?:artillery|howitzers?|guns?|cannons?|mortars?|self-propelled|field guns?|artillery systems?|artillery pieces?|gun systems?|Caesar|Krab|PzH|M777s?|Msta|Akatsiya|Gvozdika|Giatsint|Pion|Malka)\b/i, "artillery"],
  // ("UAVs of the aircraft type", "unmanned aircraft": drones, not aircraft.)
  [/\b(?:(?<!unmanned )aircraft(?![- ]type)|airplanes?|planes?|jets?|fighter jets?|fighters? jets|bombers?|warplanes?|Su-\d+\w*|MiG-\d+\w*|F-16\w*|A-50\w*|Il-\d+\w*|airborne command posts?|airborne early[- ]warning (?:aircraft|planes?)|Tu-\d+\w*|An-\d+\w*|transport aircraft)\b/i, "aircraft"],
  [/\b(?:drones?|UAVs?|unmanned aerial|unmanned aircraft|Shaheds?|Gerans?|Lancets?|Orlan|Zala|loitering munitions?)\b/i, "drones"],
  [/\b(?:ships?|boats?|vessels?|warships?|submarines?|cutters?|landing craft|corvettes?|frigates?|patrol boats?)\b/i, "ships"],
  // ("nearly 5,000 pieces of weapons and equipment", "41 units of equipment", "4,900 weapons": hardware of every kind.)
  [/\b(?:(?:pieces|units|items) of (?:[\w-]+\s+){0,2}(?:weapons|weaponry|equipment|hardware|materiel)|weapons and (?:military )?equipment|(?<!anti-\w+ )weapons?(?: systems?)?)\b/i, "other"],
  [/\b(?:vehicles?|trucks?|lorries|fuel tank(?:er)?s?|cars?|pickups?|automotive|motor vehicles?|transport vehicles?|motorcycles?|ATVs?|buggies|jeeps?|Humvees?)\b/i, "vehicles"],
];

// ("the missile corvette Ivanovets", "a missile ship": a ship named by its arms is a ship.)
const MUNITION = /^[^,;]{0,40}?\b(?:projectiles?|rockets?|missiles?(?!\s+(?:corvettes?|ships?|boats?|cruisers?|frigates?|carriers?))|shells?|bombs?|munitions?|rounds?|ammunition|warheads?|interceptors?)\b/i;
// "two rockets of the HIMARS multiple launch rocket system": the munition is the head, the launcher only its owner.
const MUNITION_OF = /^[^,;]{0,40}?\b(?:projectiles?|rockets?|missiles?|shells?|bombs?|munitions?|rounds?|warheads?)\s+(?:of|from|for|fired by)\b/i;

/** The item a phrase names, from its first equipment word that matches, or null. */
export function itemOf(phrase: string): { item: Item; index: number } | null {
  // "five HIMARS projectiles", "Grad rockets": munitions are not the launcher.
  if (isMunition(phrase)) return null;
  let best: { item: Item; index: number } | null = null;
  for (const [re, item] of ITEM_WORDS) {
    const m = re.exec(phrase);
    // The earliest word in the phrase is its head modifier chain's start; among
    // equal positions the order above (specific before generic) wins.
    if (m && (best === null || m.index < best.index)) best = { item, index: m.index };
  }
  return best;
}

/** Item of a phrase with the item order deciding: the most specific word anywhere wins. */
export function specificItemOf(phrase: string): Item | null {
  // "tanks and other armoured combat vehicles": the broader class after "and other" names the count.
  const other = /\band other\s+(.+)$/i.exec(phrase);
  if (other) {
    const broader = specificItemOf(other[1]!);
    if (broader && broader !== "other") return broader;
  }
  if (isMunition(phrase)) return null;
  // "33 tanks and armoured vehicles", "100 units of armoured vehicles and artillery": one count of several kinds.
  const kinds = new Set<Item>();
  let ownCounted = false;
  for (const part of phrase.split(CONJUNCTS)) {
    // ("three tanks, an IFV and a truck": a part with its own count is counted on its own.)
    if (OWN_COUNT.test(part)) {
      ownCounted = true;
      continue;
    }
    const item = firstItem(part);
    if (item) kinds.add(item);
  }
  // (Armour of several kinds is armour: the Russian ministry's "tanks and armoured vehicles" is its class of armour,
  // as "tanks and other armoured combat vehicles" is, and "130 tanks and armoured personnel carriers" is counted by
  // its first kind; "infantry fighting vehicles and armoured personnel carriers", with no tanks, are armoured vehicles.)
  if (kinds.size >= 2) return [...kinds].every((k) => ARMOUR.has(k)) ? (kinds.has("afv") || !kinds.has("tanks") ? "afv" : [...kinds][0]!) : "other";
  // ("two Leopards and a Bradley": the kind of the parts without a count of their own, not the first kind the phrase names.)
  if (kinds.size === 1 && ownCounted) return [...kinds][0]!;
  return firstItem(phrase);
}

const ARMOUR: ReadonlySet<Item> = new Set(["tanks", "ifv", "apc", "afv"]);
const CONJUNCTS = /\s*,\s*|\s+(?:and|or|as well as|plus)\s+/;
const OWN_COUNT = /^\s*(?:an?|one|another|\d)\b/i;

function firstItem(phrase: string): Item | null {
  for (const [re, item] of ITEM_WORDS) if (re.test(phrase)) return item;
  return null;
}

/**
 * Whether a phrase counts munitions rather than what fires them. Only its own noun phrase is read: "eight vehicles
 * and an ammunition depot" counts vehicles.
 */
function isMunition(phrase: string): boolean {
  const own = phrase.split(/\s+(?:and|or|as well as|plus)\s+|[,;]/)[0]!;
  return MUNITION.test(own) && (!/\b(?:launchers?|systems?|complex(?:es)?)\b/i.test(own) || MUNITION_OF.test(own));
}
