#!/usr/bin/env node
// Checks the annotated corpus: every gold file parses with core's ClaimSchema,
// its bounds agree with its qualifier, every gold sentence appears verbatim in
// the page's main text (Readability over linkedom, the library the extractor
// starts from) at the recorded offsets, and manifest.json lists every article.
// usage: npx tsx corpus/validate.mjs            (check, exit 1 on an error)
//        npx tsx corpus/validate.mjs --write    (also rewrite start/end/low/high)
//        npx tsx corpus/validate.mjs --dir heldout/dev   (check another corpus of the same layout)
// tsx is needed because the schema is imported from core's TypeScript source,
// so the check cannot drift from the vocabulary it guards.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import iconv from "iconv-lite";
import { ClaimSchema } from "../packages/core/src/schemas/claim.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Decodes a page by its <meta charset>, as a browser would without a header. */
export function decodePage(bytes) {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
  const charset = (m?.[1] ?? "utf-8").toLowerCase();
  return iconv.decode(bytes, charset === "utf-8" || charset === "utf8" ? "utf-8" : charset);
}

const squash = (s) => s.replace(/\s+/g, " ").trim();

/** The page's main text as the offsets in gold count it: Readability's text, whitespace runs squashed. */
export function mainText(html) {
  const { document } = parseHTML(html);
  const parsed = new Readability(document).parse();
  return squash(parsed?.textContent ?? "");
}

/** Everything a reader can see: body text without scripts and styles. */
export function visibleText(html) {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("script, style, noscript, template")) el.remove();
  return squash(document.body?.textContent ?? "");
}

/** low/high implied by a qualifier (claims.md); a range keeps its own bounds. */
function bounds(c) {
  switch (c.qualifier) {
    case "exact":
    case "approx":
      return { low: c.value, high: c.value };
    case "at_least":
      return { low: c.value, high: null };
    case "at_most":
      return { low: null, high: c.value };
    default:
      return { low: c.low, high: c.high };
  }
}

const FIELD_ORDER = ["metric", "party", "item", "value", "qualifier", "low", "high", "attributedTo", "sourceParty", "asOf", "sentence", "start", "end", "ambiguous"];

/**
 * Checks a corpus directory (articles/, gold/, manifest.json) and returns what
 * is wrong; with `write`, also rewrites each gold file with low/high and
 * offsets filled in. The CLI below and corpus.test.ts both call this.
 */
