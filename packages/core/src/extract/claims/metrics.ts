import type { Metric } from "../../schemas/claim.js";

/**
 * The vocabulary that decides a figure's metric: what the counted noun is
 * (soldiers, tanks, villages, square kilometres…) and what happened to it
 * (killed, deployed, captured…).
 */

/** What a figure counts, read from the noun after it. */
export type NounClass =
  | "personnel"
  | "civilians"
  | "killed"
  | "wounded"
  | "casualties"
  | "captured"
  | "missing"
  | "equipment"
  | "territory"
  | "settlements"
  | "buildings";

/** What happened to the counted people or things, read from the verbs around it. */
export type Predicate = "killed" | "wounded" | "casualties" | "captured" | "missing" | "deployed" | "destroyed" | "taken" | "damaged" | "lost" | "returned";

// Nouns right after the number (possibly after adjectives and demonyms).
export const NOUNS: [RegExp, NounClass][] = [
  [/^(?:square kilomet(?:er|re)s?|sq\.? ?km|km2|km²|kilomet(?:er|re)s? squared|square km)(?![\p{L}\d])/iu, "territory"],
  [/^(?:square miles?|sq\.? ?mi(?:les?)?|mi2|mi²)(?![\p{L}\d])/iu, "territory"],
  [/^hectares?\b/i, "territory"],
  [/^(?:casualt(?:y|ies)|losses|killed or wounded|killed and wounded|dead or wounded|dead and wounded|killed or injured|killed and injured|irrecoverable losses|personnel losses)\b/i, "casualties"],
  [/^(?:dead|killed|deaths?|fatalities|fatality|bodies|corpses|graves(?=\s+of\b)|KIA|slain|fallen)\b/i, "killed"],
  // ("two wounded DPRK soldiers", "22 seriously wounded Ukrainian soldiers": an adjective before the people counted.)
  [/^(?:wounded|injured|hurt|WIA|injuries)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicem[ae]n|prisoners|POWs|fighters|men|personnel|marines|paratroopers|conscripts|officers|Russians|Ukrainians)\b)/i, "wounded"],
  // ("1,995 former prisoners", "50,000 prisoners had been recruited": convicts sent to fight are soldiers, not POWs.)
  [/^(?:(?:former|ex-)[\s-]*(?:prisoners|convicts|inmates)|convicts|inmates)\b/i, "personnel"],
  [/^(?:prisoners?(?: of war)?|POWs?|captives?|PoWs?|detainees)\b(?!\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:recruited|enlisted|pardoned|signed up))/i, "captured"],
  // ("12 missing residents": civilians missing under rubble are no soldiers missing.)
  [/^(?:missing|deserters?|MIA)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:residents|civilians|people|persons|children|inhabitants|villagers|passengers|workers|tenants|family members|relatives)\b)/i, "missing"],
  // ("about 880,000 people under arms": a force, not civilians.)
  [/^(?:people|men|women|citizens|Ukrainians|Russians)\s+(?:under arms|in uniform)\b/i, "personnel"],
  // ("killing one port pilot": a pilot who steers ships into port is no airman.)
  [/^(?:(?:port|harbou?r|maritime|river|sea|marine) pilots?|(?:medical|health(?:care)?|hospital|humanitarian) (?:staff|workers|personnel|professionals)|staff members?|members of staff|(?:fellow )?(?:countrymen|compatriots|villagers)|graduates|alumni|members of (?:a|one|the same) family|family members|relatives|civilians?|residents?|inhabitants|non-combatants|adults|elderly (?:people|residents|women|men)|children|schoolchildren|schoolboys|schoolgirls|kids|minors|women|people|persons|villagers|passengers|journalists?|athletes?|sportsmen|sportswomen|sportspeople|coaches|referees|artists?|musicians?|actors?|scientists?|priests?|medics?|aid workers?|workers?|employees?|colleagues|co-workers|coworkers|engineers?|technicians?|electricians?|doctors?|nurses?|patients|teachers?|students?|pupils|rescuers?|firefighters?|pyrotechnicians?|paramedics?|drivers?|farmers?|farmhands?|farm ?workers?|fishermen|shepherds|tractor drivers?|miners?|pensioners?|teenagers?|boys?|girls?|babies|infants|man|woman|child|person|resident|civilian)\b/i, "civilians"],
  // ("25 troop concentrations", "troop carriers": targets and vehicles, not people.)
  [/^(?:soldiers?|troops?(?!\s+(?:concentrations?|positions?|carriers?|transports?|trains?|movements?|build-?ups?))|servicem[ae]n|service ?members?|servicepersons|personnel|military personnel|(?:military|combat|army|field) (?:medics?|paramedics?|doctors?|surgeons?|nurses?)|men|fighters?|militants?|terrorists?|mercenar(?:y|ies)|marines?|paratroopers?|conscripts?|recruits?|infantry(?:men)?|combatants?|commandos?|special forces|forces|officers?|commanders?|generals?|admirals?|colonels?|reservists?|volunteers?|pilots?|airmen|aircrews?|aviators|sailors?|seamen|riflemen|artillerymen|tankmen|crew(?:men|members)?|crew members?|servicewomen|contract soldiers|mobili[sz]ed(?!\s+(?:[A-Z][\w-]*\s+){0,2}(?:soldiers|troops|men|reservists|servicem[ae]n|personnel|conscripts|recruits|fighters)\b)|draftees|North Koreans|Koreans|Russians|Ukrainians|Chechens|Buryats|nationals|citizens|assault troops|stormtroopers|operators|gunners|snipers|border guards|guardsmen|national guardsmen|invaders|occupiers|occupants|saboteurs|infiltrators|defenders|Nazis|neo-Nazis|nationalists|Banderites|militiamen|contingent|reinforcements|deminers?|sappers?|builders|construction workers|military engineers|combat engineers|labou?rers|special operations (?:soldiers|forces|troops))\b/i, "personnel"],
  [/^(?:villages?|settlements?|towns?|localities|locality|hamlets?|communities|cities|city|population cent(?:er|re)s?|inhabited (?:localities|areas|points)|communes)\b/i, "settlements"],
  [/^(?:buildings?|homes?|houses?|residential|apartments?|apartment (?:blocks|buildings)|high-rises?|blocks of flats|multi-stor(?:e)?y|private houses|households?|dwellings?|structures|schools?|hospitals?|clinics|kindergartens?|churches|stadiums?|gyms|swimming pools|museums|libraries|theatres|cultural sites|(?:architectural |historic |cultural )?monuments|landmarks|heritage sites|sports facilities|infrastructure|facilities|objects|institutions|educational institutions|medical facilities)\b/i, "buildings"],
];

