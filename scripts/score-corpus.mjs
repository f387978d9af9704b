#!/usr/bin/env node
// Runs the extractor over corpus/articles and scores it against corpus/gold by
// the rule of ../shared/spec/score-claims.mjs (metric + party + item + value
// within 0.5%; each gold claim matches one prediction at most; ambiguous gold
// neither rewards nor penalises). Prints precision, recall, F1, attribution,
// qualifier and asOf accuracy, overall and per metric; writes the predictions
// to a temp dir (so the shared scorer can cross-check them) and the figures to
// bench/results/corpus.json.
//
// usage: npm run score:corpus [-- --src] [-- --verbose] [-- --corpus DIR]
//   --src      import the TypeScript sources (run under tsx) instead of dist/
//   --verbose  list every miss and false positive
//   --fallback when the page extractor rejects a page, strip its tags and run the
//              claims extractor on what is left (measures claims alone, not the pipeline)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const fallback = args.includes("--fallback");
const corpusDir = path.resolve(args[args.indexOf("--corpus") + 1] && args.includes("--corpus") ? args[args.indexOf("--corpus") + 1] : path.join(root, "corpus"));
const entry = args.includes("--src")
  ? path.join(root, "packages/core/src/extract/index.ts")
  : path.join(root, "packages/core/dist/extract/index.js");
if (!fs.existsSync(entry)) {
  console.error(`score-corpus: ${path.relative(root, entry)} is missing; build core first (npx turbo run build --filter=@tally/core)`);
  process.exit(2);
}
const { extractPage, extractClaims } = await import(pathToFileURL(entry).href);

/** Crude text of a page the article extractor rejected: block tags to newlines, other tags dropped. */
function stripTags(html) {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&rsquo;/g, "’")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n");
}

/** Same rule as score-claims.mjs: values within 0.5% of the larger. */
const close = (a, b) => a != null && b != null && Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b), 1);
const same = (p, g) =>
  p.metric === g.metric &&
  (p.party ?? null) === (g.party ?? null) &&
  (g.metric !== "equipment_lost" || (p.item ?? null) === (g.item ?? null)) &&
  close(Number(p.value), Number(g.value));

if (!fs.existsSync(path.join(corpusDir, "articles")) || !fs.existsSync(path.join(corpusDir, "gold"))) {
  console.error(`score-corpus: no articles/ and gold/ under ${corpusDir}`);
  process.exit(2);
}
const manifest = fs.existsSync(path.join(corpusDir, "manifest.json"))
  ? JSON.parse(fs.readFileSync(path.join(corpusDir, "manifest.json"), "utf8")).articles ?? []
  : [];
const byFile = new Map(manifest.map((a) => [path.basename(a.file), a]));
const goldDir = path.join(corpusDir, "gold");
const articleDir = path.join(corpusDir, "articles");
const predDir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-corpus-"));

