import type { ClaimModel, EntityModel, EventModel, TimelineItemModel, TimelineModel } from './models';

function claimDate(claim: ClaimModel): { date: string | null; precision: ClaimModel['claimedOnPrecision']; sort: string } {
  if (claim.claimedOn) return { date: claim.claimedOn, precision: claim.claimedOnPrecision, sort: claim.claimedOnStart ?? claim.claimedOn };
  return { date: null, precision: null, sort: claim.reportedOn };
}

function byClaimDate(a: ClaimModel, b: ClaimModel): number {
  return claimDate(a).sort.localeCompare(claimDate(b).sort) || a.id.localeCompare(b.id);
}

/**
 * Time order: an event sits at its own date (or, undated, at its earliest claim); a claim
 * that concerns no event sits at its claim date (or, undated, at its publication date).
 */
export function sortTimeline(
  entity: EntityModel,
  events: readonly { event: EventModel; claims: ClaimModel[] }[],
  looseClaims: readonly ClaimModel[],
  limit: number,
): TimelineModel {
  const items: (TimelineItemModel & { sort: string })[] = [];
  for (const { event, claims } of events) {
    const sorted = [...claims].sort(byClaimDate);
    const sort = event.whenStart ?? (sorted[0] ? claimDate(sorted[0]).sort : '9999-99-99');
    items.push({ date: event.when, precision: event.whenPrecision, event, claims: sorted, sort });
  }
  for (const claim of looseClaims) {
    const { date, precision, sort } = claimDate(claim);
    items.push({ date, precision, event: null, claims: [claim], sort });
  }
  items.sort((a, b) => a.sort.localeCompare(b.sort) || (a.event?.id ?? a.claims[0]?.id ?? '').localeCompare(b.event?.id ?? b.claims[0]?.id ?? ''));
  return { entity, items: items.slice(0, limit).map(({ sort: _sort, ...item }) => item) };
}
