/**
 * A small dashboard world for the browser test (and for looking at the pages
 * by hand): six articles written for this test, both sides' tallies, North
 * Korea's deployment, equipment, plus one failed and one queued URL. Written
 * straight through the Prisma client, since the pipeline is not under test.
 */
import type { Db } from "@tally/db";
import { claimRow, toneColumns } from "@tally/db/testing";

interface ClaimSeed {
  sentence: string;
  metric: string;
  party: string | null;
  item?: string;
  value: number;
  qualifier: "exact" | "approx" | "at_least" | "at_most" | "range";
  low?: number | null;
  high?: number | null;
  attributedTo: string | null;
  sourceParty: string | null;
  asOf: string;
  tone?: number;
}

interface ArticleSeed {
  url: string;
  title: string;
  outlet: string;
  publishedAt: string;
  tone: number;
  claims: ClaimSeed[];
  /** Sentences that carry no figure, to make the text read like an article. */
  filler: string[];
}

/** The articles; sentences are the test's own. */
export const ARTICLES: ArticleSeed[] = [
  {
    url: "https://harbour-ledger.test/kursk-tally",
    title: "Kyiv and Seoul count the cost in Kursk",
    outlet: "Harbour Ledger",
    publishedAt: "2025-01-20",
    tone: -0.42,
    filler: ["Fighting in the Kursk salient continued through the weekend.", "Neither figure could be verified independently."],
    claims: [
      {
        sentence: "Ukraine's General Staff said Russia has lost more than 76,550 military personnel in the Kursk direction since August.",
        metric: "casualties", party: "RU", value: 76550, qualifier: "at_least", low: 76550, high: null,
        attributedTo: "Ukraine's General Staff", sourceParty: "UA", asOf: "2025-01-20", tone: -0.5,
      },
      {
        sentence: "The same update listed 1,020 tanks destroyed.",
        metric: "equipment_lost", party: "RU", item: "tanks", value: 1020, qualifier: "exact",
        attributedTo: "Ukraine's General Staff", sourceParty: "UA", asOf: "2025-01-20", tone: -0.3,
      },
      {
        sentence: "Seoul's intelligence service estimated that about 300 North Korean soldiers had been killed.",
        metric: "killed", party: "KP", value: 300, qualifier: "approx",
        attributedTo: "South Korea's National Intelligence Service", sourceParty: "KR", asOf: "2025-01-19", tone: -0.6,
      },
      {
        sentence: "Another 2,700 were wounded, the agency added.",
        metric: "wounded", party: "KP", value: 2700, qualifier: "exact",
        attributedTo: "South Korea's National Intelligence Service", sourceParty: "KR", asOf: "2025-01-19", tone: -0.4,
      },
    ],
  },
  {
    url: "https://northern-wire.test/contingent",
    title: "Pyongyang's contingent reaches the front",
    outlet: "Northern Wire",
    publishedAt: "2024-11-05",
    tone: -0.15,
    filler: ["The troops arrived by rail over several weeks.", "Moscow has not confirmed their presence."],
    claims: [
      {
        sentence: "Between 10,000 and 12,000 North Korean troops have been deployed to Russia's Kursk region, according to US officials.",
        metric: "troops_deployed", party: "KP", value: 11000, qualifier: "range", low: 10000, high: 12000,
        attributedTo: "US officials", sourceParty: "US", asOf: "2024-11-05", tone: -0.1,
      },
      {
        sentence: "Ukrainian military intelligence put the number at roughly 11,000.",
        metric: "troops_deployed", party: "KP", value: 11000, qualifier: "approx",
        attributedTo: "Ukrainian military intelligence", sourceParty: "UA", asOf: "2024-11-04", tone: 0,
      },
    ],
  },
  {
    url: "https://harbour-ledger.test/moscow-count",
    title: "Moscow publishes its own figures",
    outlet: "Harbour Ledger",
    publishedAt: "2024-12-10",
    tone: -0.3,
    filler: ["The ministry gave no breakdown by unit.", "Kyiv dismissed the numbers as inflated."],
    claims: [
      {
        sentence: "Russia's defence ministry claimed Ukraine had lost up to 38,000 troops in the Kursk region.",
        metric: "casualties", party: "UA", value: 38000, qualifier: "at_most", low: null, high: 38000,
        attributedTo: "Russia's defence ministry", sourceParty: "RU", asOf: "2024-12-10", tone: -0.45,
      },
      {
        sentence: "It said 250 armoured vehicles had been destroyed.",
        metric: "equipment_lost", party: "UA", item: "afv", value: 250, qualifier: "exact",
        attributedTo: "Russia's defence ministry", sourceParty: "RU", asOf: "2024-12-10", tone: -0.35,
      },
      {
        sentence: "The ministry also counted 150 tanks among the losses.",
        metric: "equipment_lost", party: "UA", item: "tanks", value: 150, qualifier: "exact",
        attributedTo: "Russia's defence ministry", sourceParty: "RU", asOf: "2024-12-10", tone: -0.2,
      },
    ],
  },
  {
    url: "https://coastal-times.test/spring-estimates",
    title: "Spring estimates of the North Korean toll",
    outlet: "Coastal Times",
    publishedAt: "2025-03-15",
    tone: -0.5,
    filler: ["Analysts cautioned that battlefield counts lag by weeks."],
    claims: [
      {
        sentence: "By March, Ukrainian estimates put North Korean casualties at 4,000.",
        metric: "casualties", party: "KP", value: 4000, qualifier: "exact",
        attributedTo: "Ukrainian estimates", sourceParty: "UA", asOf: "2025-03", tone: -0.3,
      },
      {
        sentence: "Western officials estimated some 1,000 North Koreans had been killed.",
        metric: "killed", party: "KP", value: 1000, qualifier: "approx",
        attributedTo: "Western officials", sourceParty: null, asOf: "2025-03-15", tone: -0.55,
      },
      {
        sentence: "Kyiv said its forces had captured 2 North Korean soldiers.",
        metric: "captured", party: "KP", value: 2, qualifier: "exact",
        attributedTo: "Kyiv", sourceParty: "UA", asOf: "2025-01-11", tone: 0.1,
      },
    ],
  },
  {
    url: "https://northern-wire.test/daily-ledger",
    title: "The daily ledger of the war",
    outlet: "Northern Wire",
    publishedAt: "2025-02-10",
    tone: -0.25,
    filler: ["Both capitals publish tallies every morning."],
    claims: [
      {
        sentence: "Ukraine's General Staff reported that Russia had lost over 850,000 personnel since February 2022.",
        metric: "casualties", party: "RU", value: 850000, qualifier: "at_least", low: 850000, high: null,
        attributedTo: "Ukraine's General Staff", sourceParty: "UA", asOf: "2025-02-10", tone: -0.4,
      },
      {
        sentence: "Russia's defence ministry said Ukraine lost 1,200 soldiers in the past day.",
        metric: "casualties", party: "UA", value: 1200, qualifier: "exact",
        attributedTo: "Russia's defence ministry", sourceParty: "RU", asOf: "2025-02-09", tone: -0.3,
      },
    ],
  },
  {
    url: "https://coastal-times.test/kyiv-count",
    title: "Kyiv's count differs from Seoul's",
    outlet: "Coastal Times",
    publishedAt: "2025-01-22",
    tone: -0.35,
    filler: ["Seoul has not commented on the higher figure."],
    claims: [
      {
        sentence: "Ukraine's military intelligence said at least 1,000 North Korean soldiers had been killed by mid-January.",
        metric: "killed", party: "KP", value: 1000, qualifier: "at_least", low: 1000, high: null,
        attributedTo: "Ukraine's military intelligence", sourceParty: "UA", asOf: "2025-01-15", tone: -0.5,
      },
    ],
  },
];

