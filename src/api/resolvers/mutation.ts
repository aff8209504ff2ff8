import { ARTICLE_MAX_CHARS, INGEST_BATCH_MAX } from '../../graph/limits';
import { parsePartialDate } from '../../graph/dates';
import type { ArticleInput } from '../../extraction/types';
import type { ArticleInput as GqlArticleInput, MutationResolvers } from '../generated/resolvers-types';
import { requireWriter } from '../auth';
import { apiError } from '../errors';

function articleInput(input: GqlArticleInput, argument: string): ArticleInput {
  if (input.text.trim() === '') throw apiError('BAD_USER_INPUT', `${argument}.text must not be empty.`, { argument });
  if (input.text.length > ARTICLE_MAX_CHARS) {
    throw apiError('BAD_USER_INPUT', `${argument}.text is longer than ${ARTICLE_MAX_CHARS} characters.`, { argument });
  }
  const published = input.published?.trim() || null;
  if (published !== null && (!parsePartialDate(published) || published.length < 7)) {
    throw apiError('BAD_USER_INPUT', `${argument}.published must be YYYY-MM-DD or YYYY-MM, got "${published}".`, { argument });
  }
  return {
    body: input.text,
    title: input.title?.trim() || null,
    outlet: input.outlet?.trim() || null,
    url: input.url?.trim() || null,
    published,
    language: input.language ?? null,
  };
}

export const mutationResolvers: MutationResolvers = {
  ingestArticle: async (_parent, { input }, { auth, ingest, roundTrips }) => {
    requireWriter(auth);
    return ingest.ingestOne(articleInput(input, 'input'), roundTrips);
  },

  ingestArticles: async (_parent, { inputs }, { auth, ingest, roundTrips }) => {
    requireWriter(auth);
    if (inputs.length > INGEST_BATCH_MAX) {
      throw apiError('BAD_USER_INPUT', `inputs holds ${inputs.length} articles; at most ${INGEST_BATCH_MAX} per call.`, { argument: 'inputs', max: INGEST_BATCH_MAX });
    }
    const articles = inputs.map((input, index) => articleInput(input, `inputs[${index}]`));
    return { results: await ingest.ingestMany(articles, { counter: roundTrips }) };
  },

  deleteArticle: async (_parent, { id }, { auth, write }) => {
    requireWriter(auth);
    const outcome = await write.deleteArticle(id);
    if (!outcome) throw apiError('NOT_FOUND', `No article with id "${id}".`, { argument: 'id' });
    return { articleId: id, ...outcome };
  },

  mergeEntities: async (_parent, { keepId, mergeId, reason }, { auth, write }) => {
    const actor = requireWriter(auth);
    if (keepId === mergeId) throw apiError('BAD_USER_INPUT', 'keepId and mergeId must differ.', { argument: 'mergeId' });
    const result = await write.mergeEntities(keepId, mergeId, actor, reason?.trim() || null);
    if (!result) throw apiError('NOT_FOUND', `No entity "${keepId}" or "${mergeId}".`);
    return result;
  },
};
