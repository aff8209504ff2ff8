import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticleFile } from '../../../../src/article-file';
import type { ArticleInput, EntityType, ExtractionResult, Stance } from '../../../../src/extraction/types';
import { nameKey, slug } from '../../../../src/graph/names';

/**
 * Test support: an ExtractionResult built from the hand-made gold annotations of the
 * shared dev corpus, so graph tests do not depend on the extractor's current quality.
 * Offsets are found by searching the evidence in the body.
 */

export const corpusDir = path.resolve(__dirname, '../../../../../shared/corpus');
export const goldDir = path.resolve(__dirname, '../../../../../shared/gold');
export const CORPUS = ['00-seed', '01-dev-drones-en', '02-dev-belarus-fr'] as const;

interface GoldEntity {
  name: string;
  type: EntityType;
  aliases_in_text: string[];
  role?: string;
}

const PREFIX: Record<EntityType, string> = {
  Country: 'country',
  Person: 'person',
  Organization: 'org',
  Location: 'loc',
  MilitaryUnit: 'unit',
};

export function goldEntityId(entity: Pick<GoldEntity, 'name' | 'type'>): string {
  return `${PREFIX[entity.type]}:${slug(entity.name)}`;
}

export function articleInput(name: string): ArticleInput {
  const file = parseArticleFile(readFileSync(path.join(corpusDir, `${name}.txt`), 'utf8'));
  return { body: file.body, title: file.title, outlet: file.outlet, url: file.url, published: file.published, language: file.language };
}

function span(body: string, text: string | undefined | null) {
  if (!text) return { text: '', start: 0, end: 0, confidence: 0.5 };
  let start = body.indexOf(text);
  if (start < 0) start = 0;
  return { text: body.slice(start, start + text.length), start, end: start + text.length, confidence: 0.9 };
}

function when(value: string | null | undefined) {
  if (!value) return null;
  const [first, last] = value.split('/');
  const precision = (v: string) => (v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year';
  return { value: first, precision: precision(first), end: last ?? null, endPrecision: last ? precision(last) : null };
}

export function goldExtraction(name: string, input: ArticleInput = articleInput(name)): ExtractionResult {
  const gold = JSON.parse(readFileSync(path.join(goldDir, `${name}.json`), 'utf8'));
  const body = input.body;
  const entities = (gold.entities as GoldEntity[]).map((entity) => ({
    id: goldEntityId(entity),
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases_in_text,
    role: entity.role ?? null,
    country: null,
    confidence: 0.9,
    mentions: entity.aliases_in_text.flatMap((alias) => {
      const found: { text: string; start: number; end: number }[] = [];
      for (let at = body.indexOf(alias); at >= 0; at = body.indexOf(alias, at + alias.length)) {
        found.push({ text: alias, start: at, end: at + alias.length });
      }
      return found;
    }),
  }));
  const byKey = new Map<string, string>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) byKey.set(nameKey(n), e.id);
  const ref = (n: string | null | undefined) => (n ? (byKey.get(nameKey(n)) ?? null) : null);
  const mentionedIn = (text: string) =>
    entities.filter((e) => e.aliases.some((alias) => text.includes(alias))).map((e) => e.id);

  const deployments = (gold.deployments ?? []).map((d: any, i: number) => ({
    id: `dep-${i}`, kind: 'deployment' as const, from: ref(d.from), to: ref(d.to), size: d.size ?? null,
    sizeQualifier: d.size_qualifier ?? null, unit: d.unit ?? null, status: d.status ?? null, when: when(d.when), evidence: span(body, d.evidence),
  }));
  const armsTransfers = (gold.arms_transfers ?? []).map((d: any, i: number) => ({
    id: `arms-${i}`, kind: 'arms_transfer' as const, supplier: ref(d.supplier), recipient: ref(d.recipient), items: d.items ?? [],
    quantity: d.quantity ?? null, quantityQualifier: d.quantity_qualifier ?? null, quantityUnit: d.quantity_unit ?? null,
    status: d.status ?? null, when: when(d.when), evidence: span(body, d.evidence),
  }));
  const agreements = (gold.agreements ?? []).map((d: any, i: number) => ({
    id: `agr-${i}`, kind: 'agreement' as const, parties: (d.parties ?? []).map(ref).filter(Boolean), name: d.name ?? 'agreement',
    when: when(d.when), evidence: span(body, d.evidence),
  }));
  const events = [...deployments, ...armsTransfers, ...agreements];
  const claims = (gold.claims as any[]).map((c, i) => {
    const evidence = span(body, c.evidence);
    const overlapping = events.filter((e) => e.evidence.end > evidence.start && e.evidence.start < evidence.end).map((e) => e.id);
    return {
      id: `claim-${i}`,
      claimant: ref(c.claimant),
      claimantText: c.claimant,
      stance: c.stance as Stance,
      cue: c.verb ?? '',
      hedged: false,
      content: evidence,
      evidence,
      claimedOn: c.claimed_on ?? null,
      claimedOnPrecision: c.claimed_on ? (c.claimed_on.length === 10 ? 'day' : 'month') : null,
      about: { events: overlapping, entities: mentionedIn(evidence.text).filter((id) => id !== ref(c.claimant)) },
    } as ExtractionResult['claims'][number];
  });
  return {
    language: input.language ?? 'fr',
    published: input.published ? { value: input.published, precision: input.published.length === 10 ? 'day' : 'month' } : null,
    reporting: { outlet: input.outlet ?? null, agencies: [] },
    entities,
    claims,
    deployments,
    armsTransfers,
    agreements,
    meetings: [],
    diagnostics: [],
    extractor: { name: 'gold', version: '1' },
  };
}
