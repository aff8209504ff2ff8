/**
 * Who claimed what about X, and when.
 *
 *   npx tsx examples/who-claimed.ts "North Korea"
 *
 * Prints one block per claim, in claim-date order: date, claimant, stance, the claim, and
 * the reporting chain. CONFLICT_GRAPH_URL points at another server (default localhost:4000).
 */
import { WhoClaimedDocument, type WhoClaimedQuery } from './generated/graphql';
import { clientOptionsFromEnv, pages, request, type ClientOptions } from './lib/client';

type ClaimNode = WhoClaimedQuery['claims']['edges'][number]['node'];

export function formatClaim(claim: ClaimNode): string {
  const who = claim.claimant?.name ?? claim.claimantText ?? 'unnamed';
  const when = claim.claimedOn ?? 'undated';
  const chain = [claim.reporting.outlet?.name, ...claim.reporting.agencies.map((a) => `via ${a.name}`)].filter(Boolean).join(' ');
  return [
    `${when}  ${who} ${claim.stance}${claim.hedged ? ' (hedged)' : ''}`,
    `  « ${claim.text} »`,
    `  — ${claim.article.title ?? claim.article.id} (${chain || 'unknown source'}, published ${claim.article.publishedOn ?? 'unknown'})`,
  ].join('\n');
}

export async function whoClaimed(options: ClientOptions, about: string): Promise<{ total: number; text: string }> {
  const blocks: string[] = [];
  let total = 0;
  for await (const page of pages(async (after) => (await request(options, WhoClaimedDocument, { about, first: 100, after })).claims)) {
    total = page.totalCount;
    blocks.push(...page.edges.map((edge) => formatClaim(edge.node)));
  }
  return { total, text: `${total} claim(s) about ${about}\n\n${blocks.join('\n\n')}\n` };
}

if (require.main === module) {
  const about = process.argv[2];
  if (!about) {
    process.stderr.write('usage: npx tsx examples/who-claimed.ts "<entity name, alias or id, or event id>"\n');
    process.exit(2);
  }
  whoClaimed(clientOptionsFromEnv(process.env), about)
    .then(({ text }) => process.stdout.write(text))
    .catch((error: unknown) => {
      process.stderr.write(`who-claimed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
