import type { Redis } from "ioredis";
import type { SharedRobots } from "./robots.js";

/**
 * robots.txt answers shared through Redis by every worker process on it, so
 * that a site's file is fetched once per TTL by the service rather than once
 * by each process (each of which would also spend one of the site's
 * politeness slots on it). Only lasting answers are shared: a file's rules,
 * or "no file" (a 4xx); a failure to read it is each process's own business
 * and retried soon.
 *
 * Redis is a cache here, never a condition: when it is not connected, or does
 * not answer within `replyTimeoutMs`, the process reads robots.txt itself.
 */
export class RedisRobotsStore implements SharedRobots {
  private readonly keyPrefix: string;
  private readonly replyTimeoutMs: number;

  constructor(
    private readonly redis: Redis,
    options: { prefix: string; replyTimeoutMs?: number },
  ) {
    this.keyPrefix = `${options.prefix}:tally:robots:`;
    this.replyTimeoutMs = options.replyTimeoutMs ?? 1_000;
  }

  /** The key of an origin's entry (for tests and for operators reading Redis). */
  keyFor(origin: string): string {
    return this.keyPrefix + origin;
  }

  async get(origin: string): Promise<{ text: string | null; ttlMs: number } | null> {
    if (this.redis.status !== "ready") return null;
    const key = this.keyFor(origin);
    const replies = await this.withinReplyTimeout(this.redis.multi().get(key).pttl(key).exec());
    const [[, value] = [], [, ttl] = []] = replies ?? [];
    if (typeof value !== "string" || typeof ttl !== "number" || ttl <= 0) return null;
    const stored = JSON.parse(value) as { text: string | null };
    return { text: stored.text, ttlMs: ttl };
  }

  async set(origin: string, text: string | null, ttlMs: number): Promise<void> {
    if (this.redis.status !== "ready") return;
    await this.withinReplyTimeout(this.redis.set(this.keyFor(origin), JSON.stringify({ text }), "PX", Math.max(1, Math.round(ttlMs))));
  }

  /** `reply`, or null once replyTimeoutMs has passed. */
  private withinReplyTimeout<T>(reply: Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.replyTimeoutMs)));
    reply.catch(() => {}); // a reply after we gave up, or its failure, is dropped
    return Promise.race([reply, late]).finally(() => clearTimeout(timer));
  }
}
