import type { Executor } from '../../src/db/executor';
import { createLabelledNodesQuery, createNodesQuery, createRelsQuery } from './queries';
import type { FloorGraph } from './graph';

/** Rows per UNWIND statement: large batches are what makes UNWIND the floor. */
export const FLOOR_BATCH = 5_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Writes a floor graph into an empty database; nodes first, then relationships. Returns statements run. */
export async function writeFloorGraph(executor: Executor, graph: FloorGraph, batch = FLOOR_BATCH): Promise<number> {
  let statements = 0;
  const run = async (query: Parameters<Executor['write']>[0]) => {
    await executor.write(query);
    statements += 1;
  };
  for (const rows of chunks(graph.sources, batch)) await run(createNodesQuery('Source', rows));
  for (const rows of chunks(graph.articles, batch)) await run(createNodesQuery('Article', rows));
  for (const rows of chunks(graph.entities, batch)) await run(createLabelledNodesQuery('Entity', rows));
  for (const rows of chunks(graph.events, batch)) await run(createLabelledNodesQuery('Event', rows));
  for (const rows of chunks(graph.claims, batch)) await run(createNodesQuery('Claim', rows));
  const eventIds = new Set(graph.events.map((event) => event.id));
  for (const [type, list] of Object.entries(graph.rels)) {
    if (type === 'ABOUT') {
      const toEvents = list.filter((rel) => eventIds.has(rel.to));
      const toEntities = list.filter((rel) => !eventIds.has(rel.to));
      for (const rows of chunks(toEvents, batch)) await run(createRelsQuery('ABOUT_EVENT', 'ABOUT', rows));
      for (const rows of chunks(toEntities, batch)) await run(createRelsQuery('ABOUT_ENTITY', 'ABOUT', rows));
      continue;
    }
    for (const rows of chunks(list, batch)) await run(createRelsQuery(type, type, rows));
  }
  return statements;
}
