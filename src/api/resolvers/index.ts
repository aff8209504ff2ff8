import type { Resolvers } from '../generated/resolvers-types';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { serverInfoResolvers } from './server-info';
import { typeResolvers } from './types';

export const resolvers: Resolvers = {
  ...typeResolvers,
  Query: {
    ...serverInfoResolvers,
    ...queryResolvers,
  },
  Mutation: mutationResolvers,
};
