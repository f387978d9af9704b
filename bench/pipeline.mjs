#!/usr/bin/env node
// `npm run bench:pipeline`: end-to-end ingestion throughput.
//
// Serves N generated article pages on loopback (under many made-up host names,
// see HOSTS below), drops all their URLs at once through the same addUrls +
// enqueue path as `tally add`, and times until every article is final in
// PostgreSQL. Runs: one worker process at concurrency 1, one at 8, two at 8.
// Peak worker RSS is each worker process's VmHWM from /proc. CPU per article is
// counted from /proc for the workers, for the PostgreSQL backends serving the
// bench database, and for this process (publisher, drop, polling): on a shared
// machine that is the steadier figure, and their sum bounds articles/s on
// otherwise idle cores.
//
// Needs a build (`npm run build`), PostgreSQL and Redis (DATABASE_URL's server,
// REDIS_URL). Uses its own database `tally_bench` (created, migrated, emptied
// between runs) and its own Redis key prefix. Writes bench/results/pipeline.json.
//
//   node bench/pipeline.mjs [--pages 1000] [--runs 1x1,1x8,2x8] [--prefill 0] [--warmup 0]
//
// --prefill N stores N earlier articles (published over the same year as the
// pages, with real signatures of other generated pages, no text or claims)
// before each run, so that the duplicate check reads a full window as on a
// database in use rather than an empty one.
//
// --warmup N has each run's workers process N articles first (the same pages
// under other host names), then empties the tables and measures as usual: the
// figures of a worker that has been running a while. A fresh process spends
// its first thousand articles' worth of CPU compiling hot code (V8's
// optimising compiler runs on other threads of the process); a long-running
// service pays that once.
//
// --root DIR imports the worker, db and core builds from DIR instead of this
// checkout (DIR/apps/worker/dist, …; a copy of the built packages with a
// node_modules beside them), so two versions of the code can be timed back to
// back on the same pages; --database NAME uses another scratch database.
//
// The same file is the worker child (`--child`), so the children use exactly
// the configuration printed here.
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
/** Where the built packages are imported from (see --root above). */
const root = path.resolve(arg("root", repo));

// Pages are spread over many host names (h0.bench.test …), all resolved to
// 127.0.0.1 by the fetcher's injectable lookup, so robots.txt is fetched and
// honoured per host as in real use. Per-host politeness is OFF by default
// here: with it on (1 request/s per host) a job's robots.txt and page requests
// to a new host are a second apart, so one job takes ≥ 1 s and a worker of
// concurrency c can do at most c articles/s whatever the machine; that
// measures the politeness setting, not the pipeline. `--politeness on` runs it.
const HOSTS = Number(arg("hosts", "400"));
const POLITE = arg("politeness", "off") === "on";
const HOSTS_NOTE =
  `pages spread over ${HOSTS} host names resolved to 127.0.0.1 by the fetcher's injected lookup (private addresses allowed, as for any loopback test); ` +
  `robots.txt fetched and honoured per host; per-host politeness ${POLITE ? "at its default (1 request per second per host)" : "OFF (perHostIntervalMs 0)"}`;

// ---------------------------------------------------------------- pages

