import type { Stage, ArticleDoc, Sentence, MentionRec, EntityRec } from '../document';
import type { Claim, Stance } from '../types';
import type { Token } from '../text/tokenize';
import type { CueStance } from '../lexicon/lexicon';
import type { PhraseMatcher } from '../text/phrase-matcher';
import { indexOf, evidence, type DocIndex } from './context';
import { ARTICLES, COLLECTIVE_NOUNS, DETERMINERS, GROUP_PRONOUNS, MODIFIER_PREPOSITIONS, MONTHS_AND_DAYS, PERSON_PRONOUNS, POSSESSIVE_ANAPHORS } from './words';

/**
 * Claims: a reporting cue (a verb from lexicons/cues.json, or "selon"/"according
 * to"), its claimant (the subject before the verb, the inverted subject after it,
 * the source after "selon"), the content, the stance (the cue's own, else
 * denial or doubt words in the content), hedges, and the date of the statement:
 * a date next to the cue, else the date of an earlier statement by the same
 * claimant or by the body the claimant speaks for ("its spokesman", "the head of
 * the agency"), else null.
 */

const AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'has', 'have', 'had', 'will', 'would', 'also', 'aussi', 'egalement', 'encore', 'deja', 'notamment', 'pourtant', 'further', 'previously', 'earlier', 'later', 'then', 'alors', 'meme', 'already', 'repeatedly', 'publicly', 'publiquement']);
const BOUNDARY = new Set([',', '"', ':', '.', '-', '(', ')', '[', ']', '…']);
const STRONG = new Set(['.', ';', ':', '"', '?', '!']);
const SUBORDINATORS = new Set(['that', 'que', "qu'", 'whether', 'si']);
const CONJUNCTIONS = new Set(['and', 'et', 'but', 'mais', 'puis', 'then']);
const PREP_BEFORE_CUE = new Set(['de', 'du', 'des', 'sans', 'pour', 'to', 'of', 'par', 'en', 'after', 'apres', 'avant', 'before', 'a', 'au']);

interface Ctx {
  doc: ArticleDoc;
  idx: DocIndex;
  tokens: Token[];
  lastClaimant?: string | null;
}

interface Draft {
  sentence: Sentence;
  claimant: string | null;
  claimantText: string | null;
  claimantEntities: string[];
  claimantSpan: { t0: number; t1: number } | null;
  cueStance: CueStance;
  cueText: string;
  cueT0: number;
  cueT1: number;
  content: { t0: number; t1: number };
  dateZone: Array<[number, number]>;
  /** Zones where a month or a year dates the statement too. */
  looseZones?: Array<[number, number]>;
  viaSource: boolean;
  /** A news agency reporting on its own ("selon l'agence Reuters", "SPA reported"): the agency is the claimant, not a relay. */
  agency?: boolean;
  /** A quotation going on from the sentence before: a claim of its own only when it changes the stance. */
  continued?: boolean;
  /** A participle clause going on with the statement (", saying ..."): part of its evidence and stance, not of its dating. */
  tail?: { t0: number; t1: number };
  /** The statement of the body a spokesperson's participle clause speaks for (", sa porte-parole, X, évoquant ..."). */
  speaksFor?: Draft;
}

function entityOf(ctx: Ctx, m: MentionRec | null): EntityRec | null {
  return m ? ctx.doc.entities.get(m.entityId) ?? null : null;
}

function rank(ctx: Ctx, m: MentionRec): number {
  const e = entityOf(ctx, m);
  if (!e || e.newsAgency || e.type === 'Location') return 0;
  if (e.type === 'Person') return 4;
  if (e.type === 'Organization' || e.type === 'MilitaryUnit') return 3;
  return m.form === 'demonym' ? 1 : 2;
}

function isModifier(ctx: Ctx, m: MentionRec, t0: number): boolean {
  let p = m.t0 - 1;
  while (p >= t0 && ARTICLES.has(ctx.tokens[p].norm)) p--;
  return p >= t0 && MODIFIER_PREPOSITIONS.has(ctx.tokens[p].norm);
}

/** The best claimant among the mentions of tokens [t0, t1): person > organisation > country > demonym, leftmost; "mission to the UN" names Iran's mission, not the UN. */
function bestIn(ctx: Ctx, t0: number, t1: number): MentionRec | null {
  return bestInMode(ctx, t0, t1, true) ?? bestInMode(ctx, t0, t1, false);
}

function bestInMode(ctx: Ctx, t0: number, t1: number, skipModifiers: boolean): MentionRec | null {
  let best: MentionRec | null = null;
  let bestRank = 0;
  for (let k = Math.max(0, t0); k < t1; k++) {
    const m = ctx.idx.top[k];
    if (!m || (m.t0 !== k && k !== t0)) continue;
    if (skipModifiers && isModifier(ctx, m, t0)) continue;
    // "the Pentagon's Defense Security Cooperation Agency": the body a possessive names is not the one speaking.
    const owned = ctx.tokens[m.t1]?.norm === "'s" ? ctx.idx.top[m.t1 + 1] : null;
    if (owned && owned.t0 === m.t1 + 1 && owned.t1 <= t1 && rank(ctx, owned) >= 3) continue;
    const r = rank(ctx, m);
    if (r > bestRank) {
      best = m;
      bestRank = r;
    }
  }
  return best;
}

/** Unnamed groups that speak, besides the shared collective nouns: "Human rights groups", "critics at home", "plusieurs centres de recherche". */
const SPEAKING_GROUPS = new Set(['people', 'persons', 'groups', 'critics', 'organisations', 'organizations', 'ngos', 'ong', 'centres', 'centers', 'think-tanks', 'critiques', 'detracteurs', 'opposants', 'activists', 'militants']);

/** "la presse locale", "des informations de presse" speak; "en conférence de presse", "un communiqué de presse" do not. */
function pressSpeaks(ctx: Ctx, k: number): boolean {
  const before = ctx.tokens[k - 1]?.norm ?? '';
  return before === 'la' || (before === 'de' && ['informations', 'sources', 'articles'].includes(ctx.tokens[k - 2]?.norm ?? ''));
}

function collectiveIn(ctx: Ctx, t0: number, t1: number): { text: string; t0: number; t1: number } | null {
  for (let k = t0; k < t1; k++) {
    if (ctx.tokens[k].norm === 'presse' && !pressSpeaks(ctx, k)) continue;
    if (COLLECTIVE_NOUNS.has(ctx.tokens[k].norm) || SPEAKING_GROUPS.has(ctx.tokens[k].norm) || (ctx.tokens[k].norm === 'sources' && k === t0)) {
      let s = k;
      while (s > t0 && ctx.tokens[s - 1].kind === 'word' && !CONJUNCTIONS.has(ctx.tokens[s - 1].norm) && k - s < 3) s--;
      let e = k + 1;
      while (e < t1 && ctx.tokens[e].kind === 'word' && e - k < 4 && !SUBORDINATORS.has(ctx.tokens[e].norm)) e++;
      return { text: ctx.doc.text.slice(ctx.tokens[s].start, ctx.tokens[e - 1].end), t0: s, t1: e };
    }
  }
  return null;
}

function segmentBefore(ctx: Ctx, s: Sentence, end: number): number {
  // Start of the comma-delimited segment ending at `end` (exclusive).
  let k = end - 1;
  while (k >= s.t0 && (ctx.idx.top[k] || (ctx.tokens[k].norm !== ',' && !STRONG.has(ctx.tokens[k].norm) && !SUBORDINATORS.has(ctx.tokens[k].norm)))) k--;
  return k + 1;
}

function lastMentionEnding(ctx: Ctx, from: number, end: number): MentionRec | null {
  let k = end - 1;
  while (k >= from && (ctx.tokens[k].norm === ')' || ctx.tokens[k].norm === '(' || ctx.tokens[k].kind === 'punct')) k--;
  if (k < from) return null;
  const m = ctx.idx.top[k];
  return m && rank(ctx, m) > 0 ? m : null;
}

interface Found {
  mention: MentionRec | null;
  text: string | null;
  entities: string[];
  t0: number;
  t1: number;
  pronoun?: 'person' | 'group';
  inherit?: boolean;
}

function pronounIn(ctx: Ctx, t0: number, t1: number): 'person' | 'group' | null {
  for (let k = t0; k < t1; k++) {
    const w = ctx.tokens[k].norm;
    if (PERSON_PRONOUNS.has(w)) return 'person';
    if (GROUP_PRONOUNS.has(w)) return 'group';
    // "a-t-il", and "avait-il", "ont-ils", "est-elle" (no euphonic t after a consonant).
    if (/-t-(?:il|elle)$|^(?:avait|aurait|etait|est)-(?:il|elle)$/.test(w)) return 'person';
    if (/-t-(?:ils|elles)$|^(?:ont|avaient|auraient|etaient|sont)-(?:ils|elles)$/.test(w)) return 'group';
  }
  return null;
}

const FRAME_PREPOSITIONS = new Set(['dans', 'in', 'on', 'sur', 'lors', 'during', 'apres', 'after', 'avant', 'before', 'via', 'through']);

function subjectBeforeCue(ctx: Ctx, s: Sentence, a: number): Found | null {
  const { tokens } = ctx;
  const seg1 = segmentBefore(ctx, s, a);
  // "Du côté de l'état-major des armées, on insiste sur ...", "Chez Airbus, on assure que ...": the body named up front.
  if (ctx.doc.language === 'fr' && a - 1 >= s.t0 && tokens[a - 1].norm === 'on') {
    let k = s.t0;
    if (tokens[k]?.norm === 'du' && tokens[k + 1]?.norm === 'cote' && ['de', "d'", 'du', 'des'].includes(tokens[k + 2]?.norm ?? '')) k += 3;
    else if (['cote', 'chez'].includes(tokens[k]?.norm ?? '')) k += 1;
    else return null;
    while (k < a && ['la', 'le', "l'", 'les'].includes(tokens[k].norm)) k++;
    const m = ctx.idx.top[k];
    return m && rank(ctx, m) >= 2 ? { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 } : null;
  }
  // "the International Crisis Group, which said": the antecedent of the relative pronoun.
  if (a - 1 >= s.t0 && ['which', 'who', 'qui'].includes(tokens[a - 1].norm)) {
    let k = a - 2;
    if (k >= s.t0 && tokens[k].norm === ',') k--;
    const ante = k >= s.t0 ? ctx.idx.top[k] : null;
    // "X, chercheur à l'Observatoire ..., qui se dit": a body named as someone's employer is not the antecedent.
    let employer = false;
    if (ante && ctx.doc.entities.get(ante.entityId)?.type === 'Organization') {
      for (let j = Math.max(s.t0, ante.t0 - 4); j < ante.t0; j++) if (ctx.doc.lexicon.roles.match(tokens, j)) employer = true;
    }
    // Its span is the relative pronoun: "..., a indiqué l'ambassade, qui évoque ..." is a second statement, not the first again.
    if (ante && rank(ctx, ante) > 0 && !employer) {
      let inverted = false;
      for (let j = Math.max(s.t0, ante.t0 - 5); j < ante.t0; j++) if (ctx.doc.lexicon.cues.match(tokens, j)) inverted = true;
      return inverted ? { mention: ante, text: null, entities: [], t0: a - 1, t1: a } : { mention: ante, text: null, entities: [], t0: ante.t0, t1: ante.t1 };
    }
    // "..., prévient X, chercheur à l'Observatoire ..., qui se dit « pas convaincu »": the speaker of the clause before.
    if (tokens[a - 2]?.norm === ',') return { mention: null, text: null, entities: [], t0: a - 1, t1: a, inherit: true };
    return null;
  }
  // "Un rapport confidentiel des Nations unies ... affirme", "Le même rapport affirme": the author of the report.
  for (let k = seg1; k < Math.min(a, seg1 + 4); k++) {
    if (!DOCUMENTS.has(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(a, k + 8); j++) {
      const m = ctx.idx.top[j];
      const p = ['the', "l'", 'la', 'le'].includes(tokens[j - 1].norm) ? tokens[j - 2]?.norm : tokens[j - 1].norm;
      if (m && m.t0 === j && rank(ctx, m) >= 2 && ['de', 'des', 'du', "d'", 'of', 'by', 'from'].includes(p ?? '')) {
        return { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 };
      }
    }
    // ("the report estimated", "le communiqué précise": the definite article points back too, when no author follows.)
    const definite = ['the', 'le', 'la', "l'"].includes(tokens[k - 1]?.norm ?? '') && k + 1 === a;
    if ((['meme', 'same', 'ce', 'cette', 'this'].includes(tokens[k - 1]?.norm ?? '') || definite) && ctx.lastClaimant) {
      const prev = ctx.doc.mentions.find((x) => x.entityId === ctx.lastClaimant && !x.nested) ?? null;
      if (prev) return { mention: prev, text: null, entities: [], t0: k, t1: k + 1 };
    }
  }
  const named = descriptorName(ctx, s, seg1, a);
  if (named) return named;
  const m1 = bestIn(ctx, seg1, a);
  if (m1) {
    // "Britain, France and Germany said": a list of countries is a collective claimant.
    const list: MentionRec[] = [];
    for (let k = seg1; k < a; k++) { const m = ctx.idx.top[k]; if (m && m.t0 === k && rank(ctx, m) >= 2) list.push(m); }
    let start = seg1;
    if (list.length >= 2 || (list.length === 1 && CONJUNCTIONS.has(tokens[seg1].norm))) {
      while (start - 1 > s.t0 && tokens[start - 1].norm === ',') {
        const prevSeg = segmentBefore(ctx, s, start - 1);
        const only = ctx.idx.top[prevSeg];
        if (!only || only.t0 !== prevSeg || only.t1 !== start - 1 || rank(ctx, only) < 2) break;
        list.unshift(only);
        start = prevSeg;
      }
    }
    if (list.length >= 2 && tokens.slice(seg1, a).some((t) => CONJUNCTIONS.has(t.norm))) {
      const text = ctx.doc.text.slice(tokens[list[0].t0].start, tokens[list[list.length - 1].t1 - 1].end);
      return { mention: list[0], text, entities: list.map((m) => m.entityId), t0: list[0].t0, t1: list[list.length - 1].t1 };
    }
    return { mention: m1, text: null, entities: [], t0: m1.t0, t1: m1.t1 };
  }
  const listed = countedStates(ctx, s, seg1, a);
  if (listed) return listed;
  const bySurname = surnameOf(ctx, seg1, a);
  if (bySurname) return { mention: bySurname, text: null, entities: [], t0: seg1, t1: a };
  const p1 = pronounIn(ctx, seg1, a);
  if (p1) return { mention: null, text: null, entities: [], t0: seg1, t1: a, pronoun: p1 };
  const own = possessiveSpokesperson(ctx, seg1, a) ?? definiteOfficer(ctx, seg1, a);
  if (own) return own;
  // "But critics at home say", "but officials in Brussels have said": a new, unnamed speaker after the conjunction.
  const c1 = collectiveIn(ctx, seg1, a);
  if (c1 && CONJUNCTIONS.has(tokens[seg1].norm) && c1.t0 > seg1) return { mention: null, text: c1.text, entities: [], t0: c1.t0, t1: c1.t1 };
  if (seg1 < a && CONJUNCTIONS.has(tokens[seg1].norm)) return { mention: null, text: null, entities: [], t0: seg1, t1: a, inherit: true };
  if (c1) return { mention: null, text: c1.text, entities: [], t0: c1.t0, t1: c1.t1 };
  const r1 = bareRole(ctx, seg1, a);
  if (r1) return r1;
  // "The command said", "Le quotidien affirme": a definite noun for a body named before.
  const h1 = headAnaphor(ctx, seg1 + 1);
  if (h1 && h1.t0 === seg1 && tokens.slice(h1.t1, a).every((t) => AUX.has(t.norm))) return h1;
  // "X, <apposition>, said": the head of the comma-separated noun phrases before the cue
  // (a person named in them first, then organisations, then countries); names after a
  // preposition ("secrétaire général de l'OTAN", "led by X") are modifiers, not heads.
  if (seg1 - 1 >= s.t0 && tokens[seg1 - 1].norm === ',') {
    let segEnd = seg1 - 1;
    let best: MentionRec | null = null;
    let bestRank = 0;
    let collective: { text: string; t0: number; t1: number } | null = null;
    let own: Found | null = null;
    let introduced: Found | null = null;
    let pronoun: 'person' | 'group' | null = null;
    for (let n = 0; n < 5 && segEnd > s.t0; n++) {
      const segStart = segmentBefore(ctx, s, segEnd);
      // "..., and the destroyer X will sail ..., the agency said": a clause joined by a conjunction is what was said, no apposition
      // (a sentence may open with one: "But X, who chairs ..., doubted").
      if (segStart > s.t0 && CONJUNCTIONS.has(tokens[segStart]?.norm ?? '')) break;
      // ", who spoke on condition of anonymity,", ", whose leader X has been under house arrest,": a relative clause names no one.
      const relative = ['who', 'which', 'whose', 'qui', 'dont'].includes(tokens[segStart]?.norm ?? '') ||
        ['speaking', 'citing', 'requesting', 'asking'].includes(tokens[segStart]?.norm ?? '');
      // "Dans un communiqué publié sur X, l'armée a affirmé", "In a post on Telegram, the group said": a phrase opening on a
      // preposition says where or when, and the platform or place in it is not the speaker.
      const frame = FRAME_PREPOSITIONS.has(tokens[segStart]?.norm ?? '');
      for (let k = relative || frame ? segEnd : segStart; k < segEnd; k++) {
        const m = ctx.idx.top[k];
        if (!m || m.t0 !== k) continue;
        const r = rank(ctx, m);
        const prev = k > s.t0 ? tokens[k - 1].norm : '';
        const prev2 = k > s.t0 + 1 ? tokens[k - 2].norm : '';
        const modifier = ['by', 'of', 'de', "d'", 'du', 'des', 'par', 'with', 'avec', 'to', 'au', 'aux', 'in', 'en', 'from', 'as', 'alias', 'dit', 'at', 'chez'].includes(prev) || (prev === 'a' && ctx.doc.language === 'fr') ||
          (prev === '"' && ['dit', 'as', 'alias', 'surnomme'].includes(prev2)) ||
          (ARTICLES.has(prev) && ['de', 'of', 'by', 'par', 'to', 'a', 'in', 'at'].includes(prev2));
        // "a diplomat in Nairobi, Kenya, said": the country after a town completes the place.
        const placeBefore = prev === ',' && k - 2 >= s.t0 ? ctx.idx.top[k - 2] : null;
        const townCountry = !!placeBefore && entityOf(ctx, placeBefore)?.type === 'Location' && entityOf(ctx, m)?.type === 'Country' && m.t1 === segEnd;
        if (modifier || townCountry || r === 0) continue;
        const score = r * 10 + (m.form === 'role' ? -5 : 0);
        if (score >= bestRank) { best = m; bestRank = score; }
      }
      if (!relative && !frame) introduced = introduced ?? descriptorName(ctx, s, segStart, segEnd);
      if (!relative && !frame) own = own ?? possessiveSpokesperson(ctx, segStart, segEnd);
      if (!relative && !frame) collective = collective ?? collectiveIn(ctx, segStart, segEnd);
      pronoun = pronoun ?? pronounIn(ctx, segStart, segEnd);
      const boundary = segStart - 1;
      // "Jimmy Chérizier, dit « Barbecue », chef de ...": step over a quoted nickname.
      if (boundary >= s.t0 && tokens[boundary].norm === '"') {
        let open = boundary - 1;
        while (open > s.t0 && open > boundary - 5 && tokens[open].norm !== '"') open--;
        if (tokens[open].norm === '"' && ['dit', 'alias', 'surnomme', 'nicknamed', 'known', 'as'].includes(tokens[open - 1]?.norm ?? '')) {
          segEnd = open - 1;
          continue;
        }
      }
      if (boundary < s.t0 || tokens[boundary].norm !== ',') break;
      segEnd = boundary;
    }
    if (best && (rank(ctx, best) >= 4 || !introduced)) return { mention: best, text: null, entities: [], t0: best.t0, t1: best.t1 };
    if (introduced) return introduced;
    if (own) return own;
    if (collective) return { mention: null, text: collective.text, entities: [], t0: collective.t0, t1: collective.t1 };
    if (pronoun) return { mention: null, text: null, entities: [], t0: seg1, t1: a, pronoun };
  }
  return null;
}

/**
 * '"...," Guo said': a capitalised word alone before the cue that is the first or last word of a person named before in the
 * article, when the mentions stage left it unlinked. Their first mention stands in for it.
 */
function surnameOf(ctx: Ctx, t0: number, a: number): MentionRec | null {
  const { tokens } = ctx;
  if (a - t0 !== 1 || tokens[t0].kind !== 'word' || !tokens[t0].cap || ctx.idx.top[t0]) return null;
  const word = tokens[t0].norm;
  for (const m of ctx.doc.mentions) {
    if (m.t1 > t0) break;
    const e = entityOf(ctx, m);
    if (m.nested || e?.type !== 'Person' || m.form === 'role') continue;
    const parts = e.name.split(/\s+/);
    // (The family name comes first in Chinese, Korean and Vietnamese names: "Guo Jiakun" ... "Guo said".)
    if (parts.length >= 2 && m.t1 - m.t0 >= 2 && (tokens[m.t1 - 1].norm === word || tokens[m.t0].norm === word)) return m;
  }
  return null;
}

const NUMBER_WORDS = new Map<string, number>(Object.entries({ two: 2, three: 3, four: 4, five: 5, deux: 2, trois: 3, quatre: 4, cinq: 5 }));
const STATE_NOUNS = new Set(['countries', 'nations', 'governments', 'states', 'capitals', 'pays', 'gouvernements', 'etats', 'capitales']);

/**
 * "The three countries say ...", "les deux pays affirment": the last list of that many states named in this sentence or
 * the two before ("signed by Kosovo, Albania and Croatia"), as a collective claimant.
 */
function countedStates(ctx: Ctx, s: Sentence, t0: number, a: number): Found | null {
  const { tokens } = ctx;
  let k = t0;
  if (['the', 'les', 'ces', 'these'].includes(tokens[k]?.norm ?? '')) k++;
  const n = NUMBER_WORDS.get(tokens[k]?.norm ?? '');
  if (!n || !STATE_NOUNS.has(tokens[k + 1]?.norm ?? '') || k + 2 > a) return null;
  const si = ctx.idx.sentenceOf(t0);
  const from = ctx.doc.sentences[Math.max(0, si - 2)]?.t0 ?? s.t0;
  // Walk back over mentions of countries joined by commas and "and"/"et".
  for (let end = t0 - 1; end >= from; end--) {
    const last = ctx.idx.top[end];
    if (!last || last.t1 !== end + 1 || entityOf(ctx, last)?.type !== 'Country') continue;
    const list: MentionRec[] = [last];
    let j = last.t0 - 1;
    while (list.length < n) {
      // ("le Mali, le Niger et le Burkina Faso": articles before the names.)
      while (j >= from && ARTICLES.has(tokens[j].norm)) j--;
      if (j < from || ![',', 'and', 'et'].includes(tokens[j].norm)) break;
      const m = ctx.idx.top[j - 1];
      if (!m || m.t1 !== j || entityOf(ctx, m)?.type !== 'Country') break;
      list.unshift(m);
      j = m.t0 - 1;
    }
    if (list.length !== n) continue;
    const text = ctx.doc.text.slice(list[0].start, list[n - 1].end);
    return { mention: list[0], text, entities: list.map((m) => m.entityId), t0: k - (k > t0 ? 1 : 0), t1: k + 2 };
  }
  return null;
}

const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'un', 'une', 'its', 'his', 'her', 'son', 'sa', 'their', 'leur']);
/** The possessives of ROLE_DETERMINERS: "its spokesman", "son porte-parole". */
const OWNER_POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'son', 'sa', 'leur']);

