import type {
  ArticleInput,
  DatePrecision,
  EntityType,
  Event as ExtractedEvent,
  ExtractionResult,
  Stance,
  TimeValue,
} from '../extraction/types';
import { firstDay, lastDay, monthBucket, parsePartialDate, type PartialDate } from './dates';
import { nameKey, nameKeys, sha256, shortHash, slug, unique } from './names';

/**
 * Turns one extracted article into the rows the ingestion Cypher writes with UNWIND.
 * Pure: the same article and extraction always give the same rows (and ids), which is
 * what makes re-ingestion idempotent.
 */

export const ENTITY_LABELS: readonly EntityType[] = ['Country', 'Person', 'Organization', 'Location', 'MilitaryUnit'];

export const EVENT_LABELS = {
  deployment: 'Deployment',
  arms_transfer: 'ArmsTransfer',
  agreement: 'Agreement',
  meeting: 'Meeting',
} as const;
export type EventKind = keyof typeof EVENT_LABELS;

/** Stances that say something is so, against those that say it is not. */
export const POSITIVE_STANCES: readonly Stance[] = ['asserts', 'accuses'];
export const NEGATIVE_STANCES: readonly Stance[] = ['denies', 'doubts'];

export interface ArticleRow {
  id: string;
  key: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  outletId: string | null;
  agencyIds: string[];
  /** The independent origin of what this article reports: its wire agency if relayed, else its outlet. */
  originId: string;
  publishedOn: string | null;
  publishedPrecision: DatePrecision | null;
  /** First day of the publication date, else the ingestion day: what "as of" compares. */
  reportedOn: string;
  language: string;
  contentHash: string;
  ingestedAt: string;
  text: string;
  extractor: string;
}

export interface SourceRow {
  id: string;
  name: string;
  kind: 'outlet' | 'agency';
}

export interface EntityRow {
  articleId: string;
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  nameKeys: string[];
  role: string | null;
  countryId: string | null;
  starts: number[];
  ends: number[];
  texts: string[];
}

export interface ParticipantRow {
  role: string;
  entityId: string;
}

export interface EventRow {
  articleId: string;
  id: string;
  kind: EventKind;
  label: string;
  title: string;
  when: string | null;
  whenPrecision: DatePrecision | null;
  whenEnd: string | null;
  whenStart: string | null;
  whenLast: string | null;
  participants: ParticipantRow[];
  details: Record<string, string | number | boolean | string[] | null>;
  evidenceText: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
}

export interface ClaimRow {
  articleId: string;
  id: string;
  stance: Stance;
  polarity: 'positive' | 'negative';
  claimantIds: string[];
  claimantText: string | null;
  cue: string;
  hedged: boolean;
  hedges: string[];
  text: string;
  contentStart: number;
  contentEnd: number;
  evidenceText: string;
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
  claimedOn: string | null;
  claimedOnPrecision: DatePrecision | null;
  claimedOnStart: string | null;
  claimedOnEnd: string | null;
  reportedOn: string;
  publishedOn: string | null;
  language: string;
  outletId: string | null;
  originId: string;
  aboutEntityIds: string[];
  aboutEventIds: string[];
}

export interface ArticlePlan {
  article: ArticleRow;
  sources: SourceRow[];
  entities: EntityRow[];
  events: EventRow[];
  claims: ClaimRow[];
}

export interface PlanInput {
  input: ArticleInput;
  extraction: ExtractionResult;
  /** ISO timestamp; only used when the article is new. */
  ingestedAt: string;
}