/** A small deterministic PRNG so every run serves the same pages. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = [
  { who: "Ukraine's General Staff", verb: "said", enemy: "Russian", metricLines: [
    (n) => `Russian forces lost about ${n.toLocaleString("en-US")} soldiers over the past day of fighting.`,
    (n) => `Ukrainian units destroyed ${Math.max(2, n % 40)} Russian tanks and ${Math.max(3, n % 70)} artillery systems during the same period.`,
  ] },
  { who: "Russia's Defence Ministry", verb: "claimed", enemy: "Ukrainian", metricLines: [
    (n) => `Ukrainian forces lost up to ${n.toLocaleString("en-US")} servicemen in the past week.`,
    (n) => `Russian troops took control of ${Math.max(2, n % 9)} settlements in the Donetsk region.`,
  ] },
  { who: "South Korea's intelligence agency", verb: "told lawmakers", enemy: "North Korean", metricLines: [
    (n) => `North Korea has sent roughly ${(n * 10).toLocaleString("en-US")} troops to fight for Russia.`,
    (n) => `More than ${Math.max(100, n % 900)} North Korean soldiers have been killed.`,
  ] },
  { who: "Britain's defence intelligence", verb: "estimated", enemy: "Russian", metricLines: [
    (n) => `Russian casualties have reached about ${(n * 300).toLocaleString("en-US")} killed and wounded.`,
    (n) => `Russia has lost more than ${(n * 3).toLocaleString("en-US")} armoured vehicles since the invasion began.`,
  ] },
];
const FILLER = [
  "Independent verification of the figures was not possible, and neither side publishes a full account of its own losses.",
  "Residents of nearby towns described hearing artillery through the night and said several roads had been closed to civilian traffic.",
  "Military analysts cautioned that daily tallies are often revised and that both governments have reasons to present them favourably.",
  "The fighting has concentrated along a stretch of the front where the ground has dried after weeks of rain.",
  "Officials in Kyiv appealed again for more air-defence systems, saying recent strikes had damaged energy infrastructure.",
  "A spokesperson in Moscow declined to discuss the figures, referring questions to earlier statements.",
  "Diplomats in Brussels said the numbers would be discussed at a meeting of defence ministers later in the month.",
  "Aid groups said shelling had forced more families to leave villages close to the line of contact.",
];
const OUTLETS = ["Harbour Post", "Dnipro Ledger", "Northern Telegraph", "Steppe Review", "Coastal Herald", "Capital Wire", "Morning Dispatch", "Eastern Monitor"];

/** A daily paper's article page: 2–12 filler paragraphs around 2–4 figures, heavy furniture. */
function dailyPage(i) {
  const r = rng(i * 7919 + 1);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const src = pick(SOURCES);
  const outlet = pick(OUTLETS);
  const day = String(1 + Math.floor(r() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(r() * 12)).padStart(2, "0");
  const published = `2025-${month}-${day}`;
  const paras = [`${src.who} ${src.verb} on Monday that the fighting had intensified in several sectors (report ${i}).`];
  for (const line of src.metricLines) paras.push(`${line(100 + Math.floor(r() * 1900))} ${src.who} gave the figure in its regular update.`);
  const fill = 2 + Math.floor(r() * 11);
  for (let k = 0; k < fill; k++) paras.push(`${pick(FILLER)} ${pick(FILLER)}`);
  const title = `${src.who} reports ${src.enemy} losses, update ${i}`;
  // Publisher furniture of varied weight, so pages range from ~4 KB to ~60 KB
  // like real article pages: menus, related links, comments, inline scripts.
  const links = (n, base) => Array.from({ length: n }, (_, k) => `<li><a href="/${base}/${k}">${pick(FILLER).slice(0, 40 + (k % 30))}</a></li>`).join("");
  const menu = `<ul class="menu">${links(10 + Math.floor(r() * 60), "section")}</ul>`;
  const related = `<ul class="related">${links(3 + Math.floor(r() * 25), "story")}</ul>`;
  const comments = Array.from({ length: Math.floor(r() * 20) }, (_, k) => `<div class="comment"><b>reader${k}</b><p>${pick(FILLER)}</p></div>`).join("");
  const script = `<script>window.__STATE__=${JSON.stringify({ ads: Array.from({ length: Math.floor(r() * 200) }, (_, k) => ({ slot: k, size: [300, 250] })) })}</script>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${published}T07:30:00Z">${script}</head>
<body><header><nav>${menu}</nav></header><main><article><h1>${title}</h1>
${paras.map((p) => `<p>${p}</p>`).join("\n")}
</article><aside>Subscribe to our newsletter.${related}</aside><section class="comments">${comments}</section></main><footer>© ${outlet}</footer></body></html>`;
}


// ---- more templates (--templates mixed, the default): other publishers' page shapes

const PLACES = ["Pokrovsk", "Kupiansk", "Kherson", "Zaporizhzhia", "Sumy", "Toretsk", "Lyman", "Huliaipole", "Kostiantynivka", "Vovchansk", "Siversk", "Orikhiv"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const CONTEXT = [
  "Neither claim could be checked independently, and officials on both sides routinely decline to give their own losses.",
  "Commanders on the ground described a pattern of small assaults by groups of a few soldiers, often on motorcycles or on foot.",
  "Drone crews now watch most roads leading to the front, which makes moving supplies in daylight increasingly dangerous.",
  "Local authorities said heating and water had been restored to most districts after repair crews worked through the night.",
  "Western officials have said their own estimates differ from the figures published in Kyiv and Moscow.",
  "The governor urged families with children to leave the villages closest to the border while roads remain open.",
  "Satellite images published by a private company showed fresh craters near the airfield and damage to two hangars.",
  "Talks on a possible pause in strikes on energy sites have stalled, according to two diplomats familiar with the discussions.",
  "Hospitals in the region said they were treating several people for shrapnel wounds, including two teenagers.",
  "Military bloggers reported heavy fighting in the forest belts south of the town, where both sides have dug extensive trenches.",
];

// Sentences built from parts, so that two pages of one template share little wording (the
// near-duplicate check compares word shingles and facts; pages drawn from a few fixed sentences
// would be stored as copies of each other, which skips their claims and flatters the store).
const SUBJECTS = ["Residents of the district", "A brigade commander", "The regional administration", "Volunteer drivers", "Engineers from the power company", "A spokesman for the southern command", "Aid workers", "Two soldiers interviewed by phone", "The city's mayor", "Railway officials", "Doctors at the central hospital", "A military analyst in Vienna", "Farmers near the river", "School directors", "The border guard service"];
const VERBS = ["said", "warned", "reported", "told reporters", "acknowledged", "complained", "insisted", "wrote on social media", "confirmed", "estimated"];
const CLAUSES = ["that the night had been the loudest in weeks", "that convoys now move only after dark", "that the bridge on the main road was impassable again", "that generators were running short of fuel", "that recruits were arriving with less training than last year", "that trenches had flooded after the rain", "that the evacuation buses were full by morning", "that prices for bread had doubled since the spring", "that the enemy had shifted its attacks further north", "that repair crews were working under the threat of drones", "that the school year would start online", "that the water supply had been cut for a second day", "that new fortifications were being dug along the ridge", "that jamming had grounded most of their own drones", "that the ferry across the reservoir had stopped running"];
const TAILS = ["on {day}", "in {place}", "near {place}", "late on {day}", "after a visit to {place}", "in a statement on {day}", "while touring {place}", "at a briefing in {place}"];

/** One sentence of varied wording from `r`. */
function sentence(r) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const tail = pick(TAILS).replace("{day}", pick(DAYS)).replace("{place}", pick(PLACES));
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${tail} ${pick(CLAUSES)}.`;
}

/** A paragraph of 2–4 varied sentences. */
const prose = (r) => Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(r)).join(" ");

/**
 * Page furniture up to about `kb` kilobytes: menus, a consent banner, an ad
 * configuration script and footer links, as real article pages carry.
 */
function furniture(r, kb) {
  const out = [];
  let size = 0;
  for (let k = 0; size < kb * 1024; k++) {
    const part =
      k % 3 === 0
        ? `<ul class="menu">${Array.from({ length: 20 }, (_, j) => `<li><a href="/topics/${PLACES[(j + k) % PLACES.length].toLowerCase()}-${k}-${j}">${PLACES[(j + k) % PLACES.length]} ${MONTHS[j % 12]}</a></li>`).join("")}</ul>`
        : k % 3 === 1
          ? `<script>window.adConfig=${JSON.stringify({ slots: Array.from({ length: 12 }, (_, j) => ({ id: `slot-${k}-${j}`, sizes: [[300, 250], [728, 90]], refresh: 30 + Math.floor(r() * 60) })) })}</script>`
          : `<div class="promo"><a href="/subscribe?src=${k}">Support independent reporting from ${PLACES[k % PLACES.length]}</a></div>`;
    out.push(part);
    size += part.length;
  }
  return out.join("");
}

/** A furniture budget for page i: 4–60 KB, more often small. */
const furnitureKb = (r) => Math.round(4 * 15 ** r());

/** A wire service's story: a dateline lead, short paragraphs, JSON-LD, a byline, little furniture. */
function wirePage(i) {
  const r = rng(i * 104729 + 7);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = (lo, hi) => (lo + Math.floor(r() * (hi - lo))).toLocaleString("en-US");
  const place = pick(PLACES);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const iso = `2025-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const title = `Fighting flares near ${place} as both sides report heavy losses (${i})`;
  const paras = [
    `KYIV, ${MONTHS[month]} ${day} (Northwire) - Ukraine's military said on ${pick(DAYS)} its forces had repelled ${n(12, 80)} attacks near ${place} in the past 24 hours, the highest daily count in weeks.`,
    `The General Staff said Russian forces had lost ${n(900, 1600)} troops over the same period, along with ${n(3, 25)} tanks and ${n(10, 60)} artillery systems.`,
    `Russia's Defence Ministry said separately that its units had taken control of ${n(1, 6)} villages in the area and that Ukraine had lost up to ${n(200, 700)} servicemen there during the week.`,
  ];
  for (let k = 2 + Math.floor(r() * 6); k > 0; k--) paras.push(k % 3 === 0 ? pick(CONTEXT) : prose(r));
  paras.push(`Reporting by Northwire's Kyiv bureau; editing by the world desk. Story ${i}.`);
  const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: title, datePublished: `${iso}T0${1 + (i % 9)}:15:00Z`, author: { "@type": "Person", name: "Northwire staff" }, publisher: { "@type": "Organization", name: "Northwire" } });
  const related = Array.from({ length: 3 + Math.floor(r() * 8) }, (_, k) => `<li><a href="/world/${i}-${k}">${pick(CONTEXT).slice(0, 60)}</a></li>`).join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script type="application/ld+json">${ld}</script></head>
