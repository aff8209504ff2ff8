import neo4j from 'neo4j-driver';

/**
 * Turns values read from Neo4j into plain JSON: integers become numbers (ids and counts
 * here stay far below 2^53), temporal values ISO strings, nodes and relationships their
 * properties. Nothing driver-specific reaches the API layer.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  if (neo4j.isPath(value as never)) {
    return (value as { segments: unknown[] }).segments.map(toPlain);
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}
