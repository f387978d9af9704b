/** @tally/core: the project's vocabulary, schemas and job contract. Pure: no I/O. */
export * from "./schemas/claim.js";
export * from "./schemas/sentiment.js";
export * from "./schemas/article.js";
export * from "./errors.js";
export * from "./jobs.js";
export * from "./schemas/filters.js";
export * from "./urls.js";
