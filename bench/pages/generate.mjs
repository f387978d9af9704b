// Deterministic benchmark pages: publisher templates filled with varied
// paragraphs of war reporting (written for this benchmark), 5–100 KB each.
// Generating them is cheap, so they are built in memory on each run, not kept in git.
import iconv from "iconv-lite";

/** mulberry32: a small seeded PRNG, so every run builds the very same pages. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Pokrovsk", "Kupiansk", "Kharkiv", "Zaporizhzhia", "Kherson", "Sumy", "Chasiv Yar", "Toretsk", "Kursk", "Belgorod", "Odesa", "Dnipro", "Kramatorsk", "Vuhledar", "Lyman"];
const SOURCES = ["Ukraine's General Staff", "the Russian Ministry of Defence", "South Korea's National Intelligence Service", "the regional governor", "the UN human rights mission", "Britain's Defence Ministry", "the Institute for the Study of War", "Ukraine's air force", "a Pentagon spokesperson", "local officials"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const QUAL = ["about", "more than", "nearly", "at least", "roughly", "up to", "an estimated", ""];
const ITEMS = ["tanks", "armoured vehicles", "artillery systems", "drones", "air defence launchers", "multiple rocket launchers", "trucks", "helicopters"];

const SENTENCES = [
  (r) => `${r.src} said on ${r.day} that ${r.q} ${r.n(100, 2000)} soldiers had been killed or wounded near ${r.place} over the past day.`,
  (r) => `Fighting around ${r.place} intensified after ${r.src} reported ${r.q} ${r.n(10, 90)} assaults along a narrow stretch of the front.`,
  (r) => `According to ${r.src}, the enemy lost ${r.n(2, 40)} ${r.item} in the area since ${r.month} ${r.n(1, 28)}.`,
  (r) => `Residents of ${r.place} spent another night in basements as air-raid sirens sounded for hours, and many said they no longer keep count of the alerts.`,
  (r) => `${r.src} estimated that ${r.q} ${r.n(1000, 15000)} North Korean troops were deployed to the Kursk region, though the figure could not be verified.`,
  (r) => `A strike on an apartment block in ${r.place} killed ${r.n(2, 30)} civilians and injured ${r.n(5, 80)} others, ${r.src} said.`,
  (r) => `Analysts cautioned that the claims of both sides are hard to check and that figures for losses are often revised weeks later.`,
  (r) => `The offensive has cost ${r.q} ${r.n(20, 900)} square kilometres of territory since ${r.month}, according to maps compiled by open-source researchers.`,
  (r) => `Shelling damaged ${r.q} ${r.n(5, 60)} residential buildings and a school in the district, emergency services reported.`,
  (r) => `Volunteers in ${r.place} said they had evacuated ${r.n(50, 900)} people in a week, most of them elderly, on roads that drones now watch day and night.`,
  (r) => `"We hold our positions, but every metre costs us," a commander of a brigade fighting near ${r.place} told reporters by phone.`,
  (r) => `Diplomats meeting in ${["Geneva", "Riyadh", "Istanbul", "Brussels"][r.i(4)]} discussed a possible ceasefire but left without a date for another round of talks.`,
  (r) => `${r.src} said ${r.n(10, 120)} drones were shot down overnight, while ${r.n(2, 30)} more were lost to electronic jamming.`,
  (r) => `The ministry's daily update listed ${r.q} ${r.n(900, 1500)} personnel losses over the past 24 hours, bringing its running total to ${r.n(600000, 950000)}.`,
  (r) => `Power was cut in ${r.n(3, 40)} villages after a substation near ${r.place} was hit, and repair crews expected to need several days.`,
  (r) => `Prices of food and fuel in frontline towns have risen sharply, shopkeepers said, as supply routes grow longer and more dangerous.`,
  (r) => `Officials said ${r.n(2, 12)} settlements in the region had been taken since ${r.month}, a pace slower than in the spring.`,
  (r) => `In a separate statement, ${r.src} accused the other side of targeting energy infrastructure ahead of winter.`,
];

// Most sentences of real war reporting carry no reported figure: scene, context, quotes, diplomacy.
// Some carry numbers that are not claims (ages, dates, unit numbers, distances, money, shares).
const NARRATIVE = [
  (r) => `The road into ${r.place} runs past burned-out cars and shops with plywood where their windows used to be.`,
  (r) => `Officials in Kyiv have asked allies for more air defence, arguing that every interceptor delivered saves lives in cities like ${r.place}.`,
  (r) => `A ${r.n(19, 64)}-year-old volunteer who drives supplies to the front said she had stopped reading the news because it only made the waiting worse.`,
  (r) => `The ${r.n(20, 160)}th brigade, which has held the line there since ${r.month}, rotated some of its infantry out for rest this week.`,
  (r) => `The town lies about ${r.n(5, 40)} kilometres from the front, close enough that artillery can be heard through the night.`,
  (r) => `Moscow has not commented on the reports, and the Kremlin's spokesman referred questions to the defence ministry.`,
  (r) => `Western governments have pledged a further $${r.n(1, 9)} billion in military aid, though much of it will not arrive before the spring.`,
  (r) => `Some ${r.n(10, 70)}% of respondents in a recent poll said they would back talks if the front were frozen where it stands.`,
  (r) => `Neither account could be independently confirmed, and journalists are barred from the areas where the heaviest fighting takes place.`,
  (r) => `At the hospital, doctors work in shifts of ${r.n(12, 36)} hours and say the injuries they see now come mostly from drones.`,
  (r) => `The governor urged families with children to leave while the roads to the west remain open.`,
  (r) => `Satellite images taken on ${r.day} show fresh trenches dug across fields that were farmed until last year.`,
  (r) => `Analysts say the next weeks will show whether the defenders can hold the high ground west of ${r.place}.`,
  (r) => `The talks, the first in months, ended with a joint statement on prisoner exchanges and little else.`,
  (r) => `A soldier with the call sign "Falcon" described waiting for hours in a dugout while drones circled overhead.`,
  (r) => `Schools in the region have moved lessons underground or online, and the bus to the district centre now runs only twice a week.`,
  (r) => `Rescue workers pulled residents from the rubble through the night and into the morning, regional authorities said.`,
  (r) => `The European Union is preparing a new package of sanctions aimed at the shadow fleet that carries Russian oil.`,
  (r) => `Military bloggers who follow the war closely described the advance as slow and costly for the attacking side.`,
  (r) => `The bridge over the river was damaged in ${r.month} and has since been repaired with pontoons that come and go with the shelling.`,
  (r) => `In ${r.place}, the market reopened on ${r.day} after a week of closures, though many stalls stood empty.`,
  (r) => `The president thanked the air defence crews in his nightly address and promised new systems before winter.`,
  (r) => `Commanders have complained for months of a shortage of infantry, and mobilisation remains politically sensitive in Kyiv.`,
  (r) => `Earlier in the war the city had a population of about ${r.n(20, 400)},000; officials believe fewer than a third remain.`,
];

const FURNITURE = {
  nav: (r) => `<nav class="site-nav"><ul>${Array.from({ length: 5 + r.i(Math.ceil(60 * r.scale)) }, (_, i) => `<li><a href="/section/${i}">Section ${i} ${PLACES[i % PLACES.length]}</a></li>`).join("")}</ul></nav>`,
  share: () => `<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a><a href="#">Email</a><span class="share-count">2.4k shares</span></div>`,
  newsletter: () => `<aside class="newsletter-signup"><h3>War briefing</h3><p>Sign up for our newsletter and get the day's front-line news in your inbox.</p><form><input type="email"><button>Subscribe</button></form></aside>`,
  related: (r, f) => `<section class="related-articles"><h2>Related</h2><ul>${Array.from({ length: 2 + r.i(Math.ceil(8 * r.scale)) }, (_, i) => `<li><a href="/story/${i}">${SENTENCES[i % SENTENCES.length](f).slice(0, 70)}</a></li>`).join("")}</ul></section>`,
  comments: (r, f) => `<div id="comments" class="comments-section"><h3>${f.n(5, 400)} comments</h3>${Array.from({ length: 1 + r.i(Math.ceil(25 * r.scale)) }, () => `<div class="comment"><b>reader${r.i(999)}</b><p>${SENTENCES[r.i(SENTENCES.length)](f)}</p></div>`).join("")}</div>`,
  tip: () => `<div class="support-box"><p>We are funded by readers. Donate to our tip jar to keep this reporting free.</p></div>`,
  footer: (r) => `<footer class="site-footer">${Array.from({ length: 3 + r.i(Math.ceil(30 * r.scale)) }, (_, i) => `<a href="/f/${i}">Footer link ${i}</a>`).join(" ")}<p>© 2025 Example Media. All rights reserved.</p></footer>`,
  cookie: () => `<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>`,
  scripts: (r) => `<script>${"window.__STATE__=" + JSON.stringify({ ads: Array.from({ length: 2 + r.i(Math.ceil(200 * r.scale)) }, (_, i) => ({ slot: i, size: [300, 250], targeting: { section: "world", kw: PLACES[i % PLACES.length] } })) })}</script><style>${".c{color:#333}".repeat(5 + r.i(Math.ceil(400 * r.scale)))}</style>`,
};

function filler(r) {
  const day = `${MONTHS[r.i(12)]} ${1 + r.i(28)}`;
  return {
    i: r.i,
    n: (lo, hi) => (lo + r.i(hi - lo + 1)).toLocaleString("en-US"),
    get q() { return QUAL[r.i(QUAL.length)]; },
    get place() { return PLACES[r.i(PLACES.length)]; },
    get src() { const s = SOURCES[r.i(SOURCES.length)]; return s; },
    get item() { return ITEMS[r.i(ITEMS.length)]; },
    get month() { return MONTHS[r.i(12)]; },
    day,
  };
}

// The share of sentences drawn from SENTENCES (the ones with reported figures): at 0.3 the pages carry
// about as many claims per thousand words as real reports (the bench prints both, beside the seeds').
const FIGURE_SHARE = 0.3;

function paragraph(f, r) {
  const k = 2 + r.i(4);
  return Array.from({ length: k }, () => (r.i(1000) < FIGURE_SHARE * 1000 ? SENTENCES[r.i(SENTENCES.length)] : NARRATIVE[r.i(NARRATIVE.length)])(f)).join(" ").replace(/\s+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * A paragraph as publishers' templates mark it up: component attributes and
 * an in-text link or two. Real article pages are mostly markup (text is
 * 5–30% of their bytes); bare <p>s would make text-bound work look costlier
 * against Readability than it is on real pages.
 */
