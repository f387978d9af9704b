import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { QUEUES } from "@tally/core";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDatabaseUrl, testDb } from "../../../test/helpers/db.js";
import { redisPrefix, testRedisUrl } from "../../../test/helpers/redis.js";
import { ARTICLES, SENTENCE_TO_FIND, seedDashboard } from "./browser-seed.js";
import { ensureBuilt, freePort, startWebServer, type WebServer } from "./server.js";

/**
 * The built dashboard in Debian's Chromium (driven by playwright-core), over
 * a real PostgreSQL seeded with the test's own articles and a real Redis
 * under this file's key prefix. Screenshots at a desktop's and a phone's
 * width land in test-results/browser/ as artefacts.
 */

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const shotsDir = path.join(repoDir, "test-results", "browser");

const db = testDb();
const prefix = redisPrefix("browser");
let server: WebServer;
let browser: Browser;
let ids: Map<string, string>;
let redis: Redis;
let queue: Queue;

/** Claims the overview draws as points: every metric on a time chart (equipment is drawn as bars). */
const timeClaims = ARTICLES.flatMap((a) => a.claims).filter((c) => c.metric !== "equipment_lost");

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser test needs Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  await resetDb(db);
  ids = await seedDashboard(db);
  ensureBuilt();
  server = await startWebServer({ DATABASE_URL: testDatabaseUrl(), REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix });
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 1 });
  queue = new Queue(QUEUES.ingest, { connection: redis, prefix });
  // A fresh profile per run: --user-data-dir is what launch() passes for a temporary one.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(shotsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await queue?.obliterate({ force: true });
  await queue?.close();
  redis?.disconnect();
});

/** A page at a width; its console errors and uncaught exceptions are collected for the test to check. */
async function open(width: number, urlPath: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // (With where it came from: "Failed to load resource" names no address of its own.)
    if (m.type() === "error") errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  await page.goto(server.url + urlPath, { waitUntil: "networkidle" });
  return { page, errors };
}

async function shoot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: path.join(shotsDir, `${name}-${width}.png`), fullPage: true });
}

