import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { DocumentNode, GraphQLSchema } from 'graphql';
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

/** Different variables of one document seen at most: past that, the oldest cost is forgotten. */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses operations above `maxComplexity` before any resolver runs. The cost depends only on
 * the document, the operation and the variables, and Apollo hands the same parsed document for
 * the same query text (its document store), so costs are kept per document: a client sending the
 * same operation again does not pay for a walk of its document each time.
 */
export function complexityLimitPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let known = costs.get(document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const complexity = getComplexity({ schema: schema(), operationName, query: document, variables, estimators: [pageAwareEstimator] });
    if (!known) costs.set(document, (known = new Map()));
    if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
    known.set(key, complexity);
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = costOf(document, request.operationName ?? undefined, request.variables ?? {});
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
