/**
 * @tally/worker as a library: what the benchmark and tests drive. The process
 * entry is main.ts; the `tally` command is cli.ts.
 */
export { startWorker, type WorkerConfig, type RunningWorker } from "./worker.js";
export { createProducer, type Producer, type JobOverrides } from "./queues/enqueue.js";
export { createIngestQueue, createIngestWorker, DEFAULT_PREFIX, type QueueConnection, type IngestWorkerOptions } from "./queues/ingest.js";
export { INGEST_WORKER_CONFIG } from "./queues/ingest.config.js";
export { createRedis } from "./redis.js";
export { parseEnv, type Env } from "./env.js";
