import { describe, expect, it } from "vitest";
import { findAttribution, findAttributions, headingSource } from "./attribution.js";

const src = (s: string) => {
  const a = findAttribution(s);
  return a ? [a.attributedTo, a.sourceParty] : null;
};

describe("findAttribution", () => {
  it("finds a headquarters, an ombudsman or a commissioner after its figures, and 'recalled', 'speaks of' as verbs of saying", () => {
    expect(src("In exchange, 146 Russian servicemen were handed over, the Headquarters notes.")).toEqual(["the Headquarters", null]);
    expect(src("In July, the bodies of 1,000 fallen defenders were repatriated, the Headquarters recalls.")).toEqual(["the Headquarters", null]);
    expect(src("Some 61 residents are held in Ukraine, the regional ombudsman said.")).toEqual(["the regional ombudsman", null]);
    expect(src("Tkachenko now speaks of 11 dead and 124 injured in Kyiv.")).toEqual(["Tkachenko", "UA"]);
    expect(src("The KCMA said 14 people had been killed in the capital.")).toEqual(["The KCMA", "UA"]);
  });
  it("reads a source described by a relative clause before ', says', and no source in 'per cent of'", () => {
    expect(src("DeepState, a Ukrainian group of volunteer analysts that maps the front line from geolocated photos and videos, says Russian forces captured about 4,300 square kilometres.")).toEqual(["DeepState, a Ukrainian group of volunteer analysts", "UA"]);
    expect(src("Russian forces control roughly 116,000 square kilometres, or just over 19 per cent of Ukraine’s territory, according to DeepState.")).toEqual(["DeepState", "UA"]);
  });
  it("takes the subject after 'whose <noun>' and past an adverb ('whose capture the ministry first announced')", () => {
    expect(src("It took Velikaya Novosyolka, which Kiev's forces had held since 2022 and whose capture the ministry first announced on Sunday.")).toEqual(["the ministry", null]);
  });
  it("finds the speaker before a verb of saying", () => {
    expect(src("Ukraine's General Staff said on Tuesday that Russia had lost 1,120 troops.")).toEqual(["Ukraine's General Staff", "UA"]);
    expect(src("South Korea's spy agency estimates that about 600 have died.")).toEqual(["South Korea's spy agency", "KR"]);
    expect(src("The Pentagon believes 11,000 troops are in Kursk.")).toEqual(["The Pentagon", "US"]);
  });
  it("reads a source across a participial clause and a subject relative clause", () => {
    expect(src("Meduza and the exiled news site Verstka, drawing on court records and obituaries, have identified 41,000 men by name.")).toEqual(["Meduza and the exiled news site Verstka", "RU"]);
    expect(src("Frontline Memory, a Ukrainian archive that works much like Mediazona's, has listed 70,000 dead.")).toEqual(["Frontline Memory, a Ukrainian archive", "UA"]);
    expect(src("Kyiv's intelligence service has given a higher figure.")).toEqual(["Kyiv's intelligence service", "UA"]);
  });
  it("takes no source from a denied saying, and reads 'estimates put' as a noun and its verb", () => {
    expect(src("The Kremlin has never disclosed its losses, but Western estimates put Russian deaths at 100,000.")).toEqual(["Western estimates", null]);
    expect(src("Moscow did not confirm the figure.")).toBeNull();
  });
  it("reads the source of a passive estimate after 'by' ('were put at 400,000 by a US study')", () => {
    expect(src("Ukraine's losses were put at 400,000 by a US study.")).toEqual(["a US study", "US"]);
    expect(src("Russian casualties were estimated at about 800,000 by British intelligence.")).toEqual(["British intelligence", "GB"]);
  });
  it("takes no object with a figure in it for a source after 'put'", () => {
    expect(src("CSIS, a Washington think tank, put Russian casualties at about 950,000.")).toEqual(["CSIS, a Washington think tank", "US"]);
  });
  it("takes no adverb at a line's start for a source", () => {
    expect(src("Independently verified losses of the first quarter")).toBeNull();
    expect(src("Italy confirmed that 12 people were killed.")).toEqual(["Italy", "IT"]);
  });
  it("finds the speaker after the figure", () => {
    expect(src("Russia lost 1,400 soldiers in a day, Kyiv's military said.")?.[1]).toBe("UA");
    expect(src("About 300 were killed, according to the Russian Ministry of Defence.")).toEqual(["the Russian Ministry of Defence", "RU"]);
  });
  it("skips the outlet a source talks to", () => {
    expect(src("A spokesman of the Ukrainian army told the newspaper that 40 were captured.")?.[1]).toBe("UA");
  });
  it("takes the original source of a chained attribution", () => {
    expect(src("The broadcaster, citing unnamed Western officials, said 1,000 had died.")).toEqual(["unnamed Western officials", null]);
    expect(src("Yonhap, citing the NIS, reported that 100 were killed.")).toEqual(["the NIS", "KR"]);
  });
  it("gives international bodies no country", () => {
    expect(src("The UN monitoring mission said at least 139 civilians were killed.")?.[1]).toBeNull();
  });
  it("returns null for the outlet's own voice", () => {
    expect(src("North Korea has sent about 11,000 troops to Russia.")).toBeNull();
    expect(src("Nine HIMARS were made in the United States.")).toBeNull();
  });
});

