import type { ArticleRow } from './ingest-plan';
import type { ClaimCriteria, ClaimOrder } from '../db/queries/claims';
import type { DatePrecision, EntityType, Stance } from '../extraction/types';

/**
 * Domain models: what services return and resolvers receive (codegen mappers point here).
 * They mirror the Cypher projections in src/db/queries/projections.ts.
 */

export interface EntityModel {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role: string | null;
  countryId: string | null;
  mergedIds: string[];
}

export interface SourceModel {
  id: string;
  name: string;
  kind: 'outlet' | 'agency' | 'unknown';
}

/** An article as the API returns it: the row ingestion writes, without its (large) text. */
export type ArticleModel = Omit<ArticleRow, 'text'>;

export interface ParticipantModel {
  role: string;
  entity: EntityModel;
}

export interface EventModel {
  id: string;
  kind: 'deployment' | 'arms_transfer' | 'agreement' | 'meeting';
  title: string;
  when: string | null;
  whenPrecision: DatePrecision | null;
  whenEnd: string | null;
  whenStart: string | null;
  size: number | null;
  sizeQualifier: string | null;
  unit: string | null;
  status: string | null;
  items: string[] | null;
  quantity: number | null;
  quantityQualifier: string | null;
  quantityUnit: string | null;
  name: string | null;
  participants: ParticipantModel[];
  reportCount: number;
}

export interface ClaimModel {
  id: string;
  stance: Stance;
  polarity: 'positive' | 'negative';
  claimantText: string | null;
  cue: string | null;
  hedged: boolean;
  hedges: string[];
  text: string;
  contentStart: number;
  contentEnd: number;
  evidenceText: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number | null;
  claimedOn: string | null;
  claimedOnPrecision: DatePrecision | null;
  claimedOnStart: string | null;
  publishedOn: string | null;
  reportedOn: string;
  language: string;
  outletId: string | null;
  originId: string;
  articleId: string;
  claimants: EntityModel[];
  article: ArticleModel;
  outlet: SourceModel | null;
  agencies: SourceModel[];
  aboutEntities: EntityModel[];
  aboutEvents: EventModel[];
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  skip: number;
  limit: number;
}

export type SpanKind = 'mention' | 'claim' | 'claim_content' | 'event';

export interface SpanModel {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  entity: EntityModel | null;
  claim: ClaimModel | null;
  event: EventModel | null;
}

export interface ArticleDetailsModel {
  article: ArticleModel;
  text: string;
  spans: SpanModel[];
  claims: ClaimModel[];
  entities: EntityModel[];
  events: EventModel[];
}

export interface TimelineItemModel {
  date: string | null;
  precision: DatePrecision | null;
  event: EventModel | null;
  claims: ClaimModel[];
}

export interface TimelineModel {
  entity: EntityModel;
  items: TimelineItemModel[];
}

export interface ContradictionModel {
  claim: ClaimModel;
  opposing: ClaimModel;
  /** True when ingestion linked the two claims (:CONTRADICTS) through a shared event or entity. */
  linked: boolean;
}

export interface ContradictionsModel {
  totalCount: number;
  positiveCount: number;
  negativeCount: number;
  pairs: ContradictionModel[];
}

export interface CorroborationModel {
  targetType: 'Entity' | 'Event';
  entity: EntityModel | null;
  event: EventModel | null;
  polarity: 'positive' | 'negative';
  stances: Stance[];
  claimCount: number;
  independentOrigins: number;
  origins: SourceModel[];
  claims: ClaimModel[];
}

export interface GraphNodeModel {
  id: string;
  group: string;
  type: string;
  label: string;
  date: string | null;
  stance: string | null;
}

export interface GraphEdgeModel {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}

export interface NeighbourhoodModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  truncated: boolean;
}

export interface MergeAuditModel {
  id: string;
  actor: string;
  at: string;
  reason: string | null;
  keepId: string;
  keepName: string;
  mergeId: string;
  mergeName: string;
  mergeType: string;
  mergeAliases: string[];
  movedMentions: number;
  movedClaimed: number;
  movedAbout: number;
  movedInvolves: number;
}

export interface SourceDetailsModel {
  source: SourceModel;
  articleCount: number;
  relays: SourceModel[];
  relayedBy: SourceModel[];
}

export type IngestStatus = 'created' | 'updated' | 'unchanged' | 'failed';

export interface IngestOutcome {
  articleId: string;
  key: string;
  title: string | null;
  status: IngestStatus;
  error: string | null;
  counts: { entities: number; events: number; claims: number; mentions: number };
}

export interface DeleteOutcome {
  articlesRemoved: number;
  claimsRemoved: number;
  eventsRemoved: number;
  entitiesRemoved: number;
  sourcesRemoved: number;
}

/**
 * A keyset page of claims: each node comes with its sort key (cursors encode key and id).
 * `totalCount` is null when the request did not select it; the criteria stay so that a
 * field resolver can still count (see src/api/resolvers/types.ts).
 */
export interface ClaimPage {
  totalCount: number | null;
  nodes: ClaimModel[];
  keys: (string | number)[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  order: ClaimOrder;
  criteria: ClaimCriteria;
}
export type EntityPage = Page<EntityModel>;
export type EventPage = Page<EventModel>;
export type ArticlePage = Page<ArticleModel>;

export interface ReportingChainModel {
  outlet: SourceModel | null;
  agencies: SourceModel[];
  origin: SourceModel | null;
}

export interface IngestBatchModel {
  results: IngestOutcome[];
}

export interface DeleteArticleModel extends DeleteOutcome {
  articleId: string;
}

export interface MergeResultModel {
  entity: EntityModel;
  audit: MergeAuditModel;
}
