import type { ArticleDoc, MentionRec, Sentence } from '../document';
import type { Agreement } from '../types';
import type { Token } from '../text/tokenize';
import { evidence, matchesIn, toTimeValue, type DocIndex } from './context';

/**
 * Agreements: an agreement noun ("accord", "treaty", "ceasefire", "memorandum") told as made, with the parties read
 * from the phrase around it. Part of the events stage (events.ts), kept apart because it reads its own phrases.
 *
 * An agreement noun counts when its sentence has a signing verb ("signé", "concluded", "agreed"), or when the noun
 * itself is dated or named ("the 2014 Enhanced Defense Cooperation Agreement", "le cessez-le-feu du 10 mai", "under a
 * 2024 maritime deal", "en vertu de l'accord ..."). A noun after a negation or a word of talks ("no deal",
 * "négociations sur un cessez-le-feu", "draft agreement") is no agreement made.
 *
 * The parties, first found wins:
 * 1. "entre A et B", "between A and B", "liant A et B", "linking A and B";
 * 2. the subject pair of the verb: "Moscou et Niamey avaient signé ...", "Beijing and Malé signed ...";
 * 3. one side named in "avec X" / "with X" / "à X" ("qui le liait à Paris"), the other the first actor of the
 *    sentence ("la Turquie, qui maintient ... en vertu de l'accord signé avec Tripoli");
 * 4. "par A et B" / "by A and B" after the verb ("paraphé ... par Ilham Aliev et Nikol Pachinian");
 * 5. "les deux pays", "the two countries", "the two sides": the last two states named before.
 * A person signs for their state. Brokers ("sous l'égide de", "brokered by", "négocié par les Etats-Unis") are no
 * party. One agreement per set of parties in an article: the first telling.
 */

const WEAK_NOUNS = new Set(['declaration', 'charte', 'charter', 'arrangement', 'arrangements', 'convention', 'protocole', 'protocol', 'entente']);
const NOT_MADE = new Set([
  'no', 'aucun', 'aucune', 'pas', 'sans', 'without', 'projet', 'draft', 'proposed', 'propose', 'proposal', 'proposition',
  'talks', 'negotiations', 'negociations', 'pourparlers', 'possible', 'potential', 'eventuel', 'eventuelle', 'future', 'new',
]);
const UNDER = new Set(['under', 'vertu', 'cadre']);
const BETWEEN = new Set(['entre', 'between', 'liant', 'linking', 'binding', 'liait', 'lie']);
const WITH = new Set(['avec', 'with']);
const BY = new Set(['par', 'by']);
const AND = new Set(['et', 'and', ',']);
const BROKERS = /^(?:egide|auspices|brokered|broker|negocie|negociee|negocies|mediated|mediation|parraine|parrainee|facilitated|sponsored|hosted)$/;
/** An agreement in force is one made: "took effect", "est entré en vigueur", "renouvelé". */
const IN_FORCE = /^(?:vigueur|effect|force|renouvele|renouvelee|renewed|prolonge|prolongee|extended|respecte|holds|held|tenu|tenait|liant|liait|lie|linking|binding)$/;
const PAIR_WORDS = /^(?:deux|two|both)$/;
const PAIR_NOUNS = /^(?:pays|countries|sides|camps|parties|capitales|capitals|governments|gouvernements|etats|states|nations)$/;
const STATE_PAIRS = /^(?:pays|countries|capitales|capitals|etats|states|nations)$/;
const YEAR = /^(?:19|20)\d\d$/;
/** Organisations that report or host and so sign nothing here. */
const NO_PARTY_KINDS = new Set(['think-tank', 'ngo', 'legislature', 'media', 'company', 'news-agency']);

interface Ctx {
  doc: ArticleDoc;
  idx: DocIndex;
  tokens: Token[];
  /** The country the article is about, other than the one given. */
  mainCountry: (exclude: string | null) => string | null;
}