describe("findAttribution, more forms", () => {
  it("finds sources that wrote, posted or spoke in an interview", () => {
    expect(src("Russia lost 1,200 soldiers in the past day, Ukraine's military wrote on Telegram.")?.[1]).toBe("UA");
    expect(src("\"We have destroyed more than 300 Russian tanks this month,\" Syrskyi told Reuters in an interview.")?.[1]).toBe("UA");
    expect(src("Per the Pentagon, about 11,000 North Korean troops are in Russia.")?.[1]).toBe("US");
  });
  it("does not read a noun 'reports' as a verb of saying", () => {
    expect(src("Kremlin spokesman Dmitry Peskov declined to comment on reports that 600 Russian soldiers had been captured.")).toBeNull();
  });
  it("reads a passive of saying as no source", () => {
    expect(src("Pyongyang is believed to have sent about 11,000 soldiers to Russia.")).toBeNull();
  });
  it("takes a headline's leading source even when its country is named only further down", () => {
    expect(findAttribution("Defence Ministry: 312 enemy drones downed overnight")?.attributedTo).toBe("Defence Ministry");
    expect(findAttribution("Kharkiv: 312 drones downed overnight")).toBeNull();
  });
  it("takes what a source publishes as a source to resolve ('according to the summary')", () => {
    expect(findAttribution("According to the summary, 40 tanks were destroyed.")?.attributedTo).toBe("the summary");
  });
  it("ends a wire dateline's subject at a spaced hyphen", () => {
    expect(src("KYIV, March 3 (Baltic Wire) - Ukraine's air force said it had shot down 61 of 90 Russian drones.")?.[1]).toBe("UA");
  });
  it("takes the pronoun after an opening phrase as the subject ('In its evening summary it put…')", () => {
    expect(findAttribution("In its evening summary it put enemy losses at 1,020 soldiers.")?.attributedTo).toBe("it");
  });
  it("reads 'by the X count' as X's figure", () => {
    expect(src("By the RUSI tally, Moscow lost some 700 armoured vehicles last year.")?.[1]).toBe("GB");
  });
  it("reads a relative clause's verb of saying as the named source's", () => {
    expect(src("The numbers resemble those of Oryx, which had recorded 1,200 lost Ukrainian tanks by then.")).toEqual(["Oryx", "NL"]);
  });
  it("does not take a noun after a possessive ('the panel's estimates') for a verb of saying", () => {
    expect(findAttribution("The panel's estimates run above 600,000 Russian casualties.")).toBeNull();
  });
  it("reads 'gave' and 'established' as verbs of giving a figure", () => {
    expect(src("The Pentagon gave a higher figure of 1,000 dead North Korean troops.")?.[1]).toBe("US");
    expect(src("Reporters at Meduza established the names of 900 dead officers.")?.[1]).toBe("RU");
  });
  it("does not take the report after ', reported' for its source", () => {
    expect(findAttribution("The agency, citing military sources, reported 12 Ukrainian howitzers destroyed.")?.attributedTo).not.toMatch(/\d/);
  });
  it("gives one outlet's analysis of another's data a country only when both share it", () => {
    expect(src("Russia took 2,000 km² this year, according to a Reuters analysis of DeepState maps.")?.[1]).toBeNull();
    expect(src("Russia took 2,000 km² this year, according to an AFP analysis of data from the Institute for the Study of War.")?.[1]).toBeNull();
    expect(src("Russia took 2,000 km² this year, according to a Kyiv Post analysis of DeepState data.")?.[1]).toBe("UA");
  });
  it("takes a headline's tail for a source only when it names one, not a title holding a demonym", () => {
    expect(findAttribution("Russia lost 1,100 soldiers in a day – Kyiv")?.sourceParty).toBe("UA");
    expect(findAttribution("Year three: Counting Russian Armour Losses")).toBeNull();
  });
  it("ends a 'figures from X' source at the verb its clause goes on with", () => {
    expect(findAttribution("Data from Kyiv's military show Moscow lost 14 tanks.")?.attributedTo).toBe("Data from Kyiv's military");
  });
  it("reads issuing or releasing a publication as giving its figures", () => {
    expect(src("The Polish army issued figures showing 30 drones crossed the border.")?.[1]).toBe("PL");
    expect(src("Britain's defence ministry released its monthly estimate of 45,000 Russian casualties.")?.[1]).toBe("GB");
  });
  it("takes the maker of an estimate after 'according to the last estimate', and a figure 'given by' someone", () => {
    expect(src("About 600 had been killed, according to the last estimate South Korea's spy agency made public.")?.[1]).toBe("KR");
    expect(src("The last official figure, given by President Volodymyr Zelenskiy, was 46,000 soldiers killed.")?.[1]).toBe("UA");
  });
  it("takes a broadcaster that 'broadcast' the figure for its source, and knows UALosses as Ukrainian", () => {
    expect(src("North Korean state television broadcast a ceremony honouring 101 soldiers who died.")?.[1]).toBe("KP");
    expect(src("The volunteer project UALosses lists 86,000 dead servicemen.")?.[1]).toBe("UA");
  });
  it("takes those who credit a unit with its kills for the source", () => {
    expect(src("Ukraine's Third Assault Brigade credited its snipers with killing 60 Russian soldiers.")?.[1]).toBe("UA");
  });
  it("takes 'our colleagues at Mediazona' for Mediazona, but 'our count' for the outlet's own voice", () => {
    expect(src("Our colleagues at Mediazona estimate that 200,000 Russian servicemen have died.")?.[1]).toBe("RU");
    expect(src("Our count shows that 5,000 Russian servicemen have died.")).toBeNull();
  });
  it("gives a writer of no known country the country of the outlet he writes in", () => {
    expect(src("Writing in Bloomberg, Jane Roe estimated that Russia had lost 500 tanks.")?.[1]).toBe("US");
  });
  it("takes a heading that is only a source's name for that source, not a country or a credit", () => {
    expect(headingSource("Russia's Defence Ministry")?.sourceParty).toBe("RU");
    expect(headingSource("Russia")).toBeNull();
    // A section about a side's soldiers is not in their voice.
    expect(headingSource("North Korean forces")).toBeNull();
    expect(headingSource("Ukraine's Armed Forces")?.sourceParty).toBe("UA");
    expect(headingSource("By Anna Lee, Reuters")).toBeNull();
  });
});

describe("findAttributions, round fourteen", () => {
  it("reads a source after 'A day later' and a name with its age between commas", () => {
    expect(findAttributions("A day later Russia said a plane had carried 65 soldiers.").map((a) => a.attributedTo)).toEqual(["Russia"]);
    expect(findAttributions("Oleksii Reznikov, 56, said the army numbered 700,000.").map((a) => a.attributedTo)).toEqual(["Oleksii Reznikov"]);
  });
});
