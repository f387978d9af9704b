import { describe, expect, it } from "vitest";
import { itemOf, specificItemOf } from "./items.js";

describe("items", () => {
  it("maps equipment words to items, specific before generic", () => {
    for (const [p, i] of [
      ["main battle tanks", "tanks"],
      ["infantry fighting vehicles", "ifv"],
      ["BMP-2s", "ifv"],
      ["armoured personnel carriers", "apc"],
      ["armoured combat vehicles", "afv"],
      ["self-propelled howitzers", "artillery"],
      ["HIMARS", "mlrs"],
      ["Grad launchers", "mlrs"],
      ["launchers of anti-aircraft missile systems", "air_defense"],
      ["counter-battery radars", "radars"],
      ["electronic warfare stations", "ew"],
      ["Su-25 jets", "aircraft"],
      ["Ka-52 helicopters", "helicopters"],
      ["operational-tactical UAVs", "drones"],
      ["warships / boats", "ships"],
      ["engineering barrier vehicles", "engineering"],
      ["vehicles and fuel tanks", "vehicles"],
    ] as const) {
      expect(specificItemOf(p), p).toBe(i);
    }
  });
  it("munitions are not the launcher", () => {
    expect(itemOf("HIMARS projectiles")).toBeNull();
    expect(specificItemOf("Grad rockets")).toBeNull();
  });
});

describe("combined categories", () => {
  it("takes the broader class of 'X and other Y'", () => {
    expect(specificItemOf("tanks and other armoured combat vehicles")).toBe("afv");
  });
});
