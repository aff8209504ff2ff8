/**
 * A Cypher statement ready to run: built by a pure function in `src/db/queries/`,
 * run by the one `Executor`. Keeping building apart from running lets queries be
 * snapshot-tested without a database and EXPLAINed with one (STYLE.md, principle 5).
 */
export interface CypherQuery {
  /** A stable name for logs, transaction metadata and round-trip counting, e.g. `claims.page`. */
  readonly name: string;
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export function cypherQuery(name: string, cypher: string, params: Record<string, unknown> = {}): CypherQuery {
  return Object.freeze({ name, cypher, params: Object.freeze({ ...params }) });
}
