import { version } from '../../../package.json';
import type { QueryResolvers } from '../generated/resolvers-types';

export const serverInfoResolvers: Pick<QueryResolvers, 'serverInfo'> = {
  serverInfo: async (_parent, _args, context) => ({
    name: 'conflict-graph',
    version,
    databaseUp: await context.executor.ping(),
  }),
};
