export { articleAt, articleBatches, eventCount, generateArticles, LANGUAGE_FR_SHARE, type CorpusOptions, type GeneratedArticle } from './generate';
export { formatArticleFile, writeCorpusFiles } from './files';
export { Prng, streamSeed, ZipfSampler } from './prng';
export { eventAt, world, type WorldEvent } from './world';
