import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Per-host politeness: a request to a host waits for that host's next free
 * slot; requests to different hosts never wait for each other.
 *
 * The model is a "next free slot" per host: each caller reserves the slot at
 * once (in arrival order, no two sharing one) and the next slot lies its own
 * `intervalMs` later. The interval is per call because a host's robots.txt
 * may ask for a longer Crawl-delay than our default once we have read it.
 *
 * Why not p-queue keyed by host: its `interval`/`intervalCap` counts starts
 * per window, not the gap between two starts (strict mode fixes that at the
 * cost of a timestamp log per queue), and we would still need a map of queues
 * and its cleanup; nor could it be shared between processes (see
 * politeness-redis.ts for the schedule that is).
 */
export interface HostScheduler {
  /**
   * Waits for `host`'s next free slot and reserves the one after it,
   * `intervalMs` later. `intervalMs` 0 neither waits nor reserves. Rejects
   * with the signal's reason if `signal` aborts first; the slot stays taken.
   */
  wait(host: string, intervalMs: number, signal?: AbortSignal): Promise<void>;
}

/**
 * Sleeps until performance.now() reaches `at`. Node's timers run on a
 * millisecond loop clock and can fire a fraction of a millisecond early by
 * performance.now(); sleeping again until the moment has truly come keeps
 * "at least the interval apart" exact.
 */
export async function sleepUntil(at: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  try {
    for (let left = at - performance.now(); left > 0; left = at - performance.now()) {
      await sleep(Math.ceil(left), undefined, signal ? { signal } : {});
    }
  } catch (e) {
    // timers/promises rejects with its own AbortError; pass on why the caller aborted.
    if (signal?.aborted) throw signal.reason;
    throw e;
  }
}

/** The schedule of one process: right for a single worker, the CLI and tests. */
export class InProcessHostScheduler implements HostScheduler {
  private readonly nextSlot = new Map<string, number>();

  async wait(host: string, intervalMs: number, signal?: AbortSignal): Promise<void> {
    if (intervalMs <= 0) return;
    const now = performance.now();
    const at = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, at + intervalMs);
    this.forgetIdleHosts(now);
    await sleepUntil(at, signal);
  }

  /** Hosts whose next slot has passed need no memory; keeps the map as small as the set of busy hosts. */
  private forgetIdleHosts(now: number): void {
    if (this.nextSlot.size < 1000) return;
    for (const [host, at] of this.nextSlot) if (at <= now) this.nextSlot.delete(host);
  }
}
