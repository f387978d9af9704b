// A worker in its own process, for tests that kill it. Config comes as JSON in
// argv[2] (the parts of testWorkerConfig that survive JSON); prints "ready".
import { startWorker, testWorkerConfig } from "./harness.js";

const cfg = JSON.parse(process.argv[2] ?? "{}") as Parameters<typeof testWorkerConfig>[0];
const running = await startWorker(testWorkerConfig(cfg));
process.stdout.write("ready\n");
process.on("SIGTERM", () => void running.close().then(() => process.exit(0)));
