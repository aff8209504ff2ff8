import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery, type CypherQuery } from '../../src/db/cypher';
import { contradictionsQuery, timelineQuery } from '../../src/db/queries/analysis';
import { claimsPageQuery, claimsPlanQuery } from '../../src/db/queries/claims';
import { entitySearchLucene, searchEntitiesQuery } from '../../src/db/queries/entities';
import { neighbourhoodQuery } from '../../src/db/queries/neighbourhood';
import { firstDay, lastDay, parsePartialDate } from '../../src/graph/dates';
import { lookup } from '../../src/graph/read-service';
import { nameKey } from '../../src/graph/names';
import type { Connection } from './queries';
import type { BenchParams } from '../queries/main-queries';

/**
 * PROFILE of the Cypher our API runs for each main query (built by the project's own builders in
 * src/db/queries with the bench's parameters). The bench opens its own driver here because the
 * Executor returns rows, not plans.
 */

export interface ProfileResult {
  name: string;
  dbHits: number;
  rows: number;
  operators: string[];
  labelScans: string[];
  usesIndexes: boolean;
}

interface PlanNode {
  operatorType: string;
  identifiers?: string[];
  arguments?: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}

function walk(plan: PlanNode, visit: (node: PlanNode) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

const day = (value: string, end: boolean) => {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`bad date ${value}`);
  return end ? lastDay(date) : firstDay(date);
};

/** The same Cypher under a name that says which variant it is (several variants share a builder). */
const named = (name: string, query: CypherQuery): CypherQuery => cypherQuery(name, query.cypher, { ...query.params });

export function apiQueries(params: BenchParams): CypherQuery[] {
  const order = { field: 'CLAIMED_ON' as const, direction: 'DESC' as const };
  const about = { about: lookup(params.popularEntity), claimedFrom: day(params.period.from, false), claimedTo: day(params.period.to, true) };
  const claimant = { claimant: lookup(params.claimant), claimedFrom: '1900-01-01', claimedTo: '2100-12-31' };
  return [
    named('claims.page about, total', claimsPageQuery(about, order, { limit: 20, withTotal: true })),
    named('claims.page about, page only', claimsPageQuery(about, order, { limit: 20, withTotal: false, start: 'claimed-on' })),
    named('claims.page claimant, total', claimsPageQuery(claimant, order, { limit: 20, withTotal: true })),
    named('claims.page claimant, page only', claimsPageQuery(claimant, order, { limit: 20, withTotal: false, start: 'claimed-on' })),
    named('claims.plan about', claimsPlanQuery(about)),
    timelineQuery(lookup(params.tailEntity), null, 50),
    neighbourhoodQuery([params.tailEntity], 2, [], 500),
    searchEntitiesQuery(entitySearchLucene([nameKey(params.searchText)]), null, 10),
    contradictionsQuery(lookup(params.event), null, 0, 20),
  ];
}

export async function profileQueries(connection: Connection, queries: readonly CypherQuery[]): Promise<ProfileResult[]> {
  const driver: Driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { disableLosslessIntegers: true });
  const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
  try {
    const results: ProfileResult[] = [];
    for (const query of queries) {
      const result = await session.run(`PROFILE ${query.cypher}`, query.params as Record<string, unknown>);
      const profile = result.summary.profile as unknown as PlanNode | false;
      if (!profile) continue;
      const operators = new Set<string>();
      const labelScans: string[] = [];
      let dbHits = 0;
      walk(profile, (node) => {
        const operator = node.operatorType.replace(/@.*$/, '');
        operators.add(operator);
        dbHits += Number(node.dbHits ?? 0);
        if (/NodeByLabelScan|AllNodesScan|UndirectedAllRelationshipsScan|DirectedAllRelationshipsScan/.test(operator)) {
          labelScans.push(`${operator}(${String(node.arguments?.Details ?? node.identifiers?.join(',') ?? '')})`);
        }
      });
      results.push({
        name: query.name,
        dbHits,
        rows: Number(profile.rows ?? 0),
        operators: [...operators].sort(),
        labelScans,
        // A fulltext query is a procedure call over the fulltext index.
        usesIndexes: [...operators].some((op) => /Index/.test(op)) || /db\.index\.fulltext/.test(query.cypher),
      });
    }
    return results;
  } finally {
    await session.close();
    await driver.close();
  }
}
