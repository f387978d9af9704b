// Extraction benchmark: the whole of extractPage (decode, metadata, furniture,
// Readability, text, claims, tone, signature) beside Readability + linkedom
// alone, on the same generated pages in the same run.
//
//   npm run build -w @tally/core   (or: npx turbo run build --filter=@tally/core)
//   npm run bench:extract          (node --expose-gc bench/extract.mjs [--pages N] [--rounds R])
//
// Prints p50/p95 ms per page, pages/s, the ratio and peak RSS; writes
// bench/results/extract.json. Figures are for the machine it runs on.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { buildPages, generatePages } from "./pages/generate.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "../packages/core/dist/extract/index.js");
const core = await import(pathToFileURL(dist).href).catch((e) => {
  console.error(`bench: cannot load ${dist} (${e.code ?? e.message}); build core first: npx turbo run build --filter=@tally/core`);
  process.exit(1);
});
const { extractPage } = core;

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PAGES = arg("pages", 240);
// Each page is timed ROUNDS times per method, alternating, and its median kept: two noisy cores.
const ROUNDS = arg("rounds", 3);

const gc = globalThis.gc ?? (() => {});
let peakRss = 0;
const sampleRss = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};

const rssStart = process.memoryUsage.rss();

const childMode = process.argv.indexOf("--rss-child");
if (childMode > 0) {
  // Pages are made one at a time here, so that the figure is the extractor's memory, not the 240 pages'.
  const method = process.argv[childMode + 1] === "base" ? baseline : full;
  let peak = process.memoryUsage.rss();
  for (const page of generatePages(PAGES)) {
    method(page);
    peak = Math.max(peak, process.memoryUsage.rss());
    gc();
  }
  console.log(JSON.stringify({ peak: Math.max(peak, process.resourceUsage().maxRSS * 1024) }));
  process.exit(0);
}
const pages = buildPages(PAGES);
const sizes = pages.map((p) => p.bytes.length);

/** Readability + linkedom alone, as their READMEs use them: decode, parse, parse() to an HTML string. */
function baseline(page) {
  const html = page.html ?? new TextDecoder("utf-8").decode(page.bytes);
  const { document } = parseHTML(html);
  return new Readability(document).parse();
}
function full(page) {
  return extractPage({ body: page.bytes, contentType: page.contentType, url: page.url });
}
// The sentence splitter and the tone keep the last text's result (the claims engine and the tone read
// the same text in turn). A page timed twice in a row would find its own sentences there and skip
// their cost: a short text of no page goes through both before each timed call, outside the timing.
const forget = () => core.sentiment("-");

// Warm-up, not timed: one pass over every page with each method, so that what is timed is the steady
// state of a worker that has extracted many pages (JIT tiers, regexp code, lazy tables), not the
// compiles of the first few hundred calls. Both methods are warmed alike.
for (const page of pages) {
  baseline(page);
  forget();
  full(page);
}
gc();
const rssWarm = process.memoryUsage.rss();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const tBase = [];
const tFull = [];
// CPU time of this process per page: steadier than wall time when other work shares the cores.
const cBase = [];
const cFull = [];
const outcomes = {};
let claims = 0;
let words = 0;
// Main text's share of each page's bytes: real 5–100 KB article pages have ~10% at the median.
const textShare = [];
for (const page of pages) {
  const b = [];
  const f = [];
  const cb = [];
  const cf = [];
  for (let k = 0; k < ROUNDS; k++) {
    // Alternate which goes first so neither always meets a cold cache.
    const order = k % 2 === 0 ? ["b", "f"] : ["f", "b"];
    for (const which of order) {
      forget();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      if (which === "b") baseline(page);
      else {
        const r = full(page);
        if (k === 0) {
          const key = r.ok ? "ok" : r.reason;
          outcomes[key] = (outcomes[key] ?? 0) + 1;
          if (r.ok) {
            claims += r.value.claims.length;
            words += r.value.article.wordCount;
            textShare.push(r.value.text.length / page.bytes.length);
          }
        }
      }
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      (which === "b" ? b : f).push(wall);
      (which === "b" ? cb : cf).push((cpu.user + cpu.system) / 1000);
    }
    sampleRss();
  }
  tBase.push(median(b));
  tFull.push(median(f));
  cBase.push(median(cb));
  cFull.push(median(cf));
}
sampleRss();

const sum = (xs) => xs.reduce((a, x) => a + x, 0);

// How dense in figures the pages are, beside real reports: the reference articles beside the repository
// (../shared/seeds), when they are there. Pages far denser than real ones would weigh the claims engine
// more than real input does, and far sparser ones less.
function seedDensity() {
  const dir = path.join(here, "../../shared/seeds");
  if (!existsSync(dir)) return null;
  let c = 0;
  let w = 0;
  for (const f of readdirSync(dir).filter((n) => /\.(?:txt|html?)$/.test(n))) {
    const r = extractPage({ body: readFileSync(path.join(dir, f)), url: null });
    if (!r.ok) continue;
    c += r.value.claims.length;
    w += r.value.article.wordCount;
  }
  return w ? c / (w / 1000) : null;
}
const seedsPer1000 = seedDensity();
// The timed passes leave the heap as V8 likes it; that high-water mark is `peak`.
const naturalMaxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

