import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";
import { sleepUntil, type HostScheduler } from "./politeness.js";

/**
 * The per-host schedule kept in Redis, so that every worker process (and
 * every machine) that shares the Redis shares one "next free slot" per host:
 * two processes fetching from one site together still space their requests
 * by the interval, instead of each allowing a request a second.
 *
 * One Lua script reserves a slot atomically: it reads the host's next free
 * slot, takes max(now, that slot), stores the slot after it and returns how
 * long to wait. Time is Redis's own clock (TIME), so processes on machines
 * whose clocks disagree still agree on the schedule. Callers are served in
 * the order their reservations reach Redis, which for one process is the
 * order it called in (ioredis sends commands in order).
 *
 * A key lives exactly until its next slot has passed (PX), after which it
 * would say nothing anyway: no key outlives a host's last request by more
 * than one interval.
 *
 * When Redis does not answer within `replyTimeoutMs` the wait rejects with
 * HostScheduleUnavailableError, and the fetcher fails the page as
 * `redis_unavailable` (retryable): the job comes back with backoff. Falling
 * back to a per-process schedule would quietly multiply the rate a site sees
 * by the number of workers, the very thing this schedule exists to prevent;
 * and a worker without Redis cannot record a job's outcome anyway (BullMQ
 * keeps its state there), so a page fetched then would likely be fetched again.
 */

/** Integer milliseconds throughout: Lua prints large fractional numbers in %.14g, losing precision. */
const RESERVE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or 0))
redis.call('SET', KEYS[1], at + interval, 'PX', at + interval - now)
return at - now
`;
const RESERVE_SLOT_SHA = createHash("sha1").update(RESERVE_SLOT).digest("hex");

/** The schedule's Redis did not answer (down, or too slow to trust); the request was not made. */
export class HostScheduleUnavailableError extends Error {
  override name = "HostScheduleUnavailableError";
}

export interface RedisHostSchedulerOptions {
  /** Key prefix; the worker's QUEUE_PREFIX, so a test or benchmark run keeps to its own keys. */
  prefix: string;
  /**
   * How long a reservation may take before the page is given up as
   * `redis_unavailable`. The worker's connection queues commands while Redis
   * is away; this bounds how long a job sits on that queue. Default 5000.
   */
  replyTimeoutMs?: number;
}

export class RedisHostScheduler implements HostScheduler {
  private readonly keyPrefix: string;
  private readonly replyTimeoutMs: number;

  constructor(
    private readonly redis: Redis,
    options: RedisHostSchedulerOptions,
  ) {
    this.keyPrefix = `${options.prefix}:tally:next-slot:`;
    this.replyTimeoutMs = options.replyTimeoutMs ?? 5_000;
  }

  /** The Redis key holding `host`'s next free slot (exported for tests and for operators reading Redis). */
  keyFor(host: string): string {
    return this.keyPrefix + host;
  }

  async wait(host: string, intervalMs: number, signal?: AbortSignal): Promise<void> {
    if (intervalMs <= 0) return;
    signal?.throwIfAborted();
    const waitMs = await this.withinReplyTimeout(this.reserve(this.keyFor(host), Math.ceil(intervalMs)), host, signal);
    await sleepUntil(performance.now() + waitMs, signal);
  }

  /** Runs the script by its hash, loading it on the first call (or after Redis lost its script cache). */
  private async reserve(key: string, intervalMs: number): Promise<number> {
    try {
      return Number(await this.redis.evalsha(RESERVE_SLOT_SHA, 1, key, intervalMs));
    } catch (e) {
      if (!(e instanceof Error && e.message.startsWith("NOSCRIPT"))) throw e;
      return Number(await this.redis.eval(RESERVE_SLOT, 1, key, intervalMs));
    }
  }

  /** `reply`, unless Redis takes longer than replyTimeoutMs or fails (HostScheduleUnavailableError), or `signal` aborts. */
  private withinReplyTimeout(reply: Promise<number>, host: string, signal?: AbortSignal): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const unavailable = (why: string) =>
        new HostScheduleUnavailableError(`the shared request schedule for ${host} (Redis) ${why}; not fetching without it`);
      const onAbort = () => finish(() => reject(signal!.reason));
      const timer = setTimeout(() => finish(() => reject(unavailable(`did not answer within ${this.replyTimeoutMs} ms`))), this.replyTimeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      let done = false;
      function finish(settle: () => void) {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        settle();
      }
      // A reply that comes after we gave up is dropped; its slot simply goes unused.
      reply.then(
        (ms) => finish(() => resolve(ms)),
        (e: unknown) => finish(() => reject(unavailable(`failed: ${e instanceof Error ? e.message : String(e)}`))),
      );
    });
  }
}
