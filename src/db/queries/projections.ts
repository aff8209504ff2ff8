/**
 * Map projections shared by read queries, so every query returns the same model shapes
 * (see src/graph/models.ts). `v` is always a variable name chosen by our own builders,
 * never user input.
 */

export function entityProjection(v: string): string {
  return `${v} {.id, .name, .type, .aliases, .role, .countryId, mergedIds: coalesce(${v}.mergedIds, [])}`;
}

export function sourceProjection(v: string): string {
  return `${v} {.id, .name, .kind}`;
}

export function articleProjection(v: string): string {
  return `${v} {.id, .key, .url, .title, .outlet, .outletId, .agencyIds, .originId, .publishedOn, .publishedPrecision, .reportedOn, .language, .contentHash, .ingestedAt, .extractor}`;
}

/**
 * `s` is a suffix that keeps nested comprehension variables unique; `related` false leaves out
 * participants and the report count (null) for pages that do not show them.
 */
export function eventProjection(v: string, s = '', related = true): string {
  const extra = related
    ? `participants: [(${v})-[ir${s}:INVOLVES]->(ip${s}:Entity) | {role: ir${s}.role, entity: ${entityProjection(`ip${s}`)}}],
    reportCount: COUNT { (${v})<-[:REPORTS]-(:Article) }`
    : 'participants: null, reportCount: null';
  return `${v} {.id, .kind, .title, .when, .whenPrecision, .whenEnd, .whenStart, .size, .sizeQualifier, .unit, .status, .items, .quantity, .quantityQualifier, .quantityUnit, .name,
    ${extra}}`;
}

/** Which related parts of a claim to fetch: a page that does not show them does not pay for them. */
export interface ClaimParts {
  claimants: boolean;
  article: boolean;
  reporting: boolean;
  aboutEntities: boolean;
  aboutEvents: boolean;
}

export const ALL_CLAIM_PARTS: Readonly<ClaimParts> = Object.freeze({
  claimants: true,
  article: true,
  reporting: true,
  aboutEntities: true,
  aboutEvents: true,
});

export function claimProjection(v: string, parts: Readonly<ClaimParts> = ALL_CLAIM_PARTS): string {
  const related = [
    parts.claimants ? `claimants: [(ce:Entity)-[:CLAIMED]->(${v}) | ${entityProjection('ce')}]` : 'claimants: null',
    parts.article ? `article: head([(${v})-[:REPORTED_IN]->(ca:Article) | ${articleProjection('ca')}])` : 'article: null',
    parts.reporting ? `outlet: head([(${v})-[:REPORTED_IN]->(:Article)-[:REPORTED_BY]->(co:Source) | ${sourceProjection('co')}])` : 'outlet: null',
    parts.reporting ? `agencies: [(${v})-[:REPORTED_IN]->(:Article)-[:VIA]->(cg:Source) | ${sourceProjection('cg')}]` : 'agencies: null',
    parts.aboutEntities ? `aboutEntities: [(${v})-[:ABOUT]->(cte:Entity) | ${entityProjection('cte')}]` : 'aboutEntities: null',
    parts.aboutEvents ? `aboutEvents: [(${v})-[:ABOUT]->(ctv:Event) | ${eventProjection('ctv', 'c')}]` : 'aboutEvents: null',
  ];
  return `${v} {.id, .stance, .polarity, .claimantText, .cue, .hedged, .hedges, .text, .contentStart, .contentEnd, .evidenceText, .evidenceStart, .evidenceEnd,
    .confidence, .claimedOn, .claimedOnPrecision, .claimedOnStart, .publishedOn, .reportedOn, .language, .outletId, .originId, .articleId,
    ${related.join(',\n    ')}}`;
}
