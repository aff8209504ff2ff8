/**
 * Writes the README's "Example queries": a dozen questions an analyst asks, each with its
 * GraphQL query and the real answer of a running server. Run it against a graph holding the
 * seed data only:
 *
 *   npm start                                           # fresh graph: seeds/ is loaded
 *   npx tsx examples/generate-query-docs.ts --readme    # rewrites the block in README.md
 *   npx tsx examples/generate-query-docs.ts             # or prints it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientOptionsFromEnv, type ClientOptions } from './lib/client';

export interface DocQuery {
  title: string;
  why: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Items shown per list in the answer (default 8). */
  show?: number;
}

export const DOC_QUERIES: readonly DocQuery[] = [
  {
    title: 'Who said what about North Korea, and when?',
    why: 'The query research scripts and the acceptance check use, as written in issue 4. `about` takes a name or alias in French or English, or an id.',
    show: 50,
    query: `query {
  claims(filter: { about: "North Korea" }, first: 50) {
    totalCount
    edges { node { claimant { name } stance claimedOn text article { title outlet publishedOn } } }
  }
}`,
  },
  {
    title: 'Who disagrees about North Korea?',
    why: 'Opposed claims (asserts/accuses against denies/doubts) about North Korea or an event it takes part in, most recently dated first.',
    show: 10,
    query: `query {
  contradictions(about: "Corée du Nord", first: 10) {
    totalCount positiveCount negativeCount
    pairs { claim { claimant { name } stance claimedOn text } opposing { claimant { name } stance text } }
  }
}`,
  },
  {
    title: 'How many independent origins stand behind what is said about North Korea?',
    why: 'A wire story relayed by several outlets is one origin: here every claim comes through Reuters, relayed by News Day FR.',
    query: `query {
  corroborations(about: "country:KP", claimsPerGroup: 2) {
    target { ... on Entity { name } ... on Event { title } }
    polarity stances claimCount independentOrigins origins { name kind }
  }
}`,
  },
  {
    title: "North Korea's timeline",
    why: 'Its events in time order, each with the claims about it; claims about North Korea that concern no event sit at their own date.',
    query: `query {
  timeline(entity: "Pyongyang") {
    entity { name }
    items { date precision event { title } claims { claimant { name } stance claimedOn } }
  }
}`,
  },
  {
    title: 'Find an entity from a partial, accent-less name',
    why: 'Fulltext search over names and aliases (French and English), folding case and accents, with prefix matching.',
    query: `query {
  searchEntities(text: "coree", first: 5) { score entity { id name type aliases } }
}`,
  },
  {
    title: 'Who denied or doubted anything?',
    why: 'Filter by stance.',
    query: `query {
  claims(filter: { stance: [denies, doubts] }) {
    totalCount
    edges { node { claimant { name } claimantText stance text evidence { start end } } }
  }
}`,
  },
  {
    title: 'What was claimed on 17 and 18 October 2024?',
    why: 'The claim date (when it was said) is not the publication date; partial dates cover their whole month or year.',
    query: `query {
  claims(filter: { claimedOn: { from: "2024-10-17", to: "2024-10-18" } }, orderBy: { field: CLAIMED_ON, direction: ASC }, first: 3) {
    totalCount
    edges { cursor node { claimedOn claimedOnPrecision claimant { name } stance } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'Arms transfers to Russia',
    why: 'Events by kind and participant (here by its French name).',
    query: `query {
  events(filter: { kind: [arms_transfer], participant: "Russie" }) {
    totalCount
    edges { node { id title when whenPrecision items quantity quantityQualifier quantityUnit participants { role entity { name } } reportCount } }
  }
}`,
  },
  {
    title: 'What was known on 18 October 2024, and on the 19th?',
    why: '"As of" keeps only what had been published by then: the seed article came out on the 19th.',
    query: `query {
  onThe18th: claims(asOf: "2024-10-18") { totalCount }
  onThe19th: claims(asOf: "2024-10-19") { totalCount }
}`,
  },
  {
    title: "Zelensky's neighbourhood, ready for Cytoscape.js",
    why: '`{ nodes, edges }` with `data` objects: `cy.add([...nodes, ...edges])`. Capped by `limit`; `truncated` says whether more was within reach.',
    query: `query {
  neighbourhood(ids: ["person:volodymyr-zelensky"], depth: 1, limit: 10) {
    truncated
    nodes { data { id label group type date stance } }
    edges { data { id source target type label } }
  }
}`,
  },
  {
    title: 'Highlight an article',
    why: 'Every mention and claim as offsets into `text` (first spans shown).',
    query: `query ($id: ID!) {
  article(id: $id) {
    title publishedOn publishedPrecision language
    reporting { outlet { name } agencies { name } origin { name } }
    spans { kind start end text entity { id } claim { id stance } }
  }
}`,
  },
  {
    title: 'Outlets, agencies and who relays whom',
    why: 'The reporting chain behind independent-origin counting.',
    query: `query {
  sources { source { id name kind } articleCount relays { name } relayedBy { name } }
}`,
  },
  {
    title: 'One entity, its aliases in both languages, and what it said',
    why: 'Entities are one node across articles; nested lists are batched per request.',
    query: `query {
  entity(id: "org:kr-nis") {
    name type role aliases
    claimsMade(first: 3) { claimedOn stance text }
  }
}`,
  },
];

async function post(options: ClientOptions, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Shortens long lists in the shown output (the query itself is unchanged). */
export function abridge(value: unknown, maxItems = 8): unknown {
  if (Array.isArray(value)) {
    const shown = value.slice(0, maxItems).map((item) => abridge(item, maxItems));
    return value.length > maxItems ? [...shown, `… ${value.length - maxItems} more`] : shown;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, abridge(inner, maxItems)]));
  }
  return value;
}

export async function generateQueryDocs(options: ClientOptions): Promise<string> {
  const articles = (await post(options, '{ articles(first: 1) { totalCount edges { node { id } } } }')) as {
    data: { articles: { totalCount: number; edges: { node: { id: string } }[] } };
  };
  const articleId = articles.data.articles.edges[0]?.node.id ?? 'article:none';
  const parts = [
    `Each answer below is the real output of \`examples/generate-query-docs.ts\` against a graph holding the seed article only (${articles.data.articles.totalCount} article). Long lists are cut after a few items ("… n more"). Regenerate after changing the schema or the extractor:`,
    '',
    '```sh',
    'npm start   # on an empty graph, loads seeds/',
    'npx tsx examples/generate-query-docs.ts --readme',
    '```',
    '',
  ];
  for (const [index, doc] of DOC_QUERIES.entries()) {
    const variables = doc.query.includes('$id') ? { id: articleId } : (doc.variables ?? {});
    const result = await post(options, doc.query, variables);
    parts.push(`### ${index + 1}. ${doc.title}`, '', doc.why, '', '```graphql', doc.query, '```', '');
    if (Object.keys(variables).length > 0) parts.push('Variables:', '', '```json', JSON.stringify(variables, null, 2), '```', '');
    parts.push('<details><summary>Answer</summary>', '', '```json', JSON.stringify(abridge(result, doc.show ?? 8), null, 2), '```', '', '</details>', '');
  }
  return parts.join('\n');
}

const START = '<!-- queries:start -->';
const END = '<!-- queries:end -->';

/** Puts the generated section between the README's markers, leaving the rest as it is. */
export function replaceReadmeBlock(readme: string, section: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} ... ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${section}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const readmePath = path.join(__dirname, '..', 'README.md');
  generateQueryDocs(clientOptionsFromEnv(process.env))
    .then((markdown) => {
      if (process.argv.includes('--readme')) writeFileSync(readmePath, replaceReadmeBlock(readFileSync(readmePath, 'utf8'), markdown));
      else process.stdout.write(markdown);
    })
    .catch((error: unknown) => {
      process.stderr.write(`generate-query-docs: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