describe("overview", () => {
  it("draws every seeded figure as a point, bars for equipment, and tone lines", async () => {
    const { page, errors } = await open(1280, "/");
    await page.locator(".claim-point").first().waitFor();
    expect(await page.locator(".claim-point").count()).toBe(timeClaims.length);
    // Each party's points carry its colour's party code; Russia's are Russia's.
    const ru = timeClaims.filter((c) => c.party === "RU").length;
    expect(await page.locator('.claim-point[data-party="RU"]').count()).toBe(ru);
    // Bands of the spread of estimates: at least North Korea's killed (300 to 1,000 in January) and troops (10,000–12,000).
    expect(await page.locator("path.recharts-area-area").count()).toBeGreaterThanOrEqual(2);
    // Equipment: one bar per (item, party) seeded: RU tanks, UA tanks, UA armoured vehicles.
    expect(await page.locator(".recharts-bar-rectangle").count()).toBe(3);
    // Headline cards name each side and its latest figure, with thousands separators.
    await expect.poll(() => page.getByText("≥ 850,000").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".recharts-line").count()).toBeGreaterThan(0);
    // Time axes name months, with the year on the first tick and on January: never "Jan 25", which reads as a day.
    const ticks = await page.locator(".chart-box .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t).toMatch(/^[A-Z][a-z]{2}( \d{4})?$/);
    expect(ticks).toContain("Jan 2025");
    // One axis, one number style: no "5,000" under "10k".
    for (const axis of await page.locator(".chart-box .recharts-yAxis-tick-labels").all()) {
      const labels = await axis.locator(".recharts-cartesian-axis-tick-value").allTextContents();
      const compact = labels.filter((l) => /[km]$/.test(l));
      if (compact.length > 0) expect(labels.filter((l) => l !== "0" && !/[km]$/.test(l)), labels.join(" ")).toEqual([]);
    }
    // The equipment bars' figures as a table too, for screen readers and exact values.
    await page.getByText("The figures as a table", { exact: true }).click();
    const tanks = page.locator('.chart-table tr[data-item="tanks"]');
    expect(await tanks.locator('td[data-party="RU"]').innerText()).toContain("1,020");
    expect(await tanks.locator('td[data-party="UA"]').innerText()).toContain("150");
    await shoot(page, "overview");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has headline cards that follow the filters, like the charts", async () => {
    const { page, errors } = await open(1280, "/");
    const cards = page.locator('section[aria-labelledby="headline-title"]');
    await cards.waitFor();
    expect(await cards.innerText()).toContain("~1,000"); // North Korea's killed: the Western estimate, the latest of all
    await page.locator('select[name="sourceParty"]').selectOption("KR");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]sourceParty=KR/);
    // South Korea's sources: their ~300 killed and 2,700 wounded; no card for a side they gave no figure for.
    await expect.poll(() => cards.innerText()).toContain("~300");
    const text = await cards.innerText();
    expect(text).toContain("2,700");
    expect(text).not.toContain("~1,000");
    expect(await cards.locator("article").count()).toBe(1);
    expect(text).toContain("The latest figure among those matching the filters.");
    await shoot(page, "overview-kr");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a point's tooltip on keyboard focus, with a visible focus ring", async () => {
    const { page } = await open(1280, "/?metric=troops_deployed");
    const point = page.locator(".claim-point").first();
    await point.waitFor();
    // Tab from the last form control lands on the chart's first point (the table link comes after it).
    await page.getByRole("link", { name: "Clear", exact: true }).focus();
    for (let i = 0; i < 10 && !(await point.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await point.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator(".chart-tip").filter({ hasText: "Source:" }).waitFor();
    expect(await point.evaluate((el) => getComputedStyle(el.firstElementChild!).stroke)).not.toBe("none");
    await page.close();
  });

  it("lets a keyboard skip the navigation: the first Tab offers it, Enter lands on the page", async () => {
    const { page } = await open(1280, "/claims");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the page" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true); // on the screen once focused
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The next Tab goes into the page (its filter form), not back to the navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.close();
  });

  it("shows a point's value, source and date on hover, and links the point to its sentence", async () => {
    const { page } = await open(1280, "/?metric=troops_deployed");
    const point = page.locator(".claim-point").first();
    await point.waitFor();
    await point.hover();
    const tip = page.locator(".tooltip").filter({ hasText: "Source:" });
    await tip.waitFor();
    const text = await tip.innerText();
    expect(text).toMatch(/US officials|Ukrainian military intelligence/);
    expect(text).toMatch(/10,000–12,000|~11,000/);
    expect(text).toMatch(/Nov 2024/);
    const href = await point.getAttribute("href");
    expect(href).toMatch(/^\/articles\/[0-9a-f-]{36}#claim-[0-9a-f-]{36}$/);
    await page.close();
  });

  it("filters by party through the URL's query, and the points change", async () => {
    const { page } = await open(1280, "/");
    await page.locator(".claim-point").first().waitFor();
    const before = await page.locator(".claim-point").count();
    await page.getByLabel("Side counted").selectOption("KP");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/[?&]party=KP/);
    const kp = timeClaims.filter((c) => c.party === "KP").length;
    await expect.poll(() => page.locator(".claim-point").count()).toBe(kp);
    expect(kp).toBeLessThan(before);
    expect(await page.locator('.claim-point:not([data-party="KP"])').count()).toBe(0);
    // The filtered view is shareable: loading its URL afresh draws the same points.
    const again = await open(1280, new URL(page.url()).pathname + new URL(page.url()).search);
    await again.page.locator(".claim-point").first().waitFor();
    expect(await again.page.locator(".claim-point").count()).toBe(kp);
    await again.page.close();
    await page.close();
  });

  it("on a touch screen, shows a point's figure on the first tap and follows its link on the second", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/?metric=captured`, { waitUntil: "networkidle" });
    const point = page.locator(".claim-point").first();
    await point.waitFor();
    const href = await point.getAttribute("href");
    await point.tap();
    await page.locator(".chart-tip").filter({ hasText: "Kyiv" }).waitFor();
    expect(page.url()).toContain("metric=captured");
    // The open tooltip stays on the screen: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(shotsDir, "tooltip-390.png") });
    await point.tap();
    await page.waitForURL((u) => u.pathname + u.hash === href);
    expect(await page.locator(`[id="${href!.split("#")[1]}"]`).innerText()).toContain("captured");
    await context.close();
  });

  it("is readable at a phone's width: nothing wider than the screen", async () => {
    const { page, errors } = await open(390, "/");
    await page.locator(".claim-point").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "overview");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("claims", () => {
  it("lists a seeded sentence with its figure highlighted, and exports exactly the rows shown", async () => {
    const { page, errors } = await open(1280, "/claims?party=KP&metric=killed");
    const row = page.locator("tr", { hasText: SENTENCE_TO_FIND });
    await row.waitFor();
    expect(await row.locator("mark.figure").innerText()).toBe("about 300");
    expect(await row.innerText()).toContain("South Korea's National Intelligence Service");
    const shown = await page.locator("tbody tr").count();
    expect(shown).toBe(timeClaims.filter((c) => c.party === "KP" && c.metric === "killed").length);
    const csvHref = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    expect(csvHref).toContain("party=KP");
    expect(csvHref).toContain("format=csv");
    const csv = await (await fetch(server.url + csvHref)).text();
    // The same claims in the same order: the rows' ids against the CSV's first column.
    const rowIds = (await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.id))).map((id) => id.replace(/^claim-/, ""));
    const lines = csv.trim().split("\n");
    expect(lines[0]!.split(",")[0]).toBe("id");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(rowIds);
    expect(rowIds).toHaveLength(shown);
    await shoot(page, "claims");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone's width: rows stack into cards, nothing wider than the screen", async () => {
    const { page } = await open(390, "/claims");
    await page.getByText(SENTENCE_TO_FIND).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, "claims");
    await page.close();
  });
});