/**
 * "The minister warned", "Le ministre s'est dit", "the spokesman said": a title nobody was
 * named with. The mentions stage already ties a title to anyone named before, so this is a
 * speaker the text leaves unnamed: keep the role words as the claimant text rather than
 * dropping the claim.
 */
/** The role titles (roles.json) that are military ranks. */
const MILITARY_RANKS = /\b(?:General|Commander|Commander-in-Chief|Chief of the General Staff)\b/;

/**
 * "... said Col. X. The officer accused ...", "L'officier accuse ...": a definite officer alone before the cue is the last
 * person named with a military rank.
 */
function definiteOfficer(ctx: Ctx, t0: number, a: number): Found | null {
  const { tokens } = ctx;
  if (!SINGULAR_DEFINITE.has(tokens[t0]?.norm ?? '') || !ctx.doc.lexicon.cueClasses.officers.has(tokens[t0 + 1]?.norm ?? '')) return null;
  if (tokens.slice(t0 + 2, a).some((t) => !AUX.has(t.norm))) return null;
  const text = ctx.doc.text.slice(tokens[t0].start, tokens[t0 + 1].end);
  for (let j = t0 - 1; j >= Math.max(0, t0 - 300); j--) {
    const m = ctx.idx.top[j];
    const e = m && m.t0 === j ? entityOf(ctx, m) : null;
    if (e?.type === 'Person' && MILITARY_RANKS.test(e.role ?? '')) return { mention: m, text, entities: [], t0, t1: t0 + 2 };
  }
  return null;
}

function bareRole(ctx: Ctx, t0: number, a: number): Found | null {
  const { tokens } = ctx;
  let k = t0;
  while (k < a && ROLE_DETERMINERS.has(tokens[k].norm)) k++;
  if (k === t0 || k >= a) return null;
  const role = ctx.doc.lexicon.roles.match(tokens, k);
  if (!role) return null;
  const end = k + role.tokens.length;
  // Only auxiliaries or reflexives may stand between the role and the cue.
  for (let j = end; j < a; j++) if (!AUX.has(tokens[j].norm) && !["s'", 'se'].includes(tokens[j].norm)) return null;
  const text = ctx.doc.text.slice(tokens[t0].start, tokens[end - 1].end);
  // "Foreign Minister Sergei Lavrov ... The minister said": the last person named before with that title.
  const head = role.payload.split(' ').pop()!.toLowerCase();
  for (let j = t0 - 1; j >= Math.max(0, t0 - 300); j--) {
    const m = ctx.idx.top[j];
    const e = m && m.t0 === j ? entityOf(ctx, m) : null;
    if (e?.type === 'Person' && (e.role ?? '').toLowerCase().includes(head)) return { mention: m, text, entities: [], t0, t1: end };
  }
  // "the Defence Ministry said ... The minister warned": a minister speaks for the ministry named just before.
  if (/Minister/.test(role.payload)) {
    for (let j = t0 - 1; j >= Math.max(0, t0 - 200); j--) {
      const m = ctx.idx.top[j];
      if (m && m.t0 === j && /ministry/.test(m.entityId)) return { mention: m, text, entities: [], t0, t1: end };
    }
  }
  return { mention: null, text, entities: [], t0, t1: end };
}

/**
 * "Hamas claimed the attack. Its spokesman accused ...", "Leur porte-parole accuse l'armée": a spokesperson named by a
 * possessive alone speaks for the actor the sentence before opens on.
 */
function possessiveSpokesperson(ctx: Ctx, t0: number, a: number): Found | null {
  const { tokens } = ctx;
  if (!OWNER_POSSESSIVES.has(tokens[t0]?.norm ?? '')) return null;
  const role = ctx.doc.lexicon.roles.match(tokens, t0 + 1);
  if (role?.payload !== 'Spokesman') return null;
  const end = t0 + 1 + role.tokens.length;
  if (tokens.slice(end, a).some((t) => !AUX.has(t.norm))) return null;
  // "The army will send two battalions, its spokesman said", "..., a indiqué son porte-parole": after what was said, the
  // spokesperson speaks for the actor the sentence opens on.
  const si = ctx.idx.sentenceOf(t0);
  const s = ctx.doc.sentences[si];
  const owner = (t0 > s.t0 ? firstActorIn(ctx, s.t0, t0) : null) ?? subjectMentionOfPrevious(ctx, si);
  return owner ? { mention: owner, text: ctx.doc.text.slice(tokens[t0].start, tokens[end - 1].end), entities: [], t0, t1: end } : null;
}

/** "..., a indiqué son porte-parole", "..., said its spokesman on Tuesday": a possessive spokesperson after the cue, ending the clause. */
function invertedPossessiveSpokesperson(ctx: Ctx, s: Sentence, k: number): Found | null {
  const { tokens } = ctx;
  const role = OWNER_POSSESSIVES.has(tokens[k]?.norm ?? '') ? ctx.doc.lexicon.roles.match(tokens, k + 1) : null;
  const end = role ? k + 1 + role.tokens.length : k;
  if (!role || !(end >= s.t1 || BOUNDARY.has(tokens[end].norm) || STRONG.has(tokens[end].norm) || FRAME_PREPOSITIONS.has(tokens[end].norm))) return null;
  // ("a déclaré son porte-parole, Dmitri Peskov": the spokesperson named in apposition speaks.)
  // ("..., le commodore de l'air X": or with a rank first.)
  if (end < s.t1 && tokens[end].norm === ',') {
    for (let j = end + 1; j < Math.min(s.t1, end + 10); j++) if (ctx.idx.top[j] && entityOf(ctx, ctx.idx.top[j])?.type === 'Person') return null;
  }
  return possessiveSpokesperson(ctx, k, end);
}

/** The first actor (a person, body or state, not a demonym, place or outlet) named in tokens t0..t1. */
function firstActorIn(ctx: Ctx, t0: number, t1: number): MentionRec | null {
  for (let k = t0; k < t1; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = entityOf(ctx, m);
    if (!e || e.newsAgency || e.kind === 'media' || e.type === 'Location') continue;
    if (rank(ctx, m) >= 2) return m;
  }
  return null;
}

const ANAPHOR_DETERMINERS = new Set(['the', 'le', 'la', "l'", 'ce', 'cet', 'cette', 'this']);

/** The word a name of a body hangs on: its first in French ("Commandement des opérations"), its last in English, or the one before "of". */
function nameHead(ctx: Ctx, m: MentionRec): string | null {
  const words = ctx.tokens.slice(m.t0, m.t1).filter((t) => t.kind === 'word' && !ARTICLES.has(t.norm));
  if (!words.length) return null;
  if (ctx.doc.language === 'fr') return words[0].norm;
  const of = words.findIndex((t) => t.norm === 'of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]).norm;
}

/** "MoD" for "Ministry of Defence": the initials of every word of a name, small words included. */
function initialsOf(text: string): string {
  return text.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
}

/**
 * "Selon le journal", "the command said", "according to the paper", "the MoD said": a definite noun at token `k` for a
 * speaker named before, the last body whose name it heads (Northern Command ... the command) or spells in initials
 * (Ministry of Defence ... the MoD), or for a press noun the outlet or agency named last. Only for nouns the mentions
 * stage left unlinked, and not "the command of X".
 */
function headAnaphor(ctx: Ctx, k: number): Found | null {
  const { tokens, doc } = ctx;
  if (!ANAPHOR_DETERMINERS.has(tokens[k - 1]?.norm ?? '') || tokens[k]?.kind !== 'word' || ctx.idx.top[k]) return null;
  const w = tokens[k].norm;
  if (['de', 'du', 'des', "d'", 'of'].includes(tokens[k + 1]?.norm ?? '') || ctx.idx.top[k + 1]) return null;
  const press = doc.lexicon.cueClasses.press.has(w);
  const surface = doc.text.slice(tokens[k].start, tokens[k].end);
  const acronym = /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(surface) && surface.length >= 3 ? surface.toLowerCase() : null;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.t1 > k - 1 || m.nested) continue;
    if (k - m.t1 > 400) break;
    const e = entityOf(ctx, m);
    if (!e || (e.type !== 'Organization' && e.type !== 'MilitaryUnit')) continue;
    // (Past a qualifier: "Britain's Ministry of Defence", "Ministry of Defence (United Kingdom)".)
    const spelled = !!acronym && [e.name.replace(/\s*\(.*\)$/, ''), doc.text.slice(m.start, m.end)].some((n) => initialsOf(n).endsWith(acronym));
    if (press ? isPress(e) : spelled || (m.form !== 'anaphor' && m.t1 - m.t0 > 1 && nameHead(ctx, m) === w)) {
      return { mention: m, text: doc.text.slice(tokens[k - 1].start, tokens[k].end), entities: [], t0: k - 1, t1: k + 1 };
    }
  }
  return null;
}

function cueStanceOf(st: Stance): CueStance {
  return st === 'asserts' ? 'neutral' : st;
}

/** "..., sa porte-parole, Maria Zakharova, évoquant": the person named alone between the comma at `comma` and a possessive title before. */
function absoluteSubject(ctx: Ctx, s: Sentence, comma: number): MentionRec | null {
  const { tokens } = ctx;
  if (tokens[comma]?.norm !== ',') return null;
  const m = ctx.idx.top[comma - 1];
  if (!m || m.t1 !== comma || m.form === 'role' || entityOf(ctx, m)?.type !== 'Person' || tokens[m.t0 - 1]?.norm !== ',') return null;
  const titleStart = segmentBefore(ctx, s, m.t0 - 1);
  const first = tokens[titleStart]?.norm ?? '';
  const title = POSSESSIVE_ANAPHORS.has(first) && m.t0 - 1 - titleStart <= 5 &&
    tokens.slice(titleStart, m.t0 - 1).some((_, j) => !!ctx.doc.lexicon.roles.match(tokens, titleStart + j));
  return title ? m : null;
}

/** The person named right after the comma at `comma` ("<title>, le colonel Gaspard Baratuza"), if any. */
function nameAfter(ctx: Ctx, s: Sentence, comma: number): MentionRec | null {
  for (let q = comma + 1; q < Math.min(s.t1, comma + 6) && ctx.tokens[q].norm !== ','; q++) {
    const m = ctx.idx.top[q];
    if (m && m.t0 === q && m.form !== 'role' && entityOf(ctx, m)?.type === 'Person') return m;
  }
  return null;
}

/** A wire agency or an outlet: "a assuré à RFI le porte-parole" names the speaker after it. */
function isPress(e: EntityRec | null): boolean {
  return !!e && (!!e.newsAgency || e.kind === 'media');
}

/** "Sgt.", "Maj.", "Lt.": a short capitalised word with its period, before a capitalised word (a rank or title cut short). */
function titleAbbreviation(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx;
  if (j < 0 || tokens[j + 1]?.norm !== '.' || tokens[j].kind !== 'word') return false;
  const next = tokens[j + 2];
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(ctx.doc.text.slice(tokens[j].start, tokens[j].end)) && !!next && /^\p{Lu}/u.test(ctx.doc.text.slice(next.start, next.end));
}

function invertedSubject(ctx: Ctx, s: Sentence, cueEnd: number): Found | null {
  const { tokens, doc } = ctx;
  let k = cueEnd;
  const pro = k < s.t1 ? pronounIn(ctx, k, k + 1) : null;
  if (pro && /-t-/.test(tokens[k].norm)) return { mention: null, text: null, entities: [], t0: k, t1: k + 1, pronoun: pro };
  const skippable = (j: number) => (DETERMINERS.has(tokens[j].norm) && !SUBORDINATORS.has(tokens[j].norm)) || tokens[j].norm === '"' || /^-t-/.test(tokens[j].norm) ||
    (['a', 'au', 'to'].includes(tokens[j].norm) && isPress(entityOf(ctx, ctx.idx.top[j + 1] ?? ctx.idx.top[j + 2] ?? null))) ||
    !!entityOf(ctx, ctx.idx.top[j])?.newsAgency ||
    (!!ctx.idx.top[j] && isPress(entityOf(ctx, ctx.idx.top[j])) && ['a', 'au', 'to'].includes(tokens[ctx.idx.top[j]!.t0 - 1]?.norm ?? '')) ||
    // "a assuré lundi soir à RFI le porte-parole": the date before the subject.
    MONTHS_AND_DAYS.has(tokens[j].norm) || ['soir', 'matin', 'dernier', 'derniere', 'apres-midi'].includes(tokens[j].norm) || (tokens[j].kind === 'number' && MONTHS_AND_DAYS.has(tokens[j + 1]?.norm ?? '')) ||
    // '"...," said Sgt. X', "said Maj. Gen. X": a rank cut short before the name.
    titleAbbreviation(ctx, j) || (tokens[j].norm === '.' && titleAbbreviation(ctx, j - 1));
  const ends = (j: number) => j >= s.t1 || BOUNDARY.has(tokens[j].norm) || STRONG.has(tokens[j].norm);
  const own = invertedPossessiveSpokesperson(ctx, s, k) ?? (ends(k + 2) ? definiteOfficer(ctx, k, k + 2) : null);
  if (own) return own;
  while (k < s.t1 && skippable(k)) k++;
  if (k >= s.t1) return null;
  const direct = ctx.idx.top[k];
  const named = direct && direct.t0 === k && direct.form === 'role' && tokens[direct.t1]?.norm === ',' ? nameAfter(ctx, s, direct.t1) : null;
  if (named) return { mention: named, text: null, entities: [], t0: named.t0, t1: named.t1 };
  // '"...," said Col. Ahmed Sharif', "said President X": a title right before the name it belongs to.
  const titled = direct && direct.t0 === k && direct.form === 'role' ? ctx.idx.top[direct.t1] : null;
  if (titled && titled.t0 === direct!.t1 && titled.entityId === direct!.entityId) return invertedSubject(ctx, s, direct!.t1);
  if (direct && direct.t0 === k && rank(ctx, direct) > 0) {
    const after = tokens[direct.t1]?.norm;
    if (doc.language === 'fr' || after === undefined || after === ',' || after === '.' || direct.t1 >= s.t1) {
      return { mention: direct, text: null, entities: [], t0: direct.t0, t1: direct.t1 };
    }
    return null;
  }
  if (PERSON_PRONOUNS.has(tokens[k].norm) || GROUP_PRONOUNS.has(tokens[k].norm)) {
    // '"...," said he.' is inverted; 'said they could not' starts the content.
    const after = tokens[k + 1]?.norm;
    if (after !== undefined && after !== ',' && after !== '.') return null;
    return { mention: null, text: null, entities: [], t0: k, t1: k + 1, pronoun: PERSON_PRONOUNS.has(tokens[k].norm) ? 'person' : 'group' };
  }
  // "déclare l'« homme des sanctions » de l'UE", "a indiqué un responsable américain"
  const w = tokens[k].norm;
  // "a déclaré avoir utilisé ...": an infinitive starts the content, not a subject.
  const infinitive = /(?:er|ir|oir)$/.test(w) || ['etre', 'faire', 'dire', 'prendre', 'mettre', 'rendre', 'suivre', 'vivre', 'detruire', 'produire'].includes(w);
  if (doc.language === 'fr' && infinitive && !COLLECTIVE_NOUNS.has(w) && !ctx.doc.lexicon.roles.match(tokens, k)) return null;
  if (SUBORDINATORS.has(w) || w === 'to') return null;
  let pick: MentionRec | null = null;
  // (A title may be long before the name in apposition: "le porte-parole des Forces rwandaises de défense (RDF), le général X".)
  for (let j = k; j < Math.min(s.t1, k + 12); j++) {
    const t = tokens[j].norm;
    if (t === '.' || SUBORDINATORS.has(t)) break;
    // "a déclaré à l'AFP le porte-parole ..., Nadav Shoshani": the person after the apposition.
    if (t === ',') {
      let roleSoFar = false;
      for (let r = k; r < j; r++) if (ctx.doc.lexicon.roles.match(tokens, r)) roleSoFar = true;
      // "le porte-parole de l'armée burundaise, le colonel Gaspard Baratuza": the name in apposition to a title (the body
      // the title names is whom the person speaks for, not the speaker).
      const named = (pick && pick.form === 'role') || roleSoFar ? nameAfter(ctx, s, j) : null;
      if (named) { pick = named; break; }
      if (pick && rank(ctx, pick) >= 4) break;
      if (!roleSoFar && !pick) break;
    }
    const m = ctx.idx.top[j];
    const toPress = isPress(entityOf(ctx, m)) && ['a', 'au', 'to'].includes(tokens[j - 1]?.norm ?? '');
    if (m && m.t0 === j && !toPress && rank(ctx, m) > (pick ? rank(ctx, pick) : 0)) pick = m;
  }
  // "a salué l'annonce kényane", "réclame le retrait des troupes israéliennes": a demonym qualifying the object is no
  // inverted subject; one after a speaker's noun is ("a indiqué un responsable américain").
  if (pick && pick.form === 'demonym' && doc.language === 'fr') {
    // ("a assuré à l'AFP une source militaire marocaine": a word may stand between the speaker's noun and the demonym.)
    const speakerNoun = (j: number) => j >= k && (COLLECTIVE_NOUNS.has(tokens[j].norm) || SPEAKING_GROUPS.has(tokens[j].norm) || ANONYMOUS_HEADS.has(tokens[j].norm) || !!ctx.doc.lexicon.roles.match(tokens, j));
    if (!speakerNoun(pick.t0 - 1) && !(speakerNoun(pick.t0 - 2) && tokens[pick.t0 - 1].kind === 'word' && !ctx.idx.top[pick.t0 - 1])) return null;
  }
  if (pick) {
    const coll = collectiveIn(ctx, k, pick.t0);
    return { mention: pick, text: coll?.text ?? null, entities: [], t0: k, t1: pick.t1 };
  }
  // "..., a souligné le communiqué lu à la télévision": the statement just reported speaks for its author.
  const docAt = ['le', 'la', "l'", 'the', 'ce', 'cette', 'this'].includes(tokens[k - 1]?.norm ?? '') ? k : -1;
  if (docAt >= 0 && DOCUMENTS.has(tokens[docAt].norm) && !['de', 'des', 'du', "d'", 'of', 'by'].includes(tokens[docAt + 1]?.norm ?? '') && ctx.lastClaimant) {
    const author = ctx.doc.mentions.find((x) => x.entityId === ctx.lastClaimant && !x.nested) ?? null;
    if (author) return { mention: author, text: null, entities: [], t0: docAt, t1: docAt + 1 };
  }
  const coll = collectiveIn(ctx, k, Math.min(s.t1, k + 6));
  if (coll && coll.t0 <= k + 2) return { mention: null, text: coll.text, entities: [], t0: coll.t0, t1: coll.t1 };
  // "..., a indiqué le journal.", "..., the command said": a definite noun for a body named before, ending the clause.
  const head = headAnaphor(ctx, k);
  return head && (head.t1 >= s.t1 || [',', '.', ';'].includes(tokens[head.t1].norm)) ? head : null;
}

