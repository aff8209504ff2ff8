import type { ArticleDetailsModel, ArticleModel, ClaimModel, EntityModel, EventModel, SpanModel } from './models';

export interface ArticleDetailsRow {
  article: ArticleModel;
  text: string;
  mentions: { entity: EntityModel; starts: number[]; ends: number[]; texts: string[] }[];
  events: { event: EventModel; start: number; end: number; text: string }[];
  claims: ClaimModel[];
}

/** Every highlightable span of an article (mentions, claim evidence and content, event evidence), in text order. */
export function buildSpans(row: ArticleDetailsRow): ArticleDetailsModel {
  const spans: SpanModel[] = [];
  for (const mention of row.mentions) {
    mention.starts.forEach((start, index) => {
      spans.push({ kind: 'mention', start, end: mention.ends[index], text: mention.texts[index], entity: mention.entity, claim: null, event: null });
    });
  }
  for (const claim of row.claims) {
    spans.push({ kind: 'claim', start: claim.evidenceStart, end: claim.evidenceEnd, text: claim.evidenceText, entity: null, claim, event: null });
    spans.push({ kind: 'claim_content', start: claim.contentStart, end: claim.contentEnd, text: claim.text, entity: null, claim, event: null });
  }
  for (const event of row.events) {
    spans.push({ kind: 'event', start: event.start, end: event.end, text: event.text, entity: null, claim: null, event: event.event });
  }
  const order: Record<SpanModel['kind'], number> = { claim: 0, claim_content: 1, event: 2, mention: 3 };
  spans.sort((a, b) => a.start - b.start || b.end - a.end || order[a.kind] - order[b.kind]);
  const claims = [...row.claims].sort((a, b) => a.evidenceStart - b.evidenceStart);
  return {
    article: row.article,
    text: row.text,
    spans,
    claims,
    entities: row.mentions.map((m) => m.entity),
    events: row.events.map((e) => e.event),
  };
}
