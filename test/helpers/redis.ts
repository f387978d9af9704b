/// <reference path="./provided.d.ts" />
import { inject } from "vitest";

/**
 * A Redis key prefix for one test file (pass its name), unique to this run:
 * BullMQ queues and keys under it never meet another file's or another run's.
 */
export function redisPrefix(name: string): string {
  return `${inject("redisPrefix")}:${name.replace(/[^A-Za-z0-9_.-]+/g, "-")}`;
}

/** The Redis URL tests should use. */
export function testRedisUrl(): string {
  return inject("redisUrl");
}