/** "News Day FR (relays Reuters)" -> outlet "News Day FR", agencies ["Reuters"]. */
export function parseOutlet(raw: string | null | undefined): { outlet: string | null; relays: string[] } {
  if (!raw) return { outlet: null, relays: [] };
  const relays: string[] = [];
  const outlet = raw
    .replace(/\(([^)]*)\)/g, (_all, inner: string) => {
      const match = /^\s*(?:relays?|relaying|via|avec|with|d'après|selon)\s+(.+)$/i.exec(inner);
      if (match) relays.push(...match[1].split(/,|\band\b|\bet\b/).map((name) => name.trim()).filter(Boolean));
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { outlet: outlet.length > 0 ? outlet : null, relays };
}

export function articleKey(input: Pick<ArticleInput, 'url' | 'body'>): string {
  return input.url ? `url:${input.url.trim()}` : `sha256:${sha256(input.body)}`;
}

export function articleIdFor(key: string): string {
  return `article:${sha256(key).slice(0, 16)}`;
}

export function sourceId(name: string): string {
  return `source:${slug(name)}`;
}

function dateFields(value: string | null | undefined) {
  const date = parsePartialDate(value);
  return {
    date,
    value: date?.value ?? null,
    precision: date?.precision ?? null,
    start: date ? firstDay(date) : null,
    end: date ? lastDay(date) : null,
  };
}

function eventParticipants(event: ExtractedEvent): ParticipantRow[] {
  const rows: ParticipantRow[] = [];
  const add = (role: string, entityId: string | null) => {
    if (entityId) rows.push({ role, entityId });
  };
  switch (event.kind) {
    case 'deployment':
      add('from', event.from);
      add('to', event.to);
      break;
    case 'arms_transfer':
      add('supplier', event.supplier);
      add('recipient', event.recipient);
      break;
    case 'agreement':
      for (const party of event.parties) add('party', party);
      break;
    case 'meeting':
      for (const participant of event.participants) add('participant', participant);
      add('place', event.place);
      break;
  }
  return rows;
}

function eventDetails(event: ExtractedEvent): EventRow['details'] {
  switch (event.kind) {
    case 'deployment':
      return { size: event.size, sizeQualifier: event.sizeQualifier, unit: event.unit, status: event.status };
    case 'arms_transfer':
      return {
        items: event.items,
        quantity: event.quantity,
        quantityQualifier: event.quantityQualifier,
        quantityUnit: event.quantityUnit,
        status: event.status ?? null,
      };
    case 'agreement':
      return { name: event.name };
    case 'meeting':
      return {};
  }
}

/**
 * The event key: one event node for the same happening across articles.
 * Type + participants (in role order) + the month it happened in (or the month the
 * article was published when the text does not date it), e.g. `deployment:country:KP>country:RU:2024-10`.
 */
export function eventKey(kind: EventKind, participants: readonly ParticipantRow[], when: PartialDate | null, published: PartialDate | null): string {
  const bucket = when ? monthBucket(when) : published ? monthBucket(published) : 'undated';
  const directed = kind === 'deployment' || kind === 'arms_transfer';
  const ids = participants.filter((p) => p.role !== 'place').map((p) => p.entityId);
  const who = directed ? ids.join('>') : unique(ids).sort().join('+');
  return `${kind.replace('_', '-')}:${who || '?'}:${bucket}`;
}

function eventTitle(kind: EventKind, participants: readonly ParticipantRow[], names: Map<string, string>, bucket: string, details: EventRow['details']): string {
  const name = (role: string) => participants.filter((p) => p.role === role).map((p) => names.get(p.entityId) ?? p.entityId);
  switch (kind) {
    case 'deployment':
      return `Deployment ${name('from').join(', ') || '?'} → ${name('to').join(', ') || '?'} (${bucket})`;
    case 'arms_transfer':
      return `Arms transfer ${name('supplier').join(', ') || '?'} → ${name('recipient').join(', ') || '?'} (${bucket})`;
    case 'agreement':
      return `${typeof details.name === 'string' && details.name ? details.name : 'Agreement'}: ${name('party').join(', ')} (${bucket})`;
    case 'meeting':
      return `Meeting ${name('participant').join(', ')} (${bucket})`;
  }
}

/** A reference from a claim or event to an entity: an id from the extraction, or a name. */
function entityResolver(entities: ExtractionResult['entities']) {
  const byId = new Map(entities.map((entity) => [entity.id, entity.id]));
  const byKey = new Map<string, string>();
  for (const entity of entities) {
    for (const key of nameKeys([entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)])) {
      if (!byKey.has(key)) byKey.set(key, entity.id);
    }
  }
  return (ref: string | null | undefined): string | null => {
    if (!ref) return null;
    return byId.get(ref) ?? byKey.get(nameKey(ref)) ?? null;
  };
}

export function planArticle({ input, extraction, ingestedAt }: PlanInput): ArticlePlan {
  const key = articleKey(input);
  const articleId = articleIdFor(key);
  const published = dateFields(input.published ?? extraction.published?.value ?? null);
  const header = parseOutlet(input.outlet);
  const outletName = header.outlet ?? extraction.reporting.outlet ?? null;
  const agencyNames = uniqueBy([...header.relays, ...extraction.reporting.agencies], slug).filter(
    (name) => !outletName || slug(name) !== slug(outletName),
  );
  const outletId = outletName ? sourceId(outletName) : null;
  const agencyIds = agencyNames.map(sourceId);
  const originId = agencyIds[0] ?? outletId ?? `source:unknown-${articleId.slice('article:'.length)}`;
  const reportedOn = published.start ?? ingestedAt.slice(0, 10);
  const language = input.language ?? extraction.language;

  const sources: SourceRow[] = [
    ...(outletName && outletId ? [{ id: outletId, name: outletName, kind: 'outlet' as const }] : []),
    ...agencyNames.map((name) => ({ id: sourceId(name), name, kind: 'agency' as const })),
  ];

  const resolve = entityResolver(extraction.entities);
  const entityIds = new Set(extraction.entities.map((entity) => entity.id));
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));

  const entities: EntityRow[] = uniqueBy(
    extraction.entities.filter((entity) => ENTITY_LABELS.includes(entity.type)),
    (entity) => entity.id,
  ).map((entity) => {
    const mentions = [...entity.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const aliases = unique([entity.name, ...entity.aliases, ...mentions.map((m) => m.text)].map((alias) => alias.trim()).filter(Boolean));
    return {
      articleId,
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases,
      nameKeys: nameKeys([entity.id, ...aliases]),
      role: entity.role ?? null,
      countryId: entity.country && entity.country !== entity.id ? entity.country : null,
      starts: mentions.map((m) => m.start),
      ends: mentions.map((m) => m.end),
      texts: mentions.map((m) => m.text),
    };
  });

  const extractedEvents: ExtractedEvent[] = [
    ...extraction.deployments,
    ...extraction.armsTransfers,
    ...extraction.agreements,
    ...extraction.meetings,
  ];
  const eventIdByExtractedId = new Map<string, string>();
  const eventsById = new Map<string, EventRow>();
  for (const event of extractedEvents) {
    const participants = eventParticipants(event)
      .map((p) => ({ role: p.role, entityId: resolve(p.entityId) }))
      .filter((p): p is ParticipantRow => p.entityId !== null && entityIds.has(p.entityId));
    const when = whenOf(event.when);
    const id = eventKey(event.kind, participants, when.date, published.date);
    eventIdByExtractedId.set(event.id, id);
    const bucket = id.slice(id.lastIndexOf(':') + 1);
    const details = eventDetails(event);
    const row: EventRow = {
      articleId,
      id,
      kind: event.kind,
      label: EVENT_LABELS[event.kind],
      title: eventTitle(event.kind, participants, names, bucket, details),
      when: when.value,
      whenPrecision: when.precision,
      whenEnd: when.endValue,
      whenStart: when.start,
      whenLast: when.last,
      participants: uniqueBy(participants, (p) => `${p.role}|${p.entityId}`),
      details,
      evidenceText: event.evidence.text,
      evidenceStart: event.evidence.start,
      evidenceEnd: event.evidence.end,
      confidence: event.evidence.confidence,
    };
    // Two mentions of one event in an article: keep the first, it usually carries the facts.
    if (!eventsById.has(id)) eventsById.set(id, row);
  }

  const claims: ClaimRow[] = [];
  const claimIds = new Set<string>();
  for (const claim of extraction.claims) {
    const claimant = resolve(claim.claimant);
    const collective = (claim.claimantEntities ?? []).map(resolve).filter((id): id is string => id !== null);
    const claimantIds = unique([...(claimant ? [claimant] : []), ...(claimant ? [] : collective)]);
    const claimedOn = dateFields(claim.claimedOn);
    const id = `claim:${shortHash(articleId, claim.content.start, claim.content.end, claim.stance, claimant ?? claim.claimantText)}`;
    if (claimIds.has(id)) continue;
    claimIds.add(id);
    claims.push({
      articleId,
      id,
      stance: claim.stance,
      polarity: POSITIVE_STANCES.includes(claim.stance) ? 'positive' : 'negative',
      claimantIds,
      claimantText: claim.claimantText ?? (claimant ? null : claim.claimant),
      cue: claim.cue,
      hedged: claim.hedged,
      hedges: claim.hedges ?? [],
      text: claim.content.text,
      contentStart: claim.content.start,
      contentEnd: claim.content.end,
      evidenceText: claim.evidence.text,
      evidenceStart: claim.evidence.start,
      evidenceEnd: claim.evidence.end,
      confidence: claim.evidence.confidence,
      claimedOn: claimedOn.value,
      claimedOnPrecision: claimedOn.precision,
      claimedOnStart: claimedOn.start,
      claimedOnEnd: claimedOn.end,
      reportedOn,
      publishedOn: published.value,
      language,
      outletId,
      originId,
      aboutEntityIds: unique(claim.about.entities.map(resolve).filter((id): id is string => id !== null && entityIds.has(id))),
      aboutEventIds: unique(claim.about.events.map((id) => eventIdByExtractedId.get(id)).filter((id): id is string => id !== undefined)),
    });
  }

  return {
    article: {
      id: articleId,
      key,
      url: input.url ?? null,
      title: input.title ?? null,
      outlet: outletName,
      outletId,
      agencyIds,
      originId,
      publishedOn: published.value,
      publishedPrecision: published.precision,
      reportedOn,
      language,
      contentHash: sha256(input.body),
      ingestedAt,
      text: input.body,
      extractor: `${extraction.extractor.name}@${extraction.extractor.version}`,
    },
    sources,
    entities,
    events: [...eventsById.values()],
    claims,
  };
}

