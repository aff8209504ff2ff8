import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { makeExecutableSchema } from '@graphql-tools/schema';
import pino from 'pino';
import { GraphQLError } from 'graphql';
import { pageAwareEstimator } from '../../src/server/limits';
import { createErrorFormatter } from '../../src/server/errors';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { items(first: Int): [Item!]! } type Item { name: String, children(first: Int): [Item!]! }',
});

describe('pageAwareEstimator', () => {
  const cost = (query: string) => getComplexity({ schema, query: parse(query), variables: {}, estimators: [pageAwareEstimator] });

  it('prices nested pages as what they would fetch', () => {
    expect(cost('{ items(first: 10) { name } }')).toBe(11);
    expect(cost('{ items(first: 10) { children(first: 10) { name } } }')).toBe(1 + 10 * (1 + 10 * 1));
  });
});

describe('error formatter', () => {
  const format = createErrorFormatter(pino({ level: 'silent' }));

  it('keeps errors meant for users', () => {
    const error = new GraphQLError('No such entity', { extensions: { code: 'NOT_FOUND' } });
    expect(format(error.toJSON(), error)).toEqual(error.toJSON());
  });

  it('masks anything else, such as a driver error, as INTERNAL_SERVER_ERROR', () => {
    const leaked = new GraphQLError('Neo4jError: Invalid input at line 1 (MATCH (n:Secret))');
    const formatted = format(leaked.toJSON(), leaked);
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports Apollo validation failures as BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