export function agreementsIn(doc: ArticleDoc, idx: DocIndex, mainCountry: Ctx['mainCountry']): Agreement[] {
  const ctx: Ctx = { doc, idx, tokens: doc.tokens, mainCountry };
  const lex = doc.lexicon;
  const out: Agreement[] = [];
  const seen = new Set<string>();
  doc.sentences.forEach((s, si) => {
    if (doc.paragraphs[s.paragraph]?.kind === 'heading') return;
    const verb = matchesIn(lex.agreementVerbs, ctx.tokens, s.t0, s.t1)[0] ?? -1;
    const nouns = new Set(matchesIn(lex.agreementNouns, ctx.tokens, s.t0, s.t1));
    let found = false;
    const add = (parties: string[], n: number, end: number) => {
      found = true;
      const key = [...parties].sort().join('+');
      if (seen.has(key)) return;
      seen.add(key);
      const times = idx.timesIn(s);
      const when = times.find((t) => t.span.start > ctx.tokens[n].start) ?? times[0];
      out.push({
        id: '', kind: 'agreement', parties, name: doc.text.slice(ctx.tokens[n].start, ctx.tokens[end - 1].end),
        when: when ? toTimeValue(when) : null, evidence: evidence(doc, s.start, s.end, 0.6),
      });
    };
    for (let n = s.t0; n < s.t1 && !found; n++) {
      const weak = WEAK_NOUNS.has(ctx.tokens[n].norm);
      if (!nouns.has(n) && !weak) continue;
      if (ctx.idx.top[n]) continue; // "l'Alliance" standing for NATO, "the Ankara Declaration" as a name is read below
      if (!made(ctx, s, n, verb, weak)) continue;
      const parties = partiesOf(ctx, s, si, n, verb);
      if (parties.length >= 2) add(parties, n, nameEnd(ctx.tokens, n, s.t1));
    }
    // "Seoul and Washington agreed last month to expand their drills": an agreement told by its verb alone.
    if (!found) {
      const pair = agreedPair(ctx, s);
      if (pair) add(pair.parties, pair.verb, pair.verb + 1);
    }
  });
  return out;
}

