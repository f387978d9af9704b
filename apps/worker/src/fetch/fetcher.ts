import { validateUrl } from "@tally/core";
import { Agent, type Dispatcher } from "undici";
import { setImmediate as nextTurn } from "node:timers/promises";
import { cachedResolve, checkLiteralHost, guardedLookup, systemResolve, type AddressPolicy, type Resolve } from "./address-guard.js";
import { ACCEPT_ENCODING, discard, readBody } from "./body.js";
import { fail, httpStatusText, networkFailure, type FetchFailure } from "./failures.js";
import { InProcessHostScheduler, type HostScheduler } from "./politeness.js";
import { HostScheduleUnavailableError } from "./politeness-redis.js";
import { parseRetryAfter } from "./retry-after.js";
import { RobotsCache, type RobotsLoad, type SharedRobots } from "./robots.js";

/** A page as fetched: bytes and their declared type. Decoding the charset is core's `decodePage`. */
export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The Content-Type header as sent (with its charset parameter), "" when absent. */
  contentType: string;
  /** The body, decompressed. */
  body: Uint8Array;
  fetchedAt: Date;
}

/** A page, or why not; a core `Result` whose failures also say whether retrying can help. */
export type FetchResult = { ok: true; value: FetchedPage } | FetchFailure;

export interface FetcherConfig {
  /** Limit for one page from the first request to the last byte, redirects included (FETCH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Largest page kept, counted after decompression (FETCH_MAX_BYTES). */
  maxBytes: number;
  /** Reach loopback and private addresses (TALLY_FETCH_ALLOW_PRIVATE=1). */
  allowPrivate: boolean;
  /** Sent with every request, robots.txt included. Defaults to DEFAULT_USER_AGENT. */
  userAgent?: string;
  /**
   * Least gap between two requests to one host; 0 turns our own spacing off.
   * A longer Crawl-delay in the host's robots.txt wins (up to MAX_CRAWL_DELAY_MS). Default 1000.
   */
  perHostIntervalMs?: number;
  /**
   * Where each host's next free slot is kept. Default: in this process. The
   * worker passes a RedisHostScheduler so that all its processes share one schedule.
   */
  hostScheduler?: HostScheduler;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** How long a site's robots.txt is trusted. Default one hour. */
  robotsTtlMs?: number;
  /** robots.txt answers shared with other processes (the worker passes a RedisRobotsStore). Default: none. */
  sharedRobots?: SharedRobots;
  /** Name resolution; tests map made-up names to loopback addresses. Default: the system resolver. */
  lookup?: Resolve;
  /**
   * How long a host name's addresses are reused for new connections (see
   * cachedResolve; every connection's addresses are still checked). Default 30 s; 0 resolves every time.
   */
  dnsCacheMs?: number;
  /** Exact addresses reachable although private (a known internal host; a test's stand-in for a public host). */
  allowAddresses?: readonly string[];
}

export interface Fetcher {
  /** Fetches one page. Never throws for what the network or the server does; those are failures. */
  fetchPage(url: string): Promise<FetchResult>;
  /** Closes idle connections. */
  close(): Promise<void>;
}

/** An honest User-Agent: who we are and where to read about us. */
export const DEFAULT_USER_AGENT = "TallyBot/0.1 (+https://github.com/tally; war-reporting figures tracker)";

/** Content types worth extracting. Anything else (PDF, images, JSON) fails before its body is read. */
const PAGE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Google's limit for robots.txt; rules past it are ignored, not a reason to fail. */
const ROBOTS_MAX_BYTES = 500 * 1024;
/** robots.txt is small; a site slow to serve it should not hold a page longer than this. */
const ROBOTS_TIMEOUT_MS = 10_000;
/** How long "robots.txt unavailable, so allowed" is kept before asking again. */
const ROBOTS_RETRY_MS = 60_000;
/** How long a name's resolution is reused by default (the system resolver gives no TTL). */
const DNS_CACHE_MS = 30_000;
/** A redirect's body is read (to reuse the connection) only up to this; anything longer is dropped. */
const REDIRECT_BODY_MAX = 64 * 1024;

const header = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * An abort timer started lazily: time spent waiting for our own politeness
 * slot before the first request is not the server's slowness, so the clock
 * starts when the first request goes out.
 */
