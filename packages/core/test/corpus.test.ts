import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/schemas/claim.js";
import { extractPage } from "../src/extract/index.js";

// The extractor's measured quality on the annotated corpus may not fall below
// these floors, set a few points under what scripts/score-corpus.mjs measured
// on 54 articles (F1 0.974, attribution 0.965) so that new, harder articles
// can join the corpus without breaking the build. Raise them as it improves.
const F1_FLOOR = 0.93;
const ATTRIBUTION_FLOOR = 0.92;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = path.join(root, "corpus");
const present = fs.existsSync(path.join(corpus, "gold")) && fs.existsSync(path.join(corpus, "articles"));

type Gold = Claim & { ambiguous?: boolean };

/** The rule of ../shared/spec/score-claims.mjs: metric, party, item (equipment) and value within 0.5%. */
function same(p: Claim, g: Gold): boolean {
  const close = Math.abs(p.value - g.value) <= 0.005 * Math.max(Math.abs(p.value), Math.abs(g.value), 1);
  return p.metric === g.metric && (p.party ?? null) === (g.party ?? null) && (g.metric !== "equipment_lost" || (p.item ?? null) === (g.item ?? null)) && close;
}

function scoreCorpus() {
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, "manifest.json"), "utf8")).articles as { file: string; url?: string; publishedAt?: string }[];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let attrOk = 0;
  let attrN = 0;
  for (const file of fs.readdirSync(path.join(corpus, "articles")).filter((f) => /\.(html?|txt)$/.test(f))) {
    const goldFile = path.join(corpus, "gold", file.replace(/\.(html?|txt)$/, ".json"));
    if (!fs.existsSync(goldFile)) continue;
    const meta = manifest.find((a) => path.basename(a.file) === file);
    const res = extractPage({ body: fs.readFileSync(path.join(corpus, "articles", file)), kind: file.endsWith(".txt") ? "text" : "html", url: meta?.url ?? null, published: meta?.publishedAt ?? null });
    const pred = res.ok ? res.value.claims : [];
    const gold = (JSON.parse(fs.readFileSync(goldFile, "utf8")).claims ?? []) as Gold[];
    const used = new Set<number>();
    for (const g of gold) {
      const i = pred.findIndex((p, k) => !used.has(k) && same(p, g));
      if (i >= 0) {
        used.add(i);
        if (g.ambiguous) continue;
        tp++;
        if (g.sourceParty !== undefined) {
          attrN++;
          if ((pred[i]!.sourceParty ?? null) === (g.sourceParty ?? null)) attrOk++;
        }
      } else if (!g.ambiguous) fn++;
    }
    fp += pred.length - used.size;
  }
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  return { f1: (2 * precision * recall) / Math.max(precision + recall, 1e-9), attribution: attrOk / Math.max(attrN, 1), tp, fp, fn };
}

describe.skipIf(!present)("annotated corpus", () => {
  it("keeps F1 and attribution at or above their recorded floors", () => {
    const s = scoreCorpus();
    expect(s.tp).toBeGreaterThan(0);
    expect(s.f1, JSON.stringify(s)).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(s.attribution, JSON.stringify(s)).toBeGreaterThanOrEqual(ATTRIBUTION_FLOOR);
  }, 60_000);
});
