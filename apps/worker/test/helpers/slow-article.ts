import { testRedisUrl } from "../../../../test/helpers/redis.js";
import { testProducer } from "./harness.js";
import { startPageServer, type PageServer } from "./page-server.js";
import { articleHtml, LOSS_REPORT } from "./pages.js";

/**
 * A page server whose `route` answers an article after `delayMs` (long enough
 * to stop a worker while the job runs), and a producer on `prefix`: what the
 * shutdown tests of the worker and of `npm start` stand on.
 */
export async function startSlowArticle(route: string, prefix: string, delayMs = 2_000) {
  const server: PageServer = await startPageServer({
    [route]: (_req, res) => {
      setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(articleHtml(LOSS_REPORT)), delayMs);
    },
  });
  const producer = testProducer(testRedisUrl(), prefix);
  return {
    server,
    producer,
    async close(): Promise<void> {
      await producer.producer.queueOf("ingest-article").obliterate({ force: true }).catch(() => {});
      await producer.close();
      await server.close();
    },
  };
}
