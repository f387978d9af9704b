import { describe, expect, it } from "vitest";
import { ClaimSchema } from "../../schemas/claim.js";
import { extractClaims } from "./index.js";
import { findAttributions } from "./attribution.js";

const brief = (text: string, publishedAt: string | null = "2025-01-20", outlet: string | null = null) =>
  extractClaims(text, { publishedAt, outlet }).map((c) => [c.metric, c.party, c.item, c.value, c.qualifier, c.sourceParty]);

describe("extractClaims", () => {
  it("dates 'during the month' to the month the article is about, not a month named in passing or compared with", () => {
    const t = "More civilians were killed in July than in any month since 2022, the UN said. The monitors counted 286 civilians killed during the month, up from 232 in June. Ukrainian troops still hold part of the area they seized in August. Over the month, Russian forces lost 41 tanks, the General Staff said.";
    expect(extractClaims(t, { publishedAt: "2025-08-12" }).map((c) => [c.value, c.asOf])).toEqual([[286, "2025-07"], [232, "2025-06"], [41, "2025-07"]]);
  });
  it("gives a list's header source to its items written as sentences under a place ('Orikhiv: five people were injured.')", () => {
    const t = "Governor Ivan Fedorov listed the places where people were hurt:\nOrikhiv: five people were injured, among them a girl.\nStepnohirsk: a man was killed during shelling.\nPrymorske: three residents were wounded by a drone.\nThe shelling went on into the night, and 12 people were evacuated.";
    const out = extractClaims(t, { publishedAt: "2025-10-14" });
    expect(out.map((c) => [c.metric, c.value, c.attributedTo])).toEqual([
      ["civilians_wounded", 5, "Governor Ivan Fedorov"],
      // (One person hurt, named as "a man", is a toll of one: round fourteen.)
      ["civilians_killed", 1, "Governor Ivan Fedorov"],
      ["civilians_wounded", 3, "Governor Ivan Fedorov"],
    ]);
  });
  it("reads a live ticker's town heading ('Kyiv: 11 dead, 124 injured') as the town's civilians, named by the source under it", () => {
    const t = "Ukraine's General Staff says Russia has lost 1,060 soldiers killed or wounded over the past day.\n\n13:45\n\nKyiv: 11 dead, 124 injured\n\nThe toll in Kyiv continues to climb. Tkachenko now speaks of 11 dead and 124 injured in Kyiv.\n\nThe city military administration puts the toll at eight dead and 82 injured in Kyiv.";
    expect(extractClaims(t, { publishedAt: "2025-07-31" }).map((c) => [c.metric, c.party, c.value, c.attributedTo])).toEqual([
      ["casualties", "RU", 1060, "Ukraine's General Staff"],
      ["civilians_killed", "UA", 11, "Tkachenko"],
      ["civilians_wounded", "UA", 124, "Tkachenko"],
      ["civilians_killed", "UA", 11, "Tkachenko"],
      ["civilians_wounded", "UA", 124, "Tkachenko"],
      ["civilians_killed", "UA", 8, "The city military administration"],
      ["civilians_wounded", "UA", 82, "The city military administration"],
    ]);
  });
  it("sums up the things counted before ('3 more Russian tanks destroyed, bringing the total to 11,044')", () => {
    const out = extractClaims("The General Staff also listed 3 more Russian tanks destroyed, bringing the total to 11,044.", { publishedAt: "2025-07-31" });
    expect(out.map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "RU", "tanks", 3], ["equipment_lost", "RU", "tanks", 11044]]);
  });
  it("reads prisoners who came back, were held or were swapped 'in return for' others, and soldiers shot, buried or who gave their lives", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-08-25" }).map((c) => [c.metric, c.party, c.value]);
    expect(read("Some 31 Ukrainian prisoners were handed back in return for 15 wounded Russian servicemen.")).toEqual([["captured", "UA", 31], ["captured", "RU", 15]]);
    expect(read("He said 277 Ukrainian soldiers had come back, among them men captured in the Kursk region.")).toEqual([["captured", "UA", 277]]);
    expect(read("Ukraine has been holding two North Korean soldiers since January.")).toEqual([["captured", "KP", 2]]);
    expect(read("In 2024 alone, Russian soldiers shot at least 109 Ukrainian servicemen who had surrendered.")).toEqual([["killed", "UA", 109]]);
    expect(read("The priests had buried more than 400 Ukrainian soldiers who fell at the front.")).toEqual([["killed", "UA", 400]]);
    expect(read("More than 2,400 residents of the region have given their lives in the special military operation, the Russian governor said.")).toEqual([["killed", "RU", 2400]]);
    // Drones shot down are lost equipment; debris that fell is nobody's death.
    expect(read("Russian drones shot down 3 Ukrainian helicopters; debris fell at 33 locations.")).toEqual([["equipment_lost", "UA", 3]]);
  });
  it("reads swaps 'each' and 'to each side', a verb after a pair of figures, the force prisoners belong to, and a region's own people", () => {
    const read = (t: string, pub = "2025-08-25") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);
    expect(read("The previous exchange saw Russia and Ukraine free 175 prisoners each.")).toEqual([["captured", "UA", 175], ["captured", "RU", 175]]);
    expect(read("Observers were present at exchanges in which some 2,800 servicemen returned to each side.")).toEqual([["captured", "RU", 2800], ["captured", "UA", 2800]]);
    expect(read("Today 185 Ukrainian servicemen and 20 civilians returned home as part of another exchange.")).toEqual([["captured", "UA", 185]]);
    expect(read("In exchange, 150 prisoners of war of the Armed Forces of Ukraine were handed over.")).toEqual([["captured", "UA", 150]]);
    expect(read("The explosion killed 53 Ukrainian prisoners and wounded 75.")).toEqual([["killed", "UA", 53], ["wounded", "UA", 75]]);
    expect(read("The governor of the Sverdlovsk region spoke in Yekaterinburg. Another 140 servicemen from the region are officially listed as missing, she added.")).toEqual([["missing", "RU", 140]]);
  });
  it("leaves out remains of both armies, suspects and a heading's number in words", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-08-25" }).map((c) => [c.metric, c.party, c.value]);
    expect(read("The ICRC has facilitated the return of the remains of more than 15,000 soldiers of both armed forces.")).toEqual([]);
    expect(read("Investigators have identified 43 Russian servicemen suspected of executing prisoners.")).toEqual([]);
    expect(read("Two prisoners in Ukraine\nThe spy agency said two North Korean soldiers were captured.")).toEqual([["captured", "KP", 2]]);
  });
  it("reads a factbox's bullets: no bullet in the source, a side's own dead after a civilian toll, 'nine were hurt'", () => {
    const t = "* The UN human rights monitoring mission says at least 14,000 civilians have been killed.\n* Western estimates put Russian dead at over 200,000.\n* Two people died and nine were hurt in Sloviansk, said Vadym Filashkin.";
    expect(extractClaims(t, { publishedAt: "2025-11-10" }).map((c) => [c.metric, c.party, c.value, c.attributedTo])).toEqual([
      ["civilians_killed", "UA", 14000, "The UN human rights monitoring mission"],
      ["killed", "RU", 200000, "Western estimates"],
      ["civilians_killed", "UA", 2, "Vadym Filashkin"],
      ["civilians_wounded", "UA", 9, "Vadym Filashkin"],
    ]);
  });
  it("takes the outlet's side from its address when its name is unknown ('the enemy' on a *.com.ua page is Russia)", () => {
    const t = "Over the past day the enemy lost 1,030 personnel and 2 tanks.";
    const parties = (url: string | null) => extractClaims(t, { publishedAt: "2025-11-12", outlet: "Armiya Inform", url }).map((c) => c.party);
    expect(parties("https://armyinform.com.ua/2025/11/12/losses/")).toEqual(["RU", "RU"]);
    expect(parties(null)).toEqual([null, null]);
  });
  it("counts soldiers missing, not residents missing under rubble", () => {
    expect(extractClaims("Rescuers are still searching for 12 missing residents. Another 140 missing Russian soldiers were listed.", { publishedAt: "2025-11-08" }).map((c) => [c.metric, c.party, c.value])).toEqual([["missing", "RU", 140]]);
  });
  it("hears Russia in its groups of forces and its jargon, on the ministry's own channel too (its own voice is its publisher's)", () => {
    const relay = "The Battlegroup Yug reported enemy losses of up to 1,620 servicemen.";
    const src = (t: string, outlet: string) => extractClaims(t, { publishedAt: "2025-05-31", outlet }).map((c) => [c.value, c.sourceParty]);
    expect(src(relay, "Severnaya Zvezda News Agency")).toEqual([[1620, "RU"]]);
    expect(src(relay, "MoD Russia (English) (Telegram)")).toEqual([[1620, "RU"]]);
    // A paragraph in the ministry's jargon goes on in its voice, though the ministry was named once.
    const t = "Russian air defences destroyed 87 Ukrainian drones overnight, the Russian Defence Ministry said.\n\nUnits of the Battlegroup Sever inflicted losses on three brigades. The Ukrainian Armed Forces lost up to 210 servicemen.";
    expect(src(t, "Trend")).toEqual([[87, "RU"], [210, "RU"]]);
  });
  it("takes the source cited after the verb ('Reuters reported, citing a Ukrainian military source, that …') and gives the dead of a side's strike to its opponent", () => {
    const out = extractClaims("Reuters reported, citing a Ukrainian military source, that 19 soldiers were killed in a Russian missile strike on a training ground.", { publishedAt: "2025-11-09" });
    expect(out.map((c) => [c.metric, c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([["killed", "UA", 19, "a Ukrainian military source", "UA"]]);
  });
  it("counts ground given in square kilometres and again in square miles once", () => {
    const out = extractClaims("Russian forces captured about 4,300 square kilometres, or about 1,660 square miles. They took 200 square miles in May.", { publishedAt: "2025-11-06" });
    expect(out.map((c) => c.value)).toEqual([4300, 518]);
  });
  it("knows a unit's press service by the side of its figures, hears a corps report, and reads 'eliminated' beside the wounded as killed", () => {
    const t = "Over the past week, the brigade's units eliminated 146 Russian servicemen and wounded another 212, the brigade's press service said.\n\nDuring the same period, the jaegers destroyed three tanks, according to the press service.\n\nThe corps reported that its units had killed more than 1,400 Russian servicemen.";
    expect(extractClaims(t, { publishedAt: "2025-11-08" }).map((c) => [c.metric, c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([
      ["killed", "RU", 146, "the brigade's press service", "UA"],
      ["wounded", "RU", 212, "the brigade's press service", "UA"],
      ["equipment_lost", "RU", 3, "the press service", "UA"],
      ["killed", "RU", 1400, "The corps", "UA"],
    ]);
  });
  it("reads a part of the last figure that counted something, plural demonyms, troops in a sector, and no ground neutralised", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-11-05" }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(read("Russia's Defence Ministry made no mention of the strikes. It said air defences had destroyed 85 Ukrainian drones over eight Russian regions, 31 of them over the Bryansk region.")).toEqual([["equipment_lost", "UA", "drones", 85], ["equipment_lost", "UA", "drones", 31]]);
    expect(read("Ukrainian losses totalled up to 55 servicemen, 8 vehicles and an ammunition depot.")).toEqual([["casualties", "UA", null, 55], ["equipment_lost", "UA", "vehicles", 8]]);
    expect(read("Canberra says at least six Australians have been killed fighting for Ukraine since 2022.")).toEqual([["killed", "AU", null, 6]]);
    expect(read("Syrskyi said Russia had about 170,000 troops in the Pokrovsk sector.")).toEqual([["troops_deployed", "RU", null, 170000]]);
    expect(read("Sappers surveyed 18 hectares and neutralised 37 explosive objects. Kenya has 1.2 million young people entering the job market, and labour export remains a policy.")).toEqual([]);
  });
  it("hears Russia's ministry in 'It said' after a sentence that made it the subject", () => {
    const out = extractClaims("Moldova's defence ministry said two drones entered its airspace.\n\nRussia's Defence Ministry made no mention of the strikes. It said it had destroyed 85 Ukrainian drones overnight.", { publishedAt: "2025-11-05" });
    expect(out.map((c) => [c.value, c.sourceParty])).toEqual([[85, "RU"]]);
  });
  it("dates 'over the same period' to the month of the figures just before, and leaves it alone after a week", () => {
    const dated = (t: string) => extractClaims(t, { publishedAt: "2025-06-10" }).map((c) => [c.value, c.asOf]);
    expect(dated("In May, Russian shelling killed six civilians in Vovchansk, the governor said. He said 43 houses had been damaged over the same period.")).toEqual([[6, "2025-05"], [43, "2025-05"]]);
    expect(dated("Over the past week, the brigade killed 146 Russian servicemen. During the same period, it destroyed three Russian tanks.")).toEqual([[146, "2025-06-10"], [3, "2025-06-10"]]);
  });
  it("knows other governments' leaders, and gives drones told of by no side of the war the side they were named with", () => {
    const t = "Polish and allied aircraft shot down Russian drones over Polish territory overnight.\n\nPrime Minister Donald Tusk said the armed forces had recorded 19 violations of Polish airspace. At least three of the drones were shot down, he said.";
    expect(extractClaims(t, { publishedAt: "2025-09-10" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([["equipment_lost", "RU", 3, "PL"]]);
  });
  it("reads a day's rise after a running total and what befell the whole a part is of", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-05-14" }).map((c) => [c.metric, c.party, c.value]);
    expect(read("The General Staff's tally of Russian casualties reached 980,040 on Wednesday, up 1,110 from the previous day.")).toEqual([["casualties", "RU", 980040], ["casualties", "RU", 1110]]);
    expect(read("Of the Ukrainians freed, 880 were servicemen and 120 civilians.")).toEqual([["captured", "UA", 880]]);
  });
  it("dates a table's rows by its caption's span", () => {
    const t = "Visually confirmed losses, 24 February 2022 to 30 June 2025\nCategory | Russia | Ukraine\nTanks | 4,120 | 1,180";
    expect(extractClaims(t, { publishedAt: "2025-07-01" }).map((c) => [c.party, c.value, c.asOf])).toEqual([["RU", 4120, "2025-06-30"], ["UA", 1180, "2025-06-30"]]);
  });
  it("dates a figure in a 'when' clause after 'since <date>' to that date, and no other figure", () => {
    const dated = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.value, c.asOf]);
    expect(dated("Moscow has not given a toll of its own dead since September 2022, when the then defence minister, Sergei Shoigu, put it at 5,937.", "2025-05-22")).toEqual([[5937, "2022-09"]]);
    expect(dated("Since 2022, when the invasion began, Russia has lost 900,000 troops.", "2025-05-22")).toEqual([[900000, "2025-05-22"]]);
    expect(dated("Ukraine has been holding two North Korean soldiers since January, when they were captured in Kursk.", "2025-04-10")).toEqual([[2, "2025-04-10"]]);
  });
  it("gives a meeting record's speakers the country of their delegation ('Mr. Nebenzia (Russian Federation) (spoke in Russian):')", () => {
    const t = "Mr. Nebenzia (Russian Federation) (spoke in Russian): In the past week alone, 24 civilians were killed in the Belgorod region by Ukrainian shelling.\n\nMs. Woodward (United Kingdom): Our Defence Intelligence assesses that Russia has suffered more than 950,000 casualties.";
    expect(extractClaims(t, { publishedAt: "2025-06-20" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([
      [24, "Mr. Nebenzia (Russian Federation)", "RU"],
      [950000, "Ms. Woodward (United Kingdom)", "GB"],
    ]);
  });
  it("reads a title and a surname in mixed case ('Mr Trewin:') as a committee transcript's speaker, not the one who asked", () => {
    const t = "Senator HOLLOWAY: What does the department make of Russian losses?\n\nMr Trewin: We would put Russian killed and wounded at more than 300,000.\n\nSenator HOLLOWAY: And Australians?\n\nMs Ferrier: We are aware of five Australian citizens who have been killed while serving with Ukrainian forces.";
    expect(extractClaims(t, { publishedAt: "2024-02-14" }).map((c) => [c.value, c.attributedTo])).toEqual([
      [300000, "Mr Trewin"],
      [5, "Ms Ferrier"],
    ]);
  });
  it("gives 'N of its troops' to the source that says it, not to the prisoners counted before ('…, while Russia said 248 of its troops came home')", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2024-02-01" }).map((c) => [c.party, c.value, c.sourceParty]);
    expect(read("On Jan. 3, Kyiv said 230 Ukrainians were freed in the exchange, while Russia said 248 of its troops came home.")).toEqual([["UA", 230, "UA"], ["RU", 248, "RU"]]);
  });
  it("reads a daily tally's second figure after ', and': a total 'since' the start with no noun, 'its running total is now', the day's share after another item", () => {
    const read = (t: string, pub = "2024-12-20") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);
    expect(read("The General Staff said on Tuesday that Russia had lost about 1,300 troops in the past day, and more than 790,000 since the start of the invasion.")).toEqual([["casualties", "RU", 1300], ["casualties", "RU", 790000]]);
    expect(read("The General Staff said Russia lost 1,530 troops in the past day, and its running total is now around 775,000.")).toEqual([["casualties", "RU", 1530], ["casualties", "RU", 775000]]);
    expect(read("The ministry said Ukrainian forces had lost more than 30,600 servicemen and 197 tanks in the Kursk region since the start of the incursion, and up to 270 servicemen over the past 24 hours.")).toEqual([["casualties", "UA", 30600], ["equipment_lost", "UA", 197], ["casualties", "UA", 270]]);
  });
  it("reads a table's column named for ground ('km² gained by Russia'), not its column of shares, with the side of its caption and not the caption's maker in brackets", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2024-12-03" }).map((c) => [c.metric, c.party, c.value, c.asOf, c.sourceParty]);
    expect(read("Month | km² gained by Russia | Share of occupied area (%)\n\nJune 2024 | 330 | 18.0\nJuly 2024 | 420 | 18.1")).toEqual([
      ["territory_km2", "RU", 330, "2024-06", null],
      ["territory_km2", "RU", 420, "2024-07", null],
    ]);
    // (The outlet's own analysis speaks in its own voice, not in that of the officials quoted before the table.)
    expect(read("North Korean troops are in the region, according to Ukrainian and US officials.\n\nRussian gains per month, square kilometres (Brussels Courier analysis of ISW maps)\n\nMonth | Km²\n\nAugust 2024 | 459\nOctober 2024 | 478")).toEqual([
      ["territory_km2", "RU", 459, "2024-08", null],
      ["territory_km2", "RU", 478, "2024-10", null],
    ]);
  });
  it("reads a table whose column names carry years ('Month (2025) | Captured, km² | Same month 2024, km²'), each figure dated by its column's year", () => {
    const t = "Ukrainian territory captured by Russia each month, km²\n\nMonth (2025) | Captured, km² | Same month 2024, km²\n\nJanuary | 330 | 90\nFebruary | 360 | 330";
    expect(extractClaims(t, { publishedAt: "2025-06-02" }).map((c) => [c.metric, c.party, c.value, c.asOf])).toEqual([
      ["territory_km2", "RU", 330, "2025-01"],
      ["territory_km2", "RU", 90, "2024-01"],
      ["territory_km2", "RU", 360, "2025-02"],
      ["territory_km2", "RU", 330, "2024-02"],
    ]);
  });
  it("counts medical staff as civilians, and a charity's own staff in its own voice, not in the ministry's before", () => {
    const t = "Ukraine's health ministry says over 230 medical staff have been killed since the full-scale invasion began. In November, two of our own Ukrainian staff members were injured when a drone struck near our clinic in the Kherson region.";
    expect(extractClaims(t, { publishedAt: "2024-12-12" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([
      ["civilians_killed", "UA", 230, "UA"],
      ["civilians_wounded", "UA", 2, null],
    ]);
  });
  it("reads '187 of those freed were servicemen' as soldiers home from captivity, whatever the whole was counted as", () => {
    const t = "Ukraine brought home 189 people in the exchange on Monday, President Volodymyr Zelensky said. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War later said 187 of those freed were servicemen and two were civilians.";
    expect(extractClaims(t, { publishedAt: "2024-12-31" }).filter((c) => c.value === 187).map((c) => [c.metric, c.party, c.sourceParty])).toEqual([["captured", "UA", "UA"]]);
  });
  it("gives people a side says 'had been killed', with no killer named, to that side", () => {
    expect(extractClaims("On 24 February, President Volodymyr Zelensky said that all 13 border guards on the island had been killed.", { publishedAt: "2022-03-01" }).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "UA", 13]]);
  });
  it("reads 'those included N radar stations, …' after a sentence of things destroyed as the kinds destroyed, and 'N on the ground and M in the air'", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2022-03-04" }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(read("Russia's Defence Ministry said its forces had destroyed 1,612 military infrastructure sites in Ukraine. Spokesman Igor Konashenkov said those included 39 radar stations and 64 multiple rocket launchers.")).toEqual([
      ["equipment_lost", "UA", "radars", 39],
      ["equipment_lost", "UA", "mlrs", 64],
    ]);
    expect(read("The ministry claimed to have destroyed 69 Ukrainian aircraft on the ground and 14 in the air.")).toEqual([
      ["equipment_lost", "UA", "aircraft", 69],
      ["equipment_lost", "UA", "aircraft", 14],
    ]);
  });
  it("reads soldiers given as a side's 'figure for its own dead' as its dead, not a force", () => {
    expect(extractClaims("Kyiv's only figure for its own dead remains President Volodymyr Zelensky's estimate of 12 March, about 1,300 soldiers.", { publishedAt: "2022-03-24" }).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "UA", 1300]]);
  });
  it("gives equipment to the side that 'also lost' it right before the figure, not to the side of the figure before", () => {
    const t = "The air force said 211 Russian drones and 38 missiles had been shot down and another 225 targets lost to electronic warfare, but Ukraine also lost one of its F-16 fighters in the fight.";
    expect(extractClaims(t, { publishedAt: "2025-07-03" }).filter((c) => c.value === 1).map((c) => [c.party, c.item, c.value])).toEqual([["UA", "aircraft", 1]]);
  });
  it("reads a swap's bodies said to be soldiers in an aside, a side's returnees, a ministry's 'special military equipment' and 'N drones on Saturday and M on Sunday'", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(read("Ukraine has now received the bodies of 6,057 people who, according to the Russian side, are Ukrainian soldiers.", "2025-06-20")).toEqual([["killed", "UA", null, 6057]]);
    expect(read("Each side released 1,000 people, and Ukraine's returnees included 880 servicemen, according to the headquarters.", "2025-06-20").filter((c) => c[3] === 880)).toEqual([["captured", "UA", null, 880]]);
    expect(read("In total, 660 Ukrainian aircraft and 43,120 units of special military equipment have been destroyed, the ministry said.", "2025-10-18")).toEqual([["equipment_lost", "UA", "aircraft", 660], ["equipment_lost", "UA", "engineering", 43120]]);
    expect(read("Russia's defence ministry reported 23 more Ukrainian drones downed on Saturday and 62 on Sunday.", "2025-08-18")).toEqual([["equipment_lost", "UA", "drones", 23], ["equipment_lost", "UA", "drones", 62]]);
  });
  it("reads '1.79 lakh personnel' as 179,000, and equipment destroyed while repelling a side's attack as the attacker's", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(read("Ukraine's General Staff puts total Russian losses at nearly 1.79 lakh personnel, adding 620 over the previous day.", "2023-04-13")).toEqual([["casualties", "RU", null, 179000], ["casualties", "RU", null, 620]]);
    expect(read("Russia's Defence Ministry said its forces had repelled a large Ukrainian attack in the Zaporizhzhia region, destroying 30 tanks and 11 infantry fighting vehicles.", "2023-06-09")).toEqual([["equipment_lost", "UA", "tanks", 30], ["equipment_lost", "UA", "ifv", 11]]);
  });
  it("reads a flood update's deaths as civilians: under a line on flooding, and in its key-figures table; the source's name ends at the count's verb", () => {
    const t = "Water levels are receding in most flooded areas of Kherson oblast.\nDeaths reported by the authorities on both banks of the Dnipro have risen to 46.\n\nKey figures\n\n17 | deaths reported in Government-controlled areas";
    expect(extractClaims(t, { publishedAt: "2023-06-15" }).map((c) => [c.metric, c.party, c.value, c.attributedTo])).toEqual([
      ["civilians_killed", "UA", 46, "the authorities on both banks of the Dnipro"],
      ["civilians_killed", "UA", 17, null],
    ]);
  });
  it("gives 'the group' the side of the armed group named before, and reads prisoners who 'fought for' it as its force", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);
    expect(read("Wagner is leading the assault on Bakhmut. John Kirby said last month that the group had suffered more than 30,000 casualties in Ukraine, about 9,000 of them killed.", "2023-03-12")).toEqual([["casualties", "RU", 30000], ["killed", "RU", 9000]]);
    expect(read("He said some 50,000 prisoners had fought for Wagner in Ukraine, and that about 10,000 of those men had died.", "2023-05-25")).toEqual([["troops_deployed", "RU", 50000], ["killed", "RU", 10000]]);
  });
  it("reads a swap told by both sides: people held by a side are not its own, 'Russia's defence ministry says 50 of its own', 'received … in return', 'Of those returned, 108 are fighters'", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
    expect(read("Ukraine has brought home 215 people held by Russia, among them 188 defenders of Azovstal and Mariupol, Andriy Yermak announced. Of those returned, 108 are fighters of the Azov Regiment, Yermak said.", "2022-09-22")).toEqual([["captured", "UA", 188, "UA"], ["captured", "UA", 108, "UA"]]);
    expect(read("Ukraine says it got back 50 servicemen, among them two officers, and Russia's defence ministry says 50 of its own soldiers have come home.", "2022-11-24")).toEqual([["captured", "UA", 50, "UA"], ["captured", "UA", 2, "UA"], ["captured", "RU", 50, "RU"]]);
    expect(read("Russia received 50 of its own servicemen in return, the defence ministry in Moscow said.", "2022-10-29")).toEqual([["captured", "RU", 50, "RU"]]);
  });
  it("reads a count of tanks lost that 'has now passed 1,170' as losses, not tanks a side has", () => {
    expect(extractClaims("Its overall count of Russian tanks lost since February has now passed 1,170, against 317 Ukrainian tanks it has documented.", { publishedAt: "2022-09-19" }).map((c) => [c.party, c.item, c.value, c.qualifier])).toEqual([["RU", "tanks", 1170, "at_least"], ["UA", "tanks", 317, "exact"]]);
  });
  it("reads 'February — 36,320' under a header of personnel losses by month as that month's losses", () => {
    const t = "Russian personnel losses reported by Ukraine's General Staff, by month:\n\nJanuary — 44,360\nFebruary — 36,320";
    expect(extractClaims(t, { publishedAt: "2025-12-02" }).map((c) => [c.metric, c.party, c.value, c.asOf, c.sourceParty])).toEqual([
      ["casualties", "RU", 44360, "2025-01", "UA"],
      ["casualties", "RU", 36320, "2025-02", "UA"],
    ]);
  });
  it("gives the soldiers whose bodies a side received from the other side to the receiver, and a 'monitoring mission's' civilians to Ukraine", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-11-20" }).map((c) => [c.metric, c.party, c.value]);
    expect(read("Ukraine says it has received the bodies of one thousand soldiers from Russia in the latest repatriation.")).toEqual([["killed", "UA", 1000]]);
    expect(read("Its monitoring mission says at least 148 civilians were killed and 929 injured in October alone.")).toEqual([["civilians_killed", "UA", 148], ["civilians_wounded", "UA", 929]]);
  });
  it("keeps a list under a source heard again in a quote with no claims in that source's voice, and reads 'As reported, X counted' as X's", () => {
    const t = "Russian forces lost 1,140 soldiers over the past day, the General Staff said in its morning update.\n\n\"A million reasons to remember what this war costs,\" the General Staff wrote beside the figure.\n\nAmong the other items on the list of Russia's losses as of June 12:\n\ntanks – 10,933 (+3)\n\nAs reported, the General Staff first counted 500,000 Russian losses in February 2024.";
    expect(extractClaims(t, { publishedAt: "2025-06-12" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([
      [1140, "the General Staff", "UA"],
      [10933, "the General Staff", "UA"],
      [3, "the General Staff", "UA"],
      [500000, "the General Staff", "UA"],
    ]);
  });
  it("keeps a name spelt as a web address whole ('Slidstvo.Info reported'), counts drones a side launched that were all shot down, and a swap of N 'each' after 'both sides'", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.attributedTo]);
    expect(read("The Ukrainian investigative outlet Slidstvo.Info reported this month that at least 262 Ukrainian servicemen had been confirmed killed.", "2024-07-20")).toEqual([["killed", "UA", 262, "The Ukrainian investigative outlet Slidstvo.Info"]]);
    expect(read("Ukraine's air force said it had shot down all 22 Shahed attack drones Russia launched overnight.", "2024-03-05")).toEqual([["equipment_lost", "RU", 22, "Ukraine's air force"]]);
    expect(read("Look instead at what both sides do: Russia and Ukraine swapped 90 prisoners of war each on June 25.", "2024-06-26").map((c) => c.slice(0, 3))).toEqual([["captured", "RU", 90], ["captured", "UA", 90]]);
  });
  it("reads the people a force 'numbers' as its troops", () => {
    expect(extractClaims("The committee chair noted that the Defence Forces of Ukraine now number about 880,000 people.", { publishedAt: "2024-04-11" }).map((c) => [c.metric, c.party, c.value])).toEqual([["troops_deployed", "UA", 880000]]);
  });
  it("reads local news: a regional command that 'report[s] that', 'damage to' buildings, soldiers named by their region, a district's own wounded, and townspeople who fell fighting", () => {
    const read = (t: string, pub: string, outlet?: string) => extractClaims(t, { publishedAt: pub, outlet }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
    expect(read("The Southern Defence Forces report that over the past day the enemy lost 56 personnel.", "2024-11-19", "Kherson Regional Military Administration")).toEqual([["casualties", "RU", 56, "UA"]]);
    expect(read("The regional government counted damage to more than 100 apartment buildings and 29 private houses in Belgorod, Gladkov said.", "2023-12-31")).toEqual([["buildings_damaged", "RU", 100, "RU"], ["buildings_damaged", "RU", 29, "RU"]]);
    expect(read("Regional officials said another 240 Volyn servicemen were known to be held in Russian captivity.", "2024-02-09")).toEqual([["captured", "UA", 240, "UA"]]);
    expect(read("The special military operation goes on. Twelve wounded servicemen from the district are undergoing treatment.", "2024-06-24", "Administration of Kamensky Municipal District")).toEqual([["wounded", "RU", 12, null]]);
    expect(read("Since February 2022, 147 students, graduates and staff of the university have been killed defending Ukraine.", "2025-09-01").map((c) => c.slice(0, 3))).toEqual([["killed", "UA", 147]]);
    expect(read("Since the start of the special military operation, 38 of our fellow countrymen have died performing their military duty.", "2024-06-24", "Administration of Kamensky Municipal District").map((c) => c.slice(0, 3))).toEqual([["killed", "RU", 38]]);
  });
  it("reads a live page's tolls: a toll with children in it is civilians', a role and a name before a colon speak, drone pilots killed by a Russian bomb are people", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.attributedTo]);
    expect(read("A Russian missile struck Sumy.\n\n35 killed, including two children", "2025-04-13").map((c) => c.slice(0, 3))).toEqual([["civilians_killed", "UA", 35], ["civilians_killed", "UA", 2]]);
    expect(read("A Russian missile struck Sumy.\n\nRegional head Volodymyr Artiukh: 84 people have been injured, ten of them children.", "2025-04-13")).toEqual([
      ["civilians_wounded", "UA", 84, "Regional head Volodymyr Artiukh"],
      ["civilians_wounded", "UA", 10, "Regional head Volodymyr Artiukh"],
    ]);
    expect(read("With deep sorrow we report that two drone pilots from the company near Pokrovsk were killed by a Russian glide bomb on 17 June.", "2025-06-20").map((c) => c.slice(0, 3))).toEqual([["killed", "UA", 2]]);
  });
  it("reads residents 'taking part in the special military operation' as Russia's force", () => {
    expect(extractClaims("He reported that 286 residents of the district are currently taking part in the special military operation.", { publishedAt: "2024-06-24" }).map((c) => [c.metric, c.party, c.value])).toEqual([["troops_deployed", "RU", 286]]);
  });
  it("reads ground 'freed', losses a source 'put at' a figure, a railway's dead, and 'the remains' a side received of its own soldiers", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);
    expect(read("President Volodymyr Zelenskyy said Ukrainian forces had freed more than 8,000 square kilometres since the start of the month.", "2022-09-13")).toEqual([["territory_km2", "UA", 8000]]);
    expect(read("Ukraine's General Staff, in its morning update on Sunday, put Russian troop losses since Feb. 24 at around 19,300.", "2022-04-10")).toEqual([["casualties", "RU", 19300]]);
    expect(read("Ukraine's state railway company had initially reported 30 dead within an hour of the attack on Friday morning.", "2022-04-10")).toEqual([["civilians_killed", "UA", 30]]);
    expect(read("Russia received the remains of 43 of its soldiers in the same transfer, the headquarters said.", "2025-03-20")).toEqual([["killed", "RU", 43]]);
  });
  it("reads 'It also lists N tanks' after a count of people lost as the same side's losses, 'N servicemen and M civilians to each side', and no clip's running time", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(read("Ukraine's General Staff puts Russian losses at 120,160 personnel. It also lists 3,130 tanks and 6,240 armoured combat vehicles.", "2023-01-15")).toEqual([
      ["casualties", "RU", null, 120160],
      ["equipment_lost", "RU", "tanks", 3130],
      ["equipment_lost", "RU", "afv", 6240],
    ]);
    expect(read("Friday's first stage of the exchange brought home 270 servicemen and 120 civilians to each side.", "2025-05-23")).toEqual([["captured", "RU", null, 270], ["captured", "UA", null, 270]]);
    expect(read("North Korea losses (0'32\")", "2025-09-04")).toEqual([]);
  });
  it("reads a source behind the aside 'in one of its regular updates'", () => {
    expect(extractClaims("British Defence Intelligence, in one of its regular updates, put Russia's casualties in 2024 at about 430,000.", { publishedAt: "2025-01-20" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([[430000, "British Defence Intelligence", "GB"]]);
  });
  it("counts one person named by who they are and hurt or killed ('A 67-year-old man who was near his house was injured')", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2024-11-19" }).map((c) => [c.metric, c.party, c.value]);
    expect(read("Russian shelling hit Kherson. A 67-year-old man who was near his house was injured.")).toEqual([["civilians_wounded", "UA", 1]]);
    expect(read("Russian shelling hit Kherson. In Bilozerka a 58-year-old man was wounded.")).toEqual([["civilians_wounded", "UA", 1]]);
    expect(read("A man was seen near the front line.")).toEqual([]);
  });
  it("reads no owner in a wire's dateline, and gives a general staff named without its country that counts a side's losses to the other side", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
    expect(read("LVIV, Ukraine, March 28 (Meridian) - Russia's defence ministry said on Friday that 1,351 of its servicemen had been killed and 3,825 wounded.", "2022-03-28")).toEqual([["killed", "RU", 1351, "RU"], ["wounded", "RU", 3825, "RU"]]);
    expect(read("Russia's defence ministry gave its own losses. The General Staff's list on Monday also counted 575 Russian tanks and 127 aircraft destroyed.", "2022-03-28")).toEqual([["equipment_lost", "RU", 575, "UA"], ["equipment_lost", "RU", 127, "UA"]]);
  });
  it("reads 'Its tally also included N tanks' after a count of people lost, and a column 'Area taken (km²)'", () => {
    const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(read("Kyiv's General Staff put the number of Russian personnel lost at about 256,000 on Monday. Its tally also included 4,349 tanks.", "2023-08-21")).toEqual([["casualties", "RU", null, 256000], ["equipment_lost", "RU", "tanks", 4349]]);
    expect(read("Russian gains by month, km²\n\nMonth | Area taken (km²)\n\nSeptember 2024 | 468", "2025-03-05")).toEqual([["territory_km2", "RU", null, 468]]);
  });
  it("gives the dead a side brings home to that side, and 'fallen Ukrainian defenders' to Ukraine", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-11-20" }).map((c) => [c.metric, c.party, c.value]);
    expect(read("Ukraine said it had brought home the bodies of 1,000 soldiers.")).toEqual([["killed", "UA", 1000]]);
    expect(read("In July, the bodies of 1,000 fallen Ukrainian defenders were repatriated to Ukraine, the Headquarters said.")).toEqual([["killed", "UA", 1000]]);
  });
  it("places a general staff or a ministry named without its country by the side whose losses it reports", () => {
    const out = extractClaims("The Russian army lost 1,020 soldiers, the General Staff said. The ministry said its forces had destroyed 45 Ukrainian drones.", { publishedAt: "2025-11-20" });
    expect(out.map((c) => [c.party, c.value, c.sourceParty])).toEqual([["RU", 1020, "UA"], ["UA", 45, "RU"]]);
  });
  it("goes on in a ministry's voice through a digest's paragraphs once its jargon has carried it", () => {
    const t = "Russian troops liberated Yablokovo over the past day, the Russian Defense Ministry reported.\n\nIn the area of the Battlegroup West, the Ukrainian army lost up to 230 servicemen.\n\nRussian air defenses shot down 189 fixed-wing drones over the past day.";
    expect(extractClaims(t, { publishedAt: "2025-11-20" }).map((c) => [c.value, c.sourceParty])).toEqual([[230, "RU"], [189, "RU"]]);
  });
  it("gives arms only Ukraine fields to Ukraine and reads no count in a model's number", () => {
    const read = (t: string) => extractClaims(t, { publishedAt: "2025-11-20" }).map((c) => [c.party, c.item, c.value]);
    expect(read("Russia claims to have destroyed 12 Leopard 2 tanks and 20 Bradley fighting vehicles.")).toEqual([["UA", "tanks", 12], ["UA", "ifv", 20]]);
    expect(read("Among the planes lost are at least four F-16s.")).toEqual([["UA", "aircraft", 4]]);
  });
  it("reads the next figure of the same kind after the figure before's time ('505 km² in October, and 461 in September')", () => {
    const out = extractClaims("Russian forces gained 505 square kilometres in October, and 461 in September.", { publishedAt: "2025-11-20" });
    expect(out.map((c) => [c.metric, c.value, c.asOf])).toEqual([["territory_km2", 505, "2025-10"], ["territory_km2", 461, "2025-09"]]);
  });
  it("keeps each claim's sentence and its offsets into the text", () => {
    const text = "Fighting went on.\n\nSeoul's spy agency said an estimated 11,000 North Korean soldiers had been deployed to Russia.";
    const claims = extractClaims(text, { publishedAt: "2025-01-20" });
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(text.slice(c.start, c.end)).toBe(c.sentence);
    expect(ClaimSchema.safeParse(c).success).toBe(true);
    expect([c.metric, c.party, c.value, c.qualifier, c.attributedTo, c.sourceParty]).toEqual(["troops_deployed", "KP", 11000, "approx", "Seoul's spy agency", "KR"]);
  });
  it("tells deployed from dead in one sentence", () => {
    expect(brief("Of the roughly 12,000 North Korean troops sent to the front, about 400 are now thought to have died.")).toEqual([
      ["troops_deployed", "KP", null, 12000, "approx", null],
      ["killed", "KP", null, 400, "approx", null],
    ]);
  });
  it("reads killed, wounded, captured and casualties", () => {
    expect(brief("Kyiv said 150 Russian soldiers were killed, 420 wounded and 35 taken prisoner.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "RU", 150],
      ["wounded", "RU", 420],
      ["captured", "RU", 35],
    ]);
    expect(brief("Britain's defence intelligence put Russian casualties at more than 700,000.")[0]).toEqual(["casualties", "RU", null, 700000, "at_least", "GB"]);
  });
  it("does not take a list line's label ('Russian tanks lost in May: 80') for a transcript speaker", () => {
    const text = "Russia lost 40,000 soldiers in May, Britain's Defence Intelligence said.\n\nIt also lost some 500 km² of gains to counter-attacks, Defence Intelligence said.\n\nRussian tanks lost in May: more than 80";
    expect(brief(text).at(-1)).toEqual(["equipment_lost", "RU", "tanks", 80, "at_least", "GB"]);
  });
  it("reads a table under its caption: rows 'label | figure', side from the caption, source from 'documented by'", () => {
    const text = "Russia has lost at least 900 armoured vehicles this year, Oryx says, and Oryx counts more every week.\n\nRussian aircraft losses recorded by Oryx\nType | Number\nFighter jets | 31\nHelicopters | 12";
    expect(brief(text).slice(1)).toEqual([
      ["equipment_lost", "RU", "aircraft", 31, "exact", "NL"],
      ["equipment_lost", "RU", "helicopters", 12, "exact", "NL"],
    ]);
  });
  it("reads a list line whose label holds a year and whose figure a qualifier", () => {
    expect(brief("Ukrainian drones lost since 2024: more than 900").map((c) => c.slice(0, 5))).toEqual([["equipment_lost", "UA", "drones", 900, "at_least"]]);
  });
  it("reads 'Of the X, N were …' and 'Of those, N …' as parts of the whole named or counted before", () => {
    expect(brief("Of the Russian howitzers, about 400 were destroyed and 60 were captured by Ukrainian units.").map((c) => c.slice(0, 4))).toEqual([
      ["equipment_lost", "RU", "artillery", 400],
      ["equipment_lost", "RU", "artillery", 60],
    ]);
    const night = "Russia attacked overnight with 120 Shahed drones, Ukraine's air force said. Of those, 70 were downed, the air force said.";
    expect(brief(night).map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "drones", 70]]);
  });
  it("reads 'downing N of M drones' as a loss, and 'including N' after a figure of places as part of the figure before", () => {
    expect(brief("Ukraine's air force reported downing 31 of 50 drones.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "drones", 31]]);
    expect(brief("Russia's defence ministry said it had destroyed 60 Ukrainian drones over six regions, including 14 over Kursk.").map((c) => c.slice(0, 4))).toEqual([
      ["equipment_lost", "UA", "drones", 60],
      ["equipment_lost", "UA", "drones", 14],
    ]);
  });
  it("takes the verb after an aside ('three people, including a boy, were injured')", () => {
    expect(brief("One man was killed and four people, including a teenager, were injured in Sumy, the governor said.").map((c) => c.slice(0, 4))).toEqual([
      ["civilians_killed", "UA", null, 1],
      ["civilians_wounded", "UA", null, 4],
    ]);
  });
  it("gives ground with no side or verb of its own to the side that took the ground just before", () => {
    const text = "Russian troops seized 700 km² in March, a monitoring group said. That was up from 450 km² in February, the group said, the biggest advance in a year. Analysts counted 300 km² near Pokrovsk.";
    expect(brief(text).map((c) => c.slice(0, 4))).toEqual([
      ["territory_km2", "RU", null, 700],
      ["territory_km2", "RU", null, 450],
      ["territory_km2", "RU", null, 300],
    ]);
  });
  it("reads a loss tally that 'also includes' more equipment, and 'put X's dead and wounded at N'", () => {
    const text = "Russia has lost 3,000 tanks, according to Oryx. Its list also includes 4,000 Russian infantry fighting vehicles.";
    expect(brief(text).map((c) => [c[2], c[3], c[5]])).toEqual([["tanks", 3000, "NL"], ["ifv", 4000, "NL"]]);
    expect(brief("Britain's defence ministry put Russia's dead and wounded at about 700,000 in May.").map((c) => c.slice(0, 4))).toEqual([["casualties", "RU", null, 700000]]);
  });
  it("resolves 'the ministry' to the ministry the text named before, even where it was not yet a speaker", () => {
    expect(brief("Ukraine's defence ministry published new figures on Friday. The ministry said 31 Russian tanks were destroyed.")[0]?.[5]).toBe("UA");
  });
  it("gives ground taken by 'they' to the taker before, and equipment 'lost by' a side to that side", () => {
    const text = "Russian troops took 380 km² in May, Britain's Defence Intelligence said. That was more than in April, when they took 300 km², it said.";
    expect(brief(text).map((c) => [c[1], c[3], c[5]])).toEqual([["RU", 380, "GB"], ["RU", 300, "GB"]]);
    expect(brief("Ukraine's General Staff counts 9,000 tanks lost by Russia since 2022.").map((c) => c[1])).toEqual(["RU"]);
  });
  it("reads an equipment-loss list in sections: 'Ukraine - N, of which: …', then 'Item (N, of which destroyed: N, captured: N)'", () => {
    const page = "Counting Lost Vehicles: A Visual Record of Ukrainian Losses\n\nOnly losses with photo or video evidence are listed.\n\nUkraine - 8,000, of which: destroyed: 5,500, captured: 1,200\nHowitzers (700, of which destroyed: 500, damaged: 90, abandoned: 10, captured: 100)";
    expect(brief(page, "2025-03-01").map((c) => [c[1], c[2], c[3], c[5]])).toEqual([
      ["UA", "artillery", 700, null],
      ["UA", "artillery", 500, null],
      ["UA", "artillery", 90, null],
      ["UA", "artillery", 10, null],
      ["UA", "artillery", 100, null],
    ]);
  });
  it("finds the role's antecedent in the text ('Ukraine's air force' in a headline) and the capital a sentence opens with", () => {
    const text = "Ukraine's air force: 40 of 66 drones downed\n\nAir defences shot down 40 of the drones, the air force said.\n\nIn Moscow, the Defence Ministry said it had destroyed 18 Ukrainian drones.";
    expect(brief(text).slice(1).map((c) => [c[1], c[3], c[5]])).toEqual([["RU", 40, "UA"], ["UA", 18, "RU"]]);
  });
  it("does not read drones that hit targets as lost", () => {
    expect(brief("Russia launched 50 drones overnight, Ukraine's air force said. Of those, 30 were shot down and 12 drones hit targets in Odesa.").map((c) => c[3])).toEqual([30]);
  });
  it("gives ground with no agent to the taker before, not to a third-party source; 'its forces' to the source", () => {
    const text = "Russian troops took 610 km² in March, the Institute for the Study of War said. By its reckoning, the advance slowed to 480 km² in April.";
    expect(brief(text).map((c) => [c[1], c[3], c[5]])).toEqual([["RU", 610, "US"], ["RU", 480, "US"]]);
    const own = "Ukrainian troops retook 30 km² near Kupiansk, DeepState said. Russia's defence ministry said its forces had captured 12 villages.";
    expect(brief(own).map((c) => [c[0], c[1]])).toEqual([["territory_km2", "UA"], ["settlements", "RU"]]);
  });
  it("reads a source cited in closing brackets on a list line", () => {
    expect(brief("Russian gains in May: 450 km² (DeepState)").map((c) => [c[1], c[3], c[5]])).toEqual([["RU", 450, "UA"]]);
  });
  it("reads the paragraphs under a heading that names a source in that source's voice", () => {
    const page = "Two counts\n\nUkraine's General Staff\n\nOn Monday alone, 7 tanks were destroyed.\n\nRussia's Defence Ministry\n\nOver the past day, 4 tanks were destroyed.\n\nBy Anna Lee, Reuters\n\nThe war goes on.";
    expect(brief(page, "2025-10-08").map((c) => [c[1], c[3], c[5]])).toEqual([["RU", 7, "UA"], ["UA", 4, "RU"]]);
  });
  it("reads 'puts tank losses at N' as equipment", () => {
    expect(brief("Oryx puts Russian tank losses at 4,100.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "tanks", 4100]]);
  });
  it("carries a digest's source into a paragraph that names none, and 'the report' back to it", () => {
    const digest = [
      "BERLIN, June 2. Russia lost 1,050 soldiers over the day, Ukraine's General Staff announced on Monday.",
      "Northern units repelled nine assaults. Invaders lost 14 tanks there, the General Staff added.",
      "Southern units struck two depots. The invaders lost 30 artillery systems in that sector.",
      "According to the report, Russia has also lost 9,870 tanks since 2022.",
    ].join("\n\n");
    expect(brief(digest).map((c) => [c[3], c[5]])).toEqual([
      [1050, "UA"],
      [14, "UA"],
      [30, "UA"],
      [9870, "UA"],
    ]);
  });
  it("does not give civilians the side of the weapon named before them in their sentence", () => {
    const text = "Russian shelling killed two people in the Kherson region.\n\nIn Bilozerka, a drone struck a bus stop and wounded two women aged 54 and 67, the head of the Bilozerka community said.";
    expect(brief(text).map((c) => c.slice(0, 4))).toEqual([
      ["civilians_killed", "UA", null, 2],
      ["civilians_wounded", "UA", null, 2],
    ]);
  });
  it("does not give ground taken to the side that describes its source between commas", () => {
    const text = "Russian forces captured 507 km² in May, our analysts found.\n\nDeepState, the Ukrainian open-source mapping project, arrived at a lower figure of 449 km² for the month.\n\nThe Russian Ministry of Defence claimed the capture of 32 settlements in May.";
    expect(brief(text).map((c) => c.slice(0, 4))).toEqual([
      ["territory_km2", "RU", null, 507],
      ["territory_km2", "RU", null, 449],
      ["settlements", "RU", null, 32],
    ]);
  });
  it("gives both sides a swap's figure 'each' when the sides go unnamed, and its soldiers named as a part", () => {
    expect(brief("The two sides swapped 270 soldiers each.").map((c) => c.slice(0, 4))).toEqual([
      ["captured", "RU", null, 270],
      ["captured", "UA", null, 270],
    ]);
    expect(brief("On Friday, the two sides swapped 390 people each, among them 270 soldiers and 120 civilians, Kyiv said.").map((c) => c.slice(0, 4)).sort()).toEqual([
      ["captured", "RU", null, 270],
      ["captured", "UA", null, 270],
    ]);
  });
  it("gives settlements a side claims to have captured to that side, whoever took ground just before", () => {
    const text = "Ukrainian counterattacks regained around 15 km² near Pokrovsk during the month.\n\nThe Russian Ministry of Defence claimed the capture of 32 settlements in May.";
    expect(brief(text, "2025-06-02").map((c) => c.slice(0, 4))).toEqual([
      ["territory_km2", "UA", null, 15],
      ["settlements", "RU", null, 32],
    ]);
  });
  it("reads an estimate of a force's size ('put the whole force … at around 15,000') as a deployment", () => {
    const text = "South Korea's spy agency said North Korea had sent about 11,000 troops to Russia.\n\nThe agency put the whole force sent to Russia at around 15,000.";
    expect(brief(text, "2025-04-30").map((c) => c.slice(0, 4))).toEqual([
      ["troops_deployed", "KP", null, 11000],
      ["troops_deployed", "KP", null, 15000],
    ]);
  });
  it("gives 'wounded another 12' the verb right before it, not the figure before's", () => {
    expect(brief("Russian shelling killed three civilians and wounded another 12 in Kherson.").map((c) => c.slice(0, 4))).toEqual([
      ["civilians_killed", "UA", null, 3],
      ["civilians_wounded", "UA", null, 12],
    ]);
    expect(brief("Over the month, the brigade killed 612 occupiers and wounded another 874.").map((c) => c.slice(0, 4))).toEqual([
      ["killed", "RU", null, 612],
      ["wounded", "RU", null, 874],
    ]);
  });
  it("reads 'wounded' before the soldiers counted as describing them when another verb says what happened", () => {
    expect(brief("Kyiv said its forces had captured two wounded North Korean soldiers in Kursk.").map((c) => c.slice(0, 4))).toEqual([["captured", "KP", null, 2]]);
    expect(brief("In addition, 22 seriously wounded Ukrainian soldiers came home.").map((c) => c.slice(0, 4))).toEqual([["captured", "UA", null, 22]]);
    expect(brief("The attack wounded 40 Ukrainian soldiers.").map((c) => c.slice(0, 4))).toEqual([["wounded", "UA", null, 40]]);
  });
  it("reads a bare figure a side gave for its own dead, named earlier in the sentence", () => {
    expect(brief("Russia has not disclosed its own dead since September 2022, when it acknowledged 5,937.").map((c) => c.slice(0, 4))).toEqual([["killed", "RU", null, 5937]]);
    expect(brief("Moscow has not said how many of its soldiers have died, and the last official figure, 5,937, is from 2022.").map((c) => c.slice(0, 4))).toEqual([["killed", "RU", null, 5937]]);
  });
  it("reads prisoners 'handed back' or 'sent back' as returned, not sent", () => {
    expect(brief("84 — Russian servicemen handed back to Russia in return, the Russian defence ministry said.").map((c) => c.slice(0, 4))).toEqual([["captured", "RU", null, 84]]);
  });
  it("reads executions and prisoners who died as deaths, and civilians killed since an invasion as no side's of the invader", () => {
    expect(brief("Russian forces executed nine Ukrainian soldiers in July after they had surrendered.").map((c) => c.slice(0, 4))).toEqual([["killed", "UA", null, 9]]);
    expect(brief("The group documented the executions of at least 79 Ukrainian servicemen.").map((c) => c.slice(0, 4))).toEqual([["killed", "UA", null, 79]]);
    expect(brief("Vartova has documented 206 Ukrainian prisoners of war who died in Russian custody.").map((c) => c.slice(0, 4))).toEqual([["killed", "UA", null, 206]]);
    expect(brief("Ukraine holds 6,000 Russian prisoners of war.").map((c) => c.slice(0, 4))).toEqual([["captured", "RU", null, 6000]]);
    expect(brief("Since Russia's full-scale invasion, the UN mission has confirmed that 13,883 civilians have been killed in Ukraine.").map((c) => c.slice(0, 4))).toEqual([["civilians_killed", "UA", null, 13883]]);
  });
  it("counts a town's bare dead and injured as its civilians, but not in a count of soldiers' deaths by region", () => {
    expect(brief("Tkachenko now speaks of 11 dead and 124 injured in Kyiv.").map((c) => c.slice(0, 4))).toEqual([
      ["civilians_killed", "UA", null, 11],
      ["civilians_wounded", "UA", null, 124],
    ]);
    const named = "Mediazona has confirmed the deaths of 2,300 Russian soldiers from Buryatia.\n\nThe city of Irkutsk accounts for 512 of the dead.";
    expect(brief(named).map((c) => c.slice(0, 4))).toEqual([
      ["killed", "RU", null, 2300],
      ["killed", "RU", null, 512],
    ]);
  });
  it("reads the lines of a list of prisoners coming home as captured, and lets no later list inherit it as losses", () => {
    const text = "By service, the defenders released today are:\n\nArmed Forces of Ukraine — 108;\nNational Guard of Ukraine — 21;\n\nUkraine received:\n\n31 Abrams tanks;\n300 Bradley vehicles.";
    expect(brief(text).map((c) => c.slice(0, 4))).toEqual([
      ["captured", "UA", null, 108],
      ["captured", "UA", null, 21],
    ]);
  });
  it("counts the bare injured of a sentence about civilians as civilians", () => {
    const text = "That is how many civilians the UN human rights monitoring mission verified as killed in Ukraine in April, along with 1,146 injured.";
    expect(brief(text, "2025-05-28").map((c) => c.slice(0, 4))).toEqual([["civilians_wounded", "UA", null, 1146]]);
  });
  it("counts 'N of the dead' after a civilian toll as civilians, not soldiers", () => {
    const text = "Some 3,000 Russian soldiers were killed near Avdiivka last month, Kyiv said.\n\nA missile hit a market in Sumy on Friday, killing 12 civilians and injuring 40. Four of the dead were children, the governor said. Nine of the injured are still in hospital.";
    expect(brief(text).map((c) => c.slice(0, 4))).toEqual([
      ["killed", "RU", null, 3000],
      ["civilians_killed", "UA", null, 12],
      ["civilians_wounded", "UA", null, 40],
      ["civilians_killed", "UA", null, 4],
      ["civilians_wounded", "UA", null, 9],
    ]);
  });
  it("keeps a present deployment when only another clause plans more", () => {
    expect(brief("Seoul's spy agency said Pyongyang now has about 12,000 soldiers in Kursk, and that it may send more troops in spring.").map((c) => c.slice(0, 4))).toEqual([["troops_deployed", "KP", null, 12000]]);
    expect(brief("Seoul's spy agency said Pyongyang may send about 5,000 more soldiers in spring.")).toEqual([]);
  });
  it("gives 'his'/'its' people to the source that speaks of them", () => {
    expect(brief("Ramzan Kadyrov said in March that some 4,000 of his fighters had died in the fighting.").map((c) => c.slice(0, 4))).toEqual([["killed", "RU", null, 4000]]);
  });
  it("reads 'N of them' against the figure of the sentence before", () => {
    expect(brief("Overnight Russia launched 120 attack drones at Ukraine, the air force said. Air defences shot down 95 of them.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "drones", 95]]);
  });
  it("reads 'N of them fatally' as killed, 'taken N wounded soldiers prisoner' as captured, 'the destruction of' as a loss", () => {
    expect(brief("Kyiv said 2,000 Russian soldiers were killed or wounded, 500 of them fatally.").map((c) => c.slice(0, 4))).toEqual([
      ["casualties", "RU", null, 2000],
      ["killed", "RU", null, 500],
    ]);
    expect(brief("Kyiv's marines said they had taken three wounded Russian paratroopers prisoner near Sudzha.").map((c) => c.slice(0, 4))).toEqual([["captured", "RU", null, 3]]);
    expect(brief("The ministry claimed the destruction of 45 Ukrainian armoured vehicles.").map((c) => c.slice(0, 3))).toEqual([["equipment_lost", "UA", "afv"]]);
  });
  it("dates each figure of a comparison by the date after it, and a since-period by its opening 'as of'", () => {
    const dated = (t: string) => extractClaims(t, { publishedAt: "2025-11-03" }).map((c) => [c.value, c.asOf]);
    expect(dated("Russian troops seized about 410 square kilometres in October, down from 480 square kilometres in September and 390 square kilometres in August.")).toEqual([
      [410, "2025-10"],
      [480, "2025-09"],
      [390, "2025-08"],
    ]);
    expect(dated("As of 31 October 2025, the mission had recorded 14,100 civilians killed and 35,900 injured since 24 February 2022.")).toEqual([
      [14100, "2025-10-31"],
      [35900, "2025-10-31"],
    ]);
  });
  it("reads the size a force 'numbered' as a deployment, and 'a drone attack' as no lost drone", () => {
    expect(brief("Around 9,000 North Korean troops reached Russia in October. By December the contingent near Kursk numbered about 12,000, the official said.").map((c) => c.slice(0, 4))).toEqual([
      ["troops_deployed", "KP", null, 9000],
      ["troops_deployed", "KP", null, 12000],
    ]);
    expect(brief("In Odesa, a Russian drone attack on a port killed four people and wounded 15 others, officials said.").map((c) => c[0])).toEqual(["civilians_killed", "civilians_wounded"]);
  });
  it("reads a bare figure compared with the one before, a people's plural as the counted noun, and 'losses, at about N'", () => {
    expect(brief("Russian troops took about 300 square kilometres in March, up from 250 in February, DeepState said.").map((c) => c.slice(0, 4))).toEqual([
      ["territory_km2", "RU", null, 300],
      ["territory_km2", "RU", null, 250],
    ]);
    expect(brief("At least 60 Kazakhs have been killed at the front, officials in Astana said.").map((c) => c.slice(0, 4))).toEqual([["killed", "KZ", null, 60]]);
    expect(brief("Ukraine's General Staff said March brought heavy Russian losses, at about 41,000.").map((c) => c.slice(0, 4))).toEqual([["casualties", "RU", null, 41000]]);
  });
  it("reads the parts of a death toll by kind and by place", () => {
    const text = "Volunteers have confirmed the names of 60,000 Russian soldiers killed in the war. Among the dead, about 9,000 were convicts. Some 3,100 were officers.\n\nMost confirmed deaths come from Buryatia (2,950) and Tuva (1,210).";
    expect(brief(text).map((c) => c.slice(0, 4))).toEqual([
      ["killed", "RU", null, 60000],
      ["killed", "RU", null, 9000],
      ["killed", "RU", null, 3100],
      ["killed", "RU", null, 2950],
      ["killed", "RU", null, 1210],
    ]);
  });
  it("reads 'the number of … could be between A and B', 'with N destroyed', and 'our list' as no side", () => {
    expect(brief("Researchers say the number of Russian military deaths could be between 150,000 and 210,000.").map((c) => c.slice(0, 5))).toEqual([["killed", "RU", null, 180000, "range"]]);
    expect(brief("Kyiv said 12 Russian aircraft had been hit, with as many as five destroyed.").map((c) => c.slice(0, 4))).toEqual([
      ["equipment_lost", "RU", "aircraft", 12],
      ["equipment_lost", "RU", "aircraft", 5],
    ]);
    expect(brief("Our reporters have named 50,000 Russian soldiers killed. At least 900 of the soldiers on our list died in Kursk, where Ukrainian forces attacked.").map((c) => c.slice(0, 4))).toEqual([
      ["killed", "RU", null, 50000],
      ["killed", "RU", null, 900],
    ]);
  });
  it("dates figures without a date of their own by the day the source gave them; 'by the end of 2024' is December", () => {
    const dated = (t: string) => extractClaims(t, { publishedAt: "2025-06-10" }).map((c) => [c.value, c.asOf]);
    expect(dated("Russia has sent about 8,000 more troops since the winter, including 2,000 who arrived in March, the ministry told reporters on May 28.")).toEqual([
      [8000, "2025-05-28"],
      [2000, "2025-03"],
    ]);
    expect(dated("Some 90,000 Russian soldiers had been killed by the end of 2024, researchers said.")).toEqual([[90000, "2024-12"]]);
  });
  it("reads 'the enemy' from the speaker's side", () => {
    expect(brief("The Russian Defence Ministry said the enemy lost up to 250 servicemen in the past day.")[0]?.slice(0, 2)).toEqual(["casualties", "UA"]);
    expect(brief("The General Staff of the Armed Forces of Ukraine said the enemy lost 1,310 troops.")[0]?.slice(0, 2)).toEqual(["casualties", "RU"]);
  });
  it("gives ground to the side that took it", () => {
    expect(brief("Russian units liberated four settlements and took control of more than 90 square kilometres, Gerasimov said.")).toEqual([
      ["settlements", "RU", null, 4, "exact", "RU"],
      ["territory_km2", "RU", null, 90, "at_least", "RU"],
    ]);
    expect(brief("Ukrainian forces hold about 500 square miles of the region.")[0]?.[3]).toBeCloseTo(1295, 0);
  });
  it("splits a breakdown into the total and the part", () => {
    const out = brief("The Russian Ministry of Defence said Ukraine lost 40 rocket launchers, including 9 HIMARS, and 12 tanks.");
    expect(out.map((c) => [c[2], c[3], c[1]])).toEqual([
      ["mlrs", 40, "UA"],
      ["mlrs", 9, "UA"],
      ["tanks", 12, "UA"],
    ]);
  });
  it("reads a ministry loss list line by line, with the daily change", () => {
    const text = [
      "The General Staff of the Armed Forces of Ukraine reports that the total combat losses of the enemy amounted to:",
      "personnel — about 790,000 (+1,500) persons",
      "tanks — 9,600 (+7)",
      "artillery systems — 21,000 (+30)",
    ].join("\n");
    expect(brief(text).map((c) => [c[0], c[1], c[2], c[3], c[5]])).toEqual([
      ["casualties", "RU", null, 790000, "UA"],
      ["casualties", "RU", null, 1500, "UA"],
      ["equipment_lost", "RU", "tanks", 9600, "UA"],
      ["equipment_lost", "RU", "tanks", 7, "UA"],
      ["equipment_lost", "RU", "artillery", 21000, "UA"],
      ["equipment_lost", "RU", "artillery", 30, "UA"],
    ]);
  });
  it("carries an attribution to the sentence that continues it", () => {
    const out = extractClaims("Ukraine's General Staff said Russia lost 1,200 troops in the past day. It put total Russian losses at about 790,000.", { publishedAt: "2025-01-20" });
    expect(out.map((c) => c.sourceParty)).toEqual(["UA", "UA"]);
  });
  it("counts civilians for the country they live in", () => {
    expect(brief("A missile strike on Dnipro killed four people and injured 19 others, the governor said.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 4],
      ["civilians_wounded", "UA", 19],
    ]);
  });
  it("emits nothing for numbers that are not figures", () => {
    expect(brief("The 155th Marine Brigade, founded in 2009, lost its 40-year-old commander on Aug. 6; a T-90 costs $4.5 million and 30% of voters agree.")).toEqual([]);
    expect(brief("Read more: Ukraine destroys 12 Russian tanks near Pokrovsk")).toEqual([]);
    expect(brief("Ukraine received 31 Abrams tanks from the United States.")).toEqual([]);
  });
  it("never throws on odd input", () => {
    for (const t of ["", "\n\n\n", "1,2,3,4,5", "((((", "between and", "—".repeat(1000), "9".repeat(400)]) {
      expect(() => extractClaims(t, { publishedAt: null })).not.toThrow();
    }
  });
});

describe("extractClaims, figures that lean on their neighbours", () => {
  it("reads km² and the square miles beside them once", () => {
    expect(brief("Russian troops captured about 260 km² (100 sq mi) of Ukrainian territory in September.")).toEqual([["territory_km2", "RU", null, 260, "approx", null]]);
  });
  it("reads the owner and verb inside 'the number of … at'", () => {
    expect(brief("The spy agency puts the number of North Korean soldiers killed so far at about 2,000.").map((c) => c.slice(0, 4))).toEqual([["killed", "KP", null, 2000]]);
  });
  it("gives a day's share the metric of the total it belongs to", () => {
    const out = brief("Ukraine's General Staff said Russian losses had reached 1,000,340 since February 2022 – with 1,140 in the past day.");
    expect(out.map((c) => [c[0], c[1], c[3]])).toEqual([
      ["casualties", "RU", 1000340],
      ["casualties", "RU", 1140],
    ]);
  });
  it("does not count equipment that is fired, nor its munitions", () => {
    expect(brief("Russia launched 90 drones and four missiles overnight, Ukraine's air force said.")).toEqual([]);
    expect(brief("Russia launched 90 drones overnight, of which 61 were shot down, Ukraine's air force said.").map((c) => [c[0], c[1], c[2], c[3]])).toEqual([["equipment_lost", "RU", "drones", 61]]);
  });
});

describe("extractClaims, parts and wholes", () => {
  it("counts the part shot down, not the whole launched", () => {
    expect(brief("Ukraine's air force said it had shot down 66 of 103 drones launched by Russia overnight.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "drones", 66]]);
  });
  it("lets a part say its own fate", () => {
    expect(brief("Zelensky said the North Korean army had suffered 3,000 casualties, of whom 300 were killed.").map((c) => c.slice(0, 4))).toEqual([
      ["casualties", "KP", null, 3000],
      ["killed", "KP", null, 300],
    ]);
  });
  it("keeps the parenthesis a source's name closes", () => {
    expect(extractClaims("Ukraine's Main Intelligence Directorate (HUR) said about 200 North Korean troops had been killed.", { publishedAt: "2025-01-01" })[0]?.attributedTo).toBe("Ukraine's Main Intelligence Directorate (HUR)");
  });
});

describe("extractClaims, sides from the verbs", () => {
  it("reads the side of a unit from the losses it reports", () => {
    expect(extractClaims("The 47th Mechanized Brigade said it had destroyed 15 Russian tanks near Avdiivka.", { publishedAt: "2025-04-01" }).map((c) => [c.party, c.item, c.sourceParty])).toEqual([["RU", "tanks", "UA"]]);
  });
  it("does not read 'bodies of' as a verb done by the side before it", () => {
    expect(brief("Ukraine has repatriated the bodies of 563 soldiers killed in the war.").map((c) => c.slice(0, 2))).toEqual([["killed", "UA"]]);
  });
  it("dates an enumeration by the date that closes it", () => {
    const out = extractClaims("The ministry said 3 Su-25 jets and 2 Ka-52 helicopters were downed by Ukrainian forces in March.", { publishedAt: "2025-04-01" });
    expect(out.map((c) => c.asOf)).toEqual(["2025-03", "2025-03"]);
  });
});

describe("extractClaims, news-wire habits", () => {
  it("dates a total counted since a day to the report, and a day's tally to the report too", () => {
    const out = extractClaims(
      "Russia has lost 790,660 troops since the beginning of its full-scale invasion on Feb. 24, 2022, the General Staff of Ukraine's Armed Forces reported on Jan. 2. This number includes 1,380 casualties Russian forces suffered over the past day.",
      { publishedAt: "2025-01-02" },
    );
    expect(out.map((c) => [c.metric, c.party, c.value, c.asOf, c.sourceParty])).toEqual([
      ["casualties", "RU", 790660, "2025-01-02", "UA"],
      ["casualties", "RU", 1380, "2025-01-02", "UA"],
    ]);
  });
  it("reads a source's own forces and leaves planned deployments out", () => {
    expect(brief("The Kremlin said it had 617,000 troops in the special military operation zone.")).toEqual([["troops_deployed", "RU", null, 617000, "exact", "RU"]]);
    expect(brief("An estimated 100,000 North Korean troops could be sent, a South Korean lawmaker warned.")).toEqual([]);
  });
  it("finds nothing in page furniture and aid figures", () => {
    const page = "Updated 5 hours ago\nShare\n1,234 comments\nKyiv has requested 25 Patriot systems and at least 120 F-16 jets.\nFollow us: 2.1M followers\nNato's Article 5 commits all 32 members to mutual defence.";
    expect(brief(page)).toEqual([]);
  });
});

describe("extractClaims, more wire phrasing", () => {
  it("reads 'N out of M' as the part", () => {
    expect(brief("Ukraine's air force said it downed 47 out of 72 Russian drones overnight.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "drones", 47]]);
  });
  it("gives ground a side lost to the other side", () => {
    expect(brief("Ukraine has lost control of about 100 square kilometres in the Kharkiv region, the ISW said.").map((c) => c.slice(0, 2))).toEqual([["territory_km2", "RU"]]);
  });
  it("places unnamed officials where the strike was", () => {
    const [c] = brief("At least 35 people were killed when a Russian missile struck the centre of Sumy, officials said.");
    expect([c?.[0], c?.[1], c?.[5]]).toEqual(["civilians_killed", "UA", "UA"]);
  });
  it("reads 'the number of X has surpassed N'", () => {
    expect(brief("The number of Russian soldiers killed in Ukraine has surpassed 100,000, according to a count by the BBC.").map((c) => c.slice(0, 4))).toEqual([["killed", "RU", null, 100000]]);
  });
});

describe("extractClaims, sources in participles and citations", () => {
  it("takes the source a think tank cites", () => {
    expect(brief("The Institute for the Study of War, a Washington think tank, cited a Ukrainian special operations unit as saying its troops had killed 50 North Korean soldiers.")[0]?.[5]).toBe("UA");
  });
  it("reads the subject of ', saying' as the source when nothing else speaks", () => {
    expect(brief("Russia's Defense Ministry offered its own count on Tuesday, saying Ukrainian forces had lost up to 1,265 troops over the past day.")[0]).toEqual(["casualties", "UA", null, 1265, "at_most", "RU"]);
  });
  it("reads a bare figure that was lost as the people before it", () => {
    expect(brief("Ukraine's General Staff said Russian losses had reached 1,000,340 – with 1,140 lost in a single day.").map((c) => c.slice(0, 4))).toEqual([
      ["casualties", "RU", null, 1000340],
      ["casualties", "RU", null, 1140],
    ]);
  });
});

describe("extractClaims, bulletins in prose", () => {
  it("reads totals with the day's change in brackets before the noun", () => {
    expect(brief("The General Staff reported that Russia had lost 9,677 (+5) tanks and 20,053 (+29) armored fighting vehicles.").map((c) => [c[2], c[3]])).toEqual([
      ["tanks", 9677],
      ["tanks", 5],
      ["afv", 20053],
      ["afv", 29],
    ]);
  });
  it("reads KIA and WIA", () => {
    expect(brief("The brigade said 12 Russian soldiers were KIA and 30 WIA in the assault.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "RU", 12],
      ["wounded", "RU", 30],
    ]);
  });
  it("counts troops 'in Ukraine' as deployed", () => {
    expect(brief("Russia is estimated to have between 600,000 and 700,000 troops in Ukraine, the Pentagon said.")).toEqual([["troops_deployed", "RU", null, 650000, "range", "US"]]);
  });
});

describe("extractClaims, who holds the ground", () => {
  it("does not give ground to the country it belongs to", () => {
    expect(brief("Russia now occupies about 18% of Ukraine, roughly 113,000 square kilometres.").map((c) => c.slice(0, 2))).toEqual([["territory_km2", "RU"]]);
  });
  it("reads the taker in 'with Russian forces taking …'", () => {
    expect(brief("The pace of Russian gains slowed in January, with Russian forces taking approximately 430 square kilometres.").map((c) => c.slice(0, 2))).toEqual([["territory_km2", "RU"]]);
  });
});

describe("extractClaims, sizes of forces", () => {
  it("reads 'out of N that X had sent' as a deployment of the same troops", () => {
    expect(brief("Miller said at least 8,000 North Korean soldiers were now in the Kursk region, out of about 10,000 that Pyongyang had sent to Russia.").map((c) => c.slice(0, 4))).toEqual([
      ["troops_deployed", "KP", null, 8000],
      ["troops_deployed", "KP", null, 10000],
    ]);
  });
  it("reads the size of an invading force as a deployment", () => {
    expect(brief("The Ukrainian army invaded the Kursk region with a force that the Defence Ministry estimated at more than 10,000 troops.").map((c) => c.slice(0, 4))).toEqual([["troops_deployed", "UA", null, 10000]]);
  });
});

describe("extractClaims, a bulletin run into one sentence", () => {
  it("reads each 'label ‒ total (+daily)' item, and no zero daily change", () => {
    const text = "The General Staff of the Armed Forces of Ukraine said the total combat losses of the enemy were approximately: personnel ‒ about 733,140 (+1,640) people, tanks ‒ 9,436 (+17), aircraft ‒ 369 (+0).";
    expect(brief(text).map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      ["casualties", "RU", null, 733140],
      ["casualties", "RU", null, 1640],
      ["equipment_lost", "RU", "tanks", 9436],
      ["equipment_lost", "RU", "tanks", 17],
      ["equipment_lost", "RU", "aircraft", 369],
    ]);
  });
});

describe("extractClaims, estimates with their parts", () => {
  it("reads 'put X casualties at N, of whom as many as M may have died' for X, the part as killed", () => {
    expect(brief("A 2025 paper by the Royal United Services Institute (RUSI), a London think tank, put Russian casualties at about 900,000, of whom as many as 200,000 may have died.").map((c) => [c[0], c[1], c[2], c[3], c[4], c[5]])).toEqual([
      ["casualties", "RU", null, 900000, "approx", "GB"],
      ["killed", "RU", null, 200000, "at_most", "GB"],
    ]);
  });
});

describe("extractClaims, whose losses a total sums", () => {
  it("takes the side named before the loss noun for 'its total passed N'", () => {
    const text = "Pyongyang's troops took heavy losses, officials in Seoul said.\n\nKyiv's General Staff publishes Russian casualties each day; its tally passed 1,000,000 in June.";
    expect(brief(text).at(-1)?.slice(0, 4)).toEqual(["casualties", "RU", null, 1000000]);
  });
  it("reads 'losses had passed N' as a toll, and a side named with its military intelligence is no force", () => {
    expect(brief("Kyiv's military intelligence agency went further: in May it said North Korean losses had exceeded 4,000 killed and wounded.")[0]?.slice(0, 4)).toEqual(["casualties", "KP", null, 4000]);
    expect(brief("In May the agency said North Korean losses had passed 4,000.")[0]?.slice(0, 5)).toEqual(["casualties", "KP", null, 4000, "at_least"]);
  });
});

describe("extractClaims, a pronoun after a source in the same sentence", () => {
  it("gives 'it' the source named before it in its sentence, not the last one of the sentence before", () => {
    const text = "South Korea's spy agency said 300 North Korean soldiers had died.\n\nKyiv's defence intelligence has given other figures: in February it said 4,000 North Korean soldiers had been killed or wounded.";
    expect(brief(text).at(-1)).toEqual(["casualties", "KP", null, 4000, "exact", "UA"]);
  });
});

describe("extractClaims, whose civilians", () => {
  it("counts civilians where they were, not for the attacker or the authorities that report them", () => {
    expect(brief("The number of people killed in Russia's night attack on Odesa has risen to 14, officials said.")[0]?.slice(0, 4)).toEqual(["civilians_killed", "UA", null, 14]);
    expect(brief("In parts of Ukraine occupied by the Russian Federation, Russian-installed officials said 11 civilians were killed and 40 injured.").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["civilians_killed", "UA", 11, "RU"],
      ["civilians_wounded", "UA", 40, "RU"],
    ]);
  });
  it("reads members of a family as civilians", () => {
    expect(brief("Three members of one family, including a baby, were killed in a strike on Lviv, the governor said.")[0]?.slice(0, 4)).toEqual(["civilians_killed", "UA", null, 3]);
  });
  it("reads the people of a toll's part by the toll ('5,900 dead, including 10 generals')", () => {
    expect(brief("The project has identified 4,800 Russian officers killed, including 9 generals.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "RU", 4800],
      ["killed", "RU", 9],
    ]);
  });
});

describe("extractClaims, equipment by fate and loss wording", () => {
  it("reads every fate of a breakdown, abandoned and captured by the other side included", () => {
    expect(brief("Of the 2,600 Ukrainian vehicles on the list, 1,900 were destroyed, 240 abandoned and 460 captured by Russian troops.").map((c) => [c[1], c[2], c[3]])).toEqual([
      ["UA", "vehicles", 2600],
      ["UA", "vehicles", 1900],
      ["UA", "vehicles", 240],
      ["UA", "vehicles", 460],
    ]);
  });
  it("does not read 'has' before a participle as equipment put to use", () => {
    expect(brief("Attrition has eased: we counted 75 Russian tanks lost in April.")[0]?.slice(0, 4)).toEqual(["equipment_lost", "RU", "tanks", 75]);
    expect(brief("Russia has 75 tanks in reserve near the border.")).toEqual([]);
  });
  it("counts 'among them a …' as one of the whole before", () => {
    expect(brief("Kyiv's forces lost 40 troops and four guns, among them a Caesar howitzer, the ministry said.").map((c) => [c[2], c[3]])).toEqual([
      [null, 40],
      ["artillery", 4],
      ["artillery", 1],
    ]);
  });
  it("reads 'lost N soldiers killed' as killed, 'lost N soldiers killed or wounded' as casualties", () => {
    expect(brief("He said Russia had lost roughly 200,000 soldiers killed.")[0]?.slice(0, 2)).toEqual(["killed", "RU"]);
    expect(brief("Russia lost 1,000 soldiers killed or wounded.")[0]?.slice(0, 2)).toEqual(["casualties", "RU"]);
  });
});

describe("extractClaims, deaths and units that report their own", () => {
  it("reads 'put Russian deaths at N' as killed", () => {
    expect(brief("Moscow keeps its toll secret, but Western estimates put Russian deaths at more than 100,000.")[0]?.slice(0, 5)).toEqual(["killed", "RU", null, 100000, "at_least"]);
  });
  it("does not turn a unit that tells its own dead in the passive into the other side", () => {
    expect(brief("Three Ukrainian soldiers were killed in the shelling, the brigade said.")[0]?.[5]).toBeNull();
    expect(brief("The 93rd Brigade said it had destroyed 11 Russian tanks.")[0]?.[5]).toBe("UA");
  });
});

describe("extractClaims, a side's own bodies on a page in its voice", () => {
  it("gives 'the General Staff' the page's side when the page speaks in one side's words and names no other", () => {
    expect(brief("The occupiers lost 1,150 personnel over the past day, the General Staff said.")[0]?.slice(0, 6)).toEqual(["casualties", "RU", null, 1150, "exact", "UA"]);
    // Named with no country and no page voice, a general staff is placed by the side whose losses it reports.
    expect(brief("Russia lost 900 soldiers over the day, the General Staff said.")[0]?.[5]).toBe("UA");
  });
});

describe("extractClaims, tolls of strikes on towns", () => {
  it("reads the bare dead and injured of a strike on a town as its civilians", () => {
    expect(brief("A Russian missile strike on Chernihiv left 9 dead and 33 injured, the governor said.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 9],
      ["civilians_wounded", "UA", 33],
    ]);
    expect(brief("Ukrainian shelling of Belgorod killed 2 and injured 7, the governor said.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "RU", 2],
      ["civilians_wounded", "RU", 7],
    ]);
    expect(brief("The death toll in Odesa stands at 11, officials said.")[0]?.slice(0, 4)).toEqual(["civilians_killed", "UA", null, 11]);
  });
  it("keeps soldiers' tolls military and leaves headlines without a period alone", () => {
    expect(brief("A strike on Russian positions near Kursk killed 40 soldiers, Kyiv said.")[0]?.slice(0, 2)).toEqual(["killed", "RU"]);
    expect(brief("Missile attack on Zaporizhzhia kills 13, wounds dozens")).toEqual([]);
  });
  it("skips the link list under a 'More on this story' heading", () => {
    expect(brief("Kyiv said 300 Russian soldiers died.\n\nMore on this story\nRussia says 40 Ukrainian tanks destroyed\nStrike on Sumy kills 9\n\nThe war goes on.")).toHaveLength(1);
  });
});

describe("extractClaims, counts after a counting verb and parts by time", () => {
  it("reads 'X losses of Y rose …: we recorded N' as N of X's Y, and its 'among them' part", () => {
    expect(brief("Ukrainian losses of artillery grew this spring: we recorded 64 in April alone, among them 20 Krab howitzers.").map((c) => [c[1], c[2], c[3]])).toEqual([
      ["UA", "artillery", 64],
      ["UA", "artillery", 20],
    ]);
  });
  it("reads 'N of them last autumn and about M in a second rotation' as two parts", () => {
    expect(brief("Seoul says Pyongyang has sent about 14,000 troops, roughly 11,000 of them last autumn and about 3,000 in a second rotation.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["troops_deployed", "KP", 14000],
      ["troops_deployed", "KP", 11000],
      ["troops_deployed", "KP", 3000],
    ]);
  });
  it("gives the parts of a swap's mixed total ('N of them servicemen and M civilians') the swap's verb", () => {
    expect(brief("Ukraine brought home 84 people, 33 of them civilians and 51 servicemen, the headquarters said.").map((c) => [c[0], c[1], c[3]])).toEqual([["captured", "UA", 51]]);
    expect(brief("The two sides each released 390 people, 270 of them military personnel and 120 civilians.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["captured", "RU", 270],
      ["captured", "UA", 270],
    ]);
  });
});

describe("extractClaims, ministry weekly wording and prisoners' holders", () => {
  it("leaves counts of counterattacks alone and gives losses inflicted to the other side", () => {
    expect(brief("Over the week, Battlegroup West repelled 31 counterattacks and inflicted losses of up to 2,900 servicemen, the ministry in Moscow said.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["casualties", "UA", 2900],
    ]);
    expect(brief("The enemy carried out 79 air strikes and 4,383 attacks on positions.")).toEqual([]);
    expect(brief("Air defences shot down 45 attack drones, Kyiv's air force said.")[0]?.slice(1, 4)).toEqual(["RU", "drones", 45]);
  });
  it("does not take the side holding prisoners for theirs ('84 soldiers from Russian captivity')", () => {
    expect(brief("Ukraine brought home 84 soldiers from Russian captivity, Zelensky said.")[0]?.slice(0, 2)).toEqual(["captured", "UA"]);
  });
});

describe("extractClaims, two sides' claims about ground in one sentence", () => {
  it("reads 'X claims N, while Y says it has recaptured M' with each side's source and ground", () => {
    expect(brief("Moscow claims to have taken 35 villages this year, while Kyiv says it has recaptured 9 villages.").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["settlements", "RU", 35, "RU"],
      ["settlements", "UA", 9, "UA"],
    ]);
  });
  it("gives ground the enemy was pushed out of to the side that pushed", () => {
    expect(brief("Ukrainian forces have pushed Russian troops out of 120 square kilometres near Kupiansk, Syrskyi said.")[0]?.slice(0, 4)).toEqual(["territory_km2", "UA", null, 120]);
  });
});

describe("extractClaims, parts by place", () => {
  it("reads 'including 48 over the Bryansk region and 21 over the Kursk region' as two parts", () => {
    expect(brief("Russia's defence ministry said its forces shot down 121 Ukrainian drones, including 48 over the Bryansk region and 21 over the Kursk region.").map((c) => [c[1], c[2], c[3]])).toEqual([
      ["UA", "drones", 121],
      ["UA", "drones", 48],
      ["UA", "drones", 21],
    ]);
  });
});

describe("extractClaims, those who died", () => {
  it("does not give soldiers who 'died' to the side opposite the speaker", () => {
    expect(brief("Ukraine's army said 40 soldiers died in the shelling of the base.")[0]?.slice(0, 2)).toEqual(["killed", null]);
    expect(brief("Ukraine's army said it killed 40 soldiers near the base.")[0]?.slice(0, 2)).toEqual(["killed", "RU"]);
  });
});

describe("extractClaims, answers to a question", () => {
  it("reads 'puts the number at N' after a question by the question's verb", () => {
    const text = "Seoul said 4,700 North Korean soldiers were killed or wounded.\n\nQ: How many North Korean soldiers have died?\n\nA: The spy agency puts the number at about 2,000.";
    expect(brief(text).at(-1)?.slice(0, 4)).toEqual(["killed", "KP", null, 2000]);
  });
});

describe("extractClaims, 'of them' after people named without a figure", () => {
  it("counts 'N of them' as the people the sentence before named", () => {
    const text = "The list leaves out the North Korean troops sent to Kursk. Kyiv's intelligence said in May that about 900 of them had died.";
    expect(brief(text)[0]?.slice(0, 4)).toEqual(["killed", "KP", null, 900]);
  });
});

describe("extractClaims, the same equipment named again", () => {
  it("gives equipment named again without its owner the owner of the same kind's loss just before", () => {
    const text = "Kyiv's security service said its drones had hit 34 Russian aircraft at three airbases.\n\nWestern officials said about 15 aircraft had been hit, with as many as 8 destroyed.";
    expect(brief(text).map((c) => [c[1], c[2], c[3]])).toEqual([
      ["RU", "aircraft", 34],
      ["RU", "aircraft", 15],
      ["RU", "aircraft", 8],
    ]);
  });
  it("leaves a side's own report of the enemy's losses to the speaker rule", () => {
    const text = "Ukraine's army said it destroyed 10 Russian tanks near Siversk.\n\nRussia's defence ministry said 4 tanks were destroyed in the south.";
    expect(brief(text).map((c) => [c[1], c[3]])).toEqual([
      ["RU", 10],
      ["UA", 4],
    ]);
  });
});

describe("extractClaims, headlines and carried sources", () => {
  it("gives a headline line the source of the sentence under it that states its figure", () => {
    const text = "Number of injured climbs to 31\n\nAt least 31 people have been injured in Dnipro, the State Emergency Service said.";
    expect(brief(text).map((c) => [c[3], c[5]])).toEqual([
      [31, "UA"],
      [31, "UA"],
    ]);
  });
  it("reads 'Air force: N drones downed' as the air force's, and 'N troops in a day' as a day's figure, not a rate", () => {
    expect(brief("Ukraine's air force reported on the night.\n\nAir force: 312 drones downed or jammed")[0]?.slice(1, 6)).toEqual(["RU", "drones", 312, "exact", "UA"]);
    expect(brief("Russia lost 910 troops in a day, Kyiv said.")[0]?.slice(0, 4)).toEqual(["casualties", "RU", null, 910]);
  });
  it("does not carry a source on through a paragraph whose only number is no claim ('14.20 BST')", () => {
    const text = "Russia lost 900 soldiers, Ukraine's General Staff said.\n\nRussia also lost 12 tanks, the General Staff said.\n\n14.20 BST\n\nRussian troops took 3 villages last week.";
    expect(brief(text).at(-1)?.slice(0, 6)).toEqual(["settlements", "RU", null, 3, "exact", null]);
  });
});

describe("extractClaims, tables of people by place and fate", () => {
  it("reads 'Region | Killed | Injured' rows as civilians of the row's place, one claim per column", () => {
    const text = "Civilian casualties by region, according to regional authorities\nRegion | Killed | Injured\nOdesa | 11 | 52\nKursk | 3 | 19";
    expect(brief(text).map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 11],
      ["civilians_wounded", "UA", 52],
      ["civilians_killed", "RU", 3],
      ["civilians_wounded", "RU", 19],
    ]);
  });
  it("ends a list at a heading line: a key-figures box does not inherit the side or source of the list before", () => {
    const text = "Weapons the United States has delivered, per the Pentagon:\n• 31 Abrams tanks\n• 39 HIMARS launchers\n\nKey figures\nKilled: 300\nWounded: 2,700";
    expect(brief(text).map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["killed", null, 300, null],
      ["wounded", null, 2700, null],
    ]);
  });
});

describe("extractClaims, equipment tallies that go on", () => {
  it("reads 'The figures … also include N' as more of the same side's losses", () => {
    const text = "According to Kyiv, Russian losses since the invasion include 10,900 tanks and 31,000 artillery systems.\n\nThe figures, which could not be verified, also include 1,290 multiple rocket launchers.";
    expect(brief(text).at(-1)?.slice(0, 4)).toEqual(["equipment_lost", "RU", "mlrs", 1290]);
  });
  it("counts 'destroyed a Leopard tank and two Bradleys' as one tank and two IFVs, but no lone 'a' outside a list", () => {
    expect(brief("Russia's ministry said its forces had destroyed a German-made Leopard tank and two US-made Bradley fighting vehicles.").map((c) => [c[1], c[2], c[3]])).toEqual([
      ["UA", "tanks", 1],
      ["UA", "ifv", 2],
    ]);
    expect(brief("The ministry said its forces had destroyed a tank near Kurakhove.")).toEqual([]);
  });
});

describe("extractClaims, toll headings", () => {
  it("reads a city's toll and an injured count among civilian tolls as civilians, a side's toll as soldiers", () => {
    const text = "Odesa death toll rises to 9\n\nRescuers found more bodies, bringing the number of people killed in the city to 9, the governor said.\n\nNumber of injured climbs to 31\n\nRussia's death toll in Kursk rises to 500";
    expect(brief(text).map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 9],
      ["civilians_killed", "UA", 9],
      ["civilians_wounded", "UA", 31],
      ["killed", "RU", 500],
    ]);
  });
});

describe("extractClaims, places already named", () => {
  it("does not read 'the two towns' after ground taken as more ground taken", () => {
    const text = "Russian forces captured 5 villages last week.\n\nRussian troops pressed on in Pokrovsk and Myrnohrad but have not yet surrounded the Ukrainian units in the two towns.\n\nThat compared with 3 villages the week before.";
    expect(brief(text).map((c) => [c[0], c[1], c[3]])).toEqual([
      ["settlements", "RU", 5],
      ["settlements", "RU", 3],
    ]);
  });
});

describe("extractClaims, a verb after an aside", () => {
  it("reads 'and N, including M children, injured' as the injured of the people before, the aside's part too", () => {
    expect(brief("The monitors counted 210 civilians, including 12 children, killed in May, and 1,020, including 64 children, injured.").map((c) => [c[0], c[3]])).toEqual([
      ["civilians_killed", 210],
      ["civilians_killed", 12],
      ["civilians_wounded", 1020],
      ["civilians_wounded", 64],
    ]);
  });
});

describe("extractClaims, parts of a list of the dead", () => {
  it("reads 'Among the names are N men …' after a count of dead as parts of it, in its source's voice", () => {
    const text = "Mediazona has confirmed the names of 98,000 Russian soldiers killed.\n\nThe count relies on obituaries.\n\nAmong the names are more than 16,000 men recruited from prisons and at least 4,100 officers, including 8 generals.";
    expect(brief(text).map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["killed", "RU", 98000, "RU"],
      ["killed", "RU", 16000, "RU"],
      ["killed", "RU", 4100, "RU"],
      ["killed", "RU", 8, "RU"],
    ]);
  });
  it("still leaves people being recruited alone", () => {
    expect(brief("The army is recruiting about 30,000 volunteers, officials said.")).toEqual([]);
  });
});

describe("extractClaims, sizes of armies", () => {
  it("reads 'forces number about N troops' and 'has N soldiers inside Ukraine' as deployments, each for its own side", () => {
    expect(brief("Russia's forces number about 700,000 troops, the general said, while Ukraine has some 900,000 soldiers under arms inside Ukraine.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["troops_deployed", "RU", 700000],
      ["troops_deployed", "UA", 900000],
    ]);
  });
  it("still shares the owner across a provenance ('of US manufacture')", () => {
    expect(brief("The enemy lost 40 troops, two howitzers of US manufacture and an electronic warfare station, the ministry of Russia said.").map((c) => c[1])).toEqual(["UA", "UA", "UA"]);
  });
});

describe("extractClaims, a source named after its figures", () => {
  it("gives 'This was reported by X' to the unattributed figures of the paragraph before", () => {
    const text = "Kyiv says the war went on.\n\nRussia lost about 1,210 soldiers over the past day, bringing its total losses since the invasion to 980,460.\n\nThis was reported by the General Staff of Ukraine's Armed Forces on Telegram.";
    expect(extractClaims(text, { publishedAt: "2025-06-01" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([
      [1210, "the General Staff of Ukraine's Armed Forces", "UA"],
      [980460, "the General Staff of Ukraine's Armed Forces", "UA"],
    ]);
  });
  it("leaves figures that name their own source, and those two paragraphs back, alone", () => {
    const text = "Russia lost 900 soldiers, Britain said.\n\nRussia lost 1,100 soldiers on Monday.\n\nThis was reported by the General Staff of Ukraine.\n\nRussia lost 700 soldiers on Sunday.\n\nThe town is quiet.\n\nThis was reported by the mayor of Kharkiv.";
    expect(extractClaims(text, { publishedAt: "2025-06-01" }).map((c) => c.sourceParty)).toEqual(["GB", "UA", null]);
  });
});

describe("extractClaims, tables with a column per side", () => {
  it("gives each figure of a row the side of its column and the row's first cell for what is counted", () => {
    const text = "Our running count of photographed losses.\n\nConfirmed losses since the invasion\nType | Russia | Ukraine\nMain battle tanks | 3,950 | 1,120\nHelicopters | 148 | 47";
    expect(brief(text).map((c) => [c[0], c[1], c[2], c[3], c[5]])).toEqual([
      ["equipment_lost", "RU", "tanks", 3950, null],
      ["equipment_lost", "UA", "tanks", 1120, null],
      ["equipment_lost", "RU", "helicopters", 148, null],
      ["equipment_lost", "UA", "helicopters", 47, null],
    ]);
  });
});

describe("extractClaims, list headers that name the side that destroyed", () => {
  it("gives a list headed 'X forces have destroyed:' or 'destroyed by X forces:' to the other side", () => {
    const active = "The General Staff said on Tuesday that Ukrainian defenders have destroyed:\n9,870 (+6) tanks;\n20,410 (+15) armoured combat vehicles;";
    expect(brief(active).map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      ["equipment_lost", "RU", "tanks", 9870],
      ["equipment_lost", "RU", "tanks", 6],
      ["equipment_lost", "RU", "afv", 20410],
      ["equipment_lost", "RU", "afv", 15],
    ]);
    expect(brief("Equipment destroyed by Russian forces over the week:\ntanks - 14\nartillery systems - 22").map((c) => c[1])).toEqual(["UA", "UA"]);
  });
  it("keeps a list headed by the side that lost for that side", () => {
    expect(brief("Ukraine lost in the same week:\ntanks - 9").map((c) => c[1])).toEqual(["UA"]);
  });
});

describe("extractClaims, wire story habits", () => {
  it("reads a bare figure whose people come before and whose verb comes after", () => {
    expect(brief("The soldiers, who are among some 11,000 sent by Pyongyang last autumn, have been used in frontal assaults.").map((c) => c.slice(0, 4))).toEqual([["troops_deployed", "KP", null, 11000]]);
  });
  it("reads 'seizing' ground and leaves the size of assault waves alone", () => {
    expect(brief("Ukraine launched its incursion on Aug. 6, seizing about 1,300 square kilometers (500 square miles) at its peak.").map((c) => c.slice(0, 4))).toEqual([["territory_km2", "UA", null, 1300]]);
    expect(brief("\"They are sent in waves of 20 to 30 men,\" a Ukrainian officer said.")).toEqual([]);
  });
});

describe("extractClaims, prisoner exchanges", () => {
  it("counts prisoners who came home as captured, for their own side", () => {
    expect(brief("On Friday, Ukraine received 270 of its soldiers in the exchange; on Saturday, 307 more Ukrainian servicemen came home.").map((c) => c.slice(0, 4))).toEqual([
      ["captured", "UA", null, 270],
      ["captured", "UA", null, 307],
    ]);
    expect(brief("Russia's Defense Ministry said 303 Russian servicemen had been returned from territory controlled by Kyiv.").map((c) => c.slice(0, 4))).toEqual([["captured", "RU", null, 303]]);
  });
  it("does not read recruits received or troops returned to the front as prisoners", () => {
    expect(brief("Ukraine received 5,000 new recruits this month.")).toEqual([]);
    expect(brief("About 2,000 Ukrainian soldiers returned to the front after training.").map((c) => c[0])).not.toContain("captured");
  });
  it("gives prisoners taken to the other side of the taker", () => {
    expect(brief("Kyiv said it had taken 594 Russian prisoners in less than three weeks.").map((c) => c.slice(0, 4))).toEqual([["captured", "RU", null, 594]]);
  });
});

describe("extractClaims, owners after adjectives and shared figures", () => {
  it("reads the owner after 'dead'", () => {
    expect(brief("In the Kursk region we have found at least 3,700 dead Russian servicemen.").map((c) => c.slice(0, 4))).toEqual([["killed", "RU", null, 3700]]);
  });
  it("gives 'X and Y each' the figure once for each side", () => {
    expect(brief("Russia and Ukraine each handed over 303 prisoners of war on May 25.").map((c) => c.slice(0, 5))).toEqual([
      ["captured", "RU", null, 303, "exact"],
      ["captured", "UA", null, 303, "exact"],
    ]);
  });
});

describe("extractClaims on random war-report word salad", () => {
  it("returns schema-valid claims whose sentences slice the text, and never throws", () => {
    const words = ["Russia", "lost", "1,000", "soldiers", "(+5)", "tanks", "—", "the", "enemy", "said", ",", ".", "\n", "of", "whom", "300", "killed", "Ukraine's", "General", "Staff", "according", "to", "about", "between", "and", "10,000–12,000", "km²", "square", "miles", "villages", "liberated", "civilians", "injured", "“", "”", "including", "a", "one", "dozen", "thousands", "N.", "Korean", "troops", "sent", "Kursk", "since", "Aug.", "6", "last", "month", "2024", ":", "•", "personnel", "[3]", "$5", "30%", "T-72", "5/8", "GEN.", "RYDER:", "Q:", "it", "out", "per", "day", "more", "than", "up", "nearly", "three", "half", "million", "2.3bn", "10 lakh", "10,00,340"];
    // A small linear congruential generator: the same salad on every run, so a failure can be replayed.
    let seed = 20250120;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      let t = "";
      const len = 1 + Math.floor(next() * 60);
      for (let k = 0; k < len; k++) t += words[Math.floor(next() * words.length)] + (next() < 0.8 ? " " : "");
      const claims = extractClaims(t, { publishedAt: next() < 0.2 ? null : "2025-01-20", outlet: next() < 0.5 ? "TASS" : null });
      for (const c of claims) {
        expect(ClaimSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
        expect(t.slice(c.start, c.end)).toBe(c.sentence);
      }
    }
  });
});

describe("extractClaims, other wars", () => {
  it("leaves the figures of other wars alone", () => {
    expect(brief("About 27 million Soviet citizens were killed in the Second World War.")).toEqual([]);
    expect(brief("North Korea lost some 400,000 soldiers in the Korean War.")).toEqual([]);
  });
});

describe("extractClaims, people of a place who fell fighting", () => {
  it("counts residents killed defending a country or at the front as that country's soldiers", () => {
    expect(brief("Lviv city council said 640 residents of the city have been killed defending Ukraine since 2022.").map((c) => c.slice(0, 4))).toEqual([["killed", "UA", null, 640]]);
    expect(brief("The regional administration said 1,200 residents of the region had died at the front.").map((c) => c[0])).toEqual(["killed"]);
  });
  it("leaves residents killed in a strike as civilians", () => {
    expect(brief("A Russian strike on Lviv killed 7 residents of the city, the mayor said.").map((c) => c[0])).toEqual(["civilians_killed"]);
  });
});

describe("extractClaims, the target of a strike", () => {
  it("gives soldiers killed by a strike on a side's base to that side, not to the attacker", () => {
    expect(brief("A Russian missile strike on a base of the Ukrainian Air Force killed 9 soldiers and wounded 20, the Air Force command said.").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["killed", "UA", 9, "UA"],
      ["wounded", "UA", 20, "UA"],
    ]);
  });
});

describe("extractClaims, a side fronted before the sentence", () => {
  it("gives a figure the side named in 'For Ukraine,' and the people counted before in 'Of these,'", () => {
    expect(brief("The study put Russian casualties at 900,000. For Ukraine, it put casualties at about 400,000.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["casualties", "RU", 900000],
      ["casualties", "UA", 400000],
    ]);
    expect(brief("British intelligence puts Russian casualties at 900,000. Of these, British intelligence judges that 200,000 personnel have been killed.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["casualties", "RU", 900000],
      ["killed", "RU", 200000],
    ]);
  });
});

describe("extractClaims, bodies handed back", () => {
  it("gives bodies received from a side to that side's opponent", () => {
    expect(brief("In May, Ukraine received 900 bodies from Russia.").map((c) => [c[0], c[1], c[3]])).toEqual([["killed", "UA", 900]]);
    expect(brief("In May, Ukraine received 900 bodies from Russia and handed back 40.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "UA", 900],
      ["killed", "RU", 40],
    ]);
    expect(brief("Officials in Kyiv said 500 bodies that Moscow says are those of Ukrainian soldiers had arrived.").map((c) => [c[0], c[1], c[3]])).toEqual([["killed", "UA", 500]]);
  });
});

describe("extractClaims, parts by place after 'followed by … with'", () => {
  it("gives each place's figure the toll's metric and side", () => {
    expect(brief("Dagestan leads the list with 3,100 dead Russian soldiers, followed by Tuva with 1,200 and the Omsk region with 900.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "RU", 3100],
      ["killed", "RU", 1200],
      ["killed", "RU", 900],
    ]);
  });
});

describe("extractClaims, parts with a fate of their own", () => {
  it("reads 'a further N who are missing', 'N are held in captivity' and 'brought home N soldiers'", () => {
    expect(brief("The list names 5,000 dead Ukrainian servicemen and a further 3,000 or so who are missing.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "UA", 5000],
      ["missing", "UA", 3000],
    ]);
    expect(brief("The council said 90 Ukrainian soldiers from the town have been killed; another 12 are missing, and 7 are held in Russian captivity.").map((c) => [c[0], c[3]])).toEqual([
      ["killed", 90],
      ["missing", 12],
      ["captured", 7],
    ]);
    expect(brief("The exchange on Oct. 2 brought home 185 Ukrainian soldiers.").map((c) => [c[0], c[1], c[3]])).toEqual([["captured", "UA", 185]]);
  });
});

describe("extractClaims, parts of a loss by the forces faced", () => {
  it("gives a second part after 'facing its … group' the loss of the first, not a deployment", () => {
    expect(brief("The ministry said the enemy had lost up to 300 servicemen facing its Vostok group near Pokrovsk and up to 120 in the zone of the Yug group.", "2025-01-20", "TASS").map((c) => [c[0], c[3]])).toEqual([
      ["casualties", 300],
      ["casualties", 120],
    ]);
  });
});

describe("extractClaims, a roll of the named dead", () => {
  it("counts 'N names' and 'men we can name' after a count of dead soldiers as dead, and not without one", () => {
    expect(brief("The list holds 40,000 dead Russian soldiers. Kazan accounts for 700 names. Tuva has lost at least 300 men we can name.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "RU", 40000],
      ["killed", "RU", 700],
      ["killed", "RU", 300],
    ]);
    expect(brief("The petition gathered 700 names.")).toEqual([]);
  });
});

describe("extractClaims, a sent force beside a planned one", () => {
  it("keeps a deployment whose clause goes on with 'and is preparing to dispatch' more, and leaves the plan out", () => {
    expect(brief("North Korea sent 11,000 troops. It has also sent about 1,000 deminers to the Kursk region and is preparing to dispatch 5,000 builders.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["troops_deployed", "KP", 11000],
      ["troops_deployed", "KP", 1000],
    ]);
  });
  it("does not give the speaker's side to a deployment whose subject is 'It' spoken of", () => {
    expect(brief("Seoul's spy agency said Pyongyang has sent 11,000 troops to Russia. It has also sent about 1,000 deminers to the Kursk region, a South Korean lawmaker said.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["troops_deployed", "KP", 11000],
      ["troops_deployed", "KP", 1000],
    ]);
  });
});

describe("extractClaims, a swap of N each", () => {
  it("gives 'the two sides swapped N prisoners each' to both sides", () => {
    expect(brief("On Friday Ukraine and Russia swapped 84 prisoners of war each, Kyiv said.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["captured", "UA", 84],
      ["captured", "RU", 84],
    ]);
  });
});

describe("extractClaims, 'N of them' after people named in the same sentence", () => {
  it("counts the dead named before 'of them' with their side and fate", () => {
    expect(brief("The project, which tracks Russian soldiers whose deaths have been made public, has named more than 90,000 of them.").map((c) => [c[0], c[1], c[3]])).toEqual([["killed", "RU", 90000]]);
  });
});

describe("extractClaims, a toll named as 'it'", () => {
  it("reads 'a total of Russian losses …; … it passed N' as that toll", () => {
    expect(brief("Kyiv publishes a total of Russian losses every morning; in May it passed 900,000.").map((c) => [c[0], c[1], c[3]])).toEqual([["casualties", "RU", 900000]]);
  });
  it("gives civilians to the place struck, not to the side that strikes", () => {
    const text = "A Russian glide-bomb attack on central Kharkiv killed dozens of people on Thursday.\n\nBy Friday the toll had risen to 19, including three children, regional officials said. Another 54 residents were hurt.\n\nCity engineers said 40 homes were damaged.";
    expect(brief(text).map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 19],
      ["civilians_killed", "UA", 3],
      ["civilians_wounded", "UA", 54],
      ["buildings_damaged", "UA", 40],
    ]);
  });
  it("reads a toll that includes children as civilians, with no place named", () => {
    expect(brief("The death toll climbed to 12 overnight, including two children, rescuers said.").map((c) => [c[0], c[3]])).toEqual([
      ["civilians_killed", 12],
      ["civilians_killed", 2],
    ]);
  });
  it("gives the dead from a Russian region, and their parts, to Russia", () => {
    const text = "By 1 June we had verified the deaths of 1,420 men from the Omsk region who had served in the Russian army. At least 300 of the dead were recruited in prisons by the Wagner group. The city of Omsk accounts for 610 of the dead, Tara for 45 and Isilkul for 38. We found 52 officers among the dead.";
    expect(brief(text, "2025-06-10").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["killed", "RU", 1420],
      ["killed", "RU", 300],
      ["killed", "RU", 610],
      ["killed", "RU", 45],
      ["killed", "RU", 38],
      ["killed", "RU", 52],
    ]);
  });
  it("takes the side people fought for when it follows them", () => {
    expect(brief("Some 80 volunteers who fought on the Ukrainian side have been killed, the association said.").map((c) => [c[0], c[1], c[3]])).toEqual([["killed", "UA", 80]]);
  });
  it("gives civilians of a sentence with no place to the place named just before, over the article's usual place", () => {
    const text = "Belgorod had a calm week.\n\nThe quiet did not reach Odesa. Late on Tuesday a Russian drone slammed into a block of flats near the port. Nine people were killed, two of them teenagers.\n\nBelgorod's mayor spoke of Belgorod again. Belgorod.";
    expect(brief(text).map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 9],
      ["civilians_killed", "UA", 2],
    ]);
  });
  it("reads a toll whose verb comes far after it", () => {
    expect(brief("Lviv: The death toll from Monday's Russian missile strike on three residential buildings in the old town rose to 14 on Wednesday.").map((c) => [c[0], c[1], c[3]])).toEqual([["civilians_killed", "UA", 14]]);
  });
  it("reads what a loss tracker lists as losses, and a side named after the equipment", () => {
    expect(brief("WarSpotting, for its part, lists 61 Russian helicopters. WarSpotting also counts four Patriot launchers damaged on the Ukrainian side.").map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      ["equipment_lost", "RU", "helicopters", 61],
      ["equipment_lost", "UA", "air_defense", 4],
    ]);
  });
  it("reads a table's column of losses and leaves its other columns of figures alone", () => {
    const text = "Western-supplied artillery: delivered and documented lost (WarSpotting, May 2025)\nSystem | Supplied by | Delivered | Lost\nM109 howitzer | United States | 200 | 41\nPzH 2000 | Germany | 28 | 6";
    expect(brief(text, "2025-06-01").map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      ["equipment_lost", "UA", "artillery", 41],
      ["equipment_lost", "UA", "artillery", 6],
    ]);
    const monthly = "Estimated Russian casualties by month, 2025\nMonth | Average per day | Month total\nFebruary | 1,300 | 36,400\nMarch | 1,250 | 38,750";
    expect(brief(monthly, "2025-06-06").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["casualties", "RU", 36400],
      ["casualties", "RU", 38750],
    ]);
  });
  it("reads a bare figure that arrived as the troops named just before, and evidence cited as no source", () => {
    const text = "North Korean artillery crews were seen near Kursk in November.\n\nKyiv's military intelligence, citing intercepted phone calls, said on Friday that some 3,000 more had arrived since then.";
    expect(brief(text, "2025-01-20").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([["troops_deployed", "KP", 3000, "UA"]]);
  });
  it("reads 'put X's dead at between A and B' as the dead, and not the age of the dead", () => {
    expect(brief("A Western think tank put Russia's military dead at between 150,000 and 210,000.").map((c) => [c[0], c[1], c[3], c[4]])).toEqual([["killed", "RU", 180000, "range"]]);
    expect(brief("The average age of the dead rose from 31 to 36 over the year.")).toEqual([]);
  });
  it("resolves 'according to him' to the official named before, and a Ukrainian command by its name", () => {
    const text = "Russian forces shelled 12 villages of the Kherson region overnight. This was reported by the head of the Kherson Regional Military Administration, Oleksandr Prokudin, on Monday.\n\nAccording to him, one woman was killed and three people were injured.\n\nThe Eastern Defence Forces said the enemy lost 120 soldiers killed and wounded over the day.";
    expect(brief(text).map((c) => [c[0], c[3], c[5]])).toEqual([
      ["civilians_killed", 1, "UA"],
      ["civilians_wounded", 3, "UA"],
      ["casualties", 120, "UA"],
    ]);
  });
  it("reads the same count at an earlier time, and a source after a time phrase", () => {
    const text = "ISW said Russian forces gained 610 square kilometres in March. In February the institute had counted 480 square kilometres, and in January just over 400.";
    expect(brief(text, "2025-04-03").map((c) => [c[0], c[1], c[3], c[4], c[5]])).toEqual([
      ["territory_km2", "RU", 610, "exact", "US"],
      ["territory_km2", "RU", 480, "exact", "US"],
      ["territory_km2", "RU", 400, "at_least", "US"],
    ]);
  });
  it("takes the source of a study published by a body, and a pronoun for a source that opened the sentence before", () => {
    const text = "A report released last week by the Royal United Services Institute estimated about 600,000 Russian casualties.\n\nMediazona has kept a list of named Russian dead since 2022. By May they had confirmed the deaths of 98,000 soldiers.";
    expect(brief(text, "2025-06-01").map((c) => [c[0], c[3], c[5]])).toEqual([
      ["casualties", 600000, "GB"],
      ["killed", 98000, "RU"],
    ]);
  });
  it("takes each table row's source from its Source column", () => {
    const text = "Estimates of losses\nSide | Estimate | Category | Source\nRussia | 41,000 | killed and wounded | General Staff (Ukraine)[4]\nNorth Korea | 2,500 | killed and wounded | NIS (South Korea)[5]";
    expect(brief(text, "2025-03-01").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["casualties", "RU", 41000, "UA"],
      ["casualties", "KP", 2500, "KR"],
    ]);
  });
  it("gives a swap's figure 'from each side' to both sides, dated once for both", () => {
    expect(brief("Another 205 soldiers from each side were released on Sunday, the mediators said.", "2025-06-03").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["captured", "RU", 205],
      ["captured", "UA", 205],
    ]);
    expect(new Set(extractClaims("Another 205 soldiers from each side were released on Sunday.", { publishedAt: "2025-06-03" }).map((c) => c.asOf))).toEqual(new Set(["2025-06-01"]));
  });
  it("leaves the Soviet war in Afghanistan out", () => {
    expect(brief("The Soviet Union lost about 15,000 soldiers in a decade in Afghanistan; Russia has lost far more in Ukraine.")).toEqual([]);
  });
  it("does not take an upper-case list label ('MLRS: 1,428 (+1)') for a transcript speaker", () => {
    const text = "Russian losses as of August 1, according to the General Staff of the Armed Forces of Ukraine:\n\nTanks: 11,020 (+4)\nMLRS: 1,428 (+1)\nAPV: 22,910 (+12)";
    expect(brief(text, "2025-08-01").map((c) => [c[2], c[3], c[5]])).toEqual([
      ["tanks", 11020, "UA"],
      ["tanks", 4, "UA"],
      ["mlrs", 1428, "UA"],
      ["mlrs", 1, "UA"],
      ["afv", 22910, "UA"],
      ["afv", 12, "UA"],
    ]);
  });
  it("reads a 'by the numbers' line: a figure, a dash, what it counts", () => {
    const text = "The week in numbers\n\n4,820 — Russian troops killed or wounded in seven days, according to Ukraine's General Staff.\n\n6 — villages the Russian ministry says its forces captured, four of them near Pokrovsk.";
    expect(brief(text, "2025-08-16").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([
      ["casualties", "RU", 4820, "UA"],
      ["settlements", "RU", 6, "RU"],
    ]);
  });
  it("gives what 'our drone operators and artillery destroyed' to the other side", () => {
    expect(brief("Our drone operators and artillery destroyed 11 tanks in May, the Ukrainian brigade said.").map((c) => [c[0], c[1], c[3]])).toEqual([["equipment_lost", "RU", 11]]);
  });
  it("reads 'It also lost' as the side counted just before, and leaves two sides' joint total and the war's day out", () => {
    const text = "Russia lost about 31,000 soldiers in June, the agency said. It also lost 150 tanks in that month.\n\nRussia and North Korea together lost more than 50,000 soldiers in Kursk, Kyiv says.\n\nRussian losses on day 1,227 of the war: 1,050 personnel.";
    expect(brief(text, "2025-07-05").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["casualties", "RU", 31000],
      ["equipment_lost", "RU", 150],
      ["casualties", "RU", 1050],
    ]);
  });
  it("keeps a force 'fighting in Ukraine' a deployment when a second reported clause speaks of losses", () => {
    expect(brief("The agency assesses that Russia has some 600,000 soldiers fighting in Ukraine and that it can replace its losses.").map((c) => [c[0], c[1], c[3]])).toEqual([["troops_deployed", "RU", 600000]]);
  });
  it("reads a speaker label on a line of its own, with a parenthesis, as a transcript's speaker", () => {
    const text = "Transcript: press conference of Danish Defence Minister Troels Pedersen\n\nMINISTER PEDERSEN (via interpreter):\n\nThank you. Our intelligence service assesses that Russia has about 610,000 troops in Ukraine.\n\nQUESTION (a reporter):\n\nHow many tanks has Russia lost this year?";
    expect(brief(text, "2025-04-11").map((c) => [c[0], c[3], c[5]])).toEqual([["troops_deployed", 610000, "DK"]]);
  });
  it("gives civilians killed by one side's attacks to the other side, and the UN monitors' tolls to Ukraine", () => {
    expect(brief("Since 2023 more than 180 civilians have died in the region as a result of Ukrainian shelling, the governor said.").map((c) => [c[0], c[1], c[3]])).toEqual([["civilians_killed", "RU", 180]]);
    expect(brief("That brings the number of civilians the UN has verified as killed this year to more than 2,100.").map((c) => [c[0], c[1], c[3], c[5]])).toEqual([["civilians_killed", "UA", 2100, null]]);
  });
  it("reads the dead and injured of a town that 'got hit' as its civilians", () => {
    expect(brief("Odesa got hit hard overnight, and the city administration says 3 dead and 19 injured so far.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 3],
      ["civilians_wounded", "UA", 19],
    ]);
  });
});

describe("extractClaims, parts of a civilian toll and people who are no toll", () => {
  it("reads 'Of the injured, N remain in hospital' and 'of whom N were taken to hospital' as the injured, not the dead or a force", () => {
    expect(brief("A Russian missile hit Kyiv, killing 23 people and injuring 63. Of the injured, 39 remain in hospitals.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 23],
      ["civilians_wounded", "UA", 63],
      ["civilians_wounded", "UA", 39],
    ]);
    expect(brief("The city said 14 people had been killed in Odesa and 38 injured, of whom 27 were taken to hospital.").map((c) => [c[0], c[3]])).toEqual([
      ["civilians_killed", 14],
      ["civilians_wounded", 38],
      ["civilians_wounded", 27],
    ]);
  });
  it("leaves out people who gather, live or work somewhere", () => {
    expect(brief("Some 250 people gathered at the cathedral on Sunday to mourn the 14 people killed when a Russian missile hit Poltava.").map((c) => [c[0], c[3]])).toEqual([["civilians_killed", 14]]);
    expect(brief("The association supports about 1,100 Ukrainians living across the county.")).toEqual([]);
  });
  it("reads 'the number of injured … including two children' and 'the count of injured stood at' after a town's toll as civilians", () => {
    expect(brief("The number of injured has risen to 55, including two children.").map((c) => [c[0], c[3]])).toEqual([
      ["civilians_wounded", 55],
      ["civilians_wounded", 2],
    ]);
    expect(brief("Five people were killed in the attack on Izium, the mayor said. The count of injured stood at 30, the head of the Kharkiv Regional Military Administration said.").map((c) => [c[0], c[3]])).toEqual([
      ["civilians_killed", 5],
      ["civilians_wounded", 30],
    ]);
  });
  it("reads bodies recovered from rubble as civilians killed", () => {
    expect(brief("A Russian missile hit Kyiv overnight. Rescuers said 20 bodies have now been recovered from under the rubble.").map((c) => [c[0], c[1], c[3]])).toEqual([["civilians_killed", "UA", 20]]);
  });
});

describe("extractClaims, a relayed list of losses by group of forces", () => {
  it("gives a losses header that names no side the side whose losses were counted before, and its lines the header's source", () => {
    const text = "Over the past week, Ukrainian forces lost more than 13,000 servicemen, the Russian Defence Ministry said.\n\nRussian troops liberated three settlements during the week, the ministry said.\n\nLosses by group of forces, according to the ministry:\n\nSever group: up to 1,750 servicemen and 2 tanks;\nYug group: up to 4,200 servicemen and 4 tanks;";
    expect(extractClaims(text, { publishedAt: "2024-07-12" }).slice(2).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([
      ["casualties", "UA", 1750, "RU"],
      ["equipment_lost", "UA", 2, "RU"],
      ["casualties", "UA", 4200, "RU"],
      ["equipment_lost", "UA", 4, "RU"],
    ]);
  });
});

describe("extractClaims, prisoner swaps told in other words", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-07-18" }).map((c) => [c.metric, c.party, c.value]);
  it("reads 'N of our people are home' after a swap as the speaker's prisoners back", () => {
    expect(read("Russia and Ukraine each brought home 95 prisoners of war on Wednesday. “95 of our people are home,” President Volodymyr Zelensky wrote.").slice(2)).toEqual([["captured", "UA", 95]]);
  });
  it("reads 'Among them were N soldiers' after a swap as a part of the prisoners", () => {
    expect(read("Russia and Ukraine each brought home 95 prisoners of war, Ukraine's Coordination Headquarters said. Among them, the headquarters said, were 14 soldiers who had been held since the defence of Mariupol.").slice(2)).toEqual([["captured", "UA", 14]]);
  });
  it("reads 'Among them were N servicemen' a figureless sentence after the swap, with the side of the body that tells it", () => {
    expect(read("Russia and Ukraine each brought home 150 prisoners of war on Wednesday.\n\nUkraine's Coordination Headquarters for the Treatment of Prisoners of War said most of those freed had been held since 2022. Among them were 23 servicemen who had defended the city of Mariupol, the headquarters said.").slice(2)).toEqual([["captured", "UA", 23]]);
  });
  it("reads 'exchanges of 75 for 75' as both sides' prisoners once, but not the name of a deal ('a 1,000-for-1,000 swap')", () => {
    expect(read("The swap was the third since May, after exchanges of 75 for 75 on May 31 and 90 for 90 on June 25.")).toEqual([
      ["captured", "RU", 75],
      ["captured", "UA", 75],
      ["captured", "RU", 90],
      ["captured", "UA", 90],
    ]);
    expect(read("The 1,000-for-1,000 exchange agreed in Istanbul was completed last Sunday.")).toEqual([]);
  });
  it("reads a side that 'holds' the other side's soldiers as their captor", () => {
    expect(read("Lubinets has estimated that Russia still holds about 8,000 Ukrainian servicemen.")).toEqual([["captured", "UA", 8000]]);
  });
  it("does not count nationals who stayed in a country as troops", () => {
    expect(read("About 60 Thai nationals are believed to have remained in Ukraine after 2022.")).toEqual([]);
  });
});

describe("extractClaims, tolls in other nouns and a home minister", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-07-18" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("reads 'N civilian deaths and M injuries' as civilians killed and wounded", () => {
    expect(read("Between January and July, the UN mission verified 1,674 civilian deaths and 7,836 injuries in Ukraine.").map((c) => c.slice(0, 3))).toEqual([
      ["civilians_killed", "UA", 1674],
      ["civilians_wounded", "UA", 7836],
    ]);
  });
  it("reads adults who died as civilians, and a health minister named without a country as the country of the strike", () => {
    expect(read("Russian missiles hit Kyiv on Monday. Two adults died at the children's hospital, and 16 people there were hurt, said Health Minister Viktor Liashko.")).toEqual([
      ["civilians_killed", "UA", 2, "UA"],
      ["civilians_wounded", "UA", 16, "UA"],
    ]);
  });
  it("does not count political prisoners as prisoners of war", () => {
    expect(read("In Belarus itself, the human rights centre Viasna counts almost 1,400 political prisoners.")).toEqual([]);
  });
});

describe("extractClaims, a tally that goes on in the next sentence", () => {
  it("reads 'it added another N' after a total, and 'For Ukraine, the same project lists N tanks' after a count of losses", () => {
    const text = "Ukraine's General Staff puts Russia's losses since February 2022 at some 560,000 troops killed and wounded. On Monday it added another 1,140. The Dutch-based project Oryx counts more than 3,200 Russian tanks destroyed. For Ukraine, the same project lists about 880 tanks.";
    expect(extractClaims(text, { publishedAt: "2024-07-15" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["casualties", "RU", null, 560000],
      ["casualties", "RU", null, 1140],
      ["equipment_lost", "RU", "tanks", 3200],
      ["equipment_lost", "UA", "tanks", 880],
    ]);
  });
});

describe("extractClaims, 'by the numbers' lines and an official publisher's own officers", () => {
  it("reads a line that opens on a figure and a colon as what follows the colon counts", () => {
    const text = "By the numbers\n\n~600,000: Russian troops killed or wounded since February 2022, according to a U.S. official.\n41,980: Russian troops Ukraine's General Staff says were killed or wounded in October.\nAround 480 square kilometers: ground Russian forces seized in October.";
    expect(extractClaims(text, { publishedAt: "2024-11-07" }).map((c) => [c.metric, c.party, c.value, c.qualifier, c.sourceParty])).toEqual([
      ["casualties", "RU", 600000, "approx", "US"],
      ["casualties", "RU", 41980, "exact", "UA"],
      ["territory_km2", "RU", 480, "approx", null],
    ]);
  });
  it("gives officers named with the publisher's own body the publisher's country", () => {
    const text = "At the Defence Forces' weekly press briefing on Friday, the head of the Defence Forces Intelligence Centre, Colonel Ants Kiviselg, described the front.\n\nAccording to Colonel Kiviselg, the Russian armed forces captured about 130 square kilometres of Ukrainian territory over the past week.";
    expect(extractClaims(text, { publishedAt: "2024-11-01", outlet: "Estonian Defence Forces" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([["territory_km2", "RU", 130, "EE"]]);
  });
  it("does not count equipment a side sent as lost ('Of the 31 Abrams tanks we sent, …')", () => {
    expect(extractClaims("Of the 31 Abrams tanks we sent, open-source researchers count 19 Abrams destroyed, damaged or captured by Russian forces.", { publishedAt: "2024-10-31" }).map((c) => [c.item, c.value, c.attributedTo])).toEqual([["tanks", 19, "open-source researchers"]]);
  });
});

describe("extractClaims, machine-translated Russian bulletins, foreign volunteers and drones lost to jamming", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-11-01" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);
  it("reads 'the APU' as Ukraine's forces and 'UAVs of the aircraft type' as drones", () => {
    expect(read("During the day, the losses of the APU in the Kursk direction amounted to more than 300 servicemen and a tank.").map((c) => c.slice(0, 4))).toEqual([
      ["casualties", "UA", null, 300],
      ["equipment_lost", "UA", "tanks", 1],
    ]);
    expect(read("Overnight, air defences destroyed 12 Ukrainian UAVs of the aircraft type over the Kursk region.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "UA", "drones", 12]]);
  });
  it("gives foreign volunteers their own country, and a ministry in the capital the sentence opens with that country", () => {
    expect(read("The Russian defence ministry said its troops had advanced.\n\nIn Zagreb, the Ministry of Foreign and European Affairs said at least five Croatian citizens had been killed fighting for Ukraine.").map((c) => [c[0], c[1], c[3], c[4]])).toEqual([["killed", "HR", 5, "HR"]]);
  });
  it("does not count drones 'locationally lost' as downed, but keeps the figure before them", () => {
    expect(read("Air defence shot down 110 of the drones, and 27 more were locationally lost, the Air Force said.").map((c) => c[3])).toEqual([110]);
    expect(read("A further 371 drones were reported as \"locationally lost\", usually as a result of electronic warfare.")).toEqual([]);
  });
});

describe("extractClaims, ground held and taken told in passing, and the outlet confirming in its own voice", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-11-05" }).map((c) => [c.metric, c.party, c.value, c.sourceParty, c.asOf]);
  it("reads ground a side 'still held', undated by a relative clause's month", () => {
    expect(read("She also said Ukraine still held roughly 1,000 square kilometers of Russia's Kursk region, where it launched an offensive in August.")).toEqual([["territory_km2", "UA", 1000, null, "2024-11-05"]]);
  });
  it("reads a bare figure after the verb that took the ground before ('or in August, when it took 459')", () => {
    expect(read("That is more than in September, when Russia took 411 square kilometres, or in August, when it took 459.").map((c) => [c[2], c[4]])).toEqual([
      [411, "2024-09"],
      [459, "2024-08"],
    ]);
  });
  it("reads 'We could confirm the capture of 19 of them' after claimed settlements as the outlet's own count", () => {
    expect(read("Russia's defence ministry said its forces had captured 26 settlements in October. We could confirm the capture of 19 of them on the think tank's maps by the end of the month.").map((c) => [c[0], c[2], c[3]])).toEqual([
      ["settlements", 26, "RU"],
      ["settlements", 19, null],
    ]);
  });
});

describe("extractClaims, a side's military report as a list, and sources found in asides and jargon", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-20" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);
  it("reads the lines under 'the General Staff's Friday report, as published by the ministry in Kyiv:' as Russia's losses", () => {
    const text = "Here are the main lines of the General Staff's Friday report, as published by the ministry in Kyiv:\n\nPersonnel: about 213,420 (+720)\nTanks: 3,868 (+9)";
    expect(read(text).map((c) => c.slice(0, 4))).toEqual([
      ["casualties", "RU", null, 213420],
      ["casualties", "RU", null, 720],
      ["equipment_lost", "RU", "tanks", 3868],
      ["equipment_lost", "RU", "tanks", 9],
    ]);
  });
  it("finds a source past an aside ('in its update of 15 June') and a time ('on 20 June its spokesman')", () => {
    expect(read("British military intelligence, in its update of 15 June, judged that Russia had probably lost around 40 Ka-52 attack helicopters.")).toEqual([["equipment_lost", "RU", "helicopters", 40, "GB"]]);
    expect(read("Russia's Ministry of Defence has not acknowledged any loss of ground; on 20 June its spokesman said Ukrainian forces had lost 400 troops.").map((c) => [c[1], c[3], c[4]])).toEqual([["UA", 400, "RU"]]);
  });
  it("gives a speaker of no known country who talks of 'the Russian invaders' Ukraine's voice", () => {
    expect(read("Over the past day, the Russian invaders lost 117 servicemen killed, Oleksandr Petrenko, a spokesman for the southern command, said.").map((c) => [c[1], c[3], c[4]])).toEqual([["RU", 117, "UA"]]);
  });
});

describe("extractClaims, a flood's toll, Western-made equipment and a source's side fronted", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-20" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("does not read ground or places under water as taken, nor civilians missing as dead; reads the drowned as dead", () => {
    expect(read("The destruction of the Kakhovka dam on 6 June flooded some 600 km² on both banks of the Dnipro, and 80 settlements were flooded.")).toEqual([]);
    expect(read("The interior ministry says 17 people died in the flood in the Kherson region, and 31 are still missing.")).toEqual([["civilians_killed", "UA", null, 17]]);
    expect(read("The interior minister said five people had drowned in the Kherson region.")).toEqual([["civilians_killed", "UA", null, 5]]);
  });
  it("gives equipment named by the Western country that made it to Ukraine", () => {
    expect(read("Oryx had also recorded at least 4 French AMX-10 RC wheeled armoured vehicles lost.")).toEqual([["equipment_lost", "UA", "afv", 4]]);
  });
  it("does not let 'On the Ukrainian side,' before a source own a loss the clause gives to Russia", () => {
    expect(read("On the Ukrainian side, the General Staff in Kyiv said on Saturday that Russian forces had lost 640 troops over the previous day.")).toEqual([["casualties", "RU", null, 640]]);
  });
  it("does not count fighters 'ready to die' as dead", () => {
    expect(read("Prigozhin had said earlier that 25,000 of his fighters were with him and ready to die.")).toEqual([]);
  });
});

describe("extractClaims, an open-source analyst's thread", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-10" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("skips the posts' numbers, reads 'We also have N … (…) destroyed' and 'Our count for … tanks lost … is N'", () => {
    const text = "4/ Bradleys: we count at least 16 Bradley fighting vehicles lost in this sector since 7 June.\n\n8/ We also have 4 Russian self-propelled howitzers (3 2S19 Msta-S and one 2S3 Akatsiya) destroyed by loitering munitions.\n\n10/ Our count for all Ukrainian tanks lost across the southern front since 4 June is 14.";
    expect(read(text)).toEqual([
      ["equipment_lost", "UA", "ifv", 16],
      ["equipment_lost", "RU", "artillery", 4],
      ["equipment_lost", "RU", "artillery", 3],
      ["equipment_lost", "RU", "artillery", 1],
      ["equipment_lost", "UA", "tanks", 14],
    ]);
  });
});

describe("extractClaims, the freed by kind and counts of units", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-11" }).map((c) => [c.metric, c.party, c.value]);
  it("reads 'the group includes 23 defenders … and 11 officers' after a swap as parts of the freed", () => {
    expect(read("Russia and Ukraine swapped 95 prisoners each on Sunday. According to Yermak, the group includes 23 defenders of Mariupol and 11 officers.").slice(2)).toEqual([
      ["captured", "UA", 23],
      ["captured", "UA", 11],
    ]);
  });
  it("does not count the units of 'two units of 6,000 troops each', but counts '3,781 units of special equipment'", () => {
    expect(read("Zelenskyy said Moscow was preparing two units of 6,000 North Korean troops each.").map((c) => c[2])).not.toContain(2);
    expect(read("Russia has lost 3,781 units of special equipment, Ukraine's General Staff said.")).toEqual([["equipment_lost", "RU", 3781]]);
  });
});

describe("extractClaims, children killed in the war", () => {
  it("keeps children 'killed in the war' civilians, counted by their side's own authorities", () => {
    expect(extractClaims("Ukraine's Prosecutor General's office says 197 children have been killed in the war and 351 injured.", { publishedAt: "2022-04-15" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["civilians_killed", "UA", 197],
      ["civilians_wounded", "UA", 351],
    ]);
  });
});

describe("extractClaims, surrender, shares and shipping", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-04-15" }).map((c) => [c.metric, c.party, c.value]);
  it("reads marines who 'laid down their arms' as captured, and the part 'among them 162 officers' as theirs", () => {
    expect(read("The Russian defence ministry had announced that 1,026 marines of Ukraine's 36th brigade had laid down their arms in the city, among them 162 officers.")).toEqual([
      ["captured", "UA", 1026],
      ["captured", "UA", 162],
    ]);
  });
  it("does not read 'two-thirds of the forces', 'the 12,500-tonne ship' or 'five merchant vessels struck' as figures", () => {
    expect(read("A senior US defence official said that Russia had repositioned about two-thirds of the forces it had massed around Kyiv.")).toEqual([]);
    expect(read("Ukrainian officials said the 12,500-tonne ship had been hit by two Neptune missiles.")).toEqual([]);
    expect(read("At least five merchant vessels have been struck by missiles in and around Ukrainian ports since the invasion.")).toEqual([]);
  });
});

describe("extractClaims, a local authority's toll and counts of targets and formations", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-04-19" }).map((c) => [c.metric, c.party, c.value]);
  it("reads the dead a regional administration counts as civilians, but not its residents killed defending Ukraine", () => {
    expect(read("A missile hit the station in Kramatorsk. The first figures announced by the regional administration shortly after noon spoke of 39 dead.").slice(-1)).toEqual([["civilians_killed", "UA", 39]]);
    expect(read("Dnipro city council says 1,327 residents of the city have been killed defending Ukraine since 2022.")).toEqual([["killed", "UA", 1327]]);
  });
  it("does not count troop concentrations struck or a number of battalion tactical groups as people", () => {
    expect(read("Russia's Defence Ministry said its missiles had struck 1,260 military targets overnight, including 25 troop concentrations.")).toEqual([]);
    expect(read("The Pentagon said 30,000 Russian troops had been killed. It said Russia had moved 11 more battalion tactical groups into Ukraine, bringing the number inside the country to 76.").map((c) => c[2])).toEqual([30000]);
  });
});

describe("extractClaims, a side's equipment then its participle", () => {
  it("gives 'the other Ukrainian equipment destroyed as 1,587 tanks …' to Ukraine, not to the side that destroyed it", () => {
    expect(extractClaims("He listed the other Ukrainian equipment destroyed as 1,587 tanks and other armoured combat vehicles and 163 multiple rocket launchers.", { publishedAt: "2022-03-25" }).map((c) => [c.party, c.item, c.value])).toEqual([
      ["UA", "afv", 1587],
      ["UA", "mlrs", 163],
    ]);
  });
});

describe("extractClaims, an aside with a figure between the freed and their verb", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-04-02" }).map((c) => [c.metric, c.party, c.value]);
  it("reads '86 of its servicemen, including 15 women, returned home' as both, the women soldiers too", () => {
    expect(read("Ukraine said 86 of its servicemen, including 15 women, returned home on Friday in a prisoner exchange with Russia.")).toEqual([
      ["captured", "UA", 86],
      ["captured", "UA", 15],
    ]);
  });
  it("does not close such an aside at the comma inside a number", () => {
    expect(read("He put the losses of the Ukrainian armed forces at about 30,000 troops, including some 14,000 killed and around 16,000 wounded.")).toEqual([
      ["casualties", "UA", 30000],
      ["killed", "UA", 14000],
      ["wounded", "UA", 16000],
    ]);
  });
});

describe("extractClaims, a toll's verb after an aside between dashes", () => {
  it("reads 'total Russian casualties – killed, wounded, captured or missing – were likely to be between 30,000 and 40,000'", () => {
    expect(extractClaims("The official said total Russian casualties – killed, wounded, captured or missing – were likely to be between 30,000 and 40,000.", { publishedAt: "2022-03-24" }).map((c) => [c.metric, c.party, c.value, c.low, c.high])).toEqual([["casualties", "RU", 35000, 30000, 40000]]);
  });
});

describe("extractClaims, a count of several kinds and its breakdown", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-09-17" }).map((c) => [c.metric, c.party, c.item, c.value, c.asOf]);
  it("reads kinds enumerated after the count's comma as one count of other equipment", () => {
    expect(read("As of Friday, the volunteers had logged 338 Russian vehicles, guns and other systems lost in the offensive.")).toEqual([["equipment_lost", "RU", "other", 338, "2022-09-16"]]);
    expect(read("The army said it destroyed 12 Russian tanks, 30 trucks and other vehicles.").map((c) => c[2])).toEqual(["tanks", "vehicles"]);
  });
  it("reads lines under a header that breaks the losses just counted down as those losses", () => {
    const t = "As of Friday, the volunteers had logged 338 Russian vehicles lost in the offensive.\nTheir breakdown by type:\nTanks: 62\nArmored personnel carriers: 19\nRadars: 3\n\nThe road north of the town was full of them.";
    expect(read(t)).toEqual([
      ["equipment_lost", "RU", "vehicles", 338, "2022-09-16"],
      ["equipment_lost", "RU", "tanks", 62, "2022-09-16"],
      ["equipment_lost", "RU", "apc", 19, "2022-09-16"],
      ["equipment_lost", "RU", "radars", 3, "2022-09-16"],
    ]);
  });
  it("does not read a breakdown of something that is no loss", () => {
    expect(read("Britain has pledged 120 armoured vehicles to Ukraine.\nTheir breakdown by type:\nTanks: 14\nArmored personnel carriers: 19")).toEqual([]);
  });
});

describe("extractClaims, one aircraft or launcher downed", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-09-20" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("counts 'a' item right after its loss verb, with or without other figures", () => {
    expect(read("Ukraine's air force said it shot down a Russian Su-34 bomber over Kharkiv.")).toEqual([["equipment_lost", "RU", "aircraft", 1]]);
    expect(read("The ministry said its forces had killed more than 170 Ukrainian servicemen and shot down a Ukrainian Mi-8 helicopter near Kramatorsk.")).toEqual([
      ["killed", "UA", null, 170],
      ["equipment_lost", "UA", "helicopters", 1],
    ]);
    expect(read("Russian aviation shot down a Ukrainian MiG-29 fighter near Kramatorsk and destroyed two HIMARS launchers in the Mykolaiv region, the ministry said.")).toEqual([
      ["equipment_lost", "UA", "aircraft", 1],
      ["equipment_lost", "UA", "mlrs", 2],
    ]);
  });
  it("counts 'a' item that a verb of saying reports downed in the passive", () => {
    expect(read("Konashenkov said a Ukrainian Su-25 ground attack jet had been shot down near Bakhmut.")).toEqual([["equipment_lost", "UA", "aircraft", 1]]);
  });
  it("counts items enumerated 'as well as' a figure", () => {
    expect(read("Air defence shot down a Ka-52 attack helicopter and an Su-25 attack aircraft, as well as 6 Orlan-10 reconnaissance drones.").map((c) => [c[2], c[3]])).toEqual([
      ["helicopters", 1],
      ["aircraft", 1],
      ["drones", 6],
    ]);
  });
  it("does not count a factory destroyed or a drone that hit something", () => {
    expect(read("The ministry said its missiles had destroyed an armoured vehicle factory in Kyiv overnight.")).toEqual([]);
    expect(read("Officials said that a Ukrainian drone had hit a minibus, killing two people and injuring five.").map((c) => c[0])).toEqual(["civilians_killed", "civilians_wounded"]);
  });
});

describe("extractClaims, a source 'is claiming' and a side in lower case", () => {
  it("reads 'The russian ministry of defence is claiming that …' as the Russian ministry's figure", () => {
    expect(extractClaims("The russian ministry of defence is claiming that more than 3,000 Ukrainian soldiers have been killed in the south since 29 August.", { publishedAt: "2022-09-05" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([["killed", "UA", 3000, "RU"]]);
  });
  it("still reads no source from a passive ('is believed')", () => {
    expect(extractClaims("Pyongyang is believed to have sent 11,000 soldiers to Kursk.", { publishedAt: "2024-12-01" }).map((c) => c.attributedTo)).toEqual([null]);
  });
});

describe("extractClaims, an ethnicity names no side", () => {
  it("gives 'ethnic Hungarian soldiers … in the Ukrainian army' to Ukraine", () => {
    expect(extractClaims("At least 40 ethnic Hungarian soldiers from the region have died fighting in the Ukrainian army since February, the association said.", { publishedAt: "2022-09-20" }).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "UA", 40]]);
  });
});

describe("extractClaims, bodies found in a grave", () => {
  const read = (t: string, speakerOutlet: string | null = null) => extractClaims(t, { publishedAt: "2022-09-20", outlet: speakerOutlet }).map((c) => [c.metric, c.party, c.value]);
  it("gives bodies exhumed neither to the side counted before nor to the enemy of the outlet's side", () => {
    expect(read("Ukraine's General Staff now puts Russian personnel losses at roughly 55,000.\n\nAt the burial site near Izium, investigators have so far exhumed more than 140 bodies.")).toEqual([
      ["casualties", "RU", 55000],
      ["killed", null, 140],
    ]);
    expect(read("As of the evening of 19 September, 146 bodies have been exhumed from the site.", "National Police of Ukraine")).toEqual([["killed", null, 146]]);
  });
  it("still gives bodies handed over to the side that receives them", () => {
    expect(read("Ukraine's General Staff puts Ukrainian losses at 10,000.\n\nThe headquarters said it had received another 1,245 bodies on Monday.")).toEqual([
      ["casualties", "UA", 10000],
      ["killed", "UA", 1245],
    ]);
  });
});

describe("extractClaims, troops in a salient and soldiers trained", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-09-15" }).map((c) => [c.metric, c.party, c.value]);
  it("reads troops 'in the … salient' as deployed", () => {
    expect(read("We estimated that Russia had between 10,000 and 12,000 troops in the Balakliia–Izium salient.")).toEqual([["troops_deployed", "RU", 11000]]);
  });
  it("does not read soldiers who passed through a course as a force", () => {
    expect(read("More than 1,000 Ukrainian soldiers have passed through the course taught by New Zealand instructors.")).toEqual([]);
  });
});

describe("extractClaims, parts of a count of dead told with 'are'", () => {
  it("reads 'Of them, 129 are civilians … Another 17 are servicemen' after bodies exhumed as their fate's parts", () => {
    const t = 'As of 19 September, 146 bodies have been exhumed from the site. "Of them, 129 are civilians, among them four children. Another 17 are servicemen of the Armed Forces of Ukraine," the police chief said.';
    expect(extractClaims(t, { publishedAt: "2022-09-20" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["killed", null, 146],
      ["civilians_killed", "UA", 129],
      ["civilians_killed", "UA", 4],
      ["killed", "UA", 17],
    ]);
  });
  it("does not read 'Of them, N are civilians' after a count that is no toll", () => {
    expect(extractClaims("Some 300 people were detained at the border. Of them, 129 are civilians.", { publishedAt: "2022-09-20" })).toEqual([]);
  });
});

describe("extractClaims, an initialism for a source named in full", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-09-16" }).map((c) => [c.attributedTo, c.sourceParty]);
  it("gives 'MoD' the country of the Ministry of Defence the article names, before or after it", () => {
    expect(read("MoD: Ukraine has retaken around 3,000 square miles\n\nBritain's Ministry of Defence says Ukrainian forces have recaptured around 3,000 square miles.")).toEqual([
      ["MoD", "GB"],
      ["Britain's Ministry of Defence", "GB"],
    ]);
    expect(read("Britain's Ministry of Defence says Ukrainian forces have recaptured around 3,000 square miles.\n\nThe MoD said Russia had lost 50 tanks.")).toEqual([
      ["Britain's Ministry of Defence", "GB"],
      ["The MoD", "GB"],
    ]);
  });
});

describe("extractClaims, a summary line of stories between dashes", () => {
  it("gives each story its own source: 'Moscow says … – Kyiv reports 3,000 km² regained'", () => {
    expect(extractClaims("Moscow says troops being shifted to Donetsk region – Kyiv reports 3,000 km² regained since start of month – Nehammer: Europe must stay united", { publishedAt: "2022-09-11" }).map((c) => [c.metric, c.party, c.value, c.attributedTo])).toEqual([["territory_km2", "UA", 3000, "Kyiv"]]);
  });
  it("still reads a source after an aside between dashes", () => {
    expect(extractClaims("Russia lost 500 troops – a record for the month – the General Staff said.", { publishedAt: "2022-09-11" }).map((c) => c.attributedTo)).toEqual(["the General Staff"]);
  });
});

describe("extractClaims, equipment abandoned", () => {
  it("reads abandoned tanks as lost, as an open-source count does", () => {
    expect(extractClaims("I counted eleven abandoned Russian T-72B3 tanks in the video, most of them nose-down in ditches.", { publishedAt: "2022-09-17" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "RU", "tanks", 11]]);
  });
});

describe("extractClaims, losses a campaign cost and people among the dead", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-01-25" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("reads 'had cost Kyiv more than 159,000 servicemen, 766 tanks' as Ukraine's losses", () => {
    expect(read("He said the counteroffensive alone had cost Kyiv more than 159,000 servicemen, 766 tanks and 2,205 armoured vehicles since June.")).toEqual([
      ["casualties", "UA", null, 159000],
      ["equipment_lost", "UA", "tanks", 766],
      ["equipment_lost", "UA", "afv", 2205],
    ]);
  });
  it("reads people 'among the dead' and those 'the dead included' as dead, prisoners or not", () => {
    expect(read("Russia's defence ministry said 65 captured Ukrainian servicemen were among the dead on the Il-76. The dead also included three Russian servicemen escorting the prisoners, it said.")).toEqual([
      ["killed", "UA", null, 65],
      ["killed", "RU", null, 3],
    ]);
  });
});

describe("extractClaims, a body's running tally and a side's own missing", () => {
  it("reads 'The General Staff's running tally of Russian warships and boats rose to 26' as its count of ships lost", () => {
    expect(extractClaims("Ukraine's General Staff reports Russian losses daily. The General Staff's running tally of Russian warships and boats rose to 26.", { publishedAt: "2024-02-15" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty])).toEqual([["equipment_lost", "RU", "ships", 26, "UA"]]);
  });
  it("gives the missing a side reports to that side", () => {
    expect(extractClaims("Russia's defence ministry said only that one serviceman was missing.", { publishedAt: "2024-02-15" }).map((c) => [c.metric, c.party, c.value])).toEqual([["missing", "RU", 1]]);
  });
});

describe("extractClaims, an agency's relay of a ministry's briefing", () => {
  it("goes on in the ministry's voice through paragraphs in its military words, lower case or not, claims or not", () => {
    const t = [
      "MOSCOW, NOVEMBER 20. The Ukrainian armed forces lost up to 665 servicemen over the past day in the zone of the special military operation, the Russian Defence Ministry said in its daily briefing.",
      "In the Kupiansk direction, units of the Zapad group of forces repelled four attacks. The Ukrainian army lost up to 95 servicemen and a tank there.",
      "In the Krasny Liman direction, the Tsentr group's aviation struck Ukrainian manpower near Terny.",
      "In the Donetsk direction, units of the Yug group improved their positions. Ukrainian losses amounted to up to 210 servicemen.",
    ].join("\n\n");
    expect(extractClaims(t, { publishedAt: "2023-11-20" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [665, "RU"],
      [95, "RU"],
      [1, "RU"],
      [210, "RU"],
    ]);
  });
});

describe("extractClaims, mediators, the Emirates and sources that reckon", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-01-04" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("gives the Emirati ministry its country and owns no captives by a mediator's efforts", () => {
    expect(read("The Emirati foreign ministry said the exchange involved 478 captives in total.")).toEqual([["captured", null, 478, "AE"]]);
    expect(read("The ministry said the mediation brought the total number of captives released through Emirati efforts to 3,233.").map((c) => c[1])).toEqual([null]);
  });
  it("reads 'ISW reckons' as ISW's figure, and a Ukrainian commander named alone as Ukraine's", () => {
    expect(read("ISW reckons the Russians have taken about 6 square kilometres around Avdiivka since 10 October.")).toEqual([["territory_km2", "RU", 6, "US"]]);
    expect(read("According to Tarnavskyi, Russia lost more than 47,000 soldiers killed and wounded since October.")).toEqual([["casualties", "RU", 47000, "UA"]]);
  });
});

describe("extractClaims, a source's account after a colon and behind an aside in the plural", () => {
  it("reads 'the Russian MoD's version for the same day: …' in the ministry's voice", () => {
    expect(extractClaims("For balance, the Russian MoD's version for the same day: the Ukrainians lost up to 565 servicemen and three tanks.", { publishedAt: "2023-10-22" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([
      [565, "the Russian MoD", "RU"],
      [3, "the Russian MoD", "RU"],
    ]);
  });
  it("finds the source behind 'in its daily briefings', for the pronoun after it", () => {
    expect(extractClaims("Russia's defence ministry, in its daily briefings, reports Ukrainian losses in the Kherson direction. On 11 December it said that Ukrainian units there had lost up to 45 personnel.", { publishedAt: "2023-12-14" }).map((c) => [c.value, c.sourceParty])).toEqual([[45, "RU"]]);
  });
});

describe("extractClaims, a running total with its day's rise, returnees and an attack's weapons", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-01-04" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("reads 'The General Staff figure … was 294,140 Russian personnel in total, +1,380 overnight' as losses and the day's losses", () => {
    expect(read("The Ukrainian General Staff figure this morning was 294,140 Russian personnel in total, +1,380 overnight.")).toEqual([
      ["casualties", "RU", 294140, "UA"],
      ["casualties", "RU", 1380, "UA"],
    ]);
  });
  it("reads those 'the returnees included' as prisoners come home", () => {
    expect(read("The returnees included 224 Ukrainian servicemen, according to Ukraine's Coordination Headquarters for the Treatment of Prisoners of War.")).toEqual([["captured", "UA", 224, "UA"]]);
  });
  it("does not read the drones an attack involved as drones lost", () => {
    expect(read("Russian strikes killed five people, Ukrainian officials said, in an attack involving 99 missiles and 35 drones.").map((c) => c[0])).toEqual(["civilians_killed"]);
  });
});

describe("extractClaims, residents who stay and 'it' for a body named before it", () => {
  it("does not read residents still hanging on as a toll", () => {
    expect(extractClaims("In Avdiivka, where about 1,600 residents are still hanging on, the city's head said one resident was killed yesterday.", { publishedAt: "2023-10-22" }).map((c) => c.value)).toEqual([1]);
  });
  it("gives 'it' the body that opens its sentence", () => {
    expect(extractClaims("Ukraine's General Staff reports Russian losses daily.\n\nRussia's defence ministry has not published its own losses since September 2022, when it put them at 5,937 dead.", { publishedAt: "2024-01-04" }).map((c) => [c.value, c.sourceParty])).toEqual([[5937, "RU"]]);
  });
});

describe("extractClaims, a body's count of its own dead and tolls past a clause", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-01-04" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("reads 'has raised the number of its soldiers killed in a Ukrainian strike … to 89' as its own dead, in its voice", () => {
    expect(read("Russia's defence ministry has raised the number of its soldiers killed in a Ukrainian strike on a building in occupied Makiivka on New Year's night to 89.")).toEqual([["killed", "RU", 89, "RU"]]);
  });
  it("does not make a toll civilian for civilians named in a later clause", () => {
    expect(read("He put Ukrainian military casualties at about 100,000 and said some 30,000 civilians had died.").map((c) => [c[0], c[1], c[2]])).toEqual([
      ["casualties", "UA", 100000],
      ["civilians_killed", null, 30000],
    ]);
  });
  it("reads 'mobilised Russian soldiers' as Russian soldiers, for the wounded after them too", () => {
    expect(read("Ukraine's armed forces said about 400 mobilised Russian soldiers had been killed in the building and about 300 wounded.").map((c) => [c[0], c[1]])).toEqual([
      ["killed", "RU"],
      ["wounded", "RU"],
    ]);
  });
});

describe("extractClaims, convicts sent to fight and sizes that are no counts", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-02-18" }).map((c) => [c.metric, c.party, c.value]);
  it("reads 'including 1,995 former prisoners' among the dead as dead soldiers, and prisoners recruited as no POWs", () => {
    expect(read("Mediazona had identified 14,709 dead Russian soldiers by Friday, including 1,995 former prisoners.")).toEqual([
      ["killed", "RU", 14709],
      ["killed", "RU", 1995],
    ]);
    expect(read("By her count, around 50,000 prisoners had been recruited by the end of January.").filter((c) => c[0] === "captured")).toEqual([]);
  });
  it("reads no count in 'waves of ten or fifteen men' or 'five figures of casualties'", () => {
    expect(read("Several described units sent forward in waves of ten or fifteen men. So you are already in five figures of casualties.")).toEqual([]);
  });
});

describe("extractClaims, people killed in a side's service and a bare part of the freed", () => {
  const read = (t: string, pub = "2023-02-24") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);
  it("reads residents killed while serving in a legion as soldiers of their country", () => {
    expect(read("The ministry is aware of two Luxembourg residents who were killed while serving in Ukraine's International Legion, a spokeswoman said.")).toEqual([["killed", "LU", 2]]);
  });
  it("reads employees killed 'while defending Ukraine in the ranks of the Armed Forces' as Ukraine's soldiers", () => {
    expect(read("Since 24 February, 21 employees of the company have been killed: 12 of them while defending Ukraine in the ranks of the Armed Forces, and nine civilian staff killed at their workplaces.", "2022-12-16").slice(1)).toEqual([
      ["killed", "UA", 12],
      ["civilians_killed", "UA", 9],
    ]);
  });
  it("reads 'Among the freed Ukrainians were 30 who …' as prisoners come home", () => {
    expect(read("Among the freed Ukrainians were 30 who had defended Mariupol's Azovstal steelworks last spring, according to Yermak.", "2023-02-04")).toEqual([["captured", "UA", 30]]);
  });
});

describe("extractClaims, hardware moved, a negation, those supplied for and the unaccounted for", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-11-12" }).map((c) => [c.metric, c.value]);
  it("reads no claim in pieces of equipment moved, 'not one soldier' or gear 'for about 1,000 soldiers'", () => {
    expect(read("The ministry claimed that nearly 5,000 pieces of weapons and equipment had been moved across the river, and that not one soldier had been left behind.")).toEqual([]);
    expect(read("The government says it has flown cold-weather gear for about 1,000 Ukrainian soldiers on chartered cargo planes.")).toEqual([]);
  });
  it("reads no toll in residents still unaccounted for", () => {
    expect(read("He said 79 people had been wounded in the attack, 16 of them children, and that about 20 residents were still unaccounted for.")).toEqual([
      ["civilians_wounded", 79],
      ["civilians_wounded", 16],
    ]);
  });
});

describe("extractClaims, a side's last figure for its dead and a claim named by its place", () => {
  it("reads 'does not publish its running total of dead; the last figure it gave, in September, was 5,937'", () => {
    expect(extractClaims("Russia’s ministry does not publish its running total of dead; the last figure it gave, in September, was 5,937.", { publishedAt: "2023-01-04" }).map((c) => [c.metric, c.party, c.value, c.asOf])).toEqual([["killed", "RU", 5937, "2022-09"]]);
  });
  it("reads 'The Kramatorsk claim came a week after Moscow acknowledged …' as Moscow's figure", () => {
    expect(extractClaims("The Kramatorsk claim came a week after Moscow acknowledged that 89 of its soldiers had been killed in Makiivka.", { publishedAt: "2023-01-17" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([[89, "Moscow", "RU"]]);
  });
});

describe("extractClaims, a list that 'gave' more of the same losses", () => {
  it("reads 'The same list gave 24,960 tanks … and 1,630 multiple rocket launchers' after a loss list as more losses", () => {
    const t = "Russia's defence ministry said Ukraine had lost 650 aircraft and 280 helicopters since 2022. The same list gave 24,960 tanks and other armoured vehicles and 1,630 multiple rocket launchers.";
    expect(extractClaims(t, { publishedAt: "2025-08-21" }).map((c) => [c.party, c.item, c.value, c.sourceParty])).toEqual([
      ["UA", "aircraft", 650, "RU"],
      ["UA", "helicopters", 280, "RU"],
      ["UA", "afv", 24960, "RU"],
      ["UA", "mlrs", 1630, "RU"],
    ]);
  });
});

describe("extractClaims, the enemy as the agent", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2025-02-03", outlet: "Office of the Prosecutor General of Ukraine" }).map((c) => [c.metric, c.party, c.value]);
  it("gives those 'the occupiers shot dead' to the speaker's side", () => {
    expect(read("After the Ukrainian servicemen had laid down their arms, the occupiers shot five of them dead.")).toEqual([["killed", "UA", 5]]);
  });
  it("still gives 'the enemy lost 300 killed and 500 wounded' to the enemy", () => {
    expect(read("Over the past day the enemy lost 300 killed and 500 wounded.")).toEqual([
      ["killed", "RU", 300],
      ["wounded", "RU", 500],
    ]);
  });
});

describe("extractClaims, a flood's dead, people still reported missing and troops trained abroad", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-19" }).map((c) => [c.metric, c.party, c.value]);
  it("reads deaths in flooded areas as civilians", () => {
    expect(read("Ukrainian authorities reported 17 deaths in the flooded areas they control by 19 June.")).toEqual([["civilians_killed", "UA", 17]]);
  });
  it("reads no toll in people still reported missing", () => {
    expect(read("As of 15 June, Ukraine's Ministry of Internal Affairs had confirmed 16 deaths in Kherson oblast, with 31 people still reported missing.").map((c) => c[2])).toEqual([16]);
  });
  it("reads no force in troops trained in NATO countries", () => {
    expect(read("Around 63,000 Ukrainian troops had been trained in NATO countries by the end of May.")).toEqual([]);
  });
});

describe("extractClaims, the dead by their home region", () => {
  it("gives 'deaths of soldiers from the Belgorod region' to Russia", () => {
    expect(extractClaims("Mediazona has confirmed more than 1,300 deaths of soldiers from the Belgorod region since 2022.", { publishedAt: "2025-03-03" }).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "RU", 1300]]);
  });
});

describe("extractClaims, a table whose type column names the equipment", () => {
  it("reads 'Belaya (Irkutsk) | Tu-22M3 bombers destroyed: | 4' under 'Base | Type | Count' as Russia's aircraft lost", () => {
    const t = "Aircraft visibly destroyed in imagery, by base\n\nBase | Type | Count\n\nBelaya (Irkutsk) | Tu-22M3 bombers destroyed: | 4\nOlenya (Murmansk) | An-12 transports destroyed: | 1";
    expect(extractClaims(t, { publishedAt: "2025-06-06" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["equipment_lost", "RU", "aircraft", 4],
      ["equipment_lost", "RU", "aircraft", 1],
    ]);
  });
});

describe("extractClaims, a side fronted before a pronoun, children's share of a toll, and bodies named soldiers", () => {
  const read = (t: string, pub = "2025-07-08") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.attributedTo]);
  it("reads 'For Ukraine it estimated close to 400,000 casualties' as Ukraine's, in the source before", () => {
    expect(read("In a June report, CSIS estimated that Russia had suffered nearly 1,000,000 casualties. For Ukraine it estimated close to 400,000 casualties.")).toEqual([
      ["casualties", "RU", 1000000, "CSIS"],
      ["casualties", "UA", 400000, "CSIS"],
    ]);
  });
  it("reads 'Children accounted for 21 of the July dead and 130 of the injured' as civilians", () => {
    expect(read("The mission said 286 civilians were killed and 1,388 injured in July. Children accounted for 21 of the July dead and 130 of the injured.", "2025-08-09").slice(2).map((c) => [c[0], c[2]])).toEqual([
      ["civilians_killed", 21],
      ["civilians_wounded", 130],
    ]);
  });
  it("reads the bodies of people 'it believes to be fallen soldiers' as soldiers, and the Group of Seven as a name", () => {
    expect(read("Ukraine on Monday received the bodies of 1,200 people it believes to be fallen soldiers, the headquarters said. The Group of Seven leaders met in Canada.", "2025-06-16").map((c) => [c[0], c[1], c[2]])).toEqual([["killed", "UA", 1200]]);
  });
});

describe("extractClaims, a time that opens the sentence before its source", () => {
  it("reads 'On 12 June Ukraine's General Staff announced …' in the General Staff's voice, and 'its tally' after it", () => {
    expect(extractClaims("On 12 June Ukraine's General Staff announced that Russian losses had reached 1,000,340 personnel. By this morning its tally stood at 1,025,780.", { publishedAt: "2025-07-08" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [1000340, "UA"],
      [1025780, "UA"],
    ]);
  });
});

describe("extractClaims, a second reported clause, an attack's weapons and households cut off", () => {
  const read = (t: string, pub = "2024-08-28") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);
  it("gives ground in ', and that Ukraine controlled 1,294 km²' to Ukraine, not to the prisoners named before", () => {
    expect(read("Syrskyi reported that 594 Russian servicemen had been captured, and that Ukraine controlled 1,294 km2 of Russian territory and 100 settlements.")).toEqual([
      ["captured", "RU", 594],
      ["territory_km2", "UA", 1294],
      ["settlements", "UA", 100],
    ]);
  });
  it("reads no loss in drones an attack was made with, nor damage in households left without electricity", () => {
    expect(read("Russia struck Ukraine with 298 drones and 69 missiles overnight, the air force said. About 4,500 households were left without electricity after a drone hit a substation.", "2025-05-25")).toEqual([]);
  });
});

describe("extractClaims, a wire's headlines in capitals", () => {
  it("reads lines in capitals as the rules know them, each under its time stamp's source, and keeps the line as written", () => {
    const t = "06:51 - UKRAINE AIR FORCE: ALL 13 SHAHED DRONES SHOT DOWN\n\n08:05 - ODESA CITY AUTHORITIES: 2 KILLED, 27 INJURED IN OVERNIGHT STRIKE ON CITY CENTRE\n\n14:40 - UKRAINE'S MALIAR: 12 SQ KM RETAKEN AROUND BAKHMUT IN PAST WEEK";
    const out = extractClaims(t, { publishedAt: "2023-07-20" });
    expect(out.map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([
      ["equipment_lost", "RU", 13, "UA"],
      ["civilians_killed", "UA", 2, "UA"],
      ["civilians_wounded", "UA", 27, "UA"],
      ["territory_km2", "UA", 12, "UA"],
    ]);
    expect(out[0]!.sentence).toBe("06:51 - UKRAINE AIR FORCE: ALL 13 SHAHED DRONES SHOT DOWN");
  });
});

describe("extractClaims, 'the officials' named just before", () => {
  it("gives 'According to the officials' the country of the officials cited before, not the place's", () => {
    expect(extractClaims("The New York Times reported on Friday, citing US officials, that the war in Ukraine had grown costly. According to the officials, as many as 120,000 Russian soldiers have been killed.", { publishedAt: "2023-08-19" }).map((c) => [c.value, c.sourceParty])).toEqual([[120000, "US"]]);
  });
});

describe("extractClaims, a post reproduced under a line naming its author", () => {
  it("gives the post's sentences in its own voice to the author named in 'This is what … wrote:'", () => {
    const t = "The village has been liberated, the hromada's administration confirmed on Facebook. We publish the post in full.\n\nThis is what the Velyka Novosilka hromada administration wrote:\n\nOver the past day the occupiers shelled the community 14 times; one resident of Velyka Novosilka was killed and two were injured.\n\nSince the start of the full-scale invasion, 47 residents of our community have been killed by russian shelling.";
    expect(extractClaims(t, { publishedAt: "2023-08-17" }).map((c) => [c.metric, c.value, c.sourceParty])).toEqual([
      ["civilians_killed", 1, "UA"],
      ["civilians_wounded", 2, "UA"],
      ["civilians_killed", 47, "UA"],
    ]);
  });
});

describe("extractClaims, a source behind an appearance and 'it' after a body's claims", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-26" }).map((c) => [c.value, c.sourceParty]);
  it("reads 'Sergei Shoigu, in his first video appearance since the revolt, said …' as Shoigu's", () => {
    expect(read("Ukraine's General Staff reports daily. Russian Defence Minister Sergei Shoigu, in his first video appearance since the revolt, said Ukraine had lost more than 13,000 troops.")).toEqual([[13000, "RU"]]);
  });
  it("gives 'it' the body whose claims open the sentence", () => {
    expect(read("Ukraine's General Staff reports daily.\n\nThe Russian defence ministry's claims were of another order: on 9 June it announced that Ukrainian forces had lost 30 tanks.")).toEqual([[30, "RU"]]);
  });
});

describe("extractClaims, a day's share told as 'added' or 'up … in a day', weapons, 'approaching' and homes flooded", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-09-02" }).map((c) => [c.metric, c.party, c.item, c.value, c.qualifier]);
  it("reads 'with 410 added over the past day' and 'up 520 in a day' as the day's share of the tally before", () => {
    expect(read("Kyiv's General Staff put Russian personnel losses at 262,110 on Friday, with 410 added over the past day.")).toEqual([
      ["casualties", "RU", null, 262110, "exact"],
      ["casualties", "RU", null, 410, "exact"],
    ]);
    expect(read("Ukraine's General Staff said Russian personnel losses reached 262,630, up 520 in a day.")).toEqual([
      ["casualties", "RU", null, 262630, "exact"],
      ["casualties", "RU", null, 520, "exact"],
    ]);
  });
  it("counts 'weapons' lost as hardware of every kind, and the parts of that total after it", () => {
    expect(read("Moscow's defence minister said Ukraine had lost over 51,000 troops and more than 5,200 weapons since June. That total, he said, included 820 tanks.")).toEqual([
      ["casualties", "UA", null, 51000, "at_least"],
      ["equipment_lost", "UA", "other", 5200, "at_least"],
      ["equipment_lost", "UA", "tanks", 820, "exact"],
    ]);
  });
  it("does not read 'single-shot' weapons sent abroad as a loss", () => {
    expect(read("Norway has sent Ukraine 2,000 single-shot anti-tank weapons and 40,000 rations.")).toEqual([]);
  });
  it("reads 'approaching' or 'nearing' a figure as about that figure", () => {
    expect(read("By the Pentagon's reckoning, Russian military casualties are nearing 310,000.")).toEqual([["casualties", "RU", null, 310000, "approx"]]);
  });
  it("counts homes flooded as homes damaged", () => {
    expect(read("In Kherson oblast the regional administration reports 2,300 houses flooded, and aid groups say at least 900 more homes were inundated downstream.").map((c) => [c[0], c[3]])).toEqual([
      ["buildings_damaged", 2300],
      ["buildings_damaged", 900],
    ]);
  });
});

describe("extractClaims, a flood's dead behind the lines, airmen, and areas held by a government", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-06-20" }).map((c) => [c.metric, c.party, c.value]);
  it("reads deaths in a Ukrainian region 'under the military control' of Russia as its civilians", () => {
    expect(read("On the left bank of Zaporizhzhia oblast, under Russian military control, the occupation authorities have reported 14 deaths.")).toEqual([["civilians_killed", "UA", 14]]);
  });
  it("counts airmen, seamen and aircrew as soldiers", () => {
    expect(read("Kyiv said 9 Russian airmen and 31 seamen were killed in the two strikes.")).toEqual([
      ["killed", "RU", 9],
      ["killed", "RU", 31],
    ]);
  });
  it("keeps '22 deaths in government-held areas' a toll: a noun ends the count before its preposition", () => {
    expect(read("Kyiv's interior ministry has confirmed 22 deaths in government-held areas of Kherson oblast.")).toEqual([["civilians_killed", "UA", 22]]);
  });
  it("does not let a toll of no side make the next bare deaths soldiers", () => {
    expect(read("Deaths confirmed in government-held areas: 8\n\nIn areas of Kherson oblast under Russian control, the occupation authorities have reported 12 deaths.").slice(1)).toEqual([["civilians_killed", "UA", 12]]);
  });
});

describe("extractClaims, a headline's toll that names who says so", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-03-02" }).map((c) => [c.metric, c.party, c.value, c.attributedTo]);
  it("reads 'Drone strike on Sumy kills 3, wounds 11, governor says' as the town's civilians, in the governor's words", () => {
    expect(read("Drone strike on Sumy kills 3, wounds 11, governor says")).toEqual([
      ["civilians_killed", "UA", 3, "governor"],
      ["civilians_wounded", "UA", 11, "governor"],
    ]);
  });
  it("reads 'injures' in a wire headline in capitals", () => {
    expect(read("09:15 - ODESA MISSILE STRIKE INJURES 23 PEOPLE, REGIONAL GOVERNOR SAYS").map((c) => c.slice(0, 3))).toEqual([["civilians_wounded", "UA", 23]]);
  });
  it("still reads nothing from a headline with no source and no period, which may be a link", () => {
    expect(read("Drone strike on Sumy kills 3, wounds 11")).toEqual([]);
  });
});

describe("extractClaims, the place of a toll across the border, people evacuated, ratios, residents and a breakdown after a comma", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-05-20" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("gives a toll the place named just before, over the civilians counted earlier, and no place to a capital that speaks", () => {
    const t = "The governor said three civilians were killed by shelling in Kupiansk on Sunday.\n\nOn the other side of the border, a residential block in Kursk was hit overnight. Russian officials said 6 people were killed and 14 injured and blamed a Ukrainian missile; Kyiv has not commented.";
    expect(read(t)).toEqual([
      ["civilians_killed", "UA", 3, "UA"],
      ["civilians_killed", "RU", 6, "RU"],
      ["civilians_wounded", "RU", 14, "RU"],
    ]);
  });
  it("does not count people evacuated or rescued as part of a toll", () => {
    expect(read("Two civilians were killed in Kupiansk on Monday and about 4,500 people have been evacuated from nearby villages.").map((c) => c[2])).toEqual([2]);
    expect(read("One woman was killed and 12 residents were rescued from the rubble.").map((c) => c[2])).toEqual([1]);
  });
  it("reads neither term of 'nine in ten' as a figure", () => {
    expect(read("The estimate put Russian casualties at about 315,000, close to nine in ten of the troops Moscow had when it invaded.").map((c) => c[2])).toEqual([315000]);
  });
  it("does not read those a place 'is home to' as a deployment", () => {
    expect(read("Ontario is home to roughly 2,100 Ukrainians who arrived under the emergency visa scheme.")).toEqual([]);
  });
  it("reads '75 people had come home, 71 servicemen and four civilians' as 71 soldiers home from captivity", () => {
    expect(read("Ukraine's prisoner-of-war headquarters said 75 people had come home, 71 servicemen and four civilians.").map((c) => [c[0], c[1], c[2]])).toEqual([["captured", "UA", 71]]);
  });
  it("gives a known source's figure named by its possessive ('President Zelensky's 31,000 dead') to that source", () => {
    expect(read("For Ukraine, the only official figure remains President Zelensky's 31,000 dead, given in February.")).toEqual([["killed", "UA", 31000, "UA"]]);
  });
  it("gives 'It' the body that opened the sentence before, not the mayor quoted last", () => {
    const t = "A drone strike killed two people in Kharkiv, Mayor Ihor Terekhov said.\n\nRussia's defence ministry, for its part, called the strikes retaliation. It said that its air defences had destroyed 22 Ukrainian drones over the Belgorod region.";
    expect(read(t).at(-1)).toEqual(["equipment_lost", "UA", 22, "RU"]);
  });
  it("counts an engineer or a worker killed at a plant as a civilian, in the words of the company", () => {
    expect(read("One DTEK engineer was killed and two others were injured at a power plant in the Dnipropetrovsk region, DTEK said in a statement.")).toEqual([
      ["civilians_killed", "UA", 1, "UA"],
      ["civilians_wounded", "UA", 2, "UA"],
    ]);
  });
});

describe("extractClaims, buildings by kind and fate, a day's share opened by 'These included', and a year ago", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2025-03-03" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("counts stadiums and clinics as buildings, and a bare figure of them with its own fate", () => {
    expect(read("Ukraine's sports ministry counts 530 stadiums, gyms and other sports facilities damaged and 110 destroyed.")).toEqual([
      ["buildings_damaged", "UA", 530, "UA"],
      ["buildings_damaged", "UA", 110, "UA"],
    ]);
    expect(read("Ukraine's health ministry says about 2,500 hospitals and clinics have been damaged and 280 destroyed outright.").map((c) => c[2])).toEqual([2500, 280]);
  });
  it("does not give a side's source the buildings it says it struck", () => {
    expect(read("Russia's defence ministry said its forces destroyed 12 buildings used by Ukrainian troops.").map((c) => c[1])).not.toContain("RU");
  });
  it("reads 'These included 1,150 personnel over the past day' as a part of the losses just counted", () => {
    expect(read("Ukraine's General Staff put Russian losses at 861,970 troops and 10,186 tanks. These included 1,150 personnel over the past day, it said.").at(-1)).toEqual(["casualties", "RU", 1150, "UA"]);
  });
  it("reads '16 were listed as missing' after a count of the dead as the same people", () => {
    expect(read("India's foreign ministry said 12 Indian nationals serving in the Russian military had been killed and 16 were listed as missing.").map((c) => [c[0], c[2]])).toEqual([
      ["killed", 12],
      ["missing", 16],
    ]);
  });
  it("reads 'up from about 470,000 a year earlier' as a figure, not a rate", () => {
    expect(read("Russia had about 610,000 troops in the theatre at the start of 2025, up from about 470,000 a year earlier.").map((c) => [c[0], c[2]])).toEqual([
      ["troops_deployed", 610000],
      ["troops_deployed", 470000],
    ]);
  });
  it("keeps a toll that names an older war only as its yardstick", () => {
    expect(read("We assess that Russia's killed and wounded in 2024 exceeded 430,000, the heaviest annual losses Russia has suffered since the Second World War.").map((c) => c[2])).toEqual([430000]);
    expect(read("The Soviet Union lost 27 million people in the Second World War.")).toEqual([]);
  });
});

describe("extractClaims, sources by their maps, by a new clause and by the side before, and parts far from their whole", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2025-03-10" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("gives 'By the maps of X' to X", () => {
    expect(read("By the maps of the Institute for the Study of War, Russian forces took about 480 km² of Ukrainian territory in January.")).toEqual([["territory_km2", "RU", 480, "US"]]);
  });
  it("does not take people counted who speak for a source", () => {
    expect(read("Three North Korean soldiers captured in Kursk have since said they want to stay in Ukraine.").map((c) => c[3])).toEqual([null]);
  });
  it("gives a figure after ', and X says' to X", () => {
    expect(read("Kyiv says its forces have killed or wounded about 4,000 North Korean soldiers, and Seoul's spy agency says Pyongyang sent roughly 3,000 more troops in February.")).toEqual([
      ["casualties", "KP", 4000, "UA"],
      ["troops_deployed", "KP", 3000, "KR"],
    ]);
  });
  it("gives 'Its …' at a sentence's start the side that opened the sentence before", () => {
    expect(read("ISW said Russia took 400 km² in February.\n\nUkraine has its own numbers. Its Air Assault Forces said they had destroyed 40 Russian tanks in February.").at(-1)).toEqual(["equipment_lost", "RU", 40, "UA"]);
  });
  it("reads '109 of them in 2024' a long clause after its whole as a part of it", () => {
    expect(read("Prosecutors say at least 130 Ukrainian prisoners of war have been killed since February 2022, 109 of them in 2024 alone.").map((c) => [c[0], c[2]])).toEqual([
      ["killed", 130],
      ["killed", 109],
    ]);
  });
  it("reads soldiers held in custody as prisoners", () => {
    expect(read("About 200 Russian soldiers are held in Ukrainian custody on war-crimes charges.").map((c) => [c[0], c[1], c[2]])).toEqual([["captured", "RU", 200]]);
  });
});

describe("extractClaims, a channel digest's post headers, a side's names for the enemy, and tolls named before their figure", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2022-05-21" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("gives each post the channel its header names ('Name (description) · date, time · views')", () => {
    const t = "Below are the posts that carried numbers.\n\nMinistry of Defence of Russia · 19 May, 13:12 (Moscow) · 1.9M views\n\nOver the past 24 hours, 690 militants of the nationalist Azov regiment have surrendered. Up to 210 nationalists were killed.\n\nHanna Maliar, deputy defence minister of Ukraine · 19 May, 21:00 (Kyiv) · 300K views\n\nOur forces destroyed 12 Russian tanks today.";
    expect(read(t)).toEqual([
      ["captured", "UA", 690, "RU"],
      ["killed", "UA", 210, "RU"],
      ["equipment_lost", "RU", 12, "UA"],
    ]);
  });
  it("reads 'put the wounded at 73' as the wounded, and the number of those killed before it as the dead", () => {
    expect(read("Russia's defence ministry raised the number of Ukrainian prisoners killed to 52 and put the wounded at 75.").map((c) => [c[0], c[1], c[2]])).toEqual([
      ["killed", "UA", 52],
      ["wounded", "UA", 75],
    ]);
  });
  it("counts athletes and coaches, and reads those killed in a side's ranks as its soldiers", () => {
    expect(read("The sports ministry said that 58 of the athletes on its list had been killed fighting in the ranks of Ukraine's armed forces.").map((c) => [c[0], c[1], c[2]])).toEqual([["killed", "UA", 58]]);
  });
  it("reads athletes killed 'most of them while serving in the armed forces' as soldiers", () => {
    expect(read("The ministry said that more than 500 Ukrainian athletes and coaches had been killed, most of them while serving in the armed forces.").map((c) => [c[0], c[1], c[2]])).toEqual([["killed", "UA", 500]]);
  });
  it("does not read people who arrived on humanitarian visas as a deployment", () => {
    expect(read("The Home Office says more than 7,000 Ukrainians have arrived in Britain on humanitarian visas since March.")).toEqual([]);
  });
  it("gives soldiers killed 'in war with Russia' to Russia's opponent", () => {
    expect(read("Ukraine says nearly 9,000 soldiers killed in war with Russia").map((c) => [c[0], c[1], c[2]])).toEqual([["killed", "UA", 9000]]);
  });
});

describe("extractClaims, ground listed under a header of gains, key figures with their source in brackets, and sources whose figures were no claims", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-09-09" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("reads lines of ground under a header of a side's gains as that side's ground taken", () => {
    expect(read("Weekly Russian gains on the axis have risen since mid-August:\n\nWeek to 18 August: 71 km² on the Pokrovsk axis, 139 km² across the front.").map((c) => [c[0], c[1], c[2]])).toEqual([
      ["territory_km2", "RU", 71],
      ["territory_km2", "RU", 139],
    ]);
    expect(read("Russian forces captured:\n- 64 km² on the Pokrovsk axis").map((c) => [c[0], c[1], c[2]])).toEqual([["territory_km2", "RU", 64]]);
  });
  it("hands no list its voice from a source whose figures were no claims", () => {
    const t = "The city administration says about 26,000 residents remain, from a pre-war population of roughly 60,000.\n\nWeekly Russian gains on the axis have risen since mid-August:\n\nWeek to 18 August: 71 km² on the Pokrovsk axis.";
    expect(extractClaims(t, { publishedAt: "2024-09-09" }).map((c) => c.attributedTo)).toEqual([null]);
  });
  it("reads a key figure whose label holds a date, with its source in brackets", () => {
    expect(extractClaims("Children killed since 24 February 2022: at least 575 (Office of the Prosecutor General)", { publishedAt: "2024-09-09" }).map((c) => [c.metric, c.value, c.attributedTo])).toEqual([["civilians_killed", 575, "Office of the Prosecutor General"]]);
  });
  it("counts 'one of its engineers' killed and 'two of his colleagues' injured", () => {
    expect(read("The energy company DTEK said one of its engineers was killed at a power plant in central Ukraine and two of his colleagues were injured.").map((c) => [c[0], c[2]])).toEqual([
      ["civilians_killed", 1],
      ["civilians_wounded", 2],
    ]);
  });
  it("reads neither people charged in court nor a place's size as figures", () => {
    expect(read("Prosecutors have so far charged nine citizens with fighting in foreign wars.")).toEqual([]);
    expect(read("The salient is a little smaller than Luxembourg, which covers about 2,590 square kilometres.")).toEqual([]);
  });
  it("gives estimates 'for Russia' to Russia, and a part's place no deployment", () => {
    expect(read("The report cited Western estimates for Russia of around 200,000 dead and roughly 400,000 wounded.").map((c) => [c[0], c[1], c[2]])).toEqual([
      ["killed", "RU", 200000],
      ["wounded", "RU", 400000],
    ]);
    expect(read("Russia's Ministry of Defence said Ukrainian forces had lost up to 1,950 servicemen, including more than 400 in the Kursk region.").map((c) => [c[0], c[2]])).toEqual([
      ["casualties", 1950],
      ["casualties", 400],
    ]);
  });
});

describe("extractClaims, a part of weapons launched that has its own fate, and a figure compared with the day before", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2025-06-10" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("reads '… launched 70 drones overnight and that 52 of them were shot down' as 52 lost", () => {
    expect(read("Ukraine's air force said Russia had launched 70 drones overnight and that 52 of them were shot down.")).toEqual([["equipment_lost", "RU", "drones", 52]]);
  });
  it("counts 'wounded 75 others' after prisoners killed as wounded, not as prisoners", () => {
    expect(read("The blast at the prison camp killed 50 Ukrainian prisoners of war and wounded 73 others.").map((c) => [c[0], c[3]])).toEqual([
      ["killed", 50],
      ["wounded", 73],
    ]);
  });
  it("reads ', from 1,300 at its peak' as an earlier count of the same ground", () => {
    expect(read("Ukrainian forces held about 90 square kilometres of the Kursk region in March, from 1,300 at its peak.").map((c) => c[3])).toEqual([90, 1300]);
  });
  it("reads 'to 415, from 371 the day before' as two counts of the same losses", () => {
    expect(read("Ukraine's General Staff raised its count of Russian aircraft destroyed to 415, from 371 the day before.").map((c) => c[3])).toEqual([415, 371]);
  });
});

describe("extractClaims, bodies between the sides, a tally that went past a figure, and a time before the source", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2025-10-30" }).map((c) => [c.metric, c.party, c.value, c.attributedTo]);
  it("gives bodies the side they are said to be of, or returned to, or the opponent of the side handing them over", () => {
    expect(read("Russia hands over the bodies of 1,000 people it says are Ukrainian soldiers.").map((c) => c.slice(0, 3))).toEqual([["killed", "UA", 1000]]);
    expect(read("More than 9,000 bodies have been returned to Ukraine since June, the headquarters said.").map((c) => c.slice(0, 3))).toEqual([["killed", "UA", 9000]]);
    expect(read("Russia handed over the bodies of 909 soldiers.").map((c) => c.slice(0, 3))).toEqual([["killed", "UA", 909]]);
  });
  it("reads a running total that 'went past' a figure, and what 'it added' that day", () => {
    expect(read("Ukraine's General Staff said its running total of Russian personnel losses went past 1.16 million on Tuesday; it added 1,060 that day alone.").map((c) => c.slice(0, 3))).toEqual([
      ["casualties", "RU", 1160000],
      ["casualties", "RU", 1060],
    ]);
  });
  it("reads 'the dead numbered at least 25' and leaves a time out of the source's name", () => {
    expect(read("By the evening the State Emergency Service of Ukraine said the dead in Ternopil numbered at least 25, three of them children.")).toEqual([
      ["civilians_killed", "UA", 25, "the State Emergency Service of Ukraine"],
      ["civilians_killed", "UA", 3, "the State Emergency Service of Ukraine"],
    ]);
  });
  it("speaks in the outlet's own voice 'by my own rough reckoning'", () => {
    expect(extractClaims("DeepState said Russia took 461 km² in October.\n\nDeepState said 120 km² of it was near Kupiansk.\n\nBy my own rough reckoning, about 140 km² of that was on the Pokrovsk axis.", { publishedAt: "2025-11-02" }).map((c) => c.attributedTo)).toEqual(["DeepState", "DeepState", null]);
  });
});

describe("extractClaims, a lede's figure sourced further down", () => {
  it("gives the lede's unsourced toll the source of a later sentence that states the same figure", () => {
    const t = "A Russian missile strike on two apartment blocks in Ternopil killed at least 25 people.\n\nRescuers worked through the night. By the evening the State Emergency Service of Ukraine said the dead numbered at least 25.";
    expect(extractClaims(t, { publishedAt: "2025-11-20" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [25, "UA"],
      [25, "UA"],
    ]);
  });
  it("leaves a swap's count in the lede in the outlet's voice", () => {
    const t = "Russia and Ukraine each handed over 303 prisoners of war on Sunday.\n\nZelensky said 303 Ukrainian defenders had come home.";
    expect(extractClaims(t, { publishedAt: "2025-05-26" }).map((c) => [c.party, c.value, c.sourceParty])).toEqual([
      ["RU", 303, null],
      ["UA", 303, null],
      ["UA", 303, "UA"],
    ]);
  });
});

describe("extractClaims, warships sunk by name, a force under arms, all on board killed, a toll restated and a side's own claim", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-02-20" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);
  it("counts one warship named and sunk, with no figure", () => {
    expect(read("On 14 February the large landing ship Tsezar Kunikov was struck and sank off Alupka, Ukraine's military intelligence said.")).toEqual([["equipment_lost", "RU", "ships", 1, "UA"]]);
    expect(read("HUR said the missile corvette Ivanovets was sunk in Donuzlav Bay.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "RU", "ships", 1]]);
  });
  it("reads people 'under arms' as a force", () => {
    expect(read("Kyiv says it has about 880,000 people under arms.").map((c) => c.slice(0, 4))).toEqual([["troops_deployed", "UA", null, 880000]]);
    expect(read("He put the number of Ukrainians under arms at about 880,000.").map((c) => c.slice(0, 4))).toEqual([["troops_deployed", "UA", null, 880000]]);
  });
  it("reads prisoners on a plane 'and that all of them were killed' as dead", () => {
    expect(read("Moscow said the plane was carrying 65 captured Ukrainian soldiers, and that all of them were killed.").map((c) => c.slice(0, 4))).toEqual([["killed", "UA", null, 65]]);
  });
  it("reads a civilian toll restated for another month ('the figure was lower, with about 100 killed')", () => {
    expect(read("The UN mission said 110 civilians were killed in January. In December the figure was lower, with about 100 killed and more than 450 injured.").map((c) => [c[0], c[1], c[3]])).toEqual([
      ["civilians_killed", "UA", 110],
      ["civilians_killed", "UA", 100],
      ["civilians_wounded", "UA", 450],
    ]);
  });
  it("gives what a side's source claims destroyed 'On the Russian side' to the other side", () => {
    expect(read("Russia's defence ministry reports daily. On the Russian side, the ministry claimed two HIMARS launchers destroyed in the Kharkiv region.").map((c) => c.slice(0, 4))).toEqual([["equipment_lost", "UA", "mlrs", 2]]);
  });
});

describe("extractClaims, a date between source and verb, a cumulative total, and missiles that struck a building", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-01-08" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  it("reads 'X on 7 January listed N … and a cumulative M' as X's day and total", () => {
    expect(read("For the record, Ukraine's General Staff on 7 January listed 790 Russian personnel lost in the previous 24 hours and a cumulative 362,950.")).toEqual([
      ["casualties", "RU", 790, "UA"],
      ["casualties", "RU", 362950, "UA"],
    ]);
  });
  it("does not count missiles that struck a building as buildings", () => {
    expect(read("Two S-300 missiles struck the building late on Wednesday, the regional governor of Kharkiv said, injuring 13 people.").map((c) => [c[0], c[2]])).toEqual([["civilians_wounded", 13]]);
  });
});

describe("extractClaims, equipment delivered and one aircraft reported shot down", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-02-20" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("does not count equipment delivered as lost beside the losses of it", () => {
    expect(read("Oryx lists 29 Bradleys destroyed, damaged or captured so far, out of more than 300 delivered.")).toEqual([["equipment_lost", "UA", "ifv", 29]]);
  });
  it("counts one aircraft a source reports shot down", () => {
    expect(read("Ukrainian officials reported an Il-76 shot down on the first night of the invasion.")).toEqual([["equipment_lost", "RU", "aircraft", 1]]);
  });
});

describe("extractClaims, a kill claimed with no verb of loss, and the force a side had", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-01-08" }).map((c) => [c.metric, c.party, c.item, c.value]);
  it("reads 'It also claimed 14 tanks that day' as tanks destroyed, but not tanks claimed delivered", () => {
    expect(read("Ukraine's General Staff listed 790 Russian personnel lost over the day. It also claimed 14 tanks that day.").at(-1)).toEqual(["equipment_lost", "RU", "tanks", 14]);
    expect(read("Kyiv claimed 30 tanks had been delivered by the end of the year.")).toEqual([]);
  });
  it("reads 'the 360,000 troops Russia had when it invaded' as Russia's force", () => {
    expect(read("That is close to 90 percent of the 360,000 troops Russia had when it invaded.")).toEqual([["troops_deployed", "RU", null, 360000]]);
  });
});

describe("extractClaims, private cars damaged beside homes", () => {
  it("does not count cars damaged with homes and shops as a military loss, but still counts cars destroyed by a unit", () => {
    expect(extractClaims("He said that around 20 apartment buildings had been damaged, as well as a school, shops and more than 30 cars.", { publishedAt: "2024-05-20" }).map((c) => [c.metric, c.value])).toEqual([["buildings_damaged", 20]]);
    expect(extractClaims("During the week the brigade destroyed three tanks and 11 cars of the Russian army.", { publishedAt: "2024-05-20" }).map((c) => [c.item, c.value])).toEqual([
      ["tanks", 3],
      ["vehicles", 11],
    ]);
  });
});

describe("extractClaims, weapons a side launched, named after them", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-06-01" }).map((c) => [c.metric, c.item, c.value]);
  it("counts no loss in '1,020 — drones Russia launched at Ukraine this week', but the part shot down", () => {
    expect(read("1,020 — drones Russia launched at Ukraine this week, according to the Ukrainian Air Force, which said 884 of them were shot down or jammed.")).toEqual([["equipment_lost", "drones", 884]]);
  });
  it("still counts the drones a side launched when their own clause downs them", () => {
    expect(read("The air force said the 120 drones Russia launched overnight had all been shot down.")).toEqual([["equipment_lost", "drones", 120]]);
  });
});

describe("extractClaims, a home ministry named without its country", () => {
  it("gives a ministry of education or health the country where the sentence's or the article's places are", () => {
    const t = "Schools in Kharkiv and Sumy reopened online this week.\n\nEducational facilities damaged since 24 February 2022: 3,798 (Ministry of Education and Science)";
    expect(extractClaims(t, { publishedAt: "2024-09-02" }).map((c) => [c.metric, c.value, c.sourceParty])).toEqual([["buildings_damaged", 3798, "UA"]]);
  });
});

describe("extractClaims, 'the two outlets' after two sources named together", () => {
  it("gives 'Using that method, the two outlets estimated' the country the two sources named just before share", () => {
    const t = "Mediazona and the outlet Meduza turned to Russia's register of inheritance cases. A sharp rise in cases reveals deaths.\n\nUsing that method, the two outlets estimated that about 165,000 Russian soldiers had been killed by the end of 2024.";
    expect(extractClaims(t, { publishedAt: "2025-01-10" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([[165000, "the two outlets", "RU"]]);
  });
});

describe("extractClaims, pro-Kremlin channels that went further", () => {
  it("names 'Pro-Kremlin Telegram channels' without the verb before their saying, as Russia's voices", () => {
    expect(extractClaims("Pro-Kremlin Telegram channels went further, claiming that more than 150 Ukrainian soldiers had been killed or wounded.", { publishedAt: "2024-09-01" }).map((c) => [c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([["UA", 150, "Pro-Kremlin Telegram channels", "RU"]]);
  });
});

describe("extractClaims, a memorial column in the outlet's own voice", () => {
  it("gives 'This week we remember 14 defenders' no source carried from before", () => {
    const t = "The volunteer project UALosses said it had named 75,000 Ukrainian soldiers killed.\n\nUALosses said 1,200 of them were from Kharkiv.\n\nThis week we remember 14 Ukrainian defenders whose deaths were announced between Oct. 10 and Oct. 16.";
    expect(extractClaims(t, { publishedAt: "2024-10-17" }).map((c) => [c.value, c.attributedTo]).at(-1)).toEqual([14, null]);
  });
});

describe("extractClaims, a side's cumulative list announced as what it 'read'", () => {
  it("reads the lines under 'Its cumulative list, as of Tuesday morning, read:' as the losses counted just before", () => {
    const t = "The General Staff said Russia had lost 1,180 soldiers killed or wounded over the past day. The day's losses also included four tanks.\n\nIts cumulative list, as of Tuesday morning, read:\n\ntanks – 10,780 (+4)\naircraft – 370";
    expect(extractClaims(t, { publishedAt: "2025-05-13" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["casualties", "RU", null, 1180],
      ["equipment_lost", "RU", "tanks", 4],
      ["equipment_lost", "RU", "tanks", 10780],
      ["equipment_lost", "RU", "tanks", 4],
      ["equipment_lost", "RU", "aircraft", 370],
    ]);
  });
});

describe("extractClaims, 'According to X, <clause>'", () => {
  it("does not take the reported clause after 'According to the military chief,' for the chief's title", () => {
    const t = "Army General Valery Gerasimov reported to Putin. According to the military chief, the Ukrainian armed forces lost more than 76,000 servicemen and 412 tanks.";
    expect(extractClaims(t, { publishedAt: "2025-04-27" }).map((c) => [c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([
      ["UA", 76000, "the military chief", "RU"],
      ["UA", 412, "the military chief", "RU"],
    ]);
  });
});

describe("extractClaims, the side of a gathering that was hit", () => {
  it("gives soldiers killed when missiles 'hit a meeting of Ukrainian commanders' to Ukraine, whatever the article counted before", () => {
    const t = "Russian forces lost 1,100 soldiers on Sunday, Kyiv said.\n\nIn Moscow, the defence ministry said its missiles had hit a meeting of Ukrainian commanders in Sumy and killed more than 60 servicemen.";
    expect(extractClaims(t, { publishedAt: "2025-04-14" }).map((c) => [c.party, c.value]).at(-1)).toEqual(["UA", 60]);
  });
});

describe("extractClaims, 'one more person' killed", () => {
  it("counts 'had killed one more person and wounded three' in a region's border communities", () => {
    expect(extractClaims("The governor of Sumy also said that Russian drones had killed one more person and wounded three in the region's border communities.", { publishedAt: "2025-04-14" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["civilians_killed", "UA", 1],
      ["civilians_wounded", "UA", 3],
    ]);
  });
});

describe("extractClaims, a swap agreed", () => {
  it("does not count prisoners the sides 'agreed to exchange' as exchanged", () => {
    expect(extractClaims("Ukraine's defence minister said the sides had agreed to exchange 1,000 prisoners of war for 1,000.", { publishedAt: "2025-05-16" })).toEqual([]);
  });
});

describe("extractClaims, part of the weapons a side launched, shot down", () => {
  it("gives '266 of the drones' downed the side that launched them in the sentence before", () => {
    const t = "The air force says Russia launched 298 drones and 69 missiles overnight.\n\nAir defence downed 266 of the drones, according to the same statement.";
    expect(extractClaims(t, { publishedAt: "2025-05-25" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "RU", "drones", 266]]);
  });
});

describe("extractClaims, round thirteen", () => {
  const pub = { publishedAt: "2025-03-14" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);

  it("gives a figure after '…, and said' to the sentence's subject", () => {
    const t = "The Russian defence ministry described the strike as retaliation, and said its air defences had destroyed 41 Ukrainian drones over Bryansk.";
    expect(extractClaims(t, pub).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([[41, "The Russian defence ministry", "RU"]]);
  });

  it("reads a tally's total 'since' after the day's figure with its place and time", () => {
    const t = "Moscow's ministry said Kyiv had lost more than 310 soldiers in the Kursk region over the past day, and more than 38,000 since the incursion began.";
    expect(rows(t)).toEqual([
      ["casualties", "UA", null, 310],
      ["casualties", "UA", null, 38000],
    ]);
  });

  it("counts 'About 2,000 more had been wounded' as more of the people counted in the sentence before", () => {
    const t = "At least 200 North Korean soldiers have died in the fighting, the NIS said.\n\nAbout 2,000 more had been wounded, a lawmaker said.";
    expect(rows(t)).toEqual([
      ["killed", "KP", null, 200],
      ["wounded", "KP", null, 2000],
    ]);
  });

  it("counts 'along with a tank' as one tank", () => {
    const t = "Kyiv lost 1,200 servicemen in a day, along with a tank and three artillery systems, the Russian ministry claimed.";
    expect(rows(t)).toEqual([
      ["casualties", "UA", null, 1200],
      ["equipment_lost", "UA", "tanks", 1],
      ["equipment_lost", "UA", "artillery", 3],
    ]);
  });

  it("does not count prisoners a force recruited as captured", () => {
    expect(rows("Wagner had recruited some 40,000 prisoners, its founder said.")).toEqual([]);
  });

  it("counts soldiers who 'infiltrated' a town or were 'involved in the assault' as deployed", () => {
    expect(rows("About 250 Russian soldiers had infiltrated the outskirts, the general said.")).toEqual([["troops_deployed", "RU", null, 250]]);
    expect(rows("Roughly 30,000 Russian fighters were involved in the assault on the city, he said.")).toEqual([["troops_deployed", "RU", null, 30000]]);
  });

  it("does not read 'cost' before a price as a loss", () => {
    expect(rows("Kyiv has requested 10 more Patriot batteries, which cost about $1 billion each.")).toEqual([]);
  });

  it("counts aircraft a strike was 'hitting' as lost, but not buildings", () => {
    expect(rows("Drones launched from trucks reached three airfields inside Russia on Sunday, hitting 20 aircraft, the SBU said.").map((r) => [r[0], r[2], r[3]])).toEqual([["equipment_lost", "aircraft", 20]]);
    expect(rows("The missiles fell on a residential district, hitting two schools.")).toEqual([]);
  });

  it("counts 'among them one in Nikopol' as one of the people of the toll", () => {
    expect(rows("At least four people were killed, the governor of Dnipropetrovsk said, among them one in Nikopol.")).toEqual([
      ["civilians_killed", "UA", null, 4],
      ["civilians_killed", "UA", null, 1],
    ]);
  });
});

describe("extractClaims, round thirteen (test38 studied)", () => {
  const pub = { publishedAt: "2024-02-20" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads 'put Russia's losses of armoured personnel carriers at N' as equipment", () => {
    expect(rows("Kyiv's General Staff put Russia's losses of armoured personnel carriers at 2,100.")).toEqual([["equipment_lost", "RU", "apc", 2100]]);
  });

  it("gives tanks that 'Russian troops had abandoned' to Russia", () => {
    expect(rows("Kyiv said fleeing Russian troops had abandoned at least 15 tanks near Izium.")).toEqual([["equipment_lost", "RU", "tanks", 15]]);
  });

  it("reads 'its total casualties at' after a toll of the dead as casualties", () => {
    expect(rows("Kyiv put Russia's dead at 150,000 and its total casualties at about 450,000.")).toEqual([
      ["killed", "RU", null, 150000],
      ["casualties", "RU", null, 450000],
    ]);
  });

  it("reads the total after 'had risen by N … to'", () => {
    expect(rows("Kyiv said Russian losses had risen by 1,200 troops overnight to about 700,000.")).toEqual([
      ["casualties", "RU", null, 1200],
      ["casualties", "RU", null, 700000],
    ]);
  });

  it("gives '…, each handing over N' to both sides named as the sentence's subjects", () => {
    expect(rows("Moscow and Kyiv ended the swap on Friday, each handing over 205 prisoners.")).toEqual([
      ["captured", "RU", null, 205],
      ["captured", "UA", null, 205],
    ]);
  });

  it("does not give 'Western officials briefing reporters in London' the country of the place they spoke in", () => {
    const [c] = extractClaims("Western officials briefing journalists in London said about 9,000 Russian soldiers had been killed.", pub);
    expect([c?.value, c?.attributedTo, c?.sourceParty]).toEqual([9000, "Western officials briefing journalists in London", null]);
  });
});

describe("extractClaims, round thirteen (test39 studied)", () => {
  const pub = { publishedAt: "2024-06-01" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads a bulletin's labels run into a sentence, each with its day's change, by their own label", () => {
    const t = "Russia has lost 2,100 tanks, the General Staff said. Warships/boats – 16 (+0), special equipment – 120 (+2) and fuel tanks – 150 (+1) were also listed.";
    expect(rows(t).filter((r) => r[2] === "ships" || r[2] === "engineering")).toEqual([
      ["equipment_lost", "RU", "ships", 16],
      ["equipment_lost", "RU", "engineering", 120],
      ["equipment_lost", "RU", "engineering", 2],
    ]);
  });

  it("goes on with a loss list a source 'also cited'", () => {
    const t = "Among the equipment destroyed, the general listed 400 Ukrainian tanks. He also cited 60 multiple rocket launchers, including 12 HIMARS.";
    expect(rows(t)).toEqual([
      ["equipment_lost", "UA", "tanks", 400],
      ["equipment_lost", "UA", "mlrs", 60],
      ["equipment_lost", "UA", "mlrs", 12],
    ]);
  });

  it("gives civilians killed in land held by either side to Ukraine", () => {
    const t = "Of the civilians killed, 5,100 died in territory controlled by the Ukrainian government and 3,200 in areas occupied by Russia, the monitors said.";
    expect(rows(t).map((r) => [r[1], r[3]])).toEqual([
      ["UA", 5100],
      ["UA", 3200],
    ]);
  });

  it("reads 'In Ukraine, officials said' in a story from Russia as Ukraine's civilians and officials", () => {
    const t = "Belgorod's governor said 20 people were killed. In Ukraine, officials said at least 30 civilians had been killed in the Russian attack.";
    expect(extractClaims(t, pub).map((c) => [c.party, c.value, c.sourceParty])).toEqual([
      ["RU", 20, "RU"],
      ["UA", 30, "UA"],
    ]);
  });

  it("gives 'an analysis of open-source data by ISW' the analyst's country", () => {
    const [c] = extractClaims("Russian forces took about 400 square kilometres in May, according to an analysis of open-source mapping data by the Institute for the Study of War.", pub);
    expect([c?.value, c?.sourceParty]).toEqual([400, "US"]);
  });

  it("does not count weapons asked for, or places near which attacks were repelled", () => {
    expect(rows("Ukraine has asked allies for at least seven Patriot systems; the grid was damaged again.")).toEqual([]);
    expect(rows("The ministry said its units had repelled attacks near 11 settlements.")).toEqual([]);
  });

  it("counts the ground of settlements retaken, but not the area a site occupies", () => {
    expect(rows("Russian troops retook 20 settlements in the Kursk region covering more than 400 square kilometres, the ministry said.")).toEqual([
      ["settlements", "RU", null, 20],
      ["territory_km2", "RU", null, 400],
    ]);
    expect(rows("Marines defended the plant, which occupies some 11 square kilometres by the sea.")).toEqual([]);
  });

  it("gives ground a side 'claimed to hold' to that side, after another side's gains", () => {
    const t = "Russian troops retook 20 settlements in Kursk in March, the ministry said. At the peak of the incursion Kyiv claimed to hold about 1,300 square kilometres.";
    expect(extractClaims(t, pub).map((c) => [c.metric, c.party, c.value, c.attributedTo]).at(-1)).toEqual(["territory_km2", "UA", 1300, "Kyiv"]);
  });
});

describe("extractClaims, round thirteen (test40 studied)", () => {
  const pub = { publishedAt: "2024-02-20" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);
  const voices = (t: string) => extractClaims(t, pub).map((c) => [c.party, c.value, c.attributedTo, c.sourceParty]);

  it("does not take a topic label ('Russian losses:') for a speaker", () => {
    expect(voices("Russian losses: Ukraine's General Staff said Russia had lost about 1,100 troops in the past day.")).toEqual([["RU", 1100, "Ukraine's General Staff", "UA"]]);
  });

  it("gives a bare 'The agency' the body named just before", () => {
    const t = "The latest count came from the National Intelligence Service. The agency told lawmakers that about 1,500 North Korean soldiers have been killed.";
    expect(voices(t)).toEqual([["KP", 1500, "The agency", "KR"]]);
  });

  it("gives a figure to the source opening its own clause after a comma, and the losses to the side they are put on", () => {
    const t = "Estimates differ: US officials said that 60,000 Ukrainian soldiers had died, Ukraine's General Staff puts Russian losses at about 400,000, and Moscow claims 450,000 Ukrainian casualties.";
    expect(voices(t)).toEqual([
      ["UA", 60000, "US officials", "US"],
      ["RU", 400000, "Ukraine's General Staff", "UA"],
      ["UA", 450000, "Moscow", "RU"],
    ]);
  });

  it("reads a garrison that 'numbered' and troops 'pulled into the Kursk region' as deployed", () => {
    expect(rows("An officer said the Russian garrison had numbered 4,500 to 5,000 before the encirclement.")).toEqual([["troops_deployed", "RU", null, 4750]]);
    expect(rows("Syrskyi said Russia had pulled about 25,000 troops into the Kursk region.")).toEqual([["troops_deployed", "RU", null, 25000]]);
  });

  it("reads 'the deaths of N civilians and the injury of M' as both tolls of Ukraine's civilians", () => {
    expect(rows("The UN human rights office has verified the deaths of 8,000 civilians and the injury of 13,000.")).toEqual([
      ["civilians_killed", "UA", null, 8000],
      ["civilians_wounded", "UA", null, 13000],
    ]);
  });

  it("reads a side's 'own figure of N dead' as its soldiers killed", () => {
    expect(rows("Moscow, for its part, has not updated its own figure of 5,900 dead since September.")).toEqual([["killed", "RU", null, 5900]]);
    expect(rows("Kyiv does not publish its losses, and Moscow has not updated its own figure of 5,900 dead since September.")).toEqual([["killed", "RU", null, 5900]]);
  });
});

describe("extractClaims, round thirteen (test41 studied)", () => {
  const pub = { publishedAt: "2024-02-20" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);
  const voices = (t: string, outlet: string | null = null) => extractClaims(t, { ...pub, outlet }).map((c) => [c.value, c.attributedTo, c.sourceParty]);

  it("reads the body whose figures the sentence before is about as 'It'", () => {
    const t = "The figures of the UN human rights office are the most cautious. It has recorded 7,000 civilians killed.";
    expect(extractClaims(t, pub).map((c) => [c.party, c.value, c.sourceParty])).toEqual([["UA", 7000, null]]);
  });

  it("reads a pronoun opening its sentence as the source the sentence before named where the figure comes from", () => {
    const t = "The figure comes from Ukraine's General Staff, which publishes a daily count. On June 12, it said Russian losses had reached 1,000,340 personnel.";
    expect(voices(t)).toEqual([[1000340, "it", "UA"]]);
    const u = "The most careful count is by the independent Russian outlet Mediazona and the BBC's Russian service. As of June 13, they had confirmed 111,000 Russian soldiers killed by name.";
    expect(voices(u)).toEqual([[111000, "they", "RU"]]);
  });

  it("takes the whole appositive chain before ', who said'", () => {
    const t = "The highest US estimate came from Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, who said that well over 100,000 Russian soldiers had been killed or wounded.";
    expect(voices(t)).toEqual([[100000, "Gen. Mark Milley, the chairman of the Joint Chiefs of Staff", "US"]]);
  });

  it("reads an appositive subject before 'had by last week confirmed'", () => {
    const t = "Two Russian outlets working outside the Kremlin's reach, Mediazona and the Russian service of the BBC, had by last week confirmed the names of 45,000 Russian soldiers killed.";
    expect(voices(t).map((v) => [v[0], v[2]])).toEqual([[45000, "RU"]]);
  });

  it("reads 'Our General Staff' in a Ukrainian paper as Ukraine's", () => {
    expect(voices("Our General Staff reported that Russia had lost about 600,000 soldiers since February 2022.", "Dnipro Review")).toEqual([[600000, "Our General Staff", "UA"]]);
  });

  it("reads 'N of them fatal', 'the capture of N soldiers', troops moved, a force's size and a side's dead set off after a comma", () => {
    expect(rows("The agency had put North Korean casualties at 4,700, some 600 of them fatal.")).toEqual([
      ["casualties", "KP", null, 4700],
      ["killed", "KP", null, 600],
    ]);
    expect(rows("Kyiv and Seoul have confirmed the capture of two North Korean soldiers.")).toEqual([["captured", "KP", null, 2]]);
    expect(rows("The offensive forced Moscow to move about 30,000 troops from other sectors toward Kursk.")).toEqual([["troops_deployed", "RU", null, 30000]]);
    expect(rows("Russia's invasion force of roughly 190,000 has taken losses no army can absorb for long.")).toEqual([["troops_deployed", "RU", null, 190000]]);
    expect(rows("Russia's defence ministry has not updated its figure for its own dead, 5,937, since September.")).toEqual([["killed", "RU", null, 5937]]);
  });
});

describe("extractClaims, round thirteen (test43 studied)", () => {
  const pub = { publishedAt: "2023-10-20" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);
  const voices = (t: string) => extractClaims(t, pub).map((c) => [c.value, c.attributedTo, c.sourceParty]);

  it("reads a caption 'Russia: visually confirmed losses by type' as whose losses the table lists, not who speaks", () => {
    const t = "Our totals are floors.\n\nRussia: visually confirmed losses by type, as of 28 March 2022\n\nType | Confirmed\n\nTanks | 340\nHelicopters | 30";
    expect(extractClaims(t, pub).map((c) => [c.party, c.item, c.value, c.sourceParty])).toEqual([
      ["RU", "tanks", 340, null],
      ["RU", "helicopters", 30, null],
    ]);
  });

  it("reads 'the loss of N tanks' as lost, and a breakdown a few sentences after the losses", () => {
    expect(rows("Analysts confirmed the loss of 100 Russian tanks.")).toEqual([["equipment_lost", "RU", "tanks", 100]]);
    const t = "Analysts have documented the loss of at least 100 Russian armoured vehicles near the town.\n\nThe count was compiled by a volunteer. Only geolocated vehicles were included, he said.\n\nThe breakdown by type:\n\ntanks: 40;\nother vehicles: 8.";
    expect(rows(t).slice(1)).toEqual([
      ["equipment_lost", "RU", "tanks", 40],
      ["equipment_lost", "RU", "vehicles", 8],
    ]);
  });

  it("places a source by where it is based, and reads the agent of 'an estimate published … by'", () => {
    expect(voices("Russia has lost about 2,000 tanks, according to the London-based Institute for Strategic Balance.").map((v) => v[2])).toEqual(["GB"]);
    expect(voices("About 45,000 Russian men had been killed, according to an estimate published on Monday by the exiled news site Meduza.")).toEqual([[45000, "the exiled news site Meduza", "RU"]]);
    expect(voices("Russia has lost 300,000 soldiers, according to US officials quoted by The New York Times.").map((v) => v[1])).toEqual(["US officials"]);
  });

  it("gives places put 'under Ukrainian control' to Ukraine, and no ground in the grey zone", () => {
    expect(rows("The incursion has put about 28 Russian villages near Sudzha under Ukrainian control, according to Russian war bloggers.")).toEqual([["settlements", "UA", null, 28]]);
    expect(rows("About 2,100 square kilometres along the line are now in the grey zone.")).toEqual([]);
  });
});

describe("extractClaims, round thirteen (test44 and test45 studied)", () => {
  const pub = { publishedAt: "2024-02-28" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);

  it("does not take the side in 'what Moscow calls its special military operation' for the owner", () => {
    expect(rows("Shoigu said that Ukrainian losses since the start of what Moscow calls its special military operation had exceeded 440,000 troops.")).toEqual([["casualties", "UA", null, 440000]]);
  });

  it("reads a force put 'at well over' N in and around occupied land as the side's troops", () => {
    expect(rows("Western intelligence services have put the Russian force in and around occupied Ukraine at well over 400,000.")).toEqual([["troops_deployed", "RU", null, 400000]]);
  });

  it("reads people 'in the zone of the special military operation' as Russia's troops", () => {
    expect(rows("Putin said 600,000 people were in the zone of the special military operation.")).toEqual([["troops_deployed", "RU", null, 600000]]);
  });

  it("gives a side's admitted or own losses to that side", () => {
    expect(rows("The Russian Ministry of Defence has admitted to one sailor dead and 27 missing from the Moskva.")).toEqual([
      ["killed", "RU", null, 1],
      ["missing", "RU", null, 27],
    ]);
    expect(rows("Russia's General Staff said the first stage was complete, and gave its first figure for its own dead in four weeks: 1,351 servicemen killed.")).toEqual([["killed", "RU", null, 1351]]);
  });

  it("knows Rudskoy as Russia's, and claims nothing in a question", () => {
    expect(extractClaims("Colonel General Sergei Rudskoy said the Ukrainian army had lost about 14,000 killed.", pub).map((c) => c.sourceParty)).toEqual(["RU"]);
    expect(rows("How did the NIS arrive at the figure of 2,000 North Korean dead?")).toEqual([]);
  });
});

describe("extractClaims, round thirteen (test46 studied)", () => {
  it("does not take a broadcaster's script labels ('ANCHOR INTRO:', 'Caption:') for speakers", () => {
    const t = "ANCHOR INTRO: Rescuers in Dnipro have called off the search.\n\nUkraine's emergency service said 40 people were killed.\n\nCaption: Rescuers at the block, where 70 people were injured.";
    expect(extractClaims(t, { publishedAt: "2023-01-17" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([
      [40, "Ukraine's emergency service", "UA"],
      [70, null, null],
    ]);
  });
});

describe("extractClaims, round thirteen (test46 studied, figures)", () => {
  const pub = { publishedAt: "2024-08-13" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads 'tank losses have passed N' as tanks lost, not tanks held", () => {
    expect(rows("Russian tank losses have passed 6,000.")).toEqual([["equipment_lost", "RU", "tanks", 6000]]);
  });

  it("reads 'Of the 121 civilians injured, 10 are children' as a part with the whole's fate", () => {
    expect(rows("The governor of Kursk said 121 civilians had been injured. Of the 121 civilians injured, 10 are children.").at(-1)).toEqual(["civilians_wounded", "RU", null, 10]);
  });

  it("reads 'the first group of about 1,500' troops as deployed", () => {
    expect(rows("The first group of about 1,500 North Korean special forces left by ship in October, the agency said.")).toEqual([["troops_deployed", "KP", null, 1500]]);
  });
});

describe("extractClaims, round thirteen (test47 studied)", () => {
  const pub = { publishedAt: "2025-01-12" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.item, c.value]);
  const voices = (t: string) => extractClaims(t, pub).map((c) => [c.value, c.attributedTo, c.sourceParty]);

  it("reads a source before ', which calls …, said' with a comma closed inside quotes", () => {
    expect(voices('Russia\'s Ministry of Defense, which calls the incursion a "terrorist attack," said that Ukraine had lost more than 4,700 servicemen.')).toEqual([[4700, "Russia's Ministry of Defense", "RU"]]);
  });

  it("reads 'He' after a sentence a source opens after a time", () => {
    const t = "South Korea's spy agency said 4,700 North Korean troops had been killed or wounded.\n\nOn Saturday, Valery Gerasimov, Chief of the General Staff, visited the region. He claimed that Ukraine had lost more than 76,000 troops.";
    expect(voices(t).map((v) => [v[0], v[2]])).toEqual([
      [4700, "KR"],
      [76000, "RU"],
    ]);
  });

  it("reads 'total Russian losses, the killed and wounded together, had reached' as casualties", () => {
    expect(rows("Zelensky put the number of Russian troops killed at 180,000 and said total Russian losses, the killed and wounded together, had reached 500,000.")).toEqual([
      ["killed", "RU", null, 180000],
      ["casualties", "RU", null, 500000],
    ]);
  });

  it("reads a force 'that Kyiv and Seoul put at' a figure as deployed, after a capture", () => {
    expect(rows("Ukrainian forces had captured two North Korean soldiers, the first from a force that Kyiv and Seoul put at about 11,000 troops.")).toEqual([
      ["captured", "KP", null, 2],
      ["troops_deployed", "KP", null, 11000],
    ]);
  });

  it("gives 'military sources' cited by a country's outlets that country, and 'unnamed Western officials' none", () => {
    expect(voices("Six Ukrainian soldiers were killed, according to Ukrainian media, citing military sources.").map((v) => v[2])).toEqual(["UA"]);
    expect(voices("About 1,000 Russian soldiers were killed, the BBC reported, citing unnamed Western officials.").map((v) => v[2])).toEqual([null]);
  });
});


describe("extractClaims, round thirteen (test49 studied)", () => {
  const pub = { publishedAt: "2024-05-31" };
  const rows = (t: string) => extractClaims(t, pub).map((c) => [c.metric, c.party, c.value]);

  it("does not count weapons that killed as a toll, nor a town's inhabitants", () => {
    expect(rows("Two guided bombs killed 19 people in Kharkiv, the governor said.")).toEqual([["civilians_killed", "UA", 19]]);
    expect(rows("The police said 10 residents of Vovchansk had been killed; the town had some 17,000 inhabitants before the war.")).toEqual([["civilians_killed", "UA", 10]]);
    expect(rows("The bodies of 30 residents of Dnipro have been recovered, the governor said.").map((r) => r[2])).toEqual([30]);
  });

  it("reads 'quotes X as saying' in the present", () => {
    const t = "Shoigu said Ukraine had lost 4,900 troops. The daily quotes Ukraine's deputy defence minister Hanna Maliar as saying that Ukrainian troops had liberated about 250 square kilometres.";
    expect(extractClaims(t, { publishedAt: "2023-08-20" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [4900, "RU"],
      [250, "UA"],
    ]);
  });
});

describe("extractClaims, round fourteen (test50 studied)", () => {
  const at = (t: string, publishedAt = "2025-03-12") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("gives a ministry of no country in a mediated swap the mediator's country, and the mediator no prisoners", () => {
    expect(at("Kyiv and Moscow swapped 175 prisoners each on Tuesday in an exchange brokered by Qatar, the Ministry of Foreign Affairs said.")).toEqual([
      ["captured", "UA", 175, "QA"],
      ["captured", "RU", 175, "QA"],
    ]);
    // (Qatar's own people were never held: the total it helped free belongs to no one side.)
    expect(at("The foreign ministry said Qatar has mediated nine exchanges so far, bringing the number of captives freed through its mediation to 1,412.")).toEqual([["captured", null, 1412, "QA"]]);
  });

  it("reads a whole 'out of N launched' as weapons used, not lost", () => {
    expect(at("The air force said it had destroyed 61 Russian drones overnight, out of 93 launched.").map((r) => r[2])).toEqual([61]);
  });

  it("reads 'N people to each side' and 'N went each way' as both sides' prisoners, with the parts that follow", () => {
    expect(at("The swap returned 205 people to each side, 180 soldiers and 25 civilians, Ukraine's Coordination Headquarters said.").filter((r) => r[2] === 180)).toEqual([
      ["captured", "UA", 180, "UA"],
      ["captured", "RU", 180, "UA"],
    ]);
    expect(at("Altogether, 600 prisoners went each way.").map((r) => r[1])).toEqual(["RU", "UA"]);
    // (A ratio is still a ratio: "three wounded to each dead".)
    expect(at("Doctors in Dnipro saw about three wounded to each dead soldier.")).toEqual([]);
  });

  it("takes no page date line for a channel's header", () => {
    const t = "Published on 3 March 2025 at 9:40 (Kyiv) · Reading time 3 min. · Subscribers only\n\nSeventeen people were killed in Kryvyi Rih, the regional governor said.\n\nNine of the dead were found under the rubble of one house.";
    expect(at(t)).toEqual([
      ["civilians_killed", "UA", 17, "UA"],
      ["civilians_killed", "UA", 9, "UA"],
    ]);
  });

  it("gives state media the country named just before them", () => {
    expect(at("At a ceremony in Pyongyang, state media showed the coffins of 27 North Korean soldiers killed in Kursk.")).toEqual([["killed", "KP", 27, "KP"]]);
  });

  it("does not make the people counted the source of their own number", () => {
    expect(at("The three Russian prisoners captured near Pokrovsk in February are still held in Dnipro and have said they will not go back.")).toEqual([["captured", "RU", 3, null]]);
  });

  it("reads 'Two nine-storey blocks' as two buildings, not eleven", () => {
    expect(at("Two nine-storey apartment blocks were badly damaged, the emergency service said.").map((r) => [r[0], r[2]])).toEqual([["buildings_damaged", 2]]);
  });
});

describe("extractClaims, round fourteen (test51 to test54 studied)", () => {
  const at = (t: string, publishedAt = "2024-09-10", outlet: string | null = null) =>
    extractClaims(t, { publishedAt, outlet }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("counts one person hurt named without an age, and each of several", () => {
    expect(at("In the Kupiansk district a woman was killed when a shell hit her yard, the governor said, and a man aged 61 was injured in Kivsharivka.").map((r) => [r[0], r[2]])).toEqual([
      ["civilians_killed", 1],
      ["civilians_wounded", 1],
    ]);
  });

  it("reads private cars damaged beside a roof as no military loss", () => {
    expect(at("No one was hurt, but a roof and three cars were damaged in Shostka, the governor said.")).toEqual([]);
  });

  it("reads 'each side freed N people, M of them soldiers' for both sides, but not past ', and' that names one side", () => {
    expect(at("On the first day each side freed 250 people, 190 of them soldiers, the president said.").filter((r) => r[2] === 190).map((r) => r[1]).sort()).toEqual(["RU", "UA"]);
    expect(at("In the swap each side released 500 people, and Ukraine's returnees included 340 servicemen.").filter((r) => r[2] === 340).map((r) => r[1])).toEqual(["UA"]);
    expect(at("KHERSON — Russia and Ukraine completed a prisoner exchange on Sunday, each handing over 95 servicemen.").map((r) => r[1]).sort()).toEqual(["RU", "UA"]);
  });

  it("gives the dead a handover brings back to the side that receives them", () => {
    const t = "Russia, in turn, received the bodies of 41 of its soldiers, the headquarters said. The latest handover brought back 909 bodies, according to Ukrainian officials.";
    expect(at(t).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["killed", "RU", 41],
      ["killed", "UA", 909],
    ]);
  });

  it("gives losses inflicted 'on Ukrainian units' to Ukraine, whoever inflicted them", () => {
    expect(at("Russia's defence ministry said its Zapad group had inflicted losses of up to 410 servicemen on Ukrainian units near Kupiansk.")).toEqual([["casualties", "UA", 410, "RU"]]);
  });

  it("reads damage in other words: 'damaging the facades of', 'roofs torn off', monuments", () => {
    expect(at("Debris fell near a school in Kursk, damaging the facades of four buildings, the governor said.").map((r) => [r[0], r[2]])).toEqual([["buildings_damaged", 4]]);
    expect(at("Residents counted at least 20 houses with their roofs torn off after the strike on Lyptsi.").map((r) => [r[0], r[2]])).toEqual([["buildings_damaged", 20]]);
    expect(at("The city council said 12 historic monuments were damaged in the attack on Odesa.").map((r) => [r[0], r[2]])).toEqual([["buildings_damaged", 12]]);
  });

  it("gives settlements 'under Ukrainian control' to Ukraine when the figure comes after", () => {
    expect(at("Kyiv put the number of Russian villages under Ukrainian control at 82.").map((r) => [r[0], r[1], r[2]])).toEqual([["settlements", "UA", 82]]);
  });

  it("reads another estimate of the same thing as the same thing", () => {
    const t = "Washington said about 10,000 North Korean troops were in Russia. Kyiv has given a higher estimate, about 12,000.";
    expect(at(t).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["troops_deployed", "KP", 10000],
      ["troops_deployed", "KP", 12000],
    ]);
  });

  it("reads a size set off after its subject, and what a running update also lists", () => {
    expect(at("The North Korean brigades, estimated at 11,000 troops in all, had been used mostly in assaults, the lawmaker said.").map((r) => [r[0], r[1], r[2]])).toEqual([["troops_deployed", "KP", 11000]]);
    const t = "Russia has lost 1,200 troops over the past day, the General Staff said. The total has reached 640,000, according to the update, which also lists 8,900 tanks.";
    expect(at(t).map((r) => [r[0], r[2]])).toContainEqual(["equipment_lost", 8900]);
  });

  it("reads troops trained in eastern Russia as deployed there", () => {
    expect(at("Budanov said about 11,000 North Korean soldiers were being trained in eastern Russia.").map((r) => [r[0], r[1], r[2]])).toEqual([["troops_deployed", "KP", 11000]]);
  });

  it("does not count containers of shells as the troops counted before", () => {
    const t = "Pyongyang has sent about 10,000 soldiers to Russia. The NIS had put the number at about 13,000 containers of munitions.";
    expect(at(t).map((r) => r[2])).toEqual([10000]);
  });

  it("reads a toll given again, and the injured the same count goes on with, as civilians", () => {
    const t = "The death toll from the strike on Dnipro has risen to 40, the governor said. Earlier, officials had given a toll of 35 dead and 70 injured.";
    expect(at(t).map((r) => [r[0], r[2]])).toEqual([
      ["civilians_killed", 40],
      ["civilians_killed", 35],
      ["civilians_wounded", 70],
    ]);
    const u = "The UN human rights office has verified the deaths of more than 9,000 civilians. It has also recorded more than 16,000 injured.";
    expect(at(u).map((r) => [r[0], r[2]])).toEqual([
      ["civilians_killed", 9000],
      ["civilians_wounded", 16000],
    ]);
  });

  it("reads 'N of them' after soldiers the sentence before opened with, surrendered to the side that says so", () => {
    const t = "Those marines held out in the port for weeks. Russia's defence ministry said that 1,026 of them had surrendered.";
    expect(at(t)).toEqual([["captured", "UA", 1026, "RU"]]);
  });

  it("leaves out figures dated before the war, but not someone born then", () => {
    expect(at("The famine of 1932 and 1933 had killed millions; the bombing in 1944 killed an estimated 3,000 people.")).toEqual([]);
    expect(at("In Rylsk one civilian was killed, a man born in 1968, the governor said.").map((r) => [r[0], r[2]])).toEqual([["civilians_killed", 1]]);
  });

  it("reads 'everyone on board had died' as killed", () => {
    expect(at("Moscow said the plane had been carrying 48 captured Ukrainian soldiers and that everyone on board had died.").map((r) => [r[0], r[1], r[2]])).toEqual([["killed", "UA", 48]]);
  });

  it("finds the source after 'A day later' and after a name's age", () => {
    expect(at("A day later Russia said a strike had killed 30 Ukrainian soldiers.").map((r) => r[3])).toEqual(["RU"]);
    expect(at("Reznikov, 56, said Russia had lost 150,000 troops.").map((r) => r[3])).toEqual(["UA"]);
  });

  it("does not read a site's area or cities where people were detained as ground taken", () => {
    expect(at("The steelworks occupies an area of about 11 square kilometres.")).toEqual([]);
    expect(at("Police detained more than 700 people in 30 cities, a rights group said.")).toEqual([]);
  });

  it("reads 'the flag had returned to N settlements' as ground taken", () => {
    expect(at("Zelensky said the Ukrainian flag had returned to 29 settlements in the Kharkiv region.").map((r) => [r[0], r[1], r[2]])).toEqual([["settlements", "UA", 29]]);
  });

  it("does not count equipment moved away as lost", () => {
    expect(at("About 3,000 pieces of military equipment have been moved to the left bank, the ministry said.")).toEqual([]);
  });

  it("reads 'the injury of N others' as the injured", () => {
    expect(at("The UN has confirmed the deaths of 9,400 civilians and the injury of 17,000 others.").map((r) => [r[0], r[2]])).toEqual([
      ["civilians_killed", 9400],
      ["civilians_wounded", 17000],
    ]);
  });

  it("gives a source named after the figures with 'reported this' those figures", () => {
    const t = "Russian losses have reached about 140,000 personnel.\n\nThe General Staff of the Armed Forces of Ukraine reported this on Facebook.";
    expect(at(t)).toEqual([["casualties", "RU", 140000, "UA"]]);
  });

  it("gives an unplaced defence ministry on a Kyiv outlet Kyiv's, though Russia's is named further down", () => {
    const t = "Ukrainian troops had retaken more than 20 villages, according to the Defence Ministry.\n\nRussia's Defence Ministry denied the losses.";
    expect(at(t, "2022-04-04", "The Kyiv Courier").map((r) => r[3])).toEqual(["UA"]);
  });
});

describe("extractClaims, round fourteen: 'their' losses put at a figure by a third country", () => {
  it("gives 'their casualties' to the side the sentence before opened with", () => {
    const t = "North Korea's soldiers in Kursk have suffered badly. Seoul's military put their casualties at about 1,000 this week.";
    expect(extractClaims(t, { publishedAt: "2025-01-10" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([["casualties", "KP", 1000, "KR"]]);
  });
});

describe("extractClaims: a government body's own page", () => {
  const t = "Over the past day the occupiers lost 1,130 personnel.";
  const voice = (outlet: string | null) => extractClaims(t, { publishedAt: "2025-02-10", outlet }).map((c) => [c.attributedTo, c.sourceParty]);
  it("gives the figures in its own voice to the body and its country, not a newsroom's or an international body's", () => {
    expect(voice("General Staff of the Armed Forces of Ukraine")).toEqual([["General Staff of the Armed Forces of Ukraine", "UA"]]);
    expect(voice("The Kyiv Courier")).toEqual([[null, null]]);
    expect(voice("UN Human Rights Monitoring Mission in Ukraine")).toEqual([[null, null]]);
  });
});

describe("extractClaims, round fourteen (test56 studied)", () => {
  const at = (t: string, outlet: string | null = null) => extractClaims(t, { publishedAt: "2025-02-10", outlet }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);

  it("reads the part lost 'irrecoverably' as killed", () => {
    expect(at("In this direction 180 occupiers were neutralised over the day, 95 of them irrecoverably.").map((r) => [r[0], r[3]])).toEqual([
      ["casualties", 180],
      ["killed", 95],
    ]);
  });

  it("gives 'the country's' body the outlet's country", () => {
    expect(at("About 300 North Korean soldiers have been killed, the country's spy agency said.", "Yonhap").map((r) => r[4])).toEqual(["KR"]);
  });

  it("counts no drone in 'a lack of drone-defence training'", () => {
    expect(at("The contingent has suffered several hundred casualties, the ministry said, owing to inexperience and a lack of drone-defence training, and 40 were captured.").map((r) => r[0])).not.toContain("equipment_lost");
  });

  it("does not take the enemy counted by the figure before for the agent of the next", () => {
    expect(at("Border guard units killed 52 occupiers and destroyed 9 vehicles.", "State Border Guard Service of Ukraine").map((r) => [r[0], r[1], r[3]])).toEqual([
      ["killed", "RU", 52],
      ["equipment_lost", "RU", 9],
    ]);
  });

  it("leaves out people detained at a border", () => {
    expect(at("Last month border guards detained 900 men who tried to leave the country illegally.")).toEqual([]);
  });

  it("places a regional government's own page by its region", () => {
    expect(at("Two civilians were injured in Shebekino.", "Government of the Belgorod Region").map((r) => r[4])).toEqual(["RU"]);
  });
});

describe("extractClaims, round fourteen (test55 studied)", () => {
  const at = (t: string) => extractClaims(t, { publishedAt: "2025-07-10" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("leaves out what an earlier version of the story said, and keeps the corrected figure", () => {
    expect(at("Correction: An earlier version of this article said 4,000 North Korean troops had been killed.")).toEqual([]);
    expect(at("That should have read about 11,000 North Korean troops sent to Russia, as estimated by South Korea's spy agency.").map((r) => r[2])).toEqual([11000]);
  });

  it("reads 'Its General Staff' after a sentence naming a side's military", () => {
    const t = "The news came as Ukraine's military reported heavy fighting. Its General Staff said Russia had lost 1,300 troops over the past day.";
    expect(at(t)).toEqual([["casualties", "RU", 1300, "UA"]]);
  });

  it("does not count people who fled the war as troops", () => {
    expect(at("About 200 Ukrainians are now housed in the Exeter area, the council said.")).toEqual([]);
  });

  it("gives 'The count' the side whose tally the sentence before named", () => {
    const t = "Kyiv publishes a running tally of Russian losses every morning. The count passed 900,000 killed and wounded in May, according to the General Staff.";
    expect(at(t)).toEqual([["casualties", "RU", 900000, "UA"]]);
  });
});

describe("extractClaims: a part of vehicles named by its kind", () => {
  it("reads 'four of them armoured' as armoured vehicles", () => {
    expect(extractClaims("The brigade destroyed 9 Russian vehicles, three of them armoured.", { publishedAt: "2025-05-29" }).map((c) => [c.item, c.value])).toEqual([
      ["vehicles", 9],
      ["afv", 3],
    ]);
  });
});

describe("extractClaims: the names a count of the named dead lists", () => {
  it("reads them as that count's side's dead", () => {
    const at = (t: string) => extractClaims(t, { publishedAt: "2025-07-10" }).map((c) => [c.metric, c.party, c.value]);
    expect(at("The count leaves out thousands of missing, and the UALosses project has listed more than 80,000 names.")).toEqual([["killed", "UA", 80000]]);
    expect(at("Mediazona has identified 120,000 names so far.")).toEqual([["killed", "RU", 120000]]);
    expect(at("The petition has collected 5,000 names.")).toEqual([]);
  });
});

describe("extractClaims, round fourteen (test57 studied)", () => {
  const at = (t: string) => extractClaims(t, { publishedAt: "2025-09-15" }).map((c) => [c.metric, c.party, c.value]);

  it("leaves out other wars' figures told by a span of years or by the war's name", () => {
    expect(at("Between 1950 and 1953 China sent some 2 million men to Korea.")).toEqual([]);
    expect(at("For scale, the siege of Sarajevo killed about 11,000 people.")).toEqual([]);
  });

  it("gives losses a side admitted to that side, named by 'it'", () => {
    expect(at("Russia has lost tens of thousands of soldiers, Western officials say. Moscow has given no total since September 2022, when it admitted 5,937 dead.")).toEqual([["killed", "RU", 5937]]);
  });

  it("reads bare dead and wounded right after a count of civilians as civilians", () => {
    const t = "July was the deadliest month for civilians in Ukraine this year, with 286 killed, the UN said. June had been nearly as bad, with 232 dead and 1,343 wounded.";
    expect(at(t).slice(-2)).toEqual([
      ["civilians_killed", "UA", 232],
      ["civilians_wounded", "UA", 1343],
    ]);
  });
});

describe("extractClaims, round fifteen (test58 studied)", () => {
  const rows = (t: string, pub = "2025-04-14") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty, c.asOf]);
  const strike = "A Russian missile hit a building in Uman on Friday, killing at least 20 people, Ukraine's interior minister said.";

  it("takes a title set off after a source's name at the sentence's end ('according to Ihor Taburets, the governor of the Cherkasy region.')", () => {
    expect(rows("Seventeen people were injured, according to Ihor Taburets, the governor of the Cherkasy region.").map((r) => r[3])).toEqual(["UA"]);
    expect(rows("Seventeen people were injured, said Ihor Taburets, the governor of the Cherkasy region.").map((r) => r[3])).toEqual(["UA"]);
    // (No office, no title: "…, according to the ministry, the highest in a month" is no name of the ministry.)
    expect(rows("Seventeen people were injured, according to Ihor Taburets, the highest figure this month.").map((r) => r[3])).toEqual([null]);
  });

  it("reads bodies counted, a bare toll and 'the number of dead at 21, then 31' after a strike's civilian toll as the same civilians", () => {
    const t = `${strike}\n\nRescuers had counted 12 bodies by mid-morning, and Interior Minister Ihor Klymenko gave a toll of 17 around noon.\n\nOfficials had earlier put the number of dead at 21, then 31.`;
    expect(rows(t, "2023-04-28").map((r) => [r[0], r[1], r[2]])).toEqual([
      ["civilians_killed", "UA", 20],
      ["civilians_killed", "UA", 12],
      ["civilians_killed", "UA", 17],
      ["civilians_killed", "UA", 21],
      ["civilians_killed", "UA", 31],
    ]);
    // (Bodies handed back in a repatriation stay soldiers'.)
    expect(rows(`${strike}\n\nUkraine received 909 bodies in the repatriation.`, "2023-04-28").slice(1).map((r) => r[0])).not.toContain("civilians_killed");
  });

  it("reads 'The injured number 134' and deaths reported earlier, after a civilian toll, as civilians", () => {
    const t = `${strike}\n\nOn Tuesday, city officials had reported 15 deaths.\n\nThe injured number 134, according to the city's military administration.`;
    expect(rows(t, "2023-04-28").map((r) => [r[0], r[2], r[3]])).toEqual([
      ["civilians_killed", 20, "UA"],
      ["civilians_killed", 15, "UA"],
      ["civilians_wounded", 134, "UA"],
    ]);
  });

  it("names emergency services and rescuers as sources of the strike's country", () => {
    expect(rows("Eleven people were killed in Kramatorsk, emergency services said.").map((r) => r[3])).toEqual(["UA"]);
    expect(rows("Eleven people were killed in Kramatorsk, rescuers said.").map((r) => r[3])).toEqual(["UA"]);
  });

  it("does not carry a source into 'It is not the first…' or 'It was the deadliest…', the outlet's own background", () => {
    const t = "Russia's defence ministry said it had struck a command post in Kramatorsk, but gave no figures.\n\nIt is not the first mass-casualty strike on the city: in April of last year a missile attack on its railway station killed more than 50 people.";
    expect(rows(t, "2023-06-28").map((r) => [r[0], r[2], r[3]])).toEqual([["civilians_killed", 50, null]]);
  });

  it("reads 'The military' as the military named before, by any of its names", () => {
    const t = "North Korea's Central Military Commission praised the troops.\n\nSouth Korea's Joint Chiefs of Staff (JCS) said on Monday that North Korea had sent about 15,000 troops to Russia. The military also said Pyongyang had dispatched roughly 3,000 more soldiers in January.";
    expect(rows(t, "2025-04-28").map((r) => [r[2], r[3]])).toEqual([
      [15000, "KR"],
      [3000, "KR"],
    ]);
  });

  it("takes 'he' after the outlet's own correspondent for the correspondent, not a ministry named before him", () => {
    const t = "Russia's defence ministry said the strike had killed more than 60 servicemen.\n\nReporting from Kyiv, Europe correspondent Tom Whitlock said the strike had shaken the country.\n\n\"People here are asking what was agreed,\" he said.\n\nIt was the deadliest attack this year, worse than a strike on Kryvyi Rih nine days earlier in which 20 people were killed.";
    expect(rows(t).slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([["civilians_killed", 20, null]]);
  });

  it("dates a figure reported 'last August', and a UN count said 'this month' by the month that closes its enumeration", () => {
    expect(rows("The New York Times reported last August that close to 70,000 Ukrainian troops had been killed.", "2024-02-25").map((r) => r[4])).toEqual(["2023-08"]);
    expect(rows("The UN monitoring mission said this month that at least 286 civilians were killed and 1,388 injured across Ukraine in July.", "2025-08-12").map((r) => r[4])).toEqual(["2025-07", "2025-07"]);
    // (Not across a clause of another source: "…, and Russia's ministry has claimed …" is dated by the report.)
    expect(rows("US officials told newspapers last August that nearly 70,000 Ukrainian soldiers had been killed, and Russia's defence ministry has claimed more than 444,000 Ukrainian casualties.", "2024-02-27").map((r) => r[4])).toEqual(["2023-08", "2024-02-27"]);
  });

  it("leaves out a figure named again as a figure, and people registered under temporary protection", () => {
    expect(rows("Zelensky said 31,000 Ukrainian soldiers had been killed. \"The figure of 31,000 will be debated for a long time,\" he said.", "2024-02-25").map((r) => r[2])).toEqual([31000]);
    expect(rows("More than 950,000 Ukrainians are registered in Poland under temporary protection.")).toEqual([]);
  });
});

describe("extractClaims, round fifteen (test57 read again)", () => {
  const rows = (t: string, pub = "2025-02-27") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value, c.asOf]);

  it("reads a later total after a year in the time ('1,400 tanks in 2024 alone, and more than 4,000 since …')", () => {
    expect(rows("The IISS estimated that Russia lost around 1,400 main battle tanks in 2024 alone, and more than 4,000 since the start of the invasion.").map((r) => [r[2], r[3]])).toEqual([
      ["tanks", 1400],
      ["tanks", 4000],
    ]);
  });

  it("reads 'Its count for Ukraine stood at just over 1,100' and 'claims far more: 10,160 Russian tanks' after a tank count", () => {
    const t = "Oryx had documented more than 3,700 Russian tanks destroyed, damaged or captured. Its count for Ukraine stood at just over 1,100. Kyiv's General Staff claims far more: 10,160 Russian tanks and 21,150 armoured fighting vehicles.";
    expect(rows(t).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["equipment_lost", "RU", "tanks", 3700],
      ["equipment_lost", "UA", "tanks", 1100],
      ["equipment_lost", "RU", "tanks", 10160],
      ["equipment_lost", "RU", "afv", 21150],
    ]);
    // (A radar that "recorded two drones entering" the airspace two sentences after a loss counts no loss.)
    expect(rows("Ukraine's air force said it had shot down 40 Russian drones. The strikes hit Izmail. Moldova's defence ministry said its radar recorded two drones entering its airspace.").map((r) => r[3])).toEqual([40]);
  });

  it("reads weapons ordered after a figure with a thousands comma as ordered ('ordered 1,000 K2 tanks … and 250 Abrams')", () => {
    const t = "Ukraine received 31 Abrams tanks, and Oryx has counted about 20 of them lost. Poland, meanwhile, has ordered 1,000 K2 tanks from South Korea and 250 Abrams.";
    expect(rows(t).map((r) => r[3])).toEqual([20]);
  });

  it("reads 'its wounded at 100,000 to 120,000' after the dead put at a figure as wounded", () => {
    expect(rows("US officials estimated Ukraine's dead at close to 70,000 and its wounded at 100,000 to 120,000.", "2023-08-20").map((r) => [r[0], r[3]])).toEqual([
      ["killed", 70000],
      ["wounded", 110000],
    ]);
  });

  it("dates what a source 'added' in the next sentence to the day it spoke", () => {
    const t = "On 27 August, Syrskyi said Ukrainian forces controlled 1,294 km² in the region. He added that Russia had moved about 30,000 troops to the Kursk direction.";
    expect(rows(t, "2024-09-06").map((r) => [r[3], r[4]])).toEqual([
      [1294, "2024-08-27"],
      [30000, "2024-08-27"],
    ]);
  });
});

describe("extractClaims, round fifteen (test57 territory by the month)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2025-06-10" }).map((c) => [c.metric, c.party, c.value, c.sourceParty, c.asOf]);

  it("reads 'before falling to about 140 in March' as the next month's ground", () => {
    expect(rows("Russia took about 430 square kilometres in January and roughly 330 in February, before falling to about 140 in March, DeepState said.").map((r) => [r[2], r[4]])).toEqual([
      [430, "2025-01"],
      [330, "2025-02"],
      [140, "2025-03"],
    ]);
  });

  it("reads two counts of one month by their own sources ('450 km² by DeepState's count and a little over 500 by AFP's reading of the ISW maps')", () => {
    const t = "Russia took 430 square kilometres in January, DeepState said.\n\nIn May the figure rose again, to about 450 square kilometres by DeepState's count and a little over 500 by AFP's reading of the ISW maps.";
    expect(rows(t).slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["RU", 450, "UA"],
      ["RU", 500, null],
    ]);
  });

  it("leaves out a country's area told with an aside ('Ukraine's total area, for the record, is 603,500 square kilometres')", () => {
    expect(rows("Ukraine's total area, for the record, is 603,500 square kilometres, and its pre-war population was about 41 million.")).toEqual([]);
  });
});

describe("extractClaims, round fifteen (test59 studied)", () => {
  const rows = (t: string, pub = "2025-05-26") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty, c.asOf]);

  it("opens a list at a header that says 'as follows' in words, with its source after it", () => {
    const t = "The total combat losses of the russian invaders are approximately as follows, the General Staff of the Armed Forces of Ukraine reported on Facebook.\npersonnel ‒ about 790,800 (+1,330) persons\ntanks ‒ 9,594 (+4)";
    expect(rows(t, "2025-01-01").map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["casualties", "RU", null, 790800, "UA"],
      ["casualties", "RU", null, 1330, "UA"],
      ["equipment_lost", "RU", "tanks", 9594, "UA"],
      ["equipment_lost", "RU", "tanks", 4, "UA"],
    ]);
  });

  it("gives the equipment a tally 'also includes' to the side whose men it counted just before", () => {
    const t = "The Kiev regime's formations lost 220 servicemen, the ministry said. Its daily summary added that 14 motor vehicles had also been destroyed.\n\nSince August 6, 2024, the Ukrainian armed forces have lost over 67,000 troops there. The tally, as the ministry presented it, also includes more than 390 tanks.";
    expect(rows(t, "2025-03-13").slice(2).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["casualties", "UA", 67000],
      ["equipment_lost", "UA", 390],
    ]);
  });

  it("leaves out citizens who signed contracts, but not people recruited to fight", () => {
    expect(rows("According to Belousov, more than 427,000 citizens signed contracts to serve in the armed forces in 2024.")).toEqual([]);
    expect(rows("More than 200 Kenyans have been recruited to fight for Russia, the ministry said.").map((r) => [r[0], r[1], r[3]])).toEqual([["troops_deployed", "KE", 200]]);
  });

  it("reads a swap's 'ones', what a side 'received' after it, and a delegation's head as that side's source", () => {
    const t = "On Saturday the sides swapped 307 Russian servicemen for 307 Ukrainian ones, and on Sunday another 303 servicemen were returned to each side, the ministry added.\n\nAltogether Russia received 1,000 of its citizens, 880 of them servicemen, Vladimir Medinsky, who headed the Russian delegation in Istanbul, wrote on Sunday.";
    const out = rows(t);
    expect(out.slice(0, 2).map((r) => [r[1], r[3], r[5]])).toEqual([
      ["RU", 307, "2025-05-24"],
      ["UA", 307, "2025-05-24"],
    ]);
    expect(out.filter((r) => r[3] === 880).map((r) => [r[0], r[1], r[4]])).toEqual([["captured", "RU", "RU"]]);
  });

  it("takes no figure's clause for a source's title ('According to him, the agency believes about 15,000 …')", () => {
    const t = "South Korean lawmaker Lee Seong-kweun, citing the National Intelligence Service, said North Korea had suffered about 4,700 casualties. According to him, the agency believes about 15,000 North Korean soldiers have been sent to Russia.";
    expect(rows(t, "2025-04-30").map((r) => r[4])).toEqual(["KR", "KR"]);
  });

  it("finds the source after a relative's 'in which', and 'His office' of the person opening the sentence before", () => {
    expect(rows("After the strike on Kryvyi Rih on April 4, in which Ukrainian officials said 20 people were killed, the ministry claimed a hit on a restaurant.", "2025-04-15").map((r) => [r[0], r[3], r[4]])).toEqual([["civilians_killed", 20, "UA"]]);
    // (Not "a radio exchange in which a Ukrainian tells a Russian warship …": no source's noun.)
    const t = "Zelensky, who called the strike a war crime, has asked partners for 10 more Patriot systems. His office said that 21 buildings had been damaged in the city center.";
    expect(rows(t, "2025-04-15").map((r) => [r[0], r[3], r[4]])).toEqual([["buildings_damaged", 21, "UA"]]);
  });

  it("reads the people a list of the dead 'also includes' as its dead", () => {
    const t = "We have established the names of 90,019 Russian soldiers killed in the war in Ukraine. Over the past four weeks, the list has grown by more than 3,200 names. The list also includes more than 16,000 former prisoners recruited by Wagner.";
    expect(rows(t, "2025-02-21").map((r) => [r[0], r[1], r[3]])).toEqual([
      ["killed", "RU", 90019],
      ["killed", "RU", 3200],
      ["killed", "RU", 16000],
    ]);
  });
});

describe("extractClaims, round fifteen (test60 studied)", () => {
  const rows = (t: string, pub = "2024-11-19") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);

  it("gives ground told after a dash to the side named there ('2,700 sq km — the ground Russian forces have taken', '— Russian gains')", () => {
    expect(rows("2,700 sq km — the ground Russian forces have taken in Ukraine so far this year.\nAbout 600 sq km — Russian gains in October alone.")).toEqual([
      ["territory_km2", "RU", 2700],
      ["territory_km2", "RU", 600],
    ]);
  });

  it("reads a count of one side's tank losses put at a figure as tanks ('Oryx's count of Ukrainian tank losses is lower, at about 720')", () => {
    expect(extractClaims("Oryx's count of Ukrainian tank losses is lower, at about 720.", { publishedAt: "2023-11-16" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "UA", "tanks", 720]]);
  });

  it("reads a side's losses named in quotation marks, parts of a named-dead count that 'were officers', and a joint source named with an appositive", () => {
    const at = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
    expect(at("We report the Ukrainian General Staff's figure for Russian “personnel losses”, which passed 1,040,000 this week.", "2025-07-18")).toEqual([["casualties", "RU", 1040000, "UA"]]);
    expect(at("Mediazona, an independent Russian outlet, and the BBC's Russian service have confirmed the deaths of 95,000 Russian soldiers. Of those, more than 4,100 were officers.", "2025-02-20")).toEqual([
      ["killed", "RU", 95000, "RU"],
      ["killed", "RU", 4100, "RU"],
    ]);
  });

  it("finds the source after a month and year that open the sentence ('In February 2025 President Volodymyr Zelensky said')", () => {
    const t = "The Russian government has not given a total since September 2022, when Defence Minister Sergei Shoigu said 5,937 Russian soldiers had been killed.\n\nIn February 2025 President Volodymyr Zelensky said 46,000 Ukrainian soldiers had been killed.";
    expect(extractClaims(t, { publishedAt: "2025-10-02" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [5937, "RU"],
      [46000, "UA"],
    ]);
  });

  it("finds a body named in lower case after its owner before ', which said'", () => {
    expect(extractClaims("Likewise we attribute every figure from Russia's defence ministry, which said on Sunday that Ukrainian forces had lost up to 1,400 troops.", { publishedAt: "2025-07-18" }).map((c) => [c.party, c.value, c.sourceParty])).toEqual([["UA", 1400, "RU"]]);
  });

  it("skips a page's table of contents under 'Contents' ('1 Military casualties')", () => {
    expect(rows("Contents\n\n1 Military casualties\n2 North Korean forces\n3 Civilian casualties\n\nMilitary casualties\n\nRussia lost 1,000 soldiers, Ukraine's General Staff said.")).toEqual([["casualties", "RU", 1000]]);
  });

  it("leaves out people who have left a region, and claims rated by a fact-checker", () => {
    expect(rows("Russian officials say 31 civilians have been killed in the region since the incursion began, and more than 130,000 people have left.", "2024-08-20")).toEqual([["civilians_killed", "RU", 31]]);
    expect(rows("In the past 12 months VerityDesk has rated 37 claims about military losses; 21 of them were rated misleading.")).toEqual([]);
    // (Troops that left by ship are still troops sent.)
    expect(rows("The first group, of roughly 1,500 North Korean special forces, left by ship in October, according to the NIS.").map((r) => r[2])).toEqual([1500]);
  });
});

describe("extractClaims, round fifteen (test63 studied)", () => {
  it("gives an official of no country named, counting the citizens of a country at peace, their government's country, and the pronoun after him", () => {
    const t = "Foreign Affairs Minister Samuel Okudzeto Ablakwa told Parliament on Wednesday that 55 Ghanaians had been killed fighting for Russia. Eight more Ghanaians were injured and are in Russian hospitals, he said.";
    expect(extractClaims(t, { publishedAt: "2025-06-12" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([
      ["killed", "GH", 55, "GH"],
      ["wounded", "GH", 8, "GH"],
    ]);
    expect(extractClaims("Kyrgyz officials told parliament in April that 23 wounded Kyrgyz veterans of the war were receiving treatment at home.", { publishedAt: "2025-06-12" }).map((c) => [c.metric, c.party, c.value])).toEqual([["wounded", "KG", 23]]);
    expect(extractClaims("Eight more Ghanaians were injured, the minister said, while the whereabouts of 14 Ghanaian recruits are unknown.", { publishedAt: "2025-06-12" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["wounded", "GH", 8],
      ["missing", "GH", 14],
    ]);
    // (Not a side's: an unnamed ministry counting Russian soldiers is not made Russia's by whom it counts.)
    expect(extractClaims("The ministry said 100 Russian soldiers had been killed.", { publishedAt: "2025-06-12" }).map((c) => c.sourceParty)).toEqual([null]);
  });
});

describe("extractClaims, round sixteen (test62 studied)", () => {
  const claims = (t: string, publishedAt = "2025-05-09") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value]);

  it("gives a toll of the whole war the article's place, not the place named just before it", () => {
    const t = "Short-range drones killed 14 civilians in Kherson during the month. The Mission is aware of reports of civilian casualties in the Russian Federation, including in Belgorod and Kursk regions, which it could not verify.\n\nBetween 24 February 2022 and 30 April 2025, the Mission verified that 13,134 civilians had been killed in Kyiv, Kharkiv, Odesa and elsewhere, and 31,867 injured.";
    expect(claims(t).slice(1)).toEqual([
      ["civilians_killed", "UA", 13134],
      ["civilians_wounded", "UA", 31867],
    ]);
    // (A toll after the place named just before it is still that place's.)
    expect(claims("A block in Belgorod collapsed after the strike. Officials said 15 people were killed.")).toEqual([["civilians_killed", "RU", 15]]);
  });

  it("gives civilians of no place named in an article on the UN's human rights monitors to Ukraine", () => {
    // (Kursk, the only place the article names, is where soldiers were captured.)
    const t = "The UN Human Rights Office has published its periodic report.\n\nCivilians continued to bear the brunt of the fighting. Over the same period, at least 366 civilians were killed and 1,826 injured, the report says.\n\nThe report also notes the soldiers captured in Kursk in January.";
    expect(claims(t).filter((c) => String(c[0]).startsWith("civilians"))).toEqual([
      ["civilians_killed", "UA", 366],
      ["civilians_wounded", "UA", 1826],
    ]);
  });

  it("reads killings of prisoners as their dead, and leaves out the people a report interviewed", () => {
    expect(claims("Since the start of the full-scale invasion, it has recorded 181 such killings of Ukrainian prisoners, the office said.")).toEqual([["killed", "UA", 181]]);
    expect(claims("The report draws on interviews with 205 Ukrainian prisoners released in exchanges.")).toEqual([]);
    expect(claims("Monitors interviewed 60 former detainees in Kyiv.")).toEqual([]);
  });

  it("reads a swap's side that 'got 150 of its servicemen back', and 'each' not past ', and' a new subject", () => {
    expect(claims("The previous swap returned 189 Ukrainian servicemen, while Russia got 150 of its servicemen back.")).toEqual([
      ["captured", "UA", 189],
      ["captured", "RU", 150],
    ]);
    expect(claims("On 19 March, the two sides swapped 175 prisoners each, and Ukraine handed over 22 wounded Russian soldiers as a goodwill gesture.")).toEqual([
      ["captured", "RU", 175],
      ["captured", "UA", 175],
      ["captured", "RU", 22],
    ]);
  });

  it("counts farmhands hurt by a mine as civilians", () => {
    expect(claims("On Sunday, a tractor hit an anti-tank mine in a field near Balakliia, injuring two farmhands, regional police said.")).toEqual([["civilians_wounded", "UA", 2]]);
  });

  it("gives the dead of a strike on a place where one side's commanders met to that side", () => {
    expect(claims("Russia's defence ministry said it had struck a restaurant where Ukrainian commanders were meeting Western instructors, killing up to 85 servicemen and destroying up to 20 vehicles.")).toEqual([
      ["killed", "UA", 85],
      ["equipment_lost", "UA", 20],
    ]);
  });

  it("carries no source across a paragraph into 'It was the deadliest attack …'", () => {
    const t = "The toll has risen to 20, the head of the city's defence council, Oleksandr Vilkul, said. Another 63 people were injured, Serhiy Lysak, the governor of Dnipropetrovsk region, said.\n\nUkraine's general staff said the missile had carried a cluster warhead.\n\nIt was the deadliest attack on the city since June 2023, when a missile hit a five-storey block and killed 12 people.";
    expect(extractClaims(t, { publishedAt: "2025-04-05" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [20, "UA"],
      [63, "UA"],
      [12, null],
    ]);
  });
});

describe("extractClaims, round sixteen (test61 studied)", () => {
  const claims = (t: string, publishedAt = "2025-06-12") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.item, c.value, c.asOf]);

  it("reads a list headed by the General Staff's 'other totals' as the other side's losses", () => {
    const t = "Russia's losses have passed one million, Ukraine's General Staff said on Thursday. According to the General Staff, Russia has lost 1,000,340 military personnel since the invasion began.\n\nThe General Staff's other totals, as of the morning of June 12, were:\n\ntanks: 10,933 (+3)\n\nartillery systems: 28,744 (+35)";
    expect(claims(t).slice(2).map((c) => [c[1], c[2], c[3]])).toEqual([
      ["RU", "tanks", 10933],
      ["RU", "tanks", 3],
      ["RU", "artillery", 28744],
      ["RU", "artillery", 35],
    ]);
  });

  it("counts nationals who 'had served in' an army as deployed, and those home and discharged as no prisoners", () => {
    const t = "A spokesperson told reporters that 126 Indian nationals had served in the Russian armed forces in all. Of these, 96 have returned to India and been discharged, he said, adding that New Delhi was pressing Moscow for the release of the remaining 18.";
    expect(claims(t, "2025-01-17").map((c) => [c[0], c[1], c[3]])).toEqual([["troops_deployed", "IN", 126]]);
  });

  it("gives a ministry of no country named the mediator named in the sentence before", () => {
    const t = "ABU DHABI, 5th January, 2025 (GCNA) -- The United Arab Emirates has succeeded in a new mediation effort between the Russian Federation and Ukraine.\n\nThe Ministry of Foreign Affairs said in a statement that 150 Russian prisoners of war and 150 Ukrainian prisoners of war had been released under the deal.";
    expect(extractClaims(t, { publishedAt: "2025-01-05" }).map((c) => [c.party, c.value, c.sourceParty])).toEqual([
      ["RU", 150, "AE"],
      ["UA", 150, "AE"],
    ]);
    // (A ministry named before the mediation is still the one meant.)
    const named = "Russia and Ukraine exchanged 246 prisoners of war each on Saturday, the Russian Defence Ministry said.\n\nThe swap, mediated by the United Arab Emirates, was the first since March.\n\nIn a second transfer, 31 wounded Ukrainian prisoners were handed back in return for 15 wounded Russian servicemen, the ministry added.";
    expect(extractClaims(named, { publishedAt: "2025-04-19" }).slice(2).map((c) => [c.value, c.sourceParty])).toEqual([
      [31, "RU"],
      [15, "RU"],
    ]);
  });

  it("dates figures by 'in late May', by the sentence's own date over a wire's dateline, and past a closed relative clause", () => {
    expect(claims("The UK Ministry of Defence said in late May that Russian casualties stood at around 970,000.").map((c) => c[4])).toEqual(["2025-05"]);
    expect(claims("GENEVA, Jan. 10 (OPB) -- At least 2,043 civilians were killed and 8,638 injured in Ukraine in 2024, the UN Human Rights Monitoring Mission in Ukraine said.", "2025-01-10").map((c) => c[4])).toEqual(["2024", "2024"]);
    expect(claims("Ukraine received 757 bodies, which Moscow said were of Ukrainian servicemen, in the repatriation on December 20.", "2025-01-05").map((c) => c[4])).toEqual(["2024-12-20"]);
    // (A relative clause open up to its date keeps it: "where it launched an offensive in August".)
    expect(claims("Ukraine held 1,000 km² of the Kursk region, where it launched an offensive in August.", "2025-01-05").map((c) => c[4])).toEqual(["2025-01-05"]);
  });
});

describe("extractClaims, round sixteen (test64 studied)", () => {
  const claims = (t: string, publishedAt = "2024-11-09") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value]);

  it("reads 'of them' as the people its own sentence names, and a relative 'which said' as the name before it", () => {
    const t = "October: Ukrainian soldiers step off a bus after a prisoner exchange, in which Ukraine brought home 95 servicemen.\n\nNovember: North Korean soldiers, shown in an image released by Ukraine's intelligence service, which said about 11,000 of them were now in Kursk region.";
    expect(extractClaims(t, { publishedAt: "2024-12-30" }).slice(1).map((c) => [c.metric, c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([["troops_deployed", "KP", 11000, "Ukraine's intelligence service", "UA"]]);
    // (An appositive title before "who" is still the speaker's.)
    expect(extractClaims("Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, who said 100,000 Russian soldiers had been killed or wounded.", { publishedAt: "2022-11-10" }).map((c) => c.sourceParty)).toEqual(["US"]);
  });

  it("takes the source of a figure-first line from its contact clause ('the Ukrainian servicemen Moscow's defence ministry says …')", () => {
    expect(extractClaims("More than 36,000: the Ukrainian servicemen Moscow's defence ministry says Ukraine has lost in Kursk region since August.", { publishedAt: "2024-12-02" }).map((c) => [c.party, c.attributedTo, c.sourceParty])).toEqual([["UA", "Moscow's defence ministry", "RU"]]);
  });

  it("dates each figure of 'N in January, N in February and N in March' by its own month", () => {
    expect(extractClaims("Russian forces took about 430 square kilometres in January, 360 in February and 240 in March.", { publishedAt: "2025-04-03" }).map((c) => c.asOf)).toEqual(["2025-01", "2025-02", "2025-03"]);
    // (A part after the comma keeps the month: "856 injured in August, including 14 children killed".)
    expect(extractClaims("The mission verified that 184 civilians were killed and 856 injured in August, including 14 children killed.", { publishedAt: "2024-09-10" }).map((c) => c.asOf)).toEqual(["2024-08", "2024-08", "2024-08"]);
  });

  it("reads villages a side 'claimed' as taken, troops 'pulled from other sectors' as deployed, and homes left uninhabitable as damaged", () => {
    expect(claims("Moscow's defence ministry claimed two more villages in Donetsk region, both south of Kurakhove.")).toEqual([["settlements", "RU", 2]]);
    expect(claims("Moscow, Syrskyi added, had pulled about 30,000 troops from other sectors to contain the breach.")).toEqual([["troops_deployed", "RU", 30000]]);
    expect(claims("About 1,600 homes in the Sudzha district are uninhabitable, he added.")).toEqual([["buildings_damaged", "RU", 1600]]);
    // ("claimed" that introduces what a source says stays a verb of saying.)
    expect(claims("Russia's defence ministry claimed 40,000 Ukrainian soldiers were killed.")).toEqual([["killed", "UA", 40000]]);
  });

  it("leaves out the state of some of those hurt and a toll of both sides together", () => {
    expect(claims("Twelve people were injured in Kharkiv. He said nine of the injured were in serious condition.")).toEqual([["civilians_wounded", "UA", 12]]);
    expect(claims("Taken together, nearly 500,000 men had been killed or wounded on the two sides.")).toEqual([]);
  });

  it("reads a list's numbered heading as one line, so that a figure under it keeps the ground counted before", () => {
    const t = "1. The map moves\n\nRussian forces took about 4,170 square kilometres of Ukraine in 2024, according to maps by the Institute for the Study of War. Each bar is one month.\n\n2. The peak\n\nNovember was the largest month, at 725 square kilometres.";
    expect(claims(t, "2025-02-20")).toEqual([
      ["territory_km2", "RU", 4170],
      ["territory_km2", "RU", 725],
    ]);
  });

  it("sums up a toll counted by its noun in a bare running total, but not a number of tanks", () => {
    expect(claims("Ukraine's General Staff counted 45,720 Russian casualties in November. By 30 November its running total stood at 742,830.", "2024-12-02")).toEqual([
      ["casualties", "RU", 45720],
      ["casualties", "RU", 742830],
    ]);
    expect(claims("Ukraine's General Staff counted 45,720 Russian casualties in November. The number of tanks held in reserve fell from about 7,000 in 2021 to roughly 3,900 by late 2024.", "2024-12-02")).toEqual([["casualties", "RU", 45720]]);
  });
});

describe("extractClaims, round sixteen (translated copy, from test67's theme, unread)", () => {
  it("reads 'informs' as a verb of saying, dates written day first with dots, and a passive's agent before the figure", () => {
    const t = "The General Staff of the AFU informs: the total combat losses of the enemy from 24.02.22 to 12.06.25 approximately amounted to: personnel ~1 000 340 (+1 140) persons, tanks – 10 933 (+3).";
    expect(extractClaims(t, { publishedAt: "2025-06-12" }).map((c) => [c.metric, c.party, c.value, c.sourceParty, c.asOf])).toEqual([
      ["casualties", "RU", 1000340, "UA", "2025-06-12"],
      ["casualties", "RU", 1140, "UA", "2025-06-12"],
      ["equipment_lost", "RU", 10933, "UA", "2025-06-12"],
      ["equipment_lost", "RU", 3, "UA", "2025-06-12"],
    ]);
    expect(extractClaims("Ukrainian side lost in the Kursk direction over 1 145 servicemen, the Ministry of Defence of the Russian Federation informs.", { publishedAt: "2025-06-12" }).map((c) => [c.party, c.value, c.sourceParty])).toEqual([["UA", 1145, "RU"]]);
    expect(extractClaims("During the day were destroyed by Ukrainian forces 12 tanks.", { publishedAt: "2025-06-12" }).map((c) => [c.party, c.item, c.value])).toEqual([["RU", "tanks", 12]]);
    expect(extractClaims("As of 05.03.2024, Russia had lost 420,000 soldiers, Ukraine said.", { publishedAt: "2024-03-06" }).map((c) => c.asOf)).toEqual(["2024-03-05"]);
  });
});

describe("extractClaims, round sixteen (test65 studied)", () => {
  const claims = (t: string, publishedAt = "2024-02-29") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads the equipment a list or count of losses holds as lost ('the list stood at', 'my list has', 'the count is')", () => {
    expect(claims("On Thursday the list stood at 347 Russian aircraft and 325 helicopters.")).toEqual([
      ["equipment_lost", "RU", "aircraft", 347],
      ["equipment_lost", "RU", "helicopters", 325],
    ]);
    expect(claims("My list has 98 Ukrainian aircraft and 53 helicopters.")).toEqual([
      ["equipment_lost", "UA", "aircraft", 98],
      ["equipment_lost", "UA", "helicopters", 53],
    ]);
    // (A side that "has" equipment still holds it.)
    expect(claims("Ukraine has 98 aircraft and 53 helicopters.")).toEqual([]);
  });

  it("gives equipment lost with no side of its own the side of the equipment lost just before it", () => {
    expect(claims("The General Staff's list counts 369 Russian aircraft and 331 helicopters. At sea the count is 29 ships and boats.", "2025-01-10")).toEqual([
      ["equipment_lost", "RU", "aircraft", 369],
      ["equipment_lost", "RU", "helicopters", 331],
      ["equipment_lost", "RU", "ships", 29],
    ]);
  });

  it("reads the parts by region after a colon, launchers of an air-defence system, and a warship sunk in the active voice", () => {
    expect(claims("Overnight, air defence systems destroyed 337 Ukrainian drones: 126 over the Kursk Region, 91 over the Bryansk Region and 74 over the Moscow Region, the Russian Defence Ministry said.", "2024-11-11").map((c) => c[3])).toEqual([337, 126, 91, 74]);
    expect(claims("Ukraine's Defence Intelligence said on 23 August that its drones had struck an S-400 Triumf battery near Olenivka, destroying two launchers.", "2024-08-29")).toEqual([["equipment_lost", "RU", "air_defense", 2]]);
    expect(claims("The HUR said its sea drones had sunk the Russian Black Sea Fleet patrol ship Sergei Kotov near the Kerch Strait.", "2024-03-06")).toEqual([["equipment_lost", "RU", "ships", 1]]);
  });
});

describe("extractClaims, round sixteen (test66 studied)", () => {
  const rows = (t: string, publishedAt = "2025-03-13") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("takes a channel's label 'Southern Defence Forces, morning summary for 10 March' as the source of the summary after it", () => {
    expect(rows("Southern Defence Forces, morning summary for 10 March. Over the past day the enemy lost 56 personnel and 3 tanks in the south.")).toEqual([
      ["casualties", "RU", 56, "UA"],
      ["equipment_lost", "RU", 3, "UA"],
    ]);
    expect(rows("Southern Defence Forces for 12 March: 48 enemy personnel and 44 drones destroyed.")).toEqual([
      ["casualties", "RU", 48, "UA"],
      ["equipment_lost", "RU", 44, "UA"],
    ]);
  });

  it("gives 'the same tally' the side counted before, 'each side' at a sentence's start both sides, and a force moved 'from occupied parts of Ukraine' to the side that moved it", () => {
    expect(rows("Ukraine's General Staff said on Monday that Russian losses had reached 861,020 troops. The same tally lists 10,190 tanks.", "2025-02-24").map((r) => r.slice(0, 3))).toEqual([
      ["casualties", "RU", 861020],
      ["equipment_lost", "RU", 10190],
    ]);
    expect(rows("Each side handed over 303 servicemen on the final day of the exchange.", "2025-05-25").map((r) => r[1])).toEqual(["RU", "UA"]);
    expect(rows("US officials said Moscow had begun moving units from occupied parts of Ukraine toward Kursk, estimating that about 5,000 troops had been redeployed.", "2024-08-20").map((r) => r.slice(0, 3))).toEqual([["troops_deployed", "RU", 5000]]);
  });

  it("resolves a governor by the place in his name, and 'the air force' by the owner right before its last mention", () => {
    expect(rows("Kyiv's commander says troops control about 1,000 sq km; Kursk governor says 28 settlements are in Ukrainian hands", "2024-08-20").map((r) => r[3])).toEqual(["UA", "RU"]);
    expect(rows("Russia launched what Ukraine's air force called one of its largest aerial attacks. The air force said it had shot down 266 drones.", "2025-05-25")).toEqual([["equipment_lost", "RU", 266, "UA"]]);
  });

  it("leaves out drones that 'had been used' in an attack", () => {
    expect(rows("The agency put the cost of the damage at about $7 billion and said 117 drones had been used.", "2025-06-03")).toEqual([]);
  });

  it("carries no source into 'Confirmed this week …', the outlet's own confirmation", () => {
    const t = "GS update for the day: 790 more Russians killed.\n\nFor the record, Ukraine's General Staff on 7 January listed 790 Russian personnel lost in the previous 24 hours.\n\nKrynky\n\nConfirmed this week on the left bank: eight Ukrainian boats destroyed.";
    expect(extractClaims(t, { publishedAt: "2024-01-08" }).at(-1)!.sourceParty).toBeNull();
  });
});

describe("extractClaims, round sixteen (earlier rounds' leftovers)", () => {
  it("reads a tally the sentence before named, summed up by 'It put the total at', and a kind of equipment fronted before a bare count of losses", () => {
    expect(extractClaims("The group keeps its own tally of Russian tank losses. It put the total at 3,100 in May.", { publishedAt: "2025-06-12" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "RU", "tanks", 3100]]);
    expect(extractClaims("For infantry fighting vehicles, the researchers counted 1,200 Russian losses.", { publishedAt: "2025-06-12" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "RU", "ifv", 1200]]);
    // (A side fronted is no kind of equipment.)
    expect(extractClaims("For Russia, the researchers counted 1,200 losses.", { publishedAt: "2025-06-12" }).map((c) => c.metric)).toEqual(["casualties"]);
  });
});

describe("extractClaims, round sixteen (test68 studied)", () => {
  const rows = (t: string, publishedAt = "2025-04-24") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("reads a ticker's capital in capitals as a bare ministry's country, and its source after a dash in lower case", () => {
    expect(rows('11:50 MOSCOW: Defence ministry says more than 70 "Ukrainian nationalists" were killed on Tuesday.', "2024-05-24")).toEqual([["killed", "UA", 70, "RU"]]);
    expect(rows("09:12 KYIV — Two killed, 18 injured in overnight attack on the capital — mayor Vitali Klitschko")).toEqual([
      ["civilians_killed", "UA", 2, "UA"],
      ["civilians_wounded", "UA", 18, "UA"],
    ]);
  });

  it("reads a telegraphic 'total since invasion now N', a figure-first line 'on the same list', and whose losses follow a dash", () => {
    expect(rows("UKRAINE-LOSSES — Kyiv's general staff says Russia lost 950 troops in past 24 hours, total since invasion now 1,086,460").map((r) => r[2])).toEqual([950, 1086460]);
    expect(rows("Ukraine's General Staff puts Russian losses at 861,020. 10,185 — Russian tanks on the same list.", "2025-02-24").map((r) => r.slice(0, 3))).toEqual([
      ["casualties", "RU", 861020],
      ["equipment_lost", "RU", 10185],
    ]);
    expect(rows("300 killed and 2,700 wounded — North Korean losses in Russia's Kursk region as estimated by South Korea's intelligence service in January.", "2025-02-24").map((r) => r.slice(0, 3))).toEqual([
      ["killed", "KP", 300],
      ["wounded", "KP", 2700],
    ]);
  });

  it("leaves out those of the hurt still in hospital and how badly some of them were hurt", () => {
    expect(rows("Twelve people were injured in Sumy. Two of the injured remain in hospital.").map((r) => r[2])).toEqual([12]);
    expect(rows("Five people were wounded in Belgorod, two of them seriously.").map((r) => r[2])).toEqual([5]);
  });
});

describe("extractClaims, round sixteen (test67 studied)", () => {
  const rows = (t: string, publishedAt = "2025-06-12") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value]);

  it("reads thousands grouped by dots as counts, but a ratio's decimal as none", () => {
    expect(rows("In the last 24 hours alone, Russia lost 1.140 soldiers, the General Staff said in its daily update.")).toEqual([["casualties", "RU", 1140]]);
    expect(rows("Self-propelled artillery | 640 | 215 | 3.0").filter((r) => r[2] === 3)).toEqual([]);
  });

  it("reads a passive with 'our' as its agent, a passive verb right before its figure, and a range joined by a tilde", () => {
    expect(rows("Also were destroyed by our defenders 17 tanks of the occupiers.").map((r) => r[1])).toEqual(["RU"]);
    expect(rows("Since 6 August in the region were killed 12 civilians and 121 persons were wounded.", "2024-09-12").map((r) => [r[0], r[2]])).toEqual([
      ["civilians_killed", 12],
      ["civilians_wounded", 121],
    ]);
    expect(extractClaims("The NIS estimated that by November North Korea dispatched 11 thousand~12 thousand soldiers.", { publishedAt: "2025-01-14" }).map((c) => [c.value, c.low, c.high])).toEqual([[11500, 11000, 12000]]);
  });
});

describe("extractClaims, round sixteen (test67 studied, continued)", () => {
  it("reads the parts of a swap 'exchanged from each side' as both sides', and a country's population as no count", () => {
    expect(extractClaims("On Friday, in the first stage, 390 persons were exchanged from each side, among them 270 military personnel and 120 civilians, he said.", { publishedAt: "2025-05-17" }).filter((c) => c.value === 270).map((c) => c.party)).toEqual(["RU", "UA"]);
    expect(extractClaims("Russia is not close to defeat, since the country has a population of about 144 million.", { publishedAt: "2025-05-17" })).toEqual([]);
  });
});

describe("extractClaims, round sixteen (the Baltic, Nordic and Central European states' own sources)", () => {
  it("knows their intelligence services, defence chiefs and broadcasters by name", () => {
    const src = (t: string) => extractClaims(t, { publishedAt: "2025-02-11" }).map((c) => c.sourceParty);
    expect(src("Kaupo Rosin, the head of the Välisluureamet, said Russia had 600,000 troops in Ukraine.")).toEqual(["EE"]);
    expect(src("According to Finland's Supo, Russia has moved 30,000 troops to the border.")).toEqual(["FI"]);
    expect(src("General Řehka said 11,000 North Korean soldiers were in Kursk.")).toEqual(["CZ"]);
  });
});

describe("extractClaims, round sixteen (dates, from test64)", () => {
  it("dates a figure by 'last August,' before a comma, not by a date after a semicolon, and reads ground 'held' again there", () => {
    expect(extractClaims("At its peak last August, Ukraine held some 1,300 square kilometres there; by 31 March Ukrainian units held about 80.", { publishedAt: "2025-04-03" }).map((c) => [c.metric, c.party, c.value, c.asOf])).toEqual([
      ["territory_km2", "UA", 1300, "2024-08"],
      ["territory_km2", "UA", 80, "2025-03-31"],
    ]);
  });
});

describe("extractClaims, round sixteen (labels)", () => {
  it("reads a label that names what was lost ('Russian helicopters lost: 152') as no speaker", () => {
    expect(extractClaims("Russian helicopters lost: 152.", { publishedAt: "2024-11-11" }).map((c) => [c.party, c.item, c.value, c.attributedTo])).toEqual([["RU", "helicopters", 152, null]]);
  });
});

describe("extractClaims, round sixteen (test69 studied)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2025-02-20" }).map((c) => [c.metric, c.party, c.value]);

  it("reads a region or town that 'has lost' its men as their dead, and those held 'in Russian captivity' as the other side's", () => {
    expect(rows("Buryatia has lost 1,094 men whose names we know.")).toEqual([["killed", "RU", 1094]]);
    expect(rows("Chernihiv region has lost 2,846 of its residents serving in the armed forces.")).toEqual([["killed", "UA", 2846]]);
    // (A side that lost men lost them killed or wounded.)
    expect(rows("Russia has lost 1,094 men in the battle.")).toEqual([["casualties", "RU", 1094]]);
    expect(rows("About 300 marines of the brigade remain in Russian captivity.")).toEqual([["captured", "UA", 300]]);
  });
});

describe("extractClaims, round sixteen (test70 studied)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2025-02-20" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("reads troops a side 'keeps' somewhere as deployed, ground its own troops captured as its, and 'the colonel' as the Col. named before", () => {
    expect(rows("Russia now keeps some 620,000 troops in and around occupied Ukraine, Col. Ants Kiviselg said.")).toEqual([["troops_deployed", "RU", 620000, "EE"]]);
    expect(rows("Russia's Defence Ministry said Ukraine had lost up to 1,600 servicemen in the past 24 hours, and claimed that its troops had captured three villages.").at(-1)).toEqual(["settlements", "RU", 3, "RU"]);
    expect(rows("Col. Ants Kiviselg, head of the Estonian Defence Forces' intelligence centre, said Russia's losses were heavy. The colonel added that Russia had lost 38,000 soldiers in January.")).toEqual([["casualties", "RU", 38000, "EE"]]);
  });
});

describe("extractClaims, round seventeen (test71 studied)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2024-11-07" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
  const NAMED = "Mediazona has confirmed the deaths of 120,000 Russian soldiers by name. ";

  it("reads parts by place with the place before the figure: 'X 1,180 and Y region 1,090', 'Y's at 2,655', 'Y region (4,690)', 'Y, with 1,860'", () => {
    expect(rows(NAMED + "Tuva's list stands at 1,127 names and Buryatia's at 2,655.").map((r) => r[2])).toEqual([120000, 1127, 2655]);
    expect(rows(NAMED + "Bashkortostan leads with 5,710 names, ahead of Sverdlovsk region (4,690), Chelyabinsk region (4,210) and Krasnodar region (4,170).").map((r) => r[2])).toEqual([120000, 5710, 4690, 4210, 4170]);
    expect(rows(NAMED + "Bashkortostan, with 2,180 names, and Sverdlovsk region, with 1,860, have the longest lists.").map((r) => r[2])).toEqual([120000, 2180, 1860]);
    // (A side is no place: its figure is its own, the same count for that side; round twenty-two.)
    expect(rows("Russia lost 400 soldiers and Ukraine 300, the report said.").map((r) => [r[1], r[2]])).toEqual([["RU", 400], ["UA", 300]]);
  });

  it("reads parts by where the people come from ('276 from Dagestan')", () => {
    expect(rows("Ukraine holds 6,000 Russian prisoners of war. Among them, the headquarters said, are 411 men from Bashkortostan, 276 from Dagestan and 198 from Krasnodar region.").map((r) => [r[0], r[1], r[2]])).toEqual([
      ["captured", "RU", 6000],
      ["captured", "RU", 411],
      ["captured", "RU", 276],
      ["captured", "RU", 198],
    ]);
  });

  it("reads residents sent to or serving in the war as a force of the region's country, and a region's head as its country's", () => {
    expect(rows("Buryatia has sent more than 10,000 of its residents to the zone of the special military operation since 2022, Governor Alexei Tsydenov said.")).toEqual([["troops_deployed", "RU", 10000, "RU"]]);
    expect(rows("In Dagestan, the authorities say about 7,000 residents are now serving under contract in Ukraine.")).toEqual([["troops_deployed", "RU", 7000, "RU"]]);
    expect(rows("Bashkortostan's head, Radiy Khabirov, said in May that the republic had sent more than 4,000 volunteers to the front.")).toEqual([["troops_deployed", "RU", 4000, "RU"]]);
    // (Not where the force stands.)
    expect(rows("The official said the force in the Kursk region numbered roughly 11,000.").map((r) => r[1])).toEqual([null]);
  });

  it("reads no side named in a relative clause as owner or speaker, and no place a force went to as its speaker's", () => {
    expect(rows("Russia's Orenburg region, which borders Kazakhstan along more than 1,800 kilometres of steppe, has sent around 6,500 men to fight in Ukraine, its governor said.")).toEqual([["troops_deployed", "RU", 6500, "RU"]]);
  });

  it("reads soldiers back home wounded as wounded, not as prisoners home", () => {
    expect(rows("According to the governor, 1,312 wounded servicemen have returned to Buryatia for treatment.").map((r) => [r[0], r[2]])).toEqual([["wounded", 1312]]);
    expect(rows("Orenburg has sent around 6,500 men to fight in Ukraine, its governor said. He said 1,120 of them had come home wounded.").at(-1)).toEqual(["wounded", "RU", 1120, "RU"]);
  });
});

describe("extractClaims, round seventeen (test71 studied, verbs and wholes)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2024-11-07" }).map((c) => [c.metric, c.party, c.value]);

  it("reads the verb after a figure, not a heading word before a colon ('a larger toll again: 272,960 Russian personnel lost')", () => {
    expect(rows("Kyiv's General Staff claims a larger toll again: 272,960 Russian personnel lost as of Thursday morning.")).toEqual([["casualties", "RU", 272960]]);
  });

  it("reads a part of a force by the verb after the whole's noun, and the whole by none of the part's verbs", () => {
    expect(rows("One prisoner from Tuva, aged 23, said 12 of the 40 Russian soldiers in his assault group were killed in a single day.")).toEqual([["killed", "RU", 12]]);
    expect(rows("About 1,000 of the 11,000 North Korean troops sent to Kursk have been killed, the NIS said.")).toEqual([
      ["killed", "KP", 1000],
      ["troops_deployed", "KP", 11000],
    ]);
  });

  it("reads pieces of heavy weaponry as equipment of no one item", () => {
    expect(extractClaims("Shoigu said Ukraine had lost more than 66,000 troops and 7,600 pieces of heavy weaponry.", { publishedAt: "2023-09-14" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["casualties", "UA", null, 66000],
      ["equipment_lost", "UA", "other", 7600],
    ]);
  });
});

describe("extractClaims, round seventeen (test72 studied)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2025-10-03" }).map((c) => [c.metric, c.party, c.value]);

  it("reads a side's 'own' dead or prisoners as the side that acts in the clause", () => {
    expect(rows("On August 19, Russia handed over the bodies of 1,000 Ukrainian soldiers and received the remains of 19 of its own servicemen, Ukrainian officials said.")).toEqual([
      ["killed", "UA", 1000],
      ["killed", "RU", 19],
    ]);
    expect(rows("Ukraine says it got back 50 servicemen, and Russia's defence ministry says 50 of its own soldiers have come home.")).toEqual([
      ["captured", "UA", 50],
      ["captured", "RU", 50],
    ]);
  });

  it("reads a bare figure a side received after a repatriation as that side's dead", () => {
    expect(rows("The latest transfer, on 17 July, returned 1,000 Ukrainian bodies; Russia received 19.")).toEqual([
      ["killed", "UA", 1000],
      ["killed", "RU", 19],
    ]);
    expect(rows("Last month, Ukraine received the bodies of 1,000 soldiers in a repatriation on Sept. 18, and Russia got 24 back.")).toEqual([
      ["killed", "UA", 1000],
      ["killed", "RU", 24],
    ]);
  });
});

describe("extractClaims, round seventeen (test72 studied, swaps)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2025-05-25" }).map((c) => [c.metric, c.party, c.value]);

  it("reads a swap's figure with 'each' after the next figure as both sides'", () => {
    expect(rows("On Friday the two sides swapped 270 servicemen and 120 civilians each, according to Ukraine's coordination headquarters.").filter((r) => r[0] === "captured").map((r) => r[1]).sort()).toEqual(["RU", "UA"]);
  });

  it("reads those exchanged for prisoners as prisoners, wounded or not", () => {
    expect(rows("In a separate transfer, 31 wounded Ukrainian soldiers were exchanged for 15 wounded Russians.")).toEqual([
      ["captured", "UA", 31],
      ["captured", "RU", 15],
    ]);
  });

  it("reads soldiers 'still held in Russia' as prisoners", () => {
    expect(rows("It estimates that more than 8,000 Ukrainian soldiers are still held in Russia.")).toEqual([["captured", "UA", 8000]]);
  });
});

describe("extractClaims, round seventeen (test73 and test74 studied)", () => {
  const rows = (t: string, pub = "2025-01-12") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads equipment a tally goes on to list after its losses of men as the same side's", () => {
    expect(rows("Russia has lost 1,550 troops over the past day, the General Staff of Ukraine's Armed Forces said. The tally also listed 9,688 tanks and 20,180 armoured combat vehicles.").slice(1)).toEqual([
      ["equipment_lost", "RU", "tanks", 9688],
      ["equipment_lost", "RU", "afv", 20180],
    ]);
  });

  it("reads Russia's 'North group of forces' as no North Korea", () => {
    expect(rows("In the Sumy direction, the North group of forces inflicted losses of up to 180 servicemen on the enemy, the ministry said.", "2025-06-18").map((r) => r[1])).not.toContain("KP");
  });

  it("reads a speaker's own unit's losses as his side's, and the unit's size as a force", () => {
    expect(rows("A Ukrainian battalion commander in the area, who spoke on condition of anonymity, said his unit of about 500 men had had 78 soldiers killed and more than 200 wounded since January.", "2023-05-25")).toEqual([
      ["troops_deployed", "UA", null, 500],
      ["killed", "UA", null, 78],
      ["wounded", "UA", null, 200],
    ]);
    expect(rows("Captain Oleh Shyriaev, a Ukrainian company commander, said his company, which started the winter with 112 soldiers, had lost 19 soldiers killed and 46 wounded since February.", "2024-04-20").slice(-2)).toEqual([
      ["killed", "UA", null, 19],
      ["wounded", "UA", null, 46],
    ]);
  });
});

describe("extractClaims, round seventeen (dates, from test73)", () => {
  it("dates what a source 'said then' or 'at the time' by the month named just before", () => {
    const text = "In February 2023, Ukrainian officials counted more than 130 Russian tanks and armoured vehicles destroyed in three weeks.\n\nUkraine's 72nd Mechanised Brigade said then that Russian losses in the battle exceeded 5,000 killed and wounded.";
    expect(extractClaims(text, { publishedAt: "2024-10-03" }).map((c) => [c.value, c.asOf])).toEqual([
      [130, "2023-02"],
      [5000, "2023-02"],
    ]);
    // (A sentence with a date of its own keeps it.)
    expect(extractClaims("In February 2023, officials counted 130 Russian tanks destroyed. At the time, the brigade said in March 2023 that 5,000 Russian troops had been killed or wounded.", { publishedAt: "2024-10-03" }).map((c) => c.asOf)).toEqual(["2023-02", "2023-03"]);
  });
});

describe("extractClaims, round seventeen (dates, from test74)", () => {
  it("dates no reported figure by a forecast's month ('is expected to dispatch some 10,000 in total by December')", () => {
    expect(extractClaims("North Korea has so far sent about 3,000 troops to Russia and is expected to dispatch some 10,000 in total by December, the NIS told lawmakers Wednesday.", { publishedAt: "2024-10-23" }).map((c) => [c.value, c.asOf])).toEqual([[3000, "2024-10-23"]]);
  });
});

describe("extractClaims, round seventeen (labels, from test74)", () => {
  it("reads the agent of 'claimed by' in a label as a speaker, not an owner", () => {
    expect(extractClaims("Ukrainian losses in Kursk claimed by Moscow's General Staff: more than 76,000", { publishedAt: "2025-09-04" }).map((c) => [c.metric, c.party, c.value])).toEqual([["casualties", "UA", 76000]]);
  });
});

describe("extractClaims, round seventeen (sources, from test71)", () => {
  it("reads a tally named by who keeps it as that keeper's ('The tally kept by the BBC and Mediazona stood at')", () => {
    expect(extractClaims("The tally kept by Mediazona and the BBC Russian service stood at 56,312 named Russian soldiers killed as of last Friday.", { publishedAt: "2024-05-20" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([[56312, "Mediazona and the BBC Russian service", "RU"]]);
  });
});

describe("extractClaims, round seventeen (test75 studied)", () => {
  const rows = (t: string, pub = "2025-02-24") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("reads the Georgian Legion as Georgia's voice, as the annotated sets do", () => {
    expect(rows("According to the Georgian Legion, 78 Georgian volunteers have been killed in Ukraine since February 2022.")).toEqual([["killed", "GE", 78, "GE"]]);
  });

  it("reads citizens whose bodies come home from the war as its fallen", () => {
    expect(rows("Tajik officials told relatives that the bodies of 23 Tajik citizens had been returned from Russia in 2024.")).toEqual([["killed", "TJ", 23, "TJ"]]);
  });

  it("reads 'others' with a fate of their own after their noun by that fate", () => {
    expect(rows("A ministry spokesperson said that five Nepalis were being held as prisoners of war in Ukraine and that 12 other Nepali recruits had been wounded badly enough to be sent home.", "2024-08-09").map((r) => [r[0], r[1], r[2]])).toEqual([
      ["captured", "NP", 5],
      ["wounded", "NP", 12],
    ]);
  });
});

describe("extractClaims, round seventeen (sources, from test75)", () => {
  it("reads a ministry of no country named, under a dateline, as the dateline city's country's", () => {
    expect(extractClaims("KATHMANDU, Aug 9 — At least 33 Nepali citizens recruited into the Russian army have been killed in the war, the Ministry of Foreign Affairs said on Thursday. India's Ministry of External Affairs said four Indian nationals had died.", { publishedAt: "2024-08-09" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [33, "NP"],
      [4, "IN"],
    ]);
  });
});

describe("extractClaims, round seventeen (test75 studied, counts by nationality)", () => {
  const rows = (t: string) => extractClaims(t, { publishedAt: "2024-06-20" }).map((c) => [c.metric, c.party, c.value]);

  it("reads fighters who 'came from' a country as a force of that country", () => {
    expect(rows("Another 1,005 mercenaries came from Canada, of whom 422 were killed.")).toEqual([
      ["troops_deployed", "CA", 1005],
      ["killed", "CA", 422],
    ]);
  });

  it("reads a bare figure set after 'the largest number of' people as those people", () => {
    expect(rows("Poland sent the largest number of mercenaries, 2,960, the ministry's data show.")).toEqual([["troops_deployed", "PL", 2960]]);
  });
});

describe("extractClaims, round seventeen (test71 studied, prisoners held)", () => {
  it("reads soldiers a side is holding as its prisoners, and troops held in reserve as no prisoners", () => {
    const rows = (t: string) => extractClaims(t, { publishedAt: "2024-11-07" }).map((c) => [c.metric, c.party, c.value]);
    expect(rows("Ukraine's coordination headquarters said last month that it was holding more than 1,300 Russian servicemen recruited from penal colonies.")).toEqual([["captured", "RU", 1300]]);
    expect(rows("Russia is holding about 50,000 troops in reserve near the border, the general said.").map((r) => r[0])).not.toContain("captured");
  });
});

describe("extractClaims, round eighteen (test76 studied, hearings and written answers)", () => {
  const read = (t: string, pub = "2024-12-17") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.attributedTo, c.sourceParty, c.asOf]);

  it("reads whose claim or statement a figure is, by possessive or by 'the claim of'", () => {
    expect(read("Honcharenko asked the minister to respond to the Russian Defense Ministry's claim that Ukraine had lost more than 50,000 soldiers in the Kursk region.", "2025-02-07").map((r) => r[4])).toEqual(["RU"]);
    expect(read("Slutsky asked Kartapolov to comment on the claim of the Ukrainian General Staff that Russian losses exceeded 770,000 people.").map((r) => [r[3], r[4]])).toEqual([["the Ukrainian General Staff", "UA"]]);
    expect(read("Sen. Roger Wicker quoted President Volodymyr Zelensky's February statement that 31,000 Ukrainian soldiers had been killed.", "2024-04-30").map((r) => [r[4], r[5]])).toEqual([["UA", "2024-02"]]);
  });

  it("takes the one a speaker cites or quotes as the figures' source", () => {
    expect(read("Polish MEP Tomasz Wierzbicki (ECR) cited the latest figures from Ukraine's General Staff, which puts Russian losses at more than 845,000 personnel.", "2025-01-20").map((r) => r[4])).toEqual(["UA"]);
    expect(read("He also quoted the DeepState mapping group, which says Russian forces have captured more than 400 square kilometres since the start of this year.", "2025-01-20").map((r) => r[4])).toEqual(["UA"]);
  });

  it("knows a name by the title after its comma, in lower case, and resolves the name alone later", () => {
    const text = "The Ukrainian armed forces lost about 560,000 servicemen in 2024, Andrei Kartapolov, chairman of the State Duma Committee on Defense, told the lower house.\n\n\"This year our troops have liberated nearly 190 settlements,\" Kartapolov said.";
    expect(read(text).map((r) => r[4])).toEqual(["RU", "RU"]);
  });

  it("gives a written answer's figures to the one its 'Answered by' line names", () => {
    const text = "To ask the Secretary of State for Defence, what estimate his Department has made of Russian personnel killed.\n\nAnswered by Luke Pollard, Parliamentary Under-Secretary of State for Defence\n\nOf the total, we assess that between 160,000 and 200,000 Russian personnel have been killed.";
    expect(read(text, "2024-12-09").map((r) => [r[2], r[4]])).toEqual([[180000, "GB"]]);
  });

  it("reads a part by place after 'and' as the same loss, with no verb of its own", () => {
    expect(read("The ministry said Ukraine had lost up to 1,500 servicemen along the front, and more than 300 in the Kursk region.").map((r) => [r[0], r[2]])).toEqual([
      ["casualties", 1500],
      ["casualties", 300],
    ]);
  });

  it("counts the part, not the whole, of 'N of its M' and 'N of Russia's M'", () => {
    expect(read("Russia lost 2,200 of its 3,500 tanks.").map((r) => [r[0], r[1], r[2]])).toEqual([["equipment_lost", "RU", 2200]]);
    expect(read("The assessment counted 4,400 of Russia's 13,600 infantry fighting vehicles as lost.").map((r) => r[2])).toEqual([4400]);
  });

  it("reads infantry fighting vehicles and personnel carriers together as armoured vehicles", () => {
    expect(read("Russia lost 400 infantry fighting vehicles and armored personnel carriers.").map((r) => r[2] === 400 && extractClaims("Russia lost 400 infantry fighting vehicles and armored personnel carriers.", { publishedAt: "2024-01-01" })[0]!.item)).toEqual(["afv"]);
  });

  it("dates figures by an 'as of' that closes the sentence across 'more than', not across a participle's clause", () => {
    expect(read("The mission has verified that at least 12,300 civilians have been killed, including more than 650 children, and over 27,000 injured, as of 30 November 2024.", "2024-12-09").map((r) => r[5])).toEqual(["2024-11-30", "2024-11-30", "2024-11-30"]);
    expect(read("Ukraine continues to hold around 800 square kilometres of the Kursk region, having lost part of the ground it took in August.", "2024-12-09").map((r) => r[5])).toEqual(["2024-12-09"]);
    expect(read("In the Kursk region, where Ukrainian units crossed the border in August, Ukrainian losses have exceeded 42,000 servicemen, the ministry said.").map((r) => r[5])).toEqual(["2024-12-17"]);
    expect(read("Zelensky had said in February that 46,000 Ukrainian soldiers had been killed and some 380,000 wounded since 2022.", "2025-04-04").map((r) => r[5])).toEqual(["2025-02", "2025-02"]);
  });
});

describe("extractClaims, round eighteen (test80 studied, Western weapons lost and supplied)", () => {
  const read = (t: string, pub = "2024-04-30") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);

  it("reads a source whose aside says where it is run as the source, not the country of the aside", () => {
    expect(read("The Oryx open-source project, run from the Netherlands, had by Thursday documented at least 16 Bradley infantry fighting vehicles destroyed.", "2023-06-16")).toEqual([["equipment_lost", "UA", "ifv", 16, "NL"]]);
  });

  it("gives Western arms to Ukraine, whoever made, sent or struck them", () => {
    expect(read("German Marder 1A3s lost: 21.").map((r) => [r[1], r[2], r[3]])).toEqual([["UA", "ifv", 21]]);
    expect(read("Imagery shows two Patriot launchers hit by a Russian Iskander missile near Pokrovsk, and one IRIS-T launcher destroyed in the Kursk region.").map((r) => [r[1], r[3]])).toEqual([
      ["UA", 2],
      ["UA", 1],
    ]);
  });

  it("counts the kind of the parts without a count of their own", () => {
    expect(read("The Russian ministry claimed two Leopards and a Bradley near Berdychi.").map((r) => [r[2], r[3]])[0]).toEqual(["tanks", 2]);
  });

  it("reads 'and one captured' after equipment as one more of it", () => {
    expect(read("Researchers have counted at least six Abrams damaged or destroyed, and one captured by Russian troops near Berdychi.").map((r) => [r[2], r[3]])).toEqual([
      ["tanks", 6],
      ["tanks", 1],
    ]);
  });

  it("reads 'between five and eight' as a range, not thirteen", () => {
    expect(read("Researchers have documented between five and eight HIMARS launchers destroyed or damaged.").map((r) => r[3])).toEqual([6.5]);
  });

  it("counts no stock: a batch promised, a whole a sentence opens on, a verb of giving across a colon", () => {
    expect(read("Washington has committed more than 100 Bradleys, with a first batch of 109 announced at the start of the year.", "2023-06-16")).toEqual([]);
    expect(read("Of the 14 Polish Leopards, at least eight have been lost, according to the open-source tracker Oryx.").map((r) => r[3])).toEqual([8]);
    expect(read("Researchers give a partial picture: the Oryx site lists 32 Leopard 2 tanks as lost.").map((r) => r[3])).toEqual([32]);
  });

  it("gives things listed 'among the losses' the side whose losses were counted", () => {
    expect(read("In all, the enemy has lost more than 4,700 servicemen, according to the Russian Defence Ministry. It listed 58 infantry fighting vehicles among the losses, and 35 armoured personnel carriers.", "2024-08-20").map((r) => r[1])).toEqual(["UA", "UA", "UA"]);
  });

  it("resolves 'the same ministry' after a minister to the ministry named before", () => {
    const text = "Russia's Defence Ministry said on Sunday that its forces had destroyed two launchers near Pavlohrad. Ukraine has asked for 10 more Patriot systems, Foreign Minister Andrii Sybiha said.\n\nThe same ministry said Ukrainian forces had lost up to 1,300 soldiers in the past 24 hours, and more than 76,000 in the Kursk region before Russian troops drove them out.";
    expect(read(text, "2025-04-14").filter((r) => r[0] === "casualties").map((r) => [r[3], r[4]])).toEqual([
      [1300, "RU"],
      [76000, "RU"],
    ]);
  });

  it("takes the one who 'had' a toll at a figure as its source", () => {
    expect(read("On the other side, the Ukrainian General Staff had Russian losses at 813,000 on Sunday.", "2024-12-02")).toEqual([["casualties", "RU", null, 813000, "UA"]]);
  });
});

describe("extractClaims, round eighteen (test77 studied, manpower and the daily tolls)", () => {
  const read = (t: string, pub = "2024-04-26") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("reads a toll that 'had risen by' a day's losses, and the total it rose to", () => {
    expect(read("Ukraine's General Staff said on Thursday that Russian losses had risen by 1,310 over the previous day, to about 874,000.")).toEqual([
      ["casualties", "RU", 1310, "UA"],
      ["casualties", "RU", 874000, "UA"],
    ]);
  });

  it("reads the running total after 'in the previous 24 hours, and' and after a date written with commas", () => {
    expect(read("Russia had lost 1,530 troops in the previous 24 hours, and about 704,000 since February 2022.").map((r) => r[2])).toEqual([1530, 704000]);
    expect(read("Russia had lost 820 troops over the previous day, bringing its losses since February 24, 2022, to about 446,000.").map((r) => r[2])).toEqual([820, 446000]);
  });

  it("takes the keeper of a count of the named dead as its source, with what it counts and its description between", () => {
    expect(read("A count of named Russian dead kept by the independent outlet Mediazona and the BBC's Russian service had reached more than 81,000 by mid-December.", "2024-12-20").map((r) => [r[1], r[3]])).toEqual([["RU", "RU"]]);
  });

  it("keeps a toll's part that was recruited before it died in the toll", () => {
    expect(read("Mediazona counted 81,000 dead, including 13,000 mobilised men and some 16,000 recruited from prisons.", "2024-12-20").map((r) => [r[0], r[2]])).toEqual([
      ["killed", 81000],
      ["killed", 13000],
      ["killed", 16000],
    ]);
  });

  it("gives a toll the side whose own losses the sentence spoke of, unless another side speaks between", () => {
    expect(read("Moscow does not disclose its own losses; the last official figure, 5,937 dead, was given in September 2022.", "2024-12-20").map((r) => [r[0], r[1]])).toEqual([["killed", "RU"]]);
    expect(read("Kyiv, which does not disclose its own losses, says Russia has lost about 243,000 troops since the invasion began.", "2024-12-20").map((r) => r[1])).toEqual(["RU"]);
  });
});

describe("extractClaims, round eighteen (test78 studied, strikes and the people they hurt)", () => {
  const read = (t: string, pub = "2024-01-08") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);

  it("reads firefighters killed fighting a blaze as civilians, not soldiers", () => {
    expect(read("Two firefighters were killed while fighting it, the Russian Emergencies Ministry said.")).toEqual([["civilians_killed", "RU", 2]]);
  });

  it("reads people who suffered cuts, injuries or wounds as wounded", () => {
    expect(read("Two residents suffered minor cuts from broken glass and were treated at the scene, the regional health ministry said.").map((r) => r[0])).toEqual(["civilians_wounded"]);
  });

  it("gives a side's own call-up, counted by its leader, to that side", () => {
    expect(read("President Vladimir Putin said on Friday that 222,000 of the planned 300,000 reservists had been called up, and that 16,000 of them were already serving in combat units.", "2022-10-15")).toContainEqual(["troops_deployed", "RU", 16000]);
  });

  it("counts no people in a count of formations", () => {
    expect(read("Three armed groups of Russian citizens fighting on Ukraine's side said they had crossed the border.", "2024-03-13")).toEqual([]);
  });
});

describe("extractClaims, round eighteen (test82 studied, Wagner, convicts and private armies)", () => {
  const read = (t: string, pub = "2024-06-01") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty, c.asOf]);

  it("reads no year after a month as a figure, and a subject with a month's year as a source", () => {
    expect(read("A declassified U.S. intelligence assessment shared with Congress in December 2023 put Russian casualties at 315,000.")).toEqual([["casualties", "RU", null, 315000, "US", "2023-12"]]);
    expect(read("Russian tank losses since 2022 he put at more than 3,000.").map((r) => [r[1], r[3]])).toEqual([["RU", 3000]]);
  });

  it("reads the side of those counted among a side's people, and of a part of a side's whole", () => {
    expect(read("The Coordination Headquarters for the Treatment of Prisoners of War said in September that more than 1,800 former convicts were among the Russian servicemen held in Ukrainian camps.").map((r) => [r[0], r[1]])).toEqual([["captured", "RU"]]);
    expect(read("The same assessment counted 4,400 of Russia's 13,600 infantry fighting vehicles and armored personnel carriers as lost.").map((r) => [r[1], r[2], r[3]])).toEqual([["RU", "afv", 4400]]);
  });

  it("counts graves of fighters as their dead, and the named dead by the region they came from", () => {
    expect(read("On Monday we counted 1,028 graves of Wagner fighters there.").map((r) => [r[0], r[1], r[3]])).toEqual([["killed", "RU", 1028]]);
    expect(read("Of the named dead, 690 came from the Krasnodar region.").map((r) => [r[0], r[1], r[3]])).toEqual([["killed", "RU", 690]]);
  });

  it("counts no one discharged at the end of a contract", () => {
    expect(read("Prigozhin said that more than 5,000 former convicts had been released after completing their six-month contracts.")).toEqual([]);
    expect(read("A month later he said 32,000 former prisoners had gone home after serving their contracts.")).toEqual([]);
  });

  it("reads 'one' joined to a count of things downed, and no month in 'the march'", () => {
    expect(read("Wagner forces shot down six Russian military helicopters and one Il-22M airborne command post during the march, according to Russian military bloggers.", "2023-06-30").map((r) => [r[2], r[3], r[5]])).toEqual([
      ["helicopters", 6, "2023-06-30"],
      ["aircraft", 1, "2023-06-30"],
    ]);
  });

  it("reads fighters gone to the special military operation zone as deployed, and Malian soldiers as Mali's", () => {
    expect(read("Ramzan Kadyrov wrote earlier that more than 47,000 fighters from the republic had gone to the special military operation zone.").map((r) => [r[0], r[1], r[3]])).toEqual([["troops_deployed", "RU", 47000]]);
    expect(read("The rebels said their fighters had killed 84 Wagner fighters and 47 Malian soldiers.").map((r) => [r[1], r[3]])).toEqual([
      ["RU", 84],
      ["ML", 47],
    ]);
  });
});

describe("extractClaims, round eighteen (test81 studied, interviews in turns)", () => {
  it("gives the 'A:' turns of an interview to its subject, named in the standfirst", () => {
    const text = "Colonel Serhiy Mazur, 44, has commanded an assault brigade near Bakhmut, in Ukraine's Donetsk region, since January.\n\nQ: Prigozhin said about 20,000 of his fighters were killed. Does that match what you saw?\n\nA: In our sector alone we counted more than 4,000 Wagner dead between January and May.\n\nQ: How much ground have you taken back?\n\nA: Since the first of May we have destroyed 11 Russian tanks.\n\nQ: And your own losses?\n\nA: I will not give numbers.";
    const rows = extractClaims(text, { publishedAt: "2023-05-27" }).filter((c) => c.value === 4000 || c.value === 11).map((c) => [c.value, c.attributedTo, c.sourceParty]);
    expect(rows).toEqual([
      [4000, "Colonel Serhiy Mazur", "UA"],
      [11, "Colonel Serhiy Mazur", "UA"],
    ]);
  });

  it("reads a side's body in lower case as the owner of a claim", () => {
    expect(extractClaims("A reporter asked about the Russian defence ministry's claim that Ukraine had lost more than 7,600 troops in the Kursk region.", { publishedAt: "2024-08-28" }).map((c) => c.sourceParty)).toEqual(["RU"]);
  });
});

describe("extractClaims, round eighteen (test83 and test84 studied, children and foreign arms)", () => {
  const read = (t: string, pub = "2024-07-08") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);

  it("gives a home ministry the country of the places it speaks of, whoever spoke last", () => {
    expect(read("Russia's defence ministry has denied striking civilian targets. The health ministry says two adults were killed at Okhmatdyt in Kyiv.")).toEqual([["civilians_killed", "UA", null, 2, "UA"]]);
  });

  it("reads a bare toll after a civilian one in the sentence as civilians", () => {
    expect(read("The UN mission put the number of children killed at 727 as of 30 June, and the number injured at 2,186.", "2025-07-10").map((r) => [r[0], r[3]])).toEqual([
      ["civilians_killed", 727],
      ["civilians_wounded", 2186],
    ]);
  });

  it("reads no toll in civilians listed as missing", () => {
    expect(read("The Children of War portal lists more than 2,300 children as missing, but being missing is not the same as being dead.", "2025-07-10")).toEqual([]);
  });

  it("reads drones downed region by region, and no drones in a part that names missiles", () => {
    expect(read("According to the ministry, 126 Ukrainian drones were downed over the Kursk Region, 91 over the Moscow Region and 38 over the Bryansk Region.", "2024-11-11").map((r) => r[3])).toEqual([126, 91, 38]);
    expect(read("Air defenses destroyed all 35 Russian drones and 72 of the missiles, including 10 hypersonic Kinzhals, the air force said.", "2024-01-03").map((r) => [r[2], r[3]])).toEqual([["drones", 35]]);
  });
});

describe("extractClaims, round nineteen (test85 studied, occupied territories)", () => {
  const read = (t: string, pub = "2024-07-10", outlet: string | null = null) => extractClaims(t, { publishedAt: pub, outlet }).map((c) => [c.metric, c.party, c.item, c.value, c.asOf, c.sourceParty]);

  it("reads a loss list under a line that only names its source as the losses of the heading above it", () => {
    const text = "Total combat losses of the enemy from 24.02.2022 to 05.10.2023\n\nAccording to the General Staff of the Armed Forces of Ukraine:\n\npersonnel — about 278,980 (+490) persons\ntanks — 4,727 (+6)";
    expect(read(text, "2023-10-05", "Resistance Centre").map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      ["casualties", "RU", 278980, "UA"],
      ["casualties", "RU", 490, "UA"],
      ["equipment_lost", "RU", 4727, "UA"],
      ["equipment_lost", "RU", 6, "UA"],
    ]);
  });

  it("places a partisan movement that reports the other side's dead on the side opposite", () => {
    expect(read("The Atesh movement reported that a strike on a training ground in Crimea killed about 30 marines of the Russian Black Sea Fleet.", "2023-10-05").map((r) => [r[0], r[1], r[5]])).toEqual([["killed", "RU", "UA"]]);
  });

  it("reads men listed beside women and children as civilians, and the rest of the toll after them", () => {
    const text = "Investigators recovered 447 bodies. Of the dead, 414 were civilians — 215 women, 194 men and five children — the governor said. Another 22 were Ukrainian servicemen, he said.";
    expect(read(text, "2022-09-23").map((r) => [r[0], r[1], r[3]])).toEqual([
      ["killed", null, 447],
      ["civilians_killed", null, 414],
      ["civilians_killed", null, 215],
      ["civilians_killed", null, 194],
      ["civilians_killed", null, 5],
      ["killed", "UA", 22],
    ]);
  });

  it("cuts a speaker's name at the colon that ends the clause before it", () => {
    const [c] = extractClaims("Occupation officials also publish their own tolls of Ukrainian fire: Denis Pushilin, Moscow's appointee in Donetsk, said in January that Ukrainian shelling had killed more than 600 civilians in the territory under his control in 2023.", { publishedAt: "2024-07-10" });
    expect([c!.attributedTo, c!.sourceParty]).toEqual(["Denis Pushilin, Moscow's appointee in Donetsk", "RU"]);
  });

  it("counts the civilians of occupied towns as Ukraine's, whoever shelled them", () => {
    expect(read("Ukrainian shelling of Horlivka killed two civilians, Denis Pushilin said.").map((r) => [r[0], r[1]])).toEqual([["civilians_killed", "UA"]]);
    expect(read("Saldo said that Ukrainian shelling of Aleshki had killed 14 civilians since the beginning of November.", "2023-11-20").map((r) => [r[0], r[1]])).toEqual([["civilians_killed", "UA"]]);
    // A capital's people or forces are no place: "Moscow's appointee in Donetsk".
    expect(read("Denis Pushilin, Moscow's appointee in Donetsk, said Ukrainian shelling had killed more than 600 civilians in 2023.").map((r) => r[1])).toEqual(["UA"]);
  });

  it("reads a body's tally with its noun after the name, and a claim's maker in an aside", () => {
    expect(extractClaims("The UN mission's count of civilians killed across Ukraine stood at 11,284 at the end of June.", { publishedAt: "2024-07-10" }).map((c) => c.attributedTo)).toEqual(["The UN mission"]);
    expect(read("Moscow's last comprehensive claim, made by then defence minister Sergei Shoigu in December 2023, was that Ukraine had lost more than 383,000 troops killed and wounded.").map((r) => [r[0], r[1], r[5]])).toEqual([["casualties", "UA", "RU"]]);
  });

  it("reads no people in cases of abuse", () => {
    expect(read("The UN Human Rights Monitoring Mission documented 864 cases of arbitrary detention of civilians by Russian forces between February 2022 and May 2023.")).toEqual([]);
  });

  it("gives troops a side says it moved to that side, with a time between the verb and 'that'", () => {
    expect(read("Russia's defence ministry said last week that it had moved more than 30,000 servicemen across the Dnipro.", "2022-11-15").map((r) => [r[0], r[1]])).toEqual([["troops_deployed", "RU"]]);
  });

  it("reads prisoners recovered as coming home, and those held in a country as that country's opponent's", () => {
    expect(read("Ukraine recovered 215 prisoners of war, 108 of them fighters of the Azov regiment.", "2022-09-22").map((r) => [r[0], r[1], r[3]])).toEqual([
      ["captured", "UA", 215],
      ["captured", "UA", 108],
    ]);
    expect(read("Two years on, Ukrainian officials say about 1,900 of the city's defenders are still held in Russia.", "2024-05-20").map((r) => [r[0], r[1], r[3]])).toEqual([["captured", "UA", 1900]]);
  });

  it("dates no figure by a span after an event or by the date of an uncounted part", () => {
    expect(read("Three years after Russian troops withdrew from Bucha, Ukrainian prosecutors say more than 1,400 civilians were killed in the Bucha district.", "2025-03-31").map((r) => r[4])).toEqual(["2025-03-31"]);
    expect(read("The Prosecutor General's Office has recorded the executions of at least 177 Ukrainian prisoners of war since February 2022, most of them last year.", "2025-02-06").map((r) => r[4])).toEqual(["2025-02-06"]);
  });

  it("reads a part by place of the people counted, not of the places counted after them", () => {
    expect(read("A UN report documented the unlawful killing of 441 civilians in 102 towns and villages of the Kyiv region, 73 of them in Bucha.", "2025-03-31").map((r) => [r[0], r[3]])).toEqual([
      ["civilians_killed", 441],
      ["civilians_killed", 73],
    ]);
  });

  it("does not carry a speaker's voice into his own story", () => {
    const text = "Fedorov said another 300 residents of the region were listed as missing. He was freed six days after his abduction, in exchange for nine Russian conscripts captured by Ukrainian forces.";
    expect(extractClaims(text, { publishedAt: "2024-03-19" }).filter((c) => c.value === 9).map((c) => c.attributedTo)).toEqual([null]);
  });

  it("gives ground to the side named right after it as the taker", () => {
    expect(read("260 — square kilometres Russia gained in September, per DeepState", "2025-10-05").map((r) => [r[0], r[1]])).toEqual([["territory_km2", "RU"]]);
  });

  it("places an air force that shot down the other side's drones on the side opposite", () => {
    expect(read("The air force said it shot down 406 of the Russian drones.", "2025-11-08").map((r) => [r[0], r[1], r[5]])).toEqual([["equipment_lost", "RU", "UA"]]);
  });
});

describe("extractClaims, round nineteen (test86 studied, mines and demining)", () => {
  const read = (t: string, pub = "2025-06-10") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);

  it("counts one person hurt, named by calling, side or place, as a toll of one", () => {
    expect(read("In the Kharkiv region, a tractor driver was killed on Saturday when his vehicle struck an anti-tank mine, the regional governor said.").map((r) => [r[0], r[2]])).toEqual([["civilians_killed", 1]]);
    expect(read("He said a resident of Sudzha was killed on Monday.").map((r) => [r[0], r[2]])).toEqual([["civilians_killed", 1]]);
    expect(read("The governor said a guided bomb had killed a 72-year-old woman.").map((r) => [r[0], r[2]])).toEqual([["civilians_killed", 1]]);
    expect(read("An 84-year-old woman died in hospital on Monday after a drone attack.").map((r) => [r[0], r[2]])).toEqual([["civilians_killed", 1]]);
  });

  it("counts no one in a denial, in the cause of a toll told, or in the first of several", () => {
    expect(read("Prigozhin claimed that his fighters had not killed a single soldier on the ground.")).toEqual([]);
    expect(read("Officials said the death toll had risen to seven after a woman died in hospital.").map((r) => r[2])).toEqual([7]);
    expect(read("A missile killed a 31-year-old woman and her two-year-old daughter, the governor said.")).toEqual([]);
  });

  it("reads the State Emergency Service's pyrotechnicians as civilians", () => {
    expect(read("During humanitarian demining operations, 17 SES pyrotechnicians have been killed and 58 injured, the service said.").map((r) => [r[0], r[2]])).toEqual([
      ["civilians_killed", 17],
      ["civilians_wounded", 58],
    ]);
  });

  it("reads no ground in land cleared of mines or contaminated by them", () => {
    expect(read("The service's pyrotechnicians have cleared about 200 square kilometres of farmland this year.")).toEqual([]);
    expect(read("Ukrainian officials estimate that some 174,000 square kilometres of the country may be contaminated by mines and unexploded ordnance.")).toEqual([]);
    // Ground cleared of the enemy is taken.
    expect(read("Ukrainian assault units have also cleared a further 170 square kilometers of Russian infiltration groups, he said.").map((r) => [r[0], r[1]])).toEqual([["territory_km2", "UA"]]);
  });

  it("gives a unit's own losses to its side, with a time between the verb and 'that'", () => {
    expect(read("Ukraine's 92nd Separate Assault Brigade said last week that it had lost four sappers killed and nine wounded.")).toEqual([
      ["killed", "UA", 4],
      ["wounded", "UA", 9],
    ]);
    expect(read("A Ukrainian engineer officer said in August that his battalion had lost 30 sappers killed.").map((r) => r[1])).toEqual(["UA"]);
  });

  it("reads no claim in the casualties of a weapon, killed and injured together", () => {
    expect(read("For the whole of 2022, Cluster Munition Monitor counted 916 casualties of cluster munition attacks in Ukraine.")).toEqual([]);
    expect(read("916 — cluster munition casualties recorded in Ukraine in 2022")).toEqual([]);
  });

  it("reads the toll a count names before ', which stood at'", () => {
    expect(read("It comes from the UN's count of civilians killed in the war, which stood at 12,881 at the end of March.").map((r) => [r[0], r[2]])).toEqual([["civilians_killed", 12881]]);
  });
});

describe("extractClaims, round nineteen (test87 studied, the Kursk incursion)", () => {
  const read = (t: string, pub = "2025-04-14", outlet: string | null = null) => extractClaims(t, { publishedAt: pub, outlet }).map((c) => [c.metric, c.party, c.value]);

  it("hears a ministry's own voice in 'Russian troops have liberated'", () => {
    const text = "Over the past five days, Russian troops have liberated 24 settlements in the Kursk region.\n\nIn the past 24 hours in the Kursk direction, the enemy lost over 210 servicemen and 4 tanks.";
    expect(read(text, "2025-03-13", "eng.mil-ru.example").map((r) => [r[0], r[1]])).toEqual([
      ["settlements", "RU"],
      ["casualties", "UA"],
      ["equipment_lost", "UA"],
    ]);
  });

  it("gives ground held of another country's territory to the side that holds it", () => {
    expect(read("Within a fortnight Kyiv said its troops held 1,263 square kilometres of Russian territory and 93 settlements.", "2024-08-20")).toEqual([
      ["territory_km2", "UA", 1263],
      ["settlements", "UA", 93],
    ]);
  });

  it("reads the soldiers South Korea counts, with no side named, as North Korea's", () => {
    expect(read("By January, Seoul's spy agency reckoned that some 300 had been killed and 2,700 wounded.")).toEqual([
      ["killed", "KP", 300],
      ["wounded", "KP", 2700],
    ]);
  });

  it("gives the dead of a strike told in a second clause to the side whose gathering was hit", () => {
    expect(read("Russia's defence ministry said it had hit a meeting of Ukrainian commanders in the city and that more than 60 servicemen had been killed.")).toEqual([["killed", "UA", 60]]);
  });

  it("gives settlements left 'in Ukrainian hands' to Ukraine", () => {
    expect(read("Across the border, the Russian military said on Sunday that its forces had retaken the village of Oleshnya, leaving only 2 settlements in the Kursk region in Ukrainian hands.")).toEqual([["settlements", "UA", 2]]);
  });

  it("reads no claim in a hotline number or in villages evacuated", () => {
    expect(read("Regional authorities have ordered the mandatory evacuation of 11 more villages near the border.")).toEqual([]);
    expect(read("Evacuation buses leave twice a day; the hotline number is 1545.")).toEqual([]);
  });

  it("carries a side's people fronted before a source to the number put after it", () => {
    expect(read("On North Korean troops, the Pentagon said on December 16 that several hundred had been killed or wounded. Ukraine's military intelligence agency put the number at about 200 killed and wounded in the first week of fighting.", "2024-12-30").filter((r) => r[2] === 200).map((r) => r[1])).toEqual(["KP"]);
  });
});

describe("extractClaims, round nineteen (test88 studied, the drone war)", () => {
  const read = (t: string, pub = "2025-07-09") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("gives a unit's list that goes on after its killed and wounded the same side's equipment", () => {
    const text = "In 2024 the unit's crews killed 3,870 Russian soldiers and wounded another 2,950, according to figures the unit published this week.\n\nThe list also counts 268 tanks, 410 armoured vehicles and 182 artillery systems destroyed or damaged.";
    expect(read(text, "2025-01-28").filter((r) => r[0] === "equipment_lost").map((r) => [r[1], r[3]])).toEqual([
      ["RU", 268],
      ["RU", 410],
      ["RU", 182],
    ]);
  });

  it("reads drones launched, the verb right after them, as used, but not the part shot down", () => {
    expect(read("Air force says more than 800 drones and decoys were launched overnight; two killed in capital").filter((r) => r[0] === "equipment_lost")).toEqual([]);
    expect(read("Over the week to Sunday, Ukraine's air force counted 1,310 Shahed-type and decoy drones launched at the country and said it had shot down 1,084 of them.").map((r) => r[3])).toEqual([1084]);
    expect(read("Ukraine's air force said it had shot down 20 of 24 Shahed-type drones launched at Ukraine overnight.").map((r) => r[3])).toEqual([20]);
    expect(read("Ukraine's air force said it had shot down 47 of 55 missiles and all 24 Shahed drones launched during the night.").filter((r) => r[2] === "drones").map((r) => r[3])).toEqual([24]);
  });

  it("reads no claim in a scale of points or in a ratio told in words", () => {
    expect(read("Under the current scale, a killed infantryman is worth six points, a destroyed tank 40 points and a multiple rocket launcher up to 50 points.")).toEqual([]);
    expect(read("He has logged more than 900 flights, he says, and lost about one drone in three to Russian jamming.")).toEqual([]);
  });
});

describe("extractClaims, round nineteen (test89 to test92 studied, bodies and the missing)", () => {
  const read = (t: string, pub = "2025-06-20") => extractClaims(t, { publishedAt: pub, outlet: "UkrInform" }).map((c) => [c.metric, c.party, c.value]);

  it("gives bodies returned to a side to that side, and their parts by place to the dead", () => {
    expect(read("Russia returned 909 bodies to Ukraine on Friday. Of the Ukrainian bodies, 531 were recovered in the Donetsk direction, it said.")).toEqual([
      ["killed", "UA", 909],
      ["killed", "UA", 531],
    ]);
    expect(read("Russia returned 909 bodies to Ukraine on Friday. Of them, 451 came from the Donetsk direction, it said.").map((r) => r[0])).toEqual(["killed", "killed"]);
  });

  it("reads the noun after 'or so'", () => {
    expect(read("It lists 50,000 or so servicemen as missing.").map((r) => [r[0], r[2]])).toEqual([["missing", 50000]]);
  });
});

describe("extractClaims, round nineteen (test89 studied, mobilisation and desertion)", () => {
  const read = (t: string, pub = "2025-10-09") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("gives men called up in a side's mobilisation, and its own mobilised servicemen, to that side", () => {
    expect(read("About 300,000 reservists were called up in Russia's partial mobilisation of September 2022.", "2024-12-26").map((r) => [r[0], r[1]])).toEqual([["troops_deployed", "RU"]]);
    expect(read("According to Shoigu, 82,000 of the mobilised servicemen have already been sent to the area of the special military operation.", "2022-10-28").map((r) => [r[0], r[1]])).toEqual([["troops_deployed", "RU"]]);
  });

  it("reads soldiers who left their units without permission as missing, and the State Bureau of Investigation as Ukraine's", () => {
    expect(read("The State Bureau of Investigation said in January that about 1,700 Ukrainian soldiers of the 155th Mechanised Brigade had left their units without permission.")).toEqual([["missing", "UA", 1700, "UA"]]);
  });
});

describe("extractClaims, round nineteen (test90 and test91 studied, Belarus and bodies)", () => {
  const read = (t: string, pub = "2024-06-01") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads the Kalinouski Regiment as Belarus's voice, counting its own fighters", () => {
    expect(read("The Kalinouski Regiment says more than 140 of its fighters have been killed since 2022.")).toEqual([["killed", "BY", null, 140]]);
  });

  it("reads no claim in military facilities struck or in bodies known by what is unknown of them", () => {
    expect(read("Separately it said its forces had struck 24 Ukrainian military facilities overnight.")).toEqual([]);
    expect(read("Investigators said the sex of 11 bodies had yet to be established.")).toEqual([]);
  });

  it("reads a part of a toll that opens its sentence right after the toll", () => {
    const text = "Investigators recovered 447 bodies, the governor said. Twenty-two were Ukrainian servicemen, he added.";
    expect(read(text, "2022-09-23").map((r) => [r[0], r[1], r[3]])).toEqual([
      ["killed", null, 447],
      ["killed", "UA", 22],
    ]);
  });
});

describe("extractClaims, round nineteen (test94 studied, people of particular callings)", () => {
  const read = (t: string, pub = "2025-05-03") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.value]);

  it("reads how people of a calling died: as soldiers in service, as civilians at work or in attacks", () => {
    expect(read("The union says 116 media workers have been killed since 2022. Of them, 31 were killed at the front after joining the army, and 16 died in Russian attacks on their towns and villages, it said.").filter((r) => r[1] !== 116)).toEqual([
      ["killed", 31],
      ["civilians_killed", 16],
    ]);
  });

  it("does not read firefighters killed while fighting a fire as soldiers", () => {
    expect(read("Two firefighters were killed while fighting it, the Russian Emergencies Ministry said.").map((r) => r[0])).toEqual(["civilians_killed"]);
  });
});

describe("extractClaims, round twenty (test95 studied, Crimea)", () => {
  const read = (t: string, pub = "2024-06-24") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("counts Crimea's civilians as Ukraine's, told by Moscow's officials there", () => {
    expect(read("The death toll from Sunday's missile attack on Sevastopol has risen to four, the city's governor Mikhail Razvozhayev said on Monday.")).toEqual([["civilians_killed", "UA", 4, "RU"]]);
    expect(read("Ambulance crews from Simferopol and Yevpatoria treated 40 wounded people, the Crimean health ministry said.")).toEqual([["civilians_wounded", "UA", 40, "RU"]]);
  });

  it("goes on counting the civilians a source counted just before when the source is named again", () => {
    const text = "The death toll from Sunday's missile attack on Sevastopol has risen to four, the city's governor Mikhail Razvozhayev said. According to him, 151 people were injured. Seventy-nine of the injured were admitted to hospital, the governor added.";
    expect(read(text).map((r) => r.slice(0, 3))).toEqual([
      ["civilians_killed", "UA", 4],
      ["civilians_wounded", "UA", 151],
      ["civilians_wounded", "UA", 79],
    ]);
  });

  it("knows a source by the role set before his name, and goes on counting the occupied land's civilians with him", () => {
    const text = "Explosions at an air base in Crimea on Tuesday killed one civilian, according to the Moscow-installed head of the peninsula, Sergei Aksyonov. The base lies near the village of Novofedorivka. Aksyonov said on Wednesday that 62 apartment buildings had been damaged.";
    expect(read(text, "2022-08-10")).toEqual([
      ["civilians_killed", "UA", 1, "RU"],
      ["buildings_damaged", "UA", 62, "RU"],
    ]);
  });

  it("reads 'put the number of X at N and the number of Y at M' as two counts of their own things", () => {
    const text = "Ukraine's General Staff put the number of Russian aircraft destroyed since the start of the invasion at 234 and the number of helicopters at 196.";
    expect(extractClaims(text, { publishedAt: "2022-08-10" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["equipment_lost", "RU", "aircraft", 234],
      ["equipment_lost", "RU", "helicopters", 196],
    ]);
  });

  it("gives arms only Russia fields to Russia when nothing else names their side, and reads no port pilot as an airman", () => {
    const own = (t: string) => extractClaims(t, { publishedAt: "2024-06-24" }).map((c) => [c.metric, c.party, c.item, c.value]);
    expect(own("Open-source analysts have confirmed 14 S-400 launchers destroyed since 2022.")).toEqual([["equipment_lost", "RU", "air_defense", 14]]);
    expect(own("A volunteer interceptor unit says it has brought down 146 Shahed-type drones over the city since it was formed.")).toEqual([["equipment_lost", "RU", "drones", 146]]);
    expect(own("A missile struck a bulk carrier in the port of Pivdennyi, killing one port pilot, the Southern Defence Forces said.").map((r) => r[0])).toEqual(["civilians_killed"]);
  });
});

describe("extractClaims, round twenty (test96 studied, aggregators and relayed posts)", () => {
  const read = (t: string, pub = "2024-11-19") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.value, c.attributedTo, c.sourceParty]);

  it("gives a relayed post to the source its header of a name and a time names", () => {
    const text = "Officials posted a string of updates on Telegram.\n\nSumy Regional Military Administration, 08:15\n\n“The final toll is 11 people killed. Another 84 people were injured.”";
    expect(read(text)).toEqual([
      ["civilians_killed", 11, "Sumy Regional Military Administration", "UA"],
      ["civilians_wounded", 84, "Sumy Regional Military Administration", "UA"],
    ]);
  });

  it("finds a pronoun or a name after a time that opens the sentence as the source", () => {
    expect(findAttributions("Last week he said that about 11,000 North Korean soldiers were in Kursk.").map((a) => a.attributedTo)).toEqual(["he"]);
    expect(findAttributions("Earlier this month Zelensky said that about 11,000 North Korean soldiers were in Kursk.").map((a) => [a.attributedTo, a.sourceParty])).toEqual([["Zelensky", "UA"]]);
  });

  it("gives things 'among the losses' the side of the losses just counted", () => {
    const text = "In total the enemy has lost up to 1,610 servicemen and 32 tanks in the Kursk direction, the Russian Defence Ministry said. It said 23 armoured personnel carriers were among the losses.";
    expect(extractClaims(text, { publishedAt: "2024-08-12" }).map((c) => [c.item, c.party, c.value])).toEqual([
      [null, "UA", 1610],
      ["tanks", "UA", 32],
      ["apc", "UA", 23],
    ]);
  });

  it("reads settlements a side's units entered as taken, and no drones that went astray as lost", () => {
    expect(read("The governor said Ukrainian units had entered 28 settlements in the border districts.", "2024-08-12").map((r) => [r[0], r[1]])).toEqual([["settlements", 28]]);
    expect(read("Air defences shot down 138 drones, while 119 went astray because of electronic warfare, the air force said.", "2025-02-24").map((r) => r[1])).toEqual([138]);
  });

  it("reads a side's foothold as ground it holds, named with its side or just before", () => {
    expect(read("Dana looks at Ukraine's Kursk foothold, which the DeepState mapping group now puts at about 500 square kilometres.", "2025-01-13").map((r) => [r[0], r[1]])).toEqual([["territory_km2", 500]]);
    const text = "It was the first Ukrainian foothold on the occupied left bank to hold for more than a few days. At its largest, in December, the foothold around the village covered no more than three square kilometres.";
    expect(extractClaims(text, { publishedAt: "2024-05-01" }).map((c) => [c.metric, c.party, c.value])).toEqual([["territory_km2", "UA", 3]]);
  });

  it("reads no figure in how many sources there are ('The two outlets say …')", () => {
    expect(read("The two outlets say the true number of dead is higher, and estimate it could be between 160,000 and 230,000.", "2025-04-15").map((r) => r[1])).toEqual([195000]);
  });
});

describe("extractClaims, round twenty (test97 studied, year-end tallies)", () => {
  it("lists, under a header that names only its source and an agent of no side, the losses the sentence above counts", () => {
    const text = "Total combat losses of the Russian army amounted to approximately 1,207,830 personnel, the General Staff of the Armed Forces of Ukraine reports.\n\nAccording to the General Staff, the Defence Forces have also destroyed:\n\ntanks – 11,475 (+4);\naircraft – 434 (+0);";
    expect(extractClaims(text, { publishedAt: "2025-12-31" }).map((c) => [c.item, c.party, c.value, c.sourceParty])).toEqual([
      [null, "RU", 1207830, "UA"],
      ["tanks", "RU", 11475, "UA"],
      ["tanks", "RU", 4, "UA"],
      ["aircraft", "RU", 434, "UA"],
    ]);
  });

  it("dates a count 'during the year' or 'over the twelve months' to its year, and 'Russia's 2025 gains' to 2025", () => {
    const asOf = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.value, c.asOf]);
    expect(asOf("The summary said the occupiers had lost about 1,800 tanks during the year.", "2025-12-31")).toEqual([[1800, "2025"]]);
    expect(asOf("The ministry said Ukrainian forces had lost almost 500,000 servicemen over the twelve months.", "2026-01-02")).toEqual([[500000, "2025"]]);
    expect(asOf("The think tank put Russia's 2025 gains higher, at roughly 5,600 square kilometres.", "2026-01-02")).toEqual([[5600, "2025"]]);
  });

  it("reads parts of a named-dead count told 'N of them were …, and M were …', and no region's population", () => {
    const text = "Mediazona had identified 152,480 Russian soldiers killed in Ukraine by name. More than 24,000 of them were volunteers who signed contracts after the start of 2024, the project found, and about 3,900 were officers. In the Republic of Buryatia, with fewer than a million inhabitants, the project has counted at least 1,020 dead.";
    expect(extractClaims(text, { publishedAt: "2025-12-20" }).map((c) => [c.metric, c.party, c.value, c.asOf])).toEqual([
      ["killed", "RU", 152480, "2025-12-20"],
      ["killed", "RU", 24000, "2025-12-20"],
      ["killed", "RU", 3900, "2025-12-20"],
      ["killed", "RU", 1020, "2025-12-20"],
    ]);
  });

  it("reads a running count taken up by 'it' in the next sentence, and no country's area", () => {
    const text = "The General Staff's running count of Russian losses kept climbing through the holidays. By Friday morning it stood at about 1,217,750, including 1,020 in the past day.";
    expect(extractClaims(text, { publishedAt: "2026-01-09" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["casualties", "RU", 1217750],
      ["casualties", "RU", 1020],
    ]);
    expect(extractClaims("Russian forces captured about 4,400 square kilometres in 2025, DeepState said, a small slice of a country whose borders enclose about 603,700 square kilometres.", { publishedAt: "2026-01-02" }).map((c) => c.value)).toEqual([4400]);
  });
});

describe("extractClaims, round twenty (test98 studied, outlets abroad)", () => {
  const read = (t: string, pub: string) => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("gives equipment a side's military lists with no side named to the enemy it counts", () => {
    expect(read("Ukraine's General Staff put Russian losses at about 1,085,000 troops. The General Staff also listed 11,180 tanks and 33,040 artillery systems.", "2025-09-10").slice(1)).toEqual([
      ["equipment_lost", "RU", "tanks", 11180],
      ["equipment_lost", "RU", "artillery", 33040],
    ]);
  });

  it("reads citizens of a third country in captivity as its captured fighters", () => {
    expect(read("The project has said that at least seven citizens of Kazakhstan are in Ukrainian captivity.", "2024-11-21")).toEqual([["captured", "KZ", null, 7]]);
    expect(read("Kazakhstan: its Foreign Ministry counts seven citizens in Ukrainian captivity.", "2025-06-12")).toEqual([["captured", "KZ", null, 7]]);
    expect(read("Kazakhstan's Foreign Ministry confirmed that seven of the country's citizens are being held as prisoners of war in Ukraine.", "2025-06-12")).toEqual([["captured", "KZ", null, 7]]);
    expect(read("Tajikistan: at least 112 Tajik nationals have died in Russian uniform, according to a tally of obituaries.", "2025-06-12")).toEqual([["killed", "TJ", null, 112]]);
  });
});

describe("extractClaims, round twenty (test89 studied again, manpower)", () => {
  it("reads a side's running total taken up by 'Its running total' after a sentence on what that side lost", () => {
    const text = "Ukraine's General Staff estimates that Russia lost about 1,300 soldiers a day in February. Its running total stood at about 893,000 on Thursday, including 1,180 over the previous day.";
    expect(extractClaims(text, { publishedAt: "2025-03-07" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["casualties", "RU", 893000],
      ["casualties", "RU", 1180],
    ]);
  });

  it("reads no age that some of those counted are over", () => {
    expect(extractClaims("Three new infantrymen arrived this week, he says, two of them over 50.", { publishedAt: "2025-03-07" }).map((c) => c.value)).toEqual([3]);
  });
});

describe("extractClaims, round twenty (test88 studied again, drone units)", () => {
  const read = (t: string, pub = "2025-05-01", outlet: string | null = null) => extractClaims(t, { publishedAt: pub, outlet }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("gives 'its commander' of a unit that inflicted a side's losses the other side, and what that unit hit to the side that lost", () => {
    expect(read("Since January, the battalion's crews have destroyed 41 Russian vehicles and killed at least 230 soldiers, according to its commander.")).toEqual([
      ["equipment_lost", "RU", 41, "UA"],
      ["killed", "RU", 230, "UA"],
    ]);
  });

  it("calls 'the enemy' of a speaker of no known side the side whose losses it counts", () => {
    const text = "Units taking part in the Army of Drones bonus programme recorded 18,200 Russian soldiers killed and another 6,400 wounded in August, the Ministry of Digital Transformation reported.\n\nThe figures are published every month. According to the ministry, drone operators also destroyed 1,870 enemy vehicles last month.";
    expect(read(text, "2025-09-03", "Ukrnational").map((r) => r.slice(0, 3))).toEqual([
      ["killed", "RU", 18200],
      ["wounded", "RU", 6400],
      ["equipment_lost", "RU", 1870],
    ]);
  });

  it("gives 'the force's command' the side of the force named before in its sentence, in the plural too", () => {
    expect(read("Drone crews of Ukraine's Unmanned Systems Forces killed or wounded more than 9,000 Russian soldiers in May, the force's command said on Thursday.", "2025-06-05")).toEqual([["casualties", "RU", 9000, "UA"]]);
  });
});

describe("extractClaims, round twenty (test94 studied again, callings)", () => {
  const read = (t: string, pub = "2025-09-01") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.value]);

  it("reads schoolchildren as civilians, and 'N had been wounded' after a civilian toll as civilians wounded", () => {
    expect(read("Bobko added that 87 schoolchildren of the region had been killed since the invasion began and 231 had been wounded.")).toEqual([
      ["civilians_killed", 87],
      ["civilians_wounded", 231],
    ]);
  });

  it("reaches a sentence further back for 'another N had been injured' after a civilian toll", () => {
    const text = "The figure brings the number of aid workers killed in Ukraine since the full-scale invasion to more than 60, the office said. \"These are drivers, cooks and nurses,\" the coordinator told reporters. He said another 38 had been injured since January.";
    expect(read(text, "2025-08-19")).toEqual([
      ["civilians_killed", 60],
      ["civilians_wounded", 38],
    ]);
  });

  it("gives a home minister of no country named, in a side's own outlet, that side", () => {
    const text = "Russia's Defence Ministry said on Thursday that its forces had shot down an F-16. At least seven civilians were killed and 47 injured across the country, the Interior Ministry said.";
    expect(extractClaims(text, { publishedAt: "2024-08-30", outlet: "Kyiv Independent" }).map((c) => [c.metric, c.party, c.value, c.sourceParty]).slice(-2)).toEqual([
      ["civilians_killed", "UA", 7, "UA"],
      ["civilians_wounded", "UA", 47, "UA"],
    ]);
  });
});

describe("extractClaims, round twenty (test100 studied, the war seen from inside Russia)", () => {
  it("reads residents a count of the named war dead counts as soldiers", () => {
    expect(extractClaims("According to data compiled by the independent outlet Mediazona together with the BBC Russian service, at least 187 residents of Tuva have been killed in the war.", { publishedAt: "2025-03-01" }).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "RU", 187]]);
  });

  it("gives a relayed post to its header's region's government, with the day before the time and a views mark after it", () => {
    const text = "Posts are translated from Russian by our editors.\n\nKursk regional government 7 Aug, 08:52 👁\n\nActing governor, in a video posted to the channel: five civilians have been killed and 31 injured.";
    expect(extractClaims(text, { publishedAt: "2024-08-10" }).map((c) => [c.metric, c.value, c.attributedTo, c.sourceParty])).toEqual([
      ["civilians_killed", 5, "Kursk regional government", "RU"],
      ["civilians_wounded", 31, "Kursk regional government", "RU"],
    ]);
  });
});

describe("extractClaims, round twenty-one (test99 studied, the air war)", () => {
  const read = (t: string, pub = "2025-07-01") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads a running count of a side's equipment, with no verb of losing, as its losses", () => {
    expect(read("Its count of Russian aircraft stands at 420.")).toEqual([["equipment_lost", "RU", "aircraft", 420]]);
    expect(read("The General Staff added the two aircraft to its count on Monday, which now stands at 331 Russian planes.").at(-1)).toEqual(["equipment_lost", "RU", "aircraft", 331]);
    // (Not a count of what was launched.)
    expect(read("The air force's count of Russian drones launched in June stood at 5,400.")).toEqual([]);
  });

  it("gives the second figure of a count the things its elided label names", () => {
    expect(read("The General Staff's count of Russian aircraft stands at 361 and of helicopters at 326.")).toEqual([
      ["equipment_lost", "RU", "aircraft", 361],
      ["equipment_lost", "RU", "helicopters", 326],
    ]);
    expect(read("Kyiv said Russia had lost 1,280 personnel in the past day and that its count of Russian aircraft remained at 369, with helicopters at 329.").slice(1)).toEqual([
      ["equipment_lost", "RU", "aircraft", 369],
      ["equipment_lost", "RU", "helicopters", 329],
    ]);
  });

  it("reads 'fatally wounded' as killed", () => {
    expect(read("According to the ministry, three Russian servicemen were fatally wounded by falling debris.")).toEqual([["killed", "RU", null, 3]]);
  });

  it("gives a part of the equipment named before ('seven of the jets') that equipment's side, not its destroyer's", () => {
    expect(read("Russia's Defence Ministry claimed that its forces had destroyed a Ukrainian F-16 over the weekend, and has claimed to have destroyed at least seven of the jets since August.")).toEqual([["equipment_lost", "UA", "aircraft", 7]]);
  });

  it("gives arms only Russia fields to Russia though a Ukrainian body is named in the clause, but not the S-300", () => {
    expect(read("The SBU statement named Tu-95 bombers and said at least one A-50 airborne early-warning plane was among the aircraft destroyed.")).toEqual([["equipment_lost", "RU", "aircraft", 1]]);
    expect(read("Separately the ministry said its forces had struck 24 Ukrainian military facilities overnight, including two S-300 launchers.").map((c) => c[1])).toEqual(["UA"]);
  });

  it("goes on in a source's voice through the next paragraph in its words for the enemy's losses, and gives its list header to it", () => {
    const text = "Over the past day, air defence means shot down 64 fixed-wing drones, the summary said.\n\nUnits of the Sever group of forces repelled two counterattacks; the enemy lost up to 60 servicemen.\n\nThe Yug group of forces improved its positions; the enemy lost up to 690 servicemen.\n\nIn total, the Armed Forces of Ukraine lost up to 1,500 servicemen.\n\n11:32\n\nIn total, since the beginning of the special military operation, the following have been destroyed:\n\n647 aircraft;\n283 helicopters;";
    expect(extractClaims(text, { publishedAt: "2024-10-17" }).map((c) => [c.value, c.attributedTo])).toEqual([
      [64, "the summary"],
      [60, "the summary"],
      [690, "the summary"],
      [1500, "the summary"],
      [647, "the summary"],
      [283, "the summary"],
    ]);
  });

  it("does not give what a side was attacked with to the side attacked", () => {
    expect(read("Russia attacked Ukraine with 31 drones overnight. The air force said it shot down 23 of them.")).toEqual([["equipment_lost", "RU", "drones", 23]]);
  });
});

describe("extractClaims, round twenty-one (test101 studied, commanders, partisans and sabotage)", () => {
  const read = (t: string, pub = "2025-03-01") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);

  it("does not place a toll in a city named as where it is not ('Away from Moscow, …')", () => {
    expect(read("Away from Moscow, Russian shelling killed a 67-year-old man in the Kherson region on Tuesday and wounded nine other people, the regional governor said.")).toEqual([
      ["civilians_killed", "UA", 1],
      ["civilians_wounded", "UA", 9],
    ]);
  });

  it("gives a label of a side's people and their fate that side, and counts commanders as soldiers", () => {
    expect(read("Russian officers of major and above killed: 1,141")).toEqual([["killed", "RU", 1141]]);
    expect(read("We have confirmed the deaths of at least 230 Russian battalion commanders and 41 regiment or brigade commanders.")).toEqual([
      ["killed", "RU", 230],
      ["killed", "RU", 41],
    ]);
  });

  it("reads 'two were detained' after fighters killed as captured, not after civilians killed", () => {
    expect(read("Four saboteurs were killed in the clash and two were detained.")).toEqual([
      ["killed", null, 4],
      ["captured", null, 2],
    ]);
    expect(read("Three people were killed in the shelling and two were detained.")).toEqual([["civilians_killed", null, 3]]);
  });

  it("takes a relayed post's header with a handle, a year and a count of views as its source and its day", () => {
    const text = "Channels: posts of 4-6 August\n\nAtesh (@atesh_channel) ✓ 6 Aug 2025, 18:22 👁 61.2K\n\nAccording to the agent, 12 Russian soldiers were killed.\n\nFSB Public Relations Center (relay) 5 Aug 2025, 11:05 👁 88.4K\n\nThe FSB thwarted an attempt by a Ukrainian sabotage group to enter the Bryansk region. Four saboteurs were killed in the clash.";
    expect(extractClaims(text, { publishedAt: "2025-08-07" }).map((c) => [c.metric, c.party, c.value, c.attributedTo, c.sourceParty, c.asOf])).toEqual([
      ["killed", "RU", 12, "Atesh", "UA", "2025-08-06"],
      // (The soldiers the post before counted are not whom the next source's figures go on counting.)
      ["killed", "UA", 4, "FSB Public Relations Center", "RU", "2025-08-05"],
    ]);
  });

  it("counts a general as a soldier, not a three-star general as three", () => {
    expect(read("Moscow, for its part, publicly acknowledged only one general killed in that first spring.")).toEqual([["killed", "RU", 1]]);
    expect(read("The agency believes the North has sent senior officers, including a three-star general, to oversee the deployment.")).toEqual([]);
  });

  it("reads no toll in citizens who work in a country, and reads saboteurs killed as they tried to cross a border", () => {
    expect(read("More than one million Uzbek citizens work in Russia, and after the attack on the concert hall in March, in which 145 people were killed, many reported police raids.").map((c) => c[2])).toEqual([145]);
    expect(read("The FSB says it has stepped up its hunt for Ukrainian agents. In October, the service said its officers had killed two Ukrainian saboteurs who tried to cross the border.")).toEqual([["killed", "UA", 2]]);
    expect(read("Border guards detained 1,247 men who tried to leave Ukraine illegally.")).toEqual([]);
  });

  it("takes 'the service' for the security service named last, by its initials too", () => {
    const text = "Ukraine's Security Service (SBU) claimed responsibility for the operation. The FSB says it has stepped up its hunt for agents. In October, the service said its officers had killed two Ukrainian saboteurs.";
    expect(extractClaims(text, { publishedAt: "2024-12-18" }).map((c) => [c.value, c.sourceParty])).toEqual([[2, "RU"]]);
  });

  it("reads labels with their figures run into a paragraph after a count of losses as that count's lines", () => {
    const text = "Ukraine's General Staff said total combat losses of the enemy are approximately 1,058,830 personnel.\n\nTanks: 11,096 (+3). Artillery systems: 31,370 (+41).";
    expect(extractClaims(text, { publishedAt: "2025-08-04" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty])).toEqual([
      ["casualties", "RU", null, 1058830, "UA"],
      ["equipment_lost", "RU", "tanks", 11096, "UA"],
      ["equipment_lost", "RU", "tanks", 3, "UA"],
      ["equipment_lost", "RU", "artillery", 31370, "UA"],
      ["equipment_lost", "RU", "artillery", 41, "UA"],
    ]);
  });
});

describe("extractClaims, round twenty-one (test102 studied, the wounded and the war economy)", () => {
  const read = (t: string, pub = "2024-11-19") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("reads a bulletin's bare labels before figures with their day's change, and no figure in a date written with dots", () => {
    expect(read("Ukraine's General Staff reports the total combat losses of the enemy from 24.02.22 to 19.11.24 as approximately: personnel about 719,760 (+1,400), tanks 9,412 (+6), artillery systems 20,590 (+26).")).toEqual([
      ["casualties", "RU", null, 719760],
      ["casualties", "RU", null, 1400],
      ["equipment_lost", "RU", "tanks", 9412],
      ["equipment_lost", "RU", "tanks", 6],
      ["equipment_lost", "RU", "artillery", 20590],
      ["equipment_lost", "RU", "artillery", 26],
    ]);
  });

  it("counts military medics as soldiers", () => {
    expect(read("Ukraine's Medical Forces Command said that at least 350 Ukrainian military medics had been killed since February 2022.")).toEqual([["killed", "UA", null, 350]]);
  });

  it("reads the second object of 'shot down' as downed, though launched by a side named after it", () => {
    expect(read("Ukraine's air force said it had shot down all 10 cruise missiles and 23 Shahed drones that Russia launched overnight.", "2023-05-26")).toEqual([["equipment_lost", "RU", "drones", 23]]);
  });
});

describe("extractClaims, round twenty-one (test106 studied, the front line month by month)", () => {
  it("reads a table's column of area captured as ground when its caption gives the unit, dated by the caption's year, taken by the side its caption names", () => {
    const text = "London: Russia ended 2024 holding more land than at any point since 2022, and the pace quickened almost every month.\n\nRussian gains in Ukraine by month, 2024 (square kilometres, DeepState)\n\nMonth | Area captured\nJanuary | 54\nMay | 449\nNovember | 730";
    expect(extractClaims(text, { publishedAt: "2025-01-04" }).map((c) => [c.metric, c.party, c.value, c.asOf, c.attributedTo])).toEqual([
      ["territory_km2", "RU", 54, "2024-01", null],
      ["territory_km2", "RU", 449, "2024-05", null],
      ["territory_km2", "RU", 730, "2024-11", null],
    ]);
  });

  it("gives ground to the side right after it that took it, not to a side named before it in a comparison", () => {
    expect(extractClaims("That is roughly the area of the Australian Capital Territory, and about seven times the 501 square kilometres Russia gained in 2023.", { publishedAt: "2025-01-04" }).map((c) => [c.metric, c.party, c.value])).toEqual([["territory_km2", "RU", 501]]);
  });
});

describe("extractClaims, round twenty-one (test105 studied, prisoners of war and surrender)", () => {
  const read = (t: string, pub = "2022-07-30") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);

  it("reads the verb after an aside of a part ('144 servicemen, 95 of them from Azovstal, were handed over') for the whole and the part", () => {
    expect(read("On June 29, 144 Ukrainian servicemen, 95 of them from Azovstal, were returned home.")).toEqual([
      ["captured", "UA", 144],
      ["captured", "UA", 95],
    ]);
  });

  it("does not give the whole the fate its aside tells of a part", () => {
    expect(read("On 16 May, 264 Ukrainian servicemen, 53 of them seriously wounded, were taken into Russian custody.")).toEqual([
      ["captured", "UA", 264],
      ["wounded", "UA", 53],
    ]);
    expect(read("Colombia accounted for the most, with 430 fighters, 245 of whom were killed, according to the data.").map((c) => c[2])).toEqual([245]);
  });

  it("reads 'the release of' as prisoners freed and 'given themselves up' as surrender", () => {
    expect(read("The first large group came home in September 2022, when Ukraine secured the release of 215 Ukrainian servicemen, including 108 Azov fighters.", "2025-05-16")).toEqual([
      ["captured", "UA", 215],
      ["captured", "UA", 108],
    ]);
    expect(read("More than 400 Russian servicemen had given themselves up with its help by the end of 2024.", "2025-04-15")).toEqual([["captured", "RU", 400]]);
  });

  it("reads the fate after a participle that describes the people ('fighters captured at Azovstal have died')", () => {
    expect(read("The Azov brigade says at least 20 of its fighters captured at Azovstal have died in Russian custody.", "2025-05-16")).toEqual([["killed", "UA", 20]]);
  });

  it("reads no toll in civilians listed as missing, whatever the sentence says next", () => {
    expect(read("Police said that 12 residents were still listed as missing and that identification of the bodies would take weeks.", "2025-11-21")).toEqual([]);
  });

  it("dates no figure more than a year after the article's publication ('Three years later, …')", () => {
    expect(extractClaims("Three years later, the Azov brigade says that about 900 of the plant's defenders are still in Russian captivity.", { publishedAt: "2025-05-16" }).map((c) => c.asOf)).toEqual(["2025-05-16"]);
  });

  it("reads prisoners of war killed and wounded in a strike as soldiers, not as the strike's civilians", () => {
    expect(read("Fifty Ukrainian prisoners of war were killed and 73 wounded when Ukrainian forces struck the pre-trial detention centre near Yelenovka in the Donetsk region.")).toEqual([
      ["killed", "UA", 50],
      ["wounded", "UA", 73],
    ]);
  });

  it("takes a project's spokesman for the project's side, named after its noun ('The project \"I Want to Live\"'), and no surname alone for a Russian official's", () => {
    const text = 'The project "I Want to Live" was launched by the prisoner-of-war headquarters in September 2022.\n\nThe project\'s spokesman, Vitaliy Matviyenko, said in March that it had received more than 48,000 requests.\n\nAccording to Matviyenko, more than 400 Russian servicemen had given themselves up.';
    expect(extractClaims(text, { publishedAt: "2025-04-15" }).map((c) => [c.value, c.attributedTo, c.sourceParty])).toEqual([[400, "Matviyenko", "UA"]]);
  });
});

describe("extractClaims, round twenty-one (test104 studied, the nuclear plant, the dam and the evacuations)", () => {
  const read = (t: string, pub = "2023-07-17") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.item, c.value]);

  it("gives what a side lost in an attempt that was foiled to that side", () => {
    expect(read("The Russian Defence Ministry said its forces had foiled an attempt by a Ukrainian landing party to reach the shore, destroying seven boats.")).toEqual([["equipment_lost", "UA", "ships", 7]]);
  });

  it("reads losses inflicted on units before their figure ('on Ukrainian units of up to 230 servicemen') as losses, not a unit's size", () => {
    expect(read("Its Zapad group of forces had inflicted losses on Ukrainian units of up to 230 servicemen, a tank and three armoured combat vehicles.")).toEqual([
      ["casualties", "UA", null, 230],
      ["equipment_lost", "UA", "tanks", 1],
      ["equipment_lost", "UA", "afv", 3],
    ]);
  });

  it("reads a death toll told by a local authority as civilians of the land where they died, whoever governs it", () => {
    expect(read("The death toll from the flooding in the Kherson Region that followed the destruction of the Kakhovka hydroelectric power plant has risen to 59, acting governor Vladimir Saldo said on Monday.")).toEqual([["civilians_killed", "UA", null, 59]]);
  });
});

describe("extractClaims, round twenty-one (test75 read again, foreign fighters)", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2025-02-24" }).map((c) => [c.metric, c.party, c.value]);

  it("reads fighters who had come to Ukraine as sent, beside those of them killed", () => {
    expect(read("Russia's Defence Ministry claimed 1,042 Georgian mercenaries had come to Ukraine and 561 had been killed.")).toEqual([
      ["troops_deployed", "GE", 1042],
      ["killed", "GE", 561],
    ]);
  });

  it("reads a bare figure 'being held in captivity' after the people counted before as captured", () => {
    expect(read("He said eight Georgian fighters were missing and four were being held in Russian captivity.")).toEqual([
      ["missing", "GE", 8],
      ["captured", "GE", 4],
    ]);
  });
});

describe("extractClaims, round twenty-one (test69 read again, brigades and the named dead)", () => {
  it("takes no source from 'per head', 'per day' ('one of the highest tolls per head in Russia')", () => {
    expect(findAttributions("Buryatia has lost 1,094 men whose names we know, one of the highest tolls per head in Russia.")).toEqual([]);
    expect(findAttributions("About 40 civilians were killed, per the regional governor.").map((a) => a.attributedTo)).toEqual(["the regional governor"]);
  });

  it("reads men 'whose names we know', after a count of the named dead, as dead", () => {
    // (Without a source that names the dead on its own, "has lost" would read the men as casualties.)
    const text = "The outlets have named 80,000 Russian servicemen killed in the war. Buryatia, a republic on Lake Baikal, has lost 1,094 men whose names we know.";
    expect(extractClaims(text, { publishedAt: "2024-11-01" }).map((c) => [c.metric, c.party, c.value]).at(-1)).toEqual(["killed", "RU", 1094]);
  });

  it("gives a unit's own losses, told by its commander after 'said,', to the commander's side", () => {
    expect(extractClaims("Since the summer, the Ukrainian regiment's commander said, his regiment has lost 87 men killed and about 300 wounded.", { publishedAt: "2024-12-01" }).map((c) => c.party)).toEqual(["UA", "UA"]);
  });
});

describe("extractClaims, round twenty-one (test108 studied, Western estimates)", () => {
  it("takes 'the ministry' for the ministry last named with its country, though that one said nothing there", () => {
    const text = "The British Defense Ministry had claimed on Monday that Russian losses for the month totaled about 45,680 killed and wounded.\n\nThe Russian Defense Ministry does not disclose its own losses. In the past week, Russian troops inflicted losses of more than 12,900 servicemen on the Ukrainian armed forces, the ministry said.";
    expect(extractClaims(text, { publishedAt: "2024-12-07" }).map((c) => [c.value, c.sourceParty])).toEqual([
      [45680, "GB"],
      [12900, "RU"],
    ]);
  });

  it("knows France's military intelligence (DRM) and its ministers", () => {
    expect(findAttributions("A senior official at the Directorate of Military Intelligence (DRM) told reporters that Russia had about 470,000 troops in Ukraine.").map((a) => a.sourceParty)).toEqual(["FR"]);
  });

  it("takes the subject before a relative clause of its own ('A classified U.S. assessment that surfaced online … estimates') as the source", () => {
    expect(findAttributions("A classified U.S. assessment that surfaced online in recent weeks estimates that Russia has suffered 200,000 casualties.").map((a) => [a.attributedTo, a.sourceParty])).toEqual([["A classified U.S. assessment", "US"]]);
  });
});

describe("extractClaims, round twenty-one (test107 studied, Chechnya's part in the war)", () => {
  const read = (t: string, pub = "2025-03-01") => extractClaims(t, { publishedAt: pub }).map((c) => [c.metric, c.party, c.value]);

  it("reads Chechens, Dagestanis and Buryats as Russia's", () => {
    expect(read("On March 26, Kadyrov said that since the start of the operation 23 Chechen servicemen had been killed and 58 wounded.")).toEqual([
      ["killed", "RU", 23],
      ["wounded", "RU", 58],
    ]);
    expect(read("The two outlets have counted 412 Chechen dead and 260 Dagestani soldiers killed.")).toEqual([
      ["killed", "RU", 412],
      ["killed", "RU", 260],
    ]);
  });

  it("reads fighters who have gone from a region to the zone of the 'special military operation' as sent", () => {
    expect(read('In February he said that more than 52,000 fighters had gone from Chechnya to the zone of the "special military operation" since 2022.').map((c) => [c[0], c[2]])).toEqual([["troops_deployed", 52000]]);
  });

  it("reads the verb after a long subject and an aside of its part for both ('1,026 servicemen of Ukraine's 36th marine brigade, among them 162 officers, laid down their arms')", () => {
    expect(read("A total of 1,026 servicemen of Ukraine's 36th marine brigade, among them 162 officers, laid down their arms in Mariupol, the Russian Defence Ministry said.", "2022-04-13")).toEqual([
      ["captured", "UA", 1026],
      ["captured", "UA", 162],
    ]);
  });
});

describe("extractClaims, round twenty-one (test109 studied, the Donbas battles of 2022)", () => {
  it("reads a list under a header that only points back ('They are estimated at:') as the losses of the sentence before", () => {
    const text = "Meanwhile, the General Staff of the Armed Forces of Ukraine reported the total combat losses of the enemy from 24 February to 20 June. They are estimated at:\n\npersonnel - about 33,600 (+150) persons eliminated;\ntanks - 1,467 (+8);\nartillery systems - 738 (+4).";
    expect(extractClaims(text, { publishedAt: "2022-06-20" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["casualties", "RU", null, 33600],
      ["casualties", "RU", null, 150],
      ["equipment_lost", "RU", "tanks", 1467],
      ["equipment_lost", "RU", "tanks", 8],
      ["equipment_lost", "RU", "artillery", 738],
      ["equipment_lost", "RU", "artillery", 4],
    ]);
  });
});

describe("extractClaims, round twenty-one (test110 studied, railways and logistics)", () => {
  it("reads lines of a label, a dash and a figure right after a count of losses as that count's lines", () => {
    const text = "Ukraine's General Staff said on Saturday that Russian forces had lost 406,080 personnel since 24 February 2022, including 1,040 over the past day.\n\ntanks — 6,536 (+9);\nartillery systems — 9,866 (+20);";
    expect(extractClaims(text, { publishedAt: "2024-02-24" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([
      ["casualties", "RU", null, 406080],
      ["casualties", "RU", null, 1040],
      ["equipment_lost", "RU", "tanks", 6536],
      ["equipment_lost", "RU", "tanks", 9],
      ["equipment_lost", "RU", "artillery", 9866],
      ["equipment_lost", "RU", "artillery", 20],
    ]);
  });
});

describe("extractClaims, round twenty-two (test111 studied, Kharkiv under attack)", () => {
  const read = (text: string, publishedAt = "2024-06-11", outlet: string | null = null) =>
    extractClaims(text, { publishedAt, outlet }).map((c) => [c.metric, c.party, c.item, c.value, c.attributedTo, c.sourceParty]);

  it("reads 'the North group' (Russia's grouping of forces) in a source's name as no mention of North Korea", () => {
    expect(read("More than 40 Ukrainian servicemen surrendered over the week, it said, citing the commander of a unit of the North group.")).toEqual([
      ["captured", "UA", null, 40, "the commander of a unit of the North group", "RU"],
    ]);
  });

  it("gives figures to the source of the main clause, not to who relays them in an opening 'As X reported,'", () => {
    expect(read("As Reuters reported, the General Staff said Russian losses since February 24, 2022, stood at about 998,000 personnel.")).toEqual([
      ["casualties", "RU", null, 998000, "the General Staff", "UA"],
    ]);
  });

  it("reads the side of equipment named after it as 'among the day's Russian losses'", () => {
    expect(read("The General Staff also listed 11 tanks and 36 artillery systems among the day's Russian losses.").map((c) => c.slice(0, 4))).toEqual([
      ["equipment_lost", "RU", "tanks", 11],
      ["equipment_lost", "RU", "artillery", 36],
    ]);
  });

  it("reads drones a place was 'hit by' as the attack's weapons, not losses", () => {
    expect(read("According to the mayor, the city was hit by 17 Shahed drones in 14 minutes.")).toEqual([]);
  });

  it("reads cars burned or damaged where they stood as no army's losses, and cars in a list of losses as vehicles", () => {
    expect(read("Firefighters put out the blaze, and 40 cars were burned in a parking lot. About 20 cars parked nearby were also damaged.")).toEqual([]);
    expect(read("Over the day the enemy lost 300 servicemen, a tank and 6 cars, the Russian Defence Ministry said.").map((c) => c.slice(0, 4))).toContainEqual(["equipment_lost", "UA", "vehicles", 6]);
  });

  it("gives a total that 'its' names to the body named before it, though that body claims nothing new", () => {
    const t = "Syrskyi said Russian forces had lost 4,000 troops. The Russian Ministry of Defense has not claimed any new settlements in Kharkiv Oblast since May 24, and its total for the offensive stands at 13 settlements.";
    expect(read(t, "2024-06-14")[1]).toEqual(["settlements", "RU", null, 13, "Russian Ministry of Defense", "RU"]);
    // (Its keeper, not the side it counts: "… said Russia lost 1,530 troops, and its running total is now around 775,000".)
    expect(read("Ukraine's General Staff this morning said Russia lost 1,530 troops in the past day, and its running total is now around 775,000.", "2024-12-10")[1]).toEqual(["casualties", "RU", null, 775000, "Ukraine's General Staff", "UA"]);
  });
});

describe("extractClaims, round twenty-two (test112 studied, the first five weeks of the invasion)", () => {
  const read = (text: string, publishedAt = "2022-03-25") =>
    extractClaims(text, { publishedAt }).map((c) => [c.metric, c.party, c.item, c.value, c.attributedTo, c.sourceParty]);

  it("knows Russia's National Defence Control Centre and its head Mizintsev", () => {
    expect(read("Mizintsev said that 1,750 Ukrainian servicemen in the city had laid down their arms in recent days.")).toEqual([["captured", "UA", null, 1750, "Mizintsev", "RU"]]);
    expect(read("The head of the National Defence Control Centre said that 1,750 Ukrainian servicemen had laid down their arms.").map((c) => c[5])).toEqual(["RU"]);
  });

  it("gives 'its own figure of 498 dead' to the side that opens the sentence, though it has not updated it", () => {
    expect(read("Ukraine's General Staff says Russia lost 14,000 troops. Russia has not updated its own figure of 498 dead, which it gave on 2 March.", "2022-03-20")[1]).toEqual(["killed", "RU", null, 498, "Russia", "RU"]);
  });

  it("reads burned-out cars a reporter saw as no army's losses", () => {
    expect(read("Our reporter saw at least three burned-out cars on Sumska Street.")).toEqual([]);
  });

  it("gives equipment a side says 'had been put out of action' to its enemy", () => {
    expect(read("Colonel General Sergei Rudskoy added that 163 multiple launch rocket systems had been put out of action.")).toEqual([["equipment_lost", "UA", "mlrs", 163, "Colonel General Sergei Rudskoy", "RU"]]);
  });

  it("reads what a correction says now after the semicolon that ends what an earlier version said, but not a bare figure restated", () => {
    const t = "In Mariupol, the drama theatre was bombed. An earlier version of this article, citing a regional official, said the death toll in the drama theatre was 600; that figure was not confirmed by city authorities, who have said about 300 people were killed there.";
    expect(read(t, "2022-03-29").map((c) => [c[0], c[3]])).toEqual([["civilians_killed", 300]]);
    expect(read("An earlier version gave the June figure as 588 square kilometres; DeepState's figure for June is 556.", "2025-07-03")).toEqual([]);
  });
});

describe("extractClaims, round twenty-two (test113 and test114 studied, the 2023 counteroffensive; ports and shipping)", () => {
  const read = (text: string, publishedAt = "2023-08-25") =>
    extractClaims(text, { publishedAt }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty]);

  it("takes no preposition left of a phrase before a participle for a source ('In that statement, published late Monday, it claimed')", () => {
    const t = "The Russian Defense Ministry said Ukrainian units had lost up to 1,500 troops. In that statement, published late Monday, it claimed that Ukraine had lost more than 250 servicemen.";
    expect(extractClaims(t, { publishedAt: "2023-06-06" })[1]).toMatchObject({ value: 250, attributedTo: "The Russian Defense Ministry", sourceParty: "RU" });
  });

  it("reads 'put Russia's total tank losses at 4,381' as tanks lost, not casualties", () => {
    expect(read("Ukraine's General Staff put Russia's total tank losses at 4,381.")).toEqual([["equipment_lost", "RU", "tanks", 4381, "UA"]]);
  });

  it("reads a side's name alone on its line, under a count of losses, as heading that side's lines", () => {
    const t = "Here is my count for the period, visually confirmed, on the southern front only.\n\nUkraine\n\nTanks: 37\nInfantry fighting vehicles: 64\n\nRussia\n\nTanks: 102";
    expect(read(t, "2023-07-14").map((c) => c.slice(0, 4))).toEqual([
      ["equipment_lost", "UA", "tanks", 37],
      ["equipment_lost", "UA", "ifv", 64],
      ["equipment_lost", "RU", "tanks", 102],
    ]);
  });

  it("gives a figure told with a side's possessive alone ('and Russia's at up to 120,000') to that side", () => {
    expect(read("American officials put Ukraine's military dead at close to 70,000 and Russia's at up to 120,000.").map((c) => [c[1], c[3]])).toEqual([["UA", 70000], ["RU", 120000]]);
  });

  it("gives a pronoun the source that opened the sentence before with a role set before the name ('Russia's defense minister, Sergei Shoigu, offers …')", () => {
    const t = "Ukrainian officials say Russia has lost 300,000 troops. Russia's defense minister, Sergei Shoigu, offers figures just as large in the other direction. On Tuesday, he told senior officers that Ukraine had lost more than 100,000 servicemen.";
    expect(read(t, "2023-11-03")[1]).toEqual(["casualties", "UA", null, 100000, "RU"]);
  });

  it("reads the lines under 'Results of combat work over the past day:' as losses, in the voice of the body whose report the text opens as", () => {
    const t = "The Defence Forces of the South of Ukraine report on the situation in their area of responsibility as of 18:00.\n\nOver the past day the enemy continued to shell Kherson region.\n\nResults of combat work over the past day:\n\n46 occupiers killed;\n5 artillery systems;\n9 boats.";
    expect(read(t, "2024-12-14")).toEqual([
      ["killed", "RU", null, 46, "UA"],
      ["equipment_lost", "RU", "artillery", 5, "UA"],
      ["equipment_lost", "RU", "ships", 9, "UA"],
    ]);
  });
});

describe("extractClaims, round twenty-two (test116 and test118 studied, Russia's 2025 offensive; captured equipment)", () => {
  it("gives a unit's bare noun ('the corps said') the side of the unit named with it before", () => {
    const t = "Ukraine's answer was to commit the 1st Corps of the National Guard and several assault units to the salient. By 28 August the corps said the operation had recaptured three villages.";
    expect(extractClaims(t, { publishedAt: "2025-08-30" }).map((c) => [c.metric, c.party, c.value, c.attributedTo, c.sourceParty])).toEqual([["settlements", "UA", 3, "the corps", "UA"]]);
  });

  it("reads those 'eliminated' beside a count of the wounded as dead, in the passive too ('61 occupiers were eliminated and 38 wounded')", () => {
    expect(extractClaims("Over the past day, 61 occupiers were eliminated and 38 wounded there, the General Staff said.", { publishedAt: "2025-10-01" }).map((c) => [c.metric, c.party, c.value])).toEqual([
      ["killed", "RU", 61],
      ["wounded", "RU", 38],
    ]);
  });

  it("reads the same count for another side with its verb and noun left out ('Russia had lost more than 3,600 tanks and Ukraine about 1,050')", () => {
    expect(extractClaims("By its count this week, Russia had lost more than 3,600 tanks and Ukraine about 1,050.", { publishedAt: "2024-12-10" }).map((c) => [c.party, c.item, c.value])).toEqual([
      ["RU", "tanks", 3600],
      ["UA", "tanks", 1050],
    ]);
  });

  it("reads parts by fate one after another ('2,700 of them as destroyed, 150 as damaged, 330 as abandoned and 540 as captured')", () => {
    const t = "As of 20 February 2025, Oryx recorded 3,720 Russian tanks lost. It classed 2,700 of them as destroyed, 150 as damaged, 330 as abandoned and 540 as captured.";
    expect(extractClaims(t, { publishedAt: "2025-02-24" }).map((c) => [c.party, c.item, c.value])).toEqual([3720, 2700, 150, 330, 540].map((v) => ["RU", "tanks", v]));
  });

  it("gives 'pieces of Russian equipment' their side, and the things 'Among them' in the next sentence the same side", () => {
    const t = "Oryx says it has verified at least 200 pieces of Russian equipment destroyed, damaged, abandoned or captured since Tuesday. Among them are at least 44 tanks, and 31 of those were captured.";
    expect(extractClaims(t, { publishedAt: "2022-09-11" }).map((c) => [c.party, c.item, c.value])).toEqual([
      ["RU", "other", 200],
      ["RU", "tanks", 44],
      ["RU", "tanks", 31],
    ]);
  });

  it("reads a team as a source ('Its Dutch-based team says …'), whose figures the next sentence's 'Among them' goes on with", () => {
    const t = "The open-source site Oryx has been trying to keep pace with the footage. Its Dutch-based team says it has verified at least 200 pieces of Russian equipment destroyed since Tuesday. Among them are at least 44 tanks, and 31 of those were captured.";
    expect(extractClaims(t, { publishedAt: "2022-09-11" }).map((c) => [c.value, c.sourceParty])).toEqual([[200, "NL"], [44, "NL"], [31, "NL"]]);
  });

  it("takes no phrase of where it was said for a source ('In a statement issued for the opening, the ministry said')", () => {
    expect(findAttributions("In a statement issued for the opening, the ministry said Russian troops had knocked out more than 60 Bradleys.").map((a) => a.attributedTo)).toEqual(["the ministry"]);
  });
});

describe("extractClaims, round twenty-two (test115 studied, attacks on health care, medics and rescuers)", () => {
  it("reads the civilians' country in their own clause, not in the clause after a semicolon", () => {
    const t = "Ukraine's health ministry counts 233 health workers killed; Moscow and the authorities it installed publish counts of their own.";
    expect(extractClaims(t, { publishedAt: "2025-02-24" }).map((c) => [c.metric, c.party, c.value])).toEqual([["civilians_killed", "UA", 233]]);
  });

  it("reads medics a military body counts as its own as its soldiers, and a volunteer battalion's as civilians", () => {
    expect(extractClaims("The Medical Forces Command of Ukraine's armed forces said in December that more than 450 of its medics had been killed.", { publishedAt: "2025-02-24" }).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "UA", 450]]);
    expect(extractClaims("The Hospitallers, a volunteer medical battalion, said two of its paramedics had been killed near Bakhmut in Ukraine.", { publishedAt: "2023-03-02" }).map((c) => c.metric)).toEqual(["civilians_killed"]);
  });
});

describe("extractClaims, round twenty-three (test117 studied, the Russian-held Donbas)", () => {
  const read = (t: string, publishedAt = "2022-06-10") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("reads the republics Moscow set up in Donetsk and Luhansk and their officials as Moscow's side, and the civilians they count as Ukraine's", () => {
    expect(read("According to Daria Morozova, the DPR's ombudsman, 16 civilians were killed and 71 wounded over the week.")).toEqual([
      ["civilians_killed", "UA", 16, "RU"],
      ["civilians_wounded", "UA", 71, "RU"],
    ]);
    expect(read("The Representative Office of the LPR in the JCCC said 44 residential buildings had been damaged.")).toEqual([["buildings_damaged", "UA", 44, "RU"]]);
  });

  it("reads the civilians a head Moscow installed counts, with no place named, as Ukraine's", () => {
    expect(read("Pushilin told a press conference that Ukrainian fire had killed more than 300 civilians in the republic in 2024.", "2025-01-10")).toEqual([["civilians_killed", "UA", 300, "RU"]]);
  });

  it("reads the militia of those republics as Moscow's side ('the militia's losses', 'servicemen of the republic's formations')", () => {
    expect(read("Since January 1, the militia's losses have reached 1,823 killed and 7,405 wounded, Morozova wrote.")).toEqual([
      ["killed", "RU", 1823, "RU"],
      ["wounded", "RU", 7405, "RU"],
    ]);
    expect(read("Morozova reported that 3,710 servicemen of the republic's formations had been killed.").map((c) => c[1])).toEqual(["RU"]);
  });

  it("gives a figure that shares the noun of the one before the side named as that one's owner after it ('117 servicemen of the Russian army were killed and 483 were wounded')", () => {
    expect(read("A total of 117 servicemen of the Russian army were killed and 483 were wounded in combat.").map((c) => [c[0], c[1], c[2]])).toEqual([
      ["killed", "RU", 117],
      ["wounded", "RU", 483],
    ]);
    expect(read("A total of 117 servicemen of the Donetsk People's Republic's people's militia were killed and 483 were wounded.").map((c) => c[1])).toEqual(["RU", "RU"]);
  });
});

describe("extractClaims, round twenty-three (test119 studied, leaked and doctored Pentagon figures)", () => {
  const read = (t: string, publishedAt = "2023-04-10") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value]);

  it("reads 'killed' as the noun of a side's toll put at its figure ('estimated Russian killed at …', 'puts Ukraine's killed in action at')", () => {
    expect(read("The slide estimated Russian killed at 35,500 to 43,000 and Ukrainian killed at 15,500 to 17,500.")).toEqual([
      ["killed", "RU", 39250],
      ["killed", "UA", 16500],
    ]);
    expect(read("It puts Ukraine's killed in action at 15,500 to 17,500.")).toEqual([["killed", "UA", 16500]]);
    expect(read("US analysts put Russia's killed in action at 35,500 and Ukraine's at 15,500.")).toEqual([
      ["killed", "RU", 35500],
      ["killed", "UA", 15500],
    ]);
    // (Not "dead and wounded at", one toll of both.)
    expect(read("Zelensky put the number of North Koreans killed and wounded at more than 3,000.")).toEqual([["casualties", "KP", 3000]]);
  });

  it("gives the second of two tolls put at their figures its own side ('Russian casualties at … and Ukrainian casualties at')", () => {
    expect(read("That slide estimated Russian casualties at 189,500 to 223,000 and Ukrainian casualties at 124,500 to 131,000.")).toEqual([
      ["casualties", "RU", 206250],
      ["casualties", "UA", 127750],
    ]);
  });

  it("reads a side fronted before a source with no comma as whose figures ('For Ukraine the same slide gives …')", () => {
    const out = extractClaims("For Ukraine the same slide gives 124,500 to 131,000 casualties.", { publishedAt: "2023-04-10" });
    expect(out.map((c) => [c.party, c.attributedTo])).toEqual([["UA", "the same slide"]]);
  });

  it("reads papers as a source for the country whose leaked papers the article says they are", () => {
    const t = "An image shared on Telegram purports to show a page from a leaked US military briefing. Posts say it proves that Ukraine is losing more soldiers than Russia. In the earliest copy, the slide estimates that Russia has lost 35,500 to 43,000 soldiers killed in action.";
    expect(extractClaims(t, { publishedAt: "2023-04-10" }).map((c) => [c.party, c.value, c.sourceParty])).toEqual([["RU", 39250, "US"]]);
  });

  it("reads a side's estimates of a count as its source ('sets out U.S. estimates of casualties', 'Western estimates of …')", () => {
    expect(findAttributions("One page, dated March 1, sets out U.S. estimates of casualties on both sides as of Feb. 28.").map((a) => [a.attributedTo, a.sourceParty])).toEqual([["U.S. estimates", "US"]]);
    expect(findAttributions("Western estimates of North Korean losses run from 4,000 to 6,000 killed and wounded.").map((a) => [a.attributedTo, a.sourceParty])).toEqual([["Western estimates", null]]);
  });

  it("takes a fact-check's labels ('FAKE: …', 'TRUTH: …') for no speaker, so the list under a source's header keeps that source", () => {
    const t = "FAKE: \"Ukraine lost up to 1,500 soldiers near Bakhmut on 10 April alone.\" TRUTH: The figure was published by anonymous channels without confirmation.\n\nAccording to the General Staff of the Armed Forces of Ukraine, the total combat losses of the enemy from 24.02.2022 to 14.04.2023 were approximately:\n\ntanks — 3,645 (+3),\nartillery systems — 2,767 (+9).";
    const out = extractClaims(t, { publishedAt: "2023-04-14" }).filter((c) => c.metric === "equipment_lost");
    expect(out.map((c) => [c.item, c.value, c.sourceParty])).toEqual([
      ["tanks", 3645, "UA"],
      ["tanks", 3, "UA"],
      ["artillery", 2767, "UA"],
      ["artillery", 9, "UA"],
    ]);
  });
});

describe("extractClaims, round twenty-three (test118 studied again, captured equipment)", () => {
  it("reads figures put at by a pronoun ('It puts them at') as the losses the sentence before named, of their side", () => {
    const t = "Ukraine's General Staff keeps its own count of Russian losses. It puts them at 53,650 personnel and 2,154 tanks since 24 February, including 14 tanks over the past day.";
    expect(extractClaims(t, { publishedAt: "2022-09-10" }).map((c) => [c.metric, c.party, c.item ?? null, c.value, c.sourceParty])).toEqual([
      ["casualties", "RU", null, 53650, "UA"],
      ["equipment_lost", "RU", "tanks", 2154, "UA"],
      ["equipment_lost", "RU", "tanks", 14, "UA"],
    ]);
    // (Not figures a pronoun puts at with no losses named before: "The army has grown. Officials put them at 900,000 personnel.")
    expect(extractClaims("The army has grown quickly. Officials put them at 900,000 personnel.", { publishedAt: "2022-09-10" }).map((c) => c.metric)).not.toContain("casualties");
  });
});

describe("extractClaims, round twenty-three (test120 studied, Wagner in 2023)", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2023-07-06" }).map((c) => [c.metric, c.party, c.value]);

  it("reads a toll put at its figure with the people it counts named ('put the airmen killed at', 'somewhere between')", () => {
    expect(read("Russian bloggers said six helicopters were lost. They put the airmen killed at as many as 15.").filter((c) => c[0] === "killed").map((c) => c[2])).toEqual([15]);
    expect(read("He put Ukraine's wounded at somewhere between 50,000 and 70,000.")).toEqual([["wounded", "UA", 60000]]);
  });

  it("reads people counted aboard a craft as a part of the people before, not the craft ('ten of them aboard the Il-22M')", () => {
    expect(read("The same bloggers put the number of Russian airmen killed at between 13 and 15, ten of them aboard the Il-22M.")).toEqual([
      ["killed", "RU", 14],
      ["killed", "RU", 10],
    ]);
  });

  it("reads a part named by what its people were, with a relative clause, as a part of the whole's toll ('57 of them former prisoners who fought for Wagner')", () => {
    expect(read("We have confirmed the names of at least 412 men from the region killed in Ukraine, 57 of them former prisoners who fought for Wagner.").map((c) => [c[0], c[2]])).toEqual([
      ["killed", 412],
      ["killed", 57],
    ]);
  });

  it("knows military bloggers' channels as sources of their side ('The pilots' channel Fighterbomber')", () => {
    expect(findAttributions("The pilots' channel Fighterbomber said 13 airmen had been killed.").map((a) => a.sourceParty)).toEqual(["RU"]);
    expect(findAttributions("Journalist Yuriy Butusov said 40 soldiers had been killed.").map((a) => a.sourceParty)).toEqual(["UA"]);
  });
});

describe("extractClaims, round twenty-three (test121 studied, the naval war in the Black Sea)", () => {
  const read = (t: string, publishedAt = "2024-04-12") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.item ?? null, c.value, c.asOf, c.sourceParty]);

  it("reads a side's ships with no object after 'hit' as struck ('2023: 12 Russian vessels hit, 2 of them sunk'), and drones that hit as what struck", () => {
    expect(read("2023: 12 Russian vessels hit, 2 of them sunk").map((c) => [c[2], c[3]])).toEqual([["ships", 12], ["ships", 2]]);
    expect(read("Overnight, 20 drones hit.")).toEqual([]);
  });

  it("reads 'Of the 24,' as the whole counted before and its parts by year after commas", () => {
    const t = "Ukraine has destroyed at least 24 Russian naval vessels. Of the 24, seven were sunk in 2022, nine in 2023 and eight in 2024.";
    expect(read(t).map((c) => [c[3], c[4]])).toEqual([[24, "2024-04-12"], [7, "2022"], [9, "2023"], [8, "2024"]]);
  });

  it("ends a source's run where the outlet counts for itself ('By our count, …'), for the sentences after it too", () => {
    const t = "Ukraine's General Staff counts 26 Russian warships and boats destroyed.\n\nBy our count, Ukraine has destroyed or seriously damaged at least 24 Russian naval vessels since February 2022. Of the 24, seven were hit in 2022.";
    expect(read(t).map((c) => [c[3], c[5]])).toEqual([[26, "UA"], [24, null], [7, null]]);
    // (In one paragraph too.)
    expect(read(t.replace("\n\n", " ")).map((c) => [c[3], c[5]])).toEqual([[26, "UA"], [24, null], [7, null]]);
  });

  it("takes no first-person subject for a source ('We count a Russian naval vessel as hit when imagery shows …')", () => {
    expect(findAttributions("We count a Russian naval vessel as hit when imagery shows damage that takes it out of service.")).toEqual([]);
  });

  it("reads the named subject of a relative clause as the source ('a loss for which Moscow acknowledged one sailor dead and 27 missing')", () => {
    const t = "It is the heaviest blow to the fleet since the cruiser Moskva went down in April 2022, a loss for which Moscow acknowledged one sailor dead and 27 missing.";
    expect(read(t).map((c) => [c[0], c[3], c[5]])).toEqual([["killed", 1, "RU"], ["missing", 27, "RU"]]);
  });
});

describe("extractClaims, round twenty-three (test122 studied, Vuhledar, Chasiv Yar and Toretsk)", () => {
  const read = (t: string) => extractClaims(t, { publishedAt: "2024-10-05" }).map((c) => [c.metric, c.party, c.item ?? null, c.value]);

  it("reads a part after the whole's time and place and 'including' as a part of the whole, of its side ('…, including up to 550 facing Moscow's Southern group')", () => {
    expect(read("Russia's defence ministry has claimed that Ukraine lost up to 2,000 troops across the front over the past day, including up to 550 facing Moscow's Southern group.")).toEqual([
      ["casualties", "UA", null, 2000],
      ["casualties", "UA", null, 550],
    ]);
  });

  it("reads a list label's own item, not the examples in brackets after it ('Other armoured vehicles (MT-LB and similar): 21')", () => {
    expect(read("By type, the losses of Russian armour break down as follows:\nArmoured personnel carriers: 33\nOther armoured vehicles (MT-LB and similar): 21")).toEqual([
      ["equipment_lost", "RU", "apc", 33],
      ["equipment_lost", "RU", "afv", 21],
    ]);
  });
});

describe("extractClaims, round twenty-four (test117 again, test123 and test124 studied)", () => {
  const read = (t: string, publishedAt = "2023-01-12") => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value, c.asOf]);

  it("takes up the tally the sentence before named, and whose dead it counts, by a pronoun's count ('… a running tally of the militia's dead and wounded. Her final count …')", () => {
    const t = "Only the Donetsk republic gave figures. Daria Morozova, its ombudswoman, published a running tally of the militia's dead and wounded for most of the year. Her final count for 2022, published on 29 December, was 4,176 servicemen killed and 16,942 wounded since 1 January.";
    expect(read(t)).toEqual([
      ["killed", "RU", 4176, "2022-12-29"],
      ["wounded", "RU", 16942, "2022-12-29"],
    ]);
  });

  it("reads the lines of labels and figures under a paragraph that names losses as its list, though no colon ends it ('… reports the total combat losses of the enemy …. The figures are approximate. ¶ tanks - 10,927 (+3)')", () => {
    const t = "The General Staff of the Armed Forces of Ukraine reports the total combat losses of the enemy from 24.02.2022 to 02.06.2025. The figures are approximate and are being refined.\n\npersonnel - about 987,420 (+1,070) persons\ntanks - 10,927 (+3)\nsubmarines - 1 (+0)";
    expect(extractClaims(t, { publishedAt: "2025-06-02" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty])).toEqual([
      ["casualties", "RU", null, 987420, "UA"],
      ["casualties", "RU", null, 1070, "UA"],
      ["equipment_lost", "RU", "tanks", 10927, "UA"],
      ["equipment_lost", "RU", "tanks", 3, "UA"],
      ["equipment_lost", "RU", "ships", 1, "UA"],
    ]);
  });

  it("reads the side a toll was found among after its noun or its enumeration ('262 dead and 788 missing among the Ukrainian troops')", () => {
    const t = "Ukrainian investigative journalists identified at least 262 dead and 788 missing among the Ukrainian troops sent across the river.";
    expect(read(t, "2024-08-01").map((c) => [c[0], c[1], c[2]])).toEqual([
      ["killed", "UA", 262],
      ["missing", "UA", 788],
    ]);
  });

  it("reads one of a side's things lost as a figure ('Ukraine has lost one of the U.S.-made F-16 fighter jets'), not one of a kind named ('one of the pilots')", () => {
    expect(extractClaims("Ukraine has lost one of the U.S.-made F-16 fighter jets it received only weeks ago.", { publishedAt: "2024-08-30" }).map((c) => [c.metric, c.party, c.item, c.value])).toEqual([["equipment_lost", "UA", "aircraft", 1]]);
    expect(extractClaims("One of the pilots spoke to reporters on Monday.", { publishedAt: "2024-08-30" })).toEqual([]);
  });

  it("reads a label that spans days of a month ('Civilians killed in Kherson region from 14 to 20 November: 9')", () => {
    for (const days of ["from 14 to 20 November", "14-20 November", "between 14 and 20 November"]) {
      expect(read(`Civilians killed in Kherson region ${days}: 9.`, "2025-11-21")).toEqual([["civilians_killed", "UA", 9, "2025-11-20"]]);
    }
  });

  it("reads one more of the people before, hurt in another way, its noun left out ('killing two civilians and injuring one'), and no weapon that does the harm as lost ('A drone killed …')", () => {
    const one = (t: string) => extractClaims(t, { publishedAt: "2025-05-28" }).map((c) => [c.metric, c.item ?? null, c.value]);
    expect(one("A drone hit a car in the town on Tuesday, killing two civilians and injuring one.")).toEqual([["civilians_killed", null, 2], ["civilians_wounded", null, 1]]);
    expect(one("A drone killed two civilians and injured one.")).toEqual([["civilians_killed", null, 2], ["civilians_wounded", null, 1]]);
    expect(one("Ukrainian forces shot down a Russian drone.")).toEqual([["equipment_lost", "drones", 1]]);
  });

  it("reads a side's admission 'that' as of its own losses, and no source in a figure it disputes ('Russian military bloggers, while disputing Kyiv's figure, acknowledged that at least a dozen aircraft …')", () => {
    const t = "Several Russian military bloggers, while disputing Kyiv's figure, acknowledged that at least a dozen aircraft had been damaged or destroyed.";
    expect(extractClaims(t, { publishedAt: "2025-06-02" }).map((c) => [c.metric, c.party, c.item, c.value, c.sourceParty])).toEqual([["equipment_lost", "RU", "aircraft", 12, "RU"]]);
    // (Every form of the verb of disputing: "denied", "rebutted" too.)
    for (const verb of ["having denied", "having rebutted", "who rejected"]) {
      const u = `Several Russian military bloggers, ${verb} Kyiv's figure, acknowledged that at least a dozen aircraft had been damaged or destroyed.`;
      expect(extractClaims(u, { publishedAt: "2025-06-02" }).map((c) => c.sourceParty)).toEqual(["RU"]);
      expect(findAttributions(u).map((a) => a.attributedTo)).toEqual(["Several Russian military bloggers"]);
    }
  });

  it("reads 'of those' people, with no count of people before, as of the one side whose people the sentence before names ('Ukraine's marines were still clinging on …. Reporters later counted 262 of those marines dead')", () => {
    const t = "A year ago, Ukraine's marines were still clinging on at Krynky. Ukrainian reporters later counted 262 of those marines dead and 788 missing.";
    expect(read(t, "2025-06-14").map((c) => [c[0], c[1], c[2]])).toEqual([["killed", "UA", 262], ["missing", "UA", 788]]);
    // (Not when the sentence before names both sides.)
    expect(read("Russian and Ukrainian units fought for the village. Reporters later counted 262 of those soldiers dead.", "2025-06-14").map((c) => c[1])).toEqual([null]);
  });

  it("reads a speaker's own unit's losses after whom he told ('tells the paper that his battalion has lost 14 soldiers killed')", () => {
    const t = "An officer of a Ukrainian mechanised brigade tells the paper that his battalion has lost 14 soldiers killed and more than 60 wounded since mid-September.";
    expect(read(t, "2025-10-14").map((c) => [c[0], c[1], c[2]])).toEqual([["killed", "UA", 14], ["wounded", "UA", 60]]);
  });
});

describe("round twenty-five (test126 read: prisoners of war and exchanges)", () => {
  const read = (t: string, publishedAt: string) => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value]);
  const exchanges = [
    "Prisoner exchanges between Ukraine and Russia, 2024",
    "",
    "Date | Ukrainians returned (Coordination Headquarters) | Russians returned (Russian Ministry of Defence) | Mediator | Notes",
    "3 January 2024 | 230 | 248 | United Arab Emirates | Ukrainian figure includes civilians",
    "31 January 2024 | 207 | 195 | United Arab Emirates |",
  ].join("\n");

  it("reads a table of exchanges by its caption's prisoners and its columns' sides, each column in the voice its name gives in brackets, a long row of column names as a line, and no source in the names ('… | Mediator | Notes')", () => {
    const claims = extractClaims(exchanges, { publishedAt: "2025-01-06" });
    expect(claims.map((c) => [c.metric, c.party, c.value, c.asOf, c.sourceParty, c.attributedTo])).toEqual([
      ["captured", "UA", 230, "2024-01-03", "UA", "Coordination Headquarters"],
      ["captured", "RU", 248, "2024-01-03", "RU", "Russian Ministry of Defence"],
      ["captured", "UA", 207, "2024-01-31", "UA", "Coordination Headquarters"],
      ["captured", "RU", 195, "2024-01-31", "RU", "Russian Ministry of Defence"],
    ]);
  });

  it("reads what a figure in a table with a column per side counts in its own cell, not in a note after it ('… | 248 | United Arab Emirates | Ukrainian figure includes soldiers')", () => {
    const t = "Prisoner exchanges between Ukraine and Russia, 2024\n\nDate | Ukrainians returned | Russians returned | Mediator | Notes\n4 January 2024 | 230 | 248 | United Arab Emirates | Ukrainian figure includes soldiers";
    expect(read(t, "2025-01-06").map((c) => [c[0], c[1], c[2]])).toEqual([["captured", "UA", 230], ["captured", "RU", 248]]);
  });

  it("reads a list that breaks down 'as follows' the people returned in the sentence before ('Among those returned are soldiers … By component of the Defence Forces, the group is made up as follows:')", () => {
    const t = "Among those returned are soldiers, sailors and border guards. By component of the Defence Forces, the group is made up as follows:\nArmed Forces of Ukraine — 50 servicemen;\nNaval Forces of Ukraine — 22 servicemen.";
    expect(read(t, "2024-08-24").map((c) => [c[0], c[1], c[2]])).toEqual([["captured", "UA", 50], ["captured", "UA", 22]]);
  });

  it("reads captured people shot or killed after their noun as killed ('nine captured Ukrainian soldiers being shot by Russian troops')", () => {
    expect(read("Footage appeared to show nine captured Ukrainian soldiers being shot by Russian troops.", "2024-11-28")).toEqual([["killed", "UA", 9]]);
    expect(read("Nine captured Ukrainian soldiers were shot by Russian troops.", "2024-11-28")).toEqual([["killed", "UA", 9]]);
    expect(read("Nine captured Ukrainian soldiers were taken to Donetsk.", "2024-11-28")).toEqual([["captured", "UA", 9]]);
  });

  it("reads a second 'of' after 'and' as the first's noun's object and its fate ('the summary execution of up to 25 Russian prisoners of war …, and of 15 Ukrainian prisoners of war'), not where it has a verb of its own", () => {
    expect(read("The mission documented the summary execution of up to 25 Russian prisoners of war by Ukrainian forces, and of 15 Ukrainian prisoners of war by Russian forces.", "2024-11-28")).toEqual([["killed", "RU", 25], ["killed", "UA", 15]]);
    expect(read("The ministry confirmed the release of 25 Russian servicemen and of 15 Ukrainian soldiers killed in the shelling.", "2024-11-28").map((c) => c[0])).toEqual(["captured", "killed"]);
  });

  it("reads a swap's figure 'of each side' as both sides' ('when 175 servicemen of each side were returned home')", () => {
    expect(read("The previous exchange took place on 19 March, when 175 servicemen of each side were returned home.", "2025-04-19")).toEqual([["captured", "RU", 175], ["captured", "UA", 175]]);
  });
});

describe("round twenty-five (test127 read: the Kharkiv counteroffensive)", () => {
  const read = (t: string, publishedAt: string) => extractClaims(t, { publishedAt }).map((c) => [c.metric, c.party, c.value]);

  it("reads an official of no country named, by role alone, on a government body's own page as that government's ('SENIOR DEFENSE OFFICIAL: …' in a Department of Defense transcript)", () => {
    const t = "SENIOR DEFENSE OFFICIAL: Our estimate has not changed much. We think Russian casualties are somewhere between 70,000 and 80,000 killed and wounded.";
    expect(extractClaims(t, { publishedAt: "2022-09-19", outlet: "U.S. Department of Defense" }).map((c) => [c.metric, c.party, c.value, c.sourceParty])).toEqual([["casualties", "RU", 75000, "US"]]);
    expect(extractClaims(t, { publishedAt: "2022-09-19", outlet: "The Evening Courier" }).map((c) => c.sourceParty)).toEqual([null]);
  });

  it("reads a side's dead named by its adjective as soldiers, though the sentence names a city ('Moscow's own accounting …: Shoigu admitted to 5,937 Russian dead')", () => {
    expect(read("Moscow's own accounting has grown more fanciful: on Sept. 21 Shoigu admitted to 5,937 Russian dead in seven months of fighting.", "2022-09-29")).toEqual([["killed", "RU", 5937]]);
  });

  it("reads the dead said to be a side's soldiers as that side's, not the civilians counted before ('Twenty-two of the dead were Ukrainian soldiers', 'Twenty-two bodies were those of Ukrainian servicemen')", () => {
    const t = "Investigators exhumed 447 bodies from a burial site on the edge of Izium, governor Oleh Synehubov said. Twenty-two of the dead were Ukrainian soldiers, he said. Two of the dead were pensioners.";
    expect(read(t, "2022-10-03")).toEqual([["civilians_killed", "UA", 447], ["killed", "UA", 22], ["civilians_killed", "UA", 2]]);
    expect(read("Twenty-two bodies were those of Ukrainian servicemen.", "2022-10-03")).toEqual([["killed", "UA", 22]]);
  });

  it("reads the losses of a unit the speaker commands, opening the sentence, as his side's ('The battalion he commands lost two men killed …, he said')", () => {
    const t = "An officer of the Ukrainian brigade that entered the town, Kedr, said his unit took 23 Russian prisoners on the first day. The battalion he commands lost two men killed and seven wounded in the fighting for the town, he said.";
    expect(read(t, "2022-09-22")).toEqual([["captured", "RU", 23], ["killed", "UA", 2], ["wounded", "UA", 7]]);
  });
});

describe("round twenty-five (test128 read: Russia's border regions)", () => {
  it("reads a table captioned as a count of civilians killed, its rows by place and its columns by period, each column dated by the period's end, in the authors' own voice ('Region | 2022–2023 | 2024 (to 31 Oct) | Total')", () => {
    const t = [
      "The FSB rather than the governor reported the deaths, he said.",
      "",
      "Table 1. Civilians killed, by region and period (authors' count from governors' posts)",
      "",
      "Region | 2022–2023 | 2024 (to 31 Oct) | Total",
      "",
      "Belgorod | 147 | 118 | 265",
    ].join("\n");
    expect(extractClaims(t, { publishedAt: "2024-11-20" }).map((c) => [c.metric, c.party, c.value, c.asOf, c.sourceParty])).toEqual([
      ["civilians_killed", "RU", 147, "2023", null],
      ["civilians_killed", "RU", 118, "2024-10-31", null],
      ["civilians_killed", "RU", 265, "2024-10-31", null],
    ]);
    // (A key and its value are no row of column names: "Year of manufacture: | 1989" dates nothing under it.)
    expect(extractClaims("Year of manufacture: | 1989\nCrew: | Fatalities: 6 / Occupants: 6", { publishedAt: "2024-01-25" }).map((c) => c.asOf)).not.toContain("1989");
  });

  it("reads the dead listed after a colon as killed, each of the side of the force named after them ('all 74 people on board were killed: 65 captured servicemen of the Armed Forces of Ukraine …, and three servicemen of the Russian Armed Forces')", () => {
    const t = "All 74 people on board were killed: 65 captured servicemen of the Armed Forces of Ukraine who were being brought to the Belgorod Region for an exchange, and three servicemen of the Russian Armed Forces who were escorting them.";
    expect(extractClaims(t, { publishedAt: "2024-01-25" }).filter((c) => c.value !== 74).map((c) => [c.metric, c.party, c.value])).toEqual([["killed", "UA", 65], ["killed", "RU", 3]]);
  });
});

describe("round twenty-five (test125 read: a data outlet's own table)", () => {
  const page = (note: string) => [
    "Our figures cover the city only. The regional governor, Ivan Fedorov, gave a higher figure for the whole region on Tuesday: 311 civilians killed in 2025.",
    "",
    "The deadliest attacks of the year",
    "",
    "The deadliest attacks on Zaporizhzhia city in 2025 (tolls as of 31 December)",
    "",
    "Date | Where | What hit | Killed | Injured",
    "8 January | Voznesenivskyi district, industrial site | Two guided aerial bombs | 13 | 113",
    "",
    note,
  ].join("\n");
  const rows = (note: string) => extractClaims(page(note), { publishedAt: "2025-12-31", outlet: "khortytsia-data.example" }).filter((c) => c.value === 13 || c.value === 113).map((c) => [c.metric, c.party, c.value, c.sourceParty]);

  it("reads a table whose note names the outlet's own count as its source in the outlet's voice ('Source: Khortytsia Data count.'), and the dead and injured of a caption's attacks on a town as civilians", () => {
    expect(rows("Tolls include people who died in hospital later. Source: Khortytsia Data count.")).toEqual([["civilians_killed", "UA", 13, null], ["civilians_wounded", "UA", 113, null]]);
    // (Another source named in the note, or a note that names none, leaves the voice of the paragraph before.)
    expect(rows("Source: regional military administration.").map((c) => c[3])).toEqual(["UA", "UA"]);
  });

  it("reads the officials an occupation government's own page names as its own, Moscow's, and the civilians they count as Ukraine's ('the governor' on the page of the 'Government of the Zaporozhye Region')", () => {
    const t = "In Energodar, three civilians were killed and 11 injured this week, the governor said. Residential buildings were damaged: 38 during the week, according to the regional Ministry of Construction.";
    const on = (outlet: string | null) => extractClaims(t, { publishedAt: "2025-06-28", outlet }).map((c) => [c.metric, c.party, c.value, c.sourceParty]);
    expect(on("Government of the Zaporozhye Region")).toEqual([["civilians_killed", "UA", 3, "RU"], ["civilians_wounded", "UA", 11, "RU"], ["buildings_damaged", "UA", 38, "RU"]]);
    expect(on("Zaporizhzhia Regional Military Administration").map((c) => c[3])).toEqual(["UA", "UA", "UA"]);
    expect(on(null).map((c) => c[3])).toEqual(["UA", "UA", "UA"]);
  });
});