// Memory held by extraction, measured in fresh child processes (RSS never shrinks back within one):
// each runs one method over all pages with a full collection after each page, so its peak is what
// the method needs, not how lazily V8 collects.
function childPeak(method) {
  const out = execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--rss-child", method, "--pages", String(PAGES)], { encoding: "utf8" });
  return JSON.parse(out).peak;
}
const livePeak = childPeak("full");
const liveBase = childPeak("base");

// Where the time goes: each stage of extractPage run on its own, CPU ms summed over all pages.
const stages = { decode: 0, article: 0, tone: 0, signature: 0, claims: 0 };
for (const page of pages) {
  forget();
  const time = (k, fn) => {
    const c0 = process.cpuUsage();
    const r = fn();
    const c = process.cpuUsage(c0);
    stages[k] += (c.user + c.system) / 1000;
    return r;
  };
  const html = time("decode", () => core.decodePage(page.bytes, page.contentType));
  const a = time("article", () => core.htmlToArticle(html, { url: page.url }));
  if (!a.ok) continue;
  time("tone", () => core.sentiment(`${a.value.text} `)); // a new string: no cached sentences
  time("signature", () => core.signature(a.value.text));
  time("claims", () => core.extractClaims(a.value.text, { publishedAt: a.value.publishedAt, outlet: a.value.outlet }));
}
sampleRss();
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const summary = (ts) => ({
  p50: round(pct(ts, 50)),
  p95: round(pct(ts, 95)),
  mean: round(sum(ts) / ts.length),
  pagesPerSecond: round((ts.length * 1000) / sum(ts), 1),
});
const base = summary(tBase);
const whole = summary(tFull);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  pages: pages.length,
  rounds: ROUNDS,
  pageKB: { min: round(Math.min(...sizes) / 1024, 1), median: round(median(sizes) / 1024, 1), max: round(Math.max(...sizes) / 1024, 1) },
  textShare: { p25: round(pct(textShare, 25)), p50: round(pct(textShare, 50)), p75: round(pct(textShare, 75)) },
  readabilityAlone: base,
  extractPage: whole,
  ratio: { total: round(sum(tFull) / sum(tBase)), p50: round(whole.p50 / base.p50), p95: round(whole.p95 / base.p95), cpuTotal: round(sum(cFull) / sum(cBase)) },
  loadAverage: os.loadavg().map((x) => round(x, 1)),
  // peak: the kernel's high-water mark over the timed passes; live: the highest RSS with a collection after each page.
  rssMB: { start: round(rssStart / 2 ** 20, 1), afterWarmup: round(rssWarm / 2 ** 20, 1), peak: round(naturalMaxRss / 2 ** 20, 1), live: round(livePeak / 2 ** 20, 1), liveReadabilityAlone: round(liveBase / 2 ** 20, 1) },
  stagesCpuMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v, 0)])),
  baselineCpuMs: round(sum(cBase), 0),
  outcomes,
  claims,
  claimsPer1000Words: { pages: round(claims / (words / 1000), 1), seeds: seedsPer1000 === null ? null : round(seedsPer1000, 1) },
  targets: { ratio: 2, peakRssMB: 150 },
};

const line = (name, s) => `${name.padEnd(22)} p50 ${String(s.p50).padStart(6)} ms   p95 ${String(s.p95).padStart(6)} ms   ${String(s.pagesPerSecond).padStart(6)} pages/s`;
console.log(`${pages.length} pages, ${result.pageKB.min}–${result.pageKB.max} KB (median ${result.pageKB.median} KB, main text ${Math.round(result.textShare.p50 * 100)}% of the bytes), median of ${ROUNDS} rounds per page`);
console.log(line("readability+linkedom", base));
console.log(line("extractPage (all)", whole));
console.log(`ratio                  total ${result.ratio.total}x   p50 ${result.ratio.p50}x   p95 ${result.ratio.p95}x   cpu ${result.ratio.cpuTotal}x   (target ≤ 2)`);
console.log(`load average           ${result.loadAverage.join(" ")} on ${result.cpus} cores`);
console.log(`peak RSS               ${result.rssMB.peak} MB over the timed run (both methods); with a GC after each page, in its own process: extractPage ${result.rssMB.live} MB, readability+linkedom ${result.rssMB.liveReadabilityAlone} MB (target ≤ 150)`);
console.log(`stages (CPU ms, all pages) ${Object.entries(result.stagesCpuMs).map(([k, v]) => `${k} ${v}`).join(", ")}; readability+linkedom ${result.baselineCpuMs}`);
console.log(`outcomes               ${JSON.stringify(outcomes)}, ${claims} claims`);
console.log(`figures               ${result.claimsPer1000Words.pages} claims per 1,000 words${result.claimsPer1000Words.seeds === null ? "" : ` (the reference articles in ../shared/seeds: ${result.claimsPer1000Words.seeds})`}`);

const outDir = path.join(here, "results");
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "extract.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), path.join(outDir, "extract.json"))}`);