describe("disagreements and articles", () => {
  it("puts two sources' figures for the same month side by side", async () => {
    const { page, errors } = await open(1280, "/disagreements?metric=killed&party=KP");
    const period = page.locator(".period").first();
    await period.waitFor();
    const text = await period.innerText();
    expect(text).toContain("Jan 2025");
    expect(text).toContain("~300");
    expect(text).toContain("≥ 1,000");
    await shoot(page, "disagreements");
    expect(errors).toEqual([]);
    await page.close();
    const phone = await open(390, "/disagreements?metric=killed&party=KP");
    await phone.page.locator(".period").first().waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(phone.page, "disagreements");
    await phone.page.close();
  });

  it("marks every claim in its article's text, and answers 404 for an unknown article", async () => {
    const id = ids.get(ARTICLES[0]!.url)!;
    const { page } = await open(1280, `/articles/${id}`);
    const marks = page.locator(".article-text mark");
    expect(await marks.count()).toBe(ARTICLES[0]!.claims.length);
    expect(await marks.allInnerTexts()).toContain(SENTENCE_TO_FIND);
    await shoot(page, "article");
    await page.close();

    const res = await fetch(`${server.url}/articles/00000000-0000-7000-8000-000000000000`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Not found");
  });
});

describe("queue", () => {
  it("takes a dropped URL, lists it as accepted (and a bad line as rejected), and queues its job", async () => {
    const { page, errors } = await open(1280, "/queue");
    await page.locator('[data-count="failed"] dd').waitFor();
    expect(await page.locator('[data-count="failed"] dd').innerText()).toBe("1");
    const url = "https://example.org/news/a-dropped-article";
    await page.getByLabel(/One URL a line/).fill(`${url}\nnot a url`);
    await page.getByRole("button", { name: "Queue these URLs" }).click();
    const accepted = page.getByTestId("accepted").locator("li", { hasText: url });
    await accepted.waitFor();
    expect(await accepted.innerText()).toContain("queued");
    expect(await page.getByTestId("rejected").innerText()).toContain("not a url");
    // The live counts pick the new article up without a reload.
    await expect.poll(() => page.locator('[data-count="queued"] dd').innerText(), { timeout: 10_000 }).toBe("1");
    // And the job really is in Redis, under this file's prefix.
    expect((await queue.getJobCounts("waiting")).waiting).toBe(1);
    await shoot(page, "queue");
    expect(errors).toEqual([]);
    // Its article page says where it is, and follows it without a reload.
    const link = accepted.getByRole("link");
    const articleId = (await link.getAttribute("href"))!.split("/").pop()!;
    await link.click();
    await page.getByText("This article is queued").waitFor();
    await db.article.update({ where: { id: articleId }, data: { status: "fetching" } });
    await page.getByText("This article is fetching").waitFor({ timeout: 10_000 });
    await page.close();
    const phone = await open(390, "/queue");
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(phone.page, "queue");
    await phone.page.close();
  });
});

describe("without JavaScript", () => {
  it("queues URLs through the plain form, and filters through the plain GET form", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/queue`);
    await page.getByLabel(/One URL a line/).fill("https://example.org/news/sent-without-scripts\nftp://not-http.example/x");
    await page.getByRole("button", { name: "Queue these URLs" }).click();
    await page.waitForURL(/\/queue\?accepted=1&rejected=1/);
    expect(await page.getByRole("status").filter({ hasText: "accepted" }).innerText()).toContain("1 URL accepted, 1 rejected");
    await page.goto(`${server.url}/claims`);
    await page.getByLabel("Side counted").selectOption("RU");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/party=RU/);
    const rows = await page.locator("tbody tr").count();
    expect(rows).toBe(ARTICLES.flatMap((a) => a.claims).filter((c) => c.party === "RU").length);
    await context.close();
  });
});

describe("errors", () => {
  it("says the database is unreachable, and where, instead of a stack trace, on every page under its own title", async () => {
    const port = await freePort(); // nothing listens there
    const down = await startWebServer({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/tally`, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: prefix });
    try {
      const pages: [string, string][] = [
        ["/", "Overview"],
        ["/claims", "Claims"],
        ["/disagreements", "Disagreements"],
        ["/articles", "Articles"],
        ["/articles/00000000-0000-7000-8000-000000000000", "Article"],
        ["/queue", "Queue"],
      ];
      for (const [urlPath, title] of pages) {
        const html = await (await fetch(down.url + urlPath)).text();
        expect(html, urlPath).toContain(`<h1>${title}</h1>`);
        expect(html, urlPath).toMatch(/role="alert"[^>]*>.*The database is unreachable at/s);
        expect(html, urlPath).not.toMatch(/at \S+ \(\/|node_modules/);
      }
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${down.url}/claims`);
      const alert = page.getByRole("alert").filter({ hasText: "unreachable" });
      await alert.waitFor();
      expect(await alert.innerText()).toContain(`The database is unreachable at 127.0.0.1:${port}/tally`);
      expect(await page.content()).not.toMatch(/at \S+ \(\/|node_modules/);
      await shoot(page, "db-down");
      await page.close();
    } finally {
      await down.stop();
    }
  });
});
