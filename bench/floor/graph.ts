import type { ArticlePlan, ArticleRow, ClaimRow, EventRow } from '../../src/graph/ingest-plan';

/**
 * The floor's graph: what the ingestion service writes, computed in memory from the same
 * article plans (src/graph/ingest-plan.ts), deduplicated, so it can be written with plain
 * UNWIND ... CREATE statements and nothing else. Claim links follow the service's rule
 * (src/db/queries/ingest.ts, linkClaimsCypher): claims that share an event, or share an entity
 * when neither is about an event, CONTRADICT when their polarities differ and CORROBORATE when
 * they agree and come from different origins. One link per pair, from the smaller id.
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
  polarity: string;
  origin: string;
  events: string[];
  entities: string[];
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

  add(plan: ArticlePlan, fingerprint: string): void {
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
    for (const claim of plan.claims) this.addClaim(claim);
  }

  private addClaim(claim: ClaimRow): void {
    if (this.claimInfo.has(claim.id)) return;
    this.claims.push({ id: claim.id, props: claimProps(claim) });
    this.rel('REPORTED_IN', claim.id, claim.articleId);
    for (const id of claim.claimantIds) if (this.entities.has(id)) this.rel('CLAIMED', id, claim.id);
    const entities = claim.aboutEntityIds.filter((id) => this.entities.has(id));
    const events = claim.aboutEventIds.filter((id) => this.events.has(id));
    for (const id of entities) this.rel('ABOUT', claim.id, id);
    for (const id of events) this.rel('ABOUT', claim.id, id);
    this.claimInfo.set(claim.id, { polarity: claim.polarity, origin: claim.originId, events, entities });
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
      for (const target of info.events.length > 0 ? info.events : info.entities) perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
    }
    let pairs = 0;
    for (const n of perTarget.values()) pairs += (n * (n - 1)) / 2;
    return pairs;
  }

  /** The pairs of claims to link; computed once all claims are in. */
  private links(): void {
    const byTarget = new Map<string, string[]>();
    for (const [id, info] of this.claimInfo) {
      const targets = info.events.length > 0 ? info.events : info.entities;
      for (const target of targets) {
        const list = byTarget.get(target);
        if (list) list.push(id);
        else byTarget.set(target, [id]);
      }
    }
    const pairs = new Map<string, { x: string; y: string; shared: string[] }>();
    for (const [target, ids] of byTarget) {
      const isEvent = this.events.has(target);
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          // An entity links two claims only when neither is about an event (see the rule above).
          if (!isEvent && (this.claimInfo.get(ids[i])!.events.length > 0 || this.claimInfo.get(ids[j])!.events.length > 0)) continue;
          const [x, y] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
          const key = `${x}|${y}`;
          const pair = pairs.get(key);
          if (pair) pair.shared.push(target);
          else pairs.set(key, { x, y, shared: [target] });
        }
      }
    }
    for (const { x, y, shared } of pairs.values()) {
      const a = this.claimInfo.get(x)!;
      const b = this.claimInfo.get(y)!;
      if (a.polarity !== b.polarity) this.rels.CONTRADICTS.push({ from: x, to: y, props: { on: shared } });
      else if (a.origin !== b.origin) this.rels.CORROBORATES.push({ from: x, to: y, props: { on: shared } });
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
