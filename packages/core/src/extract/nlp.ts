import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The wink-nlp instance with its English model. */
export type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/**
 * The process's one wink-nlp instance, loaded on first use: loading the model
 * takes ~100 ms and ~tens of MB, so every part of core that reads sentences
 * shares this one.
 */
export function getNlp(): Nlp {
  // Only the stages we read: sentence boundaries, negation (sentiment needs it) and sentiment.
  instance ??= winkNLP(model, ["sbd", "negation", "sentiment"]);
  return instance;
}
