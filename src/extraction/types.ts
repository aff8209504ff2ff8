/**
 * The extraction contract: what the pipeline produces for one article.
 *
 * Terminology (see the README glossary):
 * - article: one news text (body + metadata). All offsets are UTF-16 code-unit
 *   offsets into the body, as JavaScript strings index them.
 * - mention: one occurrence of an entity in the body.
 * - entity: one real-world thing (country, person, organisation, place, unit),
 *   identified by a stable id such as `country:KP` or `org:nato`.
 * - event: something that happened or is planned (deployment, arms transfer,
 *   agreement, meeting).
 * - claim: someone (the claimant) saying something (the content) at some time,
 *   with a stance, as reported in an article.
 * - evidence: the span of the body that supports a fact, with a confidence.
 */

export type Language = 'fr' | 'en';

export type EntityType = 'Country' | 'Person' | 'Organization' | 'Location' | 'MilitaryUnit';

export type Stance = 'asserts' | 'denies' | 'accuses' | 'doubts';

/** How precise a date is: 2024-10-18 is `day`, 2024-10 is `month`, 2024 is `year`. */
export type DatePrecision = 'day' | 'month' | 'year';

export type QuantityQualifier =
  | 'exact'
  | 'about'
  | 'at_least'
  | 'more_than'
  | 'up_to'
  | 'less_than'
  | 'thousands'
  | 'hundreds'
  | 'dozens'
  | 'several';

export type DeploymentStatus = 'planned' | 'training' | 'deployed' | 'withdrawn';

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  /** Exactly `body.slice(start, end)`. */
  text: string;
  /** 0..1 */
  confidence: number;
}

/**
 * A date as the text gives it. `value` is ISO at its precision (`2024-10-18`,
 * `2024-10`, `2024`); a range has an `end` too (`du 8 au 13 octobre`, `depuis août 2023`).
 */
export interface TimeValue {
  value: string;
  precision: DatePrecision;
  end?: string | null;
  endPrecision?: DatePrecision | null;
  /** The words in the text this was read from, when read from the text. */
  text?: string;
  span?: Span;
}

export interface Quantity {
  value: number | null;
  qualifier: QuantityQualifier;
  unit?: string | null;
  text: string;
  span: Span;
}

export interface Mention extends Span {
  text: string;
}

export interface Entity {
  /** Stable across articles and languages: `country:KP`, `org:nato`, `person:mark-rutte`. */
  id: string;
  /** Canonical English name. */
  name: string;
  type: EntityType;
  /** Surface forms seen in this article (exact strings) plus known canonical aliases. */
  aliases: string[];
  /** Role or title given by the text, e.g. "Secretary General of NATO". */
  role?: string | null;
  /** For persons and organisations, the country they belong to when known (entity id). */
  country?: string | null;
  mentions: Mention[];
  confidence: number;
}

export interface Deployment {
  id: string;
  kind: 'deployment';
  from: string | null;
  to: string | null;
  size: number | null;
  sizeQualifier: QuantityQualifier | null;
  unit: string | null;
  status: DeploymentStatus | null;
  when: TimeValue | null;
  evidence: Evidence;
}

export interface ArmsTransfer {
  id: string;
  kind: 'arms_transfer';
  supplier: string | null;
  recipient: string | null;
  items: string[];
  quantity: number | null;
  quantityQualifier: QuantityQualifier | null;
  quantityUnit: string | null;
  status?: 'planned' | 'delivered' | null;
  when: TimeValue | null;
  evidence: Evidence;
}

export interface Agreement {
  id: string;
  kind: 'agreement';
  parties: string[];
  name: string;
  when: TimeValue | null;
  evidence: Evidence;
}

export interface Meeting {
  id: string;
  kind: 'meeting';
  participants: string[];
  place: string | null;
  when: TimeValue | null;
  evidence: Evidence;
}

export type Event = Deployment | ArmsTransfer | Agreement | Meeting;

export interface Claim {
  id: string;
  /** Entity id of the claimant, or null when the claimant is unnamed. */
  claimant: string | null;
  /** The words naming the claimant ("Western officials", "le NIS"). */
  claimantText: string | null;
  /** Entity ids behind a collective claimant ("France, Germany and the UK"). */
  claimantEntities?: string[];
  stance: Stance;
  /** The reporting cue: "a annoncé", "selon", "said", a quotation mark. */
  cue: string;
  hedged: boolean;
  /** The words that hedge it ("probablement", "reportedly"). */
  hedges?: string[];
  /** The claimed content (a span of the body). */
  content: Evidence;
  /** The whole sentence(s) that carry the claim. */
  evidence: Evidence;
  /** When the claim was made: ISO at its precision, or null when the text does not date it. */
  claimedOn: string | null;
  claimedOnPrecision: DatePrecision | null;
  /** Ids of the events and entities the claim is about. */
  about: { events: string[]; entities: string[] };
}

/** The outlet that published the article and the wire agencies it relays. */
export interface ReportingChain {
  outlet: string | null;
  agencies: string[];
}

export interface ArticleInput {
  body: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM`; missing means unknown. */
  published?: string | null;
  language?: Language | null;
}

/** A problem noticed while extracting: never thrown, reported with its position. */
export interface Diagnostic {
  stage: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  span?: Span;
}

export interface ExtractionResult {
  language: Language;
  published: TimeValue | null;
  reporting: ReportingChain;
  entities: Entity[];
  claims: Claim[];
  deployments: Deployment[];
  armsTransfers: ArmsTransfer[];
  agreements: Agreement[];
  meetings: Meeting[];
  diagnostics: Diagnostic[];
  extractor: { name: string; version: string };
}

/** Any extractor (rule-based, LLM) fulfils this. */
export interface Extractor {
  readonly name: string;
  extract(input: ArticleInput): Promise<ExtractionResult>;
}