function markedUp(text, r, i) {
  const words = text.split(" ");
  for (let n = r.i(3); n > 0; n--) {
    const at = r.i(Math.max(1, words.length - 3));
    words[at] = `<a href="https://example.org/topics/${words[at].toLowerCase().replace(/[^a-z]/g, "")}-${r.i(99999)}?ref=inline" class="link link--inline link--underline" data-link-name="in body link" data-component="inline-link">${words[at]}</a>`;
  }
  return `<p class="paragraph__text paragraph--body text-body-lg" data-component="text-block" data-paragraph-index="${i}">${words.join(" ")}</p>`;
}

function adSlot(r, i) {
  return `<div class="ad-slot ad-slot--inline" id="ad-inline-${i}" data-ad-unit="/1234567/news/world/europe/ukraine" data-sizes="[[300,250],[336,280],[728,90]]" data-refresh="30" aria-hidden="true"><div class="ad-slot__label">Advertisement</div><script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot("/1234567/news/world",[[300,250],[728,90]],"ad-inline-${i}").setTargeting("pos","inline${i}").addService(googletag.pubads());googletag.display("ad-inline-${i}");});</script></div>`;
}

function figure(f, r, i) {
  const id = `${r.i(1e9)}`;
  const src = (w) => `https://images.example.org/${id}/ukraine-front-${i}.jpg?w=${w}&q=75&auto=format`;
  return `<figure class="media media--image" data-component="image-block"><picture><source media="(min-width: 1024px)" srcset="${src(1280)} 1x, ${src(2560)} 2x"><source media="(min-width: 600px)" srcset="${src(960)} 1x, ${src(1920)} 2x"><img src="${src(640)}" alt="Soldiers near ${f.place}" width="640" height="427" loading="lazy" decoding="async" class="media__img"></picture><figcaption class="media__caption">Soldiers near ${f.place}. Photo: Agency / Photographer</figcaption></figure>`;
}

