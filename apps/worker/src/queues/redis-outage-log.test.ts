import { EventEmitter } from "node:events";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { RedisOutageLog } from "./redis-outage-log.js";

/** A stand-in for an ioredis client: its status and its events are all the log reads. */
function fakeClient(status: string): Redis & EventEmitter {
  return Object.assign(new EventEmitter(), { status }) as unknown as Redis & EventEmitter;
}

function harness(otherErrorIntervalMs?: number) {
  const lines: { level: number; msg: string; suppressed?: number }[] = [];
  const logger = pino({ level: "info" }, { write: (l: string) => void lines.push(JSON.parse(l) as (typeof lines)[number]) });
  const outage = new RedisOutageLog(logger, { otherErrorIntervalMs });
  return { lines, outage };
}

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6379"), { code: "ECONNREFUSED" });

describe("RedisOutageLog", () => {
  it("logs an outage once however many clients and retries report it, and its end once", () => {
    const { lines, outage } = harness();
    const main = fakeClient("connecting");
    outage.watch(main);
    for (let i = 0; i < 50; i++) {
      main.emit("error", refused());
      outage.onError(new Error("Connection is closed."));
    }
    expect(outage.isDown).toBe(true);
    Object.assign(main, { status: "ready" });
    main.emit("ready");
    main.emit("ready");
    expect(lines.map((l) => l.msg)).toEqual(["Redis unreachable; reconnecting until it is back (no job starts meanwhile)", "Redis connection back"]);
    expect(outage.isDown).toBe(false);
  });

  it("logs other errors at most once an interval, counting those left out", async () => {
    const { lines, outage } = harness(50);
    outage.watch(fakeClient("ready"));
    for (let i = 0; i < 10; i++) outage.onError(new Error("ERR unknown command"));
    await new Promise((r) => setTimeout(r, 60));
    outage.onError(new Error("ERR unknown command"));
    expect(lines.map((l) => [l.msg, l.suppressed])).toEqual([
      ["queue error", 0],
      ["queue error", 9],
    ]);
  });
});
