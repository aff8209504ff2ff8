import DataLoader from 'dataloader';
import type { ClaimRelation } from '../db/queries/claims';
import type { ArticleDetailsModel, ArticleModel, ClaimModel, EntityModel, EventModel, SourceModel } from '../graph/models';
import type { ReadService } from '../graph/read-service';

/** A nested list field: the owner and how many items the query asked for. */
export interface ListKey {
  id: string;
  first: number;
  /** Last day included, or null for everything. */
  asOf: string | null;
}

const listKey = (key: ListKey) => `${key.id}|${key.first}|${key.asOf ?? ''}`;

/**
 * Per-request DataLoaders (never shared across requests): every nested field of a page
 * is fetched with one query per field, whatever the page size.
 */
export function createLoaders(read: ReadService) {
  const byIds = <T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await fetch(ids);
      return ids.map((id) => found.get(id) ?? null);
    });

  // One query per distinct `asOf` (usually one), with the largest `first` asked; each owner gets its own slice.
  const lists = <T>(fetch: (ids: readonly string[], limit: number, asOf: string | null) => Promise<Map<string, T[]>>) =>
    new DataLoader<ListKey, T[], string>(
      async (keys) => {
        const byAsOf = new Map<string | null, ListKey[]>();
        for (const key of keys) byAsOf.set(key.asOf, [...(byAsOf.get(key.asOf) ?? []), key]);
        const found = new Map<string, T[]>();
        for (const [asOf, group] of byAsOf) {
          const limit = Math.max(...group.map((key) => key.first));
          const rows = await fetch([...new Set(group.map((key) => key.id))], limit, asOf);
          for (const [id, items] of rows) found.set(`${id}|${asOf ?? ''}`, items);
        }
        return keys.map((key) => (found.get(`${key.id}|${key.asOf ?? ''}`) ?? []).slice(0, key.first));
      },
      { cacheKeyFn: listKey },
    );

  const claimsBy = (relation: ClaimRelation) => lists<ClaimModel>((ids, limit, asOf) => read.claimsByOwner(relation, ids, limit, asOf));

  return {
    entity: byIds<EntityModel>((ids) => read.entitiesByIds(ids)),
    event: byIds<EventModel>((ids) => read.eventsByIds(ids)),
    claim: byIds<ClaimModel>((ids) => read.claimsByIds(ids)),
    article: byIds<ArticleModel>((ids) => read.articlesByIds(ids)),
    articleDetails: byIds<ArticleDetailsModel>((ids) => read.articleDetails(ids)),
    source: byIds<SourceModel>((ids) => read.sourcesByIds(ids)),
    claimLinks: byIds<{ contradicts: ClaimModel[]; corroborates: ClaimModel[] }>((ids) => read.claimLinks(ids)),
    claimsMade: claimsBy('claimant'),
    claimsAbout: claimsBy('about'),
    eventClaims: claimsBy('event'),
    eventsOf: lists<EventModel>((ids, limit, asOf) => read.eventsByParticipant(ids, limit, asOf)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
