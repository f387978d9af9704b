import { UnrecoverableError, type Job } from "bullmq";
import { JOBS, type JobName, type JobPayload, type QueueName } from "@tally/core";

/** A handler receives its payload already parsed against the contract. */
export type Handler<N extends JobName> = (payload: JobPayload<N>, job: Job) => Promise<unknown>;
export type Handlers = { [N in JobName]: Handler<N> };

/**
 * The processor of one queue: looks the job's name up in core's JOBS, parses
 * its payload again (what Redis holds was written by another process, maybe
 * another version), and calls its handler. A job that is unknown, on the
 * wrong queue or malformed can never succeed, so it fails without retries.
 */
export function createProcessor(queue: QueueName, handlers: Handlers) {
  return async (job: Job): Promise<unknown> => {
    const def = (JOBS as Record<string, (typeof JOBS)[JobName] | undefined>)[job.name];
    if (!def || def.queue !== queue) throw new UnrecoverableError(`unknown job "${job.name}" on queue ${queue}`);
    const parsed = def.payload.safeParse(job.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UnrecoverableError(`invalid payload for ${job.name}: ${issue?.path.join(".")}: ${issue?.message}`);
    }
    const name = job.name as JobName;
    return (handlers[name] as Handler<JobName>)(parsed.data as JobPayload<JobName>, job);
  };
}