class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly ms: number) {}
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  start(): void {
    this.timer ??= setTimeout(() => this.controller.abort(new Error(`deadline of ${this.ms} ms passed`)), this.ms);
  }
  clear(): void {
    clearTimeout(this.timer);
  }
}

/** Rejects when `signal` aborts, whatever `work` is doing (it keeps running; its result is dropped). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The failure for a final status that is not 2xx. */
function statusFailure(status: number, headers: Dispatcher.ResponseData["headers"]): FetchFailure {
  const text = httpStatusText(status);
  const retryAfterMs = parseRetryAfter(headers["retry-after"]);
  const wait = retryAfterMs === undefined ? "" : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
  if (status === 429) return fail("rate_limited", text + wait, { retryAfterMs });
  if (status >= 500) return fail("server_error", text + wait, { retryAfterMs });
  // 4xx, and 3xx that are not followable redirects (300, 304, or no Location).
  return fail("http_error", text);
}

/** Creates a fetcher with its own connection pool, robots.txt cache and per-host schedule. */
export function createFetcher(config: FetcherConfig): Fetcher {
  const { timeoutMs, maxBytes } = config;
  const maxRedirects = config.maxRedirects ?? 5;
  const userAgent = config.userAgent ?? DEFAULT_USER_AGENT;
  const policy: AddressPolicy = {
    allowPrivate: config.allowPrivate,
    allowAddresses: new Set((config.allowAddresses ?? []).map((a) => a.replace(/^\[|\]$/g, "").toLowerCase())),
  };
  const agent = new Agent({
    // Every connection resolves its host through the guard (see address-guard.ts).
    connect: { timeout: timeoutMs, lookup: guardedLookup(cachedResolve(config.lookup ?? systemResolve, config.dnsCacheMs ?? DNS_CACHE_MS), policy) },
    // Per-phase limits give precise messages; the Deadline bounds the sum,
    // which is what stops a server that drips a byte at a time.
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const scheduler = config.hostScheduler ?? new InProcessHostScheduler();
  const perHostIntervalMs = config.perHostIntervalMs ?? 1000;
  const requestHeaders = {
    "user-agent": userAgent,
    accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
    "accept-encoding": ACCEPT_ENCODING,
  };

  type Hop = { ok: true; url: URL; res: Dispatcher.ResponseData } | FetchFailure;

  /**
   * GETs `start`, following redirects. Every hop is checked like the first:
   * URL rules, IP-literal hosts (names are checked in the lookup), robots.txt
   * for pages, politeness. Throws network errors; `onHop` tracks the host for
   * their messages.
   */
  async function follow(start: URL, deadline: Deadline, obeyRobots: boolean, onHop: (host: string) => void): Promise<Hop> {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      onHop(url.host);
      const literal = checkLiteralHost(url.hostname, policy);
      if (literal) return fail("address_refused", literal);
      let intervalMs = perHostIntervalMs;
      if (obeyRobots) {
        const decision = redirects === 0 ? await robots.check(url) : await abortable(robots.check(url), deadline.signal);
        if (!decision.ok) return decision;
        if (!decision.allowed) return fail("robots_disallowed", `robots.txt of ${url.host} disallows ${url.pathname}${url.search}`);
        intervalMs = Math.max(intervalMs, decision.crawlDelayMs ?? 0);
      }
      await scheduler.wait(url.hostname, intervalMs, redirects === 0 ? undefined : deadline.signal);
      deadline.start();
      const res = await agent.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: "GET",
        headers: requestHeaders,
        signal: deadline.signal,
      });
      const location = header(res.headers.location);
      if (!REDIRECT_STATUSES.has(res.statusCode) || location === undefined) return { ok: true, url, res };
      res.body.dump({ limit: REDIRECT_BODY_MAX }).catch(() => {});
      if (redirects >= maxRedirects) {
        return fail("too_many_redirects", `more than ${maxRedirects} redirects (the last, from ${url.href}, to ${location})`);
      }
      const next = validateUrl(URL.canParse(location, url.href) ? new URL(location, url).href : location);
      if (!next.ok) return fail("invalid_url", `redirected from ${url.href} to ${location}: ${next.message}`);
      next.value.hash = "";
      url = next.value;
    }
  }

  async function loadRobots(origin: string): Promise<RobotsLoad> {
    const deadline = new Deadline(Math.min(timeoutMs, ROBOTS_TIMEOUT_MS));
    const originHost = new URL(origin).host;
    let host = originHost;
    // A refused address fails the page only when it is the page's own host's;
    // a robots.txt that redirects somewhere refused is simply a file we will
    // not read (no rules), and the page itself is checked on its own request.
    const unreadable = (failure: FetchFailure): RobotsLoad =>
      failure.reason !== "address_refused" ? { kind: "none", temporary: true } : host === originHost ? { kind: "refused", failure } : { kind: "none", temporary: false };
    try {
      const hop = await follow(new URL("/robots.txt", origin), deadline, false, (h) => (host = h));
      if (!hop.ok) return unreadable(hop);
      const { res } = hop;
      if (res.statusCode >= 200 && res.statusCode < 300) {
        const read = await readBody(res.body, header(res.headers["content-encoding"]), ROBOTS_MAX_BYTES, "truncate");
        // The page's request follows at once on the same origin. undici puts the connection back in
        // its pool only after the body's end has been delivered; asking before then opens a second
        // connection (a TCP handshake and, for HTTPS, a TLS one) instead of reusing this one.
        await nextTurn();
        return read.ok ? { kind: "rules", text: Buffer.from(read.bytes).toString("utf8") } : { kind: "none", temporary: true };
      }
      discard(res.body);
      // 429 and 5xx: the site is struggling, not saying "no rules"; ask again soon.
      return { kind: "none", temporary: res.statusCode === 429 || res.statusCode >= 500 };
    } catch (e) {
      if (e instanceof HostScheduleUnavailableError) return { kind: "postponed", failure: fail("redis_unavailable", e.message) };
      const hit = deadline.signal.aborted;
      return unreadable(networkFailure(e, host, hit ? Math.min(timeoutMs, ROBOTS_TIMEOUT_MS) : timeoutMs, hit));
    } finally {
      deadline.clear();
    }
  }

  const robots = new RobotsCache({
    // robots.txt groups match the product token ("TallyBot"), not the whole header.
    token: userAgent.split(/[/\s]/)[0] ?? userAgent,
    ttlMs: config.robotsTtlMs ?? 3600_000,
    retryMs: ROBOTS_RETRY_MS,
    load: loadRobots,
    ...(config.sharedRobots ? { shared: config.sharedRobots } : {}),
  });

  async function fetchPage(input: string): Promise<FetchResult> {
    const checked = validateUrl(input);
    if (!checked.ok) return fail("invalid_url", checked.message);
    checked.value.hash = ""; // never sent to a server anyway
    const deadline = new Deadline(timeoutMs);
    let host = checked.value.host;
    try {
      const hop = await follow(checked.value, deadline, true, (h) => (host = h));
      if (!hop.ok) return hop;
      const { res, url } = hop;
      const status = res.statusCode;
      if (status < 200 || status >= 300) {
        discard(res.body);
        return statusFailure(status, res.headers);
      }
      const contentType = header(res.headers["content-type"]) ?? "";
      const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
      // No Content-Type at all is allowed: core sniffs the bytes and rejects binaries.
      if (mediaType !== "" && !PAGE_TYPES.has(mediaType)) {
        discard(res.body);
        return fail("not_html", `${mediaType} is not an HTML or text page`);
      }
      const declared = Number(header(res.headers["content-length"]) ?? NaN);
      if (declared > maxBytes) {
        discard(res.body);
        return fail("too_large", `page of ${declared} bytes is larger than the limit of ${maxBytes}`);
      }
      const read = await readBody(res.body, header(res.headers["content-encoding"]), maxBytes);
      if (!read.ok) return read.problem === "too_large" ? fail("too_large", read.message) : fail("http_error", read.message);
      return { ok: true, value: { url: url.href, status, contentType, body: read.bytes, fetchedAt: new Date() } };
    } catch (e) {
      // Not the server's doing: the page is not fetched while the shared schedule is away (politeness-redis.ts).
      if (e instanceof HostScheduleUnavailableError) return fail("redis_unavailable", e.message);
      return networkFailure(e, host, timeoutMs, deadline.signal.aborted);
    } finally {
      deadline.clear();
    }
  }

  return {
    fetchPage,
    close: () => agent.close(),
  };
}
