import { describe, expect, it } from "vitest";
import { COMPATIBLE, nounClassOf, personnelMetric, predicatesIn } from "./metrics.js";

describe("nounClassOf", () => {
  it("finds the counted noun after modifiers", () => {
    expect(nounClassOf(" North Korean special forces soldiers")?.cls).toBe("personnel");
    expect(nounClassOf(" square kilometres of land")?.cls).toBe("territory");
    expect(nounClassOf(" km² in May")?.cls).toBe("territory");
    expect(nounClassOf(" residential buildings")?.cls).toBe("buildings");
    expect(nounClassOf(" casualties, including")?.cls).toBe("casualties");
    expect(nounClassOf(" civilians were killed")?.cls).toBe("civilians");
  });
  it("stops at a verb or preposition", () => {
    expect(nounClassOf(" more in January to replace losses")).toBeNull();
    expect(nounClassOf(" took heavy losses in Kursk")).toBeNull();
  });
});

describe("predicatesIn", () => {
  it("reads what happened, longer phrases first", () => {
    expect(predicatesIn("300 were killed or wounded").map((p) => p.pred)).toEqual(["casualties"]);
    expect(predicatesIn("they lost their lives").map((p) => p.pred)).toEqual(["killed"]);
    expect(predicatesIn("troops deployed to Kursk").map((p) => p.pred)).toContain("deployed");
    expect(predicatesIn("forces liberated four villages").map((p) => p.pred)).toEqual(["taken"]);
    expect(predicatesIn("prisoners came home in the swap").map((p) => p.pred)).toContain("returned");
  });
});

describe("personnelMetric and COMPATIBLE", () => {
  it("maps what happened to people to a metric", () => {
    expect(personnelMetric("killed")).toBe("killed");
    expect(personnelMetric("lost")).toBe("casualties");
    expect(personnelMetric("deployed")).toBe("troops_deployed");
    expect(personnelMetric("returned")).toBe("captured");
    expect(personnelMetric("taken")).toBeNull();
  });
  it("lets only fitting verbs apply: ground is taken, not killed; equipment is not deployed", () => {
    expect(COMPATIBLE.territory).not.toContain("killed");
    expect(COMPATIBLE.equipment).not.toContain("deployed");
    expect(COMPATIBLE.civilians).not.toContain("deployed");
  });
});