<body><div class="topbar"><a href="/">Northwire</a> <a href="/world">World</a> <a href="/business">Business</a></div>
<article class="story"><h1 class="story-title">${title}</h1><p class="byline">By Northwire staff</p><time datetime="${iso}">${MONTHS[month]} ${day}, 2025</time>
${paras.map((p) => `<p class="story-text">${p}</p>`).join("\n")}</article>
<section class="more"><h2>More from World</h2><ul>${related}</ul></section>${furniture(r, furnitureKb(r))}<footer>Northwire. All quotes delayed.</footer></body></html>`;
}

/** A live blog: timestamped entries, newest first, each a short update. */
function livePage(i) {
  const r = rng(i * 15485863 + 3);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = (lo, hi) => (lo + Math.floor(r() * (hi - lo))).toLocaleString("en-US");
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const iso = `2025-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const updates = [
    () => `Ukraine's air force says it shot down ${n(40, 480)} of the ${n(500, 900)} drones launched overnight; ${n(2, 90)} others were lost to jamming.`,
    () => `The regional governor says ${n(2, 60)} people were killed and ${n(5, 240)} injured when a missile hit an apartment block in ${pick(PLACES)}.`,
    () => `Russia's Defence Ministry claims its air defences destroyed ${n(15, 400)} Ukrainian drones over the Belgorod and Kursk regions.`,
    () => `South Korea's intelligence service tells lawmakers that about ${n(1100, 6900)} North Korean soldiers have been killed or wounded in the Kursk region.`,
    () => prose(r),
    () => prose(r),
    () => `Emergency services in ${pick(PLACES)} say ${n(3, 300)} residential buildings were damaged in shelling overnight.`,
  ];
  // Newest first, at times of their own: a blog's clock times are facts to the near-duplicate check.
  let minute = 23 * 60 + Math.floor(r() * 60);
  const entries = Array.from({ length: 4 + Math.floor(r() * 8) }, (_, k) => {
    minute -= 5 + Math.floor(r() * 90);
    const at = `${String(Math.floor(Math.max(0, minute) / 60)).padStart(2, "0")}:${String(Math.max(0, minute) % 60).padStart(2, "0")}`;
    return `<div class="entry" id="e${k}"><time datetime="${iso}T${at}:00Z">${at}</time><p>${pick(updates)()}</p><div class="share">Share this update</div></div>`;
  }).join("\n");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ukraine war live: updates for ${MONTHS[month]} ${day} (${i}) | Evening Ledger</title>
