import { Queue } from "bullmq";
import { JOBS, ingestJobId, type JobName, type JobPayload } from "@tally/core";
import { DEFAULT_PREFIX, listenForErrors, type QueueConnection } from "./ingest.js";

/**
 * The job id each job gets, derived from its payload: the same article is one
 * job however often it is dropped (BullMQ ignores an add whose id exists).
 */
const JOB_IDS: { [N in JobName]: (payload: JobPayload<N>) => string } = {
  "ingest-article": (p) => ingestJobId(p.articleId),
};

/** Typed producer over core's job contract. The web app mirrors it from the same JOBS. */
export interface Producer {
  /** Parses the payload and adds the job with the contract's defaults; a no-op if its id is already queued. */
  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, overrides?: JobOverrides): Promise<string>;
  /**
   * Like enqueue, but a finished job (completed or failed, kept for
   * inspection) with the same id is removed first, so the job runs again.
   * For `tally retry` and the reconciler.
   */
  requeue<N extends JobName>(name: N, payload: JobPayload<N>, overrides?: JobOverrides): Promise<string>;
  /** The BullMQ queue a job name lives on (for counts). */
  queueOf(name: JobName): Queue;
  close(): Promise<void>;
}

/** Per-call changes to the contract's defaults (tests shorten backoff). */
export interface JobOverrides {
  attempts?: number;
  backoff?: { type: string; delay: number };
}

/** Creates a producer on a Redis connection (use createRedis(url, "producer") outside a worker). */
export function createProducer(conn: QueueConnection): Producer {
  const queues = new Map<string, Queue>();
  const queueOf = (name: JobName): Queue => {
    const qname = JOBS[name].queue;
    let q = queues.get(qname);
    if (!q) {
      q = listenForErrors(new Queue(qname, { connection: conn.redis, prefix: conn.prefix ?? DEFAULT_PREFIX }), conn);
      queues.set(qname, q);
    }
    return q;
  };

  const enqueue = async <N extends JobName>(name: N, payload: JobPayload<N>, overrides: JobOverrides = {}) => {
    const def = JOBS[name];
    // Parse on enqueue (and again on consume): a bad payload fails here, naming its field.
    const data = def.payload.parse(payload) as JobPayload<N>;
    const jobId = JOB_IDS[name](data);
    await queueOf(name).add(name, data, { ...def.defaults, ...overrides, jobId });
    return jobId;
  };

  const requeue = async <N extends JobName>(name: N, payload: JobPayload<N>, overrides: JobOverrides = {}) => {
    const data = JOBS[name].payload.parse(payload) as JobPayload<N>;
    const existing = await queueOf(name).getJob(JOB_IDS[name](data));
    if (existing) {
      const state = await existing.getState();
      if (state === "completed" || state === "failed") await existing.remove();
    }
    return enqueue(name, data, overrides);
  };

  return {
    enqueue,
    requeue,
    queueOf,
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}