/**
 * "Le général X, chef de l'armée soudanaise, a accusé ...": the comma before the cue closes an
 * apposition (a short noun phrase, with a person or a title in it, after a name), so the
 * subject is the name, not what follows the verb.
 */
function appositionBefore(ctx: Ctx, s: Sentence, a: number): boolean {
  const { tokens } = ctx;
  if (a - 1 < s.t0 || tokens[a - 1].norm !== ',') return false;
  const segStart = segmentBefore(ctx, s, a - 1);
  const len = a - 1 - segStart;
  // (A relative clause may be longer than an apposition: "Les États-Unis, qui cherchent à garder un pied dans la région, ont promis".)
  const relativeClause = ['qui', 'dont', 'who', 'which', 'whose'].includes(tokens[segStart]?.norm ?? '');
  if (len <= 0 || len > (relativeClause ? 16 : 8) || segStart - 1 < s.t0 || tokens[segStart - 1].norm !== ',') return false;
  let person = false;
  let title = false;
  for (let k = segStart; k < a - 1; k++) {
    const m = ctx.idx.top[k];
    if (m && entityOf(ctx, m)?.type === 'Person' && m.form !== 'role') person = true;
    if (ctx.doc.lexicon.roles.match(tokens, k) || (m && m.form === 'role')) title = true;
  }
  const first = tokens[segStart].norm;
  // "Le Conseil présidentiel, qui dirige le pays depuis 2024, a salué", "Plusieurs pays, dont la République dominicaine,
  // plaident": a relative clause set off by commas closes the subject.
  if (relativeClause && segStart - 1 > s.t0 && segmentBefore(ctx, s, segStart - 1) === s.t0 && segStart - 1 - s.t0 <= 10) return true;
  // "Le principal opposant, Succès Masra, accuse": a name set off by commas is the subject.
  if (person) return true;
  if (!title && !DETERMINERS.has(first) && first !== 'voisine' && first !== 'neighbour') return false;
  const head = lastMentionEnding(ctx, segmentBefore(ctx, s, segStart - 1), segStart - 1);
  return !!head;
}

function cueStart(ctx: Ctx, s: Sentence, c: number): number {
  let a = c;
  while (a - 1 >= s.t0 && AUX.has(ctx.tokens[a - 1].norm)) a--;
  return a;
}

const DOCUMENTS = new Set(['report', 'notice', 'statement', 'assessment', 'study', 'document', 'communique', 'rapport', 'note', 'etude', 'bilan', 'analysis', 'analyse', 'texte', 'text', 'review']);

/** A word of a name the mentions stage may have left unlinked: capitalised ("Karapatan"), with a capital past its particle ("al-Adl"), or a number. */
function nameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && (t.kind === 'number' || (t.kind === 'word' && (t.cap || /\p{Lu}/u.test(ctx.doc.text.slice(t.start, t.end)))));
}

/** The name starting at token j: name words, and what is glued to them ("24.kg", "Al-Wasat"). */
function nameAt(ctx: Ctx, s: Sentence, j: number): { t0: number; t1: number } | null {
  const { tokens } = ctx;
  if (j >= s.t1 || !nameWord(ctx, j)) return null;
  let e = j + 1;
  while (e < s.t1) {
    const t = tokens[e];
    const glued = t.start === tokens[e - 1].end;
    const joiner = ['.', '-', '/'].includes(t.norm) && tokens[e + 1]?.start === t.end && tokens[e + 1].kind !== 'punct';
    if ((glued && (t.kind !== 'punct' || joiner)) || (!glued && t.kind === 'word' && nameWord(ctx, e))) e++;
    else break;
  }
  return { t0: j, t1: e };
}

/**
 * "le média libyen Al-Wasat", "the Nigerien state broadcaster, RTN,", "the human rights group Karapatan": a body introduced
 * by its kind at the head of tokens [t0, t1) is the speaker, under its name; a demonym in the descriptor only qualifies it.
 * The name's mention when it has one (an organisation or a person), else its text.
 */
function descriptorName(ctx: Ctx, s: Sentence, t0: number, t1: number): Found | null {
  const { tokens, doc } = ctx;
  for (let k = t0; k < Math.min(t1, t0 + 5); k++) {
    const w = tokens[k].norm;
    const here = ctx.idx.top[k];
    if ((k > t0 && MODIFIER_PREPOSITIONS.has(w)) || tokens[k].kind === 'punct' || (here && here.form !== 'demonym')) break;
    if (!doc.lexicon.cueClasses.press.has(w) && !doc.lexicon.cueClasses.bodies.has(w)) continue;
    let j = k + 1;
    // "site d'information", "chaîne de télévision", "agence d'État"
    if (["d'", 'de'].includes(tokens[j]?.norm ?? '') && tokens[j + 1]?.kind === 'word' && !tokens[j + 1].cap) j += 2;
    const dem = ctx.idx.top[j];
    if (dem && dem.t0 === j && dem.form === 'demonym') j = dem.t1;
    const apposed = tokens[j]?.norm === ',';
    if (apposed) j++;
    if (j >= t1) continue;
    const m = ctx.idx.top[j];
    if (m && m.t0 === j && rank(ctx, m) >= 3) {
      if (apposed && tokens[m.t1]?.norm !== ',') continue;
      return { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 };
    }
    const name = nameAt(ctx, s, j);
    if (!name || name.t1 > t1 || (apposed && tokens[name.t1]?.norm !== ',')) continue;
    // ("the Nigerien broadcaster, Niamey ...", "the group Tuesday": a place, a state or a day is no name of the body.)
    if (ctx.idx.top.slice(name.t0, name.t1).some((x) => x && rank(ctx, x) < 3) || MONTHS_AND_DAYS.has(tokens[name.t0].norm)) continue;
    if (doc.lexicon.cues.match(tokens, name.t0)) continue;
    return { mention: null, text: doc.text.slice(tokens[name.t0].start, tokens[name.t1 - 1].end), entities: [], t0: name.t0, t1: name.t1 };
  }
  return null;
}

function sourceClaimant(ctx: Ctx, s: Sentence, from: number): Found | null {
  const { tokens } = ctx;
  // "selon des images satellites analysées par des chercheurs", "according to data compiled by Acled": whoever
  // analysed the material is the source.
  for (let k = from + 1; k < Math.min(s.t1, from + 6); k++) {
    if (tokens[k].norm === ',' || tokens[k].norm === '.') break;
    if (['par', 'by'].includes(tokens[k].norm) && /(?:e|es|s|ed)$/.test(tokens[k - 1].norm) && tokens[k - 1].kind === 'word' && !ctx.idx.top[k - 1] && k - 1 > from) {
      const by = sourceClaimant(ctx, s, k + 1);
      // ("selon des sources citées par Reuters", "selon l'état-major tchadien cité par l'AFP": the sources speak, the
      // agency or paper quoting them relays them.)
      const relayed = !!by && ((!!entityOf(ctx, by.mention)?.newsAgency && speakerNounIn(ctx, from, k)) ||
        (isPress(entityOf(ctx, by.mention)) && /^(?:cite|quoted)/.test(tokens[k - 1].norm) && !!bestIn(ctx, from, k - 1)));
      if (by && !relayed) return by;
      break;
    }
  }
  const named = descriptorName(ctx, s, from, Math.min(s.t1, from + 10));
  if (named) return named;
  // "according to a notice published on Friday by the Defense Security Cooperation Agency"
  let reach = 6;
  for (let k = from; k < Math.min(s.t1, from + 3); k++) if (DOCUMENTS.has(tokens[k].norm)) reach = 14;
  for (let k = from; k < Math.min(s.t1, from + reach); k++) {
    const t = tokens[k].norm;
    if (t === ',' || t === '.' || t === ';') break;
    const m = ctx.idx.top[k];
    // "Selon TASS, qui cite une source militaire": the agency, for the caller to look past it to whom it cites.
    if (m && m.t0 === k && entityOf(ctx, m)?.newsAgency && ['cite', 'citant', 'citing', 'quoting'].some((w) => tokens.slice(m.t1, m.t1 + 4).some((t) => t.norm === w))) {
      return { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 };
    }
    // "selon l'agence Reuters", "according to the state news agency": an agency cited as the source states what it reports.
    if (m && m.t0 === k && entityOf(ctx, m)?.newsAgency && !speakerNounIn(ctx, from, k)) return { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 };
    if (m && m.t0 === k && rank(ctx, m) > 0) {
      // "selon le quotidien turc Hürriyet", "according to the Argentine newspaper Clarin": the demonym qualifies the outlet
      // named right after it (past a press noun).
      // ("Argentine" may be read as the country's name.)
      let after = m.t1;
      const country = m.form === 'demonym' || entityOf(ctx, m)?.type === 'Country';
      while (country && after < m.t1 + 3 && !ctx.idx.top[after] && ctx.doc.lexicon.cueClasses.press.has(tokens[after]?.norm ?? '')) after++;
      const next = m.form === 'demonym' || after > m.t1 ? ctx.idx.top[after] : null;
      if (next && next.t0 === after && rank(ctx, next) >= 3) return { mention: next, text: null, entities: [], t0: next.t0, t1: next.t1 };
      // "according to Philippine military spokesperson Colonel X": the person the body's title introduces.
      if (rank(ctx, m) < 4) {
        for (let j = m.t1; j < Math.min(s.t1, m.t1 + 5); j++) {
          if ([',', '.', ';', 'and', 'et'].includes(tokens[j].norm)) break;
          const p = ctx.idx.top[j];
          if (p && p.t0 === j && p.form !== 'role' && entityOf(ctx, p)?.type === 'Person') return { mention: p, text: null, entities: [], t0: p.t0, t1: p.t1 };
        }
      }
      const coll = collectiveIn(ctx, from, k);
      if (coll && m.form === 'demonym') return { mention: m, text: ctx.doc.text.slice(tokens[from].start, tokens[m.t1 - 1].end), entities: [], t0: from, t1: m.t1 };
      return { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 };
    }
  }
  const coll = collectiveIn(ctx, from, Math.min(s.t1, from + 5));
  if (coll) return { mention: null, text: coll.text, entities: [], t0: coll.t0, t1: coll.t1 };
  // "according to the paper", "selon le journal" (a source phrase of its own: the noun ends it)
  return headAnaphor(ctx, from + 1) ?? headAnaphor(ctx, from - 1);
}

/** A speaker's noun in tokens [t0, t1) ("une source sécuritaire", "officials", "des experts"). */
function speakerNounIn(ctx: Ctx, t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) if (ANONYMOUS_HEADS.has(ctx.tokens[k].norm) || PERSON_HEADS.has(ctx.tokens[k].norm)) return true;
  return !!collectiveIn(ctx, t0, t1);
}

function phraseEnd(ctx: Ctx, s: Sentence, from: number): number {
  let k = from;
  while (k < s.t1 && ctx.tokens[k].norm !== ',' && ctx.tokens[k].norm !== ';') k++;
  return k;
}

function trimContent(ctx: Ctx, t0: number, t1: number): { t0: number; t1: number } {
  const { tokens } = ctx;
  while (t0 < t1 && (SUBORDINATORS.has(tokens[t0].norm) || [',', ':', '-'].includes(tokens[t0].norm))) t0++;
  while (t1 > t0 && [',', '.', ':', '-', ';'].includes(tokens[t1 - 1].norm)) t1--;
  return { t0, t1 };
}

/** English cue forms that are nouns as often as verbs ("local media reports", "his claims"). */
const NOUN_LIKE_CUES = new Set(['reports', 'claims', 'estimates', 'questions', 'doubts', 'denials', 'warns', 'estimate', 'doubt']);

/** French object pronouns that may stand right before a verb ("l'accuse", "les dément"). */
const OBJECT_CLITICS = new Set(["l'", 'les', 'lui', 'leur']);

/**
 * "Moscou, son allié traditionnel, l'accuse", "il les dément": an object pronoun before a finite cue, told from an
 * article ("l'accusé") by what stands before it (a comma, a subject pronoun, a name, "ne") and by the verb's ending.
 */
function cliticBefore(ctx: Ctx, s: Sentence, c: number): boolean {
  const { tokens } = ctx;
  if (ctx.doc.language !== 'fr' || c - 1 <= s.t0 || !OBJECT_CLITICS.has(tokens[c - 1].norm)) return false;
  if (/[éè]e?s?$/.test(ctx.doc.body.slice(tokens[c].start, tokens[c].end))) return false;
  const before = tokens[c - 2].norm;
  const named = ctx.idx.top[c - 2];
  return before === ',' || PERSON_PRONOUNS.has(before) || GROUP_PRONOUNS.has(before) || ['ne', "n'", 'on', 'qui'].includes(before) || (!!named && named.t1 === c - 1);
}

function isNounUse(ctx: Ctx, s: Sentence, c: number): boolean {
  if (cliticBefore(ctx, s, c)) return false;
  const prev = c - 1 >= s.t0 ? ctx.tokens[c - 1].norm : '';
  // "dismissed as "a provocation" reports in South Korean media": a verb needs a subject before it.
  if (ctx.doc.language === 'en' && NOUN_LIKE_CUES.has(ctx.tokens[c].norm)) {
    // "media reports" is a noun compound; "Analysts, however, doubt that" and "X, a project ..., estimates" are verbs.
    const subject = !!ctx.idx.top[c - 1] || PERSON_PRONOUNS.has(prev) || GROUP_PRONOUNS.has(prev) || (COLLECTIVE_NOUNS.has(prev) && !['media', 'medias'].includes(prev)) ||
      AUX.has(prev) || ['who', 'which', 'that', 'also', 'now', 'still', ','].includes(prev) || ['that', 'whether'].includes(ctx.tokens[c + 1]?.norm ?? '');
    if (!subject) return true;
    // "dismissed the Indian claims": a demonym after a determiner qualifies the noun.
    const qualifier = ctx.idx.top[c - 1];
    if (qualifier && qualifier.form === 'demonym' && DETERMINERS.has(ctx.tokens[qualifier.t0 - 1]?.norm ?? '')) return true;
  }
  if (DETERMINERS.has(prev) && prev !== 'a' && prev !== 'that') return true;
  if (ctx.doc.language === 'en' && (prev === 'to' || prev === 'of' || prev === 'the')) return true;
  // "in disputed waters", "amid contested claims": after a preposition a participle qualifies the noun after it.
  if (ctx.doc.language === 'en' && ['in', 'on', 'at', 'over', 'into', 'across', 'near', 'from', 'with', 'amid', 'about', 'for'].includes(prev) && /ed$/.test(ctx.tokens[c].norm)) return true;
  // "en accusant", "tout en démentant": a gerund, not a noun.
  if (ctx.doc.language === 'fr' && prev === 'en' && /ant$/.test(ctx.tokens[c].norm)) return false;
  if (ctx.doc.language === 'fr' && PREP_BEFORE_CUE.has(prev) && prev !== 'a') return true;
  return false;
}

/** First words of a sentence-opening phrase that sets the scene of a statement. */
const SETTING_OPENERS = new Set(['in', 'at', 'on', 'during', 'speaking', 'after', 'lors', 'dans', 'au', 'apres', 'interroge', 'interrogee', 'interroges', 'questionne', 'devant', 'before', 'addressing', 'writing', 'from', 'asked', 'questioned', 'invite', 'invitee', 'sollicite', 'sollicitee', 'contacted', 'contacte', 'joint', 'jointe']);

/** Words around a date that a date parser leaves out ("le 28 novembre dernier", "lundi soir", "late on Tuesday"). */
const DATE_FILLERS = new Set(['dernier', 'derniere', 'passe', 'passee', 'soir', 'matin', 'apres-midi', 'nuit', 'last', 'morning', 'evening', 'night', 'afternoon']);

/** "a-t-il", "avait-elle", "ont-ils": an auxiliary with its subject pronoun after it, before the participle. */
const INVERTED_CLITIC = /-t-(?:il|elle|ils|elles)$|^(?:avait|aurait|etait|est|ont|avaient|auraient|sont)-(?:il|elle|ils|elles)$/;

/**
 * Uses of a cue word that report nothing: "s'annonce délicate" (looks set to be), "a lancé 126
 * drones", and a French past participle with no auxiliary after a comma ("le commandement, confié
 * au général X"), which qualifies the noun before it instead of inverting a subject.
 */
