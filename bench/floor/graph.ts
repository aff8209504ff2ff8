import { MAX_LINKS_PER_CLAIM } from '../../src/db/queries/ingest';
import type { ArticlePlan, ArticleRow, ClaimRow, EventRow } from '../../src/graph/ingest-plan';

/**
 * The floor's graph: what the ingestion service writes, computed in memory from the same
 * article plans (src/graph/ingest-plan.ts), deduplicated, so it can be written with plain
 * UNWIND ... CREATE statements and nothing else. Claim links follow the service's rule
 * (src/db/queries/ingest.ts, linkClaimsCypher): when a batch is written, each of its claims is
 * linked to the MAX_LINKS_PER_CLAIM most recently reported claims (reportedOn DESC, id) that share
 * an event with it and exist by then (earlier batches and its own), CONTRADICTS for opposed
 * polarities, CORROBORATES for the same polarity from another origin; one link per pair, from the
 * smaller id. The floor replays that in memory, batch by batch, in the service's order. The
 * service takes the first MAX_LINKS_PER_CLAIM it finds, in traversal order, where the floor takes
 * the most recently reported: where an event has more candidates than the cap, the two may link
 * a few different pairs (the count check allows for it, see compareCounts).
 */

export interface FloorNode {
  id: string;
  props: Record<string, unknown>;
}

export interface FloorGraph {
  sources: FloorNode[];
  articles: FloorNode[];
  /** label: the entity type (Country, Person...) or event label (Deployment...). */
  entities: (FloorNode & { label: string })[];
  events: (FloorNode & { label: string })[];
  claims: FloorNode[];
  /** Relationships by type: [from id, to id, properties]. */
  rels: Record<string, { from: string; to: string; props: Record<string, unknown> }[]>;
}

interface EntityAcc {
  id: string;
  label: string;
  name: string;
  aliases: Set<string>;
  nameKeys: Set<string>;
  role: string | null;
  countryId: string | null;
}

interface ClaimLinkInfo {
  id: string;
  polarity: string;
  origin: string;
  reportedOn: string;
  events: string[];
  entities: string[];
  /** The service's write batch this claim was written in. */
  batch: number;
}

/** Accumulates plans one at a time (they can be streamed), then gives the deduplicated graph. */
export class FloorGraphBuilder {
  private readonly sources = new Map<string, FloorNode>();
  private readonly articles: FloorNode[] = [];
  private readonly entities = new Map<string, EntityAcc>();
  private readonly events = new Map<string, FloorNode & { label: string }>();
  private readonly claims: FloorNode[] = [];
  private readonly claimInfo = new Map<string, ClaimLinkInfo>();
  private readonly rels: FloorGraph['rels'] = {
    REPORTED_BY: [],
    VIA: [],
    RELAYS: [],
    MENTIONS: [],
    REPORTS: [],
    INVOLVES: [],
    REPORTED_IN: [],
    CLAIMED: [],
    ABOUT: [],
    CONTRADICTS: [],
    CORROBORATES: [],
  };
  private readonly seenRels = new Set<string>();
  private readonly articleIds = new Set<string>();

  /** `batch`: the index of the service transaction that writes this article (articles / batch size). */
  add(plan: ArticlePlan, fingerprint: string, batch = 0): void {
    const article = plan.article;
    if (this.articleIds.has(article.id)) return; // the service skips an article it already has
    this.articleIds.add(article.id);
    for (const source of plan.sources) if (!this.sources.has(source.id)) this.sources.set(source.id, { id: source.id, props: { ...source } });
    this.articles.push({ id: article.id, props: articleProps(article, fingerprint) });
    if (article.outletId) this.rel('REPORTED_BY', article.id, article.outletId);
    for (const agencyId of article.agencyIds) {
      this.rel('VIA', article.id, agencyId);
      if (article.outletId) this.rel('RELAYS', article.outletId, agencyId);
    }
    for (const entity of plan.entities) {
      let acc = this.entities.get(entity.id);
      if (!acc) {
        acc = { id: entity.id, label: entity.type, name: entity.name, aliases: new Set(), nameKeys: new Set(), role: null, countryId: null };
        this.entities.set(entity.id, acc);
      }
      for (const alias of entity.aliases) acc.aliases.add(alias);
      for (const key of entity.nameKeys) acc.nameKeys.add(key);
      acc.role ??= entity.role;
      acc.countryId ??= entity.countryId;
      this.rel('MENTIONS', article.id, entity.id, {
        starts: entity.starts,
        ends: entity.ends,
        texts: entity.texts,
        aliases: entity.aliases,
        nameKeys: entity.nameKeys,
        count: entity.starts.length,
      });
    }
    for (const event of plan.events) {
      if (!this.events.has(event.id)) this.events.set(event.id, { id: event.id, label: event.label, props: eventProps(event) });
      this.rel('REPORTS', article.id, event.id, {
        ...event.details,
        evidenceText: event.evidenceText,
        evidenceStart: event.evidenceStart,
        evidenceEnd: event.evidenceEnd,
        confidence: event.confidence,
      });
      for (const participant of event.participants) this.rel('INVOLVES', event.id, participant.entityId, { role: participant.role }, participant.role);
    }
    for (const claim of plan.claims) this.addClaim(claim, batch);
  }

