import type { Executor, RoundTripCounter, Row } from '../db/executor';
import type { CypherQuery } from '../db/cypher';
import { corroborationsQuery, contradictionsQuery, timelineQuery } from '../db/queries/analysis';
import { articleDetailsQuery, articlesByIdQuery, articlesPageQuery, graphCountsQuery, sourcesByIdQuery, sourcesQuery, type ArticleCriteria } from '../db/queries/articles';
import {
  chooseClaimsStart,
  claimedOnStartApplies,
  claimLinksQuery,
  claimsByIdQuery,
  claimsByOwnerQuery,
  claimsCountQuery,
  claimsPageQuery,
  claimsPlanQuery,
  type ClaimCriteria,
  type ClaimKeyset,
  type ClaimOrder,
  type ClaimPageArgs,
  type ClaimRelation,
  type ClaimsPlanStats,
} from '../db/queries/claims';
import { entitiesByIdQuery, entitiesPageQuery, entitySearchLucene, searchEntitiesQuery } from '../db/queries/entities';
import { eventsByIdQuery, eventsByParticipantQuery, eventsPageQuery, type EventCriteria } from '../db/queries/events';
import { mergeAuditsQuery } from '../db/queries/merge';
import { neighbourhoodQuery, type NodeGroup } from '../db/queries/neighbourhood';
import type { ClaimParts } from '../db/queries/projections';
import type { EntityType } from '../extraction/types';
import { buildSpans } from './spans';
import type {
  ArticleDetailsModel,
  ArticleModel,
  ClaimModel,
  ClaimPage,
  ContradictionsModel,
  CorroborationModel,
  EntityModel,
  EventModel,
  MergeAuditModel,
  NeighbourhoodModel,
  Page,
  SourceDetailsModel,
  SourceModel,
  TimelineModel,
} from './models';
import { nameKey } from './names';
import { sortTimeline } from './timeline';

/** A name or id an analyst typed, with its folded key for alias matching. */
export function lookup(value: string): { value: string; key: string } {
  return { value, key: nameKey(value) };
}

/**
 * Read side of the graph: every method is one Cypher statement (one round trip),
 * whatever the page size. Batched variants (`...ByIds`) serve DataLoaders.
 */
export class ReadService {
  constructor(
    private readonly executor: Executor,
    private readonly counter?: RoundTripCounter,
  ) {}

  private read(query: CypherQuery): Promise<Row[]> {
    return this.executor.read(query, this.counter);
  }

  /**
   * One page of claims. Usually one round trip; a page filtered by claimant or target and a
   * claim-date range, without its total, first reads the targets' degrees to pick where the
   * page query starts (`chooseClaimsStart`), both in one transaction.
   */
  async claims(
    criteria: ClaimCriteria,
    order: ClaimOrder,
    page: { limit: number; after: ClaimKeyset | null; withTotal: boolean },
    parts?: Readonly<ClaimParts>,
  ): Promise<ClaimPage> {
    const args: ClaimPageArgs = { ...page };
    const plan = !page.withTotal && page.limit > 0 && claimedOnStartApplies(criteria, order);
    const [row] = plan
      ? await this.executor.readTransaction(
          'claims.page',
          async (run) => {
            const [stats] = await run(claimsPlanQuery(criteria));
            args.start = chooseClaimsStart(stats as unknown as ClaimsPlanStats, page.limit + 1);
            return run(claimsPageQuery(criteria, order, args, parts));
          },
          this.counter,
        )
      : await this.read(claimsPageQuery(criteria, order, args, parts));
    const nodes = row.nodes as ClaimModel[];
    const keys = row.keys as (string | number)[];
    return {
      totalCount: (row.totalCount as number | null) ?? null,
      nodes: nodes.slice(0, page.limit),
      keys: keys.slice(0, page.limit),
      hasNextPage: nodes.length > page.limit,
      hasPreviousPage: page.after !== null,
      order,
      criteria,
    };
  }

  async countClaims(criteria: ClaimCriteria): Promise<number> {
    const [row] = await this.read(claimsCountQuery(criteria));
    return row.totalCount as number;
  }

  async claimsByIds(ids: readonly string[]): Promise<Map<string, ClaimModel>> {
    const rows = await this.read(claimsByIdQuery(ids));
    return new Map(rows.map((row) => [(row.claim as ClaimModel).id, row.claim as ClaimModel]));
  }

  async claimsByOwner(relation: ClaimRelation, ids: readonly string[], limit: number, asOf: string | null = null): Promise<Map<string, ClaimModel[]>> {
    const rows = await this.read(claimsByOwnerQuery(relation, ids, limit, asOf));
    return new Map(rows.map((row) => [row.id as string, row.claims as ClaimModel[]]));
  }

  async claimLinks(ids: readonly string[]): Promise<Map<string, { contradicts: ClaimModel[]; corroborates: ClaimModel[] }>> {
    const rows = await this.read(claimLinksQuery(ids));
    return new Map(
      rows.map((row) => [row.id as string, { contradicts: row.contradicts as ClaimModel[], corroborates: row.corroborates as ClaimModel[] }]),
    );
  }