/**
 * Where the agent of a passive cue would start: past a date ("démentie le 3 mars dernier par le porte-parole") and a
 * manner, an adverb or a short quotation ("rejetée « avec la plus grande fermeté » par", "denied outright by").
 */
function agentAt(ctx: Ctx, s: Sentence, cueEnd: number): number {
  const { tokens } = ctx;
  let byAt = cueEnd;
  for (;;) {
    while (byAt < Math.min(s.t1, cueEnd + 6) && (tokens[byAt].kind === 'number' || MONTHS_AND_DAYS.has(tokens[byAt].norm) || ['le', 'on', 'in', 'dernier', 'derniere', 'last', 'outright'].includes(tokens[byAt].norm) ||
      (tokens[byAt].kind === 'word' && !ctx.idx.top[byAt] && /.{3}(?:ment|ly)$/.test(tokens[byAt].norm)))) byAt++;
    const close = tokens[byAt]?.norm === '"' ? tokens.slice(byAt + 1, Math.min(s.t1, byAt + 10)).findIndex((t) => t.norm === '"') : -1;
    if (close < 1 || !['par', 'by'].includes(tokens[byAt + close + 2]?.norm ?? '')) return byAt;
    byAt += close + 2;
  }
}

function reportingUse(ctx: Ctx, s: Sentence, c: number, cueEnd: number): boolean {
  const { tokens, doc } = ctx;
  const w = tokens[c].norm;
  const prev = c > s.t0 ? tokens[c - 1].norm : '';
  // "s'annonce délicate", "qui s'ajoutent aux Anka-S": reflexive, these verbs report nothing.
  if (doc.language === 'fr' && /^(?:annonc|ajout)/.test(w) && ["s'", 'se'].includes(prev)) return false;
  // "Associated Press writer Laura Kent reported from Nairobi.": a contributor line, not a report of anything.
  if (doc.language === 'en' && w === 'reported' && tokens[cueEnd]?.norm === 'from') return false;
  // "a appelé les deux parties « à la retenue »", "urged restraint": an appeal for calm states nothing.
  if (/^(?:appel|call|urg|exhort)/.test(w) || /^(?:appel|call|urg|exhort)/.test(tokens[cueEnd - 1].norm)) {
    for (let k = cueEnd; k < Math.min(s.t1, cueEnd + 8); k++) {
      const t = tokens[k].norm;
      if (SUBORDINATORS.has(t) || t === '.' || t === ';') break;
      if (doc.lexicon.cueClasses.calm.has(t)) return false;
    }
  }
  // "a naval task group called at Karachi": a port call, not a statement.
  if (doc.language === 'en' && w === 'called' && ['at', 'in', 'into', 'off'].includes(tokens[cueEnd]?.norm ?? '')) return false;
  // "Pristina et Belgrade s'accusent mutuellement", "accused each other": a mutual charge is two claims no one states.
  if (['mutuellement', 'each', 'one'].includes(tokens[cueEnd]?.norm ?? '') && (tokens[cueEnd].norm === 'mutuellement' || ['other', 'another'].includes(tokens[cueEnd + 1]?.norm ?? ''))) return false;
  // "its troops had responded to an immediate threat", "Beijing responded angrily": a reaction, not a statement,
  // unless words are quoted ('"...", responded X') or introduced ("responded that", "a réagi : ...").
  if (doc.lexicon.cueClasses.reaction.has(w)) {
    const inverted = c > s.t0 && (BOUNDARY.has(tokens[cueStart(ctx, s, c) - 1]?.norm ?? '') || /-t-/.test(tokens[cueEnd]?.norm ?? ''));
    let introduced = false;
    for (let k = cueEnd; k < Math.min(s.t1, cueEnd + 3); k++) {
      if (['que', "qu'", 'that', 'by', 'en', 'saying', 'with'].includes(tokens[k].norm) || (k === cueEnd && ['"', ':'].includes(tokens[k].norm))) introduced = true;
    }
    if (!inverted && !introduced) return false;
  }
  // "a menacé de frapper", "threatened to respond" report a threat; "a menacé la police" is an act.
  if (doc.lexicon.cueClasses.threat.has(w) && !tokens.slice(cueEnd, Math.min(s.t1, cueEnd + 4)).some((t) => ['de', "d'", 'que', "qu'", '"', ':', 'to', 'that'].includes(t.norm)) &&
    tokens[s.t0].norm !== '"') return false;
  // "La France assure une présence permanente", "assure la sécurité du port": "assurer" with a thing as object provides it;
  // it reports only with what is said ("assure que", "assure avoir", ", assure le ministre").
  if (doc.language === 'fr' && /^assur/.test(w) && ['la', 'le', 'les', "l'", 'un', 'une', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'leurs', 'cette', 'ce'].includes(tokens[cueEnd]?.norm ?? '') &&
    !BOUNDARY.has(tokens[cueStart(ctx, s, c) - 1]?.norm ?? '') && !tokens.slice(cueEnd, Math.min(s.t1, cueEnd + 6)).some((t) => ['que', "qu'", '"', ':'].includes(t.norm))) return false;
  const { quoteOnly } = doc.lexicon.cueClasses;
  if (quoteOnly.has(w) || quoteOnly.has(tokens[cueEnd - 1].norm)) {
    const inverted = c > s.t0 && (BOUNDARY.has(tokens[cueStart(ctx, s, c) - 1]?.norm ?? '') || /-t-/.test(tokens[cueEnd]?.norm ?? '') || INVERTED_CLITIC.test(prev));
    let quoted = false;
    for (let k = cueEnd; k < Math.min(s.t1, cueEnd + 4); k++) if (['"', ':', 'que', "qu'"].includes(tokens[k].norm)) quoted = true;
    if (!inverted && !quoted) return false;
  }
  // "les deux lanceurs Patriot promis cet été", "le rapport publié jeudi": a participle right after a noun qualifies it
  // (unless an agent follows: "une accusation rejetée par Kiev").
  let auxAt = -1;
  for (let j = Math.max(s.t0, c - 5); j < c; j++) {
    const t = tokens[j];
    // (The preposition "à" folds to "a" too.)
    const aux = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'est', 'sont', 'etait', 'ete', 'sera'].includes(t.norm) && !(t.norm === 'a' && doc.body.slice(t.start, t.end) !== 'a');
    if (aux || /-t-|^(?:ont|avaient|sont|est|avait)-/.test(t.norm)) auxAt = j;
  }
  // "a nié dans une vidéo publiée": the auxiliary goes with the cue before, not with the participle qualifying "vidéo".
  for (let j = auxAt + 1; auxAt >= 0 && j < c; j++) if (doc.lexicon.cues.match(tokens, j)) auxAt = -1;
  const auxBefore = auxAt >= 0;
  // "a démenti lundi toute « concentration offensive » et affirmé que ...": a participle coordinated with a cue that has its
  // auxiliary shares it.
  const coordinated = doc.language === 'fr' && prev === 'et' && tokens.slice(s.t0, c - 1).some((t, j) =>
    ['a', 'ont', 'avait', 'avaient'].includes(t.norm) && !!doc.lexicon.cues.match(tokens, s.t0 + j + 1));
  if (doc.language === 'fr' && cueEnd - c === 1 && c > s.t0 && !auxBefore && !coordinated && tokens[c - 1].kind === 'word' &&
    !PERSON_PRONOUNS.has(prev) && !GROUP_PRONOUNS.has(prev) && !["s'", 'se', 'qui', 'que', "qu'", 'on', 'ne', "n'"].includes(prev) && !COLLECTIVE_NOUNS.has(prev) &&
    /(?:é|ée|és|ées|promis|promise|promises)$/.test(doc.body.slice(tokens[c].start, tokens[c].end)) &&
    !tokens.slice(cueEnd, Math.min(s.t1, cueEnd + 7)).some((t) => t.norm === 'par') && tokens[agentAt(ctx, s, cueEnd)]?.norm !== 'par') return false;
  if (doc.language === 'fr' && cueEnd - c === 1 && prev === ',' && cueStart(ctx, s, c) === c && /é(?:e|s|es)?$/.test(doc.body.slice(tokens[c].start, tokens[c].end))) {
    const next = tokens[cueEnd]?.norm ?? '';
    if (['a', 'au', 'aux', 'en', 'pour', 'dans', 'sur', 'depuis', 'lors', 'comme'].includes(next)) return false;
  }
  return true;
}

/** The statement a source cue reports ("selon X", "according to her", "d'après ce rapport"), or null. */
function sourceDraft(ctx: Ctx, s: Sentence, c: number, cueEnd: number, stance: CueStance): Draft | null {
  const { tokens, doc } = ctx;
  // "Selon lui, ...", "according to her": the speaker just named.
  const pro = tokens[cueEnd]?.norm ?? '';
  if (['lui', 'elle', 'eux', 'elles', 'him', 'her', 'them'].includes(pro) && [',', '.'].includes(tokens[cueEnd + 1]?.norm ?? '')) {
    const end = cueEnd + 1;
    const content = c === s.t0 || (c - 1 >= s.t0 && BOUNDARY.has(tokens[c - 1].norm)) ? trimContent(ctx, end, s.t1) : trimContent(ctx, s.t0, c);
    if (content.t1 > content.t0) {
      return {
        sentence: s, claimant: null, claimantText: ['eux', 'elles', 'them'].includes(pro) ? 'pronoun:group' : 'pronoun:person', claimantEntities: [],
        claimantSpan: { t0: cueEnd, t1: end }, cueStance: stance, cueText: doc.text.slice(tokens[c].start, tokens[cueEnd - 1].end),
        cueT0: c, cueT1: end, content, dateZone: [], viaSource: true,
      };
    }
    return null;
  }
  let found = sourceClaimant(ctx, s, cueEnd) ?? documentBack(ctx, s, cueEnd);
  if (!found) return null;
  // "Selon TASS, qui cite « une source ... »": the agency relays, the cited source claims.
  if (found.mention && entityOf(ctx, found.mention)?.newsAgency) {
    for (let j = found.t1; j < Math.min(s.t1, found.t1 + 5); j++) {
      if (['cite', 'citing', 'citant', 'quoting'].includes(tokens[j].norm)) {
        let k = j + 1;
        while (k < s.t1 && (DETERMINERS.has(tokens[k].norm) || tokens[k].norm === '"')) k++;
        let e = k;
        while (e < s.t1 && tokens[e].norm !== '"' && tokens[e].norm !== ',' && e - k < 10) e++;
        const named = bestIn(ctx, k, e);
        if (named) found = { mention: named, text: null, entities: [], t0: named.t0, t1: named.t1 };
        else if (e > k) found = { mention: null, text: doc.text.slice(tokens[k > j + 1 ? k - 1 : k].start, tokens[e - 1].end), entities: [], t0: k, t1: e };
        break;
      }
    }
  }
  // "D'après ce rapport": the author of the report cited just before.
  let demonstrative = false;
  for (let k = Math.max(found.t0, cueEnd); k < found.t1; k++) {
    if (DOCUMENTS.has(tokens[k].norm) && ['ce', 'cette', 'this', 'that', 'these'].includes(tokens[k - 1]?.norm)) demonstrative = true;
  }
  if (!found.mention && demonstrative) {
    const prevClaim = ctx.lastClaimant;
    if (prevClaim) {
      const m = ctx.doc.mentions.find((x) => x.entityId === prevClaim && !x.nested) ?? null;
      found = { mention: m, text: null, entities: [], t0: found.t0, t1: found.t1 };
    }
  }
  // ("cité par Reuters", "quoted by AFP": the agency relays whoever it quotes.)
  const agency = !!entityOf(ctx, found.mention)?.newsAgency && !tokens.slice(c, cueEnd).some((t) => /^(?:cite|citee|cited|quoted)$/.test(t.norm));
  const end = phraseEnd(ctx, s, found.t1);
  const atStart = c === s.t0 || BOUNDARY.has(tokens[c - 1].norm) && c - 1 === s.t0 || (c - 1 >= s.t0 && tokens[c - 1].norm === '"');
  const content = atStart ? trimContent(ctx, end, s.t1) : trimContent(ctx, clauseStart(ctx, s, c), c);
  if (content.t1 <= content.t0) return null;
  return {
    sentence: s, claimant: found.mention?.entityId ?? null, claimantText: found.text, claimantEntities: [],
    claimantSpan: { t0: found.t0, t1: found.t1 }, cueStance: stance, cueText: doc.text.slice(tokens[c].start, tokens[cueEnd - 1].end),
    cueT0: c, cueT1: end, content, dateZone: [[cueEnd, end]], viaSource: true, ...(agency ? { agency } : {}),
  };
}

/**
 * "X ont été remis ..., a fait savoir l'ambassade, et une soixantaine de conseillers sont présents ..., selon l'agence Reuters":
 * a source closing a clause joined by ", et" / ", and" after another speaker's statement reports that clause only.
 */
function clauseStart(ctx: Ctx, s: Sentence, c: number): number {
  const { tokens } = ctx;
  for (let k = c - 1; k > s.t0 + 1; k--) {
    if (!CONJUNCTIONS.has(tokens[k].norm) || tokens[k - 1].norm !== ',') continue;
    for (let j = s.t0; j < k - 1; j++) if (ctx.doc.lexicon.cues.match(tokens, j) && !isNounUse(ctx, s, j)) return k + 1;
    return s.t0;
  }
  return s.t0;
}

/**
 * "Selon le communiqué, ...", "according to the statement": a document named without its author is the one whose
 * statement was just reported.
 */
function documentBack(ctx: Ctx, s: Sentence, from: number): Found | null {
  const { tokens } = ctx;
  if (!['le', 'la', "l'", 'the', 'ce', 'cette', 'this'].includes(tokens[from]?.norm ?? '') || !DOCUMENTS.has(tokens[from + 1]?.norm ?? '')) return null;
  if (![',', '.', ';'].includes(tokens[from + 2]?.norm ?? '') || !ctx.lastClaimant) return null;
  const m = ctx.doc.mentions.find((x) => x.entityId === ctx.lastClaimant && !x.nested) ?? null;
  return m ? { mention: m, text: null, entities: [], t0: from, t1: from + 2 } : null;
}

/** Words between a report verb and the agency that reports ("rapporte l'agence iranienne Tasnim", "state-run MRTV television reported"). */
const AGENCY_WORDS = new Set(['agence', 'agency', 'officielle', 'official', 'news', 'state', 'state-run', "d'etat", 'etat', 'publique', 'television', 'tv', 'presse', 'press']);
const REPORT_VERBS = new Set(['reported', 'reports', 'report', 'rapporte', 'rapportent', 'rapportait']);

/**
 * "..., rapporte l'agence Tasnim", "..., SPA reported": a news agency reporting on its own is the claimant (a relay of someone
 * else's words is dropped later, when that speaker's cue stands in the same sentence). Inverted when it follows the verb.
 */
function agencyReporter(ctx: Ctx, s: Sentence, a: number, c: number, cueEnd: number, boundaryBefore: boolean): { found: Found; inverted: boolean } | null {
  const { tokens } = ctx;
  if (!REPORT_VERBS.has(tokens[c].norm)) return null;
  const isAgency = (m: MentionRec | null | undefined): m is MentionRec => !!m && !!entityOf(ctx, m)?.newsAgency;
  if (boundaryBefore) {
    let k = cueEnd;
    while (k < Math.min(s.t1, cueEnd + 5) && !isAgency(ctx.idx.top[k]) && (DETERMINERS.has(tokens[k].norm) || AGENCY_WORDS.has(tokens[k].norm) || ctx.idx.top[k]?.form === 'demonym')) k++;
    const m = ctx.idx.top[k];
    if (isAgency(m) && m.t0 === k) return { found: { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 }, inverted: true };
  }
  let j = a - 1;
  while (j > s.t0 && a - 1 - j < 2 && AGENCY_WORDS.has(tokens[j].norm) && !ctx.idx.top[j]) j--;
  const m = j >= s.t0 ? ctx.idx.top[j] : null;
  if (isAgency(m) && m.t1 === j + 1) return { found: { mention: m, text: null, entities: [], t0: m.t0, t1: m.t1 }, inverted: false };
  return null;
}

/** Tokens between a pair of quotation marks in the sentence (none when the marks do not pair up). */
function quotedTokens(ctx: Ctx, s: Sentence): Set<number> {
  const marks: number[] = [];
  for (let k = s.t0; k < s.t1; k++) if (ctx.tokens[k].norm === '"') marks.push(k);
  const inside = new Set<number>();
  if (marks.length % 2 !== 0) return inside;
  for (let i = 0; i < marks.length; i += 2) for (let k = marks[i] + 1; k < marks[i + 1]; k++) inside.add(k);
  return inside;
}

/** "ajoute-t-elle", "estime-t-il", "affirment-ils": a present-tense cue with its subject pronoun joined after it. */
const JOINED_PRONOUN = /^(.{3,}?)(?:-t)?-(il|elle|ils|elles)$/;

function joinedPronoun(norm: string): 'person' | 'group' | null {
  const m = JOINED_PRONOUN.exec(norm);
  return m ? (m[2] === 'il' || m[2] === 'elle' ? 'person' : 'group') : null;
}

/** The cue in a verb with a joined pronoun ("ajoute-t-elle" is "ajoute"). */
function invertedCue(ctx: Ctx, k: number): ReturnType<PhraseMatcher<CueStance>['match']> {
  const t = ctx.tokens[k];
  const m = JOINED_PRONOUN.exec(t.norm);
  if (!m || ctx.doc.language !== 'fr') return null;
  const hit = ctx.doc.lexicon.cues.match([{ ...t, norm: m[1], wordId: -1, wordGeneration: -1 }], 0);
  return hit && hit.tokens.length === 1 ? hit : null;
}

/** "résume" is a cue, English "resume" is not: a cue listed as accented reports only when the body writes its accent. */
function unaccented(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  return ctx.doc.lexicon.cueClasses.accented.has(t.norm) && ctx.doc.body.slice(t.start, t.end).toLowerCase() === t.norm;
}

/**
 * "He also pledged to hand Romania's navy six drones" reports a person's words; "Egypt has pledged 1,100 troops", "the jets
 * it pledged to Ukraine" state the pledge itself, an event, not a claim.
 */
function pledgeOfNoPerson(ctx: Ctx, c: number, found: Found): boolean {
  if (ctx.doc.language !== 'en' || !ctx.doc.lexicon.cueClasses.commitment.has(ctx.tokens[c].norm)) return false;
  if (found.pronoun) return found.pronoun !== 'person';
  return entityOf(ctx, found.mention)?.type !== 'Person';
}