  private addClaim(claim: ClaimRow, batch: number): void {
    if (this.claimInfo.has(claim.id)) return;
    this.claims.push({ id: claim.id, props: claimProps(claim) });
    this.rel('REPORTED_IN', claim.id, claim.articleId);
    for (const id of claim.claimantIds) if (this.entities.has(id)) this.rel('CLAIMED', id, claim.id);
    const entities = claim.aboutEntityIds.filter((id) => this.entities.has(id));
    const events = claim.aboutEventIds.filter((id) => this.events.has(id));
    for (const id of entities) this.rel('ABOUT', claim.id, id);
    for (const id of events) this.rel('ABOUT', claim.id, id);
    this.claimInfo.set(claim.id, { id: claim.id, polarity: claim.polarity, origin: claim.originId, reportedOn: claim.reportedOn, events, entities, batch });
  }

  private rel(type: string, from: string, to: string, props: Record<string, unknown> = {}, discriminator = ''): void {
    const key = `${type}|${from}|${to}|${discriminator}`;
    if (this.seenRels.has(key)) return;
    this.seenRels.add(key);
    this.rels[type].push({ from, to, props });
  }

  /**
   * How many claim pairs share a target (an upper bound on CONTRADICTS + CORROBORATES), without
   * building them: the bench skips the floor when this would not fit in memory.
   */
  candidatePairs(): number {
    const perTarget = new Map<string, number>();
    for (const info of this.claimInfo.values()) {
      for (const target of info.events) perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
    }
    let pairs = 0;
    for (const n of perTarget.values()) pairs += (n * (n - 1)) / 2;
    return pairs;
  }

  /** Replays the service's linking, batch by batch (see the comment at the top). */
  private links(): void {
    const byEvent = new Map<string, ClaimLinkInfo[]>();
    const batches = new Map<number, ClaimLinkInfo[]>();
    for (const info of this.claimInfo.values()) {
      const list = batches.get(info.batch);
      if (list) list.push(info);
      else batches.set(info.batch, [info]);
    }
    const linked = new Set<string>();
    const newer = (a: ClaimLinkInfo, b: ClaimLinkInfo) => (a.reportedOn < b.reportedOn ? 1 : a.reportedOn > b.reportedOn ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const batch of [...batches.keys()].sort((a, b) => a - b)) {
      const claims = batches.get(batch)!;
      for (const info of claims) for (const event of info.events) (byEvent.get(event) ?? byEvent.set(event, []).get(event)!).push(info);
      for (const c of claims) {
        const candidates = new Map<string, ClaimLinkInfo>();
        for (const event of c.events) for (const o of byEvent.get(event)!) if (o !== c) candidates.set(o.id, o);
        const all = [...candidates.values()].sort(newer);
        const contradicting = all.filter((o) => o.polarity !== c.polarity).slice(0, MAX_LINKS_PER_CLAIM);
        const corroborating = all.filter((o) => o.polarity === c.polarity && o.origin !== c.origin).slice(0, MAX_LINKS_PER_CLAIM);
        for (const [type, list] of [['CONTRADICTS', contradicting], ['CORROBORATES', corroborating]] as const) {
          for (const o of list) {
            const [x, y] = c.id < o.id ? [c, o] : [o, c];
            const key = `${type}|${x.id}|${y.id}`;
            if (linked.has(key)) continue;
            linked.add(key);
            const on = x.events.filter((event) => y.events.includes(event));
            this.rels[type].push({ from: x.id, to: y.id, props: { on } });
          }
        }
      }
    }
  }

  build(): FloorGraph {
    this.links();
    return {
      sources: [...this.sources.values()],
      articles: this.articles,
      entities: [...this.entities.values()].map((e) => ({
        id: e.id,
        label: e.label,
        props: {
          id: e.id,
          name: e.name,
          type: e.label,
          aliases: [...e.aliases],
          nameKeys: [...e.nameKeys],
          role: e.role,
          countryId: e.countryId,
          mergedIds: [],
          mergedAliases: [],
          mergedNameKeys: [],
        },
      })),
      events: [...this.events.values()],
      claims: this.claims,
      rels: this.rels,
    };
  }
}

function articleProps(article: ArticleRow, fingerprint: string): Record<string, unknown> {
  return { ...article, fingerprint };
}

function eventProps(event: EventRow): Record<string, unknown> {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    when: event.when,
    whenPrecision: event.whenPrecision,
    whenEnd: event.whenEnd,
    whenStart: event.whenStart,
    whenLast: event.whenLast,
    ...event.details,
  };
}

function claimProps(claim: ClaimRow): Record<string, unknown> {
  const { claimantIds: _c, aboutEntityIds: _e, aboutEventIds: _v, ...props } = claim;
  return props;
}

/** Node and relationship totals of a floor graph, by label and type. */
export function floorCounts(graph: FloorGraph): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes: Record<string, number> = { Source: graph.sources.length, Article: graph.articles.length, Entity: graph.entities.length, Event: graph.events.length, Claim: graph.claims.length };
  for (const e of [...graph.entities, ...graph.events]) nodes[e.label] = (nodes[e.label] ?? 0) + 1;
  const relationships: Record<string, number> = {};
  for (const [type, list] of Object.entries(graph.rels)) if (list.length > 0) relationships[type] = list.length;
  return { nodes, relationships };
}
