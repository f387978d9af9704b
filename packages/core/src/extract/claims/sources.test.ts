import { describe, expect, it } from "vitest";
import type { Attribution } from "./attribution.js";
import { resolveSource } from "./sources.js";

const named = (attributedTo: string, sourceParty: string | null, known = true): Attribution => ({ attributedTo, sourceParty, known, start: 0, end: 0 });

describe("resolveSource", () => {
  const history = [named("Rep. Park Sun-won of the Democratic Party", "KR"), named("South Korea's National Intelligence Service", "KR")];
  it("resolves a surname or a role to a source named before", () => {
    expect(resolveSource(named("Park", null, false), "Park said 300 died.", history, null)?.sourceParty).toBe("KR");
    expect(resolveSource(named("the spy agency", null, false), "…", [], named("the NIS", "KR"))?.sourceParty).toBe("KR");
  });
  it("resolves what a source publishes ('the report', 'the bulletin') to the last source", () => {
    expect(resolveSource(named("the report", null, false), "According to the report, 30 tanks were lost.", [], named("Ukraine's General Staff", "UA"))?.sourceParty).toBe("UA");
    expect(resolveSource(named("the bulletin", null, false), "…", [], named("Russia's Defence Ministry", "RU"))?.sourceParty).toBe("RU");
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
});