function draftsFor(ctx: Ctx, s: Sentence): Draft[] {
  const { tokens, doc } = ctx;
  const lex = doc.lexicon;
  const drafts: Draft[] = [];
  let cueMatches: Array<{ c: number; n: number; stance: CueStance; source: boolean }> = [];
  for (let k = s.t0; k < s.t1; k++) {
    const src = lex.sources.match(tokens, k);
    // "selon laquelle ...": a relative pronoun, the words of whoever spoke before it.
    if (src && ['laquelle', 'lequel', 'lesquelles', 'lesquels'].includes(tokens[k + src.tokens.length]?.norm ?? '')) continue;
    if (src) {
      cueMatches.push({ c: k, n: src.tokens.length, stance: 'neutral', source: true });
      k += src.tokens.length - 1;
      continue;
    }
    const cue = lex.cues.match(tokens, k) ?? invertedCue(ctx, k);
    const inName = (ctx.idx.top[k] && ctx.idx.top[k]!.t0 < k) || (!!cue && unaccented(ctx, k));
    // "dit" is a cue only after an auxiliary ("a par ailleurs dit douter"), not in "cela dit".
    const ditOk = tokens[k].norm !== 'dit' || [tokens[k - 1]?.norm, tokens[k - 2]?.norm, tokens[k - 3]?.norm].some((w) => w === 'a' || w === 'ont' || w === 'avait');
    if (!cue && tokens[k].norm === 'dit' && ditOk && k > s.t0 && tokens[k - 1].norm !== 'cela') {
      cueMatches.push({ c: k, n: 1, stance: 'neutral', source: false });
      continue;
    }
    // "said the claims were absurd": a noun use does not end the content of the cue before it.
    // "une vidéo publiée dimanche": a participle qualifying a noun neither reports nor ends the content before it.
    if (cue && !inName && !isNounUse(ctx, s, k) && (cue.payload !== 'neutral' || reportingUse(ctx, s, k, k + cue.tokens.length))) {
      cueMatches.push({ c: k, n: cue.tokens.length, stance: cue.payload, source: false });
      k += cue.tokens.length - 1;
    }
  }
  // "« La Serbie ne menace personne », a-t-il ajouté": a cue inside the quotation is part of what is quoted when
  // the sentence reports it with a cue outside.
  const quoted = quotedTokens(ctx, s);
  if (cueMatches.some((m) => !quoted.has(m.c))) cueMatches = cueMatches.filter((m) => !quoted.has(m.c));
  let carried: Found | null = null;
  for (let ci = 0; ci < cueMatches.length; ci++) {
    const { c, n, stance, source } = cueMatches[ci];
    const cueEnd = c + n;
    const nextCue = ci + 1 < cueMatches.length ? cueMatches[ci + 1].c : s.t1;
    const nextNegated = ['not', 'pas', "n'", 'never', 'jamais'].includes(tokens[nextCue - 1]?.norm ?? '');
    if (!source && !nextNegated && nextCue - cueEnd <= 4 && nextCue < s.t1 && pronounIn(ctx, cueEnd, nextCue)) {
      carried = subjectBeforeCue(ctx, s, cueStart(ctx, s, c));
      continue;
    }
    if (source) {
      const draft = sourceDraft(ctx, s, c, cueEnd, stance);
      if (draft) drafts.push(draft);
      continue;
    }
    if (isNounUse(ctx, s, c)) continue;
    if (!reportingUse(ctx, s, c, cueEnd)) continue;
    if (['is', 'are', 'was', 'were', 'been', 'being', 'be'].includes(tokens[c - 1]?.norm ?? '') && stance === 'neutral') continue;
    // "est désormais officiellement confirmée": a French passive without its agent states no one's claim.
    if (ctx.doc.language === 'fr' && stance === 'neutral' && tokens[cueEnd]?.norm !== 'par' &&
      [1, 2, 3].some((d) => ['est', 'sont', 'ete', 'etait', 'etaient', 'sera', 'seront'].includes(tokens[c - d]?.norm ?? '') && !ctx.idx.top[c - d] &&
        // "promis cet été, a indiqué": the summer, not the auxiliary.
        !(tokens[c - d].norm === 'ete' && ['cet', "l'", 'en', "d'", 'chaque', 'un', 'le', 'dernier'].includes(tokens[c - d - 1]?.norm ?? '')))) continue;
    // "Moscou, son allié traditionnel, l'accuse de ...": an object pronoun before the verb belongs with it.
    const a = cueStart(ctx, s, c) - (cliticBefore(ctx, s, c) ? 1 : 0);
    // "une accusation aussitôt rejetée par les autorités ukrainiennes": the agent of a passive cue speaks.
    const byAt = agentAt(ctx, s, cueEnd);
    // "accuse par ailleurs l'Iran", "by contrast": an adverbial, not the agent of a passive.
    const adverbial = ['ailleurs', 'contre', 'exemple', 'contrast', 'then', 'far', 'now'].includes(tokens[byAt + 1]?.norm ?? '');
    if (['par', 'by'].includes(tokens[byAt]?.norm ?? '') && !adverbial) {
      const agent = sourceClaimant(ctx, s, byAt + 1);
      if (agent && (agent.mention || agent.text)) {
        const content = trimContent(ctx, s.t0, a);
        // "s'est dit « pas en mesure de confirmer » les chiffres avancés par Kiev": a participle naming the source of
        // what another speaker comments on in the same sentence is not a statement of its own.
        const commented = stance === 'neutral' && drafts.some((d) => d.cueT1 <= a);
        if (content.t1 > content.t0 && !commented) {
          drafts.push({
            sentence: s, claimant: agent.mention?.entityId ?? null, claimantText: agent.text ?? (agent.mention ? doc.text.slice(agent.mention.start, agent.mention.end) : null),
            claimantEntities: [], claimantSpan: { t0: agent.t0, t1: agent.t1 }, cueStance: stance, cueText: doc.text.slice(tokens[c].start, tokens[cueEnd - 1].end),
            cueT0: c, cueT1: agent.t1, content, dateZone: [[cueEnd, Math.min(s.t1, agent.t1 + 4)]], viaSource: false,
          });
        }
        continue;
      }
    }
    // "has not confirmed", "n'a pas confirmé": no statement was made.
    const negated = [tokens[c - 1]?.norm, tokens[a - 1]?.norm, tokens[a - 2]?.norm].some((w) => w === 'not' || w === 'pas' || w === 'never' || w === 'jamais' || w === "n'" || w === 'ni' || w === 'nor' || w === 'neither');
    // "n'a ni confirmé ni démenti": neither statement was made.
    if (negated && (stance !== 'denies' || [tokens[c - 1]?.norm, tokens[a - 1]?.norm].includes('ni'))) continue;
    // '"...," Kim was quoted as saying', '"...," lawmaker X quoted the NIS as saying': the one quoted speaks.
    const quotedAt = tokens[c].norm === 'saying' && tokens[c - 1]?.norm === 'as'
      ? [2, 3, 4, 5, 6].map((d) => c - d).find((j) => j >= s.t0 && ['quoted', 'cited'].includes(tokens[j].norm)) : undefined;
    if (quotedAt !== undefined) {
      const q = quotedAt;
      const passive = ['was', 'were', 'is', 'are', 'been', 'being'].includes(tokens[q - 1]?.norm ?? '');
      const speaker = passive ? bestIn(ctx, segmentBefore(ctx, s, q - 1), q - 1) : bestIn(ctx, q + 1, c - 1);
      if (speaker) {
        const start = passive ? speaker.t0 : segmentBefore(ctx, s, q);
        const before = trimContent(ctx, s.t0, start);
        const content = before.t1 - before.t0 >= 3 ? before : trimContent(ctx, cueEnd, nextCue);
        if (content.t1 > content.t0) {
          drafts.push({
            sentence: s, claimant: speaker.entityId, claimantText: doc.text.slice(speaker.start, speaker.end), claimantEntities: [], claimantSpan: { t0: speaker.t0, t1: speaker.t1 },
            cueStance: stance, cueText: doc.text.slice(tokens[q].start, tokens[cueEnd - 1].end), cueT0: q, cueT1: cueEnd, content,
            dateZone: [[q, Math.min(s.t1, cueEnd + 6)]], viaSource: false,
          });
        }
      }
      continue;
    }
    // "..., saying ...", "..., démentant ...", "tout en accusant ...": a participle clause speaks for the
    // main clause's speaker (the cue before it, else the sentence's subject), never for a noun after it.
    const participle = n === 1 && a > s.t0 && (doc.language === 'en' ? /ing$/.test(tokens[c].norm) : /ant$/.test(tokens[c].norm)) &&
      (tokens[a - 1].norm === ',' || (tokens[a - 1].norm === '"' && tokens[a - 2]?.norm === ',') || (tokens[a - 1].norm === 'en' && tokens[a - 2]?.norm === 'tout'));
    if (participle) {
      const prev = drafts[drafts.length - 1];
      const own = trimContent(ctx, cueEnd, nextCue);
      // "la diplomatie russe a démenti ..., sa porte-parole, Maria Zakharova, évoquant le 3 mars ...": a participle with a
      // subject of its own in apposition (a possessive title, then the name) is that person's statement, made for the body
      // speaking in the main clause.
      const named = prev && prev.cueT1 <= a ? absoluteSubject(ctx, s, a - 1) : null;
      if (named && own.t1 > own.t0) {
        // The title and name are not part of what the body said.
        const titleStart = segmentBefore(ctx, s, named.t0 - 1);
        if (prev!.content.t1 > titleStart - 1 && prev!.content.t0 < titleStart - 1) prev!.content = trimContent(ctx, prev!.content.t0, titleStart - 1);
        drafts.push({
          sentence: s, claimant: named.entityId, claimantText: doc.text.slice(named.start, named.end), claimantEntities: [], claimantSpan: { t0: named.t0, t1: named.t1 },
          // A neutral participle goes on with the body's stance ("a démenti ..., sa porte-parole évoquant de simples conseillers").
          cueStance: stance === 'neutral' ? cueStanceOf(stanceOf(ctx, prev!)) : stance, cueText: doc.text.slice(tokens[c].start, tokens[cueEnd - 1].end), cueT0: c, cueT1: cueEnd, content: own,
          dateZone: [], looseZones: [], viaSource: false, speaksFor: prev,
        });
        continue;
      }
      if (prev && prev.cueT1 <= a) {
        // A participle that adds nothing to the stance goes on with the same statement: "denied X, saying Y"
        // is one denial, "said X, adding Y" one statement, "condemned X, accusing Y" one accusation.
        // "a accusé la Russie de ..., ajoutant que des navires russes ...": what is added to an accusation or a denial is a
        // statement of its own.
        const adding = ['adding', 'ajoutant'].includes(tokens[c].norm) && stanceOf(ctx, prev) !== 'asserts';
        if (!adding && (stance === 'neutral' || stance === prev.cueStance || counterAccusation(ctx, prev, stance))) {
          prev.tail = own;
          continue;
        }
        if (own.t1 > own.t0) {
          drafts.push({ ...prev, claimantSpan: { t0: a, t1: cueEnd }, cueStance: stance, cueText: doc.text.slice(tokens[c].start, tokens[cueEnd - 1].end), cueT0: c, cueT1: cueEnd, content: own, viaSource: false });
        }
        continue;
      }
      const subject = bestIn(ctx, s.t0, a);
      if (subject && own.t1 > own.t0) {
        drafts.push({
          sentence: s, claimant: subject.entityId, claimantText: doc.text.slice(subject.start, subject.end), claimantEntities: [], claimantSpan: { t0: a, t1: cueEnd },
          cueStance: stance, cueText: doc.text.slice(tokens[c].start, tokens[cueEnd - 1].end), cueT0: c, cueT1: cueEnd, content: own,
          dateZone: [[s.t0, a]], looseZones: [], viaSource: false,
        });
      }
      continue;
    }
    // "L'opposant Succès Masra, lui, accuse le régime": a stressed pronoun repeats the subject before it.
    const stressed = doc.language === 'fr' && a - 3 > s.t0 && tokens[a - 1].norm === ',' && ['lui', 'elle', 'eux', 'elles'].includes(tokens[a - 2].norm) && tokens[a - 3].norm === ',';
    // "..., comme l'a rapporté mardi le New York Times": "comme" with the object pronoun inverts the subject too.
    const asReported = doc.language === 'fr' && ["l'", 'le'].includes(tokens[a - 1]?.norm ?? '') && tokens[a - 2]?.norm === 'comme' && tokens[a - 3]?.norm === ',';
    const boundaryBefore = !stressed && (a === s.t0 || BOUNDARY.has(tokens[a - 1].norm) || asReported);
    const reporter = agencyReporter(ctx, s, a, c, cueEnd, boundaryBefore);
    let found: Found | null = reporter?.found ?? null;
    let inverted = reporter?.inverted ?? false;
    // "« ... », ajoute-t-elle": the subject is the pronoun joined to the verb.
    const joined = n === 1 && !!invertedCue(ctx, c) ? joinedPronoun(tokens[c].norm) : null;
    if (joined && !found) {
      found = { mention: null, text: null, entities: [], t0: c, t1: c + 1, pronoun: joined };
      inverted = true;
    }
    // "X, a senior analyst at ..., told the Kyiv Independent": English never inverts after "told"; what follows is the addressee.
    const addressed = doc.language === 'en' && doc.lexicon.cueClasses.addressee.has(tokens[c].norm);
    if (!found && boundaryBefore && !addressed && !appositionBefore(ctx, s, a)) {
      found = invertedSubject(ctx, s, cueEnd);
      inverted = !!found;
    }
    // "Une lecture que rejette l'ambassade de France", "ce qu'avait affirmé mercredi Donald Trump": a French
    // relative clause puts its subject after the verb.
    let relativeObject = false;
    if (!found && doc.language === 'fr' && a > s.t0 && ['que', "qu'"].includes(tokens[a - 1].norm)) {
      found = invertedSubject(ctx, s, cueEnd);
      inverted = relativeObject = !!found;
    }
    // "said ... the British and European assessment and urged Tehran": a verb after "and" goes on with the subject before.
    if (!found) found = subjectBeforeCue(ctx, s, stressed ? a - 3 : a);
    // (Not a country or a demonym in the object of the verb before it.)
    if (found?.mention && !found.text && drafts.length && a - 1 > s.t0 && ['and', 'et'].includes(tokens[a - 1].norm) && rank(ctx, found.mention) <= 2 &&
      found.mention.t0 >= drafts[drafts.length - 1].cueT1) {
      found = { mention: null, text: null, entities: [], t0: a - 1, t1: a, inherit: true };
    }
    if (found?.pronoun && carried) found = carried;
    carried = null;
    if (!found || pledgeOfNoPerson(ctx, c, found)) continue;
    let claimant = found.mention?.entityId ?? null;
    let inheritedAt: number | null = null;
    if (found.inherit) {
      const prev = drafts[drafts.length - 1];
      // "said X, but noted that ...": a second neutral cue of the same speaker adds no claim.
      if (!prev || (stance === 'neutral' && ['but', 'mais'].includes(tokens[found.t0].norm))) continue;
      claimant = prev.claimant;
      // Its dating starts at "and"/"qui", not at the speaker named before.
      inheritedAt = found.t0;
      found = { ...found, text: prev.claimantText, t0: prev.claimantSpan?.t0 ?? found.t0, t1: prev.claimantSpan?.t1 ?? found.t1 };
    }
    // A mention found outside the claimant's words (a bare role resolved to whom it stands for) keeps those words.
    const outside = found.mention && found.text && (found.mention.t0 < found.t0 || found.mention.t1 > found.t1);
    const claimantText = (found.entities.length > 1 || outside) && found.text ? found.text : found.mention ? doc.text.slice(found.mention.start, found.mention.end) : found.text;
    let content: { t0: number; t1: number };
    let dateZone: Array<[number, number]>;
    let looseZones: Array<[number, number]> = [];
    if (inverted) {
      // "<content>, a indiqué le NIS, vendredi": content before, the date after the claimant.
      const segStart = s.t0;
      content = trimContent(ctx, segStart, a);
      dateZone = [[cueEnd, s.t1]];
      if (relativeObject) {
        // "..., selon laquelle le calendrier a été respecté": what follows the speaker says what was rejected.
        const after = trimContent(ctx, found.t1, nextCue);
        content = after.t1 - after.t0 >= 4 ? after : trimContent(ctx, segmentBefore(ctx, s, a - 1), a - 1);
        dateZone = [[cueEnd, found.t1]];
      }
    } else {
      const subjectStart = Math.min(found.t0, a);
      // "X called the deal historic, while Y said it opened a new page": a new clause, its content after the cue.
      const joining = CONJUNCTIONS.has(tokens[segmentBefore(ctx, s, found.t0)]?.norm ?? '') || ['while', 'whereas', 'tandis', 'alors'].includes(tokens[segmentBefore(ctx, s, found.t0)]?.norm ?? '');
      if (subjectStart > s.t0 + 1 && found.t0 > s.t0 && tokens[segmentBefore(ctx, s, found.t0) - 1]?.norm === ',' && !joining) {
        // "<content>, Defence Minister Boris Pistorius said on Wednesday"
        const before = trimContent(ctx, s.t0, segmentBefore(ctx, s, Math.min(found.t0, a)) - 1);
        const after = trimContent(ctx, cueEnd, nextCue);
        // "Speaking in Vilnius on Thursday, the chancellor, Friedrich Merz, told soldiers that ...": words
        // introduced after the cue ("that", a quote, a colon) are the content, what precedes is a setting.
        let introduced = false;
        // "se bornant à reconnaître ...": a cue ending in "à" introduces what follows.
        if (tokens[cueEnd - 1].norm === 'a' && cueEnd - c > 1 && after.t1 - after.t0 >= 2) introduced = true;
        for (let k = cueEnd; k < Math.min(nextCue, cueEnd + 10) && !introduced; k++) {
          const w = tokens[k].norm;
          if (w === ',' || w === '.') break;
          if (['that', 'que', "qu'"].includes(w) || (k === cueEnd && ['"', ':'].includes(w))) { introduced = after.t1 - after.t0 >= 3; break; }
        }
        // "X, qui rejette les informations ...": a relative clause's content follows it.
        const relative = ['qui', 'who', 'which'].includes(tokens[a - 1]?.norm ?? '') && after.t1 > after.t0;
        // "In a post on Telegram on Friday, the group said it had ...", "At a summit on Thursday, SADC said ...": an opening
        // phrase sets the scene; the content follows the cue.
        const opener = SETTING_OPENERS.has(tokens[s.t0].norm) && after.t1 - after.t0 >= 3 && !tokens.slice(s.t0, found.t0).some((t) => t.norm === '"');
        if (opener) introduced = true;
        // "..., sa porte-parole Maria Zakharova évoquant une simple « coopération »": a participle's content follows it.
        if (cueEnd - c === 1 && (doc.language === 'en' ? /ing$/.test(tokens[c].norm) : /ant$/.test(tokens[c].norm)) && after.t1 - after.t0 >= 2) introduced = true;
        // "Le ministre de la Défense, Sébastien Lecornu, a annoncé l'envoi ...": a title before the name is no content.
        const titled = after.t1 - after.t0 >= 2 && before.t1 - before.t0 <= 8 && !!found.mention &&
          tokens.slice(before.t0, before.t1).some((_, j) => ctx.idx.top[before.t0 + j]?.entityId === found!.mention!.entityId || (j < 3 && !!ctx.doc.lexicon.roles.match(tokens, before.t0 + j)));
        // "À Tiraspol, le chef des séparatistes, Vadim Krasnoselski, a rejeté ...": a place, then the title in apposition.
        const placeThenTitle = after.t1 > after.t0 && !!found.mention && doc.language === 'fr' && tokens[before.t0].norm === 'a' &&
          entityOf(ctx, ctx.idx.top[before.t0 + 1] ?? null)?.type === 'Location' && tokens[ctx.idx.top[before.t0 + 1]!.t1]?.norm === ',' &&
          tokens.slice(ctx.idx.top[before.t0 + 1]!.t1 + 1, before.t1).some((_, j) => !!ctx.doc.lexicon.roles.match(tokens, ctx.idx.top[before.t0 + 1]!.t1 + 1 + j));
        // "Le même jour, le Kremlin a démenti", "Lundi soir, le Hezbollah a revendiqué": a date alone is a setting.
        // ("Le 28 novembre dernier," too: the words a date parser leaves around the date are part of it.)
        const dateOnly = before.t1 > before.t0 && before.t1 - before.t0 <= 5 && ctx.idx.timesIn(s).some((t) => {
          if (t.span.start > tokens[before.t0].start + 3) return false;
          let k = before.t1;
          while (k > before.t0 && tokens[k - 1].start >= t.span.end && DATE_FILLERS.has(tokens[k - 1].norm)) k--;
          return t.span.end >= tokens[k - 1].end - 6;
        });
        content = !introduced && !relative && !titled && !placeThenTitle && !dateOnly && (before.t1 - before.t0 >= 4 || after.t1 <= after.t0) ? before : after;
        dateZone = [[found.t0, Math.min(s.t1, cueEnd + 8)]];
        // "Lundi soir, le Hezbollah avait revendiqué", "In March, Vucic denounced": a short opening dates the statement.
        if (content === after) {
          dateZone.push([s.t0, found.t0]);
          // A long setting may hold other months ("engagé en mars, ..., réclamé dès novembre 2024 par X, qui avait
          // alors jugé"): then only its first words and the speaker's own segment date the statement.
          const then = tokens.slice(found.t1, c).some((t) => ['alors', 'then'].includes(t.norm));
          // "..., ont pris en juin le relais du groupe Wagner, qui a annoncé": the main clause's month is not the relative's.
          looseZones = before.t1 - before.t0 < 4 && !relative ? [[s.t0, found.t0]] : [[s.t0, Math.min(found.t0, s.t0 + 3)], ...(then ? [[segmentBefore(ctx, s, found.t0), found.t0] as [number, number]] : [])];
        }
      } else {
        content = trimContent(ctx, cueEnd, nextCue);
        // "Speaking in Kyiv on Thursday, he said ...": what precedes the speaker dates the statement too.
        dateZone = [[found.t0, a], [cueEnd, Math.min(nextCue, cueEnd + 7)], [s.t0, found.t0]];
        // "In March, Vucic denounced", "A report ..., released in July, estimated": a month there dates it as well.
        // (Not a month inside a relative clause there: "..., issu du groupe HTS qui a renversé Assad en décembre, réclame".)
        let relAt = found.t1;
        while (relAt < a && !['qui', 'who', 'which', 'dont', 'ou', 'where', 'that'].includes(tokens[relAt].norm)) relAt++;
        looseZones = [[s.t0, Math.min(found.t0, s.t0 + 3)], [found.t1, relAt]];
        // "..., signé le 27 novembre 2019, ..., que la Turquie évalue à ...": a speaker inside a relative or subordinate
        // clause is not dated by the main clause before it.
        const subordinate = ['que', "qu'", 'qui', 'dont', 'ou', 'that', 'which', 'who', 'where', 'when', 'lorsque', 'quand'].includes(tokens[segmentBefore(ctx, s, found.t0) - 1]?.norm ?? '');
        if (subordinate && inheritedAt === null) {
          dateZone = [[found.t0, a], [cueEnd, Math.min(nextCue, cueEnd + 7)]];
          looseZones = [[found.t1, a]];
        }
        // "X questioned ... since February 2022, and has said ...": not the dates of the statement before.
        if (inheritedAt !== null) {
          dateZone = [[inheritedAt, a], [cueEnd, Math.min(nextCue, cueEnd + 7)]];
          looseZones = [];
        }
        // '"This is a clear message," Zelenskyy wrote on Telegram': the quote before is the content.
        // '"...," a NATO official said': a determiner or a plain word may stand between the quote and the speaker.
        let q = found.t0 - 1;
        while (q > s.t0 && found.t0 - q <= 3 && tokens[q].kind === 'word' && !tokens[q].cap) q--;
        // ('"...," Guo said at a regular news briefing': what follows the cue there is its setting.)
        if (q > s.t0 && tokens[q].norm === '"' && (content.t1 - content.t0 < 5 || ['at', 'during', 'lors'].includes(tokens[content.t0]?.norm ?? ''))) {
          const quoted = trimContent(ctx, s.t0, q + 1);
          if (quoted.t1 - quoted.t0 >= 3) content = quoted;
        }
      }
    }
    if (content.t1 <= content.t0) {
      // "denied the accusation on Friday" has its content in the verb itself.
      content = { t0: c, t1: Math.min(s.t1, cueEnd + 3) };
    }
    // "Téhéran « rejette catégoriquement » ces accusations, a réagi X, qui dénonce une « campagne de désinformation »".
    const prevDraft = drafts[drafts.length - 1];
    if (prevDraft && claimant && prevDraft.claimant === claimant && ['qui', 'who'].includes(tokens[a - 1]?.norm ?? '') && counterAccusation(ctx, prevDraft, stance)) {
      prevDraft.tail = content;
      continue;
    }
    drafts.push({
      sentence: s, claimant, claimantText, claimantEntities: found.entities, claimantSpan: { t0: found.t0, t1: found.t1 },
      cueStance: stance, cueText: doc.text.slice(tokens[a].start, tokens[cueEnd - 1].end), cueT0: a, cueT1: cueEnd,
      content, dateZone, looseZones, viaSource: false, ...(reporter ? { agency: true } : {}),
      ...(found.pronoun ? { claimantText: `pronoun:${found.pronoun}` } : {}),
    });
  }
  // (Before the sentence's other statements: a pronoun after it stands for X.)
  drafts.unshift(...pourSource(ctx, s, drafts));
  drafts.push(...learnedFrom(ctx, s));
  if (!drafts.length) drafts.push(...shownBy(ctx, s));
  return drafts;
}

