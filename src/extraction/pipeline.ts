import type { ArticleInput, Entity, ExtractionResult, Mention } from './types';
import { emptyDoc, type ArticleDoc, type Stage } from './document';
import { defaultLexicon, type Lexicon } from './lexicon/lexicon';
import { normaliseStage } from './stages/normalise';
import { languageStage } from './stages/language';
import { segmentStage } from './stages/segment';
import { mentionsStage, institutionAliases } from './stages/mentions';
import { resolveStage } from './stages/resolve';
import { timeStage } from './stages/time';
import { quantitiesStage } from './stages/quantities';
import { eventsStage } from './stages/events';
import { claimsStage } from './stages/claims';
import { reportingStage } from './stages/reporting';
import { validateStage } from './stages/validate';

export const EXTRACTOR_NAME = 'rule-based';
export const EXTRACTOR_VERSION = '0.1.0';

/** The stages in order; each reads what earlier ones added. */
export const STAGES: readonly Stage[] = [
  normaliseStage, languageStage, segmentStage, mentionsStage, resolveStage, timeStage, quantitiesStage,
  eventsStage, claimsStage, reportingStage, validateStage,
];

/** Runs the stages; a stage that throws is reported and skipped so the rest still run. */
export function runPipeline(input: ArticleInput, lexicon: Lexicon = defaultLexicon(), stages: readonly Stage[] = STAGES): ArticleDoc {
  let doc = emptyDoc(input, lexicon);
  for (const stage of stages) {
    if (doc.diagnostics.some((d) => d.severity === 'error' && d.stage === 'normalise') && stage.name !== 'language') {
      if (stage !== normaliseStage) continue;
    }
    try {
      doc = stage.run(doc);
    } catch (error) {
      doc = { ...doc, diagnostics: [...doc.diagnostics, { stage: stage.name, severity: 'error', message: `stage failed: ${(error as Error).message}` }] };
    }
  }
  return doc;
}

/** Adds `alias` to `aliases` unless it was met before or is the entity's own `name`. */
function addAlias(aliases: string[], seen: Set<string>, name: string, alias: string): void {
  if (seen.has(alias)) return;
  seen.add(alias);
  if (alias !== name) aliases.push(alias);
}

/** The public result: entities with their mentions and aliases, facts, diagnostics. */
export function toResult(doc: ArticleDoc): ExtractionResult {
  const byEntity = new Map<string, Mention[]>();
  for (const m of doc.mentions) {
    const list = byEntity.get(m.entityId) ?? [];
    list.push({ start: m.start, end: m.end, text: doc.body.slice(m.start, m.end) });
    byEntity.set(m.entityId, list);
  }
  const entities: Entity[] = [];
  for (const e of doc.entities.values()) {
    const mentions = byEntity.get(e.id) ?? [];
    const lex = doc.lexicon.entities.get(e.id);
    // A country's institution, curated or generic, is also named the generic way ("Nigerien Armed Forces").
    const kindName = e.type === 'Organization' && e.kind && e.country ? doc.lexicon.institutionNames.get(e.kind) : undefined;
    const country = kindName && e.country ? doc.lexicon.entities.get(e.country) : undefined;
    const generic = kindName && country ? institutionAliases(country.demonyms ?? [], country.name, e.kind!, kindName) : [];
    // Each name once, in the order first met (mentions, lexicon aliases, generic names), the entity's own name left out.
    const seen = new Set<string>();
    const aliases: string[] = [];
    for (const m of mentions) addAlias(aliases, seen, e.name, m.text.replace(/\s+/g, ' '));
    for (const a of lex?.aliases ?? []) addAlias(aliases, seen, e.name, a);
    for (const a of generic) addAlias(aliases, seen, e.name, a);
    entities.push({
      id: e.id, name: e.name, type: e.type, aliases, role: e.role ?? null, country: e.country ?? null, mentions,
      confidence: e.confidence,
    });
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return {
    language: doc.language,
    published: doc.published,
    reporting: doc.reporting,
    entities,
    claims: doc.claims,
    deployments: doc.deployments,
    armsTransfers: doc.armsTransfers,
    agreements: doc.agreements,
    meetings: doc.meetings,
    diagnostics: doc.diagnostics,
    extractor: { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION },
  };
}
