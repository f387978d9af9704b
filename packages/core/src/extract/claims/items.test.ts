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
      ["UAVs of the aircraft type", "drones"],
      ["unmanned aircraft", "drones"],
      ["Leopard 2R mine-clearing vehicles", "engineering"],
      ["anti-tank weapons", null],
      ["weapons", "other"],
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
    expect(itemOf("rockets of the U.S.-made HIMARS multiple launch rocket system")).toBeNull();
    expect(specificItemOf("missiles for the S-300 air defence system")).toBeNull();
    expect(specificItemOf("launchers of anti-aircraft missile systems")).toBe("air_defense");
  });
  it("a think tank is no tank", () => {
    expect(itemOf("a Washington think tank")).toBeNull();
    expect(itemOf("think-tanks in Kyiv")).toBeNull();
    expect(specificItemOf("T-72 tanks")).toBe("tanks");
  });
});

describe("combined categories", () => {
  it("takes the broader class of 'X and other Y'", () => {
    expect(specificItemOf("tanks and other armoured combat vehicles")).toBe("afv");
  });
  it("counts one figure of several kinds as other, and 'tanks and armoured vehicles' as armour", () => {
    expect(specificItemOf("units of Ukrainian armoured vehicles and artillery")).toBe("other");
    expect(specificItemOf("Russian vehicles, guns and other systems")).toBe("other");
    expect(specificItemOf("Ukrainian tanks and armoured vehicles")).toBe("afv");
    expect(specificItemOf("tanks and armoured personnel carriers")).toBe("tanks");
  });
  it("leaves a kind named in two words, and parts counted on their own, to the first kind", () => {
    expect(specificItemOf("repair and evacuation vehicles")).toBe("engineering");
    expect(specificItemOf("towed and self-propelled artillery")).toBe("artillery");
    expect(specificItemOf("tanks, an infantry fighting vehicle and a truck")).not.toBe("other");
    expect(specificItemOf("trucks, jeeps and other vehicles")).toBe("vehicles");
  });
});