function whenOf(when: TimeValue | null) {
  const date = parsePartialDate(when?.value ?? null);
  const end = parsePartialDate(when?.end ?? null);
  return {
    date,
    value: date?.value ?? null,
    precision: date?.precision ?? null,
    endValue: end?.value ?? null,
    start: date ? firstDay(date) : null,
    last: end ? lastDay(end) : date ? lastDay(date) : null,
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rewrites entity ids through merge redirects (an entity merged into another keeps answering to its old id). */
export function applyRedirects(plan: ArticlePlan, redirects: ReadonlyMap<string, string>): ArticlePlan {
  if (redirects.size === 0) return plan;
  const to = (id: string) => redirects.get(id) ?? id;
  const entities = new Map<string, EntityRow>();
  for (const entity of plan.entities) {
    const id = to(entity.id);
    const existing = entities.get(id);
    if (!existing) {
      entities.set(id, { ...entity, id, countryId: entity.countryId ? to(entity.countryId) : null });
      continue;
    }
    // Two extracted entities that were merged into one: one row, mentions combined.
    entities.set(id, {
      ...existing,
      aliases: unique([...existing.aliases, ...entity.aliases]),
      nameKeys: unique([...existing.nameKeys, ...entity.nameKeys]),
      starts: [...existing.starts, ...entity.starts],
      ends: [...existing.ends, ...entity.ends],
      texts: [...existing.texts, ...entity.texts],
    });
  }
  return {
    ...plan,
    entities: [...entities.values()],
    events: plan.events.map((event) => ({
      ...event,
      participants: uniqueBy(event.participants.map((p) => ({ ...p, entityId: to(p.entityId) })), (p) => `${p.role}|${p.entityId}`),
    })),
    claims: plan.claims.map((claim) => ({
      ...claim,
      claimantIds: unique(claim.claimantIds.map(to)),
      aboutEntityIds: unique(claim.aboutEntityIds.map(to)),
    })),
  };
}

/** Every entity id a plan refers to (for looking up redirects). */
export function referencedEntityIds(plan: ArticlePlan): string[] {
  return unique([
    ...plan.entities.map((e) => e.id),
    ...plan.events.flatMap((e) => e.participants.map((p) => p.entityId)),
    ...plan.claims.flatMap((c) => [...c.claimantIds, ...c.aboutEntityIds]),
  ]);
}
