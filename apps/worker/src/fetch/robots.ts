import { performance } from "node:perf_hooks";
import robotsParserModule from "robots-parser";
import type { FetchFailure } from "./failures.js";

/**
 * robots.txt, fetched once per origin (scheme, host, port: the scope RFC 9309
 * gives a robots.txt) and kept for a while.
 *
 * When robots.txt cannot be had we allow: a 4xx means "no rules" (RFC 9309
 * §2.3.1.3). For a 5xx, a timeout or a network error the RFC suggests
 * assuming a full disallow; we deliberately allow instead, because Tally
 * fetches single pages a person asked for, not a crawl, and failing their
 * article because the publisher's robots.txt hiccuped would be the worse
 * error. That answer is kept only briefly, so the real rules are read soon.
 * A refused address is not "unavailable": it is passed on, so the page
 * fails with `address_refused` rather than being tried anyway.
 *
 * Crawl-delay (not in RFC 9309, but widely written) is honoured as the least
 * gap between our requests to the host, capped at MAX_CRAWL_DELAY_MS: a
 * robots.txt asking for an hour would otherwise hold a worker's job slots
 * for an hour per page.
 */

/** What loading one origin's robots.txt gave. */
export type RobotsLoad =
  | { kind: "rules"; text: string } // a 2xx answer
  | { kind: "none"; temporary: boolean } // no usable file: allow everything
  | { kind: "refused"; failure: FetchFailure } // the origin's address is refused
  | { kind: "postponed"; failure: FetchFailure }; // not asked, for a reason of ours (the shared schedule is away): nothing learnt, nothing kept

/** `crawlDelayMs` is present when the file's group for our token (or `*`) sets a Crawl-delay. */
export type RobotsDecision = { ok: true; allowed: boolean; crawlDelayMs?: number } | FetchFailure;

/** The longest Crawl-delay honoured. Longer ones are read as this: still slow, never a stalled worker. */
export const MAX_CRAWL_DELAY_MS = 30_000;

interface Rules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  /** Seconds, as written (any number, even negative); undefined when unset. */
  getCrawlDelay(ua?: string): number | undefined;
}

/** A Crawl-delay in seconds as milliseconds within (0, MAX_CRAWL_DELAY_MS]; nothing for zero, negative or unreadable. */
function crawlDelayMs(seconds: number | undefined): number | undefined {
  if (seconds === undefined || !(seconds > 0)) return undefined;
  return Math.min(Math.ceil(seconds * 1000), MAX_CRAWL_DELAY_MS);
}

// robots-parser is CommonJS (`module.exports = function`) with a d.ts that
// NodeNext reads as a namespace; the default import is the function at run time.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Rules;

interface Entry {
  expires: number;
  rules: Promise<Rules | null | FetchFailure>; // null: allow all
}

/**
 * Lasting answers shared with other processes (see robots-redis.ts): an
 * origin's rules (`text`), or `null` for "no file". Both calls may fail or
 * answer nothing; the cache then reads the file itself.
 */
export interface SharedRobots {
  get(origin: string): Promise<{ text: string | null; ttlMs: number } | null>;
  set(origin: string, text: string | null, ttlMs: number): Promise<void>;
}

export interface RobotsOptions {
  /** The product token matched against User-agent lines ("TallyBot"), not the whole User-Agent header. */
  token: string;
  /** How long rules (or a 4xx "no rules") are trusted. */
  ttlMs: number;
  /** How long an "unavailable, so allow" answer is kept. */
  retryMs: number;
  /** Loads `${origin}/robots.txt`. */
  load: (origin: string) => Promise<RobotsLoad>;
  /** Where other processes' answers are found and this one's are left; none: each process reads every file. */
  shared?: SharedRobots;
}

/** Bounds memory when a worker meets very many sites; the oldest entries go first. */
const MAX_ORIGINS = 10_000;

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: RobotsOptions) {}

  /** Whether robots.txt lets our token fetch `url`, and its Crawl-delay; loads the origin's file at most once per TTL. */
  async check(url: URL): Promise<RobotsDecision> {
    const rules = await this.rulesFor(url.origin);
    if (rules === null) return { ok: true, allowed: true };
    if ("ok" in rules) return rules;
    // undefined means "not this file's origin", which cannot happen here; allow.
    const allowed = rules.isAllowed(url.href, this.options.token) !== false;
    const delay = crawlDelayMs(rules.getCrawlDelay(this.options.token));
    return delay === undefined ? { ok: true, allowed } : { ok: true, allowed, crawlDelayMs: delay };
  }

  /**
   * Another process's lasting answer for `origin` if there is one (kept here
   * for as long as it has left there), else the file read by this process,
   * whose lasting answer is then offered to the others.
   */
  private async loadShared(origin: string, entry: Entry): Promise<RobotsLoad> {
    const { shared, ttlMs } = this.options;
    const found = shared ? await shared.get(origin).catch(() => null) : null;
    if (found) {
      entry.expires = performance.now() + Math.min(found.ttlMs, ttlMs);
      return found.text === null ? { kind: "none", temporary: false } : { kind: "rules", text: found.text };
    }
    const load = await this.options.load(origin);
    if (shared && (load.kind === "rules" || (load.kind === "none" && !load.temporary))) {
      await shared.set(origin, load.kind === "rules" ? load.text : null, ttlMs).catch(() => {});
    }
    return load;
  }

  private rulesFor(origin: string): Promise<Rules | null | FetchFailure> {
    const now = performance.now();
    const cached = this.entries.get(origin);
    if (cached && cached.expires > now) return cached.rules;
    // Concurrent checks for one origin share a single load: the promise is cached, not its result.
    const entry: Entry = { expires: now + this.options.ttlMs, rules: Promise.resolve(null) };
    entry.rules = this.loadShared(origin, entry).then((load) => {
      if (load.kind === "rules") return robotsParser(`${origin}/robots.txt`, load.text);
      if (load.kind === "none") {
        if (load.temporary) entry.expires = performance.now() + this.options.retryMs;
        return null;
      }
      // A refused address may be allowed after a config change; a postponed load is asked again at once.
      entry.expires = load.kind === "refused" ? performance.now() + this.options.retryMs : 0;
      return load.failure;
    });
    this.entries.delete(origin);
    this.entries.set(origin, entry);
    if (this.entries.size > MAX_ORIGINS) this.entries.delete(this.entries.keys().next().value!);
    return entry.rules;
  }
}