/** A sentence the test looks for on /claims. */
export const SENTENCE_TO_FIND = "Seoul's intelligence service estimated that about 300 North Korean soldiers had been killed.";

function day(d: string): Date {
  return new Date(`${d.length === 7 ? `${d}-01` : d}T00:00:00Z`);
}

/** Writes the articles, their claims, one failed and one queued URL. Returns the articles' ids by URL. */
export async function seedDashboard(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of ARTICLES) {
    const parts = [a.title, "", ...a.claims.flatMap((c, i) => [c.sentence, a.filler[i] ?? ""])].filter((s, i) => i === 1 || s !== "");
    const text = parts.join("\n").replace(/\n\n+/g, "\n\n");
    const outlet = await db.outlet.upsert({ where: { name: a.outlet }, create: { name: a.outlet, host: new URL(a.url).host }, update: {} });
    const article = await db.article.create({
      data: {
        url: a.url,
        inputUrl: a.url,
        status: "done",
        title: a.title,
        outletId: outlet.id,
        publishedAt: day(a.publishedAt),
        language: "en",
        wordCount: text.split(/\s+/).length,
        text,
        ...toneColumns(a.tone),
        fetchedAt: new Date(),
        claims: {
          create: a.claims.map((c, ordinal) =>
            claimRow(
              {
                ...c,
                low: c.low === undefined ? c.value : c.low,
                high: c.high === undefined ? c.value : c.high,
                asOf: day(c.asOf),
                asOfPrecision: c.asOf.length === 7 ? "month" : "day",
              },
              text,
              ordinal,
              a.url,
            ),
          ),
        },
      },
    });
    ids.set(a.url, article.id);
  }
  await db.article.create({
    data: {
      url: "https://gone.test/missing-page",
      inputUrl: "https://gone.test/missing-page",
      status: "failed",
      failureCode: "http_status",
      failureMessage: "the server answered 404 Not Found",
      attempts: 3,
    },
  });
  return ids;
}
