import { ClaimFiltersSchema } from "@tally/core";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDb } from "../../../../test/helpers/db.js";
import { ARTICLES, fixtureClaims, seedDashboard } from "../testing/index.js";
import {
  BadCursorError,
  disagreements,
  equipmentLosses,
  getArticle,
  getSeries,
  headlineFigures,
  iterateClaims,
  listArticles,
  listClaims,
  listOutlets,
  listParties,
  sentimentSeries,
} from "./dashboard.js";

const db = testDb();
let ids: Record<string, string>;

beforeAll(async () => {
  await resetDb(db);
  ids = await seedDashboard(db);
});

const filters = (q: Record<string, string>) => ClaimFiltersSchema.parse(q);

describe("listClaims", () => {
  it("returns every claim, newest asOf first, with its article and outlet", async () => {
    const page = await listClaims(db, filters({}));
    expect(page.items).toHaveLength(fixtureClaims().length);
    expect(page.nextCursor).toBeNull();
    const dates = page.items.map((c) => c.asOf ?? "");
    // asOf keeps its precision: the troop figure is a month's.
    expect(dates).toEqual(["2025-02-10", "2025-01-28", "2025-01-20", "2025-01-15", "2025-01-15", "2024-12-19", "2024-12-19", "2024-12"]);
    const mod = page.items.find((c) => c.metric === "casualties");
    expect(mod).toMatchObject({
      party: "UA",
      value: 76550,
      qualifier: "at_least",
      low: 76550,
      high: null,
      sourceParty: "RU",
      outlet: "Moscow Bulletin",
      articleUrl: "https://bulletin.example/ministry-update",
      articleId: ids.mod,
      publishedAt: "2025-01-20",
      isEcho: false,
    });
    expect(mod?.sentiment?.label).toBe("positive");
  });

  it("filters by metric, party, source country, outlet (any case) and dates", async () => {
    const kpKilled = await listClaims(db, filters({ metric: "killed", party: "kp" }));
    expect(kpKilled.items.map((c) => c.value)).toEqual([300, 300, 300, 100]);
    const noEcho = await listClaims(db, filters({ metric: "killed", party: "KP", excludeEchoes: "true" }));
    expect(noEcho.items.map((c) => c.asOf)).toEqual(["2025-01-28", "2025-01-15", "2024-12-19"]);
    const korean = await listClaims(db, filters({ sourceParty: "KR" }));
    expect(korean.items.map((c) => c.metric).sort()).toEqual(["killed", "troops_deployed", "wounded"]);
    const ledger = await listClaims(db, filters({ outlet: "kyiv ledger" }));
    expect(new Set(ledger.items.map((c) => c.outlet))).toEqual(new Set(["Kyiv Ledger"]));
    expect(ledger.items).toHaveLength(3);
    const january = await listClaims(db, filters({ from: "2025-01", to: "2025-01" }));
    expect(january.items.map((c) => c.asOf)).toEqual(["2025-01-28", "2025-01-20", "2025-01-15", "2025-01-15"]);
    const tanks = await listClaims(db, filters({ item: "tanks" }));
    expect(tanks.items.map((c) => [c.party, c.value])).toEqual([["RU", 12]]);
  });

  it("walks pages by cursor without losing or repeating a claim", async () => {
    const all = (await listClaims(db, filters({}))).items.map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(db, filters({}), { limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
    const streamed: string[] = [];
    for await (const c of iterateClaims(db, filters({}), 2)) streamed.push(c.id);
    expect(streamed).toEqual(all);
  });

  it("places undated claims last and pages through them too", async () => {
    const [undated] = await db.$queryRaw<{ id: string }[]>`
      UPDATE claim SET as_of = NULL, as_of_precision = NULL
      WHERE id = (SELECT id FROM claim WHERE metric = 'wounded') RETURNING id::text AS id`;
    try {
      const one = await listClaims(db, filters({}), { limit: fixtureClaims().length - 1 });
      const rest = await listClaims(db, filters({}), { cursor: one.nextCursor });
      expect(rest.items.map((c) => c.id)).toEqual([undated?.id]);
      expect(rest.items[0]?.asOf).toBeNull();
    } finally {
      await db.$executeRaw`UPDATE claim SET as_of = '2024-12-19', as_of_precision = 'day' WHERE id = ${undated?.id}::uuid`;
    }
  });

  it("refuses a cursor it did not write", async () => {
    for (const cursor of ["nope", Buffer.from('["2025-02-31","00000000-0000-0000-0000-000000000000"]').toString("base64url"), Buffer.from("[1,2]").toString("base64url")]) {
      await expect(listClaims(db, filters({}), { cursor })).rejects.toBeInstanceOf(BadCursorError);
    }
  });
});

describe("getSeries", () => {
  it("buckets by month in SQL, one point per source country, without echoes", async () => {
    const points = await getSeries(db, { metric: "killed", party: "KP", by: "sourceParty", bucket: "month" });
    expect(points).toEqual([
      { t: "2024-12-01", key: "KR", value: 100, low: 100, high: 100, claims: 1 },
      { t: "2025-01-01", key: "UA", value: 300, low: 300, high: 300, claims: 1 },
      { t: "2025-01-01", key: null, value: 300, low: 200, high: 400, claims: 1 },
    ]);
  });

  it("groups by outlet and by party, and honours the date range", async () => {
    const byOutlet = await getSeries(db, { metric: "killed", by: "outlet", bucket: "month", from: "2025-01-01" });
    expect(byOutlet.map((p) => [p.t, p.key, p.value])).toEqual([
      ["2025-01-01", "Kyiv Ledger", 300],
      ["2025-01-01", "Seoul Wire", 300],
    ]);
    const byParty = await getSeries(db, { metric: "casualties", by: "party", bucket: "week" });
    // 2025-01-20 is a Monday, the first day of its ISO week.
    expect(byParty).toEqual([{ t: "2025-01-20", key: "UA", value: 76550, low: 76550, high: 76550, claims: 1 }]);
  });
});

describe("getSeries grouping", () => {
  it("groups equipment by item, and sources across parties when no party is given", async () => {
    expect(await getSeries(db, { metric: "equipment_lost", by: "item", bucket: "month" })).toEqual([
      { t: "2025-01-01", key: "tanks", value: 12, low: 12, high: 12, claims: 1 },
    ]);
    // One item: the inner step still groups by item (the key), by outlet and by source country too.
    const tanks = { t: "2025-01-01", value: 12, low: 12, high: 12, claims: 1 };
    expect(await getSeries(db, { metric: "equipment_lost", party: "RU", item: "tanks", by: "item", bucket: "month" })).toEqual([{ ...tanks, key: "tanks" }]);
    expect(await getSeries(db, { metric: "equipment_lost", party: "RU", item: "tanks", by: "outlet", bucket: "month" })).toEqual([{ ...tanks, key: "Kyiv Ledger" }]);
    expect(await getSeries(db, { metric: "equipment_lost", item: "tanks", by: "sourceParty", bucket: "month" })).toEqual([{ ...tanks, key: null }]);
    expect(await getSeries(db, { metric: "equipment_lost", party: "RU", item: "drones", by: "item", bucket: "month" })).toEqual([]);
    // Without a party the inner step also groups by party; the outer one folds that away.
    const all = await getSeries(db, { metric: "killed", by: "sourceParty", bucket: "month" });
    expect(all).toEqual([
      { t: "2024-12-01", key: "KR", value: 100, low: 100, high: 100, claims: 1 },
      { t: "2025-01-01", key: "UA", value: 300, low: 300, high: 300, claims: 1 },
      { t: "2025-01-01", key: null, value: 300, low: 200, high: 400, claims: 1 },
    ]);
  });
});

describe("headlineFigures", () => {
  const row = (x: Awaited<ReturnType<typeof headlineFigures>>[number]) => [x.party, x.metric, x.claim.value, x.claim.asOf, x.claim.attributedTo];

  it("gives each party's latest figure for each personnel metric, echoes left out", async () => {
    const h = await headlineFigures(db);
    expect(h.map(row)).toEqual([
      ["KP", "killed", 300, "2025-01-28", "Western officials"],
      ["KP", "wounded", 1000, "2024-12-19", "South Korea's spy agency"],
      ["UA", "casualties", 76550, "2025-01-20", "the Russian defence ministry"],
    ]);
  });

  it("honours the filters: the latest figure a source country, an outlet or a period gave", async () => {
    // Ukraine's sources last spoke of North Korea's dead on 15 January; the Western estimate after it has no country.
    expect((await headlineFigures(db, { sourceParty: "UA" })).map(row)).toEqual([["KP", "killed", 300, "2025-01-15", "Ukraine's military intelligence"]]);
    expect((await headlineFigures(db, { sourceParty: "KR" })).map(row)).toEqual([
      ["KP", "killed", 100, "2024-12-19", "South Korea's spy agency"],
      ["KP", "wounded", 1000, "2024-12-19", "South Korea's spy agency"],
    ]);
    expect((await headlineFigures(db, { outlet: "kyiv ledger" })).map(row)).toEqual([["KP", "killed", 300, "2025-01-15", "Ukraine's military intelligence"]]);
    expect((await headlineFigures(db, { to: "2025-01-20" })).map(row)).toEqual([
      ["KP", "killed", 300, "2025-01-15", "Ukraine's military intelligence"],
      ["KP", "wounded", 1000, "2024-12-19", "South Korea's spy agency"],
      ["UA", "casualties", 76550, "2025-01-20", "the Russian defence ministry"],
    ]);
    expect((await headlineFigures(db, { from: "2025-02-01" })).map(row)).toEqual([]);
    expect((await headlineFigures(db, { party: "UA" })).map(row)).toEqual([["UA", "casualties", 76550, "2025-01-20", "the Russian defence ministry"]]);
    expect((await headlineFigures(db, { party: "RU" })).map(row)).toEqual([]);
  });

  it("gives the chosen metric alone, whichever it is, but no equipment figure of any item", async () => {
    expect((await headlineFigures(db, { metric: "wounded" })).map(row)).toEqual([["KP", "wounded", 1000, "2024-12-19", "South Korea's spy agency"]]);
    expect((await headlineFigures(db, { metric: "troops_deployed" })).map(row)).toEqual([["KP", "troops_deployed", 11000, "2024-12", "South Korea's spy agency"]]);
    // In the vocabulary's order (troops first).
    expect((await headlineFigures(db, { metrics: ["killed", "troops_deployed"] })).map((h) => h.metric)).toEqual(["troops_deployed", "killed"]);
    expect(await headlineFigures(db, { metric: "equipment_lost" })).toEqual([]);
  });
});

describe("equipmentLosses", () => {
  const row = (x: Awaited<ReturnType<typeof equipmentLosses>>[number]) => [x.party, x.item, x.claim.value, x.claim.asOf, x.claims];

  it("gives the highest figure per item and party", async () => {
    expect((await equipmentLosses(db)).map(row)).toEqual([["RU", "tanks", 12, "2025-01-15", 1]]);
    expect(await equipmentLosses(db, { party: "UA" })).toEqual([]);
  });

  it("finds the highest figure however many lower ones came after it, the latest of equals, echoes and claims of no side left out", async () => {
    // Added to the fixture's articles for this test only (ordinals from 100 up), removed after.
    await db.$executeRaw`
      INSERT INTO claim (id, article_id, ordinal, metric, party, item, value, qualifier, low, high, attributed_to, source_party,
                         as_of, as_of_precision, sentence, start, "end", is_echo)
      SELECT gen_random_uuid(), x.article::uuid, 100 + x.n, 'equipment_lost', x.party, x.item::"Item", x.value, 'exact', x.value, x.value,
             x.who, x.sp, x.as_of::date, 'day', 'An equipment figure added by the test.', 0, 10, x.echo
      FROM (VALUES
        (${ids.hur}, 0, 'RU', 'tanks', 1020::float8, 'Ukraine''s General Staff', 'UA', '2024-11-01', false),
        (${ids.hur}, 1, 'RU', 'tanks', 1020, 'Ukraine''s General Staff', 'UA', '2024-12-01', false),
        (${ids.echo}, 2, 'RU', 'tanks', 5000, 'Ukraine''s General Staff', 'UA', '2025-02-10', true),
        (${ids.mod}, 3, 'UA', 'apc', 40, 'the Russian defence ministry', 'RU', '2025-01-20', false),
        (${ids.mod}, 4, NULL, 'drones', 90, 'the Russian defence ministry', 'RU', '2025-01-20', false)
      ) AS x(article, n, party, item, value, who, sp, as_of, echo)`;
    // 600 newer, lower tank figures: more than the 500 most recent claims the overview once read.
    await db.$executeRaw`
      INSERT INTO claim (id, article_id, ordinal, metric, party, item, value, qualifier, low, high, source_party,
                         as_of, as_of_precision, sentence, start, "end")
      SELECT gen_random_uuid(), ${ids.hur}::uuid, 200 + g, 'equipment_lost', 'RU', 'tanks', g, 'exact', g, g, 'UA',
             DATE '2025-02-01' + g, 'day', 'A newer, lower equipment figure added by the test.', 0, 10
      FROM generate_series(1, 600) g`;
    try {
      expect((await equipmentLosses(db)).map(row)).toEqual([
        ["RU", "tanks", 1020, "2024-12-01", 603],
        ["UA", "apc", 40, "2025-01-20", 1],
      ]);
      const best = (await equipmentLosses(db, { party: "RU" }))[0]?.claim;
      expect(best).toMatchObject({ attributedTo: "Ukraine's General Staff", outlet: "Kyiv Ledger", articleId: ids.hur, isEcho: false });
      expect((await equipmentLosses(db, { to: "2024-11-30" })).map(row)).toEqual([["RU", "tanks", 1020, "2024-11-01", 1]]);
      expect((await equipmentLosses(db, { sourceParty: "RU" })).map(row)).toEqual([["UA", "apc", 40, "2025-01-20", 1]]);
      expect((await equipmentLosses(db, { outlet: "Moscow Bulletin" })).map(row)).toEqual([["UA", "apc", 40, "2025-01-20", 1]]);
      expect((await equipmentLosses(db, { item: "apc" })).map(row)).toEqual([["UA", "apc", 40, "2025-01-20", 1]]);
    } finally {
      await db.$executeRaw`DELETE FROM claim WHERE ordinal >= 100`;
    }
  });
});

describe("disagreements", () => {
  it("sets sources side by side per month, the widest spread first", async () => {
    const d = await disagreements(db, { metric: "killed", party: "KP" });
    expect(d.periods.map((p) => [p.period, p.low, p.high, p.spread, p.sources])).toEqual([
      ["2025-01", 200, 400, 200, 2],
      ["2024-12", 100, 100, 0, 1],
    ]);
    const jan = d.periods[0];
    expect(jan?.figures.map((f) => [f.source, f.qualifier, f.low, f.high]).sort()).toEqual([
      ["ukraine's military intelligence", "approx", 300, 300],
      ["western officials", "range", 200, 400],
    ]);
    expect(d.sources.map((s) => s.key).sort()).toEqual(["south korea's spy agency", "ukraine's military intelligence", "western officials"]);
    expect(d.sources.find((s) => s.key === "ukraine's military intelligence")).toMatchObject({ sourceParty: "UA", outlet: "Kyiv Ledger" });
  });

  it("is empty for a party nobody reported on", async () => {
    expect((await disagreements(db, { metric: "killed", party: "US" })).periods).toEqual([]);
  });
});

describe("sentimentSeries", () => {
  it("averages article tone by outlet, leaving duplicates out", async () => {
    const s = await sentimentSeries(db, { by: "outlet", bucket: "month" });
    const jan = s.filter((p) => p.t === "2025-01-01");
    expect(jan.map((p) => [p.key, p.n])).toEqual([
      ["Kyiv Ledger", 1],
      ["Moscow Bulletin", 1],
      ["Seoul Wire", 1],
    ]);
    expect(s.find((p) => p.t === "2025-02-01")).toBeUndefined();
  });

  it("averages claim tone by source country", async () => {
    const s = await sentimentSeries(db, { by: "sourceParty", bucket: "month" });
    const kr = s.find((p) => p.key === "KR");
    expect(kr?.n).toBe(3);
    expect(kr?.score).toBeCloseTo((-0.1 - 0.6 - 0.5) / 3, 6);
  });
});

describe("articles", () => {
  it("lists newest first with claim counts, errors and duplicates, a page at a time", async () => {
    const first = await listArticles(db, { limit: 4 });
    const second = await listArticles(db, { limit: 4, cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    const keys = [...first.items, ...second.items].map((a) => a.id);
    expect(keys).toEqual(ARTICLES.map((a) => ids[a.key]).reverse());
    const failed = first.items.find((a) => a.status === "failed");
    expect(failed?.error).toEqual({ code: "http_error", message: "HTTP 404 from gone.example" });
    const echo = first.items.find((a) => a.id === ids.echo);
    expect(echo).toMatchObject({ duplicateOf: ids.hur, claimCount: 1, outlet: "Kyiv Ledger", publishedAt: "2025-02-10", error: null });
    expect(second.items.find((a) => a.id === ids.deploy)?.claimCount).toBe(3);
  });

  it("filters by status", async () => {
    const done = await listArticles(db, { status: "done" });
    expect(done.items).toHaveLength(5);
    expect((await listArticles(db, { status: "queued" })).items.map((a) => a.url)).toEqual(["https://wire.example/waiting"]);
  });

  it("gives one article with its text and claims in text order", async () => {
    const a = await getArticle(db, ids.deploy as string);
    expect(a?.title).toBe("North Korean units reach the front");
    expect(a?.claims.map((c) => c.metric)).toEqual(["troops_deployed", "killed", "wounded"]);
    for (const c of a?.claims ?? []) expect(a?.text?.slice(c.start, c.end)).toBe(c.sentence);
    expect(await getArticle(db, "00000000-0000-7000-8000-000000000000")).toBeNull();
    expect(await getArticle(db, "not-a-uuid")).toBeNull();
  });

  it("lists outlets by name", async () => {
    expect(await listOutlets(db)).toEqual(["Kyiv Ledger", "Moscow Bulletin", "Seoul Wire"]);
  });

  it("lists every party a claim counts, whatever the metric", async () => {
    // RU only through its tanks: equipment counts too.
    expect(await listParties(db)).toEqual(["KP", "RU", "UA"]);
  });
});

describe("database settings", () => {
  it("turns JIT compilation off, which cost the disagreements query over a second", async () => {
    const [row] = await db.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit`;
    expect(row?.jit).toBe("off");
  });

  it("prices random reads for data in memory, so that covering indexes win", async () => {
    const [row] = await db.$queryRaw<{ cost: string }[]>`SELECT current_setting('random_page_cost') AS cost`;
    expect(row?.cost).toBe("1.1");
  });
});
