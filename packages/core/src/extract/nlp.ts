import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";

/** The wink-nlp instance with its English model. */
export type Nlp = ReturnType<typeof winkNLP>;

// The model (~20 MB) and wink itself are required on first use, not at import:
// a process that only decodes pages or compares signatures never pays for them.
const requireLazy = createRequire(import.meta.url);
let instance: Nlp | null = null;

/**
 * The process's one wink-nlp instance, loaded on first use (~100 ms): every
 * part of core that reads sentences should share this one.
 */
export function getNlp(): Nlp {
  if (!instance) {
    const wink = requireLazy("wink-nlp") as typeof winkNLP;
    const model = requireLazy("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0];
    // Only the stages we read: sentence boundaries, negation (sentiment needs it) and sentiment.
    instance = wink(model, ["sbd", "negation", "sentiment"]);
  }
  return instance;
}
