import type { ArticleDoc, MentionRec, Sentence, TimeRec } from '../document';
import type { TimeValue } from '../types';
import { firstTokenFrom, type Token } from '../text/tokenize';
import type { PhraseMatcher } from '../text/phrase-matcher';

/** Lookups the event and claim stages share, built once per document. */
export interface DocIndex {
  /** Token index -> the outermost mention covering it, or null. */
  top: Array<MentionRec | null>;
  /** Entity id -> the country it stands for (itself for a country). */
  countryOf(id: string | null | undefined): string | null;
  timesIn(s: Sentence): TimeRec[];
  sentenceOf(token: number): number;
  /** The first token starting at or after a body offset, or -1. */
  tokenFrom(offset: number): number;
}

/** The index last built for a document's mentions, with what else it was built from. */
const built = new WeakMap<readonly MentionRec[], { doc: ArticleDoc; index: DocIndex }>();

/**
 * The index of `doc`, built once for the stages that read the same tokens, sentences, mentions, entities and times
 * (events, then claims): a stage that changes any of them gets a new one.
 */
export function indexOf(doc: ArticleDoc): DocIndex {
  const hit = built.get(doc.mentions);
  if (hit && hit.doc.tokens === doc.tokens && hit.doc.sentences === doc.sentences && hit.doc.entities === doc.entities && hit.doc.times === doc.times) return hit.index;
  const index = buildIndex(doc);
  built.set(doc.mentions, { doc, index });
  return index;
}

export function buildIndex(doc: ArticleDoc): DocIndex {
  const top: Array<MentionRec | null> = new Array(doc.tokens.length).fill(null);
  for (const m of doc.mentions) {
    if (m.nested) continue;
    for (let k = m.t0; k < m.t1 && k < top.length; k++) {
      const cur = top[k];
      if (!cur || cur.t1 - cur.t0 < m.t1 - m.t0) top[k] = m;
    }
  }
  const sentenceAt = new Int32Array(doc.tokens.length).fill(-1);
  doc.sentences.forEach((s, i) => {
    for (let k = s.t0; k < s.t1; k++) sentenceAt[k] = i;
  });
  // Asked many times per sentence for the same few ids; the document does not change while the index is in use.
  const countries = new Map<string, string | null>();
  const countryOf = (id: string | null | undefined): string | null => {
    if (!id) return null;
    let country = countries.get(id);
    if (country === undefined) countries.set(id, (country = countryOfEntity(id)));
    return country;
  };
  const countryOfEntity = (id: string): string | null => {
    const e = doc.entities.get(id) ?? doc.lexicon.entities.get(id);
    if (!e) return null;
    if (e.type === 'Country') return e.id;
    if (e.country) return e.country;
    const aff = (e as { affiliation?: string | null }).affiliation;
    if (aff && aff !== id) {
      const a = doc.entities.get(aff) ?? doc.lexicon.entities.get(aff);
      if (a) return a.type === 'Country' ? a.id : a.country ?? null;
    }
    return null;
  };
  // Times grouped by sentence once, so lookups stay linear on long bodies.
  const bySentence = new Map<number, TimeRec[]>();
  let si = 0;
  for (const t of doc.times) {
    while (si < doc.sentences.length && doc.sentences[si].end < t.span.end) si++;
    if (si >= doc.sentences.length) break;
    const sen = doc.sentences[si];
    if (t.span.start >= sen.start) {
      const list = bySentence.get(si) ?? [];
      list.push(t);
      bySentence.set(si, list);
    }
  }
  const sentenceIndex = new Map<Sentence, number>(doc.sentences.map((s, i) => [s, i]));
  return {
    top,
    countryOf,
    timesIn: (s) => bySentence.get(sentenceIndex.get(s) ?? -1) ?? [],
    sentenceOf: (token) => sentenceAt[token] ?? -1,
    tokenFrom: (offset) => firstTokenFrom(doc.tokens, offset),
  };
}

/** Evidence for a span of the body: the exact text and a confidence. */
export function evidence(doc: ArticleDoc, start: number, end: number, confidence: number) {
  const s = Math.max(0, Math.min(start, doc.body.length));
  const e = Math.max(s, Math.min(end, doc.body.length));
  return { start: s, end: e, text: doc.body.slice(s, e), confidence };
}

/** A time of the document as an event's or claim's time value. */
export function toTimeValue(t: TimeRec): TimeValue {
  return { value: t.value, precision: t.precision, end: t.end ?? null, endPrecision: t.endPrecision ?? null, text: t.text, span: t.span };
}

/**
 * Whether a word list matches at each token, per document (its token array) and list: 1 or 0, -1 not asked yet.
 * The windows around candidate nouns overlap, so each token is matched once per list rather than once per window.
 */
const MATCHED = new WeakMap<Token[], Map<PhraseMatcher<true>, Int8Array>>();

export function matchesIn(m: PhraseMatcher<true>, tokens: Token[], from: number, to: number): number[] {
  let byList = MATCHED.get(tokens);
  if (!byList) MATCHED.set(tokens, (byList = new Map()));
  let matched = byList.get(m);
  if (!matched) byList.set(m, (matched = new Int8Array(tokens.length).fill(-1)));
  const out: number[] = [];
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    if (matched[k] < 0) matched[k] = m.match(tokens, k) ? 1 : 0;
    if (matched[k] === 1) out.push(k);
  }
  return out;
}
