import type {
  ArticleInput, Claim, Deployment, ArmsTransfer, Agreement, Entity, EntityType, ExtractionResult, Extractor, Diagnostic,
} from '../types';
import { runPipeline, toResult } from '../pipeline';
import { foldName, slugify } from '../text/fold';
import { llmAnswerSchema, SYSTEM_PROMPT, type LlmAnswer } from './schema';
import { anchorQuote } from './anchor';

/**
 * Optional extractor: any OpenAI-compatible chat endpoint answers with the same
 * JSON (validated with zod), its quotes are re-anchored to body offsets, and
 * entity names are mapped to the rule-based ids where the two agree. On any
 * failure (network, status, time-out, bad JSON, schema) it returns the
 * rule-based result with a diagnostic. Configuration comes in as options (the
 * app's config module reads the environment, not this module).
 */
export interface LlmExtractorOptions {
  /** e.g. https://api.openai.com/v1 or http://localhost:11434/v1 */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  timeoutMs?: number;
  temperature?: number;
  /** Bodies longer than this are sent cut (the rule-based result covers the rest). */
  maxBodyChars?: number;
  fetch?: typeof fetch;
}

export const LLM_EXTRACTOR_NAME = 'llm';

type Ids = { byName: Map<string, string>; entities: Map<string, Entity> };

function indexEntities(rule: ExtractionResult): Ids {
  const byName = new Map<string, string>();
  const entities = new Map<string, Entity>();
  for (const e of rule.entities) {
    entities.set(e.id, e);
    for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]) {
      const k = foldName(n);
      if (k && !byName.has(k)) byName.set(k, e.id);
    }
  }
  return { byName, entities };
}

const TYPE_PREFIX: Record<EntityType, string> = { Country: 'country', Person: 'person', Organization: 'org', Location: 'location', MilitaryUnit: 'unit' };

