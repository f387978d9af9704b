import { describe, expect, it } from "vitest";
import { countryGoverningPlace, countryOfOutlet, countryOfPlace, countryOfPlaceStruck, countryOfSource, dominantPlace, findParties, homeSideOf, opponentOf } from "./parties.js";

describe("parties", () => {
  it("tells the place struck from where an attack was launched, and knows Russia's regions", () => {
    const text = "The missile was launched from Russia's Astrakhan region, about 1,000 km from Dnipro.";
    expect(countryOfPlace(text)).toBe("RU");
    expect(countryOfPlaceStruck(text)).toBe("UA");
    expect(countryOfPlace("men from the Irkutsk region and Buryatia")).toBe("RU");
  });
  it("maps demonyms, countries and capitals", () => {
    expect(findParties("North Korean troops, Pyongyang, the Kremlin, Kyiv, Seoul").map((p) => p.code)).toEqual(["KP", "KP", "RU", "UA", "KR"]);
  });
  it("maps officials, agencies and outlets to their country", () => {
    for (const [s, c] of [["Syrskyi", "UA"], ["the GUR", "UA"], ["Peskov", "RU"], ["TASS", "RU"], ["the NIS", "KR"], ["Yonhap", "KR"], ["the Pentagon", "US"], ["ISW", "US"], ["British intelligence", "GB"], ["Oryx", "NL"], ["Rochan Consulting", "PL"], ["the Conflict Intelligence Team", "RU"], ["Frontelligence Insight", "UA"], ["Chatham House", "GB"]] as const) {
      expect(countryOfSource(s).code, s).toBe(c);
    }
  });
  it("gives international bodies null", () => {
    expect(countryOfSource("the OHCHR").code).toBeNull();
    expect(countryOfSource("the ICRC")).toEqual({ code: null, found: true });
  });
  it("does not read the pronoun 'us' as the United States", () => {
    expect(findParties("they told us")).toEqual([]);
  });
  it("knows the enemy of each side and the home side of an official bulletin", () => {
    expect(opponentOf("RU")).toBe("UA");
    expect(opponentOf("UA")).toBe("RU");
    expect(homeSideOf("During the special military operation the AFU lost 300 troops.")).toBe("RU");
    expect(homeSideOf("The occupiers lost 1,200 troops.")).toBe("UA");
  });
  it("places cities and regions in their country", () => {
    expect(countryOfPlace("a strike on Kharkiv")).toBe("UA");
    expect(countryOfPlace("shelling of the Belgorod region")).toBe("RU");
  });
});

describe("countryOfOutlet", () => {
  it("knows outlets by name, by host and by country domain", () => {
    expect(countryOfOutlet("TASS")).toBe("RU");
    expect(countryOfOutlet("Yonhap News Agency")).toBe("KR");
    expect(countryOfOutlet("ukrinform.net")).toBe("UA");
    expect(countryOfOutlet("kyivindependent.com")).toBe("UA");
    expect(countryOfOutlet("en.yna.co.kr")).toBe("KR");
    expect(countryOfOutlet("www.kommersant.ru")).toBe("RU");
    expect(countryOfOutlet("example.org")).toBeNull();
  });
});

describe("dominantPlace", () => {
  it("picks the country whose places a text names most", () => {
    expect(dominantPlace("Fighting near Kharkiv. Then Kursk, Sudzha and the Kursk region again.")).toBe("RU");
  });
  it("knows the nationalities reported fighting for either side", () => {
    expect(findParties("at least 20 Nepali men and two Sri Lankans").map((p) => p.code)).toEqual(["NP", "LK"]);
  });
  it("gives occupation authorities Moscow's side", () => {
    expect(countryOfSource("Moscow-installed officials in Zaporizhzhia").code).toBe("RU");
  });
  it("places Crimea in Ukraine, governed by Moscow, and says nothing of a page's voice by it", () => {
    expect(countryOfPlace("a strike on Sevastopol")).toBe("UA");
    expect(countryGoverningPlace("Sevastopol's governor")).toBe("RU");
    expect(countryGoverningPlace("Kharkiv's governor")).toBe("UA");
    expect(dominantPlace("Sevastopol, Simferopol, Yevpatoria and Crimea; one drone over Belgorod.")).toBe("RU");
  });
});