<meta property="og:site_name" content="Evening Ledger"><meta property="article:published_time" content="${iso}T06:00:00Z"></head>
<body><header><nav><a href="/">Evening Ledger</a> <a href="/live">Live</a></nav></header><main><h1>Ukraine war live: updates for ${MONTHS[month]} ${day} (${i})</h1>
<p class="standfirst">The latest from the front line, Kyiv and Moscow, as it happens.</p><div class="live-feed">${entries}</div></main>
<aside class="newsletter">Get the morning briefing in your inbox.</aside>${furniture(r, furnitureKb(r))}</body></html>`;
}

/** A ministry bulletin: an intro and the day's loss list, item by item with the day's change. */
function bulletinPage(i) {
  const r = rng(i * 7777 + 11);
  const n = (lo, hi) => (lo + Math.floor(r() * (hi - lo))).toLocaleString("en-US");
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const iso = `2025-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const items = [
    ["personnel", 800_000, 1_100_000, 700, 1400], ["tanks", 10_000, 11_500, 1, 12], ["armoured combat vehicles", 20_000, 24_000, 2, 20],
    ["artillery systems", 28_000, 34_000, 10, 60], ["multiple rocket launchers", 1_300, 1_500, 0, 4], ["air defence systems", 1_100, 1_250, 0, 3],
    ["aircraft", 420, 435, 0, 1], ["helicopters", 340, 350, 0, 1], ["drones", 40_000, 70_000, 60, 300], ["vehicles and fuel tanks", 50_000, 62_000, 40, 140],
  ];
  const rows = items.map(([what, lo, hi, dlo, dhi]) => `<li>${what} - ${n(lo, hi)} (+${n(dlo, dhi)})</li>`).join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Total combat losses of the enemy as of ${day}.${String(month + 1).padStart(2, "0")}.2025 (bulletin ${i})</title>
<meta property="article:published_time" content="${iso}"></head><body><div class="gov-header">Ministry portal</div>
<div class="news-body"><h1>Total combat losses of the enemy as of ${day}.${String(month + 1).padStart(2, "0")}.2025 (bulletin ${i})</h1>
<p>The General Staff of the Armed Forces of Ukraine reports that the total combat losses of the enemy from 24.02.22 to ${day}.${String(month + 1).padStart(2, "0")}.25 were approximately:</p>
<ul>${rows}</ul><p>The figures are being updated.</p></div>${furniture(r, furnitureKb(r))}<div class="gov-footer">Official website. Reprinting is allowed with a link to the source.</div></body></html>`;
}

/** An institute's analysis: long, many paragraphs and footnotes, few figures. */
function analysisPage(i) {
  const r = rng(i * 31337 + 5);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = (lo, hi) => (lo + Math.floor(r() * (hi - lo))).toLocaleString("en-US");
  const month = Math.floor(r() * 12);
  const iso = `2025-${String(month + 1).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
  const argue = [
    "The campaign has settled into a contest of attrition in which neither side can exploit local gains quickly.",
    "Recruitment, rather than equipment, increasingly sets the pace at which either army can rotate its units.",
    "Strikes deep behind the lines aim less at the front itself than at the refineries and depots that feed it.",
    "Each advance now costs more than the ground it wins is worth, yet both capitals treat the map as a measure of success.",
    "The spread of cheap drones has blurred the line between reconnaissance and attack across a band many kilometres deep.",
  ];
  const paras = [
    `Our estimate is that Russian forces have suffered around ${n(900, 1100)},000 casualties since the full-scale invasion, of whom perhaps ${n(200, 260)},000 were killed.`,
    `Ukraine's own losses are harder to assess; Western officials have privately put them at ${n(300, 420)},000 killed and wounded.`,
    `Since ${MONTHS[month]} Russian units have advanced about ${n(40, 2400)} square kilometres, at a cost we put at ${n(60, 400)} casualties for each one.`,
    `Ukraine's drone units report ${n(1200, 9800)} confirmed strikes a month on ${pick(PLACES)}'s front alone.`,
  ];
  for (let k = 3 + Math.floor(r() * 6); k > 0; k--) paras.push(k % 2 === 0 ? `${pick(argue)} ${prose(r)}` : prose(r));
  const notes = Array.from({ length: 5 + Math.floor(r() * 15) }, (_, k) => `<li id="fn${k}">See the institute's earlier assessment, part ${k + 1}, and the sources listed there.</li>`).join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Attrition and its limits: the war in its fourth year (paper ${i}) | Meridian Institute</title>
<meta property="og:site_name" content="Meridian Institute"><meta name="citation_publication_date" content="${iso}"><meta property="article:published_time" content="${iso}"></head>
<body><nav class="institute"><a href="/research">Research</a> <a href="/events">Events</a> <a href="/about">About</a></nav>
<article><h1>Attrition and its limits: the war in its fourth year (paper ${i})</h1><p class="authors">By the Meridian Institute's defence programme</p>
${paras.map((p) => `<p>${p}</p>`).join("\n")}
<h2>Notes</h2><ol class="footnotes">${notes}</ol></article>${furniture(r, furnitureKb(r))}<footer>The views expressed are the authors' own.</footer></body></html>`;
}

/** A plain-text copy, as some feeds and press offices serve it. */
function plainPage(i) {
  const r = rng(i * 2654435761 + 13);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const n = (lo, hi) => (lo + Math.floor(r() * (hi - lo))).toLocaleString("en-US");
  const place = pick(PLACES);
  const lines = [
    `Strikes hit ${place} overnight, regional officials say (item ${i})`,
    "",
    `Regional officials said on ${pick(DAYS)} that ${n(2, 14)} people were killed and at least ${n(5, 45)} wounded in strikes on ${place} overnight.`,
    "",
    `The air force said ${n(40, 120)} drones and ${n(2, 9)} missiles had been launched at the region, and that most of them were intercepted.`,
  ];
  for (let k = 2 + Math.floor(r() * 5); k > 0; k--) lines.push("", k === 1 ? pick(CONTEXT) : prose(r));
  return lines.join("\n") + "\n";
}

/** Page i of the mixed set: the daily template for three in ten, the others for the rest. */
const TEMPLATES = [dailyPage, wirePage, livePage, dailyPage, bulletinPage, wirePage, analysisPage, dailyPage, livePage, plainPage];
const MIXED = arg("templates", "mixed") !== "one";
/** The page at index i: its bytes and content type. */
function page(i) {
  const make = MIXED ? TEMPLATES[i % TEMPLATES.length] : dailyPage;
  return { body: Buffer.from(make(i)), type: make === plainPage ? "text/plain; charset=utf-8" : "text/html; charset=utf-8", template: make.name };
}

