import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Per-host politeness: requests to one host start at least `intervalMs`
 * apart, requests to different hosts never wait for each other.
 *
 * Why not p-queue keyed by host: its `interval`/`intervalCap` counts starts
 * per window, not the gap between two starts (strict mode fixes that at the
 * cost of a timestamp log per queue), and we would still need a map of queues
 * and its cleanup. A "next free slot" per host is the whole algorithm in a
 * few lines: each caller reserves the next slot synchronously, so callers are
 * served in arrival order and no two share a slot.
 */
export class HostScheduler {
  private readonly nextSlot = new Map<string, number>();

  /** `intervalMs` 0 turns politeness off (benchmarks against one loopback host). */
  constructor(private readonly intervalMs: number) {}

  /** Waits for this host's next free slot; rejects with an AbortError if `signal` aborts first. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = performance.now();
    const at = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, at + this.intervalMs);
    this.forgetIdleHosts(now);
    // Node's timers run on a millisecond loop clock and can fire a fraction
    // of a millisecond before `at` by performance.now(); sleep again until
    // the slot has truly come, so "at least intervalMs apart" holds exactly.
    for (let left = at - now; left > 0; left = at - performance.now()) {
      await sleep(Math.ceil(left), undefined, signal ? { signal } : {});
    }
  }

  /** Hosts whose slot has passed need no memory; keeps the map as small as the set of busy hosts. */
  private forgetIdleHosts(now: number): void {
    if (this.nextSlot.size < 1000) return;
    for (const [host, at] of this.nextSlot) if (at <= now) this.nextSlot.delete(host);
  }
}
