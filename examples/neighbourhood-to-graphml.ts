/**
 * Export the neighbourhood of one or more nodes to GraphML (Gephi, yEd, NetworkX).
 *
 *   npx tsx examples/neighbourhood-to-graphml.ts country:north-korea > north-korea.graphml
 *   npx tsx examples/neighbourhood-to-graphml.ts country:north-korea country:russia --depth 2 --limit 300
 */
import { NeighbourhoodDocument } from './generated/graphql';
import { clientOptionsFromEnv, request, type ClientOptions } from './lib/client';
import { toGraphML } from './lib/graphml';

export async function neighbourhoodToGraphML(options: ClientOptions, ids: string[], depth: number, limit: number): Promise<{ xml: string; nodes: number; edges: number; truncated: boolean }> {
  const { neighbourhood } = await request(options, NeighbourhoodDocument, { ids, depth, limit, types: null });
  return { xml: toGraphML(neighbourhood), nodes: neighbourhood.nodes.length, edges: neighbourhood.edges.length, truncated: neighbourhood.truncated };
}

export function parseArgs(argv: readonly string[]): { ids: string[]; depth: number; limit: number } {
  const ids: string[] = [];
  let depth = 1;
  let limit = 200;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--depth') depth = Number(argv[++i]);
    else if (argv[i] === '--limit') limit = Number(argv[++i]);
    else ids.push(argv[i]);
  }
  if (ids.length === 0 || !Number.isInteger(depth) || !Number.isInteger(limit)) {
    throw new Error('usage: npx tsx examples/neighbourhood-to-graphml.ts ID... [--depth 1..3] [--limit n]');
  }
  return { ids, depth, limit };
}

if (require.main === module) {
  Promise.resolve()
    .then(() => parseArgs(process.argv.slice(2)))
    .then(({ ids, depth, limit }) => neighbourhoodToGraphML(clientOptionsFromEnv(process.env), ids, depth, limit))
    .then(({ xml, nodes, edges, truncated }) => {
      process.stdout.write(xml);
      process.stderr.write(`${nodes} node(s), ${edges} edge(s)${truncated ? ' (truncated: raise --limit)' : ''}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`neighbourhood-to-graphml: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
