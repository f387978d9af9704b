import { AppError } from "@tally/core";
import type { Services } from "./services.js";

/** Fails within a few seconds when Redis is unreachable, instead of hanging on the first queue command. */
export async function assertRedisUp(services: Services, timeoutMs = 3_000): Promise<void> {
  const redis = services.redis;
  if (!redis) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer")), timeoutMs);
  });
  try {
    // The producer connection has no offline queue: wait for it to be ready before the first command.
    const ready = redis.status === "ready" ? Promise.resolve() : new Promise<void>((resolve) => redis.once("ready", () => resolve()));
    await Promise.race([ready.then(() => redis.ping()), timeout]);
  } catch (e) {
    throw new AppError("redis_unavailable", `Redis unavailable at ${services.env.REDIS_URL} (${e instanceof Error ? e.message : String(e)})`, {
      retryable: true,
      cause: e,
    });
  } finally {
    clearTimeout(timer);
  }
}
