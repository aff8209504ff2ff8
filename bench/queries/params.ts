import { cypherQuery } from '../../src/db/cypher';
import type { Executor } from '../../src/db/executor';
import type { BenchParams } from './main-queries';

/** Parameters picked from the graph itself, so the queries ask about what the corpus made popular. */
export async function pickParams(executor: Executor): Promise<BenchParams> {
  const [popular] = await executor.read(
    cypherQuery('bench.pick-popular', `MATCH (e:Entity) RETURN e.id AS id, e.name AS name, COUNT { (e)<-[:ABOUT]-(:Claim) } AS claims ORDER BY claims DESC, id LIMIT 1`),
  );
  const [claimant] = await executor.read(
    cypherQuery('bench.pick-claimant', `MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)-[:CLAIMED]->(:Claim) } AS claims ORDER BY claims DESC, id LIMIT 1`),
  );
  const [event] = await executor.read(
    cypherQuery('bench.pick-event', `MATCH (ev:Event) RETURN ev.id AS id, COUNT { (ev)<-[:ABOUT]-(:Claim) } AS claims ORDER BY claims DESC, id LIMIT 1`),
  );
  // A tail entity: in a few articles, claimed about, whose two-hop neighbourhood stays below the caps.
  const tails = await executor.read(
    cypherQuery(
      'bench.pick-tail',
      `MATCH (e:Entity)
WITH e, COUNT { (e)<-[:MENTIONS]-(:Article) } AS mentions, COUNT { (e)<-[:ABOUT]-(:Claim) } AS about
WHERE mentions >= 2 AND about >= 1
RETURN e.id AS id ORDER BY mentions, id LIMIT 20`,
    ),
  );
  let tailEntity: string | null = null;
  for (const row of tails) {
    const [size] = await executor.read(
      cypherQuery(
        'bench.tail-size',
        `MATCH (s:Entity {id: $id})-[:CLAIMED|ABOUT|REPORTED_IN|INVOLVES|MENTIONS|REPORTS|REPORTED_BY|VIA|RELAYS|CONTRADICTS|CORROBORATES*1..2]-(m)
RETURN count(DISTINCT m) AS nodes, COUNT { (:Entity {id: $id})<-[:INVOLVES]-(:Event) } AS events`,
        { id: row.id },
      ),
    );
    if ((size.nodes as number) < 400 && (size.events as number) < 40) {
      tailEntity = row.id as string;
      break;
    }
  }
  if (!popular || !claimant || !event) throw new Error('The graph has no entities, claimants or events: was anything ingested?');
  const name = String(popular.name);
  return {
    popularEntity: popular.id as string,
    period: { from: '2024-01-01', to: '2024-06-30' },
    claimant: claimant.id as string,
    tailEntity: tailEntity ?? (popular.id as string),
    // A prefix of a popular name, typed without its accents and capitals, as users type.
    searchText: name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().slice(0, Math.max(4, Math.min(6, name.length))),
    event: event.id as string,
  };
}