// Predicate words with the class they signal. Longer phrases first.
/** Where a side keeps troops it holds, which are no prisoners: "holding 50,000 troops in reserve". */
export const KEPT_AT = String.raw`(?:in reserve|on the border|along the border|near the border|at the front)`;

export const PREDICATES: [RegExp, Predicate][] = [
  // ("three servicemen were fatally wounded by falling debris": wounds that killed are deaths.)
  [/\b(?:fatally|mortally|lethally) (?:wounded|injured|hurt)\b/i, "killed"],
  // ("Two residents suffered minor cuts from broken glass", "sustained shrapnel wounds": hurt, before "suffered" as losses.)
  [/\b(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|cuts|burns|concussions?|fractures|shrapnel wounds)\b/i, "wounded"],
  [/\b(?:lost (?:their|his|her) lives|death toll|killed in action|were killed|been killed)\b(?! (?:or|and) (?:wounded|injured))/i, "killed"],
  [/\b(?:killed (?:or|and) (?:wounded|injured)|dead (?:or|and) (?:wounded|injured)|wounded (?:or|and) killed|casualt(?:y|ies)|losses|loss(?=\s+of\b)|lost|loses|lose|losing|(?:cost|costing)(?!\s+(?:[a-z]+\s+){0,2}(?:[$€£₴]|US\$|\d[\d,.]*\s*(?:million|billion|bn)?\s*(?:dollars|euros|pounds|hryvnias?|roubles|rubles)\b))|suffered|suffer|suffers|suffering|put out of action|liquidated|neutrali[sz]ed|eliminated|taken out|irrecoverable|personnel losses)\b/i, "casualties"],
  // ("shot five of them dead" but not "single-shot", "buried more than 400 soldiers", "have given their lives", "who fell at the front".)
  [/\b(?:killed|killing|kills|kill|dead|died|die|dying|deaths?|fatalities|fatal(?=\s*[,.;)]|\s*$)|lost (?:their|his|her) lives|KIA|killed in action|perished|slain|bodies|(?:the|their|his|her|whose) remains|remains(?=\s+of\b)|death toll|fallen|were killed|been killed|lives|executed|executing|executions?\s+of|killings?\s+of|murder(?:ed|s?\s+of)|drowned|(?<!-)shot(?! down)|(?<!-)shooting(?! down)|buried|burying|buries|fell (?:at the front|on the front|in (?:battle|combat|action|the war)|defending|fighting)|(?:gave|given|give|laid down|lay down) (?:their|his|her) lives)\b/i, "killed"],
  // "the toll had risen to 19": a bare toll is a death toll, unless the sentence has named wounded or casualties
  // before it ("killed or wounded …, estimated the toll at 3,800").
  [/(?<!\b(?:wounded|injured|casualt(?:y|ies)|losses)\b[^.;]{0,160})\btoll\b/i, "killed"],
  [/\b(?:wounded|wounding|wounds|injured|injuring|injures|injuries|injury|hurt|hospitali[sz]ed)\b/i, "wounded"],
  // ("Ukraine has been holding two North Korean soldiers": held, not holding ground.)
  [new RegExp(String.raw`\b(?:captured|capture(?= of (?:about |some |more than |at least )?[\w,]+ (?:[\w-]+ ){0,2}(?:soldiers|troops|servicem[ae]n|fighters|prisoners|marines)\b)|taken prisoner|taken captive|(?<!\b(?:former|ex)[\s-]?)prisoners?(?!\s+(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:recruited|enlisted|pardoned|signed up))|POWs?|surrendered|surrender|(?:gave|given|give|gives|giving) themselves up|laid down (?:their|its|his) arms|lay down (?:their|its|his) arms|captivity|captive|detained|held captive|custody|exchanged|swap(?:ped)?|(?:holding|holds|hold|held)(?=\s+(?:[\w,.-]+\s+){1,3}(?:soldiers|troops|servicem[ae]n|prisoners|POWs|fighters|men)\b(?![^.;]{0,40}?\b${KEPT_AT}\b)))\b`, "i"), "captured"],
  // ("had left their units without permission", "went AWOL": soldiers absent without leave are counted as missing.)
  [/\b(?:missing|deserted|deserters?|desertion|MIA|AWOL|unaccounted|left (?:(?:their|its|his|the)\s+)?(?:units?|positions|posts)?\s*without (?:permission|leave|authori[sz]ation)|absent without leave)\b/i, "missing"],
  // Prisoners coming home in a swap were prisoners: claims.md counts them as captured.
  [/\b(?:returned|freed|released|release(?=\s+of\b)|repatriated|came home|come home|coming home|handed over|handed back|handing over|handing back|sent back|swapped|exchanged|got back|(?:got|gets|get|getting)(?=\s+(?:[\w,-]+\s+){1,6}?back\b)|brought home|brought back|recovered(?=\s+(?:about\s+|some\s+|more than\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:prisoners|POWs|servicem[ae]n|soldiers|defenders|captives)\b)|being held|still held(?=\s+(?:captive|prisoner|in|by)\b|\s*[.,;]|\s*$)|held captive|held in captivity|from captivity|in captivity|received|came back|come back|coming back|in return for|in exchange for|(?:are|is|were|was) (?:back )?home|back home|home again)\b/i, "returned"],
  [/\b(?:deploy(?:ed|ing|s|ment)?|redeployed|sent|sending|send|dispatch(?:ed|ing)?|station(?:ed|ing)?|arriv(?:ed|ing|e)|(?:came|come|coming) (?:from|to fight|to (?:Ukraine|Russia|the front|the war)\b)|transferred|fight(?:ing|s)?|fought|serv(?:ing|e|es)|pulled(?=\s+(?:[\w,-]+\s+){0,5}?from\b)|(?:keeps|kept|keep|keeping|maintains|maintained)(?=\s+(?:about\s+|some\s+|around\s+|roughly\s+|fewer than\s+|more than\s+|over\s+|up to\s+)?[\d,.]+\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicem[ae]n|personnel)\b)|served (?:in|with) (?:the )?(?:[\w-]+ ){0,2}?(?:army|armed forces|military|ranks|forces)\b|(?:gone|went|go|going)\s+(?:from\s+[A-Z][\w-]*\s+)?(?:to\s+)?(?:the\s+)?(?:front|war\b|zone of the ["“]?(?:special military operation|SMO)|(?:SMO|special military operation) zone)|massed|amassed|based|present|gathered|participat\w+|committed|contingent|operating|positioned|moved|training|reinforc\w+|joined|assembled|concentrated|move|moving|shift(?:ed|ing)?|infiltrat(?:ed|ing|es|e)|involved in (?:the |its |their )?(?:[\w-]+ )?(?:assault|fighting|attack|offensive|battle|operation|storming|war)|used (?:mainly |mostly |largely |chiefly )?(?:in|for) (?:the |its |their )?(?:[\w-]+ )?(?:assaults?|attacks?|combat|fighting|offensives?|storming)|transported|rotated|followed|arrival|presence|rotating|remain(?:ed|s)?|stay(?:ed|s)?|(?:were|are|is|was|now|still|already) (?:in|inside|at|near)|in (?:(?:eastern|western|southern|northern|far-eastern) )?Russia|in (?:the )?Russian Far East|in Russia['’]s Far East|in Kursk|in Ukraine|in Belarus|inside (?:Ukraine|Russia|Belarus|Kursk)|on Ukrainian soil|on Russian soil|in Crimea|in (?:the )?Donbass?|in [A-Z][a-z]+ (?:region|oblast|Oblast|Region)|into (?:the )?[A-Z][a-z]+ (?:region|oblast|Oblast|Region|area)|in the [A-Z]\w+ (?:region|oblast|area)|in the\b[^,.;]{0,40}?\b(?:zone|theat(?:re|er)|front ?line|combat area|war zone|sector|direction|axis|salient|bridgehead|pocket|enclave)|on the front\w*|at the front|to Russia|to the front|under arms|in uniform)\b/i, "deployed"],
  [/\b(?:destroyed|destroying|destroy|destroys|destruction|sank|sunk|sinking|downed|downing|shot down|shooting down|brought down|intercepted|struck|hit|hitting(?=\s+(?:about\s+|some\s+|at least\s+|more than\s+|over\s+|up to\s+|nearly\s+|almost\s+)?[\w,.-]+\s+(?:[\w-]+\s+){0,2}(?:aircraft|planes|jets|bombers|helicopters|tanks|vehicles|warships|ships|vessels|launchers|systems|radars|boats)\b)|knocked out|disabled|wrecked|burned|burnt|neutrali[sz]ed|eliminated|took out|taken out|wiped out|annihilated|defeated|obliterated|trophies|trophy|abandoned)\b/i, "destroyed"],
  // ("damaging the facades of three buildings", "14 houses with their roofs torn off", "windows blown out".)
  [/\b(?:damaged|damaging|destroyed|ruined|razed|flattened|hit|struck|collapsed|demolished|flooded|inundated|submerged|torn off|blown out|gutted|burned down|burnt out|(?:left |now |are |is |were |was )uninhabitable|beyond repair)\b/i, "damaged"],
  [/\b(?:captured|seized|seizing|seize|seizes|took|taken|taking|take|liberated|liberation|liberating|freed|recaptured|recapture|retaken|retake|retaking|regained|won back|took back|taken back|retook|occupied|occupies|occupy|control(?:led|s|ling)?|gained|advanced|advance|advancing|cleared|conquered|held|holds|hold|holding|foothold|bridgehead|overran|overrun|fell|fallen|seizure|capture|gains?|pushed|expelled|ousted|recovered|claim(?:ed|s|ing)(?=\s+(?:control of\s+|the capture of\s+)?(?:[\w,-]+\s+){0,3}?(?:villages?|settlements?|towns?|localities|hamlets|square (?:kilomet|miles)|km))|(?:entered|enter|entering)(?=\s+(?:[\w,-]+\s+){0,3}?(?:villages|settlements|towns|localities|hamlets)\b))\b/i, "taken"],
];

const STOP = /^(?:in|on|at|to|into|since|during|for|from|by|with|after|before|when|while|that|which|who|were|was|are|is|have|has|had|will|would|could|may|might|as|than|across|over|under|near|through|toward|towards|against|per|took|take|takes|taken|suffered|suffer|suffers|lost|lose|sent|send|made|came|went|fought|remain|remained|reached|reach|caused|cause|hit|struck|slammed|crashed|exploded|landed|left|killed|faced|face|saw|see|got|get)$/i;

// Which predicates can apply to what a figure counts.
export const COMPATIBLE: Record<NounClass, Predicate[]> = {
  personnel: ["killed", "wounded", "casualties", "captured", "missing", "deployed", "destroyed", "lost", "returned"],
  civilians: ["killed", "wounded", "casualties", "lost"],
  killed: ["killed", "casualties", "deployed", "destroyed", "lost", "captured", "wounded", "missing"],
  wounded: ["killed", "casualties", "deployed", "destroyed", "lost", "captured", "wounded", "missing"],
  casualties: ["killed", "casualties", "deployed", "destroyed", "lost", "captured", "wounded", "missing"],
  captured: ["killed", "casualties", "deployed", "destroyed", "lost", "captured", "wounded", "missing"],
  missing: ["killed", "casualties", "deployed", "destroyed", "lost", "captured", "wounded", "missing"],
  equipment: ["destroyed", "casualties", "captured", "damaged", "killed", "lost"],
  territory: ["taken", "captured", "casualties", "lost"],
  settlements: ["taken", "captured", "casualties", "lost"],
  buildings: ["damaged", "destroyed", "casualties"],
};

/** The class of the noun a phrase begins with (after skipping adjectives), and where it ends. */
export function nounClassOf(phrase: string): { cls: NounClass; end: number; index: number } | null {
  // Skip up to six modifier words ("North Korean special forces", "of those soldiers").
  const words = [...phrase.matchAll(/[\p{L}\d][\p{L}\d'’.-]*/gu)];
  for (let i = 0; i < Math.min(words.length, 7); i++) {
    const w = words[i]!;
    // ("1,900 of the city's defenders": a possessive is the owner, not the noun counted.)
    if (i > 0 && /['’]s$/.test(w[0])) continue;
    const rest = phrase.slice(w.index);
    for (const [re, cls] of NOUNS) {
      const m = re.exec(rest);
      if (m) return { cls, end: w.index + m[0].length, index: w.index };
    }
    // The noun phrase ends at a preposition or a verb: "3,000 more in January … losses", "11,000 took heavy losses";
    // a bare figure's does at once at a conjunction ("to 50 and put the wounded at 73").
    if (STOP.test(w[0]) || (i === 0 && /^(?:and|or|but)$/i.test(w[0]))) break;
  }
  return null;
}

const PREDICATES_G = PREDICATES.map(([re, pred]) => [new RegExp(re.source, "gi"), pred] as const);
const predCache = new Map<string, { pred: Predicate; index: number; end: number; word: string }[]>();

/** Every predicate word in a text with its class and position. */
export function predicatesIn(text: string): { pred: Predicate; index: number; end: number; word: string }[] {
  const hit = predCache.get(text);
  if (hit) return hit;
  const out: { pred: Predicate; index: number; end: number; word: string }[] = [];
  const taken = new Uint8Array(text.length);
  for (const [g, pred] of PREDICATES_G) {
    for (const m of text.matchAll(g)) {
      // A plain loop: a subarray and a closure per match cost more than the match.
      let overlap = false;
      for (let k = m.index; k < m.index + m[0].length; k++) {
        if (taken[k]) {
          overlap = true;
          break;
        }
      }
      if (overlap) continue;
      out.push({ pred, index: m.index, end: m.index + m[0].length, word: m[0] });
      taken.fill(1, m.index, m.index + m[0].length);
    }
  }
  out.sort((a, b) => a.index - b.index);
  if (predCache.size > 2000) predCache.clear();
  predCache.set(text, out);
  return out;
}

/** The metric for people of a noun class and a predicate, or null when the pair is not a figure we chart. */
export function personnelMetric(pred: Predicate | null): Metric | null {
  switch (pred) {
    case "killed":
      return "killed";
    case "wounded":
      return "wounded";
    case "casualties":
    case "lost":
      return "casualties";
    case "captured":
    case "returned":
      return "captured";
    case "missing":
      return "missing";
    case "deployed":
      return "troops_deployed";
    case "destroyed":
      // "destroyed up to 200 servicemen" in ministry language: losses not told apart.
      return "casualties";
    default:
      return null;
  }
}