/** Inline code of about `bytes` bytes, like the analytics and consent bundles pages inline. */
function bundle(bytes, r) {
  const parts = [];
  let n = 0;
  while (n < bytes) {
    const k = r.i(1e6);
    const piece = `function _m${k}(e,t){var n=e&&e.dataset?e.dataset.track:null;if(!n)return;window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:"interaction",label:n,value:t,ts:Date.now()})}`;
    parts.push(piece);
    n += piece.length;
  }
  return parts.join(";").slice(0, bytes);
}

const STYLES = ["jsonld", "divsoup", "wire", "liveblog", "bulletin", "cp1252"];

/** One page: its bytes, content type and style, sized near `targetBytes`. */
function buildPage(index, targetBytes) {
  const r0 = rng(1000 + index);
  // Furniture grows with the page: a 5 KB page cannot carry a 30 KB menu.
  const r = { i: (n) => Math.floor(r0() * n), scale: targetBytes / (100 * 1024) };
  const f = filler(r);
  const style = STYLES[index % STYLES.length];
  const date = `2025-${String(1 + r.i(12)).padStart(2, "0")}-${String(1 + r.i(28)).padStart(2, "0")}`;
  const title = `${f.place}: ${SENTENCES[r.i(SENTENCES.length)](f).slice(0, 60).replace(/[.,"]+$/, "")}`;
  const head = `<meta charset="${style === "cp1252" ? "windows-1252" : "utf-8"}"><title>${title} | Example Media</title>` +
    (style === "jsonld" ? `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: title, datePublished: `${date}T10:00:00Z`, author: { "@type": "Person", name: "Staff Reporter" }, publisher: { "@type": "Organization", name: "Example Media" } })}</script><meta property="og:site_name" content="Example Media">` : `<meta property="article:published_time" content="${date}">`);
  const chrome = [FURNITURE.cookie(r), FURNITURE.nav(r), FURNITURE.scripts(r)];
  const tail = [FURNITURE.related(r, f), FURNITURE.comments(r, f), FURNITURE.tip(r), FURNITURE.footer(r)];
  const fixed = chrome.join("").length + tail.join("").length + head.length;
  // The story's markup takes 8–58% of the page, skewed low: the main text is then ~6% / 10% / 29%
  // of the page's bytes at the quartiles, as measured on the 5–100 KB pages of Readability's
  // test corpus (real pages from many outlets). The state script repeats the story on half of
  // the pages, and inline code fills the rest up to the target size.
  const share = 0.08 + 0.5 * r0() ** 2;
  const bodyBudget = Math.max(0, Math.min(targetBytes * share, (targetBytes - fixed) / (index % 2 === 0 ? 2 : 1)));
  // The story grows until the page reaches its target size (at least three paragraphs).
  const body = [];
  let size = 0;
  while (body.length < 3 || size < bodyBudget) {
    let block;
    if (style === "bulletin" && body.length === 2) {
      block = `<p>The enemy's losses over the period were:</p><ul>${ITEMS.map((it) => `<li>${it} - ${f.n(10, 9000)} (+${f.n(1, 40)})</li>`).join("")}</ul>`;
    } else if (style === "liveblog") {
      block = `<div class="live-entry"><time datetime="${date}T${String(r.i(24)).padStart(2, "0")}:00">update</time><h3>${f.place}</h3><p>${paragraph(f, r)}</p></div>`;
    } else if (style === "divsoup") {
      block = `<div class="t">${paragraph(f, r)}</div>`;
    } else {
      block = markedUp(paragraph(f, r), r, body.length);
    }
    if (style !== "divsoup") {
      if (body.length % 3 === 2) block += adSlot(r, body.length);
      if (body.length % 6 === 4) block += figure(f, r, body.length);
    }
    if (body.length === 3) block += FURNITURE.share(r) + FURNITURE.newsletter(r);
    body.push(block);
    size += block.length;
    if (body.length > 2000) break;
  }
  const main = style === "divsoup" ? `<div id="c"><div class="h">${title}</div>${body.join("")}</div>` : `<main><article><h1>${title}</h1><div class="byline">By Staff Reporter</div>${body.join("")}</article></main>`;
  // Server-rendered apps ship the story a second time as JSON for hydration.
  const state = index % 2 === 0 ? `<script id="__APP_STATE__" type="application/json">${JSON.stringify({ props: { page: { article: { title, body: body.map((b) => ({ type: "paragraph", html: b })) } } } })}</script>` : "";
  let html = `<!doctype html><html lang="en"><head>${head}</head><body>${chrome.join("")}${main}${tail.join("")}${state}</body></html>`;
  const missing = targetBytes - Buffer.byteLength(html);
  if (missing > 200) html = html.replace("</head>", `<script>${bundle(missing - 20, r)}</script></head>`);
  const bytes = style === "cp1252" ? new Uint8Array(iconv.encode(html, "windows-1252")) : new Uint8Array(Buffer.from(html, "utf8"));
  return { name: `${String(index).padStart(3, "0")}-${style}.html`, style, bytes, html: style === "cp1252" ? null : html, contentType: "text/html", url: `https://example.org/${date.replace(/-/g, "/")}/story-${index}` };
}

/** `count` pages whose sizes spread log-uniformly over [minKB, maxKB] (targets; real sizes land within 5–100 KB), one at a time. */
export function* generatePages(count = 240, minKB = 5.4, maxKB = 100) {
  const r = rng(7);
  for (let i = 0; i < count; i++) {
    const kb = Math.exp(Math.log(minKB) + r() * (Math.log(maxKB) - Math.log(minKB)));
    yield buildPage(i, Math.round(kb * 1024 * 0.97));
  }
}

/** The same pages as `generatePages`, all in memory. */
export function buildPages(count = 240, minKB = 5.4, maxKB = 100) {
  return [...generatePages(count, minKB, maxKB)];
}