const total = { tp: 0, fp: 0, fn: 0, attrOk: 0, attrN: 0, qualOk: 0, dateOk: 0, dateN: 0 };
const perMetric = {};
const perArticle = [];
const details = [];
const failed = [];
let ms = 0;
for (const articleFile of fs.readdirSync(articleDir).filter((f) => /\.(html?|txt)$/.test(f)).sort()) {
  const base = articleFile.replace(/\.(html?|txt)$/, "");
  const goldFile = path.join(goldDir, `${base}.json`);
  if (!fs.existsSync(goldFile)) continue;
  const meta = byFile.get(articleFile) ?? {};
  const body = fs.readFileSync(path.join(articleDir, articleFile));
  const t0 = performance.now();
  const res = extractPage({
    body,
    kind: articleFile.endsWith(".txt") ? "text" : "html",
    url: meta.url ?? null,
    published: meta.publishedAt ?? null,
  });
  ms += performance.now() - t0;
  let pred = res.ok ? res.value.claims : [];
  if (!res.ok) {
    failed.push(`${base} (${res.reason})`);
    if (fallback) pred = extractClaims(stripTags(body.toString("utf8")), { publishedAt: meta.publishedAt ?? null, outlet: meta.outlet ?? null });
  }
  fs.writeFileSync(path.join(predDir, `${base}.json`), JSON.stringify(res.ok ? { ...res.value, text: undefined } : { claims: [] }, null, 1));
  const gold = JSON.parse(fs.readFileSync(goldFile, "utf8")).claims ?? [];
  const used = new Set();
  const row = { article: base, tp: 0, fp: 0, fn: 0 };
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && same(p, g));
    const m = (perMetric[g.metric] ??= { tp: 0, fp: 0, fn: 0, attrOk: 0, attrN: 0 });
    if (i >= 0) {
      used.add(i);
      if (g.ambiguous) continue;
      const p = pred[i];
      total.tp++, row.tp++, m.tp++;
      if (g.sourceParty !== undefined) {
        total.attrN++, m.attrN++;
        if ((p.sourceParty ?? null) === (g.sourceParty ?? null)) total.attrOk++, m.attrOk++;
        else details.push(`  ATTR ${base}: ${g.metric} ${g.value} gold ${g.sourceParty} (${g.attributedTo}) got ${p.sourceParty} (${p.attributedTo})`);
      }
      if ((p.qualifier ?? null) === (g.qualifier ?? null)) total.qualOk++;
      else details.push(`  QUAL ${base}: ${g.metric} ${g.value} gold ${g.qualifier} got ${p.qualifier}`);
      if (g.asOf) {
        total.dateN++;
        if (p.asOf && String(p.asOf).slice(0, 7) === String(g.asOf).slice(0, 7)) total.dateOk++;
        else details.push(`  DATE ${base}: ${g.metric} ${g.value} gold ${g.asOf} got ${p.asOf}`);
      }
    } else if (!g.ambiguous) {
      total.fn++, row.fn++, m.fn++;
      details.push(`  MISS ${base}: ${g.metric} ${g.party} ${g.item ?? ""} ${g.value} :: ${String(g.sentence).slice(0, 140)}`);
    }
  }
  pred.forEach((p, k) => {
    if (used.has(k)) return;
    total.fp++, row.fp++;
    (perMetric[p.metric] ??= { tp: 0, fp: 0, fn: 0, attrOk: 0, attrN: 0 }).fp++;
    details.push(`  FP   ${base}: ${p.metric} ${p.party} ${p.item ?? ""} ${p.value} :: ${String(p.sentence).slice(0, 140)}`);
  });
  perArticle.push(row);
}

const prf = ({ tp, fp, fn }) => {
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  const f1 = (2 * precision * recall) / Math.max(precision + recall, 1e-9);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
};
function round(x) {
  return Math.round(x * 1000) / 1000;
}
const overall = {
  ...prf(total),
  attribution: round(total.attrOk / Math.max(total.attrN, 1)),
  qualifier: round(total.qualOk / Math.max(total.tp, 1)),
  asOf: round(total.dateOk / Math.max(total.dateN, 1)),
  tp: total.tp,
  fp: total.fp,
  fn: total.fn,
  articles: perArticle.length,
  msPerArticle: round(ms / Math.max(perArticle.length, 1)),
};
const metrics = Object.fromEntries(
  Object.entries(perMetric)
    .sort()
    .map(([k, m]) => [k, { ...prf(m), attribution: m.attrN ? round(m.attrOk / m.attrN) : null, tp: m.tp, fp: m.fp, fn: m.fn }]),
);

if (verbose) {
  for (const r of perArticle) console.log(`${r.article}: tp=${r.tp} fn=${r.fn} fp=${r.fp}`);
  console.log(details.join("\n"));
}
console.log("metric               precision recall  F1     attribution  tp  fp  fn");
for (const [k, m] of Object.entries(metrics)) {
  console.log(
    `${k.padEnd(20)} ${m.precision.toFixed(3).padStart(9)} ${m.recall.toFixed(3).padStart(6)} ${m.f1.toFixed(3).padStart(6)} ${(m.attribution === null ? "-" : m.attribution.toFixed(3)).padStart(12)} ${String(m.tp).padStart(3)} ${String(m.fp).padStart(3)} ${String(m.fn).padStart(3)}`,
  );
}
console.log(
  `overall: precision=${overall.precision.toFixed(3)} recall=${overall.recall.toFixed(3)} F1=${overall.f1.toFixed(3)} attribution=${overall.attribution.toFixed(3)} qualifier=${overall.qualifier.toFixed(3)} asOf=${overall.asOf.toFixed(3)} (tp=${total.tp} fp=${total.fp} fn=${total.fn}, ${perArticle.length} articles)`,
);
if (failed.length) console.log(`pages the page extractor rejected${fallback ? " (claims read from their stripped text)" : ""}: ${failed.join(", ")}`);
console.log(`predictions: ${predDir}  (cross-check: node ../shared/spec/score-claims.mjs ${predDir} ${goldDir})`);
const out = path.join(root, "bench/results/corpus.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), corpus: path.relative(root, corpusDir), fallback, rejectedPages: failed, overall, metrics, articles: perArticle }, null, 2)}\n`,
);