const AGREE = /^(?:agreed|agree|agrees|convenu|convenus|entendus)$/;
/** Words between a subject pair and "agreed": auxiliaries and reflexives ("ont", "se sont", "have"). */
const AUX = /^(?:have|has|had|ont|avaient|sont|se|s'|etaient|finally|enfin)$/;

/** A pair of parties as the subject of "agreed" / "sont convenus", with the verb's token. */
function agreedPair(ctx: Ctx, s: Sentence): { parties: string[]; verb: number } | null {
  for (let k = s.t0; k < s.t1; k++) {
    if (!AGREE.test(ctx.tokens[k].norm)) continue;
    let j = k;
    while (j > s.t0 && AUX.test(ctx.tokens[j - 1].norm)) j--;
    for (let from = s.t0; from < j; from++) {
      const list = partyList(ctx, from, j);
      if (list.t1 === j && distinct(list.ids).length >= 2) return { parties: distinct(list.ids), verb: k };
    }
  }
  return null;
}

/** Whether the noun at `n` is an agreement told as made (see the module comment). */
function made(ctx: Ctx, s: Sentence, n: number, verb: number, weak: boolean): boolean {
  const { tokens } = ctx;
  for (let k = Math.max(s.t0, n - 3); k < n; k++) if (NOT_MADE.has(tokens[k].norm)) return false;
  if (verb >= 0) return true;
  if (weak) return tokens[n].cap && n > s.t0;
  for (let k = s.t0; k < s.t1; k++) if (BROKERS.test(tokens[k].norm) || IN_FORCE.test(tokens[k].norm)) return true;
  const before = tokens.slice(Math.max(s.t0, n - 6), n);
  if (before.some((t) => YEAR.test(t.norm) || UNDER.has(t.norm))) return true;
  // "the treaty of 1951", "qui le liait à Paris depuis 1976"
  if (tokens.slice(n + 1, Math.min(s.t1, n + 10)).some((t) => YEAR.test(t.norm))) return true;
  if (tokens[n].cap && n > s.t0) return true;
  // "le cessez-le-feu du 10 mai", "the truce of 2019": a date right after the noun.
  return ctx.idx.timesIn(s).some((t) => t.span.start > tokens[n].end && t.span.start - tokens[n].end <= 4);
}

/** Where the agreement's name ends: "accord de coopération militaire", "pacte de défense mutuelle". */
function nameEnd(tokens: Token[], n: number, limit: number): number {
  let end = n + 1;
  while (end + 1 < limit && ['de', "d'", 'of', 'on', 'sur'].includes(tokens[end].norm) && tokens[end + 1].kind === 'word' && end < n + 5) end += 2;
  while (end < limit && tokens[end].kind === 'word' && /^(?:mutuel|mutuelle|strategique|militaire|bilateral|bilaterale|global)$/.test(tokens[end].norm)) end++;
  return end;
}

/** The state or actor a mention signs for, or null (places, the press, think tanks). */
function partyOf(ctx: Ctx, m: MentionRec): string | null {
  const e = ctx.doc.entities.get(m.entityId);
  if (!e || e.newsAgency) return null;
  if (e.type === 'Country') return e.id;
  if (e.type === 'Person') return ctx.idx.countryOf(e.id) ?? e.id;
  if (e.type === 'Organization') return NO_PARTY_KINDS.has(e.kind ?? '') ? null : e.id;
  if (e.type === 'MilitaryUnit') return ctx.idx.countryOf(e.id) ?? e.id;
  // "qui le liait à Paris": a capital read as the city after "à" still signs for its state.
  if (e.type === 'Location') {
    const alias = ctx.doc.lexicon.gazetteer.matchAll(ctx.tokens, m.t0).find((a) => a.payload.form === 'capital' && a.tokens.length === m.t1 - m.t0);
    return alias?.payload.entityId ?? null;
  }
  return null;
}

/** The mention starting at token `k`, if it is a party. */
function partyAt(ctx: Ctx, k: number): { id: string; t1: number } | null {
  const m = ctx.idx.top[k];
  if (!m || m.t0 !== k || m.nested) return null;
  const id = partyOf(ctx, m);
  return id ? { id, t1: m.t1 } : null;
}

/** The next party mention from `k` within a few tokens (articles, titles), with the token after it. */
function nextParty(ctx: Ctx, k: number, limit: number, reach = 4): { id: string; t1: number } | null {
  for (let j = k; j < Math.min(limit, k + reach); j++) {
    const p = partyAt(ctx, j);
    if (p) return p;
    const m = ctx.idx.top[j];
    if (m && m.t0 === j) return null; // a place or an outlet first: not a party phrase
  }
  return null;
}

/** "A et B", "A, B and C" from token `k`: the parties and where the list ends. */
function partyList(ctx: Ctx, k: number, limit: number): { ids: string[]; t1: number } {
  const ids: string[] = [];
  let at = k;
  for (;;) {
    const p = nextParty(ctx, at, limit);
    if (!p) break;
    ids.push(p.id);
    at = p.t1;
    if (at < limit && AND.has(ctx.tokens[at].norm)) at++;
    else break;
  }
  return { ids, t1: at };
}

/** Tokens of broker phrases in the sentence ("sous l'égide de l'Arabie saoudite et des Etats-Unis"). */
function brokerTokens(ctx: Ctx, s: Sentence): Set<number> {
  const out = new Set<number>();
  for (let k = s.t0; k < s.t1; k++) {
    if (!BROKERS.test(ctx.tokens[k].norm)) continue;
    const list = partyList(ctx, k + 1, s.t1);
    for (let j = k; j < Math.max(list.t1, k + 1); j++) out.add(j);
    // "brokered by Oman", "négocié par les Etats-Unis et la France"
    if (!list.ids.length && k + 1 < s.t1 && BY.has(ctx.tokens[k + 1].norm)) {
      const by = partyList(ctx, k + 2, s.t1);
      for (let j = k; j < by.t1; j++) out.add(j);
    }
    // "sous l'égide de X": the preposition after the noun
    if (!list.ids.length && k + 1 < s.t1 && ['de', "d'", 'of', 'du', 'des'].includes(ctx.tokens[k + 1].norm)) {
      const of = partyList(ctx, k + 2, s.t1);
      for (let j = k; j < of.t1; j++) out.add(j);
    }
  }
  return out;
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}

function partiesOf(ctx: Ctx, s: Sentence, si: number, n: number, verb: number): string[] {
  const { tokens } = ctx;
  const brokers = brokerTokens(ctx, s);
  const free = (ids: { ids: string[]; t1: number }, from: number) => (brokers.has(from) ? [] : ids.ids);
  // 1. "entre A et B"
  for (let k = s.t0; k < s.t1; k++) {
    if (!BETWEEN.has(tokens[k].norm)) continue;
    const list = distinct(free(partyList(ctx, k + 1, s.t1), k));
    if (list.length >= 2) return list;
  }
  // 2. the subject pair: parties joined by "et"/"and" before the verb, or before the noun
  const head = verb >= 0 && verb < n ? verb : n;
  for (let k = s.t0; k < head; k++) {
    if (brokers.has(k)) continue;
    const list = partyList(ctx, k, head);
    const ids = distinct(list.ids);
    if (ids.length >= 2) return ids;
    if (list.ids.length) k = list.t1 - 1;
  }
  // 3. "avec X" / "with X" / "à X": X and the sentence's first actor
  for (let k = s.t0; k < s.t1; k++) {
    const w = tokens[k].norm;
    const withWord = WITH.has(w) || ((w === 'a' || w === 'to') && /^(?:liait|lie|liant|lies|linked|binding|ties)$/.test(tokens[k - 1]?.norm ?? ''));
    if (!withWord || brokers.has(k)) continue;
    const other = partyList(ctx, k + 1, s.t1).ids;
    if (!other.length) continue;
    // "a treaty signed with Moscow last June", told of the article's own state
    const first = firstActor(ctx, clauseStart(ctx, s, n), k, brokers, new Set(other)) ?? (other.length === 1 ? ctx.mainCountry(other[0]) : null);
    if (first) return distinct([first, ...other]);
  }
  // 4. "par A et B" after the verb
  if (verb >= 0) {
    for (let k = verb + 1; k < s.t1; k++) {
      if (!BY.has(tokens[k].norm) || brokers.has(k)) continue;
      const ids = distinct(partyList(ctx, k + 1, s.t1).ids);
      if (ids.length >= 2) return ids;
    }
  }
  // 5. "les deux pays": the last two states named before
  for (let k = s.t0; k + 1 < s.t1; k++) {
    if (PAIR_WORDS.test(tokens[k].norm) && PAIR_NOUNS.test(tokens[k + 1].norm)) return lastPair(ctx, si, k, STATE_PAIRS.test(tokens[k + 1].norm));
  }
  // 6. "US forces have had access to Philippine bases under the 2014 ... Agreement": acting under it, the two parties of its clause.
  if (UNDER.has(tokens[n - 1]?.norm ?? '') || UNDER.has(tokens[n - 2]?.norm ?? '') || UNDER.has(tokens[n - 3]?.norm ?? '')) {
    const ids: string[] = [];
    for (let k = clauseStart(ctx, s, n); k < s.t1; k++) {
      const m = brokers.has(k) ? null : ctx.idx.top[k];
      const id = m && m.t0 === k ? partyOf(ctx, m) : null;
      if (id && !ids.includes(id)) ids.push(id);
    }
    if (ids.length === 2) return ids;
  }
  return [];
}

/** Where the clause of token `n` starts: after the last "while", "tandis que", "but", ";" before it. */
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'tandis', 'but', 'mais', ';', 'alors']);
function clauseStart(ctx: Ctx, s: Sentence, n: number): number {
  for (let k = n - 1; k > s.t0; k--) if (CLAUSE_BREAKS.has(ctx.tokens[k].norm)) return k + 1;
  return s.t0;
}

/** The first party named from `from` to `to`, other than `not` and brokers. */
function firstActor(ctx: Ctx, from: number, to: number, brokers: Set<number>, not: Set<string>): string | null {
  for (let k = from; k < to; k++) {
    if (brokers.has(k)) continue;
    const p = partyAt(ctx, k);
    if (p && !not.has(p.id)) return p.id;
  }
  return null;
}

/**
 * The last two distinct parties named before token `k` (this sentence and the four before it): states for "les deux
 * pays", any party for "the two sides", "les deux camps".
 */
function lastPair(ctx: Ctx, si: number, k: number, statesOnly: boolean): string[] {
  const from = ctx.doc.sentences[Math.max(0, si - 4)].t0;
  const out: string[] = [];
  for (let j = k - 1; j >= from && out.length < 2; j--) {
    const m = ctx.idx.top[j];
    if (!m || m.t0 !== j || m.nested) continue;
    const id = partyOf(ctx, m);
    if (!id || (statesOnly && ctx.doc.entities.get(id)?.type !== 'Country')) continue;
    if (!out.includes(id)) out.push(id);
  }
  return out.length === 2 ? out.reverse() : [];
}
