import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/schemas/claim.js";
import { extractPage } from "../src/extract/index.js";

// The reference articles live beside the repository (../shared/seeds); the
// tests read them when present and never copy their text.
const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../shared/seeds");
const seed = (prefix: string) => {
  if (!fs.existsSync(seeds)) return null;
  const f = fs.readdirSync(seeds).find((x) => x.startsWith(prefix));
  return f ? fs.readFileSync(path.join(seeds, f)) : null;
};

// A skipped describe still runs its body to collect tests: no seed, no claims.
function claimsOf(body: Buffer | null, published: string): Claim[] {
  if (!body) return [];
  const res = extractPage({ body, kind: "text", published });
  if (!res.ok) throw new Error(`extractPage failed: ${res.reason}`);
  return res.value.claims;
}

const has = (claims: Claim[], want: Partial<Claim>) =>
  claims.some((c) => Object.entries(want).every(([k, v]) => (c as Record<string, unknown>)[k] === v));

describe.skipIf(!seed("000"))("seed 000: a ministry's loss list, item by item", () => {
  const claims = claimsOf(seed("000"), "2025-04-27");
  it.each([
    { metric: "casualties", item: null, value: 76550, qualifier: "at_least" },
    { metric: "equipment_lost", item: "tanks", value: 412 },
    { metric: "equipment_lost", item: "ifv", value: 341 },
    { metric: "equipment_lost", item: "apc", value: 314 },
    { metric: "equipment_lost", item: "afv", value: 2297 },
    { metric: "equipment_lost", item: "vehicles", value: 2803 },
    { metric: "equipment_lost", item: "artillery", value: 647 },
    { metric: "equipment_lost", item: "mlrs", value: 64 },
    { metric: "equipment_lost", item: "mlrs", value: 15 },
    { metric: "equipment_lost", item: "air_defense", value: 31 },
    { metric: "equipment_lost", item: "ew", value: 134 },
    { metric: "equipment_lost", item: "radars", value: 13 },
    { metric: "equipment_lost", item: "radars", value: 22 },
    { metric: "equipment_lost", item: "engineering", value: 64 },
  ] as Partial<Claim>[])("has $metric $item $value for UA, from the Russian MOD", (want) => {
    expect(has(claims, { ...want, party: "UA", sourceParty: "RU" }), JSON.stringify(want)).toBe(true);
  });
  it("reads no unit names, battalion counts or fertility rates as claims", () => {
    expect(claims.some((c) => [155, 810, 106, 76, 95, 0.75, 1.75, 9].includes(c.value))).toBe(false);
  });
});

describe.skipIf(!seed("002"))("seed 002: North Korea's deployment and dead", () => {
  const claims = claimsOf(seed("002"), "2025-01-20");
  it("has about 11,000 deployed and about 300 dead, both North Korean", () => {
    expect(has(claims, { metric: "troops_deployed", party: "KP", value: 11000, qualifier: "approx" })).toBe(true);
    expect(has(claims, { metric: "killed", party: "KP", value: 300, qualifier: "approx" })).toBe(true);
  });
});
