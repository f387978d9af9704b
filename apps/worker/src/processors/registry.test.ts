import { describe, expect, it } from "vitest";
import { UnrecoverableError, type Job } from "bullmq";
import { QUEUES } from "@tally/core";
import { createProcessor } from "./registry.js";

const job = (name: string, data: unknown) => ({ name, data }) as unknown as Job;

describe("createProcessor", () => {
  const seen: unknown[] = [];
  const processor = createProcessor(QUEUES.ingest, {
    "ingest-article": async (payload) => {
      seen.push(payload);
      return "ok";
    },
  });

  it("parses the payload and calls the job's handler", async () => {
    await expect(processor(job("ingest-article", { articleId: "a1", url: "https://example.org/x" }))).resolves.toBe("ok");
    expect(seen.at(-1)).toEqual({ articleId: "a1", url: "https://example.org/x" });
  });

  it("fails a malformed payload without retries, naming the field", async () => {
    const err = await processor(job("ingest-article", { articleId: "a1", url: "not a url" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnrecoverableError);
    expect((err as Error).message).toMatch(/url/);
  });

  it("fails an unknown job name without retries", async () => {
    await expect(processor(job("no-such-job", {}))).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
