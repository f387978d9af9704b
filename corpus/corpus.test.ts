import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { METRICS } from "@tally/core";
// @ts-expect-error -- a plain .mjs script shared with the CLI, no type declarations
import { checkCorpus, decodePage, visibleText } from "./validate.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.resolve(here, "../../shared/seeds");

interface Manifest {
  articles: { file: string; gold: string; outlet: string; url: string; publishedAt: string; style: string }[];
}
const manifest = JSON.parse(fs.readFileSync(path.join(here, "manifest.json"), "utf8")) as Manifest;

describe("annotated corpus", () => {
  it("parses with ClaimSchema, and every gold sentence is on its page", () => {
    const r = checkCorpus(here);
    expect(r.errors).toEqual([]);
    // A page added without a manifest entry only warns; the listed pages (the
    // demo data) must be clean, including scored sentences Readability keeps.
    const listed = manifest.articles.map((a) => path.basename(a.file).replace(/\.(html|txt)$/, ""));
    expect(r.warnings.filter((w: string) => listed.some((slug) => w.startsWith(`${slug}`)))).toEqual([]);
    expect(manifest.articles.length).toBeGreaterThanOrEqual(20);
    expect(r.claims - r.ambiguous).toBeGreaterThanOrEqual(160);
    // Every metric of the vocabulary is exercised at least once.
    expect(Object.keys(r.perMetric).sort()).toEqual([...METRICS].sort());
  });

  it("lists each page with an outlet, an https URL on a made-up domain and a date", () => {
    for (const a of manifest.articles) {
      expect(fs.existsSync(path.join(here, a.file)), a.file).toBe(true);
      expect(fs.existsSync(path.join(here, a.gold)), a.gold).toBe(true);
      expect(new URL(a.url).protocol).toBe("https:");
      expect(new URL(a.url).hostname.endsWith(".example")).toBe(true);
      expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.outlet.length).toBeGreaterThan(0);
    }
  });

  it("decodes the windows-1252 page to curly quotes, not replacement characters", () => {
    const file = path.join(here, "articles/022-northern-gazette-windows-1252.html");
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(0x93)).toBe(true);
    const text = visibleText(decodePage(bytes)) as string;
    expect(text).toContain("“more than 1,000”");
    expect(text).not.toContain("\uFFFD");
  });
});

describe("checkCorpus", () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it("reports a sentence that is not on the page and bounds that contradict the qualifier", () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-"));
    fs.mkdirSync(path.join(tmp, "articles"));
    fs.mkdirSync(path.join(tmp, "gold"));
    const slug = "001-wire-nis-north-korean-losses";
    fs.copyFileSync(path.join(here, "articles", `${slug}.html`), path.join(tmp, "articles", `${slug}.html`));
    const gold = JSON.parse(fs.readFileSync(path.join(here, "gold", `${slug}.json`), "utf8")) as { claims: Record<string, unknown>[] };
    gold.claims[1] = { ...gold.claims[1], sentence: "About 3,000 North Korean soldiers have been killed." };
    gold.claims[2] = { ...gold.claims[2], qualifier: "at_least" };
    fs.writeFileSync(path.join(tmp, "gold", `${slug}.json`), JSON.stringify(gold));
    const r = checkCorpus(tmp);
    expect(r.errors.some((e: string) => e.includes("#1") && e.includes("not in the visible text"))).toBe(true);
    expect(r.errors.some((e: string) => e.includes("#2") && e.includes("low/high"))).toBe(true);
  });
});

describe.skipIf(!fs.existsSync(seedsDir))("own words", () => {
  it("shares no run of eight words with the reference seeds", () => {
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, " ").split(/\s+/).filter(Boolean);
    const grams = (w: string[]) => new Set(w.map((_, i) => w.slice(i, i + 8).join(" ")).filter((g) => g.split(" ").length === 8));
    const seedGrams = new Set<string>();
    for (const f of fs.readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))) {
      for (const g of grams(words(fs.readFileSync(path.join(seedsDir, f), "utf8")))) seedGrams.add(g);
    }
    for (const a of manifest.articles) {
      const raw = decodePage(fs.readFileSync(path.join(here, a.file))) as string;
      const text = a.file.endsWith(".txt") ? raw : (visibleText(raw) as string);
      const shared = [...grams(words(text))].filter((g) => seedGrams.has(g));
      expect(shared, a.file).toEqual([]);
    }
  });
});
