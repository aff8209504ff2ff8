import type { ClaimModel, Page, ParticipantModel, SourceModel } from '../../graph/models';
import type { ClaimConnectionResolvers, Resolvers } from '../generated/resolvers-types';
import { connection, dayTo, encodeClaimCursor, pageSize } from '../args';

/** Field resolvers: computed from the model, or batched per request through DataLoaders. */

const ROLE_ORDER = ['from', 'to', 'supplier', 'recipient', 'party', 'participant', 'place'];

/** Participants in role order (from before to, supplier before recipient), then by entity id. */
export function sortParticipants(participants: readonly ParticipantModel[]): ParticipantModel[] {
  const rank = (role: string) => (ROLE_ORDER.includes(role) ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.length);
  return [...participants].sort((a, b) => rank(a.role) - rank(b.role) || a.entity.id.localeCompare(b.entity.id));
}

function origin(outlet: SourceModel | null, agencies: SourceModel[]): SourceModel | null {
  return agencies[0] ?? outlet;
}

const connectionResolvers = {
  totalCount: (page: Page<unknown>) => page.totalCount,
  edges: (page: Page<unknown>) => connection(page).edges,
  pageInfo: (page: Page<unknown>) => connection(page).pageInfo,
};

/** Keyset pages of claims; `totalCount` was counted by the page query when selected, else it is counted now. */
const claimConnectionResolvers: ClaimConnectionResolvers = {
  totalCount: (page, _args, { read }) => page.totalCount ?? read.countClaims(page.criteria),
  edges: (page) => page.nodes.map((node, index) => ({ cursor: encodeClaimCursor(page.order, page.keys[index], node.id), node })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.nodes.length > 0 ? encodeClaimCursor(page.order, page.keys[0], page.nodes[0].id) : null,
    endCursor: page.nodes.length > 0 ? encodeClaimCursor(page.order, page.keys[page.nodes.length - 1], page.nodes[page.nodes.length - 1].id) : null,
  }),
};

export const typeResolvers: Resolvers = {
  ClaimConnection: claimConnectionResolvers,
  EntityConnection: connectionResolvers as never,
  EventConnection: connectionResolvers as never,
  ArticleConnection: connectionResolvers as never,

  Entity: {
    country: (entity, _args, { loaders }) => (entity.countryId ? loaders.entity.load(entity.countryId) : null),
    claimsMade: (entity, { first, asOf }, { loaders, config }) =>
      loaders.claimsMade.load({ id: entity.id, first: pageSize(first, 10, config.limits), asOf: dayTo(asOf, 'asOf') ?? null }),
    claimsAbout: (entity, { first, asOf }, { loaders, config }) =>
      loaders.claimsAbout.load({ id: entity.id, first: pageSize(first, 10, config.limits), asOf: dayTo(asOf, 'asOf') ?? null }),
    events: (entity, { first, asOf }, { loaders, config }) =>
      loaders.eventsOf.load({ id: entity.id, first: pageSize(first, 10, config.limits), asOf: dayTo(asOf, 'asOf') ?? null }),
  },

  Event: {
    size: (event) => event.size ?? null,
    // Null when the page did not ask for them (see src/api/selection.ts).
    participants: (event) => sortParticipants(event.participants ?? []),
    reportCount: (event) => event.reportCount ?? 0,
    claims: (event, { first, asOf }, { loaders, config }) =>
      loaders.eventClaims.load({ id: event.id, first: pageSize(first, 10, config.limits), asOf: dayTo(asOf, 'asOf') ?? null }),
  },

  Claim: {
    // Related parts are null when the page did not ask for them (see src/api/selection.ts).
    claimant: (claim) => claim.claimants?.[0] ?? null,
    claimants: (claim) => claim.claimants ?? [],
    content: (claim) => ({ text: claim.text, start: claim.contentStart, end: claim.contentEnd }),
    evidence: (claim) => ({ text: claim.evidenceText, start: claim.evidenceStart, end: claim.evidenceEnd }),
    hedges: (claim) => claim.hedges ?? [],
    language: (claim) => claim.language as 'fr' | 'en',
    reporting: (claim) => ({ outlet: claim.outlet ?? null, agencies: claim.agencies ?? [], origin: origin(claim.outlet ?? null, claim.agencies ?? []) }),
    about: (claim) => [...(claim.aboutEntities ?? []), ...(claim.aboutEvents ?? [])],
    aboutEntities: (claim) => claim.aboutEntities ?? [],
    aboutEvents: (claim) => claim.aboutEvents ?? [],
    contradicts: async (claim, _args, { loaders }) => (await loaders.claimLinks.load(claim.id))?.contradicts ?? [],
    corroborates: async (claim, _args, { loaders }) => (await loaders.claimLinks.load(claim.id))?.corroborates ?? [],
  },

  ClaimTarget: {
    __resolveType: (target) => ('kind' in target ? 'Event' : 'Entity'),
  },

  Article: {
    language: (article) => article.language as 'fr' | 'en',
    reporting: async (article, _args, { loaders }) => {
      const [outlet, ...agencies] = await Promise.all([
        article.outletId ? loaders.source.load(article.outletId) : Promise.resolve(null),
        ...article.agencyIds.map((id) => loaders.source.load(id)),
      ]);
      const present = agencies.filter((s): s is SourceModel => s !== null);
      return { outlet, agencies: present, origin: origin(outlet, present) };
    },
    text: async (article, _args, { loaders }) => (await loaders.articleDetails.load(article.id))?.text ?? '',
    spans: async (article, _args, { loaders }) => (await loaders.articleDetails.load(article.id))?.spans ?? [],
    claims: async (article, _args, { loaders }) => (await loaders.articleDetails.load(article.id))?.claims ?? [],
    entities: async (article, _args, { loaders }) => (await loaders.articleDetails.load(article.id))?.entities ?? [],
    events: async (article, _args, { loaders }) => (await loaders.articleDetails.load(article.id))?.events ?? [],
  },

  Corroboration: {
    target: (group) => (group.targetType === 'Event' ? group.event! : group.entity!),
  },

  GraphNode: { data: (node) => ({ ...node, stance: (node.stance as ClaimModel['stance'] | null) ?? null }) as never },
  GraphEdge: { data: (edge) => edge },

  IngestResult: {
    article: (outcome, _args, { loaders }) => (outcome.status === 'failed' || !outcome.articleId ? null : loaders.article.load(outcome.articleId)),
  },

  IngestBatchResult: {
    created: (batch) => batch.results.filter((r) => r.status === 'created').length,
    updated: (batch) => batch.results.filter((r) => r.status === 'updated').length,
    unchanged: (batch) => batch.results.filter((r) => r.status === 'unchanged').length,
    failed: (batch) => batch.results.filter((r) => r.status === 'failed').length,
  },
};
