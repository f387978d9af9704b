import { createDb, type Db } from "@tally/db";
import { loadEnv, type Env } from "../env.js";
import { createRedis } from "../redis.js";
import { createProducer, type Producer } from "../queues/enqueue.js";
import type { Redis } from "ioredis";

/** What the queue-side commands (add, status, retry, seed) connect to. */
export interface Services {
  env: Env;
  db: Db;
  /** Null for commands that only read the database. */
  producer: Producer | null;
  redis: Redis | null;
  close(): Promise<void>;
}

/** Connects to PostgreSQL and, when `queue` is set, to Redis as a producer (fails fast when it is down). */
export async function openServices(opts: { queue: boolean }): Promise<Services> {
  const env = loadEnv();
  const db = createDb(env.DATABASE_URL, { max: 4 });
  const redis = opts.queue ? createRedis(env.REDIS_URL, "producer") : null;
  // Don't let ioredis print its reconnect errors: the command reports the failure itself.
  redis?.on("error", () => {});
  const producer = redis ? createProducer({ redis, prefix: env.QUEUE_PREFIX }) : null;
  return {
    env,
    db,
    producer,
    redis,
    async close() {
      await producer?.close().catch(() => {});
      redis?.disconnect();
      await db.$disconnect();
    },
  };
}
