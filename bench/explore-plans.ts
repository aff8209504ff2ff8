import { loadConfig } from '../src/config';
import { cypherQuery } from '../src/db/cypher';
import { portIsFree, startInstance, stopInstance } from '../src/db/local/instance';
import { profileQueries } from './stages/profile';

/**
 * PROFILE of alternative Cypher for the slow queries, on the graph a bench run left in the
 * bench instance (started here, stopped after). Used to back the fixes proposed in
 * docs/benchmarks.md. Usage: tsx bench/explore-plans.ts <entity> <from> <to>
 */
async function main(): Promise<void> {
  const [entity, from, to] = process.argv.slice(2);
  const cacheDir = loadConfig({}).neo4jLocal.dir;
  let port = 27687;
  while (!(await portIsFree(port))) port += 1;
  const instance = await startInstance({ cacheDir, name: 'bench', port, heap: '2g' });
  const connection = { uri: instance.uri, user: instance.user, password: instance.password, database: 'neo4j' };
  const params = { id: entity, from, to };
  const results = await profileQueries(connection, [
    cypherQuery(
      'from-entity (as the API and the floor do)',
      `MATCH (e:Entity {id: $id})
CALL (e) { MATCH (c:Claim)-[:ABOUT]->(e) RETURN c UNION MATCH (c:Claim)-[:ABOUT]->(:Event)-[:INVOLVES]->(e) RETURN c }
WITH DISTINCT c WHERE c.claimedOnEnd >= $from AND c.claimedOnStart <= $to
WITH c ORDER BY c.claimedOnStart DESC, c.id ASC
WITH collect(c) AS matched
RETURN size(matched) AS total, [x IN matched[0..20] | x.id] AS ids`,
      params,
    ),
    cypherQuery(
      'from-entity, count apart, Top instead of collect + Sort',
      `MATCH (e:Entity {id: $id})
CALL (e) { MATCH (c:Claim)-[:ABOUT]->(e) RETURN c UNION MATCH (c:Claim)-[:ABOUT]->(:Event)-[:INVOLVES]->(e) RETURN c }
WITH DISTINCT c WHERE c.claimedOnEnd >= $from AND c.claimedOnStart <= $to
RETURN c.id AS id ORDER BY c.claimedOnStart DESC, c.id ASC LIMIT 20`,
      params,
    ),
    cypherQuery(
      'from the claimedOnStart index, ordered by it',
      `MATCH (e:Entity {id: $id})
MATCH (c:Claim) WHERE c.claimedOnStart <= $to AND c.claimedOnStart >= '0000' AND c.claimedOnEnd >= $from
  AND (EXISTS { (c)-[:ABOUT]->(e) } OR EXISTS { (c)-[:ABOUT]->(:Event)-[:INVOLVES]->(e) })
RETURN c.id AS id ORDER BY c.claimedOnStart DESC, c.id ASC LIMIT 20`,
      params,
    ),
  ]);
  for (const r of results) console.log(`${r.name}: ${r.dbHits} db hits, ${r.rows} rows; ${r.operators.join(', ')}${r.labelScans.length ? `; scans ${r.labelScans.join(', ')}` : ''}`);
  await stopInstance({ cacheDir, name: 'bench' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
