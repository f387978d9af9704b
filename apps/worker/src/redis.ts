import { Redis } from "ioredis";

/**
 * A Redis client for BullMQ. Two roles, because they fail differently:
 * - "worker": `maxRetriesPerRequest: null`, as BullMQ requires for its blocking
 *   commands; a Redis outage then stalls the worker until Redis is back
 *   instead of throwing, which is what a long-running worker wants.
 * - "producer" (the CLI, a request handler): commands fail after one retry and
 *   the offline queue is off, so a user gets "Redis is unavailable" at once
 *   rather than a hang.
 */
export function createRedis(url: string, role: "worker" | "producer"): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === "worker" ? null : 1,
    enableOfflineQueue: role === "worker",
    // Reconnect forever, backing off to 2 s: a restarted Redis is picked up
    // within two seconds of coming back.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    // A CLI command must not wait for a connection it will never get.
    connectTimeout: role === "worker" ? 10_000 : 3_000,
    lazyConnect: false,
  });
}
