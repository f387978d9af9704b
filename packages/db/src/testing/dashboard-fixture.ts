import { claimRow, toneColumns, type SeedClaim } from "./rows.js";

/**
 * What seeding needs of a client. Structural, so that both builds of the
 * client fit (tests in packages/db hold the source one, the web app's the dist one).
 */
interface Db {
  outlet: { create(args: { data: { name: string; host: string } }): PromiseLike<{ id: string }> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Prisma's nested create input, checked at run time by Prisma
  article: { create(args: { data: any }): PromiseLike<{ id: string }> };
}

/**
 * A small, hand-made world for the dashboard's tests (the queries' and the
 * API's): three outlets, six articles in every state, claims from several
 * sources that disagree, and one echo. The outlets are invented and the
 * figures merely plausible; what matters is that every expected answer in the
 * tests can be worked out by hand from this file.
 */

export const OUTLETS = { ledger: "Kyiv Ledger", wire: "Seoul Wire", bulletin: "Moscow Bulletin" } as const;

/** A claim of this world: the fields of `SeedClaim`, its date as written here and its tone named as the API names it. */
type FixtureClaim = Omit<SeedClaim, "asOf" | "tone"> & { asOf: string | null; sentiment?: number };

interface FixtureArticle {
  key: string;
  url: string;
  outlet: keyof typeof OUTLETS | null;
  status: "queued" | "fetching" | "extracting" | "done" | "failed";
  title: string | null;
  publishedAt: string | null;
  sentiment?: number;
  failure?: { code: string; message: string };
  duplicateOf?: string;
  text: string | null;
  claims: FixtureClaim[];
}

const NIS = "South Korea's spy agency";
const HUR = "Ukraine's military intelligence";
const MOD = "the Russian defence ministry";

export const ARTICLES: FixtureArticle[] = [
  {
    key: "deploy",
    url: "https://wire.example/nk-troops-arrive",
    outlet: "wire",
    status: "done",
    title: "North Korean units reach the front",
    publishedAt: "2024-12-20",
    sentiment: -0.3,
    text:
      "North Korean units reach the front.\n\nSouth Korea's spy agency says some 11,000 North Korean soldiers are now in Russia. " +
      "The agency believes at least 100 of them have been killed. It adds that about 1,000 more were wounded.",
    claims: [
      { metric: "troops_deployed", party: "KP", value: 11000, qualifier: "approx", low: 11000, high: 11000, attributedTo: NIS, sourceParty: "KR", asOf: "2024-12-01", asOfPrecision: "month", sentence: "South Korea's spy agency says some 11,000 North Korean soldiers are now in Russia.", sentiment: -0.1 },
      { metric: "killed", party: "KP", value: 100, qualifier: "at_least", low: 100, high: null, attributedTo: NIS, sourceParty: "KR", asOf: "2024-12-19", asOfPrecision: "day", sentence: "The agency believes at least 100 of them have been killed.", sentiment: -0.6 },
      { metric: "wounded", party: "KP", value: 1000, qualifier: "approx", low: 1000, high: 1000, attributedTo: NIS, sourceParty: "KR", asOf: "2024-12-19", asOfPrecision: "day", sentence: "It adds that about 1,000 more were wounded.", sentiment: -0.5 },
    ],
  },
  {
    key: "hur",
    url: "https://ledger.example/kursk-losses",
    outlet: "ledger",
    status: "done",
    title: "Losses mount in Kursk",
    publishedAt: "2025-01-15",
    sentiment: -0.5,
    text: "Losses mount in Kursk.\n\nUkraine's military intelligence puts North Korean dead at roughly 300. Russia has lost 12 tanks in the sector this week.",
    claims: [
      { metric: "killed", party: "KP", value: 300, qualifier: "approx", low: 300, high: 300, attributedTo: HUR, sourceParty: "UA", asOf: "2025-01-15", asOfPrecision: "day", sentence: "Ukraine's military intelligence puts North Korean dead at roughly 300.", sentiment: -0.7 },
      { metric: "equipment_lost", party: "RU", item: "tanks", value: 12, qualifier: "exact", low: 12, high: 12, attributedTo: null, sourceParty: null, asOf: "2025-01-15", asOfPrecision: "day", sentence: "Russia has lost 12 tanks in the sector this week.", sentiment: -0.2 },
    ],
  },
  {
    key: "mod",
    url: "https://bulletin.example/ministry-update",
    outlet: "bulletin",
    status: "done",
    title: "Ministry update",
    publishedAt: "2025-01-20",
    sentiment: 0.2,
    text: "Ministry update.\n\nThe Russian defence ministry said Ukraine had lost more than 76,550 personnel in Kursk.",
    claims: [
      { metric: "casualties", party: "UA", value: 76550, qualifier: "at_least", low: 76550, high: null, attributedTo: MOD, sourceParty: "RU", asOf: "2025-01-20", asOfPrecision: "day", sentence: "The Russian defence ministry said Ukraine had lost more than 76,550 personnel in Kursk.", sentiment: 0.1 },
    ],
  },
  {
    key: "western",
    url: "https://wire.example/western-estimate",
    outlet: "wire",
    status: "done",
    title: "A wider estimate",
    publishedAt: "2025-01-28",
    sentiment: -0.4,
    text: "A wider estimate.\n\nWestern officials estimate that between 200 and 400 North Korean soldiers have died.",
    claims: [
      { metric: "killed", party: "KP", value: 300, qualifier: "range", low: 200, high: 400, attributedTo: "Western officials", sourceParty: null, asOf: "2025-01-28", asOfPrecision: "day", sentence: "Western officials estimate that between 200 and 400 North Korean soldiers have died.", sentiment: -0.6 },
    ],
  },
  {
    key: "echo",
    url: "https://ledger.example/kursk-losses-reprint",
    outlet: "ledger",
    status: "done",
    title: "Losses mount in Kursk (reprint)",
    publishedAt: "2025-02-10",
    sentiment: -0.5,
    duplicateOf: "hur",
    text: "Ukraine's military intelligence puts North Korean dead at roughly 300.",
    claims: [
      { metric: "killed", party: "KP", value: 300, qualifier: "approx", low: 300, high: 300, attributedTo: HUR, sourceParty: "UA", asOf: "2025-02-10", asOfPrecision: "day", sentence: "Ukraine's military intelligence puts North Korean dead at roughly 300.", isEcho: true },
    ],
  },
  {
    key: "failed",
    url: "https://gone.example/missing-page",
    outlet: null,
    status: "failed",
    title: null,
    publishedAt: null,
    failure: { code: "http_error", message: "HTTP 404 from gone.example" },
    text: null,
    claims: [],
  },
  {
    key: "queued",
    url: "https://wire.example/waiting",
    outlet: null,
    status: "queued",
    title: null,
    publishedAt: null,
    text: null,
    claims: [],
  },
];

/** Every claim of the fixture with its article key, in fixture order. */
export function fixtureClaims(): (FixtureClaim & { article: string })[] {
  return ARTICLES.flatMap((a) => a.claims.map((c) => ({ ...c, article: a.key })));
}

/**
 * Writes the fixture into an empty database. Articles are created one after
 * another, a millisecond apart, so "newest first" is the reverse of ARTICLES.
 * Returns the article ids by key.
 */
export async function seedDashboard(db: Db): Promise<Record<string, string>> {
  const outletIds: Record<string, string> = {};
  for (const [key, name] of Object.entries(OUTLETS)) {
    outletIds[key] = (await db.outlet.create({ data: { name, host: `${key}.example` } })).id;
  }
  const ids: Record<string, string> = {};
  const base = Date.parse("2026-01-01T00:00:00.000Z");
  for (const [i, a] of ARTICLES.entries()) {
    const created = await db.article.create({
      data: {
        url: a.url,
        inputUrl: a.url,
        status: a.status,
        title: a.title,
        outletId: a.outlet ? outletIds[a.outlet] : null,
        publishedAt: a.publishedAt ? new Date(`${a.publishedAt}T00:00:00Z`) : null,
        text: a.text,
        wordCount: a.text ? a.text.split(/\s+/).length : null,
        ...toneColumns(a.sentiment),
        failureCode: a.failure?.code ?? null,
        failureMessage: a.failure?.message ?? null,
        attempts: a.failure ? 5 : a.status === "queued" ? 0 : 1,
        duplicateOfId: a.duplicateOf ? ids[a.duplicateOf] : null,
        createdAt: new Date(base + i * 1000),
        claims: {
          create: a.claims.map((c, ordinal) =>
            claimRow({ ...c, asOf: c.asOf ? new Date(`${c.asOf}T00:00:00Z`) : null, tone: c.sentiment }, a.text, ordinal, a.key),
          ),
        },
      },
    });
    ids[a.key] = created.id;
  }
  return ids;
}
