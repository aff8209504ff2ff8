import { cypherQuery, type CypherQuery } from '../cypher';
import { nodesByIdQuery } from './by-id';
import type { EventKind } from '../../graph/ingest-plan';
import { eventProjection } from './projections';
import { resolveEntities } from './targets';

export interface EventCriteria {
  kinds?: readonly EventKind[];
  participant?: { value: string; key: string };
  from?: string;
  to?: string;
  asOf?: string;
}

/** A page of events in time order (undated last), with the total count. */
export function eventsPageQuery(criteria: EventCriteria, direction: 'ASC' | 'DESC', skip: number, limit: number): CypherQuery {
  const params: Record<string, unknown> = { skip, limit };
  const parts: string[] = [];
  const conditions: string[] = [];
  if (criteria.participant) {
    parts.push(resolveEntities('participant', 'participants'));
    parts.push('UNWIND participants AS participant\nMATCH (ev:Event)-[:INVOLVES]->(participant)');
    params.participant = criteria.participant.value;
    params.participantKey = criteria.participant.key;
  } else {
    parts.push('MATCH (ev:Event)');
  }
  if (criteria.kinds && criteria.kinds.length > 0) {
    conditions.push('ev.kind IN $kinds');
    params.kinds = [...criteria.kinds];
  }
  if (criteria.from !== undefined) {
    conditions.push('coalesce(ev.whenLast, ev.whenStart) >= $from');
    params.from = criteria.from;
  }
  if (criteria.to !== undefined) {
    conditions.push('ev.whenStart <= $to');
    params.to = criteria.to;
  }
  if (criteria.asOf !== undefined) {
    conditions.push('EXISTS { (ev)<-[:REPORTS]-(a:Article) WHERE a.reportedOn <= $asOf }');
    params.asOf = criteria.asOf;
  }
  const where = conditions.length > 0 ? `\nWHERE ${conditions.join(' AND ')}` : '';
  const dir = direction === 'DESC' ? 'DESC' : 'ASC';
  const missing = dir === 'ASC' ? '9999-99-99' : '0000-00-00';
  // Straight from the label, conditions go on the MATCH so the planner can use an index.
  const selection = criteria.participant ? `${parts.join('\n')}\nWITH DISTINCT ev${where}` : `${parts.join('\n')}${where}`;
  return cypherQuery(
    'events.page',
    `${selection}
WITH ev ORDER BY coalesce(ev.whenStart, '${missing}') ${dir}, ev.id ASC
WITH collect(ev) AS matched
RETURN size(matched) AS totalCount, [ev IN matched[$skip..($skip + $limit)] | ${eventProjection('ev')}] AS nodes`,
    params,
  );
}

export function eventsByIdQuery(ids: readonly string[]): CypherQuery {
  return nodesByIdQuery('events.by-id', ids, { label: 'Event', variable: 'ev', projection: eventProjection, as: 'event' });
}

/** For each entity id, the events it takes part in (time order). */
export function eventsByParticipantQuery(ids: readonly string[], limit: number, asOf: string | null = null): CypherQuery {
  return cypherQuery(
    'events.by-participant',
    `UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Entity {id: id})<-[:INVOLVES]-(ev:Event)
  WHERE $asOf IS NULL OR EXISTS { (ev)<-[:REPORTS]-(a:Article) WHERE a.reportedOn <= $asOf }
  WITH DISTINCT ev ORDER BY coalesce(ev.whenStart, '9999-99-99') ASC, ev.id ASC
  LIMIT toInteger($limit)
  RETURN [x IN collect(ev) | ${eventProjection('x')}] AS events
}
RETURN id, events`,
    { ids: [...ids], limit, asOf },
  );
}
