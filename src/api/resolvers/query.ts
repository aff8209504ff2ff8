import { NEIGHBOURHOOD_MAX_NODES } from '../../graph/limits';
import { sourceId } from '../../graph/ingest-plan';
import { lookup } from '../../graph/read-service';
import type { ClaimCriteria } from '../../db/queries/claims';
import type { QueryResolvers } from '../generated/resolvers-types';
import { dayFrom, dayTo, decodeClaimCursor, decodeCursor, nonEmpty, pageSize } from '../args';
import { apiError } from '../errors';
import { claimPartsFor, requestedFields } from '../selection';

/** A source given by id (`source:reuters`) or by name (`Reuters`). */
function sourceRef(value: string | null | undefined, argument: string): string | undefined {
  const ref = nonEmpty(value, argument);
  if (ref === undefined) return undefined;
  return ref.startsWith('source:') ? ref : sourceId(ref);
}

function asOfDay(value: string | null | undefined): string | null {
  return dayTo(value, 'asOf') ?? null;
}

export const queryResolvers: QueryResolvers = {
  claims: async (_parent, args, { read, config }, info) => {
    const filter = args.filter ?? {};
    const claimant = nonEmpty(filter.claimant, 'filter.claimant');
    const about = nonEmpty(filter.about, 'filter.about');
    const criteria: ClaimCriteria = {
      claimant: claimant === undefined ? undefined : lookup(claimant),
      about: about === undefined ? undefined : lookup(about),
      stances: filter.stance ?? undefined,
      claimedFrom: dayFrom(filter.claimedOn?.from, 'filter.claimedOn.from'),
      claimedTo: dayTo(filter.claimedOn?.to, 'filter.claimedOn.to'),
      publishedFrom: dayFrom(filter.publishedOn?.from, 'filter.publishedOn.from'),
      publishedTo: dayTo(filter.publishedOn?.to, 'filter.publishedOn.to'),
      outletId: sourceRef(filter.outlet, 'filter.outlet'),
      originId: sourceRef(filter.origin, 'filter.origin'),
      language: filter.language ?? undefined,
      articleId: nonEmpty(filter.article, 'filter.article'),
      hedged: filter.hedged ?? undefined,
      asOf: asOfDay(args.asOf) ?? undefined,
    };
    const order = { field: args.orderBy?.field ?? 'CLAIMED_ON', direction: args.orderBy?.direction ?? 'DESC' } as const;
    const parts = claimPartsFor(requestedFields(info, ['edges', 'node']));
    const page = { limit: pageSize(args.first, 20, config.limits), after: decodeClaimCursor(args.after, order), withTotal: requestedFields(info, []).has('totalCount') };
    return read.claims(criteria, order, page, parts);
  },

  claim: (_parent, { id }, { loaders }) => loaders.claim.load(id),

  entity: (_parent, { id }, { loaders }) => loaders.entity.load(id),

  entities: (_parent, args, { read, config }) =>
    read.entities(args.type ?? null, decodeCursor(args.after), pageSize(args.first, 20, config.limits)),

  searchEntities: async (_parent, args, { read, config }) => {
    const text = nonEmpty(args.text, 'text');
    const first = pageSize(args.first, 10, config.limits);
    return text === undefined || first === 0 ? [] : read.searchEntities(text, args.type ?? null, first);
  },

  event: (_parent, { id }, { loaders }) => loaders.event.load(id),

  events: (_parent, args, { read, config }) => {
    const filter = args.filter ?? {};
    const participant = nonEmpty(filter.participant, 'filter.participant');
    return read.events(
      {
        kinds: filter.kind ?? undefined,
        participant: participant === undefined ? undefined : lookup(participant),
        from: dayFrom(filter.period?.from, 'filter.period.from'),
        to: dayTo(filter.period?.to, 'filter.period.to'),
        asOf: asOfDay(args.asOf) ?? undefined,
      },
      args.direction ?? 'ASC',
      decodeCursor(args.after),
      pageSize(args.first, 20, config.limits),
    );
  },

  timeline: (_parent, args, { read, config }, info) => {
    const eventFields = requestedFields(info, ['items', 'event']);
    return read.timeline(
      nonEmpty(args.entity, 'entity')!,
      asOfDay(args.asOf),
      pageSize(args.first, 50, config.limits),
      claimPartsFor(requestedFields(info, ['items', 'claims'])),
      eventFields.has('participants') || eventFields.has('reportCount'),
    );
  },

  contradictions: (_parent, args, { read, config }, info) => {
    const fields = new Set([...requestedFields(info, ['pairs', 'claim']), ...requestedFields(info, ['pairs', 'opposing'])]);
    return read.contradictions(
      nonEmpty(args.about, 'about')!,
      asOfDay(args.asOf),
      decodeCursor(args.after),
      pageSize(args.first, 20, config.limits),
      claimPartsFor(fields),
    );
  },

  corroborations: (_parent, args, { read, config }) =>
    read.corroborations(
      nonEmpty(args.about, 'about')!,
      asOfDay(args.asOf),
      pageSize(args.claimsPerGroup, 5, config.limits, 'claimsPerGroup'),
      pageSize(args.first, 50, config.limits),
    ),

  neighbourhood: (_parent, args, { read }) => {
    const depth = args.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw apiError('BAD_USER_INPUT', 'depth must be 1, 2 or 3.', { argument: 'depth' });
    const limit = args.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > NEIGHBOURHOOD_MAX_NODES) {
      throw apiError('BAD_USER_INPUT', `limit must be 1..${NEIGHBOURHOOD_MAX_NODES}.`, { argument: 'limit', max: NEIGHBOURHOOD_MAX_NODES });
    }
    if (args.ids.length === 0 || args.ids.length > 50) throw apiError('BAD_USER_INPUT', 'ids must hold 1..50 ids.', { argument: 'ids' });
    return read.neighbourhood(args.ids, depth, args.types ?? [], limit);
  },

  article: (_parent, { id }, { loaders }) => loaders.article.load(id),

  articles: (_parent, args, { read, config }) => {
    const filter = args.filter ?? {};
    return read.articles(
      {
        outletId: sourceRef(filter.source, 'filter.source'),
        language: filter.language ?? undefined,
        publishedFrom: dayFrom(filter.publishedOn?.from, 'filter.publishedOn.from'),
        publishedTo: dayTo(filter.publishedOn?.to, 'filter.publishedOn.to'),
        asOf: asOfDay(args.asOf) ?? undefined,
      },
      decodeCursor(args.after),
      pageSize(args.first, 20, config.limits),
    );
  },

  sources: (_parent, args, { read, config }) => read.sources(pageSize(args.first, 100, config.limits)),

  mergeAudits: (_parent, args, { read, config }) => read.mergeAudits(nonEmpty(args.entity, 'entity') ?? null, pageSize(args.first, 20, config.limits)),

  graphCounts: async (_parent, _args, { read }) => {
    const counts = await read.counts();
    return {
      nodes: counts.nodes,
      relationships: counts.relationships,
      articles: counts.articles,
      claims: counts.claims,
      entities: counts.entities,
      events: counts.events,
    };
  },
};