const pageUrl = (i, port) => `http://h${i % HOSTS}.bench.test:${port}/news/${i}`;

// ---------------------------------------------------------------- worker child

/** Peak resident set of a process (VmHWM), in MB; null when /proc does not say. */
function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used, from /proc; null when unavailable. */
function cpuSeconds(pid) {
  return statCpuSeconds(`/proc/${pid}/stat`);
}

/** CPU seconds (user + system) from a /proc stat file (a process's or one thread's); null when unavailable. */
function statCpuSeconds(file) {
  try {
    const fields = readFileSync(file, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU seconds of a process's main thread (the event loop: the worker's
 * JavaScript) and of its other threads together (V8's optimising compiler and
 * parallel GC, libuv's pool), from /proc/PID/task; null when unavailable.
 */
function threadCpuSeconds(pid) {
  try {
    let main = 0;
    let helpers = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const s = statCpuSeconds(`/proc/${pid}/task/${tid}/stat`) ?? 0;
      if (tid === String(pid)) main += s;
      else helpers += s;
    }
    return { main, helpers };
  } catch {
    return null;
  }
}

/**
 * CPU seconds of each PostgreSQL backend serving the bench database, by pid:
 * the workers' connections and this process's own (the drop and the polling).
 * The server runs on the same two cores, so its share is part of what an
 * article costs the machine.
 */
/** The application_name of this process's own connections, to tell their backends from the workers'. */
const BENCH_APP = "tally-bench";

async function pgBackendCpu(db) {
  const rows = await db.$queryRawUnsafe("SELECT pid, application_name FROM pg_stat_activity WHERE datname = current_database()");
  return new Map(rows.map((r) => [r.pid, { s: cpuSeconds(r.pid) ?? 0, bench: r.application_name === BENCH_APP }]));
}

/**
 * Redis's CPU seconds, from /proc when the server is on this machine (its pid
 * from INFO), else from INFO's own counters. The whole server's: anything
 * else using this Redis during a run is counted too.
 */
async function redisCpu(redis) {
  const info = await redis.info();
  const field = (k) => Number(new RegExp(`^${k}:(.*)$`, "m").exec(info)?.[1]);
  const pid = field("process_id");
  return cpuSeconds(pid) ?? field("used_cpu_user") + field("used_cpu_sys");
}

/** Calls per Redis command since the server started (INFO commandstats). */
async function redisCalls(redis) {
  const info = await redis.info("commandstats");
  return new Map([...info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map((m) => [m[1], Number(m[2])]));
}

/**
 * The machine's speed just now: the least CPU, of five, that a fixed piece of plain JavaScript
 * (maps, a regular expression, JSON, a hash) takes, in ms. The same code on the same pages has
 * cost twice the CPU at one hour as at another on these shared virtual cores (core's
 * extractPage of one build: 5.5 ms a page at 18:59, 11.5–13.7 ms at 23:00 on 2026-11-25), so
 * figures of runs at different times compare only beside this.
 */
async function machineReferenceMs() {
  const { createHash } = await import("node:crypto");
  const words = Array.from({ length: 20_000 }, (_, i) => `w${(i * 2654435761) % 100003}`);
  const work = () => {
    let n = 0;
    for (let k = 0; k < 20; k++) {
      const m = new Map();
      for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
      n += (words.join(" ").match(/w\d{3}\b/g) ?? []).length + m.size;
      n += JSON.parse(JSON.stringify(words.slice(0, 5000))).length;
    }
    createHash("sha256").update(Buffer.alloc(4 << 20)).digest();
    return n;
  };
  for (let i = 0; i < 3; i++) work();
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    work();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return Math.round(best);
}

async function child(cfg) {
  const { startWorker } = await import(path.join(root, "apps/worker/dist/worker.js"));
  const { createLogger } = await import(path.join(root, "apps/worker/dist/logger.js"));
  let lookups = 0;
  const { pino } = await import("pino");
  const running = await startWorker({
    databaseUrl: cfg.databaseUrl,
    redisUrl: cfg.redisUrl,
    prefix: cfg.prefix,
    // The service's logger at the service's default level (info: a line per article), to a file instead of standard output.
    logger: createLogger(cfg.logLevel, pino.destination(cfg.logFile)),
    reconcile: false,
    worker: { concurrency: cfg.concurrency },
    fetcher: {
      timeoutMs: 20_000,
      maxBytes: 5_000_000,
      // Loopback is private: the bench must allow it, as the tests do.
      allowPrivate: true,
      // Every *.bench.test name is this machine.
      lookup: async () => (lookups++, [{ address: "127.0.0.1", family: 4 }]),
      ...(cfg.polite ? {} : { perHostIntervalMs: 0 }),
    },
  });
  // Garbage collection pauses of the main thread since the parent's "start", reported on its "stats".
  const { PerformanceObserver } = await import("node:perf_hooks");
  const gc = { ms: 0, count: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) (gc.ms += e.duration), gc.count++;
  }).observe({ entryTypes: ["gc"] });
  process.on("message", (m) => {
    if (m === "start") Object.assign(gc, { ms: 0, count: 0 }), (lookups = 0);
    if (m === "stats") process.send({ gcMs: gc.ms, gcCount: gc.count, lookups });
  });
  process.stdout.write("ready\n");
  process.on("SIGTERM", () => void running.close().then(() => process.exit(0)));
}

if (process.argv[2] === "--child") {
  await child(JSON.parse(process.argv[3]));
} else {
  await main();
}

// ---------------------------------------------------------------- parent

function spawnChild(cfg) {
  // --profile DIR writes a CPU profile of each worker process (for finding where time goes).
  const prof = arg("profile", null);
  const nodeArgs = prof ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(prof)}`] : [];
  // --node-args "..." passes options to the worker processes' node (V8 flags to try, for instance).
  nodeArgs.push(...(arg("node-args", "") || "").split(" ").filter(Boolean));
  const proc = spawn(process.execPath, [...nodeArgs, fileURLToPath(import.meta.url), "--child", JSON.stringify(cfg), "--root", root], {
    cwd: repo,
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout.on("data", (d) => {
      out += d;
      if (out.includes("ready\n")) resolve(proc);
    });
    proc.once("exit", (code) => reject(new Error(`bench worker exited (${code})`)));
  });
}

async function main() {
  const pages = Number(arg("pages", "1000"));
  const runs = arg("runs", "1x1,1x8,2x8")
    .split(",")
    .map((r) => {
      const [p, c] = r.split("x").map(Number);
      return { processes: p, concurrency: c };
    });
  const { migrateDeploy } = await import(path.join(root, "packages/db/dist/migrate.js"));
  const db_ = await import(path.join(root, "packages/db/dist/index.js"));
  const { createRedis } = await import(path.join(root, "apps/worker/dist/redis.js"));
  const { createProducer } = await import(path.join(root, "apps/worker/dist/queues/enqueue.js"));

  const base = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/tally");
  base.pathname = `/${arg("database", "tally_bench")}`;
  const databaseUrl = base.toString();
  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  await migrateDeploy(databaseUrl);
  const benchUrl = new URL(databaseUrl);
  benchUrl.searchParams.set("application_name", BENCH_APP);
  const db = db_.createDb(benchUrl.toString(), { max: 4 });
  const { default: pg } = await import("pg");
  const poller = new pg.Client({ connectionString: benchUrl.toString() });
  await poller.connect();

  // The publisher: every host, every page, from memory.
  const bodies = Array.from({ length: pages }, (_, i) => page(i));
  const bytes = bodies.reduce((n, b) => n + b.body.length, 0);
  const server = createServer((req, res) => {
    if (req.url === "/robots.txt") return res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n");
    const m = /^\/news\/(\d+)$/.exec(req.url ?? "");
    const body = m ? bodies[Number(m[1])] : undefined;
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": body.type }).end(body.body);
  });
  // Connections and requests the publisher served: keep-alive shows as fewer connections than requests.
  const served = { connections: 0, requests: 0 };
  server.on("connection", () => served.connections++);
  server.on("request", () => served.requests++);
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const port = server.address().port;
  const urls = bodies.map((_, i) => pageUrl(i, port));

  // Extraction alone on the same pages, in this process: the floor any pipeline over core's extractor has.
  const { extractPage } = await import(path.join(root, "packages/core/dist/extract/index.js"));
  for (let i = 0; i < Math.min(50, pages); i++) extractPage({ body: bodies[i].body, contentType: bodies[i].type });
  const cpuEx0 = process.cpuUsage();
  for (const b of bodies) extractPage({ body: b.body, contentType: b.type });
  const cpuEx = process.cpuUsage(cpuEx0);
  const extractCpuMsPerPage = Number(((cpuEx.user + cpuEx.system) / 1000 / pages).toFixed(1));

  // Signatures of pages that are not among the bench's, for --prefill.
  const prefill = Number(arg("prefill", "0"));
  const warmup = Number(arg("warmup", "0"));
  const prefillSignatures = prefill > 0 ? Array.from({ length: 300 }, (_, k) => extractPage({ body: page(100_000 + k).body, contentType: page(100_000 + k).type }).value.signature) : [];

  console.log(`pipeline bench: ${pages} pages (${(bytes / pages / 1024).toFixed(1)} KB average), ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`  ${HOSTS_NOTE}`);
  console.log(`  core's extractPage alone on these pages: ${extractCpuMsPerPage} ms CPU per page`);
  if (warmup > 0) console.log(`  each run's workers process ${warmup} articles (other host names) before the measured drop`);
  const results = [];
  /** Empties the tables (and stores --prefill's earlier articles). */
  async function emptyTables() {
    await db.$executeRawUnsafe("TRUNCATE claim, article, outlet RESTART IDENTITY CASCADE");
    if (prefill > 0) {
      await db.$executeRawUnsafe(
        `INSERT INTO article (id, url, input_url, status, published_at, content_hash, signature, word_count, created_at, updated_at)
         SELECT gen_random_uuid(), 'https://prefill.test/' || g, 'https://prefill.test/' || g, 'done', date '2025-01-01' + g % 365,
                'sha256:prefill-' || g, ($1::text[])[1 + g % cardinality($1::text[])], 400, now() - interval '30 days', now() - interval '30 days'
         FROM generate_series(1, ${prefill}) g`,
        prefillSignatures,
      );
      await db.$executeRawUnsafe("ANALYZE article");
    }
  }

  for (const run of runs) {
    await emptyTables();
    const prefix = `tally-bench-${Date.now()}`;
    const children = [];
    const logFiles = [];
    for (let k = 0; k < run.processes; k++) {
      const logFile = path.join(os.tmpdir(), `tally-bench-worker-${k}.log`);
      writeFileSync(logFile, "");
      logFiles.push(logFile);
      children.push(await spawnChild({ databaseUrl, redisUrl, prefix, concurrency: run.concurrency, polite: POLITE, logLevel: arg("log-level", "info"), logFile }));
    }
    const redis = createRedis(redisUrl, "worker");
    const producer = createProducer({ redis, prefix });
    const drop = async (list) => {
      for (let i = 0; i < list.length; i += db_.MAX_URLS_PER_CALL) {
        await db_.addUrls({ db, enqueue: (a) => producer.enqueue("ingest-article", { articleId: a.id, url: a.url }) }, list.slice(i, i + db_.MAX_URLS_PER_CALL));
      }
    };

    // Where each worker log's measured part starts (after the warm-up's lines).
    let logOffsets = logFiles.map(() => 0);
    if (warmup > 0) {
      await drop(Array.from({ length: warmup }, (_, i) => `http://w${i % HOSTS}.bench.test:${port}/news/${i % pages}`));
      for (;;) {
        const [row] = await db.$queryRawUnsafe("SELECT count(*)::int AS n FROM article WHERE status IN ('done', 'failed')");
        if (row.n >= warmup) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      // The warm-up's articles would be the measured pages' originals: gone before the run.
      await emptyTables();
      logOffsets = logFiles.map((f) => statSync(f).size);
    }

    const referenceMs = await machineReferenceMs();
    const loadAtStart = os.loadavg()[0];
    const served0 = { ...served };
    const redisCpu0 = await redisCpu(redis);
    const redisCalls0 = await redisCalls(redis);
    const cpu0 = children.map((c) => cpuSeconds(c.pid));
    const threads0 = children.map((c) => threadCpuSeconds(c.pid));
    const pgCpu0 = await pgBackendCpu(db);
    const selfCpu0 = process.cpuUsage();
    for (const c of children) c.send("start");
    const runStart = new Date(Date.now() - 1000);
    const t0 = performance.now();
    await drop(urls);
    const dropMs = performance.now() - t0;
    // Polled every 100 ms: the end is known to a tenth of a second (under 1% of a run), and the
    // polling costs the cores the workers share less than at a finer step. Only articles that
    // became final during the run are counted, a range of the (status, updated_at) index, so
    // the poll costs the same on a prefilled table as on an empty one.
    // Straight through pg, a statement prepared once: through Prisma's client each poll cost this process
    // ~0.5–1 ms of CPU (its query compiler), a few hundred polls a run on the cores the workers share.
    let counts;
    for (;;) {
      const { rows: [row] } = await poller.query({
        name: "bench_poll",
        text: `SELECT count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM article WHERE status IN ('done', 'failed') AND updated_at >= $1`,
        values: [runStart],
      });
      counts = row;
      if (counts.done + counts.failed >= pages) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - t0) / 1000;
    const rss = children.map((c) => peakRssMb(c.pid));
    const gcStats = await Promise.all(children.map((c) => new Promise((r) => (c.once("message", r), c.send("stats")))));
    const gcMs = gcStats.reduce((n, g) => n + g.gcMs, 0);
    const lookups = gcStats.reduce((n, g) => n + g.lookups, 0);
    const cpu = children.reduce((n, c, k) => n + (cpuSeconds(c.pid) ?? 0) - (cpu0[k] ?? 0), 0);
    const threads = children.map((c, k) => {
      const [now, before] = [threadCpuSeconds(c.pid), threads0[k]];
      return now && before ? { main: now.main - before.main, helpers: now.helpers - before.helpers } : { main: NaN, helpers: NaN };
    });
    const mainCpu = threads.reduce((n, t) => n + t.main, 0);
    const helperCpu = threads.reduce((n, t) => n + t.helpers, 0);
    // Backends opened during the run count from zero; one that closed before the end is missed (pools keep them while busy).
    const selfCpu = process.cpuUsage(selfCpu0);
    const pgRuns = [...(await pgBackendCpu(db))].map(([pid, b]) => ({ bench: b.bench, s: b.s - (pgCpu0.get(pid)?.s ?? 0) }));
    const pgCpu = pgRuns.reduce((n, b) => n + b.s, 0);
    const pgBenchCpu = pgRuns.filter((b) => b.bench).reduce((n, b) => n + b.s, 0);
    const redisCpuS = (await redisCpu(redis)) - redisCpu0;
    const calls = [...(await redisCalls(redis))].map(([k, n]) => [k, n - (redisCalls0.get(k) ?? 0)]).filter(([, n]) => n > 0);
    const claims = await db.claim.count();
    const duplicates = await db.article.count({ where: { duplicateOfId: { not: null }, NOT: { url: { startsWith: "https://prefill.test/" } } } });
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once("exit", r)))));
    await producer.queueOf("ingest-article").obliterate({ force: true });
    // The fetchers' shared keys (robots.txt answers, politeness slots) under this run's prefix.
    for (let cursor = "0"; ; ) {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:tally:*`, "COUNT", 1000);
      if (keys.length > 0) await redis.del(...keys);
      if ((cursor = next) === "0") break;
    }
    await producer.close();
    redis.disconnect();

    // Warnings and errors the workers logged (pino levels 40 and up), shown so that a run that went wrong is noticed.
    const logLines = logFiles.flatMap((f, k) => readFileSync(f).subarray(logOffsets[k]).toString("utf8").split("\n").filter(Boolean));
    const logged = logLines.map((l) => JSON.parse(l));
    const warnings = logLines.filter((_, k) => logged[k].level >= 40);
    // Each "article done" line carries its stage times; "extract" is core's extractPage on the
    // main thread, synchronous, so its wall time is CPU time (plus any time the process was switched out).
    const extractMs = logged.reduce((n, l) => n + (l.ms?.extract ?? 0), 0);
    for (const w of warnings.slice(0, 5)) console.log(`  worker log: ${w.slice(0, 300)}`);
    const r = {
      processes: run.processes,
      concurrency: run.concurrency,
      pages,
      done: counts.done,
      failed: counts.failed,
      claims,
      // Stored as near-duplicates of another bench page (the pages share a template), so their store skips the race check.
      duplicates,
      seconds: Number(seconds.toFixed(2)),
      articlesPerSecond: Number((pages / seconds).toFixed(1)),
      dropMs: Math.round(dropMs),
      workerLogLines: logLines.length,
      workerWarnings: warnings.length,
      peakWorkerRssMb: rss,
      // Machine-independent-ish: the workers' CPU per article, whatever else the cores were doing.
      workerCpuMsPerArticle: Number(((cpu * 1000) / pages).toFixed(1)),
      // Of which garbage-collection pauses of the workers' main threads (PerformanceObserver "gc" entries).
      workerGcMsPerArticle: Number((gcMs / pages).toFixed(2)),
      // Split by thread: the main threads (the event loop, where extraction and all the worker's own
      // JavaScript run) and the other threads (mostly V8 compiling hot functions and parallel GC; a
      // fresh process spends several ms an article there on its first thousand pages).
      workerMainThreadCpuMsPerArticle: Number(((mainCpu * 1000) / pages).toFixed(1)),
      workerHelperThreadsCpuMsPerArticle: Number(((helperCpu * 1000) / pages).toFixed(1)),
      // Of the main threads' time, core's extractPage as the worker logged it (rounded to 1 ms an
      // article; the rest of the main thread is the worker's own: fetch, queue, database, logging).
      // It is wall time: when the processes outnumber the idle cores (2 × 8 on a busy machine) it
      // counts time switched out too and can exceed the main threads' CPU.
      workerExtractMsPerArticle: Number((extractMs / pages).toFixed(1)),
      postgresCpuMsPerArticle: Number(((pgCpu * 1000) / pages).toFixed(1)),
      // Of which the backends of this process's connections: the drop (addUrls) and the polling.
      postgresBenchCpuMsPerArticle: Number(((pgBenchCpu * 1000) / pages).toFixed(2)),
      // This process during the run: serving the pages and robots.txt, the drop (addUrls), polling for the end.
      benchCpuMsPerArticle: Number(((selfCpu.user + selfCpu.system) / 1000 / pages).toFixed(1)),
      // The Redis server during the run (BullMQ's scripts, the drop's adds, the politeness schedule).
      redisCpuMsPerArticle: Number(((redisCpuS * 1000) / pages).toFixed(1)),
      // Redis commands per article (INFO commandstats; EVALSHA is one BullMQ script each), busiest first.
      redisCallsPerArticle: Object.fromEntries(calls.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => [k, Number((n / pages).toFixed(2))])),
      // TCP connections the publisher accepted and requests it answered (robots.txt and pages), per article.
      publisherConnectionsPerArticle: Number(((served.connections - served0.connections) / pages).toFixed(2)),
      publisherRequestsPerArticle: Number(((served.requests - served0.requests) / pages).toFixed(2)),
      // Host-name resolutions the workers' fetchers asked for (each one a getaddrinfo call with the system resolver).
      dnsLookupsPerArticle: Number((lookups / pages).toFixed(2)),
      // The machine's speed just before the run (machineReferenceMs: lower is faster).
      machineReferenceMs: referenceMs,
      // One-minute load average of the machine when the run started and ended: the cores are shared.
      loadAverage: [Number(loadAtStart.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
    };
    results.push(r);
    console.log(
      `  ${run.processes} process(es) × concurrency ${String(run.concurrency).padEnd(2)}: ${r.articlesPerSecond.toFixed(1).padStart(6)} articles/s ` +
        `(${r.seconds}s, ${r.done} done, ${r.failed} failed, ${claims} claims, ${duplicates} duplicates; drop ${r.dropMs} ms; load ${r.loadAverage.join(" → ")}; machine reference ${r.machineReferenceMs} ms); peak worker RSS ${rss.join(" + ")} MB; worker CPU ${r.workerCpuMsPerArticle} ms/article (main threads ${r.workerMainThreadCpuMsPerArticle}, of which extraction as logged (wall) ${r.workerExtractMsPerArticle}; other threads ${r.workerHelperThreadsCpuMsPerArticle}; GC pauses ${r.workerGcMsPerArticle}); PostgreSQL CPU ${r.postgresCpuMsPerArticle} ms/article (drop and polling ${r.postgresBenchCpuMsPerArticle}); Redis CPU ${r.redisCpuMsPerArticle} ms/article; bench (publisher, drop, polling) ${r.benchCpuMsPerArticle} ms/article; ` +
        `publisher: ${r.publisherConnectionsPerArticle} connections and ${r.publisherRequestsPerArticle} requests per article, ${r.dnsLookupsPerArticle} lookups; Redis calls per article ${JSON.stringify(r.redisCallsPerArticle)}`,
    );
  }
  server.close();
  await poller.end();
  await db.$disconnect();

  const out = {
    bench: "pipeline",
    date: new Date().toISOString(),
    // The checkout's commit, and where the worker, db and core builds came from (--root).
    commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim(),
    builds: root === repo ? "this checkout" : root,
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, memGb: Math.round(os.totalmem() / 2 ** 30) },
    pages,
    averagePageKb: Number((bytes / pages / 1024).toFixed(1)),
    pageKbRange: [Math.round(Math.min(...bodies.map((b) => b.body.length)) / 1024), Math.round(Math.max(...bodies.map((b) => b.body.length)) / 1024)],
    templates: MIXED ? Object.fromEntries([...new Set(bodies.map((b) => b.template))].map((t) => [t, bodies.filter((b) => b.template === t).length])) : { dailyPage: pages },
    extractCpuMsPerPage,
    loadAverageAtEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
    configuration: HOSTS_NOTE,
    // What `npm start` / compose run here: WORKER_PROCESSES defaults to one per core, WORKER_CONCURRENCY to 8.
    serviceDefault: `${os.availableParallelism()} processes × concurrency 8`,
    target: "≥ 150 articles/s on 2 cores",
    prefilledArticles: prefill,
    warmupArticles: warmup,
    results,
  };
  const outFile = path.resolve(repo, arg("out", "bench/results/pipeline.json"));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${path.relative(repo, outFile)}`);
}
