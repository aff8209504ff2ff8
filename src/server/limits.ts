import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLSchema } from 'graphql';
import { userError } from './errors';

/**
 * Cost of a field: 1, plus its children times the page size it asks for (`first`,
 * `limit`), so a deep list of lists is priced as what it would fetch.
 */
export const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageSize = Number(args?.first ?? args?.limit ?? 1);
  const multiplier = Number.isFinite(pageSize) && pageSize > 0 ? pageSize : 1;
  return 1 + childComplexity * multiplier;
};

/** Refuses operations above `maxComplexity` before any resolver runs. */
export function complexityLimitPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema: schema(),
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [pageAwareEstimator],
          });
          if (complexity > maxComplexity) {
            throw userError('BAD_USER_INPUT', `Query is too complex: cost ${complexity}, at most ${maxComplexity} allowed. Ask for smaller pages or fewer nested fields.`, {
              complexity,
              maxComplexity,
            });
          }
        },
      };
    },
  };
}