/**
 * "Satellite images analysed by the firm X show ...", "des images analysées par X montrent ...": material speaks for
 * whoever analysed it, named right before the verb (`shows` in cues.json), after a participle and "by"/"par".
 */
function shownBy(ctx: Ctx, s: Sentence): Draft[] {
  const { tokens, doc } = ctx;
  for (let k = s.t0 + 3; k < s.t1; k++) {
    if (!doc.lexicon.cueClasses.shows.has(tokens[k].norm) || ctx.idx.top[k]) continue;
    let end = k;
    while (end > s.t0 && tokens[end - 1].norm === ')') end--;
    let agent = ctx.idx.top[end - 1] ?? (tokens[end - 1]?.kind === 'word' ? ctx.idx.top[end - 2] : null);
    // ("... Research Institute (SIPRI) show": the name before its abbreviation.)
    if (agent && tokens[agent.t0 - 1]?.norm === '(') agent = ctx.idx.top[agent.t0 - 2] ?? agent;
    if (!agent || rank(ctx, agent) < 2) return [];
    let by = agent.t0 - 1;
    while (by > s.t0 && by > agent.t0 - 6 && !['by', 'par'].includes(tokens[by].norm) && tokens[by].kind === 'word') by--;
    if (!['by', 'par'].includes(tokens[by]?.norm ?? '') || !/(?:ed|e|es|s)$/.test(tokens[by - 1]?.norm ?? '') || tokens.slice(s.t0, by).some((t) => t.norm === ',')) return [];
    const content = trimContent(ctx, k + 1, s.t1);
    if (content.t1 - content.t0 < 3) return [];
    return [{
      sentence: s, claimant: agent.entityId, claimantText: doc.text.slice(agent.start, agent.end), claimantEntities: [], claimantSpan: { t0: agent.t0, t1: agent.t1 },
      cueStance: 'neutral', cueText: doc.text.slice(tokens[k].start, tokens[k].end), cueT0: k, cueT1: k + 1, content, dateZone: [], viaSource: true,
    }];
  }
  return [];
}

/**
 * "..., a-t-on appris jeudi de sources sécuritaires nigériennes", "On a appris auprès de l'armée que ...", "apprend-on de
 * source diplomatique": the wire's impersonal "learned from" names the source after "de"/"auprès de".
 */
function learnedFrom(ctx: Ctx, s: Sentence): Draft[] {
  const { tokens, doc } = ctx;
  if (doc.language !== 'fr') return [];
  for (let k = s.t0; k < s.t1; k++) {
    const w = tokens[k].norm;
    const impersonal = (w === 'appris' && (tokens[k - 1]?.norm === 'a-t-on' || (tokens[k - 1]?.norm === 'a' && tokens[k - 2]?.norm === 'on'))) || w === 'apprend-on';
    if (!impersonal) continue;
    const a = w === 'apprend-on' ? k : tokens[k - 1].norm === 'a-t-on' ? k - 1 : k - 2;
    let de = k + 1;
    while (de < Math.min(s.t1, k + 5) && !['de', "d'", 'aupres'].includes(tokens[de].norm)) de++;
    if (de >= Math.min(s.t1, k + 5)) return [];
    const from = tokens[de].norm === 'aupres' ? de + 2 : de + 1;
    const found = sourceClaimant(ctx, s, from);
    if (!found || (!found.mention && !found.text)) return [];
    // After a comma the content is what precedes; else it follows the source ("On a appris ... que ...").
    const inverted = a > s.t0 && BOUNDARY.has(tokens[a - 1].norm);
    const content = inverted ? trimContent(ctx, s.t0, a) : trimContent(ctx, found.t1, s.t1);
    if (content.t1 - content.t0 < 3) return [];
    const claimantText = found.text ?? (found.mention ? doc.text.slice(found.mention.start, found.mention.end) : null);
    return [{
      sentence: s, claimant: found.mention?.entityId ?? null, claimantText, claimantEntities: [], claimantSpan: { t0: found.t0, t1: found.t1 },
      cueStance: 'neutral', cueText: doc.text.slice(tokens[a].start, tokens[k].end), cueT0: a, cueT1: k + 1, content,
      dateZone: [[k + 1, de]], viaSource: false,
    }];
  }
  return [];
}

/**
 * "Pour le ministre Sergueï Lavrov, cette décision est « une provocation »": "pour X," with quoted words after it
 * attributes them to X (without a quotation it is the writer's view of X: "Pour Moscou, la bascule s'annonce délicate").
 */
function pourSource(ctx: Ctx, s: Sentence, drafts: Draft[]): Draft[] {
  const { tokens, doc } = ctx;
  if (doc.language !== 'fr') return [];
  // "Pour X, ... « ... », mais il doute que ...": a statement after ", mais"/", et" ends the view; any other, none is X's.
  let end = s.t1;
  if (drafts.length) {
    const first = Math.min(...drafts.map((d) => Math.min(d.cueT0, d.claimantSpan?.t0 ?? d.cueT0)));
    const conj = CONJUNCTIONS.has(tokens[first]?.norm ?? '') ? first : first - 1;
    if (!CONJUNCTIONS.has(tokens[conj]?.norm ?? '') || tokens[conj - 1]?.norm !== ',') return [];
    end = conj - 1;
  }
  for (let k = s.t0; k < Math.min(s.t1, s.t0 + 12); k++) {
    if (tokens[k].norm !== 'pour' || (k > s.t0 && !BOUNDARY.has(tokens[k - 1].norm))) continue;
    let comma = k + 1;
    while (comma < Math.min(s.t1, k + 12) && tokens[comma].norm !== ',') comma++;
    if (tokens[comma]?.norm !== ',') return [];
    // "Pour le ministre des Affaires étrangères, Sergueï Lavrov, ...": the name in apposition.
    const named = nameAfter(ctx, s, comma);
    const m = named && tokens[named.t1]?.norm === ',' ? named : bestIn(ctx, k + 1, comma);
    if (!m || m.form === 'demonym' || entityOf(ctx, m)?.newsAgency) return [];
    const from = m === named ? m.t1 + 1 : comma + 1;
    // "Pour l'analyste X, le scénario est plausible": a person's view needs no quotation; a body's ("Pour Paris, ...") does.
    if (entityOf(ctx, m)?.type !== 'Person' && !tokens.slice(from, end).some((t) => t.norm === '"')) return [];
    const content = trimContent(ctx, from, end);
    if (content.t1 - content.t0 < 3) return [];
    return [{
      sentence: s, claimant: m.entityId, claimantText: doc.text.slice(m.start, m.end), claimantEntities: [], claimantSpan: { t0: m.t0, t1: m.t1 },
      cueStance: 'neutral', cueText: doc.text.slice(tokens[k].start, tokens[k].end), cueT0: k, cueT1: k + 1, content, dateZone: [], viaSource: true,
    }];
  }
  return [];
}

/** An accusation that goes with a denial by the same speaker ("rejects the charges, denouncing a smear") is part of the denial. */
/**
 * "X said the deployment was temporary, and that the army had no intention of ...", "X said Manila welcomes help but insisted it
 * does not need ...": a second statement coordinated in the content, denying or doubting where the first asserts, is a claim of
 * its own (same speaker, its own stance); the first keeps what comes before the conjunction.
 */
function coordinatedStatements(ctx: Ctx, drafts: Draft[]): Draft[] {
  const { tokens, doc } = ctx;
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
    if (d.cueStance !== 'neutral' || !(d.claimant || d.claimantText)) continue;
    for (let k = d.content.t0 + 3; k < d.content.t1 - 3; k++) {
      if (!['and', 'but', 'et', 'mais'].includes(tokens[k].norm)) continue;
      const next = tokens[k + 1].norm;
      const cue = SUBORDINATORS.has(next) && next !== 'si' && next !== 'whether' ? null : doc.lexicon.cues.match(tokens, k + 1);
      if (!SUBORDINATORS.has(next) && !cue) continue;
      const second = trimContent(ctx, cue ? k + 1 + cue.tokens.length : k + 2, d.content.t1);
      const marked = (t0: number, t1: number) => hasMarker(doc.lexicon.denial, tokens, t0, t1).length + hasMarker(doc.lexicon.doubt, tokens, t0, t1).length > 0;
      if (!marked(second.t0, second.t1) || marked(d.content.t0, k)) continue;
      const first = { ...d, content: trimContent(ctx, d.content.t0, k) };
      out[out.length - 1] = first;
      out.push({ ...d, claimantSpan: null, cueT0: k + 1, cueT1: cue ? k + 1 + cue.tokens.length : k + 2, cueText: doc.text.slice(tokens[k + 1].start, tokens[cue ? k + cue.tokens.length : k + 1].end), content: second, tail: undefined });
      break;
    }
  }
  return out;
}

function counterAccusation(ctx: Ctx, prev: Draft, stance: CueStance): boolean {
  return stance === 'accuses' && stanceOf(ctx, prev) === 'denies';
}

function hasMarker(m: PhraseMatcher<true>, tokens: Token[], t0: number, t1: number): string[] {
  const out: string[] = [];
  for (let k = t0; k < t1; k++) {
    const hit = m.match(tokens, k);
    if (hit) {
      out.push(hit.tokens.join(' '));
      k += hit.tokens.length - 1;
    }
  }
  return out;
}

/** Words before a proposal that make it the object turned down ("toute négociation", "the offer"). */
const PROPOSAL_DETERMINERS = new Set(['toute', 'tout', 'toutes', 'la', 'le', 'les', "l'", 'cette', 'ce', 'ces', 'une', 'un', 'the', 'a', 'an', 'any', 'this', 'that', 'its', 'their', 'sa', 'son', 'leur']);

/** A rejecting cue whose object, after it or as the antecedent of a relative before the speaker, is a proposal. */
function rejectsProposal(ctx: Ctx, d: Draft): boolean {
  const { tokens } = ctx;
  const { reject, proposals } = ctx.doc.lexicon.cueClasses;
  if (!reject.has(tokens[d.cueT1 - 1]?.norm ?? '') && !reject.has(tokens[d.cueT0]?.norm ?? '')) return false;
  const proposalAt = (k: number) => proposals.has(tokens[k]?.norm ?? '') && PROPOSAL_DETERMINERS.has(tokens[k - 1]?.norm ?? '');
  for (let k = d.cueT1; k < Math.min(d.sentence.t1, d.cueT1 + 8); k++) {
    const w = tokens[k].norm;
    if (SUBORDINATORS.has(w) || w === '"' || w === '.' || w === ';') break;
    if (proposalAt(k)) return true;
  }
  const from = d.claimantSpan?.t0 ?? d.cueT0;
  for (let k = Math.max(d.sentence.t0 + 1, from - 8); k < from; k++) if (proposalAt(k)) return true;
  return false;
}

function stanceOf(ctx: Ctx, d: Draft): Stance {
  if (d.cueStance === 'denies' && rejectsProposal(ctx, d)) return 'asserts';
  if (d.cueStance !== 'neutral') return d.cueStance;
  const lex = ctx.doc.lexicon;
  const t0 = Math.min(d.content.t0, d.cueT1);
  let t1 = Math.max(d.content.t1, d.cueT1, d.tail?.t1 ?? 0);
  // "..., though it saw no sign of an attack": a concession does not change the main statement's stance.
  for (let k = Math.max(t0, d.cueT1); k < t1; k++) {
    const w = ctx.tokens[k].norm;
    const next = ctx.tokens[k + 1]?.norm;
    if (w === 'though' || w === 'although' || (w === 'bien' && next === 'que') || (w === 'meme' && next === 'si')) { t1 = k; break; }
  }
  if (hasMarker(lex.doubt, ctx.tokens, t0, t1).length) return 'doubts';
  if (hasMarker(lex.denial, ctx.tokens, t0, t1).length) return 'denies';
  return 'asserts';
}

/** Whether the date at `start` follows "depuis", "since", "dès", "from", "until": a bound of a span, never a statement's day. */
const SPAN_BOUND = /\b(?:depuis|since|des|from|until|till|jusqu'(?:au|a)?)\s+(?:le |la |l'|the )?$/;
function startsSpan(ctx: Ctx, start: number): boolean {
  return SPAN_BOUND.test(ctx.doc.folded.slice(Math.max(0, start - 14), start));
}

const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);
/** Finite verbs and auxiliaries that show a subject before them starts a clause ("it had", "Russia would"). */
const OBJECT_FOLLOWERS = new Set(['on', 'in', 'at', 'to', 'for', 'as', 'by', 'from', 'with', 'and', 'or', 'but', 'last', 'this', 'earlier', 'late', 'early', 'again', 'publicly', 'outright']);
const FINITE = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do']);

/**
 * The first token of a content clause that follows a cue without "that" ("said it had ...", "told reporters
 * Israel was ..."), within [from, to): a subject pronoun or a name followed by a finite verb. Null when there is none.
 */
function clauseSubjectAt(ctx: Ctx, from: number, to: number): number | null {
  const { tokens } = ctx;
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    if (w === ',' || w === '"') return null;
    const m = ctx.idx.top[k];
    const end = m && m.t0 === k ? m.t1 : CLAUSE_SUBJECTS.has(w) ? k + 1 : -1;
    if (end < 0) continue;
    const next = tokens[end]?.norm ?? '';
    if (FINITE.has(next) || (/^[a-z]{3,}ed$/.test(next) && next !== 'reported')) return k;
    // After a subject pronoun any word but a preposition is its verb ("it struck", "they sent"); "denied it on Friday" is an object.
    if (!m && tokens[end]?.kind === 'word' && !OBJECT_FOLLOWERS.has(next)) return k;
  }
  return null;
}

