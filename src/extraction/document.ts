import type {
  ArticleInput, Claim, Deployment, ArmsTransfer, Agreement, Meeting, Diagnostic, EntityType, Language,
  Quantity, Span, TimeValue, ReportingChain,
} from './types';
import type { Token } from './text/tokenize';
import type { Lexicon } from './lexicon/lexicon';

/**
 * The working document the stages enrich, one field group per stage. `text` and
 * `folded` have exactly the body's length, so every offset found in them is an
 * offset into the body.
 */

export type ParagraphKind = 'body' | 'heading' | 'teaser';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** Most words capitalised (English headlines): capitals there say nothing about names. */
  titleCase?: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
}

export type MentionForm =
  | 'name' | 'acronym' | 'demonym' | 'capital' | 'surname' | 'institution' | 'role' | 'anaphor' | 'pattern' | 'location';

export interface MentionRec extends Span {
  t0: number;
  t1: number;
  entityId: string;
  form: MentionForm;
  /** Inside a longer mention ("russe" in "flotte russe du Pacifique"): listed, never a claimant or party. */
  nested?: boolean;
  /** Title when the mention is a role ("le président sud-coréen"). */
  title?: string;
}

export interface EntityRec {
  id: string;
  name: string;
  type: EntityType;
  country?: string | null;
  role?: string | null;
  /** Organisation or country the person speaks for ("the head of the agency"). */
  affiliation?: string | null;
  kind?: string;
  newsAgency?: boolean;
  confidence: number;
}

export interface TimeRec extends TimeValue {
  span: Span;
  text: string;
  /** A weekday or a full date: can date a statement. */
  dayLike: boolean;
}

export interface QuantityRec extends Quantity {
  t0: number;
  t1: number;
}

export interface ArticleDoc {
  input: ArticleInput;
  lexicon: Lexicon;
  body: string;
  text: string;
  folded: string;
  language: Language;
  published: TimeValue | null;
  /** Reference date for relative expressions (noon UTC of the publication day), or null. */
  reference: Date | null;
  paragraphs: Paragraph[];
  tokens: Token[];
  sentences: Sentence[];
  mentions: MentionRec[];
  entities: Map<string, EntityRec>;
  times: TimeRec[];
  quantities: QuantityRec[];
  deployments: Deployment[];
  armsTransfers: ArmsTransfer[];
  agreements: Agreement[];
  meetings: Meeting[];
  claims: Claim[];
  reporting: ReportingChain;
  diagnostics: Diagnostic[];
}

/** A pipeline stage: pure, declares what it reads and what it fills. */
export interface Stage {
  name: string;
  needs: Array<keyof ArticleDoc>;
  adds: Array<keyof ArticleDoc>;
  run(doc: ArticleDoc): ArticleDoc;
}

export function emptyDoc(input: ArticleInput, lexicon: Lexicon): ArticleDoc {
  const body = typeof input.body === 'string' ? input.body : '';
  return {
    input, lexicon, body, text: body, folded: '', language: 'en', published: null, reference: null,
    paragraphs: [], tokens: [], sentences: [], mentions: [], entities: new Map(), times: [], quantities: [],
    deployments: [], armsTransfers: [], agreements: [], meetings: [], claims: [],
    reporting: { outlet: input.outlet ?? null, agencies: [] }, diagnostics: [],
  };
}