  async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
    const rows = await this.read(entitiesByIdQuery(ids));
    return new Map(rows.map((row) => [row.id as string, row.entity as EntityModel]));
  }

  async entities(type: EntityType | null, skip: number, limit: number): Promise<Page<EntityModel>> {
    const [row] = await this.read(entitiesPageQuery(type, skip, limit));
    return { totalCount: row.totalCount as number, nodes: row.nodes as EntityModel[], skip, limit };
  }

  async searchEntities(text: string, type: EntityType | null, limit: number): Promise<{ entity: EntityModel; score: number }[]> {
    const lucene = entitySearchLucene([nameKey(text)]);
    if (lucene === '') return [];
    const rows = await this.read(searchEntitiesQuery(lucene, type, limit));
    return rows.map((row) => ({ entity: row.entity as EntityModel, score: row.score as number }));
  }

  async events(criteria: EventCriteria, direction: 'ASC' | 'DESC', skip: number, limit: number): Promise<Page<EventModel>> {
    const [row] = await this.read(eventsPageQuery(criteria, direction, skip, limit));
    return { totalCount: row.totalCount as number, nodes: row.nodes as EventModel[], skip, limit };
  }

  async eventsByIds(ids: readonly string[]): Promise<Map<string, EventModel>> {
    const rows = await this.read(eventsByIdQuery(ids));
    return new Map(rows.map((row) => [row.id as string, row.event as EventModel]));
  }

  async eventsByParticipant(ids: readonly string[], limit: number, asOf: string | null = null): Promise<Map<string, EventModel[]>> {
    const rows = await this.read(eventsByParticipantQuery(ids, limit, asOf));
    return new Map(rows.map((row) => [row.id as string, row.events as EventModel[]]));
  }

  async timeline(entity: string, asOf: string | null, limit: number, parts?: Readonly<ClaimParts>, eventDetails?: boolean): Promise<TimelineModel | null> {
    const [row] = await this.read(timelineQuery(lookup(entity), asOf, limit, parts, eventDetails));
    if (!row) return null;
    return sortTimeline(
      row.entity as EntityModel,
      row.events as { event: EventModel; claims: ClaimModel[] }[],
      row.claims as ClaimModel[],
      limit,
    );
  }

  async contradictions(about: string, asOf: string | null, skip: number, limit: number, parts?: Readonly<ClaimParts>): Promise<ContradictionsModel> {
    const [row] = await this.read(contradictionsQuery(lookup(about), asOf, skip, limit, parts));
    return row as unknown as ContradictionsModel;
  }

  async corroborations(about: string, asOf: string | null, claimsPerGroup: number, limit: number): Promise<CorroborationModel[]> {
    const rows = await this.read(corroborationsQuery(lookup(about), asOf, claimsPerGroup, limit));
    return rows as unknown as CorroborationModel[];
  }

  async neighbourhood(ids: readonly string[], depth: number, groups: readonly NodeGroup[], limit: number): Promise<NeighbourhoodModel> {
    const [row] = await this.read(neighbourhoodQuery(ids, depth, groups, limit));
    return stableNeighbourhood(row as unknown as NeighbourhoodModel, ids);
  }

  async articleDetails(ids: readonly string[]): Promise<Map<string, ArticleDetailsModel>> {
    const rows = await this.read(articleDetailsQuery(ids));
    return new Map(
      rows.map((row) => {
        const details = buildSpans(row as never);
        return [row.id as string, details];
      }),
    );
  }

  async articlesByIds(ids: readonly string[]): Promise<Map<string, ArticleModel>> {
    const rows = await this.read(articlesByIdQuery(ids));
    return new Map(rows.map((row) => [row.id as string, row.article as ArticleModel]));
  }

  async articles(criteria: ArticleCriteria, skip: number, limit: number): Promise<Page<ArticleModel>> {
    const [row] = await this.read(articlesPageQuery(criteria, skip, limit));
    return { totalCount: row.totalCount as number, nodes: row.nodes as ArticleModel[], skip, limit };
  }

  async sources(limit: number): Promise<SourceDetailsModel[]> {
    return (await this.read(sourcesQuery(limit))) as unknown as SourceDetailsModel[];
  }

  async sourcesByIds(ids: readonly string[]): Promise<Map<string, SourceModel>> {
    const rows = await this.read(sourcesByIdQuery(ids));
    return new Map(rows.map((row) => [row.id as string, row.source as SourceModel]));
  }

  async mergeAudits(entityId: string | null, limit: number): Promise<MergeAuditModel[]> {
    const rows = await this.read(mergeAuditsQuery(entityId, limit));
    return rows.map((row) => row.audit as MergeAuditModel);
  }

  async counts(): Promise<Record<string, number>> {
    const [row] = await this.read(graphCountsQuery());
    return row as Record<string, number>;
  }
}

/** The same graph gives the same answer: start nodes first, then nodes and edges by id. */
export function stableNeighbourhood(graph: NeighbourhoodModel, startIds: readonly string[]): NeighbourhoodModel {
  const start = new Map(startIds.map((id, index) => [id, index]));
  const rank = (id: string) => start.get(id) ?? startIds.length;
  return {
    truncated: graph.truncated,
    nodes: [...graph.nodes].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id)),
    edges: [...graph.edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
