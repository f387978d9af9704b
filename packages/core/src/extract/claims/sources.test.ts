import { describe, expect, it } from "vitest";
import type { Attribution } from "./attribution.js";
import { ArticleNames, resolveSource } from "./sources.js";

const named = (attributedTo: string, sourceParty: string | null, known = true): Attribution => ({ attributedTo, sourceParty, known, start: 0, end: 0 });

describe("resolveSource", () => {
  const history = [named("Rep. Park Sun-won of the Democratic Party", "KR"), named("South Korea's National Intelligence Service", "KR")];
  it("resolves a surname or a role to a source named before", () => {
    expect(resolveSource(named("Park", null, false), "Park said 300 died.", history, null)?.sourceParty).toBe("KR");
    expect(resolveSource(named("the spy agency", null, false), "…", [], named("the NIS", "KR"))?.sourceParty).toBe("KR");
     // Not the news agency named before the intelligence service.
    const agencies = [named("North Korea's official Korean Central News Agency", "KP"), named("South Korea's National Intelligence Service", "KR")];
    expect(resolveSource(named("the spy agency", null, false), "…", agencies, null)?.sourceParty).toBe("KR");
    expect(resolveSource(named("the intelligence agency", null, false), "…", agencies, null)?.sourceParty).toBe("KR");
  });
  it("resolves 'the same X' to the source just named, not to an older one with that noun", () => {
    const older = [named("Ukraine's 'I Want to Live' project", "UA")];
    expect(resolveSource(named("the same project", null, false), "…", older, named("Mediazona and the BBC Russian Service", "RU"))?.sourceParty).toBe("RU");
  });
  it("resolves what a source publishes ('the report', 'the bulletin') to the last source", () => {
    expect(resolveSource(named("the report", null, false), "According to the report, 30 tanks were lost.", [], named("Ukraine's General Staff", "UA"))?.sourceParty).toBe("UA");
    expect(resolveSource(named("the bulletin", null, false), "…", [], named("Russia's Defence Ministry", "RU"))?.sourceParty).toBe("RU");
  });
  it("resolves a proper name from its full form elsewhere in the article, before or after", () => {
    const text = "March 3 | Assistant Pentagon Spokesman Carl Brandt\n\nMR. BRANDT: We assess 9,000 have died.\n\nLater the General Staff of the Armed Forces of Ukraine said 1,200 died.";
    const at = text.indexOf("MR.");
    expect(resolveSource(named("Mr. Brandt", null, false), "MR. BRANDT: We assess 9,000 have died.", [], null, null, { names: new ArticleNames(text), at })?.sourceParty).toBe("US");
    expect(resolveSource(named("General Staff", null, false), "General Staff: 1,200 died", [], null, null, { names: new ArticleNames(text), at: 0 })?.sourceParty).toBe("UA");
    const byline = "Witness: Air Marshal Jane Orr, Chief of Defence Intelligence\n\nMARSHAL ORR: We assess 800,000 casualties.";
    expect(resolveSource(named("Marshal Orr", null, false), "…", [], null, null, { names: new ArticleNames(byline), at: byline.indexOf("MARSHAL") })?.sourceParty).toBe("GB");
    // The words before a name stop at the end of the sentence before it.
    const other = "Kyiv spoke to the South Koreans. Brandt said nothing.";
    expect(resolveSource(named("Brandt", null, false), "…", [], null, null, { names: new ArticleNames(other), at: 0 })?.known).toBe(false);
  });
  it("resolves a demonstrative subject ('This would put …') to the last source", () => {
    expect(resolveSource(named("This", null, false), "This would put casualties at 39,900.", [], named("Defence Intelligence", "GB"))?.sourceParty).toBe("GB");
  });
  it("resolves a role after a proper name ('the Ground Forces command') from that name's fullest mention", () => {
    const text = "A strike on a base of the Ukrainian Ground Forces killed 12, the Ground Forces command said.";
    expect(resolveSource(named("the Ground Forces command", null, false), text, [], null, null, { names: new ArticleNames(text), at: text.indexOf("the Ground Forces command") })?.sourceParty).toBe("UA");
  });
  it("resolves 'the same study', 'the analysis' to the last source", () => {
    expect(resolveSource(named("The same study", null, false), "The same study put Ukraine's dead at 70,000.", [], named("a Washington think tank", "US"))?.sourceParty).toBe("US");
    expect(resolveSource(named("the analysis", null, false), "…", [], named("Britain's Defence Intelligence", "GB"))?.sourceParty).toBe("GB");
  });
  it("gives authorities named by their place that place's country", () => {
    expect(resolveSource(named("Rostov region authorities", null, false), "…", [], named("Ukraine's air force", "UA"))?.sourceParty).toBe("RU");
    expect(resolveSource(named("Zaporizhzhia city officials", null, false), "…", [], null)?.sourceParty).toBe("UA");
  });
  it("does not give a fighting body ('the General Staff') the country of a last source that is no belligerent", () => {
    expect(resolveSource(named("the General Staff", null, false), "…", [], named("the UK", "GB"))?.known).toBe(false);
    expect(resolveSource(named("the General Staff", null, false), "…", [], named("Russia's Defence Ministry", "RU"))?.sourceParty).toBe("RU");
    expect(resolveSource(named("the report", null, false), "…", [], named("the UK", "GB"))?.sourceParty).toBe("GB");
  });
  it("does not resolve an indefinite 'a review by X' to the last source", () => {
    expect(resolveSource(named("a frame-by-frame review by Korea Pulse", null, false), "…", [], named("Seoul", "KR"))?.known).toBe(false);
  });
  it("resolves a pronoun to the last source", () => {
    expect(resolveSource(named("he", null, false), "he said", [], named("Syrskyi", "UA"))?.sourceParty).toBe("UA");
  });
  it("places a governor or unnamed officials where the sentence's places are", () => {
    expect(resolveSource(named("the regional governor", null, false), "A strike on Kharkiv killed two people, the regional governor said.", [], named("the Pentagon", "US"))?.sourceParty).toBe("UA");
    expect(resolveSource(named("officials", null, false), "Drones hit Belgorod, officials said.", [], null)?.sourceParty).toBe("RU");
  });
  it("leaves a source of no single country alone", () => {
    expect(resolveSource(named("unnamed Western officials", null, false), "…", [], named("Kyiv", "UA"))?.sourceParty).toBeNull();
  });
  it("resolves what belongs to the last source ('its analysts', 'their tally') to it", () => {
    expect(resolveSource(named("Its researchers", null, false), "…", [], named("the RAND Corporation", "US"))?.sourceParty).toBe("US");
    expect(resolveSource(named("their tally", null, false), "…", [], named("Mediazona", "RU"))?.sourceParty).toBe("RU");
  });
  it("resolves a definite unnamed body ('the group', 'the monitors') to the last source, an indefinite one not", () => {
    expect(resolveSource(named("the mapping group", null, false), "…", [], named("DeepState", "UA"))?.sourceParty).toBe("UA");
    expect(resolveSource(named("independent analysts", null, false), "…", [], named("DeepState", "UA"))?.known).toBe(false);
  });
  it("reads a role's antecedent only within its own clause", () => {
    const text = "Troops pushed the Ukrainian army out, Chief of the General Staff Ivan Orlov said. The staff added more.";
    expect(new ArticleNames(text).countryOfRoleBefore("staff", text.indexOf("The staff"))).toBeNull();
    const named = "Russia's defence ministry issued figures. The ministry said 20 drones fell.";
    expect(new ArticleNames(named).countryOfRoleBefore("ministry", named.indexOf("The ministry"))?.code).toBe("RU");
  });
  it("ends its search for a role's antecedent at a mention that opens the text", () => {
    // (lastIndexOf clamps a negative start to 0: a mention at index 0 inside a longer word ("Groups") was found again and again, without end.)
    const text = "Groups of volunteers said little at first. Then the group published its count.";
    expect(new ArticleNames(text).countryOfRoleBefore("group", text.indexOf("the group published"))).toBeNull();
    expect(new ArticleNames(text).countryOfRoleBefore("", text.length)).toBeNull();
  });
});
