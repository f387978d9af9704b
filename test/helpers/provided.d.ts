// What test/global-setup.ts provides to every integration test (vitest's inject()).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** postgresql:// URL of this run's freshly migrated database. */
    databaseUrl: string;
    /** redis:// URL tests may use (not checked by the setup). */
    redisUrl: string;
    /** Unique per run; each test file appends its own name (see helpers/redis.ts). */
    redisPrefix: string;
  }
}
