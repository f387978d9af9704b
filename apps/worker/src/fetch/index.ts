/** The fetcher: one page over HTTP with the limits a server fetching user-given URLs needs. */
export { createFetcher, DEFAULT_USER_AGENT } from "./fetcher.js";
export type { Fetcher, FetcherConfig, FetchedPage, FetchResult } from "./fetcher.js";
export type { FetchFailure, FetchReason } from "./failures.js";
export type { Resolve } from "./address-guard.js";
export { refusedRange } from "./ip-ranges.js";
export { parseRetryAfter } from "./retry-after.js";
export { InProcessHostScheduler, type HostScheduler } from "./politeness.js";
export { HostScheduleUnavailableError, RedisHostScheduler, type RedisHostSchedulerOptions } from "./politeness-redis.js";
export { MAX_CRAWL_DELAY_MS, type SharedRobots } from "./robots.js";
export { RedisRobotsStore } from "./robots-redis.js";
