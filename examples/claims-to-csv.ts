/**
 * Export claims to CSV (all of them, or those about X), following cursors page by page.
 *
 *   npx tsx examples/claims-to-csv.ts > claims.csv
 *   npx tsx examples/claims-to-csv.ts "North Korea" > north-korea.csv
 */
import { ClaimsPageDocument, type ClaimsPageQuery } from './generated/graphql';
import { clientOptionsFromEnv, pages, request, type ClientOptions } from './lib/client';
import { csvLine } from './lib/csv';

type ClaimNode = ClaimsPageQuery['claims']['edges'][number]['node'];

export const CSV_COLUMNS = [
  'claim_id',
  'claimant_id',
  'claimant',
  'stance',
  'claimed_on',
  'claimed_on_precision',
  'hedged',
  'text',
  'evidence_start',
  'evidence_end',
  'published_on',
  'language',
  'article_id',
  'article_title',
  'article_url',
  'outlet',
  'origin',
  'about_entities',
  'about_events',
] as const;

export function claimRow(claim: ClaimNode): unknown[] {
  return [
    claim.id,
    claim.claimant?.id,
    claim.claimant?.name ?? claim.claimantText,
    claim.stance,
    claim.claimedOn,
    claim.claimedOnPrecision,
    claim.hedged,
    claim.text,
    claim.evidence.start,
    claim.evidence.end,
    claim.publishedOn,
    claim.language,
    claim.article.id,
    claim.article.title,
    claim.article.url,
    claim.article.outlet,
    claim.reporting.origin?.name,
    claim.aboutEntities.map((e) => e.id),
    claim.aboutEvents.map((e) => e.id),
  ];
}

/** Writes the CSV through `write`; returns the number of claims. */
export async function claimsToCsv(options: ClientOptions, about: string | null, write: (chunk: string) => void): Promise<number> {
  write(csvLine(CSV_COLUMNS));
  let count = 0;
  const filter = about ? { about } : null;
  for await (const page of pages(async (after) => (await request(options, ClaimsPageDocument, { filter, first: 200, after })).claims)) {
    for (const edge of page.edges) {
      write(csvLine(claimRow(edge.node)));
      count += 1;
    }
  }
  return count;
}

if (require.main === module) {
  claimsToCsv(clientOptionsFromEnv(process.env), process.argv[2] ?? null, (chunk) => process.stdout.write(chunk))
    .then((count) => process.stderr.write(`${count} claim(s) exported\n`))
    .catch((error: unknown) => {
      process.stderr.write(`claims-to-csv: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
