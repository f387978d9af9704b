import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../schemas/claim.js";
import { extractPage } from "../index.js";
import { htmlToArticle } from "./index.js";
import { dropLeadingPictographs } from "./text.js";

// Corpus article 028, a Telegram channel's web preview (t.me/s/<channel>): five short posts in boxes whose
// class says "widget", under a header with the subscriber count. It came back "empty": the furniture rules
// dropped every post for its class word before Readability saw the page.
const base = new URL("../../../../../corpus/", import.meta.url);
const file = fileURLToPath(new URL("articles/028-telegram-preview-mod-daily.html", base));
const goldFile = fileURLToPath(new URL("gold/028-telegram-preview-mod-daily.json", base));
const present = fs.existsSync(file) && fs.existsSync(goldFile);

describe.skipIf(!present)("corpus 028, a Telegram channel preview", () => {
  const html = present ? fs.readFileSync(file, "utf8") : "";
  const gold = present ? (JSON.parse(fs.readFileSync(goldFile, "utf8")).claims as (Claim & { ambiguous?: boolean })[]) : [];

  it("is an article whose text holds every sentence the gold claims come from, and no furniture", () => {
    const r = htmlToArticle(html, { url: "https://t.me.example/s/zvezdafront_en" });
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
    if (!r.ok) return;
    for (const g of gold) expect(r.value.text).toContain(dropLeadingPictographs(g.sentence));
    expect(r.value.text.split("\n\n")).toHaveLength(5);
    for (const junk of ["subscribers", "1.1M", "48.1K", "39.7K", "Open in Telegram", "09:12", "edited", "Zvezda Front", "Load earlier messages"]) {
      expect(r.value.text, junk).not.toContain(junk);
    }
    expect(r.value.publishedAt).toBe("2025-07-15");
  });

  it("yields every gold claim, each attributed to the side gold gives it", () => {
    const r = extractPage({ body: Buffer.from(html), kind: "html", url: "https://t.me.example/s/zvezdafront_en", published: "2025-07-15" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const claims = r.value.claims;
    for (const g of gold.filter((c) => !c.ambiguous)) {
      const hit = claims.find((p) => p.metric === g.metric && p.party === g.party && (p.item ?? null) === (g.item ?? null) && p.value === g.value);
      expect(hit, `${g.metric} ${g.item ?? ""} ${g.value}`).toBeDefined();
      expect(hit?.sourceParty, `${g.metric} ${g.value}`).toBe(g.sourceParty);
    }
  });
});
