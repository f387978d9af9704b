import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { InProcessHostScheduler } from "./politeness.js";

describe("InProcessHostScheduler", () => {
  it("spaces one host's slots and lets another host go at once", async () => {
    const scheduler = new InProcessHostScheduler();
    const t0 = performance.now();
    const starts: Record<string, number> = {};
    await Promise.all([
      scheduler.wait("a.example", 150).then(() => (starts.a1 = performance.now() - t0)),
      scheduler.wait("a.example", 150).then(() => (starts.a2 = performance.now() - t0)),
      scheduler.wait("a.example", 150).then(() => (starts.a3 = performance.now() - t0)),
      scheduler.wait("b.example", 150).then(() => (starts.b1 = performance.now() - t0)),
    ]);
    // Slots are at 0, 150 and 300 ms. Timers may fire late under load, so
    // assert each start against its slot, not gaps between two late-or-not
    // starts; the scheduler never lets a caller go before its slot.
    expect(starts.a2!).toBeGreaterThanOrEqual(150);
    expect(starts.a3!).toBeGreaterThanOrEqual(300);
    expect(starts.b1!).toBeLessThan(starts.a2!);
  });

  it("leaves the gap after a request to that request's own interval (a Crawl-delay read meanwhile)", async () => {
    const scheduler = new InProcessHostScheduler();
    const t0 = performance.now();
    await scheduler.wait("a.example", 50); // robots.txt, at the default interval
    await scheduler.wait("a.example", 250); // a page, once Crawl-delay is known
    const second = performance.now() - t0;
    await scheduler.wait("a.example", 250);
    const third = performance.now() - t0;
    expect(second).toBeGreaterThanOrEqual(50);
    expect(third).toBeGreaterThanOrEqual(50 + 250);
  });

  it("does not wait at all with interval 0", async () => {
    const scheduler = new InProcessHostScheduler();
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) await scheduler.wait("a.example", 0);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it("gives up waiting when aborted", async () => {
    const scheduler = new InProcessHostScheduler();
    await scheduler.wait("a.example", 10_000);
    const controller = new AbortController();
    const pending = scheduler.wait("a.example", 10_000, controller.signal);
    controller.abort(new Error("job cancelled"));
    await expect(pending).rejects.toThrow("job cancelled");
  });
});