export function checkCorpus(dir = here, { write = false } = {}) {
  const articlesDir = path.join(dir, "articles");
  const goldDir = path.join(dir, "gold");
  const errors = [];
  const warnings = [];
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, "utf8")) : null;
  const listed = new Map((manifest?.articles ?? []).map((a) => [a.file, a]));
  let total = 0;
  let ambiguous = 0;
  const perMetric = {};
  const files = fs.readdirSync(articlesDir).filter((f) => /\.(html|txt)$/.test(f)).sort();
  for (const file of files) {
    const slug = file.replace(/\.(html|txt)$/, "");
    const raw = decodePage(fs.readFileSync(path.join(articlesDir, file)));
    // A .txt article is its own main text (interfaces.md: "the whole file").
    const isText = file.endsWith(".txt");
    const goldPath = path.join(goldDir, `${slug}.json`);
    if (!fs.existsSync(goldPath)) {
      errors.push(`${slug}: no gold file`);
      continue;
    }
    // An unlisted page is still checked, but the demo seeding will not load it,
    // and --write leaves its gold as its author wrote it.
    const unlisted = manifest && !listed.has(`articles/${file}`);
    if (unlisted) warnings.push(`${slug}: not listed in manifest.json`);
    const gold = JSON.parse(fs.readFileSync(goldPath, "utf8"));
    if (!Array.isArray(gold.claims)) {
      errors.push(`${slug}: gold has no claims array`);
      continue;
    }
    const text = isText ? squash(raw) : mainText(raw);
    const visible = isText ? text : visibleText(raw);
    const published = manifest ? listed.get(`articles/${file}`)?.publishedAt : undefined;
    gold.claims = gold.claims.map((raw, i) => {
      const c = { ...raw, ...(write ? bounds(raw) : {}) };
      const where = `${slug} #${i} (${c.metric} ${c.value})`;
      const sentence = squash(c.sentence ?? "");
      if (!visible.includes(sentence)) errors.push(`${where}: sentence not in the visible text: ${sentence.slice(0, 80)}`);
      let start = text.indexOf(sentence);
      if (start < 0) {
        // A headline restated as an ambiguous claim is expected to lie outside
        // the main text; a scored claim there could never be found.
        if (!c.ambiguous) warnings.push(`${where}: sentence not in Readability's main text`);
        start = 0;
      } else if (text.indexOf(sentence, start + 1) >= 0) {
        // A repeated sentence keeps the occurrence already recorded when it is one of the matches.
        const rec = raw.start;
        if (typeof rec === "number" && text.slice(rec, rec + sentence.length) === sentence) start = rec;
      }
      if (write) Object.assign(c, { sentence, start, end: start + sentence.length });
      const parsed = ClaimSchema.safeParse(c);
      if (!parsed.success) errors.push(`${where}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
      const b = bounds(c);
      if (b.low !== c.low || b.high !== c.high) errors.push(`${where}: low/high disagree with qualifier ${c.qualifier}`);
      if (c.qualifier === "range" && (c.low == null || c.high == null || Math.abs((c.low + c.high) / 2 - c.value) > 0.5))
        errors.push(`${where}: a range needs both bounds and their midpoint as value`);
      if (start > 0 && text.slice(c.start, c.end) !== sentence) errors.push(`${where}: start/end do not point at the sentence`);
      if (published && c.asOf && c.asOf > published.slice(0, c.asOf.length)) errors.push(`${where}: asOf ${c.asOf} is after publication ${published}`);
      total++;
      if (c.ambiguous) ambiguous++;
      perMetric[c.metric] = (perMetric[c.metric] ?? 0) + 1;
      return Object.fromEntries(FIELD_ORDER.filter((k) => k in c).map((k) => [k, c[k]]));
    });
    // The scorer lets each gold claim, in file order, take the first matching
    // prediction; ambiguous restatements go last so that they never take the
    // prediction a scored claim needs.
    const ordered = [...gold.claims.filter((c) => !c.ambiguous), ...gold.claims.filter((c) => c.ambiguous)];
    if (ordered.some((c, i) => c !== gold.claims[i])) {
      if (write && !unlisted) gold.claims = ordered;
      else (unlisted ? warnings : errors).push(`${slug}: ambiguous claims must follow the scored ones (run with --write)`);
    }
    if (write && !unlisted) fs.writeFileSync(goldPath, `${JSON.stringify({ claims: gold.claims }, null, 2)}\n`);
  }
  for (const g of fs.readdirSync(goldDir).filter((f) => f.endsWith(".json"))) {
    const slug = g.replace(/\.json$/, "");
    if (!files.includes(`${slug}.html`) && !files.includes(`${slug}.txt`)) errors.push(`${g}: gold without an article`);
  }
  return { errors, warnings, articles: files.length, claims: total, ambiguous, perMetric };
}

function main() {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf("--dir");
  if (dirAt >= 0 && !args[dirAt + 1]) {
    console.error("validate: --dir needs a directory");
    process.exit(2);
  }
  const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1]) : here;
  const r = checkCorpus(dir, { write: args.includes("--write") });
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  for (const e of r.errors) console.error(`error: ${e}`);
  console.log(`${r.articles} articles, ${r.claims} gold claims (${r.ambiguous} ambiguous, ${r.claims - r.ambiguous} scored)`);
  console.log(Object.entries(r.perMetric).map(([k, n]) => `${k}=${n}`).join(" "));
  process.exit(r.errors.length ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
