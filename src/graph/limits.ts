/** Most nodes a neighbourhood returns: beyond that a visualiser is unreadable and the query costly. */
export const NEIGHBOURHOOD_MAX_NODES = 500;

/** Most articles one ingestArticles call takes (the request body limit applies too). */
export const INGEST_BATCH_MAX = 200;

/** Longest article body accepted, in characters. */
export const ARTICLE_MAX_CHARS = 500_000;