function mentionsOf(body: string, names: string[]) {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const n of new Set(names.filter((x) => x.length > 1))) {
    let at = body.indexOf(n);
    while (at >= 0 && out.length < 200) {
      if (!out.some((m) => m.start < at + n.length && at < m.end)) out.push({ start: at, end: at + n.length, text: n });
      at = body.indexOf(n, at + n.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Builds the result from a validated answer. Pure: exported for tests. */
export function toExtraction(input: ArticleInput, answer: LlmAnswer, rule: ExtractionResult): ExtractionResult {
  const body = input.body;
  const ids = indexEntities(rule);
  const diagnostics: Diagnostic[] = [];
  const entities = new Map<string, Entity>();
  const resolve = (name: string | null | undefined): string | null => {
    if (!name) return null;
    const k = foldName(name);
    return ids.byName.get(k) ?? [...entities.values()].find((e) => foldName(e.name) === k || e.aliases.some((a) => foldName(a) === k))?.id ?? null;
  };
  for (const e of answer.entities) {
    const known = resolve(e.name) ?? e.aliases.map((a) => resolve(a)).find(Boolean) ?? null;
    const id = known ?? `${TYPE_PREFIX[e.type]}:${slugify(e.name)}`;
    const base = ids.entities.get(id);
    const aliases = [...new Set([...(base?.aliases ?? []), ...e.aliases])];
    entities.set(id, {
      id, name: base?.name ?? e.name, type: base?.type ?? e.type, aliases, role: e.role ?? base?.role ?? null, country: base?.country ?? null,
      mentions: base?.mentions.length ? base.mentions : mentionsOf(body, [e.name, ...e.aliases]), confidence: 0.7,
    });
  }
  const ref = (name: string | null | undefined) => {
    const id = resolve(name);
    if (id && !entities.has(id) && ids.entities.has(id)) entities.set(id, ids.entities.get(id)!);
    return id ?? (name ? `unresolved:${slugify(name)}` : null);
  };
  const anchored = (quote: string, what: string) => {
    const span = anchorQuote(body, quote);
    if (!span) diagnostics.push({ stage: 'llm', severity: 'warning', message: `${what}: evidence not found in the body; dropped` });
    return span ? { ...span, text: body.slice(span.start, span.end), confidence: 0.7 } : null;
  };
  const claims: Claim[] = [];
  for (const c of answer.claims) {
    const ev = anchored(c.evidence, 'claim');
    if (!ev) continue;
    const claimant = c.claimant ? ref(c.claimant) : null;
    const precision = c.claimedOn ? (c.claimedOn.length === 10 ? 'day' : c.claimedOn.length === 7 ? 'month' : 'year') : null;
    claims.push({
      id: `claim:${claims.length + 1}`, claimant: claimant?.startsWith('unresolved:') ? null : claimant, claimantText: c.claimantText ?? c.claimant ?? null,
      stance: c.stance, cue: c.cue ?? '', hedged: c.hedged, content: ev, evidence: ev, claimedOn: c.claimedOn ?? null, claimedOnPrecision: precision,
      about: { events: [], entities: [] },
    });
  }
  const deployments: Deployment[] = [];
  for (const d of answer.deployments) {
    const ev = anchored(d.evidence, 'deployment');
    if (!ev) continue;
    deployments.push({
      id: `deployment:${deployments.length + 1}`, kind: 'deployment', from: ref(d.from), to: ref(d.to), size: d.size, sizeQualifier: d.sizeQualifier,
      unit: d.unit ?? null, status: d.status, when: null, evidence: ev,
    });
  }
  const armsTransfers: ArmsTransfer[] = [];
  for (const t of answer.armsTransfers) {
    const ev = anchored(t.evidence, 'arms transfer');
    if (!ev) continue;
    armsTransfers.push({
      id: `arms-transfer:${armsTransfers.length + 1}`, kind: 'arms_transfer', supplier: ref(t.supplier), recipient: ref(t.recipient), items: t.items,
      quantity: t.quantity, quantityQualifier: t.quantityQualifier, quantityUnit: t.quantityUnit ?? null, when: null, evidence: ev,
    });
  }
  const agreements: Agreement[] = [];
  for (const a of answer.agreements) {
    const ev = anchored(a.evidence, 'agreement');
    if (!ev) continue;
    agreements.push({ id: `agreement:${agreements.length + 1}`, kind: 'agreement', parties: a.parties.map((p) => ref(p)!).filter(Boolean), name: a.name, when: null, evidence: ev });
  }
  // References the model made to names it did not list become entities of their own.
  for (const id of [...claims.map((c) => c.claimant), ...deployments.flatMap((d) => [d.from, d.to]), ...armsTransfers.flatMap((t) => [t.supplier, t.recipient])]) {
    if (id?.startsWith('unresolved:')) diagnostics.push({ stage: 'llm', severity: 'info', message: `reference "${id.slice(11)}" names no entity` });
  }
  return {
    ...rule, entities: [...entities.values()], claims, deployments, armsTransfers, agreements, meetings: [],
    diagnostics: [...rule.diagnostics, ...diagnostics], extractor: { name: LLM_EXTRACTOR_NAME, version: '0.1.0' },
  };
}

/** The JSON inside a chat answer, with or without a code fence. */
export function parseAnswerContent(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
  const text = (fenced ? fenced[1] : content).trim();
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('no JSON object in the answer');
  return JSON.parse(text.slice(start, end + 1));
}

export function createLlmExtractor(options: LlmExtractorOptions): Extractor {
  if (!options || !options.baseUrl || !options.model) throw new Error('createLlmExtractor needs baseUrl and model');
  const doFetch = options.fetch ?? fetch;
  const url = options.baseUrl.replace(/\/+$/, '') + '/chat/completions';
  return {
    name: LLM_EXTRACTOR_NAME,
    async extract(input: ArticleInput): Promise<ExtractionResult> {
      const rule = toResult(runPipeline(input));
      const fallback = (why: string): ExtractionResult => ({
        ...rule, diagnostics: [...rule.diagnostics, { stage: 'llm', severity: 'warning', message: `LLM extraction failed (${why}); rule-based result returned` }],
      });
      if (rule.diagnostics.some((d) => d.severity === 'error')) return rule;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
      try {
        const body = input.body.slice(0, options.maxBodyChars ?? 60_000);
        const response = await doFetch(url, {
          method: 'POST',
          signal: controller.signal,
          headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: JSON.stringify({
            model: options.model,
            temperature: options.temperature ?? 0,
            response_format: { type: 'json_object' },
            messages: [
              { role: 'system', content: SYSTEM_PROMPT },
              { role: 'user', content: `Publication date: ${input.published ?? 'unknown'}\nLanguage: ${rule.language}\n\nArticle:\n${body}` },
            ],
          }),
        });
        if (!response.ok) return fallback(`HTTP ${response.status}`);
        const payload = (await response.json()) as { choices?: Array<{ message?: { content?: string } }> };
        const content = payload.choices?.[0]?.message?.content;
        if (typeof content !== 'string') return fallback('no message content');
        const parsed = llmAnswerSchema.safeParse(parseAnswerContent(content));
        if (!parsed.success) return fallback(`answer does not fit the schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return toExtraction(input, parsed.data, rule);
      } catch (error) {
        return fallback((error as Error).name === 'AbortError' ? 'timed out' : (error as Error).message);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
