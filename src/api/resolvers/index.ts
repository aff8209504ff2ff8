import type { Resolvers } from '../generated/resolvers-types';
import { serverInfoResolvers } from './server-info';

export const resolvers: Resolvers = {
  Query: {
    ...serverInfoResolvers,
  },
};