function dateFor(ctx: Ctx, d: Draft): { value: string; precision: 'day' | 'month' | 'year' } | null {
  const { tokens } = ctx;
  // Right after the cue, before "that"/"que": "said on Thursday that", "a accusé jeudi 17 octobre",
  // "dismissed the reports on Nov. 3 as", "said in June that".
  let stop = Math.min(d.sentence.t1, d.cueT1 + 12);
  // "said in its annual threat assessment in March that": everything between the cue and "that" is about the statement.
  let introduced = false;
  for (let k = d.cueT1; k < stop; k++) {
    // ("accused the United States on Monday of ...": "States" inside a name is no cue.)
    const inName = (ctx.idx.top[k]?.t0 ?? k) < k;
    const cue = k > d.cueT1 && !inName ? ctx.doc.lexicon.cues.match(tokens, k) : null;
    if (SUBORDINATORS.has(tokens[k].norm) || (cue && !isNounUse(ctx, d.sentence, k) && (cue.payload !== 'neutral' || reportingUse(ctx, d.sentence, k, k + cue.tokens.length)))) {
      introduced = SUBORDINATORS.has(tokens[k].norm) && !d.viaSource && !tokens.slice(d.cueT1, k).some((t) => t.norm === ',' || t.norm === '"');
      stop = k;
      break;
    }
  }
  // "said it carried out an airstrike on Saturday", "said Russia had sent troops on Monday": an English content
  // clause without "that" starts at its subject; a date after that subject is the content's.
  if (!introduced && ctx.doc.language === 'en') {
    const clause = clauseSubjectAt(ctx, d.cueT1, stop);
    if (clause !== null) stop = clause;
  }
  const near = { from: tokens[Math.min(d.cueT1, tokens.length - 1)].start, to: stop > d.cueT1 ? tokens[stop - 1].end : -1 };
  // "rejected that characterization in a statement Tuesday", "said in a televised address that evening": a date right
  // after the occasion of the statement dates it, wherever the content starts.
  // ("a accusé la Russie, dans un entretien à l'agence ANSA publié le 12 mai, de ...": past an object and a comma too.)
  for (let k = d.cueT1; k < Math.min(d.sentence.t1, d.cueT1 + 8); k++) {
    // ("dismissed that account": "that" right after the cue may be a determiner.)
    if ((SUBORDINATORS.has(tokens[k].norm) && !(k === d.cueT1 && tokens[k].norm === 'that')) || tokens[k].norm === '"' || (d.tail && k >= d.tail.t0)) break;
    const setting = ctx.doc.lexicon.statementSettings.match(tokens, k);
    if (!setting) continue;
    const from = k + setting.tokens.length;
    let to = from;
    let reachAt = from + 3;
    while (to < Math.min(d.sentence.t1, from + 8) && tokens[to].norm !== ',') {
      // The date starts within a few words of the occasion ("Tuesday", "publié mardi", "that evening") or of its publication.
      if (ctx.doc.lexicon.statementPublished.match(tokens, to)) reachAt = Math.max(reachAt, to + 3);
      to++;
    }
    const reach = tokens[Math.min(to - 1, reachAt)]?.end ?? 0;
    const t = to > from ? ctx.idx.timesIn(d.sentence).find((x) => x.dayLike && !x.end && x.span.start >= tokens[from].start && x.span.start < reach && x.span.end <= tokens[to - 1].end) : undefined;
    if (t) return { value: t.value, precision: t.precision };
    // "said at a conference in New Delhi in July": a month closing the occasion's phrase dates it too.
    const month = to > from ? ctx.idx.timesIn(d.sentence).find((x) => x.precision === 'month' && !x.end && /\b(?:in|en)\s+$/i.test(ctx.doc.text.slice(x.span.start - 4, x.span.start)) && x.span.start >= tokens[from].start &&
      x.span.end <= tokens[to - 1].end) : undefined;
    if (month) return { value: month.value, precision: month.precision };
    break;
  }
  // "next week", "la semaine prochaine": a statement already reported is never dated ahead.
  const times = ctx.idx.timesIn(d.sentence).filter((t) => !/\b(?:next|coming|upcoming|prochaine?s?)\b/i.test(t.text));
  const closeTo = tokens[Math.min(d.cueT1 + 3, tokens.length - 1)].end;
  for (const t of times) {
    // After "selon X," comes the content, whose dates are not the statement's.
    if (d.viaSource) break;
    // "depuis le 10 mai", "since March 3", "from Monday": the start of what is reported, not the day it was said.
    if (startsSpan(ctx, t.span.start)) continue;
    if (t.span.start < near.from || t.span.end > near.to) continue;
    if (/^(?:d'ici|d’ici|by|avant|before|until|jusqu)/i.test(t.text)) continue;
    // "said last week": the month when the week lies in one.
    if (t.end) {
      if (/week|semaine/i.test(t.text) && t.value.slice(0, 7) === t.end.slice(0, 7)) return { value: t.value.slice(0, 7), precision: 'month' };
      continue;
    }
    // A month close to the cue dates it ("told Reuters in June"), not one qualifying a noun object ("évoque une livraison en avril").
    const objectBefore = !t.dayLike && !introduced && tokens.slice(d.cueT1, d.cueT1 + 3).some((x) => x.start < t.span.start && ['un', 'une', 'des', 'le', 'la', 'les', "l'", 'an', 'the'].includes(x.norm));
    if (t.dayLike || (t.span.start <= closeTo && !objectBefore) || introduced) return { value: t.value, precision: t.precision };
  }
  for (const [z0, z1] of d.dateZone) {
    if (z1 <= z0) continue;
    const from = tokens[z0].start;
    const to = tokens[Math.min(z1, tokens.length) - 1].end;
    for (const t of times) {
      if (t.span.start >= from && t.span.end <= to && t.dayLike && !t.end && !startsSpan(ctx, t.span.start)) {
        // Not a date inside the content ("du 8 au 13 octobre").
        const cs = tokens[d.content.t0]?.start ?? 0;
        const ce = tokens[d.content.t1 - 1]?.end ?? 0;
        if (t.span.start >= cs && t.span.end <= ce) continue;
        // Nor one in a participle clause going on with it (", saying the strike on Monday ...").
        if (d.tail && t.span.start >= (tokens[d.tail.t0]?.start ?? 0) && t.span.end <= (tokens[d.tail.t1 - 1]?.end ?? 0)) continue;
        return { value: t.value, precision: t.precision };
      }
    }
  }
  for (const [z0, z1] of d.looseZones ?? []) {
    if (z1 <= z0) continue;
    const from = tokens[z0].start;
    const to = tokens[Math.min(z1, tokens.length) - 1].end;
    for (const t of times) {
      if (t.span.start >= from && t.span.end <= to && !t.end && !/^(?:d'ici|by|avant|before|until|since|depuis)/i.test(t.text)) return { value: t.value, precision: t.precision };
    }
  }
  return null;
}


/**
 * "Les militaires français ont quitté le Tchad jeudi 30 janvier, a annoncé l'état-major": news given on the day it is
 * published, by a speaker named after it, was announced that day.
 */
function announcedToday(ctx: Ctx, d: Draft): { value: string; precision: 'day' } | null {
  const pub = ctx.doc.published;
  if (!pub || pub.precision !== 'day' || d.viaSource || d.cueStance !== 'neutral' || d.content.t1 > d.cueT0) return null;
  const cs = ctx.tokens[d.content.t0].start;
  const ce = ctx.tokens[d.content.t1 - 1].end;
  const days = ctx.idx.timesIn(d.sentence).filter((t) => t.dayLike && !t.end && t.span.start >= cs && t.span.end <= ce);
  return days.length === 1 && days[0].value === pub.value && !startsSpan(ctx, days[0].span.start) ? { value: pub.value, precision: 'day' } : null;
}

/**
 * "a mis en garde le 16 mai" in an article of March: a statement already made cannot lie after
 * publication, so a day or month given without its year is the previous year's.
 */
function pastStatement(ctx: Ctx, d: Draft, date: { value: string; precision: 'day' | 'month' | 'year' } | null): typeof date {
  const pub = ctx.doc.published?.value;
  if (!date || !pub || date.precision === 'year' || date.value.endsWith('-02-29')) return date;
  const n = date.value.length;
  if (date.value <= pub.slice(0, n) || pub.length < n) return date;
  const t = ctx.idx.timesIn(d.sentence).find((x) => x.value.slice(0, n) === date.value);
  if (!t || /\b(?:19|20)\d\d\b/.test(t.text)) return date;
  return { value: `${Number(date.value.slice(0, 4)) - 1}${date.value.slice(4)}`, precision: date.precision };
}

/**
 * '"..." Rouamba said. "Whether that is enough is another question."': a sentence that is all quotation,
 * right after a sentence whose claim quoted someone, goes on with that speaker's words (kept as a claim
 * of its own only when it doubts or denies: a plain continuation is part of the statement before).
 */
function quoteGoingOn(ctx: Ctx, s: Sentence, prev: Sentence | null, claims: Claim[]): Draft[] {
  const { tokens, doc } = ctx;
  const last = claims[claims.length - 1];
  if (!last || !prev || !last.claimant || last.evidence.end <= prev.start || last.evidence.start >= s.start) return [];
  if (!doc.text.slice(prev.start, prev.end).match(/["«»“”]/)) return [];
  // "«Pure invention»" alone on its line is a subheading quoting what follows, not the quotation going on.
  if (s.paragraph !== prev.paragraph && !/[.!?…]/.test(doc.text.slice(s.start, s.end))) return [];
  let t1 = s.t1;
  while (t1 > s.t0 && ['.', '!', '?'].includes(tokens[t1 - 1].norm)) t1--;
  if (t1 - s.t0 < 4 || tokens[s.t0].norm !== '"' || tokens[t1 - 1].norm !== '"') return [];
  // One quotation from end to end, not two quoted phrases with words between them.
  if (tokens.slice(s.t0 + 1, t1 - 1).some((t) => t.norm === '"')) return [];
  return [{
    sentence: s, claimant: last.claimant, claimantText: last.claimantText, claimantEntities: [], claimantSpan: null,
    cueStance: 'neutral', cueText: '', cueT0: s.t0, cueT1: s.t0, content: { t0: s.t0, t1 }, dateZone: [], viaSource: false, continued: true,
  }];
}

/** The first actor named in the sentence before `s` (its subject, most often). */
function subjectOfPrevious(ctx: Ctx, s: Sentence): string | null {
  const m = subjectMentionOfPrevious(ctx, ctx.doc.sentences.indexOf(s));
  return m ? m.entityId : null;
}

/** The first actor (a person, body or state, not a demonym, place or outlet) named in the sentence before sentence `i`. */
function subjectMentionOfPrevious(ctx: Ctx, i: number): MentionRec | null {
  if (i <= 0) return null;
  const prev = ctx.doc.sentences[i - 1];
  return firstActorIn(ctx, prev.t0, prev.t1);
}

function lastNamedBefore(ctx: Ctx, t: number, person: boolean): string | null {
  for (let k = t - 1; k >= Math.max(0, t - 400); k--) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = entityOf(ctx, m);
    if (!e || e.newsAgency) continue;
    if (person ? e.type === 'Person' : e.type === 'Organization' || e.type === 'Country') return e.id;
  }
  return null;
}

/**
 * "Somali officials said at the time", "avait alors déclaré", "reported at the time": the statement was made when what
 * it reports happened, so it takes the date of its content, else the first date of the sentence before.
 */
function thenDate(ctx: Ctx, d: Draft, si: number): { value: string; precision: 'day' | 'month' | 'year' } | null {
  const { tokens } = ctx;
  const after = tokens.slice(d.cueT1, d.cueT1 + 4).map((t) => t.norm).join(' ');
  const then = /^(?:at the time|at that time|a l'epoque|a ce moment-la|a ce moment)\b/.test(after) ||
    tokens.slice(d.cueT0, d.cueT1).some((t) => t.norm === 'alors' || t.norm === 'then');
  if (!then) return null;
  const usable = (t: { text: string; end?: string | null }) => !t.end && !/^(?:d'ici|d’ici|by|avant|before|until|since|depuis|jusqu)/i.test(t.text);
  const cs = tokens[d.content.t0]?.start ?? 0;
  const ce = tokens[d.content.t1 - 1]?.end ?? 0;
  const own = ctx.idx.timesIn(d.sentence).filter((t) => usable(t) && t.span.start >= cs && t.span.end <= ce);
  const prev = si > 0 ? ctx.idx.timesIn(ctx.doc.sentences[si - 1]).filter(usable) : [];
  const t = own[own.length - 1] ?? prev[0];
  return t ? { value: t.value, precision: t.precision } : null;
}

/**
 * "L'armée a annoncé mardi ... « ... », a déclaré son porte-parole, le général X", "a déclaré le ministre, X", "la porte-parole
 * de l'Alliance, X": a person whose title makes them speak for `body` (its spokesperson or minister, by a possessive, a bare
 * "le ministre", or the body or its country named with the title). Another side's spokesperson ("Iran's foreign ministry
 * spokesman") does not.
 */
function speaksAsOfficial(ctx: Ctx, d: Draft, body: string): boolean {
  if (!d.claimantSpan || !d.claimant) return false;
  const { tokens, doc } = ctx;
  const owner = doc.entities.get(body);
  const ours = (id: string | null | undefined) => !!id && (id === body || id === owner?.country || id === owner?.affiliation);
  const person = doc.entities.get(d.claimant);
  // (The title may be part of the speaker's span: "son porte-parole, le général X".)
  const last = Math.min(d.sentence.t1, d.claimantSpan.t1 + 8);
  for (let k = Math.max(d.sentence.t0, d.claimantSpan.t0 - 8); k < d.claimantSpan.t1; k++) {
    const role = doc.lexicon.roles.match(tokens, k);
    if (!role || !(role.payload === 'Spokesman' || /Minister/.test(role.payload))) continue;
    const end = k + role.tokens.length;
    if (OWNER_POSSESSIVES.has(tokens[k - 1]?.norm ?? '')) return true;
    if (['le', 'la', "l'", 'the'].includes(tokens[k - 1]?.norm ?? '') && tokens[end]?.norm === ',') return true;
    // "le porte-parole de l'armée", "la porte-parole du gouvernement rwandais, X": the body or its state named with the title.
    for (let j = k; j < last && tokens[j].norm !== '.'; j++) if (ours(ctx.idx.top[j]?.entityId)) return true;
    // (A minister named with no tie to the body makes a statement of their own: "Defence Secretary X said".)
    return role.payload === 'Spokesman' && (ours(person?.affiliation) || ours(person?.country));
  }
  return false;
}

/** Head nouns of unnamed speakers: "a senior western official", "une source sécuritaire turque", "two Somali officials". */
const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'officer', 'officers', 'people', 'person', 'persons',
  'responsable', 'responsables', 'diplomate', 'diplomates', 'officier', 'officiers', 'personne', 'personnes', 'interlocuteur',
  // "Israeli media", "la presse kényane": a country's press does not speak for its state.
  'media', 'medias', 'press', 'presse', 'newspapers', 'journaux',
]);
const PERSON_HEADS = new Set(['official', 'source', 'diplomat', 'officer', 'person', 'responsable', 'diplomate', 'officier', 'interlocuteur', 'spokesman', 'spokeswoman', 'spokesperson', 'porte-parole']);
/** Singular definites and demonstratives that point back at an unnamed speaker ("the official", "cette source"); events.ts has a plural DEFINITE of its own. */
const SINGULAR_DEFINITE = new Set(['the', 'this', 'that', 'le', 'la', "l'", 'ce', 'cet', 'cette']);

/** The head noun of an unnamed speaker in tokens [t0, t1), with whether it is made definite ("the official", "cette source"). */
function anonymousHead(ctx: Ctx, t0: number, t1: number): { head: string; definite: boolean } | null {
  for (let k = Math.max(0, t0); k < Math.min(t1, t0 + 8); k++) {
    const w = ctx.tokens[k].norm;
    if (!ANONYMOUS_HEADS.has(w) && !PERSON_HEADS.has(w)) continue;
    const definite = SINGULAR_DEFINITE.has(ctx.tokens[k - 1]?.norm ?? '') && k - 1 >= t0;
    return { head: w.replace(/s$/, ''), definite };
  }
  return null;
}

/**
 * "according to two Somali officials", "selon une source sécuritaire turque": a demonym naming only where an unnamed
 * speaker comes from. The claim is kept under the country, but it is not the country's statement: it neither takes
 * nor gives the country's date.
 */
function anonymousDemonym(ctx: Ctx, d: Draft): boolean {
  if (!d.claimant || !d.claimantSpan) return false;
  for (let k = Math.max(0, d.claimantSpan.t0 - 4); k < Math.min(ctx.tokens.length, d.claimantSpan.t1 + 1); k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k || m.entityId !== d.claimant || m.form !== 'demonym') continue;
    for (let j = Math.max(0, k - 4); j < Math.min(ctx.tokens.length, m.t1 + 2); j++) if (ANONYMOUS_HEADS.has(ctx.tokens[j].norm)) return true;
  }
  return false;
}

/**
 * Who a pronoun speaker ("il", "he", "they", "selon lui") stands for: the speaker of the same sentence, the topic
 * ("Quant à la Hongrie, elle ..."), whoever just spoke, the actor opening the sentence before, else the last one named.
 * An unnamed person who just spoke ("a senior Western diplomat ... he said") keeps their words. Null: no one found.
 */
function pronounClaimant(
  ctx: Ctx, d: Draft, claims: Claim[], person: boolean, lastPerson: string | null, lastGroup: string | null,
): { claimant: string | null; claimantText: string | null } | null {
  const { doc, tokens } = ctx;
  const s = d.sentence;
  const last = claims[claims.length - 1];
  const sameSentence = last && last.evidence.start >= s.start ? last.claimant : null;
  // "Quant à la Hongrie, rappelle Le Monde, elle avait annoncé", "As for Hungary, it said": the topic named before the pronoun.
  const pronounAt = d.claimantSpan ? d.claimantSpan.t0 : s.t0;
  let topicActor: string | null = null;
  for (let k = s.t0; k + 1 < pronounAt; k++) {
    if ((tokens[k].norm === 'quant' && tokens[k + 1].norm === 'a') || (tokens[k].norm === 'as' && tokens[k + 1].norm === 'for')) {
      let j = k + 2;
      while (j < pronounAt && ARTICLES.has(tokens[j].norm)) j++;
      const m = ctx.idx.top[j];
      if (m && m.t0 === j && rank(ctx, m) >= 2) topicActor = m.entityId;
      break;
    }
  }
  // French "il"/"elle" stand for any actor ("l'armée ... Elle accuse"); English "he"/"she" for people.
  const frenchPronoun = doc.language === 'fr' && person;
  // A person who just spoke is the likeliest "il"/"he" ("a annoncé ... le général X. « ... », a-t-il déclaré").
  const recentPerson = last && doc.entities.get(last.claimant ?? '')?.type === 'Person' && s.start - last.evidence.end < 600 ? last.claimant : null;
  // "Selon lui, ...": whoever spoke just before, person or not.
  const recentSpeaker = d.viaSource && last && s.start - last.evidence.end < 600 ? last.claimant : null;
  // '"...", said a senior Western diplomat. "...," he said.': the unnamed person who just spoke.
  const lastHead = last && !last.claimant && last.claimantText && s.start - last.evidence.end < 400 ? last.claimantText.split(/\s+/).map((w) => w.toLowerCase()) : null;
  if (!sameSentence && !topicActor && person && lastHead?.some((w) => PERSON_HEADS.has(w))) return { claimant: null, claimantText: last!.claimantText };
  let claimant = sameSentence ?? topicActor ?? recentSpeaker ?? (person ? recentPerson : null) ?? (frenchPronoun ? subjectOfPrevious(ctx, s) : null) ??
    (person ? lastNamedBefore(ctx, s.t0, true) ?? lastPerson : lastGroup ?? lastPerson);
  // No earlier speaker: the last person (for he/she/il/elle) or actor named before the sentence.
  if (!claimant) claimant = lastNamedBefore(ctx, s.t0, person);
  if (!claimant) return null;
  return { claimant, claimantText: d.claimantSpan ? doc.text.slice(tokens[d.claimantSpan.t0].start, tokens[d.claimantSpan.t1 - 1].end) : null };
}

/**
 * The body paragraphs at the top of a web page (headline, standfirst) when a heading (byline, date) follows them, or
 * none: a wire story that opens on its dateline has no such lead.
 */
function leadParagraphs(doc: ArticleDoc): Set<number> {
  const lead = new Set<number>();
  for (let i = 0; i < Math.min(doc.paragraphs.length, 6); i++) {
    const kind = doc.paragraphs[i].kind;
    if (kind === 'body') lead.add(i);
    else if (kind === 'heading' && lead.size) return lead.size <= 2 ? lead : new Set();
  }
  return new Set();
}

/**
 * "Chisinau accuse Moscou ...", "Moscou dément et dénonce ...": a headline or standfirst sums up statements the article
 * reports below. An undated claim there is dropped when the body has a claim by the same speaker, or by one speaking for the same
 * country (its minister, its ministry, a speaker whose sentence names the country).
 */
function withoutLeadRestatements(ctx: Ctx, claims: Claim[], paragraphOf: Map<Claim, number>): Claim[] {
  const lead = leadParagraphs(ctx.doc);
  if (!lead.size) return claims;
  const body = claims.filter((c) => !lead.has(paragraphOf.get(c) ?? -1));
  return claims.filter((c) => {
    // A dated lead ("..., a annoncé mardi 18 mars le président kényan") is the story's first statement, not a summary.
    if (!lead.has(paragraphOf.get(c) ?? -1) || !c.claimant || c.claimedOn) return true;
    const country = stateOf(ctx, c.claimant);
    return !body.some((b) => b.claimant === c.claimant || (!!country && speaksForState(ctx, b, country)));
  });
}

/** The state an entity is or belongs to. */
function stateOf(ctx: Ctx, id: string | null): string | null {
  if (!id) return null;
  return ctx.doc.entities.get(id)?.type === 'Country' ? id : ctx.idx.countryOf(id);
}

/** The sentence a claim's evidence starts in. */
function sentenceOfClaim(ctx: Ctx, c: Claim): number {
  // The first token starting at or after the evidence (tokens are in body order).
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < c.evidence.start) lo = mid + 1;
    else hi = mid;
  }
  return ctx.idx.sentenceOf(lo < ctx.tokens.length ? lo : -1);
}

/** Whether a claim is made for `country`: by one of its bodies or people, or by a speaker whose sentence names it before. */
function speaksForState(ctx: Ctx, c: Claim, country: string): boolean {
  if (!c.claimant) return false;
  if (stateOf(ctx, c.claimant) === country) return true;
  const sentence = ctx.doc.sentences[sentenceOfClaim(ctx, c)];
  if (!sentence) return false;
  for (let k = sentence.t0; k < sentence.t1 && ctx.tokens[k].start < c.evidence.end; k++) {
    // ("À Moscou, le vice-ministre ...": the capital stands for its state here.)
    const m = ctx.idx.top[k];
    if (m && stateOf(ctx, m.entityId) === country) return true;
  }
  return false;
}

/**
 * "Turkey ... welcomed the decision. The Turkish Defense Ministry said Thursday that ...", "Moscow has denounced the
 * buildup. Russian Foreign Ministry spokeswoman Maria Zakharova on Tuesday accused ...": a state's stance stated in one
 * sentence and detailed in the next by one speaking for it is one statement, the detailed one.
 */
const TOPIC_DETERMINERS = new Set(['the', 'this', 'these', 'that', 'le', 'la', 'les', "l'", 'ce', 'cette', 'ces']);

function withoutTopicSentences(ctx: Ctx, claims: Claim[]): Claim[] {
  return claims.filter((a, i) => {
    const b = claims[i + 1];
    if (!b || !a.claimant || !b.claimant || b.claimant === a.claimant || ctx.doc.entities.get(a.claimant)?.type !== 'Country' || a.stance !== b.stance) return true;
    // Only a reaction to what was just told ("welcomed the decision", "has denounced the buildup"), by the state itself (not
    // "U.S. officials say"); a denial of "ces accusations" is the state's own answer.
    const words = a.content.text.trim().split(/\s+/);
    if (a.stance === 'denies' || words.length > 3 || !TOPIC_DETERMINERS.has(words[0].toLowerCase())) return true;
    if ((a.claimantText ?? '').split(/\s+/).some((w) => COLLECTIVE_NOUNS.has(w.toLowerCase()))) return true;
    const sa = sentenceOfClaim(ctx, a);
    const sb = sentenceOfClaim(ctx, b);
    if (sb !== sa + 1 || ctx.doc.sentences[sa]?.paragraph !== ctx.doc.sentences[sb]?.paragraph) return true;
    if (!speaksForState(ctx, b, a.claimant)) return true;
    if (!b.claimedOn && a.claimedOn) {
      b.claimedOn = a.claimedOn;
      b.claimedOnPrecision = a.claimedOnPrecision;
    }
    return false;
  });
}

/** "ces accusations", "the claims": an object that only points back at what is denied or charged. */
const POINTING_OBJECT = /^(?:ces|cette|ce|les|la|le|l'|the|these|this|those|such|that)\s+(?:\S+\s+)?(?:accusations?|allégations?|affirmations?|informations|propos|claims?|allegations?|accusations?|charges?|reports?|version)$/i;

/**
 * "X a rejeté ces accusations. « Personne n'envoie de renforts », a-t-il affirmé": a denial or an accusation pointing back at
 * its object, then the speaker's own words with the same stance, is one statement, made in the words quoted.
 */
function withoutAnnouncedRepeats(claims: Claim[]): Claim[] {
  return claims.filter((a, i) => {
    const b = claims[i + 1];
    if (!b || !a.claimant || b.claimant !== a.claimant || a.stance !== b.stance || a.stance === 'asserts') return true;
    if (!POINTING_OBJECT.test(a.content.text.trim()) || b.evidence.start - a.evidence.end > 40) return true;
    if (!b.claimedOn && a.claimedOn) {
      b.claimedOn = a.claimedOn;
      b.claimedOnPrecision = a.claimedOnPrecision;
    }
    return false;
  });
}

/** Whether draft `d`, a speaker after the verb or a source, reports draft `o`: `o`'s cue comes first, inside `d`'s content. */
function relays(d: Draft, o: Draft): boolean {
  return o !== d && o.cueT0 < d.cueT0 && o.cueT0 >= d.content.t0 && o.cueT1 <= d.content.t1;
}

/** "..., selon son porte-parole X", "..., a déclaré sa ministre, Y": a reporting speaker named by a possessive and a role speaks for the subject before. */
function ownSpeaker(ctx: Ctx, d: Draft): boolean {
  if (!d.claimantSpan) return false;
  for (let k = Math.max(d.cueT0, d.claimantSpan.t0 - 3); k < d.claimantSpan.t1; k++) {
    if (OWNER_POSSESSIVES.has(ctx.tokens[k].norm) && ctx.doc.lexicon.roles.match(ctx.tokens, k + 1)) return true;
  }
  return false;
}

/**
 * "Tokyo a promis deux vedettes ..., a annoncé le ministère japonais": a promise told by a named speaker after it is that
 * speaker's statement. Not a promise in a relative clause ("Les États-Unis, qui avaient promis ..., n'ont rien livré"), a fact
 * of its own, nor one an unnamed source tells ("..., a affirmé un responsable").
 */
function reportedPromise(ctx: Ctx, d: Draft, o: Draft): boolean {
  const { tokens } = ctx;
  if (!ctx.doc.lexicon.cueClasses.commitment.has(tokens[o.cueT1 - 1]?.norm ?? '')) return false;
  if (['qui', 'who', 'which', 'that'].includes(tokens[o.cueT0 - 1]?.norm ?? '')) return false;
  const t0 = d.claimantSpan?.t0 ?? d.cueT1;
  const indefinite = ctx.doc.language === 'fr' ? ['un', 'une', 'des'] : ['a', 'an'];
  return ![tokens[t0 - 1]?.norm, tokens[t0]?.norm].some((w) => indefinite.includes(w ?? ''));
}

export const claimsStage: Stage = {
  name: 'claims',
  needs: ['sentences', 'mentions', 'times', 'deployments', 'armsTransfers'],
  adds: ['claims'],
  run(doc: ArticleDoc): ArticleDoc {
    const ctx: Ctx = { doc, idx: indexOf(doc), tokens: doc.tokens };
    const { tokens } = ctx;
    const claims: Claim[] = [];
    let lastPerson: string | null = null;
    let lastGroup: string | null = null;
    const events = [...doc.deployments, ...doc.armsTransfers, ...doc.agreements, ...doc.meetings];
    const datedBy = new Map<string, { value: string; precision: 'day' | 'month' | 'year'; order: number }>();
    let lastDated: { value: string } | null = null;
    const speakersFor = new Map<string, Set<string>>();
    // Unnamed speakers by head noun ("a senior official said on Wednesday" ... "the official said"): their last date.
    const claimOf = new Map<Draft, Claim>();
    const paragraphOf = new Map<Claim, number>();
    let leadParagraph: number | undefined;
    const datedUnnamed = new Map<string, { value: string; precision: 'day' | 'month' | 'year'; order: number }>();
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      const previous = si > 0 ? doc.sentences[si - 1] : null;
      const kind = doc.paragraphs[s.paragraph]?.kind;
      if (kind === 'heading') continue;
      let drafts = coordinatedStatements(ctx, draftsFor(ctx, s));
      if (!drafts.length) drafts = quoteGoingOn(ctx, s, previous, claims);
      // "The NIS told a committee that ..., according to lawmaker Yoon", "The agency said ..., Yoon told reporters":
      // whoever relays another speaker's statement in the same sentence is the channel, not a second claimant.
      // ('«...», a-t-il affirmé, cité par l'agence X': a pronoun speaks too.)
      // ("Paris a promis deux patrouilleurs, a indiqué l'Élysée": a promise is an act the speaker after it reports, not words relayed.)
      // ("La Tanzanie a annoncé ..., selon son ministre de la Défense, X", "Paris a promis ..., a indiqué l'Élysée": the
      // body's own speaker, or whoever reports a promise, is the claimant; the subject before is what they speak of.)
      const relayed = drafts.filter((o) => drafts.some((d) => d.claimant && d.claimant !== o.claimant && relays(d, o) &&
        !doc.entities.get(d.claimant)?.newsAgency && (ownSpeaker(ctx, d) || reportedPromise(ctx, d, o))));
      drafts = drafts.filter((d) => !relayed.includes(d) && (d.cueStance !== 'neutral' || ownSpeaker(ctx, d) ||
        !drafts.some((o) => (o.claimant || o.claimantText?.startsWith('pronoun:')) && o.claimant !== d.claimant && relays(d, o) &&
          !doc.lexicon.cueClasses.commitment.has(tokens[o.cueT1 - 1]?.norm ?? ''))));
      // An unnamed source next to a named one in the same sentence is the named one's quote.
      if (drafts.some((d) => d.claimant)) drafts = drafts.filter((d) => d.claimant || !d.viaSource);
      for (const d of drafts) {
        let claimant = d.claimant;
        let claimantText = d.claimantText;
        if (claimantText?.startsWith('pronoun:')) {
          const resolved = pronounClaimant(ctx, d, claims, claimantText === 'pronoun:person', lastPerson, lastGroup);
          if (!resolved) continue;
          ({ claimant, claimantText } = resolved);
        }
        const entity = claimant ? doc.entities.get(claimant) : null;
        // Wire agencies relaying ("rapporte l'agence TASS") are the reporting chain, not claimants.
        if (entity?.newsAgency && !d.agency) continue;
        if (!claimant && !claimantText) continue;
        const claimantEntities: string[] = [...d.claimantEntities];
        if (!claimant && d.claimantSpan && !claimantEntities.length) {
          for (let k = d.claimantSpan.t0; k < d.claimantSpan.t1; k++) {
            const m = ctx.idx.top[k];
            if (m && m.t0 === k && rank(ctx, m) > 0) claimantEntities.push(m.entityId);
          }
        }
        const spanT0 = Math.min(d.content.t0, d.cueT0, d.claimantSpan?.t0 ?? d.cueT0);
        const spanT1 = Math.max(d.content.t1, d.cueT1, d.claimantSpan?.t1 ?? d.cueT1, d.tail?.t1 ?? 0);
        const ev = evidence(doc, tokens[spanT0].start, tokens[spanT1 - 1].end, claimant ? 0.75 : 0.55);
        const content = evidence(doc, tokens[d.content.t0].start, tokens[d.content.t1 - 1].end, 0.7);
        const stance = stanceOf(ctx, d);
        if (d.continued && stance === 'asserts') continue;
        // "The BBC has been unable to verify reports ...", "Al Jazeera could not independently verify the figures": the
        // outlet's own caveat on what it reports, not a claim.
        if (entity?.kind === 'media' && hasMarker(doc.lexicon.doubt, tokens, spanT0, spanT1).some((w) => /verif/.test(w))) continue;
        const hedges = hasMarker(doc.lexicon.hedges, tokens, d.content.t0, d.content.t1);
        let date = pastStatement(ctx, d, dateFor(ctx, d) ?? thenDate(ctx, d, si) ?? announcedToday(ctx, d));
        // "Biden has ruled out ...", "Budanov has said ...": an English present perfect states no particular time.
        const perfect = doc.language === 'en' && tokens.slice(Math.max(s.t0, d.cueT0 - 3), d.cueT1).some((t) => t.norm === 'has' || t.norm === 'have');
        const anonymous = anonymousDemonym(ctx, d);
        // "a Saudi military official told The National on Wednesday ... the official said": an unnamed speaker kept under
        // their country is the one "the official" points back at; undated, they leave "the official" undated.
        // (The head within or after the speaker's words first: "un diplomate chilien", "a U.S. official"; else before them.)
        const introducedUnnamed = claimant && entity?.type !== 'Person' && d.claimantSpan
          ? anonymousHead(ctx, d.claimantSpan.t0, Math.min(s.t1, d.claimantSpan.t1 + 4)) ?? anonymousHead(ctx, Math.max(s.t0, d.claimantSpan.t0 - 4), d.claimantSpan.t0)
          : null;
        const unnamed = !claimant && d.claimantSpan ? anonymousHead(ctx, d.claimantSpan.t0, d.claimantSpan.t1) : null;
        if (!date && !claimant && unnamed?.definite && !perfect) {
          // "the official said", "cette source ajoute": the unnamed speaker introduced before, on the same day.
          const before = datedUnnamed.get(unnamed.head);
          if (before && (!lastDated || lastDated.value === before.value)) date = { value: before.value, precision: before.precision };
        }
        if (!date && claimant && !perfect && !anonymous && !introducedUnnamed) {
          // The latest dated statement of the same speaker, or of the body it speaks for.
          const own = datedBy.get(claimant);
          const aff = doc.entities.get(claimant)?.affiliation;
          const viaAff = aff ? datedBy.get(aff) : undefined;
          const speakers = speakersFor.get(claimant);
          const viaSpeaker = speakers ? [...speakers].map((p) => datedBy.get(p)).filter(Boolean).sort((a, b) => b!.order - a!.order)[0] : undefined;
          const best = [own, viaAff, viaSpeaker].filter(Boolean).sort((a, b) => b!.order - a!.order)[0];
          // Only while the story stays on that day: a statement dated otherwise in between starts another one,
          // unless the sentence says it is the same statement ("Dans son communiqué, le HUR accuse ...").
          const sameStatement = ['dans', 'in'].includes(tokens[s.t0].norm) && ['son', 'sa', 'leur', 'its', 'his', 'her', 'their'].includes(tokens[s.t0 + 1]?.norm ?? '') &&
            (DOCUMENTS.has(tokens[s.t0 + 2]?.norm ?? '') || tokens[s.t0 + 2]?.norm === 'declaration');
          if (best && (!lastDated || lastDated.value === best.value)) date = { value: best.value, precision: best.precision };
          else if (sameStatement && own) date = { value: own.value, precision: own.precision };
        }
        if (!date && entity?.type === 'Person' && entity.role && !perfect && !anonymous) {
          // "GOMA (AP) — Congo's government on Wednesday accused ... / "...," Foreign Minister X told reporters": an official
          // quoted right after the dated lead of a wire story speaks on the day of the news the lead reports.
          const prev = claims[claims.length - 1];
          const prevPara = prev ? paragraphOf.get(prev) : undefined;
          const prevEntity = prev?.claimant ? doc.entities.get(prev.claimant) : undefined;
          // ("L'armée a annoncé mardi ... / « ... », a déclaré son porte-parole": a spokesperson or minister quoted in the very next
          // sentence goes on with the body's statement, anywhere in the story: the spokesperson's continuation carries its date.)
          const next = prev ? sentenceOfClaim(ctx, prev) >= si - 1 && speaksAsOfficial(ctx, d, prev.claimant ?? '') : false;
          if (prev?.claimedOn && prevPara !== undefined && (prevPara === leadParagraph || next) && s.paragraph - prevPara <= 1 && prev.claimant !== claimant &&
            (prevEntity?.type === 'Organization' || prevEntity?.type === 'Country')) {
            date = { value: prev.claimedOn, precision: prev.claimedOnPrecision ?? 'day' };
          }
        }
        if (!date && entity?.type === 'Country' && !perfect && !anonymous) {
          // "Le ministère turc de la Défense a confirmé cet après-midi que ... Il s'agit, selon Ankara, de ...": the state
          // goes on with what its own institution said just before, in the same paragraph.
          const prev = claims[claims.length - 1];
          const prevEntity = prev?.claimant ? doc.entities.get(prev.claimant) : undefined;
          if (prev?.claimedOn && paragraphOf.get(prev) === s.paragraph && prevEntity?.type === 'Organization' && prevEntity.country === claimant) {
            date = { value: prev.claimedOn, precision: prev.claimedOnPrecision ?? 'day' };
          }
        }
        const about = {
          events: events.filter((e) => e.evidence.start < ev.end && ev.start < e.evidence.end).map((e) => e.id),
          entities: [...new Set(ctx.idx.top.slice(d.content.t0, d.content.t1).filter((m): m is MentionRec => !!m).map((m) => m.entityId))],
        };
        // The same claimant saying the same thing twice in one sentence is one claim.
        const dup = claims.slice(-4).find((c) => c.claimant === claimant && c.stance === stance && c.evidence.start < ev.end && ev.start < c.evidence.end);
        if (dup) {
          if (!dup.claimedOn && date) {
            dup.claimedOn = date.value;
            dup.claimedOnPrecision = date.precision;
          }
          continue;
        }
        // The spokesperson's date is the body's too when the body's own statement gave none.
        const main = d.speaksFor ? claimOf.get(d.speaksFor) : undefined;
        if (main && !main.claimedOn && date) {
          main.claimedOn = date.value;
          main.claimedOnPrecision = date.precision;
        }
        claims.push({
          id: `claim:${claims.length + 1}`, claimant, claimantText, ...(claimantEntities.length ? { claimantEntities } : {}),
          stance, cue: d.cueText, hedged: hedges.length > 0, ...(hedges.length ? { hedges } : {}), content, evidence: ev,
          claimedOn: date?.value ?? null, claimedOnPrecision: date?.precision ?? null, about,
        });
        claimOf.set(d, claims[claims.length - 1]);
        paragraphOf.set(claims[claims.length - 1], s.paragraph);
        if (leadParagraph === undefined) leadParagraph = s.paragraph;
        ctx.lastClaimant = claimant;
        if (date) lastDated = { value: date.value };
        if (!claimant && date && unnamed) datedUnnamed.set(unnamed.head, { value: date.value, precision: date.precision, order: claims.length });
        if (introducedUnnamed && !introducedUnnamed.definite) {
          if (date) datedUnnamed.set(introducedUnnamed.head, { value: date.value, precision: date.precision, order: claims.length });
          else datedUnnamed.delete(introducedUnnamed.head);
        }
        if (claimant && date && !anonymous) {
          datedBy.set(claimant, { value: date.value, precision: date.precision, order: claims.length });
          const aff = doc.entities.get(claimant)?.affiliation;
          if (aff) speakersFor.set(aff, (speakersFor.get(aff) ?? new Set()).add(claimant));
        }
        if (entity?.type === 'Person') lastPerson = claimant;
        else if (claimant) lastGroup = claimant;
      }
    }
    return { ...doc, claims: withoutTopicSentences(ctx, withoutAnnouncedRepeats(withoutLeadRestatements(ctx, claims, paragraphOf))) };
  },
};
