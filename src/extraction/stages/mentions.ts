import type { Stage, ArticleDoc, MentionRec, EntityRec } from '../document';
import type { Token } from '../text/tokenize';
import type { AliasPayload, LexEntity, Lexicon } from '../lexicon/lexicon';
import type { PhraseEntry } from '../text/phrase-matcher';
import { foldName, foldText, slugify } from '../text/fold';
import {
  FUNCTION_WORDS, MONTHS_AND_DAYS, FRENCH_CALENDAR, ENGLISH_CALENDAR, NAME_PARTICLES, HONORIFICS, ORG_HEADS, UNIT_HEADS, POSSESSIVE_ANAPHORS, DETERMINERS, FRENCH_DEFINITE_ARTICLES, ARTICLES, DIVISION_NOUNS, MODIFIER_PREPOSITIONS,
} from './words';

/**
 * Mentions: gazetteer names, generic institutions ("Iran's foreign ministry"),
 * patterns for places, units and organisations the lexicon does not know, people
 * introduced by a title or a reporting verb, and titles or anaphors standing for
 * someone already named ("le président sud-coréen", "the agency").
 */

const isUpperTok = (t: Token) => t.upper || (t.kind === 'word' && t.cap && t.norm.replace(/[^a-z]/g, '').length <= 1);

function acceptAlias(tokens: Token[]) {
  return (e: PhraseEntry<AliasPayload>, i: number): boolean => {
    const rule = e.payload.caseRule;
    if (rule === 'any') return true;
    if (rule === 'cap') return tokens[i].cap || tokens[i].kind !== 'word';
    if (rule === 'title') return tokens.slice(i, i + e.tokens.length).every((t) => t.cap || t.kind !== 'word');
    for (let k = 0; k < e.tokens.length; k++) {
      const t = tokens[i + k];
      if (t.kind === 'word' && !isUpperTok(t)) return false;
    }
    return true;
  };
}

interface Ctx {
  doc: ArticleDoc;
  lex: Lexicon;
  tokens: Token[];
  /** Token index -> mention index covering it (non-nested), or -1. */
  cover: Int32Array;
  mentions: MentionRec[];
  entities: Map<string, EntityRec>;
  /** Learned during the article: surnames and acronyms of entities found by patterns. */
  learned: Map<string, string>;
  /** Tokens of Title Case lines (headlines), where capitals do not mark names. */
  titleCase: Uint8Array;
  /** Tokens of rubric lines ("Monde | Afrique", "Asia Pacific"): section labels, where a region names nothing. */
  rubric: Uint8Array;
}

function span(ctx: Ctx, t0: number, t1: number) {
  return { start: ctx.tokens[t0].start, end: ctx.tokens[t1 - 1].end };
}

function addMention(ctx: Ctx, m: Omit<MentionRec, 'start' | 'end'>): MentionRec {
  const rec = m as MentionRec;
  rec.start = ctx.tokens[m.t0].start;
  rec.end = ctx.tokens[m.t1 - 1].end;
  ctx.mentions.push(rec);
  const idx = ctx.mentions.length - 1;
  for (let k = m.t0; k < m.t1; k++) {
    const prev = ctx.cover[k];
    if (prev >= 0 && prev !== idx) ctx.mentions[prev].nested = true;
    ctx.cover[k] = idx;
  }
  return rec;
}

function ensureEntity(ctx: Ctx, lexEntity: LexEntity | undefined, fallback?: Partial<EntityRec> & { id: string; name: string }): EntityRec {
  const id = lexEntity?.id ?? fallback!.id;
  let e = ctx.entities.get(id);
  if (!e) {
    e = lexEntity
      ? { id, name: lexEntity.name, type: lexEntity.type, country: lexEntity.country ?? null, kind: lexEntity.kind, newsAgency: lexEntity.newsAgency, role: lexEntity.description ?? null, confidence: 0.95 }
      : { type: 'Organization', confidence: 0.7, ...fallback! } as EntityRec;
    ctx.entities.set(id, e);
  }
  return e;
}

/** Takes a mention back (a guess a better reading overrides), and its entity when nothing else names it. */
function removeMention(ctx: Ctx, rec: MentionRec): void {
  const idx = ctx.mentions.indexOf(rec);
  if (idx < 0) return;
  ctx.mentions.splice(idx, 1);
  for (let k = 0; k < ctx.cover.length; k++) if (ctx.cover[k] >= idx) ctx.cover[k] = ctx.cover[k] === idx ? -1 : ctx.cover[k] - 1;
  if (!ctx.mentions.some((m) => m.entityId === rec.entityId)) ctx.entities.delete(rec.entityId);
}

function mentionAt(ctx: Ctx, t: number): MentionRec | null {
  const idx = ctx.cover[t];
  return idx >= 0 ? ctx.mentions[idx] : null;
}

function countryOf(ctx: Ctx, m: MentionRec | null): string | null {
  if (!m) return null;
  const e = ctx.entities.get(m.entityId);
  if (!e) return null;
  if (e.type === 'Country') return e.id;
  return null;
}

// 1. Gazetteer ------------------------------------------------------------------

/**
 * A town of the GeoNames list is taken only on its own: "Vladimir Padrino", "Roman Pilipey", "the Asan
 * Institute" are names that start with a town's, and "obusiers Koksan" is a weapon.
 */
function townFits(ctx: Ctx, t0: number, t1: number): boolean {
  const { tokens, lex } = ctx;
  const nameWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.norm) && !MONTHS_AND_DAYS.has(t.norm);
  if (nameWord(tokens[t1]) && !lex.gazetteer.match(tokens, t1)) return false;
  const before = tokens[t0 - 1];
  if (nameWord(before) && !ctx.titleCase[t0 - 1] && !lex.gazetteer.match(tokens, t0 - 1) && !/[\n]/.test(ctx.doc.text.slice(before.end, tokens[t0].start))) {
    // A sentence's first word is capitalised anyway: only a name-like word before counts.
    const first = t0 - 1 === 0 || ['.', '!', '?', '"', ':', '\n'].includes(tokens[t0 - 2]?.norm ?? '');
    if (!first) return false;
  }
  for (let k = Math.max(0, t0 - 4); k <= t0; k++) {
    const w = lex.weapons.match(tokens, k);
    if (w && k + w.tokens.length >= t0) return false;
  }
  return true;
}

/** A hyphenated name joined by a French place particle before its last part ("marche-en-famenne", "aix-les-bains"; folded). */
const COMPOUND_PLACE = /^[a-z]{3,}-(?:en|sur|sous|les|le|la|de|du|des|aux|au|a|et)-[a-z]{3,}$/;

function gazetteerPass(ctx: Ctx): void {
  const { tokens, lex } = ctx;
  const accept = acceptAlias(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number' && !/^\d/.test(t.norm)) continue;
    const hit = lex.gazetteer.match(tokens, i, accept);
    if (!hit) {
      // "Liberian-flagged", "Washington-based", "Iranian-backed", "Russie-Ukraine": the name before the hyphen.
      // "Al-Qaeda-linked": the longest head that is a name, from the last hyphen back.
      let dash = t.kind === 'word' ? t.norm.lastIndexOf('-') : -1;
      let single: PhraseEntry<AliasPayload> | undefined;
      while (dash > 2 && !single) {
        const heads = lex.gazetteer.startingWith(t.norm.slice(0, dash));
        // "Asia-Pacific", "Indo-Pacific" are names of their own: a region before a capitalised part is not taken.
        const properRest = heads.length > 0 && /\p{Lu}/u.test(ctx.doc.text.charAt(t.start + dash + 1));
        single = heads.find((e) => e.tokens.length === 1 && (e.payload.caseRule !== 'cap' || t.cap) && e.payload.caseRule !== 'upper' &&
          !(properRest && lex.entities.get(e.payload.entityId)?.type === 'Location'));
        if (!single) dash = t.norm.lastIndexOf('-', dash - 1);
      }
      // "Marche-en-Famenne", "Boulogne-sur-Mer": a compound place name, not the town or region it starts with (a state stays: "Bosnie-et-Herzégovine").
      const head = single ? lex.entities.get(single.payload.entityId) : undefined;
      if (t.cap && COMPOUND_PLACE.test(t.norm) && (!head || head.type === 'Location') && /\p{Lu}/u.test(ctx.doc.text.charAt(t.start + t.norm.lastIndexOf('-') + 1))) {
        const name = ctx.doc.text.slice(t.start, t.end);
        const place = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.6 });
        addMention(ctx, { t0: i, t1: i + 1, entityId: place.id, form: 'pattern' });
        continue;
      }
      if (single && dash > 2) {
        const ent = lex.entities.get(single.payload.entityId);
        if (ent) {
          ensureEntity(ctx, ent);
          const rec = addMention(ctx, { t0: i, t1: i + 1, entityId: ent.id, form: single.payload.form });
          rec.end = rec.start + dash;
          if (single.payload.form === 'capital' && single.payload.locationId) (rec as MentionRec & { locationId?: string }).locationId = single.payload.locationId;
        }
      }
      continue;
    }
    const lexEntity = lex.entities.get(hit.payload.entityId);
    if (!lexEntity) continue;
    if (hit.payload.town && !townFits(ctx, i, i + hit.tokens.length)) continue;
    // A town alone on its line is a button or a label ("Save", "Share"), not a place.
    if (hit.payload.town && opensLine(ctx, i) && (i + hit.tokens.length >= tokens.length || opensLine(ctx, i + hit.tokens.length))) continue;
    if (ctx.rubric[i] && lexEntity.kind === 'region') { i += hit.tokens.length - 1; continue; }
    // "un diplomate européen" is no EU: an organisation's adjective names it only after its nouns ("mission européenne").
    if (hit.payload.after && !hit.payload.after.includes(tokens[i - 1]?.norm ?? '')) { i += hit.tokens.length - 1; continue; }
    // A hyphenated token that only partly matches ("Washington-based") is still the name.
    ensureEntity(ctx, lexEntity);
    addMention(ctx, { t0: i, t1: i + hit.tokens.length, entityId: lexEntity.id, form: hit.payload.form });
    // Names inside a longer name ("U.N." in "group of U.N. experts", "américain" in a command's name) are listed too.
    const outer = ctx.mentions[ctx.mentions.length - 1];
    const outerEnd = i + hit.tokens.length;
    const acceptInner = outerEnd - i > 1 ? (e: PhraseEntry<AliasPayload>, at: number) => accept(e, at) && at + e.tokens.length <= outerEnd : null;
    for (let k = i + 1; acceptInner && k < outerEnd; k++) {
      const inner = lex.gazetteer.match(tokens, k, acceptInner);
      const innerEntity = inner ? lex.entities.get(inner.payload.entityId) : undefined;
      if (!inner || !innerEntity || innerEntity.id === lexEntity.id) continue;
      // States and organisations named inside a name count; a town inside its region's name does not,
      // nor an adjective inside a place's ("océan Indien" names no India).
      if (innerEntity.type !== 'Country' && innerEntity.type !== 'Organization') continue;
      // An outlet's name inside another name is a word of it ("Liberation" in "People's Liberation Army").
      if (innerEntity.kind === 'media') continue;
      if (inner.payload.form === 'demonym' && lexEntity.type === 'Location') continue;
      // "Korean Central News Agency" names no "Central News Agency": an organisation ending another's name is part of it.
      if (innerEntity.type === 'Organization' && lexEntity.type === 'Organization' && k + inner.tokens.length === outerEnd) continue;
      ensureEntity(ctx, innerEntity);
      const rec: MentionRec = { ...span(ctx, k, k + inner.tokens.length), t0: k, t1: k + inner.tokens.length, entityId: innerEntity.id, form: inner.payload.form, nested: true };
      ctx.mentions.push(rec);
      k += inner.tokens.length - 1;
    }
    void outer;
    if (hit.payload.form === 'capital' && hit.payload.locationId) {
      const m = ctx.mentions[ctx.mentions.length - 1];
      (m as MentionRec & { locationId?: string }).locationId = hit.payload.locationId;
    }
    i += hit.tokens.length - 1;
  }
}

/** Compass points that name a part of an ocean or sea ("the South Atlantic", "l'Atlantique Sud"), by English and French spelling. */
const COMPASS_EN = new Map<string, string>(Object.entries({ north: 'North', south: 'South', east: 'East', west: 'West', northern: 'Northern', southern: 'Southern', eastern: 'Eastern', western: 'Western' }));
const COMPASS_FR = new Map<string, string>(Object.entries({ nord: 'North', sud: 'South', est: 'East', ouest: 'West' }));

/** A sea or an ocean of the lexicon, by its English name: "Atlantic Ocean", "Black Sea", "Mediterranean Sea". */
const isWaterBody = (e: EntityRec | undefined): boolean => !!e && e.type === 'Location' && /\s(?:Ocean|Sea)$/.test(e.name);

/**
 * "the South Atlantic", "North Pacific", "l'Atlantique Sud": a capitalised compass point with a sea's
 * name is a region of its own, named in English ("South Atlantic"), not a person "South" beside the ocean.
 * A lowercase adjective ("the western Black Sea") stays the sea, and a longer name ("North Atlantic
 * Treaty", "traité de l'Atlantique Nord") is no region.
 */
function compassSeaPass(ctx: Ctx): void {
  const { tokens } = ctx;
  for (const m of [...ctx.mentions]) {
    const sea = ctx.entities.get(m.entityId);
    if (m.nested || !isWaterBody(sea)) continue;
    const before = tokens[m.t0 - 1];
    const after = tokens[m.t1];
    const en = before?.cap && !mentionAt(ctx, m.t0 - 1) ? COMPASS_EN.get(before.norm) : undefined;
    const fr = !en && after?.cap && !mentionAt(ctx, m.t1) ? COMPASS_FR.get(after.norm) : undefined;
    const t0 = en ? m.t0 - 1 : m.t0;
    const t1 = fr ? m.t1 + 1 : m.t1;
    const next = tokens[t1];
    if (!(en || fr) || (next?.kind === 'word' && next.cap) || tokens.slice(Math.max(0, t0 - 3), t0).some((t) => t.norm === 'traite')) continue;
    // The ocean's short English name: "Atlantic" for the Atlantic Ocean, "Black Sea" for the Black Sea.
    const short = sea!.name.replace(/\s(?:Ocean|Sea)$/, '');
    const name = `${en ?? fr} ${ctx.lex.entities.get(sea!.id)?.aliases.includes(short) ? short : sea!.name}`;
    const known = ctx.lex.entities.get(`location:${slugify(name)}`);
    removeMention(ctx, m);
    const e = ensureEntity(ctx, known, { id: `location:${slugify(name)}`, name, type: 'Location', kind: 'region', country: null, confidence: 0.8 });
    addMention(ctx, { t0, t1, entityId: e.id, form: 'pattern' });
  }
}

// 2. Institutions ----------------------------------------------------------------

function findInstitutionCountry(ctx: Ctx, t0: number, t1: number): { country: string; from: number; to: number } | null {
  const { tokens } = ctx;
  // "Iran's foreign ministry", "Sudan's army-aligned government"
  for (let gap = 0; gap <= 2; gap++) {
    const p = t0 - 1 - gap;
    if (p < 1 || tokens[p].norm !== "'s") continue;
    let plain = true;
    for (let k = p + 1; k < t0; k++) if (tokens[k].cap || tokens[k].kind !== 'word') plain = false;
    if (!plain) break;
    const m = mentionAt(ctx, p - 1);
    const c = countryOf(ctx, m);
    if (m && c) return { country: c, from: m.t0, to: t1 };
    // "the country's armed forces", "the nation's army": the state the sentence, else the article, is about.
    // Not before a title ("the country's military spokesman, Lt Gen X"): the person is meant there.
    if (!m && ['country', 'nation'].includes(tokens[p - 1].norm) && tokens[p - 2]?.norm === 'the' && !(t1 < tokens.length && ctx.lex.roles.match(tokens, t1))) {
      const country = sentenceCountry(ctx, p - 2) ?? dominantCountry(ctx);
      if (country) return { country, from: p - 2, to: t1 };
    }
    break;
  }
  // "Russian defence ministry", "South Korean intelligence"
  if (t0 >= 1) {
    const m = mentionAt(ctx, t0 - 1);
    const c = countryOf(ctx, m);
    if (m && c && (m.form === 'demonym' || m.form === 'acronym' || m.form === 'name') && m.t1 === t0) return { country: c, from: m.t0, to: t1 };
  }
  // "services de renseignement sud-coréens", "ministère de la Défense russe"
  if (t1 < tokens.length) {
    const m = mentionAt(ctx, t1);
    const c = countryOf(ctx, m);
    if (m && c && m.form === 'demonym') return { country: c, from: t0, to: m.t1 };
    // "la junte au pouvoir à Bamako", "the government in Kinshasa"
    let q = t1;
    if (tokens[q]?.norm === 'au' && tokens[q + 1]?.norm === 'pouvoir') q += 2;
    if ((tokens[q]?.norm === 'a' || tokens[q]?.norm === 'in') && q + 1 < tokens.length) {
      const m3 = mentionAt(ctx, q + 1);
      if (m3 && m3.form === 'capital' && m3.t0 === q + 1) return { country: countryOf(ctx, m3)!, from: t0, to: m3.t1 };
    }
    // "of Ukraine", "de l'Ukraine", "du Mali"
    const prep = tokens[t1].norm;
    // "l'ambassade des États-Unis à Bogota", "les forces armées des Philippines": "des" before a plural name.
    if (prep === 'of' || prep === 'de' || prep === "d'" || prep === 'du' || prep === 'des') {
      let k = t1 + 1;
      if (k < tokens.length && (tokens[k].norm === 'la' || tokens[k].norm === "l'" || tokens[k].norm === 'the')) k++;
      const m2 = k < tokens.length ? mentionAt(ctx, k) : null;
      const c2 = countryOf(ctx, m2);
      if (m2 && c2 && m2.form !== 'demonym' && m2.t0 === k) return { country: c2, from: t0, to: m2.t1 };
      // "la junte du général Assimi Goïta": a regime named after its leader, a known person of that state.
      const title = ctx.lex.roles.match(tokens, k);
      const kp = title ? k + title.tokens.length : k;
      const leader = kp < tokens.length ? mentionAt(ctx, kp) : null;
      const leaderEntity = leader && leader.t0 === kp ? ctx.entities.get(leader.entityId) : undefined;
      if (leader && leaderEntity?.type === 'Person' && leaderEntity.country && ['junte', 'junta', 'regime', 'gouvernement', 'government', 'pouvoir'].includes(tokens[t1 - 1].norm)) {
        return { country: leaderEntity.country, from: t0, to: leader.t1 };
      }
    }
  }
  return null;
}

/** How reports name a country's institution in English: "Nigerien Armed Forces", "Niger's army", "the Syrian military". */
export function institutionAliases(demonyms: readonly string[], country: string, kind: string, kindName: string): string[] {
  const heads = kind === 'armed-forces' ? [kindName, 'Army', 'Military', 'National Army', 'Defence Forces', 'Defense Forces'] : kind === 'government' ? ['Government', 'government', 'authorities'] : [kindName];
  const out: string[] = [];
  for (const head of heads) {
    for (const d of demonyms.slice(0, 2)) out.push(`${d} ${head}`);
    out.push(`${country} ${head}`, `${country}'s ${head.toLowerCase()}`);
  }
  return out;
}

function resolveInstitution(ctx: Ctx, kind: string, kindName: string, country: string): EntityRec {
  const { lex } = ctx;
  const candidates = lex.institutionsByCountry.get(country) ?? [];
  const order = kind === 'intelligence' ? ['intelligence', 'military-intelligence', 'security-service'] : kind === 'armed-forces' ? ['armed-forces', 'armed-faction'] : [kind];
  for (const k of order) {
    const hit = candidates.find((e) => e.kind === k);
    if (hit) return ensureEntity(ctx, hit);
  }
  const code = country.split(':')[1];
  const countryName = lex.entities.get(country)?.name ?? code;
  // "le gouvernement malien", "Sudan's army-aligned government": named like "Government of Mali".
  const name = kind === 'government' ? `Government of ${/^(?:United|Democratic|Czech|Central|Republic|Philippines|Netherlands)/.test(countryName) ? 'the ' : ''}${countryName}` : `${kindName} (${countryName})`;
  return ensureEntity(ctx, undefined, {
    id: `org:${code.toLowerCase()}-${kind}`, name, type: 'Organization', country, kind, confidence: 0.8,
  });
}

const CITY_PREPOSITIONS = new Set(['a', 'dans', 'pres', 'in', 'at', 'near', 'outside']);

/** The one country named earlier in the sentence of token i, if exactly one. */
function sentenceCountry(ctx: Ctx, i: number): string | null {
  const sentence = ctx.doc.sentences.find((x) => x.t0 <= i && i < x.t1);
  if (!sentence) return null;
  const found = new Set<string>();
  for (let k = sentence.t0; k < i; k++) {
    const m = mentionAt(ctx, k);
    const c = countryOf(ctx, m);
    // "l'accord de paix signé à Pretoria ... entre le gouvernement fédéral et": a capital after "à"/"in" is a city here;
    // one that opens the sentence sets the scene ("A New Delhi, le ministère ..." is India's).
    if (m?.form === 'capital' && k - 1 > sentence.t0 && CITY_PREPOSITIONS.has(ctx.tokens[k - 1]?.norm ?? '')) continue;
    if (c && m && m.t0 === k) found.add(c);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The country the article is about: named most, and at least a third of the time. */
function dominantCountry(ctx: Ctx): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of ctx.mentions) {
    const c = countryOf(ctx, m);
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best && n >= 3 && n / total >= 0.34 ? best : null;
}

/** Words after "army"/"military" that end the name ("to the Lebanese army last month"), unlike a noun ("military personnel"). */
const ARMY_FOLLOWERS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'will', 'would', 'says', 'said', 'spokesman', 'spokesperson', 'spokeswoman',
  'last', 'this', 'next', 'in', 'on', 'at', 'and', 'for', 'with', 'since', 'after', 'before', 'during', 'from', 'earlier', 'which', 'that', 'who', 'but', 'could', 'can', 'may', 'must']);

const PAST_VERBS = new Set(['sent', 'began', 'took', 'kept', 'led', 'held', 'fought', 'struck', 'built', 'shot', 'hit', 'set', 'brought', 'sought', 'made', 'lost', 'won']);

function institutionPass(ctx: Ctx): void {
  const { tokens, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const covering = mentionAt(ctx, i);
    if (covering && covering.form !== 'demonym' && covering.form !== 'name') continue;
    if (covering && covering.form === 'name' && ctx.entities.get(covering.entityId)?.type !== 'Country') continue;
    let best: { t1: number; kind: string; name: string; gapTo?: number } | null = null;
    for (const e of lex.institutions.startingAt(tokens[i])) {
      // Contiguous match, or one with a demonym after the first word ("ministère russe de la Défense").
      const n = e.tokens.length;
      let ok = i + n <= tokens.length && e.tokens.every((w, k) => tokens[i + k].norm === w);
      let t1 = i + n;
      if (!ok && n > 1 && i + 1 < tokens.length) {
        const dem = mentionAt(ctx, i + 1);
        if (dem && dem.form === 'demonym' && dem.t0 === i + 1) {
          const rest = dem.t1;
          ok = rest + n - 1 <= tokens.length && e.tokens.slice(1).every((w, k) => tokens[rest + k].norm === w);
          t1 = rest + n - 1;
        }
      }
      if (ok && (!best || t1 > best.t1)) best = { t1, kind: e.payload.kind, name: e.payload.name };
    }
    if (!best) continue;
    // "Moscou a retiré ses gardes-frontières d'Arménie": an owner before the noun owns it; the country after is where it was.
    if (['ses', 'leurs', 'its', 'their'].includes(tokens[i - 1]?.norm ?? '') && best.kind === 'border-guard') continue;
    // "Russian military personnel", "l'armée de terre": "military" as an adjective names no institution.
    if (best.kind === 'armed-forces' && ['military', 'army'].includes(tokens[i].norm) && ctx.doc.language === 'en') {
      const next = tokens[best.t1];
      // "The Ugandan army chief, Gen X": the army owns the title that follows it.
      // "The Brazilian army sent 28 vehicles", "the Thai military deployed": a verb in the past follows the noun.
      const pastVerb = next?.kind === 'word' && !next.cap && (/[a-z]{2}ed$/.test(next.norm) || PAST_VERBS.has(next.norm));
      const verbish = !next || next.kind === 'punct' || ctx.lex.cues.match(tokens, best.t1) || ctx.lex.roles.match(tokens, best.t1) || ARMY_FOLLOWERS.has(next.norm) || pastVerb;
      if (!verbish) continue;
    }
    // The institution must not swallow a name ("intelligence" inside a listed organisation).
    let inner: string | null = null;
    for (let k = i; k < best.t1; k++) {
      const m = mentionAt(ctx, k);
      if (m && m.form === 'demonym') inner = countryOf(ctx, m);
      else if (m && k > i) { inner = null; break; }
    }
    let ref = inner ? { country: inner, from: i, to: best.t1 } : findInstitutionCountry(ctx, i, best.t1);
    // "Au Mali, l'armée affirme ...", "Le ministère de la Sécurité a rejeté": the country of the sentence, else of the article.
    if (!ref && i > 0 && ["l'", 'le', 'la', 'the'].includes(tokens[i - 1].norm) && best.kind !== 'intelligence' && best.kind !== 'military-intelligence' &&
      !['de', 'of', 'du', 'des', 'par', 'by', 'avec', 'with', 'a', 'to', 'contre', 'against'].includes(tokens[i - 2]?.norm ?? '')) {
      const country = sentenceCountry(ctx, i) ?? dominantCountry(ctx);
      if (country) ref = { country, from: i, to: best.t1 };
    }
    // "Iran will send a corvette, its embassy in Pretoria confirmed": "its" is the state named last, the town where the embassy sits.
    const sits = best.kind === 'embassy' || best.kind === 'consulate';
    if (sits && !inner && (!ref || ref.from === i) && POSSESSIVES.has(tokens[i - 1]?.norm ?? '') && ['a', 'in', 'au', 'en', 'aux'].includes(tokens[best.t1]?.norm ?? '')) {
      const owner = possessiveCountry(ctx, i - 1);
      if (owner) ref = { country: owner, from: i - 1, to: best.t1 };
    }
    if (!ref) continue;
    let to = ref.to;
    if (inner) {
      const after = findInstitutionCountry(ctx, i, best.t1);
      if (after && after.country === inner) to = Math.max(to, after.to);
    }
    // "l'ambassade américaine à Maputo", "L'ambassade de Russie au Tchad", "the US Consulate in Erbil": named with where it sits.
    if ((best.kind === 'embassy' || best.kind === 'consulate') && ['a', 'in', 'au', 'en', 'aux'].includes(tokens[to]?.norm ?? '')) {
      const city = mentionAt(ctx, to + 1);
      if (city && city.t0 === to + 1 && ctx.entities.get(city.entityId)?.type !== 'Person') to = city.t1;
    }
    const entity = resolveInstitution(ctx, best.kind, best.name, ref.country);
    // "the Royal Jordanian Air Force": a monarchy's services carry "Royal" in their name.
    const royal = ref.from > 0 && tokens[ref.from - 1].norm === 'royal' && tokens[ref.from - 1].cap && !mentionAt(ctx, ref.from - 1);
    addMention(ctx, { t0: royal ? ref.from - 1 : ref.from, t1: to, entityId: entity.id, form: 'institution' });
    i = to - 1;
  }
}

const POSSESSIVES = new Set(['its', 'their', 'sa', 'son', 'leur']);

/**
 * The state a possessive at t stands for: "…, its embassy in Pretoria confirmed" the one named last in the sentence (a
 * state's institution names its state), "China has been courting India's neighbours. Its embassy …" the first of the
 * sentence before, its subject.
 */
function possessiveCountry(ctx: Ctx, t: number): string | null {
  const { tokens, doc } = ctx;
  const stateOf = (k: number): string | null => {
    const m = mentionAt(ctx, k);
    const e = m ? ctx.entities.get(m.entityId) : undefined;
    return e?.type === 'Country' ? e.id : e?.type === 'Organization' && m?.form === 'institution' ? e.country ?? null : null;
  };
  const ends = (k: number) => ['.', '!', '?'].includes(tokens[k].norm) || doc.text.slice(tokens[k].end, tokens[k + 1].start).includes('\n');
  if (t > 0 && !ends(t - 1)) {
    for (let k = t - 1; k >= 0 && !ends(k); k--) { const c = stateOf(k); if (c) return c; }
    return null;
  }
  let from = t - 2;
  while (from >= 0 && !ends(from)) from--;
  for (let k = from + 1; k < t - 1; k++) { const c = stateOf(k); if (c) return c; }
  return null;
}

const GENERIC_PANEL = 'org:un-panel-of-experts';

/**
 * UN experts: "UN experts", "United Nations experts", "les experts des Nations unies", "les experts onusiens"
 * name the UN panel of experts; the panel on the state of the sentence (else of the article) when the
 * lexicon has one ("Panel of Experts on Sudan"), else the generic panel.
 */
function expertsPass(ctx: Ctx): void {
  const { tokens, lex } = ctx;
  const isUn = (m: MentionRec | null) => !!m && m.entityId === 'org:un';
  for (let i = 0; i < tokens.length; i++) {
    const m = mentionAt(ctx, i);
    if (m && m.entityId === GENERIC_PANEL && m.t0 === i) {
      const panel = panelFor(ctx, i);
      if (panel) m.entityId = ensureEntity(ctx, panel).id;
      i = m.t1 - 1;
      continue;
    }
    if (tokens[i].norm !== 'experts' || m) continue;
    let t0 = i;
    let t1 = i + 1;
    const before = i > 0 ? mentionAt(ctx, i - 1) : null;
    const next = mentionAt(ctx, i + 1);
    if (isUn(before) && before!.t1 === i && before!.form !== 'demonym') t0 = before!.t0;
    else if (isUn(next) && next!.t0 === i + 1 && next!.form === 'demonym') t1 = next!.t1;
    else {
      let k = i + 1;
      if (tokens[k]?.norm === 'des' || tokens[k]?.norm === 'de') k++;
      if (tokens[k]?.norm === "l'") k++;
      const un = k > i + 1 ? mentionAt(ctx, k) : null;
      if (!isUn(un) || un!.t0 !== k) continue;
      t1 = un!.t1;
    }
    const panel = panelFor(ctx, i) ?? lex.entities.get(GENERIC_PANEL);
    if (!panel) continue;
    ensureEntity(ctx, panel);
    addMention(ctx, { t0, t1, entityId: panel.id, form: 'pattern' });
    i = t1 - 1;
  }
}

/** The panel on the one state of the sentence that has a panel, else on the article's state. */
function panelFor(ctx: Ctx, i: number) {
  const sentence = ctx.doc.sentences.find((x) => x.t0 <= i && i < x.t1);
  // A bare "Congo" is read as the DRC only later (resolve); the Republic of the Congo has no panel.
  const key = (c: string | null) => (c === 'country:CG' ? 'country:CD' : c);
  const found = new Set<string>();
  for (let k = sentence?.t0 ?? i; k < (sentence?.t1 ?? i); k++) {
    const c = key(countryOf(ctx, mentionAt(ctx, k)));
    if (c && ctx.lex.panelsBySubject.has(c)) found.add(c);
  }
  if (found.size === 1) return ctx.lex.panelsBySubject.get([...found][0]) ?? null;
  // Else the state with a panel the article names most (twice at least).
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    const c = key(countryOf(ctx, m));
    if (c && ctx.lex.panelsBySubject.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [c, n] of counts) if (n >= 2 && (!best || n > counts.get(best)!)) best = c;
  return best ? ctx.lex.panelsBySubject.get(best) ?? null : null;
}

// 3. Patterns --------------------------------------------------------------------

const ARABIC_JOINED = /^(?:al|el|ad|as|ash|at|az|an|ar)-\p{Lu}/u;
const AL_JOINED = /^(?:al|el)-\p{Lu}/u;

/**
 * "al-Asad", "ash-Shifa": a word that is an Arabic article joined to a capitalised name (`ARABIC_JOINED`, or `AL_JOINED`
 * with `alOrEl`). Tried on most words: the hyphen comes third or fourth, which the folded word tells without copying the text.
 */
function arabicJoined(ctx: Ctx, t: Token, alOrEl = false): boolean {
  const dash = t.norm.indexOf('-');
  if (dash !== 2 && dash !== 3) return false;
  return (alOrEl ? AL_JOINED : ARABIC_JOINED).test(ctx.doc.text.slice(t.start, t.end));
}

/** A month or a day in the article's language ("Pal Mai Deng" in English, "le 3 mai" in French). */
function calendarWord(ctx: Ctx, t: Token): boolean {
  return (ctx.doc.language === 'fr' ? FRENCH_CALENDAR : ENGLISH_CALENDAR).has(t.norm);
}

function capRun(ctx: Ctx, i: number, max = 4, limit = ctx.tokens.length): number {
  // End (exclusive) of a run of capitalised words starting at i (before `limit`), allowing name particles inside.
  const { tokens } = ctx;
  let j = i;
  let caps = 0;
  while (j < limit && j - i < max + 2) {
    const t = tokens[j];
    // A name ends with its line ("Irina Ciobanu" / "Écouter").
    if (j > i && ctx.doc.text.slice(tokens[j - 1].end, t.start).includes('\n')) break;
    if (t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.norm) && !calendarWord(ctx, t)) {
      caps++;
      j++;
      continue;
    }
    // "Kars de Bruijne", "Jan van der Berg": one or two particles before a capitalised family name.
    const next = tokens[j + 1];
    const twoParticles = !!next && next.kind === 'word' && !next.cap && NAME_PARTICLES.has(next.norm) && !!tokens[j + 2]?.cap && next.start - t.end <= 1;
    if (caps > 0 && t.kind === 'word' && NAME_PARTICLES.has(t.norm) && next && (next.cap || twoParticles) && next.start - t.end <= 1) {
      if (twoParticles) j++;
      j++;
      continue;
    }
    // "Basim al-Awadi": a family name opened by a joined Arabic article.
    if (caps > 0 && t.kind === 'word' && arabicJoined(ctx, t)) {
      caps++;
      j++;
      continue;
    }
    break;
  }
  while (j > i && !tokens[j - 1].cap && !arabicJoined(ctx, tokens[j - 1])) j--;
  return caps > max ? i : j;
}

/**
 * The division a mention names: itself when it is one, else (`ofTown`, after "province") the division of its town's
 * name in the same country ("la province d'Esmeraldas", where "Esmeraldas" was read as the town).
 */
function divisionOf(ctx: Ctx, m: MentionRec, ofTown: boolean): EntityRec | undefined {
  const e = ctx.entities.get(m.entityId);
  if (!e || e.type !== 'Location') return undefined;
  if (e.kind === 'division') return e;
  if (!ofTown) return undefined;
  const code = e.country?.startsWith('country:') ? e.country.slice('country:'.length).toLowerCase() : null;
  const lexDivision = code ? ctx.lex.entities.get(`location:${slugify(e.name)}-${code}`) : undefined;
  return lexDivision?.kind === 'division' ? ensureEntity(ctx, lexDivision) : undefined;
}

/** Heads before "de X" that name a division: the province, governorate or wilaya may be named after its town. */
const DIVISION_HEADS = new Set(['region', 'oblast', 'province', 'gouvernorat', 'governorate', 'wilaya']);

function regionPass(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i].norm;
    // "la région de Brest", "l'oblast de Zaporijia", "le gouvernorat de Deir ez-Zor", "la wilaya de Tamanrasset"
    if (DIVISION_HEADS.has(w) && (tokens[i + 1].norm === 'de' || tokens[i + 1].norm === "d'")) {
      const c = mentionAt(ctx, i);
      if (c && ctx.entities.get(c.entityId)?.type === 'Location') continue;
      const end = capRun(ctx, i + 2, 3);
      if (end <= i + 2) continue;
      const existing = mentionAt(ctx, i + 2);
      if (existing && existing.t1 > end) continue;
      // "la province d'Oddar Meanchey": a known division is itself, named with its head.
      const division = existing && existing.t0 === i + 2 && existing.t1 === end ? divisionOf(ctx, existing, w !== 'region' && w !== 'oblast') : undefined;
      if (existing && division) {
        removeMention(ctx, existing);
        ctx.entities.set(division.id, division);
        addMention(ctx, { t0: i, t1: end, entityId: division.id, form: existing.form });
        i = end - 1;
        continue;
      }
      const name = ctx.doc.text.slice(tokens[i + 2].start, tokens[end - 1].end);
      const country = existing ? ctx.entities.get(existing.entityId)?.country ?? null : null;
      const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}-region`, name: `${name} region`, type: 'Location', country, confidence: 0.8 });
      addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
      i = end - 1;
      continue;
    }
    // "le județ de Tulcea", "the governorate of Daraa", "le district de Cox's Bazar": a division's noun before a town's
    // name names the division of that name, when the country has one.
    if (DIVISION_NOUNS.has(w) && ['de', "d'", 'of'].includes(tokens[i + 1].norm)) {
      const k = ARTICLES.has(tokens[i + 2].norm) ? i + 3 : i + 2;
      const existing = mentionAt(ctx, k);
      const division = existing && existing.t0 === k ? divisionOf(ctx, existing, true) : undefined;
      if (existing && division && division.id !== existing.entityId) {
        removeMention(ctx, existing);
        ctx.entities.set(division.id, division);
        addMention(ctx, { t0: i, t1: existing.t1, entityId: division.id, form: existing.form });
        i = existing.t1 - 1;
        continue;
      }
    }
    // "le point de passage de Rafah", "the Rafah crossing"
    if (w === 'passage' && i > 1 && tokens[i - 1].norm === 'de' && tokens[i - 2].norm === 'point' && (tokens[i + 1].norm === 'de' || tokens[i + 1].norm === "d'")) {
      const place = mentionAt(ctx, i + 2);
      const end = place && place.t0 === i + 2 ? place.t1 : capRun(ctx, i + 2, 3);
      if (end > i + 2) {
        const name = ctx.doc.text.slice(tokens[i + 2].start, tokens[end - 1].end);
        const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}-crossing`, name: `${name} crossing`, type: 'Location', country: place ? ctx.entities.get(place.entityId)?.country ?? null : null, confidence: 0.75 });
        addMention(ctx, { t0: i - 2, t1: end, entityId: e.id, form: 'pattern' });
        i = end - 1;
        continue;
      }
    }
    // "la base aérienne de Bobo-Dioulasso"
    if (w === 'base' && ['aerienne', 'navale', 'militaire'].includes(tokens[i + 1].norm) && ['de', "d'"].includes(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.cap) {
      const end = capRun(ctx, i + 3, 3);
      if (end > i + 3) {
        const name = ctx.doc.text.slice(tokens[i + 3].start, tokens[end - 1].end);
        const kind = tokens[i + 1].norm === 'navale' ? 'naval base' : tokens[i + 1].norm === 'aerienne' ? 'air base' : 'military base';
        const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}-${slugify(kind)}`, name: `${name} ${kind}`, type: 'Location', confidence: 0.75 });
        addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
        i = end - 1;
        continue;
      }
    }
    // "la région de la Boucle du Mouhoun"
    if (w === 'region' && tokens[i + 1].norm === 'de' && tokens[i + 2].norm === 'la' && tokens[i + 3]?.cap && !mentionAt(ctx, i + 3)) {
      let end = capRun(ctx, i + 3, 3);
      while (end + 1 < tokens.length && ['du', 'de', 'des'].includes(tokens[end].norm) && tokens[end + 1].cap && !mentionAt(ctx, end + 1)) end = capRun(ctx, end + 1, 2);
      if (end > i + 3) {
        const name = ctx.doc.text.slice(tokens[i + 3].start, tokens[end - 1].end);
        const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.75 });
        addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
        i = end - 1;
        continue;
      }
    }
    // "Zaporizhzhia region", "Kherson Oblast"
    const n = tokens[i + 1]?.norm;
    if (tokens[i].cap && (n === 'region' || n === 'oblast' || n === 'province')) {
      const existing = mentionAt(ctx, i);
      if (existing && existing.t1 > i + 1) continue;
      if (existing && ['Country', 'Location'].includes(ctx.entities.get(existing.entityId)?.type ?? '')) continue;
      let s = i;
      while (s > 0 && tokens[s - 1].cap && !FUNCTION_WORDS.has(tokens[s - 1].norm) && !mentionAt(ctx, s - 1) && i - s < 2) s--;
      if (FUNCTION_WORDS.has(tokens[s].norm) || MONTHS_AND_DAYS.has(tokens[s].norm)) continue;
      const name = ctx.doc.text.slice(tokens[s].start, tokens[i].end);
      const country = existing ? ctx.entities.get(existing.entityId)?.country ?? null : null;
      const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}-region`, name: `${name} region`, type: 'Location', country, confidence: 0.8 });
      addMention(ctx, { t0: s, t1: i + 2, entityId: e.id, form: 'pattern' });
      // "the restive Central Papua province": reports name a province without its head too.
      if (!existing) ctx.mentions.push({ ...span(ctx, s, i + 1), t0: s, t1: i + 1, entityId: e.id, form: 'pattern', nested: true });
      i++;
      continue;
    }
    if (tokens[i].cap && n && DIVISION_TAILS[n] && (!tokens[i + 1].cap || (n !== 'port' && !ctx.titleCase[i]))) divisionTail(ctx, i, DIVISION_TAILS[n]);
  }
}

/** Lowercase kinds after a place's name that belong to its name ("Kyauktaw township", "Ashdod port"), with the English name's kind. */
const DIVISION_TAILS: Record<string, string> = { governorate: 'Governorate', county: 'County', township: 'Township', port: 'Port' };

/**
 * "the Bogale township", "Ashdod port": a town already found keeps its entity, the phrase a mention of it too (reports
 * name it both ways); an unknown name is the place of that kind ("Kyauktaw Township"), its bare name a nested mention.
 */
function divisionTail(ctx: Ctx, i: number, kind: string): void {
  const { tokens } = ctx;
  const existing = mentionAt(ctx, i);
  const e = existing ? ctx.entities.get(existing.entityId) : undefined;
  if (existing) {
    if (existing.t1 !== i + 1 || e?.type !== 'Location' || e.kind === 'region') return;
    ctx.mentions.push({ ...span(ctx, existing.t0, i + 2), t0: existing.t0, t1: i + 2, entityId: existing.entityId, form: existing.form, nested: true });
    return;
  }
  let s = i;
  while (s > 0 && tokens[s - 1].cap && !FUNCTION_WORDS.has(tokens[s - 1].norm) && !mentionAt(ctx, s - 1) && i - s < 2) s--;
  if (FUNCTION_WORDS.has(tokens[s].norm) || MONTHS_AND_DAYS.has(tokens[s].norm) || ORG_HEADS.has(tokens[i].norm)) return;
  const name = ctx.doc.text.slice(tokens[s].start, tokens[i].end);
  const place = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}-${kind.toLowerCase()}`, name: `${name} ${kind}`, type: 'Location', confidence: 0.7 });
  addMention(ctx, { t0: s, t1: i + 2, entityId: place.id, form: 'pattern' });
  ctx.mentions.push({ ...span(ctx, s, i + 1), t0: s, t1: i + 1, entityId: place.id, form: 'pattern', nested: true });
}

const ORDINAL = /^(?:th|st|nd|rd|e|eme|er|re)$/;

/** A capitalised run of free words from token k, at most `max` long: the end, or k when there is none. */
function freeCapRun(ctx: Ctx, k: number, max: number): number {
  const { tokens } = ctx;
  let end = k;
  while (end < tokens.length && end - k < max && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt(ctx, end) &&
    !FUNCTION_WORDS.has(tokens[end].norm) && !MONTHS_AND_DAYS.has(tokens[end].norm)) end++;
  return end;
}

/** A named military exercise written as a title: "Exercise Keris Woomera", "Exercise Talisman Sabre". */
function exerciseAt(ctx: Ctx, i: number): { t1: number; name: string } | null {
  const { tokens, doc } = ctx;
  if (ctx.titleCase[i] || mentionAt(ctx, i)) return null;
  const t = tokens[i];
  // Only the capitalised English form: "the Northern Forest exercise", "l'exercice Varuna" are as often left unnamed.
  if (t.norm === 'exercise' && t.cap) {
    const end = freeCapRun(ctx, i + 1, 3);
    if (end === i + 1) return null;
    const bare = doc.text.slice(tokens[i + 1].start, tokens[end - 1].end);
    return { t1: end, name: `Exercise ${bare}` };
  }
  return null;
}

const AIR_UNIT_HEADS = new Set(['flight', 'squadron', 'wing']);

/** Commands over a territory: "Military Region", "la région militaire", "le district militaire". */
const AREA_HEADS_EN = new Map<string, string>(Object.entries({ district: 'District', region: 'Region', zone: 'Zone', area: 'Area' }));
const AREA_HEADS_FR = new Map<string, string>(Object.entries({ district: 'District', region: 'Region', zone: 'Zone' }));
const AREA_COMPASS_EN = new Map<string, string>([...COMPASS_EN, ['central', 'Central']]);
const AREA_COMPASS_FR = new Map<string, string>(Object.entries({ central: 'Central', centre: 'Central', nord: 'Northern', sud: 'Southern', est: 'Eastern', ouest: 'Western' }));

/** English ordinal of a number: 1st, 2nd, 3rd, 11th. */
const englishOrdinal = (n: string): string => `${n}${/1\d$/.test(n) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<string, string>)[n.slice(-1)] ?? 'th'}`;

/** "No. 5", "n°5", "5" after a head at k: [end, number] or [k, null]. */
function areaNumber(ctx: Ctx, k: number): [number, string | null] {
  const { tokens } = ctx;
  if (['no', 'n'].includes(tokens[k]?.norm ?? '') && ['.', '°'].includes(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'number') return [k + 3, tokens[k + 2].norm];
  if (tokens[k]?.kind === 'number' && /^\d{1,2}$/.test(tokens[k].norm) && tokens[k].start === tokens[k - 1].end + 1) return [k + 1, tokens[k].norm];
  return [k, null];
}

/**
 * A territorial command at i: "the 3rd Military Region", "Eastern Military District", "Military Zone No. 5",
 * "la 6e région militaire", "la zone militaire n°5", "le district militaire central". A unit, named in English.
 */
function militaryAreaAt(ctx: Ctx, i: number): { t1: number; name: string } | null {
  const { tokens } = ctx;
  let k = i;
  let ordinal: string | null = null;
  if (tokens[k].kind === 'number' && /^\d{1,2}$/.test(tokens[k].norm) && ORDINAL.test(tokens[k + 1]?.norm ?? '') && tokens[k + 1].start === tokens[k].end) {
    ordinal = englishOrdinal(tokens[k].norm);
    k += 2;
  }
  if (ctx.doc.language === 'fr') {
    const head = AREA_HEADS_FR.get(tokens[k]?.norm ?? '');
    if (!head || tokens[k + 1]?.norm !== 'militaire') return null;
    const [end, no] = areaNumber(ctx, k + 2);
    // "est" is as often the verb ("la région militaire est calme"): only capitalised ("district militaire Est").
    const compass = no || ordinal || (tokens[end]?.norm === 'est' && !tokens[end].cap) ? undefined : AREA_COMPASS_FR.get(tokens[end]?.norm ?? '');
    if (!ordinal && !no && !compass) return null;
    return { t1: compass ? end + 1 : end, name: [ordinal, compass, 'Military', head].filter(Boolean).join(' ') + (no ? ` No. ${no}` : '') };
  }
  let compass = tokens[k]?.cap ? AREA_COMPASS_EN.get(tokens[k].norm) : undefined;
  if (compass) k++;
  // "the Leningrad Military District": named after a place.
  const place = !ordinal && !compass ? mentionAt(ctx, i) : null;
  if (place && place.t0 === i && (ctx.entities.get(place.entityId)?.type === 'Location' || place.form === 'capital')) {
    let q = i + 1;
    while (q < i + 4 && tokens[q]?.cap && tokens[q].norm !== 'military') q++;
    if (tokens[q]?.norm === 'military') {
      compass = ctx.doc.text.slice(tokens[i].start, tokens[q - 1].end);
      k = q;
    }
  }
  const head = tokens[k + 1]?.cap ? AREA_HEADS_EN.get(tokens[k + 1].norm) : undefined;
  if (tokens[k]?.norm !== 'military' || !tokens[k].cap || !head || ctx.titleCase[k]) return null;
  const [end, no] = areaNumber(ctx, k + 2);
  if (!ordinal && !no && !compass) return null;
  return { t1: end, name: [ordinal, compass, 'Military', head].filter(Boolean).join(' ') + (no ? ` No. ${no}` : '') };
}

function unitPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "Task Force Sabre"
    if (tokens[i].norm === 'task' && tokens[i + 1].norm === 'force' && tokens[i + 2].cap && !mentionAt(ctx, i + 2)) {
      const end = capRun(ctx, i + 2, 2);
      if (end > i + 2) {
        const name = doc.text.slice(tokens[i].start, tokens[end - 1].end);
        const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(name)}`, name: name.replace(/^task force/i, 'Task Force'), type: 'MilitaryUnit', confidence: 0.75 });
        addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
        i = end - 1;
        continue;
      }
    }
    // "l'opération Sabre", "Operation Spiderweb": a named military operation.
    if (tokens[i].norm === 'operation' && !mentionAt(ctx, i) && tokens[i + 1].cap && tokens[i + 1].kind === 'word' && !mentionAt(ctx, i + 1) &&
      !FUNCTION_WORDS.has(tokens[i + 1].norm) && !MONTHS_AND_DAYS.has(tokens[i + 1].norm) && !ctx.titleCase[i]) {
      const end = capRun(ctx, i + 1, 3);
      let free = end > i + 1;
      for (let k = i + 1; k < end; k++) if (mentionAt(ctx, k)) free = false;
      if (free) {
        const bare = doc.text.slice(tokens[i + 1].start, tokens[end - 1].end);
        // "les forces spéciales françaises, ... de l'opération Sabre": the operation of the one state named before it.
        const e = ensureEntity(ctx, undefined, { id: `org:operation-${slugify(bare)}`, name: `Operation ${bare}`, type: 'Organization', kind: 'operation', country: sentenceCountry(ctx, i), confidence: 0.7 });
        addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
        i = end - 1;
        continue;
      }
    }
    const exercise = exerciseAt(ctx, i);
    if (exercise) {
      const e = ensureEntity(ctx, undefined, { id: `org:exercise-${slugify(exercise.name.replace(/^Exercise /, ''))}`, name: exercise.name, type: 'Organization', kind: 'exercise', confidence: 0.7 });
      addMention(ctx, { t0: i, t1: exercise.t1, entityId: e.id, form: 'pattern' });
      i = exercise.t1 - 1;
      continue;
    }
    // "1435 Flight", "No. 6 Squadron": air units numbered without an ordinal, their kind capitalised.
    if (tokens[i].kind === 'number' && /^\d{1,4}$/.test(tokens[i].norm) && tokens[i + 1].cap && AIR_UNIT_HEADS.has(tokens[i + 1].norm) && !ctx.titleCase[i] && !mentionAt(ctx, i + 1)) {
      const t0 = tokens[i - 1]?.norm === '.' && tokens[i - 2]?.norm === 'no' && tokens[i - 2].cap ? i - 2 : i;
      const name = doc.text.slice(tokens[t0].start, tokens[i + 1].end);
      const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(name)}`, name, type: 'MilitaryUnit', country: numberedUnitCountry(ctx, t0, i + 2), confidence: 0.7 });
      addMention(ctx, { t0, t1: i + 2, entityId: e.id, form: 'pattern' });
      i++;
      continue;
    }
    const area = militaryAreaAt(ctx, i);
    if (area) {
      for (const m of ctx.mentions.filter((x) => x.t0 < area.t1 && x.t1 > i)) removeMention(ctx, m);
      const country = numberedUnitCountry(ctx, i, area.t1);
      const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(area.name)}${country ? `-${country.split(':')[1].toLowerCase()}` : ''}`, name: area.name, type: 'MilitaryUnit', country, confidence: 0.75 });
      addMention(ctx, { t0: i, t1: area.t1, entityId: e.id, form: 'pattern' });
      i = area.t1 - 1;
      continue;
    }
    let end = numberedUnitEnd(ctx, i);
    if (end < 0) continue;
    // "3e Bataillon du Royal 22e Régiment", "1st Battalion, Royal Welsh 2nd Regiment": a unit of a unit is one name.
    let k = end;
    if (['du', 'of', ','].includes(tokens[k]?.norm ?? '')) {
      k++;
      if (tokens[k]?.norm === 'the') k++;
      while (k < end + 4 && tokens[k]?.cap && tokens[k].kind === 'word' && !mentionAt(ctx, k)) k++;
      const outer = numberedUnitEnd(ctx, k);
      if (outer > 0) end = outer;
    } else if (tokens[end - 1].norm === 'battalion') {
      // "the 1st Battalion Royal Gurkha Rifles": the regiment named right after its battalion, no "of".
      let r = end;
      while (r < end + 4 && tokens[r]?.cap && tokens[r].kind === 'word' && !FUNCTION_WORDS.has(tokens[r].norm)) r++;
      if (r > end && REGIMENT_TAILS.has(tokens[r - 1].norm)) {
        for (const m of ctx.mentions.filter((x) => x.t0 >= end && x.t1 <= r)) removeMention(ctx, m);
        end = r;
      }
    }
    // "la 201e base militaire russe" is named in English, like any base: "201st Military Base".
    const frenchBase = tokens[i + 2].norm === 'base' && tokens[i + 3]?.norm === 'militaire' && end === i + 4;
    const name = frenchBase ? `${englishOrdinal(tokens[i].norm)} Military Base` : doc.text.slice(tokens[i].start, tokens[end - 1].end);
    const country = numberedUnitCountry(ctx, i, end);
    // A base the facility patterns found inside a numbered base ("Guards Military Base") is the unit; its town stays a town.
    for (const m of ctx.mentions.filter((x) => x.t0 >= i && x.t1 <= end && ctx.entities.get(x.entityId)?.type === 'Location' && x.form === 'pattern')) removeMention(ctx, m);
    const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(name)}`, name, type: 'MilitaryUnit', country, confidence: 0.75 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** Last words of a British-style regiment's name: "Royal Gurkha Rifles", "Coldstream Guards", "Royal Anglian Regiment". */
const REGIMENT_TAILS = new Set(['regiment', 'rifles', 'guards', 'fusiliers', 'hussars', 'lancers', 'dragoons', 'highlanders', 'rangers', 'commando']);

/** Adjectives that belong to a French unit's name: "11e Division aéroportée", "2e régiment étranger de parachutistes". */
const UNIT_ADJECTIVES = new Set(['aeroportee', 'aeroporte', 'blindee', 'blinde', 'parachutiste', 'parachutistes', 'mecanisee', 'mecanise', 'motorisee', 'motorise',
  'aeromobile', 'alpine', 'alpin', 'legere', 'leger', 'etranger', 'etrangere', 'amphibie', 'aerienne', 'navale', 'territoriale']);

/**
 * End of a numbered unit starting at i ("82nd Airborne Division", "la 3e brigade d'assaut", "4th Guards Military Base",
 * "la 102e base militaire de Gyumri"), or -1.
 */
function numberedUnitEnd(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  if (i + 2 >= tokens.length || tokens[i].kind !== 'number' || !/^\d{1,3}$/.test(tokens[i].norm)) return -1;
  const suffix = tokens[i + 1];
  if (suffix.start !== tokens[i].end || !ORDINAL.test(suffix.norm)) return -1;
  let j = i + 2;
  let head = -1;
  while (j < tokens.length && j < i + 7) {
    if (UNIT_HEADS.has(tokens[j].norm)) { head = j; break; }
    // A numbered base is a unit of its army: "102nd Military Base", "la 102e base militaire".
    if (tokens[j].norm === 'military' && tokens[j + 1]?.norm === 'base') { head = j + 1; break; }
    if (tokens[j].norm === 'base' && tokens[j + 1]?.norm === 'militaire') { head = j + 1; break; }
    // A nickname in quotes may sit between the number and the kind: "the 80th “Edom” Division".
    if (tokens[j].kind !== 'word' && !(tokens[j].norm === '"' && j > i + 2 && tokens[j - 2].norm === '"') && !(tokens[j].norm === '"' && tokens[j + 1]?.cap)) break;
    j++;
  }
  if (head < 0) return -1;
  const isBase = tokens[head].norm === 'base' || tokens[head].norm === 'militaire';
  if (mentionAt(ctx, head)) {
    // A base the facility patterns read as a place ("Guards Military Base", "base militaire de Gyumri") is the numbered unit.
    const m = mentionAt(ctx, head)!;
    if (!isBase || m.t0 < i + 2 || ctx.entities.get(m.entityId)?.type !== 'Location') return -1;
    removeMention(ctx, m);
  }
  let end = head + 1;
  while (end < tokens.length && UNIT_ADJECTIVES.has(tokens[end].norm) && !tokens[end].cap) end++;
  // French complements: "brigade d'infanterie de marine", "armée blindée de la Garde", "base militaire de Gyumri"
  while (end + 1 < tokens.length && (tokens[end].norm === "d'" || tokens[end].norm === 'de') && tokens[end + 1].kind === 'word' && end < head + 6) {
    const m = mentionAt(ctx, end + 1);
    if (m && !(isBase && townMention(ctx, m))) break;
    end += 2;
    if (m) break;
  }
  return end;
}

/**
 * Whose a numbered unit [t0, t1) is: the state or demonym before it ("the US 82nd Airborne Division", "Russia's 76th
 * Guards Air Assault Division"), inside or after it ("la 11e brigade parachutiste française", "la 155e brigade
 * ukrainienne"); the lexicon knows the best-known formations of their own.
 */
function numberedUnitCountry(ctx: Ctx, t0: number, t1: number): string | null {
  const { tokens } = ctx;
  const before = ctx.tokens[t0 - 1]?.norm === "'s" ? mentionAt(ctx, t0 - 2) : mentionAt(ctx, t0 - 1);
  const own = countryOf(ctx, before);
  if (own) return own;
  // One lowercase word may sit between the unit and its demonym ("brigade parachutiste française").
  for (let k = t0; k < Math.min(tokens.length, t1 + 2); k++) {
    const m = mentionAt(ctx, k);
    const c = countryOf(ctx, m);
    if (c && (k < t1 || m!.form === 'demonym')) return c;
    if (k >= t1 && (tokens[k].kind !== 'word' || tokens[k].cap)) break;
  }
  // Not the state named earlier in the sentence: "In Poland, the 3rd Infantry Division" is American.
  return null;
}

/** "l'Institut ... (IISS)": the capitalised phrase before an acronym in brackets is an organisation. */
function acronymPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i - 1].norm !== '(' || tokens[i + 1].norm !== ')' || !tokens[i].upper) continue;
    const acro = tokens[i].norm;
    if (acro.length < 2 || acro.length > 7) continue;
    // "Terminal High Altitude Area Defense (THAAD)" is a weapon system, not an organisation.
    if (ctx.lex.weapons.match(tokens, i)) continue;
    const known = mentionAt(ctx, i);
    const before = mentionAt(ctx, i - 2);
    if (known && before && before.entityId === known.entityId) continue;
    if (known && ctx.entities.get(known.entityId)?.type !== 'Country') {
      // "Service national de renseignement sud-coréen (NIS)": extend nothing, the names agree.
      continue;
    }
    // (A place closing the name is no expansion: "... sur le Moyen-Orient et l'Afrique du Nord (EISMENA)".)
    if (before && before.form !== 'demonym' && !['Country', 'Location'].includes(ctx.entities.get(before.entityId)?.type ?? '')) {
      // Expansion already known: learn the acronym for it.
      ctx.learned.set(acro, before.entityId);
      if (!known) addMention(ctx, { t0: i, t1: i + 1, entityId: before.entityId, form: 'acronym' });
      continue;
    }
    // Walk back to the first capitalised word after a determiner or preposition.
    let start = -1;
    for (let k = i - 2; k >= Math.max(0, i - 10); k--) {
      const t = tokens[k];
      // "South Sudan People's Defence Forces (SSPDF)": a possessive inside a run of capitals is part of the name.
      if (t.norm === "'s" && k > 0 && tokens[k - 1].cap && tokens[k + 1]?.cap) continue;
      if (t.kind === 'punct' || t.norm === "'s") break;
      const m = mentionAt(ctx, k);
      if (m && m.form !== 'demonym' && ctx.entities.get(m.entityId)?.type !== 'Country') break;
      if (t.cap && !FUNCTION_WORDS.has(t.norm)) start = k;
      if (t.cap && k > 0 && (DETERMINERS.has(tokens[k - 1].norm) || tokens[k - 1].kind === 'punct' || FUNCTION_WORDS.has(tokens[k - 1].norm))) break;
    }
    // "la Coordination des mouvements de l'Azawad (CMA)": in French the expansion runs on
    // through lowercase words the acronym spells and through "de l'", past the capital after a determiner.
    if (start >= 0 && tokens[start].norm[0] !== acro[0]) {
      let k = start - 1;
      let further = -1;
      while (k >= Math.max(0, i - 12)) {
        const t = tokens[k];
        if (t.kind === 'punct' && t.norm !== "'") break;
        const m = mentionAt(ctx, k);
        if (m && m.form !== 'demonym') break;
        const spelled = acro.includes(t.norm[0]);
        if (!t.cap && !DETERMINERS.has(t.norm) && !NAME_PARTICLES.has(t.norm) && !spelled) break;
        if (t.cap && !FUNCTION_WORDS.has(t.norm) && t.norm[0] === acro[0]) { further = k; break; }
        k--;
      }
      if (further >= 0) start = further;
    }
    // "les éléments français au Sénégal (EFS)": a lowercase expansion whose words spell the acronym exactly.
    let spelled = spelledExpansion(ctx, i, acro);
    // "lightweight multirole missiles (LMM)" spells a weapon, not a body.
    for (let k = Math.max(0, spelled); spelled >= 0 && k < i - 1; k++) if (ctx.lex.weapons.match(tokens, k)) spelled = -1;
    if (spelled >= 0 && (start < 0 || tokens[start].norm[0] !== acro[0] || spelled < start)) start = spelled;
    if (start < 0 || i - 1 - start < 2) continue;
    // The expansion starts like the acronym ("Institut ... (IISS)"); "Thursday it had delivered ... (LMM)" does not.
    if (tokens[start].norm[0] !== acro[0]) continue;
    // "the Reciprocal Access Agreement (RAA)", "le traité sur la non-prolifération (TNP)": a deal, no body.
    if (AGREEMENT_HEADS.has(tokens[i - 2].norm) || AGREEMENT_HEADS.has(tokens[start].norm)) continue;
    const name = doc.text.slice(tokens[start].start, tokens[i - 2].end);
    // Troops posted abroad ("éléments français au Sénégal") and numbered formations are units, the rest organisations.
    const unit = UNIT_HEADS.has(tokens[start].norm) || tokens[start].norm === 'elements';
    const e = ensureEntity(ctx, undefined, unit
      ? { id: `unit:${slugify(acro)}`, name, type: 'MilitaryUnit', confidence: 0.7 }
      : { id: `org:${slugify(acro)}`, name, type: 'Organization', confidence: 0.7 });
    addMention(ctx, { t0: start, t1: i - 1, entityId: e.id, form: 'pattern' });
    if (!known) addMention(ctx, { t0: i, t1: i + 1, entityId: e.id, form: 'acronym' });
    ctx.learned.set(acro, e.id);
  }
}

/** Heads of the names of deals and texts, which are no organisations: English last, French first. */
const AGREEMENT_HEADS = new Set(['agreement', 'accord', 'accords', 'treaty', 'pact', 'convention', 'declaration', 'protocol', 'memorandum', 'charter', 'act', 'traite', 'pacte', 'protocole', 'charte', 'loi']);

const PROGRAMME_HEADS = new Set(['initiative', 'programme', 'program', 'fund']);

const SPELLING_GLUE = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'au', 'aux', 'et', 'pour', 'en', 'sur', 'the', 'of', 'for', 'and', 'in', 'on']);

/**
 * Start of the words before "(ACRO)" whose initials spell the acronym exactly ("éléments français au
 * Sénégal (EFS)"), glue words aside; -1 when none. States named inside may be among the words.
 */
function spelledExpansion(ctx: Ctx, i: number, acro: string): number {
  const { tokens } = ctx;
  let n = acro.length;
  for (let k = i - 2; k >= Math.max(0, i - 2 - 2 * acro.length - 2); k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    const m = mentionAt(ctx, k);
    if (m && ctx.entities.get(m.entityId)?.type !== 'Country' && m.form !== 'demonym') return -1;
    if (SPELLING_GLUE.has(t.norm)) continue;
    if (n === 0 || t.norm[0] !== acro[n - 1]) return -1;
    n--;
    if (n === 0) return k;
  }
  return -1;
}

/** English capitalised organisation names with a head noun: "Syrian Observatory for Human Rights". */
/**
 * "Rheinmetall Denel Munition", "Thales Raytheon Systems": two firms named side by side, with the capitalised words
 * after them, are one firm (a joint venture named after its parents), not two.
 */
function jointCompanyPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  const isCompany = (m: MentionRec | null) => !!m && ctx.entities.get(m.entityId)?.kind === 'company' && !m.nested;
  for (let i = 0; i < tokens.length; i++) {
    const a = mentionAt(ctx, i);
    if (!a || a.t0 !== i || !isCompany(a) || ctx.titleCase[i]) continue;
    const b = mentionAt(ctx, a.t1);
    if (!b || b.t0 !== a.t1 || !isCompany(b) || b.entityId === a.entityId || doc.text.slice(tokens[a.t1 - 1].end, tokens[b.t0].start) !== ' ') continue;
    const end = freeCapRun(ctx, b.t1, 2);
    const name = doc.text.slice(tokens[a.t0].start, tokens[end - 1].end);
    removeMention(ctx, a);
    removeMention(ctx, b);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'company', role: 'company', confidence: 0.6 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** A state's forces, whose bodies are named after them ("General Staff of the Nigerian Armed Forces"). */
const FORCES_KINDS = new Set(['armed-forces', 'navy', 'air-force']);

function orgNamePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (ctx.titleCase[i]) continue;
    // "Johannesburg-based Paramount Group": the place it is based in describes the body and is no word of its name.
    const based = i > 0 && placeModifier(tokens[i - 1]);
    const m0 = mentionAt(ctx, i);
    // "UN" is a name here, not the French article.
    const acronym = t.upper && m0?.form === 'acronym' && m0.t0 === i;
    if (!t.cap || (FUNCTION_WORDS.has(t.norm) && !acronym) || placeModifier(t) || (i > 0 && !based && tokens[i - 1].cap && tokens[i - 1].kind === 'word' && !FUNCTION_WORDS.has(tokens[i - 1].norm))) continue;
    // A place or a state may open the name: "Timbuktu Institute", "Taiwan Security Monitor", "Taipei Economic and ... Office".
    const leadType = m0 ? ctx.entities.get(m0.entityId)?.type : undefined;
    // So may a union of states: "the EU Monitoring Mission", "the AU Commission".
    const union = leadType === 'Organization' && ['international-organization', 'alliance'].includes(ctx.entities.get(m0!.entityId)?.kind ?? '');
    // A state's acronym too: "US Forces Korea".
    const named = ['name', 'capital', 'location'].includes(m0?.form ?? '') || (acronym && leadType === 'Country');
    const lead = m0 && m0.t0 === i && m0.t1 - m0.t0 <= 3 && !m0.nested && (named || union) && (leadType === 'Location' || leadType === 'Country' || union) ? m0 : null;
    if (m0 && m0.form !== 'demonym' && !lead) continue;
    let j = lead ? lead.t1 : i;
    let hasHead = false;
    let caps = lead ? lead.t1 - i : 0;
    while (j < tokens.length && j < i + 9) {
      const u = tokens[j];
      const m = mentionAt(ctx, j);
      if (m && m.form !== 'demonym' && ctx.entities.get(m.entityId)?.type !== 'Country') break;
      // "Zambia Defence Force Commander Lieutenant General X": a title right after the head opens the holder's name.
      if (hasHead && ORG_HEADS.has(tokens[j - 1].norm) && ctx.lex.roles.match(tokens, j)) break;
      if (u.kind === 'word' && u.cap && !FUNCTION_WORDS.has(u.norm)) {
        caps++;
        // "Ukraine Security Assistance Initiative" is a programme named after a state, not a body; one named after a
        // broad region is a body ("Asia Maritime Transparency Initiative").
        if (ORG_HEADS.has(u.norm) && !(lead && PROGRAMME_HEADS.has(u.norm) && ctx.entities.get(lead.entityId)?.kind !== 'region')) hasHead = true;
        // "the EU Monitoring Mission", "the Kenyan Police Mission": a mission named after whose it is.
        if (lead && u.norm === 'mission') hasHead = true;
        j++;
        continue;
      }
      // Not before a date ("the X Administration on Monday approved").
      if (['of', 'for', 'the', 'and', 'on'].includes(u.norm) && j + 1 < tokens.length && tokens[j + 1].cap && !calendarWord(ctx, tokens[j + 1])) { j++; continue; }
      // "Center for a New American Security"
      if (u.norm === 'for' && tokens[j + 1]?.norm === 'a' && tokens[j + 2]?.cap) { j += 2; continue; }
      break;
    }
    while (j > i && !tokens[j - 1].cap) j--;
    if (!hasHead || caps < 2 || MONTHS_AND_DAYS.has(tokens[i].norm)) continue;
    // Only the demonym (or the state)? Then it is "Russian Army"-like: an armed force, keep the country instead.
    if (caps - (lead ? lead.t1 - i - 1 : 0) === 2 && (lead || m0?.form === 'demonym') && ['army', 'forces', 'armee', 'force', 'military', 'police', 'guard'].includes(tokens[j - 1].norm)) continue;
    // "Taipei Economic and Cultural Representative Office in the United States": an office is named with its host state.
    if (['office', 'mission', 'embassy', 'delegation', 'representation'].includes(tokens[j - 1].norm) && tokens[j]?.norm === 'in') {
      const k = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
      const host = mentionAt(ctx, k);
      if (host && host.t0 === k && ctx.entities.get(host.entityId)?.type === 'Country') j = host.t1;
    }
    // "the General Command of the Jordanian Armed Forces": a body of a state's forces, named with them.
    const forces = tokens[j]?.norm === 'of' && tokens[j + 1]?.norm === 'the' && !lead ? mentionAt(ctx, j + 2) : null;
    const forcesEntity = forces && forces.t0 === j + 2 && (forces.form === 'institution' || forces.form === 'name') ? ctx.entities.get(forces.entityId) : undefined;
    if (forcesEntity?.country && FORCES_KINDS.has(forcesEntity.kind ?? '')) {
      const generic = ctx.lex.institutions.match(tokens, i);
      const full = doc.text.slice(tokens[i].start, tokens[forces!.t1 - 1].end);
      const e = generic && i + generic.tokens.length === j
        ? resolveInstitution(ctx, generic.payload.kind, generic.payload.name, forcesEntity.country)
        : ensureEntity(ctx, undefined, { id: `org:${slugify(full)}`, name: full, type: 'Organization', country: forcesEntity.country, confidence: 0.7 });
      addMention(ctx, { t0: i, t1: forces!.t1, entityId: e.id, form: 'institution' });
      i = forces!.t1 - 1;
      continue;
    }
    const name = doc.text.slice(tokens[i].start, tokens[j - 1].end);
    // "Air Force spokesperson Yurii Ihnat": a bare institution names the one of its kind met before, else none.
    const generic = !lead && !m0 ? ctx.lex.institutions.match(tokens, i) : null;
    if (generic && i + generic.tokens.length === j) {
      const kind = generic.payload.kind;
      const met = [...ctx.entities.values()].filter((e) => e.kind === kind && e.country);
      // "India ... will withdraw a battalion, its Ministry of External Affairs said": the state the possessive stands for.
      const owner = met.length === 1 ? null : POSSESSIVE_ANAPHORS.has(tokens[i - 1]?.norm ?? '') ? sentenceCountry(ctx, i) : null;
      if (met.length === 1) addMention(ctx, { t0: i, t1: j, entityId: met[0].id, form: 'institution' });
      else if (owner) addMention(ctx, { t0: i, t1: j, entityId: resolveInstitution(ctx, kind, ctx.lex.institutionNames.get(kind) ?? name, owner).id, form: 'institution' });
      i = j - 1;
      continue;
    }
    // A town or a capital at the head of the name was part of it ("Washington Institute"); a state named stays inside it.
    if (lead && (leadType === 'Location' || lead.form === 'capital')) removeMention(ctx, lead);
    const company = based && COMPANY_HEADS.has(tokens[j - 1].norm) ? { kind: 'company', role: 'company' } : {};
    const e = knownAcronymAfter(ctx, j) ?? ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', confidence: 0.6, ...company });
    addMention(ctx, { t0: i, t1: j, entityId: e.id, form: 'pattern' });
    newAcronymAfter(ctx, j, e);
    i = j - 1;
  }
}

/** "Johannesburg-based", "London-headquartered": where a body sits, written before its name. */
function placeModifier(t: Token): boolean {
  return t.kind === 'word' && /-(?:based|headquartered)$/.test(t.norm);
}
/** Last words of a firm's name ("Paramount Group", "Hanwha Aerospace"). */
const COMPANY_HEADS = new Set(['group', 'corporation', 'industries', 'systems', 'dynamics', 'aerospace', 'technologies', 'defence', 'defense', 'munition', 'shipyards', 'holdings', 'engineering']);

const FR_ORG_HEADS = new Set(['observatoire', 'institut', 'centre', 'fondation', 'office', 'conseil', 'comite', 'haut-commissariat', 'autorite', 'mouvement', 'front', 'parti', 'coalition', 'association', 'ligue', 'forum', 'tribunal', 'organisation', 'federation', 'syndicat', 'collectif', 'reseau', 'fonds', 'commission']);
const FR_ORG_GLUE = new Set(['de', 'du', 'des', "d'", 'pour', 'sur', 'contre', 'en', 'et', 'aux', 'au']);
/** Lowercase French adjectives by their endings ("canadien", "humanitaire", "nationale", "islamique"). */
const FR_ADJECTIVE = /(?:aire|ique|iques|al|ale|aux|ales|el|elle|els|elles|ien|ienne|iens|iennes|een|eenne|eens|eennes|ain|aine|ains|aines|ais|aise|aises|if|ive|ifs|ives|iste|istes|oire|oires)$/;

/** The entity of a known acronym in brackets right after token `end` ("Front populaire de libération du Tigré (TPLF)"), if any. */
function knownAcronymAfter(ctx: Ctx, end: number): EntityRec | null {
  const { tokens } = ctx;
  if (tokens[end]?.norm !== '(' || tokens[end + 2]?.norm !== ')') return null;
  const m = mentionAt(ctx, end + 1);
  const e = m && m.t0 === end + 1 && m.t1 === end + 2 ? ctx.entities.get(m.entityId) : undefined;
  return e && (e.type === 'Organization' || e.type === 'MilitaryUnit') ? e : null;
}

/** An acronym in brackets after a body's name that names nothing yet ("... l'Afrique du Nord (EISMENA)") is that body's. */
function newAcronymAfter(ctx: Ctx, end: number, e: EntityRec): void {
  const { tokens } = ctx;
  if (tokens[end]?.norm !== '(' || tokens[end + 2]?.norm !== ')' || !tokens[end + 1].upper || mentionAt(ctx, end + 1)) return;
  addMention(ctx, { t0: end + 1, t1: end + 2, entityId: e.id, form: 'acronym' });
  ctx.learned.set(tokens[end + 1].norm, e.id);
}

/**
 * French names of bodies the lexicon does not know, written with a capital on their head only:
 * "l'Observatoire canadien sur les crises et l'action humanitaire", "le Front patriotique de résistance".
 * Read as head (adjectives) (glue (article) noun (adjectives))*, so a verb after the name ends it.
 */
function frenchOrgPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  if (doc.language !== 'fr') return;
  const adjectiveAt = (k: number) => {
    const t = tokens[k];
    const m = mentionAt(ctx, k);
    if (m) return m.form === 'demonym' && m.t0 === k ? m.t1 : -1;
    return t && t.kind === 'word' && !t.cap && FR_ADJECTIVE.test(t.norm) && !FR_ORG_GLUE.has(t.norm) ? k + 1 : -1;
  };
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || !FR_ORG_HEADS.has(t.norm) || mentionAt(ctx, i) || ctx.titleCase[i]) continue;
    if (!["l'", 'le', 'la', 'du', 'au', 'aux', 'des'].includes(tokens[i - 1].norm)) continue;
    let end = i + 1;
    for (let a = 0, k; a < 2 && (k = adjectiveAt(end)) > 0; a++) end = k;
    for (let step = 0; step < 4; step++) {
      let k = end;
      if (!FR_ORG_GLUE.has(tokens[k]?.norm ?? '')) break;
      k++;
      if (FRENCH_DEFINITE_ARTICLES.has(tokens[k]?.norm ?? '')) k++;
      const noun = tokens[k];
      if (!noun || noun.kind !== 'word' || MONTHS_AND_DAYS.has(noun.norm) || FR_ORG_GLUE.has(noun.norm) || FUNCTION_WORDS.has(noun.norm)) break;
      const m = mentionAt(ctx, k);
      if (m && !['Country', 'Location'].includes(ctx.entities.get(m.entityId)?.type ?? '')) break;
      end = m ? m.t1 : k + 1;
      for (let a = 0, j; a < 2 && (j = adjectiveAt(end)) > 0; a++) end = j;
    }
    if (end - i < 3) continue;
    const name = doc.text.slice(t.start, tokens[end - 1].end).replace(/\s+/g, ' ');
    // A French name spelling out an acronym the lexicon knows in English is that body.
    const e = knownAcronymAfter(ctx, end) ?? ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', confidence: 0.55 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    newAcronymAfter(ctx, end, e);
    i = end - 1;
  }
}

/** "Amnesty International Indonesia", "Transparency International Ukraine": an NGO's national section, named with its state. */
function ngoSectionPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (const m of [...ctx.mentions]) {
    const ngo = ctx.entities.get(m.entityId);
    if (ngo?.kind !== 'ngo' || m.nested || m.t1 - m.t0 < 2) continue;
    const state = mentionAt(ctx, m.t1);
    if (!state || state.t0 !== m.t1 || state.form !== 'name' || ctx.entities.get(state.entityId)?.type !== 'Country') continue;
    if (doc.text.slice(tokens[m.t1 - 1].end, tokens[m.t1].start) !== ' ') continue;
    const name = doc.text.slice(tokens[m.t0].start, tokens[state.t1 - 1].end);
    removeMention(ctx, m);
    removeMention(ctx, state);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'ngo', country: state.entityId, confidence: 0.8 });
    addMention(ctx, { t0: m.t0, t1: state.t1, entityId: e.id, form: 'pattern' });
  }
}

/** "KYIV, March 14 (Example Wire) -": the credited agency of a dateline. */
function datelinePass(ctx: Ctx): void {
  const { doc, tokens } = ctx;
  const firstBody = doc.paragraphs.find((p) => p.kind === 'body');
  if (!firstBody) return;
  const head = doc.text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 120));
  const m = /^[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{1,40},?[^()\n]{0,30}\(([^()\n]{2,40})\)\s*[-–—]/.exec(head);
  if (!m) return;
  const nameStart = firstBody.start + m.index + m[0].indexOf('(' + m[1]) + 1;
  const nameEnd = nameStart + m[1].length;
  const t0 = tokens.findIndex((t) => t.start >= nameStart);
  let t1 = t0;
  while (t1 < tokens.length && tokens[t1].end <= nameEnd) t1++;
  if (t0 < 0 || t1 <= t0) return;
  const known = mentionAt(ctx, t0);
  if (known && known.t1 >= t1) return;
  creditAgencies(ctx, t0, t1, true);
  // The city before it is a place.
  const city = mentionAt(ctx, tokens.findIndex((t) => t.start >= firstBody.start));
  if (city && city.form === 'capital') city.form = 'location';
}

/** The parts of a credit ("ats/afp", "AFP, Reuters, dpa") as listed agencies, known by any case; null when one part is no listed agency. */
function creditParts(ctx: Ctx, t0: number, t1: number): { a: number; b: number; agency: LexEntity | undefined }[] {
  const { tokens } = ctx;
  const parts: { a: number; b: number; agency: LexEntity | undefined }[] = [];
  let a = t0;
  while (a < t1) {
    let b = a;
    while (b < t1 && !['/', ',', '-', '+'].includes(tokens[b].norm)) b++;
    if (b > a) {
      const hit = ctx.lex.gazetteer.match(tokens, a, (entry) => a + entry.tokens.length === b);
      const lexAgency = hit ? ctx.lex.entities.get(hit.payload.entityId) : undefined;
      parts.push({ a, b, agency: lexAgency?.newsAgency ? lexAgency : undefined });
    }
    a = b + 1;
  }
  return parts;
}

/** "(ats/afp)", "(Reuters, AFP)": each credit is an agency; a dateline's unknown ones too (newOnes). */
function creditAgencies(ctx: Ctx, t0: number, t1: number, newOnes: boolean): void {
  const { doc, tokens } = ctx;
  const parts = creditParts(ctx, t0, t1);
  if (!newOnes && (parts.length === 0 || parts.some((p) => !p.agency))) return;
  for (const { a, b, agency } of parts) {
    if (mentionAt(ctx, a)) continue;
    const name = doc.text.slice(tokens[a].start, tokens[b - 1].end);
    const e = agency
      ? ensureEntity(ctx, agency)
      : ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', newsAgency: true, role: 'news agency', confidence: 0.8 });
    addMention(ctx, { t0: a, t1: b, entityId: e.id, form: 'pattern' });
  }
}

/** A sign-off or credit in brackets ("mm/kb (AFP, Reuters, dpa)", "(avec AFP)"): listed agencies, whatever their case. */
function creditGroupPass(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].norm !== '(') continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 10 && tokens[j].norm !== ')' && tokens[j].norm !== '(') j++;
    if (tokens[j]?.norm !== ')') continue;
    const from = ['avec', 'with', 'and', 'et'].includes(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (j > from) creditAgencies(ctx, from, j, false);
    i = j;
  }
}

// 4. People ------------------------------------------------------------------------

const MEDIA_WORDS = new Set(['radio', 'news', 'times', 'post', 'press', 'tv', 'television', 'daily', 'journal', 'gazette', 'herald', 'tribune', 'watch', 'international', 'media', 'network', 'channel', 'magazine', 'monde', 'figaro', 'liberation', 'express', 'telegraph', 'guardian', 'independent', 'company', 'corp', 'inc', 'ltd', 'bank', 'airlines', 'industries', 'systems', 'dynamics', 'technologies']);
const ROLE_ADJECTIVES = new Set(['militaire', 'adjoint', 'adjointe', 'principal', 'officiel', 'military', 'deputy', 'senior', 'chief', 'top', 'former', 'ancien', 'ancienne', 'regional', 'regionale', 'general', 'generale', 'national', 'nationale']);
const PERSON_INTRODUCERS = new Set(['led by', 'headed by', 'commanded by', 'dirige par', 'dirigee par', 'diriges par', 'mene par', 'menee par', 'written by', 'authored by', 'signed by', 'ecrit par', 'signe par', 'redige par',
  // Meetings and calls: "met with X", "talks with X", "s'est entretenu avec X".
  'met with', 'talks with', 'spoke with', 'call with', 'meeting with', 'talks between', 'entretenu avec', 'entretenue avec', 'entretien avec', 'rencontre avec', 'entrevue avec', 'telephone a']);
/** One word before a name that makes it a person: "met X", "a rencontré X", "thanked X". */
const PERSON_VERBS = new Set(['met', 'rencontre', 'rencontree', 'thanked', 'remercie', 'congratulated', 'felicite', 'appointed', 'nomme', 'nommee', 'sacked', 'limoge', 'dismissed', 'replaced', 'remplace', 'succeeds', 'succede', 'succeeded']);

interface RoleHit {
  title: string;
  t0: number;
  t1: number;
  /** Entity the role belongs to (country or organisation), when the text says. */
  of: string | null;
  /** "its spokesman", "the head of the agency": the owner is a previous organisation. */
  anaphoric: boolean;
}

/** A title at token i plus what it belongs to: "ministre polonais de la Défense", "secretary general of NATO", "Ukraine's defence minister". */
function roleAt(ctx: Ctx, i: number): RoleHit | null {
  const { tokens, lex } = ctx;
  // A title may carry a demonym after its first word: "ministre polonais de la Défense".
  let hit = lex.roles.match(tokens, i);
  let t1 = hit ? i + hit.tokens.length : i;
  let of: string | null = null;
  if (i + 1 < tokens.length) {
    const dem = mentionAt(ctx, i + 1);
    if (dem && dem.form === 'demonym') {
      for (const e of lex.roles.startingAt(tokens[i])) {
        const n = e.tokens.length;
        if (n > 1 && e.tokens.slice(1).every((w, k) => tokens[dem.t1 + k]?.norm === w) && (!hit || dem.t1 + n - 1 > t1)) {
          hit = e;
          t1 = dem.t1 + n - 1;
          of = countryOf(ctx, dem);
        }
      }
    }
  }
  if (!hit) return null;
  let anaphoric = false;
  // Owner before: "Ukraine's defence minister", "NATO's secretary general", "its spokesman", "son porte-parole".
  if (i >= 2 && tokens[i - 1].norm === "'s") {
    const m = mentionAt(ctx, i - 2);
    if (m) of = m.entityId;
  } else if (i >= 1 && POSSESSIVE_ANAPHORS.has(tokens[i - 1].norm)) anaphoric = true;
  else if (i >= 1) {
    const m = mentionAt(ctx, i - 1);
    if (m && (m.form === 'demonym' || m.form === 'acronym' || m.form === 'name' || m.form === 'institution') && m.t1 === i) of = of ?? m.entityId;
  }
  // Adjectives between a title and its owner: "porte-parole militaire des Houthis".
  while (t1 < tokens.length && ROLE_ADJECTIVES.has(tokens[t1].norm)) t1++;
  // Owner after: demonym ("président sud-coréen"), "of X"/"de X"/"du X"/"de l'X".
  if (t1 < tokens.length) {
    const m = mentionAt(ctx, t1);
    if (m && m.form === 'demonym' && m.t0 === t1) {
      of = of ?? countryOf(ctx, m);
      t1 = m.t1;
    } else {
      const prep = tokens[t1].norm;
      if (['of', 'de', "d'", 'du', 'des'].includes(prep)) {
        let k = t1 + 1;
        if (k < tokens.length && ['la', "l'", 'the', 'le'].includes(tokens[k].norm)) k++;
        const m2 = k < tokens.length ? mentionAt(ctx, k) : null;
        if (m2 && m2.t0 === k && m2.form !== 'demonym') {
          of = of ?? m2.entityId;
          t1 = m2.t1;
        } else if (k < tokens.length && ['agency', 'agence', 'ministry', 'ministere', 'organisation', 'organization', 'service', 'group', 'groupe', 'mouvement', 'movement', 'parti', 'party', 'armee', 'army', 'gouvernement', 'government', 'presidence', 'presidency', 'junte', 'junta'].includes(tokens[k].norm)) {
          anaphoric = true;
          t1 = k + 1;
        }
      }
    }
  }
  // "l'ambassadeur américain à l'ONU", "ambassador to the UN": the post belongs to the title.
  if (hit.payload === 'Ambassador' && ['a', 'au', 'aux', 'to', 'at', 'aupres'].includes(tokens[t1]?.norm ?? '')) {
    let k = t1 + 1;
    if (['de', 'du', 'des'].includes(tokens[k]?.norm ?? '') && tokens[t1].norm === 'aupres') k++;
    if (['la', "l'", 'the', 'le'].includes(tokens[k]?.norm ?? '')) k++;
    const post = k < tokens.length ? mentionAt(ctx, k) : null;
    if (post && post.t0 === k && post.form !== 'demonym') t1 = post.t1;
  }
  // Drop a leading determiner from the span but keep it out of the title.
  return { title: hit.payload, t0: i, t1, of, anaphoric };
}

function roleString(ctx: Ctx, role: RoleHit, owner: string | null): string {
  const ownerName = owner ? ctx.entities.get(owner)?.name ?? ctx.lex.entities.get(owner)?.name : null;
  return ownerName ? `${role.title} of ${ownerName}` : role.title;
}

function lastOrgBefore(ctx: Ctx, t: number): string | null {
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.t1 > t || m.nested) continue;
    const e = ctx.entities.get(m.entityId);
    if (e && e.type === 'Organization' && !e.newsAgency) return e.id;
  }
  return null;
}

function countryFromOwner(ctx: Ctx, owner: string | null): string | null {
  if (!owner) return null;
  const e = ctx.entities.get(owner) ?? ctx.lex.entities.get(owner);
  if (!e) return null;
  return e.type === 'Country' ? e.id : e.country ?? null;
}

function findRoleBefore(ctx: Ctx, nameStart: number): RoleHit | null {
  const { tokens } = ctx;
  // Title right before the name, possibly with a comma: "Defence Minister Boris Pistorius", "son porte-parole, Dmitri Peskov".
  if (nameStart <= 0) return null;
  // The farthest start first, so "defence minister" wins over "minister".
  let from = nameStart - 1;
  while (from > Math.max(0, nameStart - 9) && !['.', ';', '"'].includes(tokens[from - 1].norm)) from--;
  for (let s = from; s < nameStart; s++) {
    const r = roleAt(ctx, s);
    if (r && (r.t1 === nameStart || (r.t1 === nameStart - 1 && tokens[nameStart - 1].norm === ','))) return r;
    // "la porte-parole de l'Alliance, Allison Hart", "le procureur chargé de l'enquête, Henrik Söderberg":
    // a title, a short complement, then the name in apposition.
    if (r && tokens[nameStart - 1].norm === ',' && r.t1 < nameStart - 1 && ROLE_COMPLEMENT_OPENERS.has(tokens[r.t1].norm) && complementFits(ctx, r.t1, nameStart - 1)) {
      return r;
    }
  }
  return null;
}

/** Words that open the complement of a title: "de l'enquête", "chargé de", "for the region", "in charge of". */
const ROLE_COMPLEMENT_OPENERS = new Set(['de', 'du', 'des', "d'", 'of', 'for', 'pour', 'charge', 'chargee', 'in', 'at', 'en', 'au', 'aux', 'a', 'on', 'aupres']);

/** A complement of at most seven words, no clause break, no reporting verb: the apposition's name is the title's holder. */
function complementFits(ctx: Ctx, t0: number, t1: number): boolean {
  if (t1 - t0 > 7) return false;
  for (let k = t0; k < t1; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' || ctx.lex.cues.match(ctx.tokens, k)) return false;
  }
  return true;
}

function findRoleAfter(ctx: Ctx, nameEnd: number): RoleHit | null {
  const { tokens } = ctx;
  if (nameEnd >= tokens.length || tokens[nameEnd].norm !== ',') return null;
  let k = nameEnd + 1;
  while (k < tokens.length && k < nameEnd + 4 && DETERMINERS.has(tokens[k].norm)) k++;
  const direct = k < tokens.length ? roleAt(ctx, k) : null;
  if (direct) return direct;
  // "Jay Tarriela, a Philippine coast guard spokesperson": words of the body before the title.
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    if (tokens[j].kind !== 'word') break;
    const r = roleAt(ctx, j);
    if (r) return { ...r, of: r.of ?? countryOf(ctx, mentionAt(ctx, k)) };
  }
  return null;
}

function cueAround(ctx: Ctx, t0: number, t1: number): boolean {
  const { tokens, lex } = ctx;
  // "X said", "X a déclaré", "X, ..., said" is handled by roles; "a déclaré X", "said X".
  for (let k = t1; k < Math.min(tokens.length, t1 + 3); k++) if (lex.cues.match(tokens, k)) return true;
  // "Vassili Nebenzia, a au contraire jugé", "Steve Witkoff, présent à Paris, a assuré": an apposition
  // and a few words (auxiliary, adverbs) between the name and its cue.
  if (tokens[t1]?.norm === ',') {
    let k = t1 + 1;
    let j = k;
    while (j < tokens.length && j < k + 10 && ![',', '.', ';', '"'].includes(tokens[j].norm)) j++;
    if (tokens[j]?.norm === ',') k = j + 1;
    for (let c = k; c < Math.min(tokens.length, k + 5) && tokens[c].kind === 'word'; c++) if (lex.cues.match(tokens, c)) return true;
  }
  for (let k = Math.max(0, t0 - 3); k < t0; k++) {
    const c = lex.cues.match(tokens, k);
    if (c && k + c.tokens.length === t0) return true;
    const s = lex.sources.match(tokens, k);
    if (s && k + s.tokens.length === t0) return true;
  }
  if (t0 > 1 && PERSON_INTRODUCERS.has(`${tokens[t0 - 2].norm} ${tokens[t0 - 1].norm}`)) return true;
  if (t0 > 0 && PERSON_VERBS.has(tokens[t0 - 1].norm)) return true;
  return t0 > 0 && HONORIFICS.has(tokens[t0 - 1].norm);
}

function personPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  // "selon le quotidien El Universal", "a révélé le site spécialisé Defence Turk": the outlet's pass names them.
  const pressNames = new Set<number>();
  for (let i = 1; i + 1 < tokens.length; i++) { const at = pressNameAt(ctx, i); if (at) pressNames.add(at.k); }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (ctx.titleCase[i] || pressNames.has(i)) continue;
    // "Kars de Bruijne": a first name that is also a town, before a particle and a family name, may open a name.
    const covering = mentionAt(ctx, i);
    const townFirst = covering && covering.t0 === i && covering.t1 === i + 1 && covering.form !== 'capital' && townMention(ctx, covering) &&
      NAME_PARTICLES.has(tokens[i + 1]?.norm ?? '') && !tokens[i + 1].cap && tokens[i + 1].kind === 'word' ? covering : null;
    if (!t.cap || t.kind !== 'word' || (covering && !townFirst) || FUNCTION_WORDS.has(t.norm) || MONTHS_AND_DAYS.has(t.norm)) continue;
    if (ctx.lex.roles.match(tokens, i)) continue;
    // "Tchadinfos, de son côté, rapporte": a single unknown name reporting is an outlet.
    if (!ctx.learned.has(t.norm) && (i === 0 || !tokens[i - 1].cap) && !(tokens[i + 1]?.cap && tokens[i + 1]?.kind === 'word')) {
      let k = i + 1;
      if (tokens[k]?.norm === ',') { while (k < tokens.length && k < i + 8 && tokens[k + 1] && tokens[k + 1].norm !== ',') k++; k += 2; }
      const cue = k < tokens.length ? ctx.lex.cues.match(tokens, k) : null;
      if (cue && ['rapporte', 'rappelle', 'ecrit', 'reports', 'writes', 'wrote', 'reported', 'affirme', 'souligne', 'note', 'indique'].includes(tokens[k].norm) && t.norm.length > 4) {
        const name = doc.text.slice(t.start, t.end);
        const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'news outlet', confidence: 0.5 });
        addMention(ctx, { t0: i, t1: i + 1, entityId: e.id, form: 'pattern' });
        continue;
      }
    }
    let end = capRun(ctx, i, 4);
    // "Thérèse Kayikwamba Wagner": a surname that is also an organisation or a place.
    let stolen: MentionRec | null = null;
    if (end - i >= 2) {
      const last = mentionAt(ctx, end - 1);
      // "Amina Traoré": a known surname after an unknown first name is someone else of that name.
      // Not at the head of a sentence or a line, where any word has a capital ("Accusations Vucic").
      const midSentence = i > 0 && (tokens[i - 1].kind === 'word' || tokens[i - 1].norm === ',') && !doc.text.slice(tokens[i - 1].end, tokens[i].start).includes('\n');
      const otherTraore = last?.form === 'surname' && end - i === 2 && midSentence && !ctx.lex.gazetteer.match(tokens, i) && !ctx.learned.has(tokens[i].norm);
      if (last && last.t0 === end - 1 && last.t1 === end && (last.form === 'name' || last.form === 'capital' || otherTraore) && ctx.entities.get(last.entityId)?.type !== 'Country') {
        stolen = last;
      }
    }
    if (end - i < 2) continue;
    let clash = false;
    for (let k = i; k < end; k++) if ((mentionAt(ctx, k) && mentionAt(ctx, k) !== stolen && mentionAt(ctx, k) !== townFirst) || ctx.lex.roles.match(tokens, k)) clash = true;
    if (clash) {
      // A name ending right before a mention ("Hemedti", "Wagner") may still be a person on its own.
      end = i;
      while (end < tokens.length && end - i < 4 && !mentionAt(ctx, end) && tokens[end].cap && tokens[end].kind === 'word' && !FUNCTION_WORDS.has(tokens[end].norm) && !ctx.lex.roles.match(tokens, end)) end++;
      if (end - i < 2) continue;
      stolen = null;
    }
    // "dans le Cabo Delgado, a déclaré": a name after an article is a place or a thing, not a person;
    // "selon des diplomates à New York": after a locative preposition, a place.
    const locative = doc.language === 'fr' ? ['a', 'dans', 'pres', 'vers'] : ['in', 'near', 'at', 'outside', 'around', 'towards', 'toward', 'across'];
    if (i > 0 && (['le', 'la', 'les', 'du', 'au', 'aux', 'des'].includes(tokens[i - 1].norm) || locative.includes(tokens[i - 1].norm) || nameTailOrPlace(ctx, i)) && !findRoleBefore(ctx, i)) continue;
    const before = findRoleBefore(ctx, i);
    const after = before ? null : findRoleAfter(ctx, end);
    // A nickname met before ("Ti Gérard" after "alias « Ti Gérard »"): the same person again.
    const known = ctx.learned.get(tokens[i].norm);
    if (known && known.startsWith('person:') && end - i >= 2 && tokens.slice(i, end).every((x) => ctx.learned.get(x.norm) === known)) {
      addMention(ctx, { t0: i, t1: end, entityId: known, form: 'pattern' });
      i = end - 1;
      continue;
    }
    const nickname = aliasAfter(ctx, end);
    if (!before && !after && !nickname && !cueAround(ctx, i, end)) continue;
    if (notAName(ctx, i, end)) continue;
    const name = doc.text.slice(tokens[i].start, tokens[end - 1].end).replace(/\s+/g, ' ');
    // "Radio Free Europe said", "The Kyiv Post reported": a medium or a body, not a person.
    let orgLike = false;
    for (let k = i; k < end; k++) if (ORG_HEADS.has(tokens[k].norm) || MEDIA_WORDS.has(tokens[k].norm) || BODY_WORDS.has(tokens[k].norm)) orgLike = true;
    if (orgLike) {
      const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', confidence: 0.6 });
      addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
      i = end - 1;
      continue;
    }
    const role = before ?? after;
    let owner = role?.of ?? null;
    if (role && !owner && role.anaphoric) owner = lastOrgBefore(ctx, i);
    const e = ensureEntity(ctx, undefined, {
      id: `person:${slugify(name)}`, name, type: 'Person', confidence: role ? 0.85 : 0.7,
      role: role ? roleString(ctx, role, owner) : null, country: countryFromOwner(ctx, owner), affiliation: owner,
    });
    if (stolen) removeMention(ctx, stolen);
    if (townFirst) removeMention(ctx, townFirst);
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    // Later mentions by surname alone ("Budanov said").
    const last = tokens[end - 1].norm;
    if (!ctx.learned.has(last)) ctx.learned.set(last, e.id);
    if (role && role.t1 <= i) addMention(ctx, { t0: role.t0, t1: role.t1, entityId: e.id, form: 'role', title: role.title });
    // "alias « Barbecue »": the nickname names the same person, here and later.
    if (nickname && !mentionAt(ctx, nickname.t0)) {
      addMention(ctx, { t0: nickname.t0, t1: nickname.t1, entityId: e.id, form: 'pattern' });
      for (let k = nickname.t0; k < nickname.t1; k++) if (!ctx.learned.has(tokens[k].norm)) ctx.learned.set(tokens[k].norm, e.id);
    }
    i = Math.max(end, nickname ? nickname.t1 : end) - 1;
  }
}

/** First words of a feature named with its kind before the name ("Lake Lanao", "Mount Elgon", "le lac Kivu"). */
const FEATURE_PREFIXES = new Map(Object.entries({ lake: 'Lake', mount: 'Mount', mt: 'Mount', lac: 'Lake', mont: 'Mount' }));

/**
 * A capitalised run at t0 that is no one: a feature ("Lake Lanao"), a place after "autour de" / "près de", the tail of a
 * body's name after "of" / "de" ("Department of National Defense").
 */
function nameTailOrPlace(ctx: Ctx, t0: number): boolean {
  const { tokens } = ctx;
  if (FEATURE_PREFIXES.has(tokens[t0].norm)) return true;
  const prev = tokens[t0 - 1];
  const prev2 = tokens[t0 - 2];
  if (prev && prev2 && (prev.norm === 'de' || prev.norm === "d'") && ['autour', 'pres', 'proximite', 'large'].includes(prev2.norm)) return true;
  return !!prev && !!prev2 && ['of', 'de', 'du', 'des'].includes(prev.norm) && !prev.cap && prev2.cap && prev2.kind === 'word' && !FUNCTION_WORDS.has(prev2.norm);
}

/** Words that make a capitalised run a body, not someone ("the Joint Staff said", "the Monitoring Mission reported"). */
const BODY_WORDS = new Set(['staff', 'mission', 'missions', 'affairs', 'directorate', 'secretariat', 'inspectorate', 'taskforce', 'headquarters']);

/**
 * A weapon ("FIM-92 Stinger", "Barak MX"), a model code ("a Wing Loong II"), or a ship's prefix ("TCG Isin") in the
 * run, or a programme's noun after it: a thing, not someone.
 */
function notAName(ctx: Ctx, t0: number, t1: number): boolean {
  const { tokens } = ctx;
  if (SHIP_PREFIXES.has(tokens[t0].norm) && tokens[t0].upper) return true;
  for (let k = t0; k < t1; k++) if (CREDIT_FURNITURE.has(tokens[k].norm)) return true;
  // "the Official Security Assistance program", "the Mutual Defense treaty": a programme's or a pact's name.
  const next = tokens[t1];
  if (next && !next.cap && (PROGRAMME_HEADS.has(next.norm) || AGREEMENT_HEADS.has(next.norm))) return true;
  for (let k = t0; k < t1; k++) {
    if (ctx.lex.weapons.match(tokens, k) || /\d/.test(tokens[k].norm)) return true;
    // "Barak MX": a short code in capitals after a word that is not in capitals.
    if (k > t0 && tokens[k].upper && tokens[k].norm.length <= 3 && tokens[k].norm.length >= 2 && !tokens[k - 1].upper) return true;
  }
  return false;
}

const NICKNAME_WORDS = new Set(['alias', 'dit', 'dite', 'surnomme', 'surnommee', 'aka', 'nicknamed', 'known']);

/** ", alias « Barbecue »", "dit « Hemetti »", "known as 'Barbecue'": the nickname's tokens after a name ending at `end`. */
function aliasAfter(ctx: Ctx, end: number): { t0: number; t1: number } | null {
  const { tokens } = ctx;
  let k = end;
  if (tokens[k]?.norm === ',') k++;
  if (!NICKNAME_WORDS.has(tokens[k]?.norm ?? '')) return null;
  if (tokens[k].norm === 'known' && tokens[k + 1]?.norm === 'as') k++;
  k++;
  const quoted = tokens[k]?.norm === '"';
  if (quoted) k++;
  const t0 = k;
  while (k < tokens.length && k - t0 < 4 && tokens[k].kind === 'word' && tokens[k].cap) k++;
  if (k === t0 || (quoted && tokens[k]?.norm !== '"')) return null;
  return { t0, t1: k };
}

/** Give known people the role the text states next to their name. */
function attachRoles(ctx: Ctx): void {
  const { tokens } = ctx;
  const roleStarts = new Set(ctx.mentions.filter((x) => x.form === 'role').map((x) => x.t0));
  for (const m of [...ctx.mentions]) {
    const e = ctx.entities.get(m.entityId);
    if (!e || e.type !== 'Person' || m.form === 'role') continue;
    const role = findRoleBefore(ctx, m.t0) ?? findRoleAfter(ctx, m.t1);
    if (!role) continue;
    let owner = role.of;
    if (!owner && role.anaphoric) owner = lastOrgBefore(ctx, m.t0);
    if (!e.role || e.confidence < 0.9 || owner) e.role = roleString(ctx, role, owner);
    if (owner) e.affiliation = e.affiliation ?? owner;
    if (role.t1 <= m.t0 && !roleStarts.has(role.t0)) {
      addMention(ctx, { t0: role.t0, t1: role.t1, entityId: e.id, form: 'role', title: role.title });
      roleStarts.add(role.t0);
    }
    void tokens;
  }
}

/** Plural nouns for the fighters of an armed group already named ("the rebels", "les paramilitaires"). */
const ARMED_GROUP_PLURALS = new Set(['rebels', 'rebelles', 'paramilitaries', 'paramilitaires', 'insurgents', 'insurges', 'jihadists', 'jihadistes', 'djihadistes', 'militiamen', 'miliciens']);

/** Titles alone ("le président sud-coréen") and anaphors ("the agency", "l'Alliance") for someone already named. */
function corefPass(ctx: Ctx): void {
  const { tokens, lex, doc } = ctx;
  const reference = doc.reference ? doc.reference.toISOString().slice(0, 7) : null;
  for (let i = 0; i < tokens.length; i++) {
    if (mentionAt(ctx, i) && mentionAt(ctx, i)!.form !== 'demonym') continue;
    const w = tokens[i].norm;
    // "l'Alliance" (capitalised) is NATO in conflict reporting.
    const nextW = tokens[i + 1]?.norm;
    if (w === 'alliance' && tokens[i].cap && i > 0 && (tokens[i - 1].norm === "l'" || tokens[i - 1].norm === 'the') && !['de', 'des', 'du', "d'", 'of', 'for'].includes(nextW ?? '')) {
      const nato = lex.entities.get('org:nato');
      if (nato) {
        ensureEntity(ctx, nato);
        addMention(ctx, { t0: i, t1: i + 1, entityId: nato.id, form: 'anaphor' });
      }
      continue;
    }
    const prevW = i > 0 ? tokens[i - 1].norm : '';
    // "l'agence de presse britannique", "l'agence russe TASS": the wire agency named next to it.
    if ((w === 'agence' || w === 'agency') && (prevW === "l'" || prevW === 'the' || prevW === 'news')) {
      let end = i + 1;
      if (tokens[end]?.norm === 'de' && tokens[end + 1]?.norm === 'presse') end += 2;
      let country: string | null = null;
      const dem = end < tokens.length ? mentionAt(ctx, end) : null;
      if (dem && dem.form === 'demonym' && dem.t0 === end) {
        country = countryOf(ctx, dem);
        end = dem.t1;
      }
      const isPress = end > i + 1 && (tokens[i + 1].norm === 'de' || country !== null);
      let agency: string | null = null;
      for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
        const m = mentionAt(ctx, k);
        if (m && ctx.entities.get(m.entityId)?.newsAgency) { agency = m.entityId; break; }
      }
      if (!agency && isPress && tokens[i + 1]?.norm === 'de') {
        for (let k = ctx.mentions.length - 1; k >= 0; k--) {
          const e = ctx.entities.get(ctx.mentions[k].entityId);
          if (e?.newsAgency && (!country || e.country === country)) { agency = e.id; break; }
        }
      }
      if (agency) {
        // The demonym in "l'agence de presse britannique" describes the agency, not a party.
        if (dem && dem.form === 'demonym' && dem.entityId !== agency) {
          const di = ctx.mentions.indexOf(dem);
          if (di >= 0 && !ctx.mentions.some((m, k) => k !== di && m.entityId === dem.entityId)) ctx.entities.delete(dem.entityId);
          if (di >= 0) dem.entityId = agency;
        }
        addMention(ctx, { t0: i, t1: end, entityId: agency, form: 'anaphor' });
        i = end - 1;
        continue;
      }
    }
    // "the region" / "la région" (not "la région de X"): the region named last.
    if ((w === 'region' || w === 'oblast') && (prevW === 'the' || prevW === 'la' || prevW === 'cette' || prevW === 'this') && !['de', "d'", 'du', 'of'].includes(nextW ?? '') && !tokens[i].cap) {
      for (let k = ctx.mentions.length - 1; k >= 0; k--) {
        const m = ctx.mentions[k];
        if (m.t1 > i) continue;
        const e = ctx.entities.get(m.entityId);
        if (e?.type === 'Location' && /region|oblast|province/i.test(e.name)) {
          addMention(ctx, { t0: i, t1: i + 1, entityId: e.id, form: 'anaphor' });
          break;
        }
      }
      continue;
    }
    // "the North" / "le Nord" in Korean reporting.
    if ((w === 'north' || w === 'nord' || w === 'south' || w === 'sud') && tokens[i].cap && (prevW === 'the' || prevW === 'le' || prevW === 'du' || prevW === 'au') && !(nextW && tokens[i + 1].cap)) {
      const target = w === 'north' || w === 'nord' ? 'country:KP' : 'country:KR';
      if (ctx.entities.has(target) && ctx.entities.has('country:KP')) {
        addMention(ctx, { t0: i, t1: i + 1, entityId: target, form: 'anaphor' });
      }
      continue;
    }
    // "l'ONG", "the charity": the non-governmental organisation named last.
    if ((w === 'ong' || w === 'ngo' || w === 'charity') && ['the', "l'", 'cette', 'this'].includes(prevW)) {
      for (let k = ctx.mentions.length - 1; k >= 0; k--) {
        const m = ctx.mentions[k];
        if (m.t1 > i) continue;
        const e = ctx.entities.get(m.entityId);
        if (e?.type === 'Organization' && (e.kind === 'ngo' || (!e.kind && !e.newsAgency && !e.country))) {
          addMention(ctx, { t0: i, t1: i + 1, entityId: e.id, form: 'anaphor' });
          break;
        }
      }
      continue;
    }
    // "le groupe", "the group", "the militia", "les rebelles", "aux paramilitaires": the armed group named last.
    const groupWord = ((w === 'groupe' || w === 'group' || w === 'militia' || w === 'milice' || w === 'mouvement' || w === 'movement') && ['le', 'the', 'ce', 'this'].includes(prevW)) ||
      (ARMED_GROUP_PLURALS.has(w) && ['les', 'the', 'aux', 'ces', 'these'].includes(prevW) && !tokens[i].cap);
    // Not "le groupe de X", "les rebelles du M23": those name their group.
    const namedAfter = ['de', "d'", 'of', 'du', 'des'].includes(nextW ?? '') && (!ARMED_GROUP_PLURALS.has(w) || !!tokens[i + 2]?.cap);
    if (groupWord && !namedAfter && !(mentionAt(ctx, i + 1)?.form === 'demonym')) {
      for (let k = ctx.mentions.length - 1; k >= 0; k--) {
        const m = ctx.mentions[k];
        if (m.t1 > i) continue;
        const e = ctx.entities.get(m.entityId);
        if (e?.type === 'Organization' && (e.kind === 'armed-group' || e.kind === 'mission')) {
          addMention(ctx, { t0: i, t1: i + 1, entityId: e.id, form: 'anaphor' });
          break;
        }
      }
      continue;
    }
    // "the army said", "l'armée a annoncé": the army named last (an army a demonym or owner qualifies is the institution pass's).
    if (['army', 'armee', 'military'].includes(w) && ['the', "l'", 'its', 'son'].includes(prevW) && !mentionAt(ctx, i) && (!tokens[i].cap || prevW === 'its' || prevW === 'son') &&
      !['de', 'of', 'du', "d'", 'des'].includes(nextW ?? '') && !(mentionAt(ctx, i + 1)?.form === 'demonym')) {
      // "Congo, for its part, has turned to ... Its army has received": a possessive points at the state
      // the sentence (or the one before) opens with, whose army it is.
      // Not "its military presence": the noun must head its clause (a verb, a title or punctuation next).
      const next = tokens[i + 1];
      const heads = !next || next.kind === 'punct' || !!lex.cues.match(tokens, i + 1) || !!lex.roles.match(tokens, i + 1) ||
        ['has', 'have', 'had', 'is', 'was', 'were', 'will', 'would', 'a', 'avait', 'est', 'sera'].includes(next.norm);
      const owner = (prevW === 'its' || prevW === 'son') && heads ? openingCountry(ctx, i) : null;
      if (owner) {
        // An army of that state already named; a bare "Congo" (read as the DRC later, by resolve) finds the DRC's.
        let army: string | null = null;
        for (const e of ctx.entities.values()) {
          if (e.type === 'Organization' && e.kind === 'armed-forces' && (e.country === owner || (owner === 'country:CG' && e.country === 'country:CD'))) { army = e.id; break; }
        }
        army = army ?? resolveInstitution(ctx, 'armed-forces', lex.institutionNames.get('armed-forces') ?? 'Armed Forces', owner).id;
        addMention(ctx, { t0: i, t1: i + 1, entityId: army, form: 'anaphor' });
        continue;
      }
      let named = false;
      for (let k = ctx.mentions.length - 1; k >= 0 && !named; k--) {
        const m = ctx.mentions[k];
        if (m.t1 > i || m.nested) continue;
        const e = ctx.entities.get(m.entityId);
        if (e?.type === 'Organization' && e.kind === 'armed-forces') {
          addMention(ctx, { t0: i, t1: i + 1, entityId: e.id, form: 'anaphor' });
          named = true;
        }
      }
      // "Gunmen attacked a post near Sokoto. The army said ...": with no army named before, the army of the state the
      // article is about, when the noun is the subject of a verb (not "des responsables de l'armée, du renseignement").
      const subject = !!next && next.kind !== 'punct' && !MODIFIER_PREPOSITIONS.has(tokens[i - 2]?.norm ?? '');
      const home = !named && heads && subject && prevW !== 'its' && prevW !== 'son' ? dominantCountry(ctx) : null;
      if (home) addMention(ctx, { t0: i, t1: i + 1, entityId: resolveInstitution(ctx, 'armed-forces', lex.institutionNames.get('armed-forces') ?? 'Armed Forces', home).id, form: 'anaphor' });
      continue;
    }
    // "the agency", "l'agence sud-coréenne", "the ministry"
    if ((w === 'agency' || w === 'agence' || w === 'ministry' || w === 'ministere') && i > 0 && ['the', "l'", 'le', 'la', 'cette', 'this'].includes(tokens[i - 1].norm)) {
      let end = i + 1;
      let country: string | null = null;
      const dem = end < tokens.length ? mentionAt(ctx, end) : null;
      if (dem && dem.form === 'demonym' && dem.t0 === end) {
        country = countryOf(ctx, dem);
        end = dem.t1;
      }
      if (end < tokens.length && (tokens[end].norm === 'de' || tokens[end].norm === 'of')) continue; // "agence de presse", "agency of X": not an anaphor
      // A country named earlier in the same sentence picks its own ministry ("Taiwan received ..., the ministry added").
      const sentence = ctx.doc.sentences.find((x) => x.t0 <= i && i < x.t1);
      const here = new Set<string>();
      if (sentence) for (let k = sentence.t0; k < i; k++) { const c = countryOf(ctx, mentionAt(ctx, k)); if (c) here.add(c); }
      let target: string | null = null;
      let fallback: string | null = null;
      for (let k = ctx.mentions.length - 1; k >= 0; k--) {
        const m = ctx.mentions[k];
        if (m.t1 > i || m.nested) continue;
        const e = ctx.entities.get(m.entityId);
        if (!e || e.type !== 'Organization' || e.newsAgency) continue;
        if (country && e.country !== country) continue;
        const isMinistry = (e.kind ?? '').includes('ministry');
        if ((w === 'ministry' || w === 'ministere') !== isMinistry) continue;
        // "l'agence" is an agency or a service, not an army or a government.
        if ((w === 'agency' || w === 'agence') && ['armed-forces', 'armed-faction', 'government', 'presidency', 'legislature', 'alliance', 'media'].includes(e.kind ?? '')) continue;
        if (!fallback) fallback = e.id;
        if (here.size === 0 || (e.country && here.has(e.country))) { target = e.id; break; }
      }
      target = target ?? fallback;
      if (target) addMention(ctx, { t0: i, t1: end, entityId: target, form: 'anaphor' });
      continue;
    }
    // A title standing alone for a person.
    if (!lex.roles.match(tokens, i)) continue;
    const role = roleAt(ctx, i);
    if (!role) continue;
    const nextIsName = role.t1 < tokens.length && tokens[role.t1].cap && tokens[role.t1].kind === 'word';
    if (nextIsName || (role.t1 < tokens.length && tokens[role.t1].norm === ',' && tokens[role.t1 + 1]?.cap)) continue;
    if (!role.of) continue;
    let person: string | null = null;
    for (const e of ctx.entities.values()) {
      if (e.type === 'Person' && e.role && e.role.toLowerCase().startsWith(role.title.toLowerCase()) && (e.affiliation === role.of || e.country === role.of || e.role.includes(ctx.entities.get(role.of)?.name ?? '\u0000'))) {
        person = e.id;
        break;
      }
    }
    if (!person && reference) {
      for (const p of lex.personsWithRoles) {
        if (!p.roles) continue;
        const ok = p.roles.some((r) => r.title === role.title && (r.country === role.of || r.org === role.of) && (!r.from || r.from <= reference) && (!r.to || r.to >= reference));
        if (ok) {
          person = p.id;
          const e = ensureEntity(ctx, p);
          e.role = roleString(ctx, role, role.of);
          break;
        }
      }
    }
    if (person) {
      addMention(ctx, { t0: role.t0, t1: role.t1, entityId: person, form: 'role', title: role.title });
      i = role.t1 - 1;
    }
  }
}

/** The state the sentence of token i opens with (its first word), else the one the sentence before opens with. */
function openingCountry(ctx: Ctx, i: number): string | null {
  const sentences = ctx.doc.sentences;
  const at = sentences.findIndex((x) => x.t0 <= i && i < x.t1);
  for (const s of [sentences[at], sentences[at - 1]]) {
    if (!s) continue;
    let k = s.t0;
    if (['the', 'le', 'la', "l'"].includes(ctx.tokens[k]?.norm ?? '')) k++;
    const m = mentionAt(ctx, k);
    const c = m && m.t0 === k && m.form !== 'demonym' ? countryOf(ctx, m) : null;
    if (c) return c;
  }
  return null;
}

const FAMILY_NAME_FIRST = new Set(['country:KP', 'country:KR', 'country:CN', 'country:VN', 'country:TW', 'country:HU']);

/** Surnames and acronyms learned in this article ("Budanov said", "l'IISS", "a ajouté Kim"). */
function learnedPass(ctx: Ctx): void {
  const { tokens } = ctx;
  // People of the lexicon named in full teach their family name for later mentions.
  for (const m of ctx.mentions) {
    const e = ctx.entities.get(m.entityId);
    if (!e || e.type !== 'Person' || m.form !== 'name' || m.t1 - m.t0 < 2) continue;
    const family = FAMILY_NAME_FIRST.has(e.country ?? '') ? tokens[m.t0].norm : tokens[m.t1 - 1].norm;
    if (!ctx.learned.has(family)) ctx.learned.set(family, e.id);
  }
  if (ctx.learned.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || mentionAt(ctx, i)) continue;
    const id = ctx.learned.get(tokens[i].norm);
    if (!id) continue;
    if (i + 1 < tokens.length && tokens[i + 1].cap && tokens[i + 1].kind === 'word' && !FUNCTION_WORDS.has(tokens[i + 1].norm)) continue;
    addMention(ctx, { t0: i, t1: i + 1, entityId: id, form: 'surname' });
  }
}

const PLACE_PREPS_EN = new Set(['in', 'near', 'around', 'outside', 'at', 'to', 'from', 'towards', 'into']);
const PLACE_PREPS_FR = new Set(['a', 'dans', 'vers', 'pres', 'depuis', 'autour']);
const NOT_PLACES = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'european', 'african', 'arab', 'islamic', 'international', 'national', 'federal', 'state', 'government', 'telegram', 'congress', 'parliament', 'senate', 'x', 'facebook', 'twitter', 'tv', 'press', 'moyen-orient', 'english', 'arabic', 'hebrew', 'persian', 'farsi', 'mandarin', 'anglais', 'arabe', 'hebreu', 'noel', 'paques', 'ramadan', 'christmas', 'easter', 'internet']);

/** Plural place kinds, which may list their places ("des localités frontalières comme Zalambessa", "towns such as Bakhmut"). */
const PLURAL_PLACE_KINDS = new Set(['villages', 'towns', 'villes', 'localites', 'communes', 'settlements', 'cities', 'ports']);

const PLACE_KINDS = new Set(['island', 'ile', 'province', 'village', 'villages', 'town', 'towns', 'city', 'ville', 'villes', 'localite', 'localites', 'commune', 'communes', 'district', 'bourg', 'hameau', 'quartier', 'neighbourhood', 'neighborhood', 'settlement', 'settlements', 'positions', 'cities', 'ports', 'secteur', 'sector', 'aerodrome', 'departement']);

/** Heads that make a capitalised name before them a place: "Cathedral Square", "Antonivskyi Bridge", "Kakhovka dam". */
const PLACE_HEADS = new Set(['square', 'street', 'avenue', 'bridge', 'dam', 'palace', 'harbour', 'harbor', 'strait', 'airfield', 'checkpoint', 'prison', 'hospital', 'stadium', 'refinery']);

/**
 * "in Vilnius's Cathedral Square", "the Kakhovka dam": a run of capitalised words (no known name among them)
 * before a place head; "left Norfolk, Virginia": an unknown name before a state or a province and a comma.
 */
function placeHeadPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const t = tokens[i];
  if (!t.cap || t.kind !== 'word' || ctx.titleCase[i] || mentionAt(ctx, i) || FUNCTION_WORDS.has(t.norm) || MONTHS_AND_DAYS.has(t.norm)) return i;
  if (i > 0 && tokens[i - 1].cap && tokens[i - 1].kind === 'word' && !FUNCTION_WORDS.has(tokens[i - 1].norm) && !mentionAt(ctx, i - 1)) return i;
  // "la société privée américaine Blue Harbor": a name after a company's or an outlet's noun is theirs.
  const prev = tokens[i - 1];
  if (prev && (mentionAt(ctx, i - 1)?.form === 'demonym' || COMPANY_NOUNS.has(prev.norm) || COMPANY_FILLERS.has(prev.norm) || pressNounEndsAt(ctx, i - 1))) return i;
  let end = i;
  while (end < tokens.length && end - i < 3 && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt(ctx, end) && !PLACE_HEADS.has(tokens[end].norm) && !FUNCTION_WORDS.has(tokens[end].norm)) end++;
  if (end === i) return i;
  const head = tokens[end];
  const headed = !!head && PLACE_HEADS.has(head.norm);
  if (!headed && head?.norm !== ',') return i;
  if (ctx.lex.roles.match(tokens, i)) return i;
  if (headed && head.kind === 'word' && !mentionAt(ctx, end) && !(tokens[end + 1]?.cap && tokens[end + 1].kind === 'word')) {
    const name = doc.text.slice(t.start, head.end).replace(/\s+/g, ' ');
    const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.65 });
    addMention(ctx, { t0: i, t1: end + 1, entityId: e.id, form: 'pattern' });
    return end + 1;
  }
  if (doc.language === 'en' && head?.norm === ',' && i > 0 && !tokens[i - 1].cap && tokens[i - 1].kind === 'word' && !ctx.learned.has(t.norm)) {
    const state = mentionAt(ctx, end + 1);
    const se = state && state.t0 === end + 1 ? ctx.entities.get(state.entityId) : undefined;
    const after = state ? tokens[state.t1] : undefined;
    if (se && se.type === 'Location' && se.kind !== 'region' && se.country && after && (after.norm === ',' || after.norm === '.')) {
      const name = doc.text.slice(t.start, tokens[end - 1].end);
      const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', country: se.country, confidence: 0.6 });
      addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
      return end;
    }
  }
  return i;
}
/** The navy a ship's prefix names ("USS" is American, "HMS" British); "TS" names none. */
const SHIP_COUNTRIES: Record<string, string> = {
  uss: 'US', usns: 'US', uscgc: 'US', hms: 'GB', ins: 'IN', hmcs: 'CA', hmas: 'AU', hmnzs: 'NZ', fs: 'FR', its: 'IT', brp: 'PH',
  jds: 'JP', js: 'JP', hnlms: 'NL', rfs: 'RU', tcg: 'TR', roks: 'KR', pns: 'PK', kri: 'ID', hnoms: 'NO', hdms: 'DK', hswms: 'SE',
  fgs: 'DE', sps: 'ES', nrp: 'PT', ors: 'PL', htms: 'TH', kd: 'MY', rss: 'SG', ara: 'AR', sas: 'ZA', iris: 'IR', bns: 'BD', tns: 'TN',
};
const SHIP_PREFIXES = new Set([...Object.keys(SHIP_COUNTRIES), 'ts']);

const MEDIA_KINDS = new Set(['hebdomadaire', 'quotidien', 'journal', 'magazine', 'newspaper', 'weekly', 'daily', 'site', 'radio', 'chaine', 'media', 'outlet', 'broadcaster', 'television', 'tabloid', 'firm', 'company', 'societe', 'entreprise', 'consultancy', 'contractor', 'groupe']);

/** The kind a base's adjective gives it: "la base aérienne de X" and "X air base" are both an air base. */
const BASE_KINDS = new Map<string, string>(Object.entries({ aerienne: 'air base', air: 'air base', navale: 'naval base', naval: 'naval base', militaire: 'military base', military: 'military base' }));

/** A run of capitalised words from k (hyphenated names count as one word), or k when none. */
function placeName(ctx: Ctx, k: number): number {
  const { tokens } = ctx;
  let end = k;
  while (end < tokens.length && end - k < 4 && tokens[end].kind === 'word' && (tokens[end].cap || arabicJoined(ctx, tokens[end]) || (end > k && ['al', 'el', 'de', 'du'].includes(tokens[end].norm) && tokens[end + 1]?.cap)) &&
    !FUNCTION_WORDS.has(tokens[end].norm) && !MONTHS_AND_DAYS.has(tokens[end].norm) && !(mentionAt(ctx, end) && ctx.entities.get(mentionAt(ctx, end)!.entityId)?.type !== 'Location')) end++;
  while (end > k && !tokens[end - 1].cap && !arabicJoined(ctx, tokens[end - 1])) end--;
  return end;
}

/**
 * Military bases and camps: "la base aérienne de Bobo-Dioulasso", "Hmeimim air base", "the Senou air base",
 * "le camp de Port-Bouët", "Camp Lemonnier". The base is a place of its own; its bare name is listed too
 * (a nested mention), because reports name it both ways.
 */
function basePattern(ctx: Ctx, i: number): boolean {
  const { tokens, doc } = ctx;
  const w = tokens[i].norm;
  let phrase0 = i;
  let name0 = -1;
  let nameEnd = -1;
  let phraseEnd = -1;
  let kind = 'base';
  if ((w === 'base' || w === 'camp') && !tokens[i].cap || (w === 'camp' && tokens[i].cap)) {
    let k = i + 1;
    if (w === 'base' && BASE_KINDS.get(tokens[k]?.norm ?? '')) kind = BASE_KINDS.get(tokens[k++].norm)!;
    if (['de', "d'", 'du'].includes(tokens[k]?.norm ?? '')) k++;
    else if (w === 'base' && kind === 'base') return false;
    const end = placeName(ctx, k);
    if (end === k) return false;
    name0 = k; nameEnd = end; phraseEnd = end;
    if (w === 'camp') kind = 'camp';
  } else if (tokens[i].kind === 'word' && (tokens[i].cap || arabicJoined(ctx, tokens[i], true)) && !FUNCTION_WORDS.has(w)) {
    const end = placeName(ctx, i);
    if (end === i) return false;
    let k = end;
    if (BASE_KINDS.get(tokens[k]?.norm ?? '') && ['base', 'airbase'].includes(tokens[k + 1]?.norm ?? '')) { kind = BASE_KINDS.get(tokens[k].norm)!; k += 2; }
    else if (tokens[k]?.norm === 'airbase') { kind = 'air base'; k += 1; }
    else return false;
    name0 = i; nameEnd = end; phraseEnd = k; phrase0 = i;
  } else return false;
  for (let k = phrase0; k < phraseEnd; k++) if (mentionAt(ctx, k) && ctx.entities.get(mentionAt(ctx, k)!.entityId)?.type !== 'Location') return false;
  // A town already found in the name stays a town; the base is another place.
  for (let k = name0; k < nameEnd; k++) if (mentionAt(ctx, k)) return false;
  const bare = doc.text.slice(tokens[name0].start, tokens[nameEnd - 1].end).replace(/\s+/g, ' ');
  const name = kind === 'camp' ? `Camp ${bare}` : `${bare} ${kind}`;
  const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.7 });
  addMention(ctx, { t0: phrase0, t1: phraseEnd, entityId: e.id, form: 'pattern' });
  if (phrase0 !== name0 || phraseEnd !== nameEnd) {
    ctx.mentions.push({ ...span(ctx, name0, nameEnd), t0: name0, t1: nameEnd, entityId: e.id, form: 'pattern', nested: true });
  }
  return true;
}

const PLURAL_BASE_KINDS = new Map<string, string>(Object.entries({ aeriennes: 'air base', navales: 'naval base', militaires: 'military base' }));

/** One base of a list: its bare name [n0, n1) is the mention, "X air base" the entity. */
function listedBase(ctx: Ctx, n0: number, n1: number, kind: string): void {
  const bare = ctx.doc.text.slice(ctx.tokens[n0].start, ctx.tokens[n1 - 1].end).replace(/\s+/g, ' ');
  const name = `${bare} ${kind}`;
  const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.65 });
  addMention(ctx, { t0: n0, t1: n1, entityId: e.id, form: 'pattern' });
}

/**
 * Lists of bases: "ses bases syriennes de Hmeimim et de Tartous", "les bases d'Al-Khadim, d'Al-Joufra et de
 * Maaten al-Sarra", "the al-Khadim and al-Jufra air bases". Each unknown name is a base; a town stays a town.
 */
function baseListPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const names: Array<[number, number]> = [];
  let kind = 'base';
  let end = i;
  if (tokens[i].norm === 'bases' && !tokens[i].cap) {
    let k = i + 1;
    const dem = mentionAt(ctx, k);
    if (dem && dem.form === 'demonym' && dem.t0 === k) k = dem.t1;
    if (PLURAL_BASE_KINDS.get(tokens[k]?.norm ?? '')) kind = PLURAL_BASE_KINDS.get(tokens[k++].norm)!;
    while (k < tokens.length && ['de', "d'", 'du'].includes(tokens[k].norm)) {
      const n1 = placeName(ctx, k + 1);
      if (n1 === k + 1) break;
      names.push([k + 1, n1]);
      k = n1;
      end = k;
      if (tokens[k]?.norm === ',' || tokens[k]?.norm === 'et') k++;
      if (tokens[k]?.norm === 'et') k++;
    }
    if (names.length < 2) return i;
  } else if (tokens[i].kind === 'word' && (tokens[i].cap || arabicJoined(ctx, tokens[i], true)) && !FUNCTION_WORDS.has(tokens[i].norm)) {
    let k = i;
    while (names.length < 5) {
      const n1 = placeName(ctx, k);
      if (n1 === k) return i;
      names.push([k, n1]);
      k = n1;
      if (tokens[k]?.norm === ',' || tokens[k]?.norm === 'and') k++;
      else break;
      if (tokens[k]?.norm === 'and') k++;
    }
    if (names.length < 2 || !BASE_KINDS.get(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'bases') return i;
    kind = BASE_KINDS.get(tokens[k].norm)!;
    end = k + 2;
  } else return i;
  for (const [n0, n1] of names) {
    let free = true;
    for (let k = n0; k < n1; k++) if (mentionAt(ctx, k)) free = false;
    if (free) listedBase(ctx, n0, n1, kind);
  }
  return end;
}

/** Heads after a name that make it a facility: "Adampur Air Force Station", "Ain al-Asad Air Base", "Erbil airport". */
const FACILITY_TAILS: readonly (readonly string[])[] = [
  ['air', 'force', 'station'], ['air', 'force', 'base'], ['naval', 'air', 'station'], ['air', 'base'], ['naval', 'base'], ['naval', 'station'],
  ['air', 'station'], ['military', 'base'], ['army', 'base'], ['airbase'], ['international', 'airport'], ['airport'], ['airfield'], ['barracks'],
  ['training', 'ground'], ['training', 'area'], ['training', 'range'], ['firing', 'range'], ['ammunition', 'depot'], ['arms', 'depot'], ['islands'],
  // Places of the land and the sea named after their feature: "Barque Canada Reef", "the Durand Line", "the Kurram district".
  ['reef'], ['shoal'], ['atoll'], ['bay'], ['strait'], ['sea'], ['line'], ['range'], ['temple'], ['district'], ['border', 'crossing'],
  ['crossing'], ['pass'], ['corridor'], ['valley'], ['peninsula'],
  // ... and after their use: "the Cuyuní river", "the Stabroek block", "the Heglig oil area", "the Kitaf area of Saada".
  ['river'], ['oilfield'], ['oil', 'field'], ['gas', 'field'], ['oil', 'area'], ['area'], ['block'], ['gold', 'mine'],
];
/** Tails that name a place only in lowercase ("the Kitaf area"; "the Euro Area" is no place). */
const LOWERCASE_TAILS = new Set(['area', 'block']);
/** Heads before a name: "Camp Film City", "Mission Support Site Euphrates", "Forward Operating Base Chapman". */
const FACILITY_OPENERS: readonly (readonly string[])[] = [
  ['camp'], ['fort'], ['forward', 'operating', 'base'], ['mission', 'support', 'site'], ['patrol', 'base'], ['joint', 'base'], ['combat', 'outpost'],
];
/** French heads before "de X", with the English kind the place is named with: "le dépôt de munitions de Cobasna", "le polygone de Bulboaca". */
const FR_FACILITY_HEADS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['depot', 'de', 'munitions'], 'ammunition depot'], [['depot', "d'", 'armes'], 'arms depot'], [['depot', "d'", 'armement'], 'arms depot'],
  [['polygone', 'de', 'tir'], 'training ground'], [['polygone'], 'training ground'], [['champ', 'de', 'tir'], 'firing range'],
  [['terrain', "d'", 'entrainement'], 'training ground'], [['camp', "d'", 'entrainement'], 'training camp'],
  [['detroit'], 'Strait'], [['mer'], 'Sea'], [['baie'], 'Bay'], [['recif'], 'Reef'], [['atoll'], 'atoll'], [['district'], 'district'],
  [['temple'], 'temple'], [['col'], 'pass'], [['vallee'], 'valley'], [['poste-frontiere'], 'border crossing'],
  [['poste', 'frontiere'], 'border crossing'], [['poste', 'frontalier'], 'border crossing'], [['point', 'de', 'passage'], 'crossing'],
  // "le mont Matin", "l'aérodrome de Geçitkale", "le site aurifère de Ndassima": '%' is where the name goes.
  [['mont'], 'Mount %'], [['aerodrome'], 'airfield'], [['site', 'aurifere'], 'gold mine'], [['mine', "d'", 'or'], 'gold mine'],
  [['site', 'minier'], 'mine'], [['gisement'], 'field'], [['champ', 'petrolier'], 'oil field'], [['fleuve'], 'River'], [['riviere'], 'River'], [['lac'], 'Lake %'],
];

/** First words of the tails and French heads: at a token that is none of them, no sequence of the list can start. */
const FACILITY_TAIL_STARTS = new Set(FACILITY_TAILS.map((seq) => seq[0]));
const FR_FACILITY_HEAD_STARTS = new Set(FR_FACILITY_HEADS.map(([seq]) => seq[0]));

/** End of the words `seq` at k (folded, any case), or -1. */
function wordsAt(tokens: Token[], k: number, seq: readonly string[]): number {
  for (let j = 0; j < seq.length; j++) if (tokens[k + j]?.norm !== seq[j] || tokens[k + j].kind !== 'word') return -1;
  return k + seq.length;
}

/** A word of a place's own name: capitalised, or an Arabic article joined to one ("al-Asad"). */
function nameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || FUNCTION_WORDS.has(t.norm) || MONTHS_AND_DAYS.has(t.norm)) return false;
  return t.cap || arabicJoined(ctx, t);
}

/** A mention a facility's name may swallow: a town or a capital ("Erbil airport", "Kyiv airport"). */
const townMention = (ctx: Ctx, m: MentionRec | null): boolean =>
  !!m && (m.form === 'capital' || (ctx.entities.get(m.entityId)?.type === 'Location' && ctx.entities.get(m.entityId)?.kind !== 'region'));

/** Records the facility [t0, t1) named `name`; a town found inside its name gives way, an unknown bare name [n0, n1) is a nested mention. */
function addFacility(ctx: Ctx, t0: number, t1: number, n0: number, n1: number, name: string): void {
  let free = true;
  for (let k = n0; k < n1; k++) {
    const m = mentionAt(ctx, k);
    if (m) { free = false; removeMention(ctx, m); }
  }
  const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.7 });
  addMention(ctx, { t0, t1, entityId: e.id, form: 'pattern' });
  if (free && (t0 !== n0 || t1 !== n1)) ctx.mentions.push({ ...span(ctx, n0, n1), t0: n0, t1: n1, entityId: e.id, form: 'pattern', nested: true });
}

/**
 * Named military sites and airports, found before people and organisations so that "Camp Film City" is no person and
 * "Adampur Air Force Station" no organisation: a name before a facility head ("Ain al-Asad Air Base", "Rzeszów airport",
 * "the Batanes islands"), after one ("Camp Film City", "Mission Support Site Euphrates"), or in French after a head and
 * "de" ("le dépôt de munitions de Cobasna", "le polygone de Bulboaca").
 */
function facilityPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  const sameLine = (a: number, b: number) => !doc.text.slice(tokens[a].end, tokens[b].start).includes('\n');
  for (let i = 0; i + 1 < tokens.length; i++) {
    // In a Title Case line only a head of several words is a sign ("... takes off from Ambala Air Force Station.").
    const titled = ctx.titleCase[i] === 1;
    // After a head: "Camp Film City".
    if (!titled && tokens[i].cap && !mentionAt(ctx, i)) {
      let opened = -1;
      for (const seq of FACILITY_OPENERS) {
        const k = wordsAt(tokens, i, seq);
        if (k > 0 && tokens.slice(i, k).every((t) => t.cap)) { opened = k; break; }
      }
      if (opened > 0 && nameWord(ctx, opened) && sameLine(opened - 1, opened)) {
        let end = opened;
        while (end < tokens.length && end - opened < 3 && nameWord(ctx, end) && sameLine(end - 1, end) && (!mentionAt(ctx, end) || townMention(ctx, mentionAt(ctx, end)))) end++;
        if (end > opened && !(tokens[end]?.kind === 'word' && tokens[end].cap)) {
          addFacility(ctx, i, end, opened, end, doc.text.slice(tokens[i].start, tokens[end - 1].end).replace(/\s+/g, ' '));
          i = end - 1;
          continue;
        }
      }
    }
    // French head, "de", a name: "le polygone de Bulboaca".
    if (!titled && doc.language === 'fr' && !tokens[i].cap) {
      let kind = '';
      let k = -1;
      if (FR_FACILITY_HEAD_STARTS.has(tokens[i].norm)) for (const [seq, name] of FR_FACILITY_HEADS) if ((k = wordsAt(tokens, i, seq)) > 0) { kind = name; break; }
      // "le mont Matin": a mountain's name needs no "de" (k is then the word before the name).
      if (k > 0 && kind.includes('%') && nameWord(ctx, k) && !mentionAt(ctx, k)) k--;
      const named = mentionAt(ctx, k + 1);
      const joined = k >= 0 && kind.includes('%') && k === i;
      if (k >= 0 && (joined || ['de', "d'", 'du'].includes(tokens[k]?.norm ?? '')) && nameWord(ctx, k + 1) && !mentionAt(ctx, i) && (!named || (named.t0 === k + 1 && townMention(ctx, named)))) {
        // "le temple de Preah Vihear": a town or a province of that name gives way to the place named after it.
        const end = named ? Math.max(named.t1, placeName(ctx, k + 1)) : placeName(ctx, k + 1);
        let free = end > k + 1;
        for (let j = k + 1; j < end; j++) { const m = mentionAt(ctx, j); if (m && !(m === named && m.t1 <= end)) free = false; }
        if (free) {
          const bare = doc.text.slice(tokens[k + 1].start, tokens[end - 1].end).replace(/\s+/g, ' ');
          addFacility(ctx, kind.includes('%') ? i : k + 1, end, k + 1, end, kind.includes('%') ? kind.replace('%', bare) : `${bare} ${kind}`);
          i = end - 1;
          continue;
        }
      }
    }
    // Before a head: "Ain al-Asad Air Base", "Erbil airport".
    if (!nameWord(ctx, i) || (i > 0 && nameWord(ctx, i - 1) && !mentionAt(ctx, i - 1) && sameLine(i - 1, i))) continue;
    const m0 = mentionAt(ctx, i);
    if (m0 && (!townMention(ctx, m0) || m0.t0 !== i)) continue;
    for (let end = i + 1; end <= i + 4 && end < tokens.length; end++) {
      const m = mentionAt(ctx, end - 1);
      if (!nameWord(ctx, end - 1) || !sameLine(end - 1 > i ? end - 2 : i, end - 1) || (m && !townMention(ctx, m))) break;
      if (m && m.t1 > end) continue;
      let tail = -1;
      if (FACILITY_TAIL_STARTS.has(tokens[end]?.norm ?? '')) for (const seq of FACILITY_TAILS) if ((tail = wordsAt(tokens, end, seq)) > 0) break;
      if (tail < 0 || mentionAt(ctx, end) || mentionAt(ctx, tail - 1) || !sameLine(end - 1, end)) continue;
      // "Solomon Islands" and the like are known; a lowercase tail after a town only names its airport or its islands.
      const headCase = tokens.slice(end, tail).every((t) => t.cap) || tokens.slice(end, tail).every((t) => !t.cap);
      if (!headCase || (tokens[tail]?.kind === 'word' && tokens[tail].cap) || (titled && tail - end < 2)) break;
      if (LOWERCASE_TAILS.has(tokens[tail - 1].norm) && tokens[tail - 1].cap) break;
      // "the al-Khadim airbase" is named "al-Khadim air base", as the other bases are.
      const surface = tokens[tail - 1].norm === 'airbase' && tail - end === 1 ? `${doc.text.slice(tokens[i].start, tokens[end - 1].end)} air base` : doc.text.slice(tokens[i].start, tokens[tail - 1].end);
      addFacility(ctx, i, tail, i, end, surface.replace(/\s+/g, ' '));
      i = tail - 1;
      break;
    }
  }
}

/** "l'hebdomadaire X", "the weekly X", "la société X": an outlet or a company named after its kind. End of the name, or i. */
function mediaKindPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const w = tokens[i].norm;
  if (MEDIA_KINDS.has(w) && !tokens[i].cap && tokens[i + 1].cap && !mentionAt(ctx, i + 1) && !FUNCTION_WORDS.has(tokens[i + 1].norm)) {
    let end = i + 1;
    while (end < tokens.length && end - i <= 4 && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt(ctx, end)) end++;
    const name = doc.text.slice(tokens[i + 1].start, tokens[end - 1].end);
    if (name.length > 3) {
      const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'news outlet', confidence: 0.65 });
      addMention(ctx, { t0: i + 1, t1: end, entityId: e.id, form: 'pattern' });
      return end;
    }
  }
  return i;
}

/** "USS Stockdale", "HMS Prince of Wales": a ship after its prefix. End of the name, or i. */
function shipPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const w = tokens[i].norm;
  if (SHIP_PREFIXES.has(w) && tokens[i].upper && tokens[i + 1].cap && !mentionAt(ctx, i + 1)) {
    let end = i + 1;
    while (end < tokens.length && end - i <= 4 && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt(ctx, end)) {
      end++;
      // "HMS Prince of Wales", "HMS Duke of York": "of" and a name inside the ship's name.
      if (tokens[end]?.norm === 'of' && tokens[end + 1]?.cap && tokens[end + 1].kind === 'word' && end - i <= 3) end++;
      // "USS Harry S. Truman": an initial and its full stop inside the name.
      if (tokens[end - 1].norm.length === 1 && tokens[end]?.norm === '.' && tokens[end + 1]?.cap && tokens[end + 1].start === tokens[end].end + 1) end++;
      // 'USNS Hershel "Woody" Williams': a nickname in quotes inside the name.
      if (tokens[end]?.norm === '"' && tokens[end + 1]?.cap && tokens[end + 2]?.norm === '"' && tokens[end + 3]?.cap && tokens[end + 3].kind === 'word' && !mentionAt(ctx, end + 3)) end += 4;
    }
    const name = doc.text.slice(tokens[i].start, tokens[end - 1].end);
    const country = SHIP_COUNTRIES[w] ? `country:${SHIP_COUNTRIES[w]}` : null;
    const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(name)}`, name, type: 'MilitaryUnit', country, confidence: 0.8 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    return end;
  }
  return i;
}

/**
 * Kinds of warship before the ship's name: "le chasseur de mines Narcis", "la frégate belge Louise-Marie",
 * "the destroyer Zumwalt". Singular only and after a determiner, so "des corvettes Gowind" (a class) is no ship.
 */
const WARSHIP_NOUNS: readonly (readonly string[])[] = [
  ['fregate'], ['corvette'], ['destroyer'], ['croiseur'], ['porte-avions'], ['porte-helicopteres'], ['sous-marin'], ['patrouilleur'], ['aviso'],
  ['chasseur', 'de', 'mines'], ['dragueur', 'de', 'mines'], ['brise-glace'], ['navire', 'amiral'], ['batiment', 'amiral'],
  ['frigate'], ['corvette'], ['cruiser'], ['aircraft', 'carrier'], ['carrier'], ['submarine'], ['minehunter'], ['mine', 'hunter'], ['minesweeper'],
  ['patrol', 'vessel'], ['patrol', 'ship'], ['warship'], ['flagship'], ['icebreaker'], ['amphibious', 'assault', 'ship'],
  // Longer kinds first where they share a head ("la frégate de surveillance Vendémiaire").
];
const WARSHIP_COMPLEMENTS: readonly (readonly string[])[] = [
  ['de', 'surveillance'], ['de', 'defense', 'aerienne'], ['de', 'defense', 'et', "d'", 'intervention'], ['multimissions'], ['furtive'], ['lance-missiles'],
  ['nucleaire', "d'", 'attaque'], ['de', 'haute', 'mer'], ['hauturier'],
];
const SHIP_DETERMINERS = new Set(['le', 'la', "l'", 'un', 'une', 'du', 'au', 'the', 'a', 'its', 'sa', 'son']);

function warshipNounPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  if (i === 0 || tokens[i].cap) return i;
  // "the Russian frigate Admiral Golovko": a demonym may come between the determiner and the kind.
  const before = mentionAt(ctx, i - 1);
  const opener = before && before.form === 'demonym' && before.t1 === i ? before.t0 - 1 : i - 1;
  if (!SHIP_DETERMINERS.has(tokens[opener]?.norm ?? '')) return i;
  let k = -1;
  for (const seq of WARSHIP_NOUNS) if ((k = wordsAt(tokens, i, seq)) > i) break;
  if (k <= i) return i;
  for (const seq of WARSHIP_COMPLEMENTS) { const c = wordsAt(tokens, k, seq); if (c > k) { k = c; break; } }
  const dem = mentionAt(ctx, k);
  if (dem && dem.form === 'demonym' && dem.t0 === k) k = dem.t1;
  // "the carrier HMS Prince of Wales": the prefix pattern names it.
  const first = tokens[k];
  if (!first || !first.cap || first.kind !== 'word' || first.upper || FUNCTION_WORDS.has(first.norm) || MONTHS_AND_DAYS.has(first.norm) || SHIP_PREFIXES.has(first.norm)) return i;
  let end = k;
  while (end < tokens.length && end - k < 4) {
    const t = tokens[end];
    // "le porte-avions Charles de Gaulle": a particle inside the name.
    if (NAME_PARTICLES.has(t.norm) && !t.cap && end > k && tokens[end + 1]?.cap) { end += 2; continue; }
    // "le patrouilleur Premier-Maître L'Her": an elided article inside the name.
    if ((t.norm === "l'" || t.norm === "d'") && t.cap && end > k && tokens[end + 1]?.cap && tokens[end + 1].start === t.end) { end += 2; continue; }
    // "Xiang Yang Hong 03": a hull number ends the name.
    if (t.kind === 'number' && end > k && /^\d{1,3}$/.test(t.norm) && t.start === tokens[end - 1].end + 1) { end++; break; }
    if (!t.cap || t.kind !== 'word' || FUNCTION_WORDS.has(t.norm)) break;
    end++;
  }
  // A known name of its own ("la frégate française en mer Rouge" stops before; "le porte-avions Charles de Gaulle" is in the lexicon).
  for (let j = k; j < end; j++) {
    const m = mentionAt(ctx, j);
    if (m && !(m.t0 >= k && m.t1 <= end && townMention(ctx, m))) return i;
  }
  const name = doc.text.slice(tokens[k].start, tokens[end - 1].end);
  if (name.length < 3) return i;
  for (let j = k; j < end; j++) { const m = mentionAt(ctx, j); if (m) removeMention(ctx, m); }
  const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(name)}`, name, type: 'MilitaryUnit', kind: 'ship', confidence: 0.75 });
  addMention(ctx, { t0: k, t1: end, entityId: e.id, form: 'pattern' });
  return end;
}

/** "deux corvettes de classe Braunschweig", "Arleigh Burke-class destroyers": a class of ships named after a town is no town. */
function dropShipClassTowns(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].norm !== 'classe' || tokens[i].cap) continue;
    const m = mentionAt(ctx, i + 1);
    if (m && m.t0 === i + 1 && townMention(ctx, m)) removeMention(ctx, m);
  }
}

const PLURAL_WARSHIPS = new Set(['fregates', 'corvettes', 'destroyers', 'sous-marins', 'patrouilleurs', 'avisos', 'frigates', 'submarines', 'minehunters', 'minesweepers', 'warships', 'cruisers', 'carriers', 'navires', 'batiments', 'ships', 'vessels']);
const SHIP_LIST_OPENERS = new Set(['dont', 'including', 'notamment', 'namely']);

/**
 * Ships named after a counted kind: "two frigates, the Provence and the Forbin", "deux frégates au large de l'île, dont la Kimon".
 * Each name after its article is a ship, even one that is also a region or a town; the list ends at the first other word.
 */
function shipListPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (!PLURAL_WARSHIPS.has(tokens[i].norm) || tokens[i].cap || tokens[i - 1].kind === 'punct') continue;
    // The comma that opens the apposition, within the same clause.
    let c = i + 1;
    while (c < tokens.length && c - i <= 12 && tokens[c].norm !== ',' && tokens[c].norm !== '.' && !(tokens[c].cap && tokens[c].kind === 'word')) c++;
    if (tokens[c]?.norm !== ',') continue;
    let k = c + 1;
    if (SHIP_LIST_OPENERS.has(tokens[k]?.norm ?? '')) k++;
    const names: { t0: number; t1: number }[] = [];
    while (k < tokens.length && ['the', 'la', 'le', "l'"].includes(tokens[k].norm)) {
      const t0 = k + 1;
      let t1 = t0;
      while (t1 < tokens.length && t1 - t0 < 3 && tokens[t1].cap && tokens[t1].kind === 'word' && !FUNCTION_WORDS.has(tokens[t1].norm)) t1++;
      if (t1 === t0) break;
      names.push({ t0, t1 });
      if (!['and', 'et', ','].includes(tokens[t1]?.norm ?? '')) break;
      k = t1 + 1;
    }
    for (const { t0, t1 } of names) {
      // A listed body is no ship ("the Navy"); a place or an unknown word may be one.
      let free = true;
      for (let j = t0; j < t1; j++) { const m = mentionAt(ctx, j); if (m && !townMention(ctx, m)) free = false; }
      if (!free) continue;
      for (let j = t0; j < t1; j++) { const m = mentionAt(ctx, j); if (m) removeMention(ctx, m); }
      const name = doc.text.slice(tokens[t0].start, tokens[t1 - 1].end);
      const e = ensureEntity(ctx, undefined, { id: `unit:${slugify(name)}`, name, type: 'MilitaryUnit', kind: 'ship', confidence: 0.7 });
      addMention(ctx, { t0, t1, entityId: e.id, form: 'pattern' });
    }
  }
}

const WEAPON_NOUNS_EN = new Set(['fighter', 'fighters', 'jet', 'jets', 'aircraft', 'planes', 'drone', 'drones', 'helicopter', 'helicopters', 'missile', 'missiles', 'tanks', 'launchers', 'interceptors', 'bombers']);
const WEAPON_NOUNS_FR = new Set(['chasseurs', 'chasseur', 'avions', 'avion', 'appareils', 'drones', 'drone', 'helicopteres', 'helicoptere', 'missiles', 'missile', 'chars', 'char', 'lanceurs', 'bombardiers']);

/** "24 Falcon fighters", "des chasseurs Falcon": a place name on a weapon is its model, not the place. */
function dropPlacesOnWeapons(ctx: Ctx): void {
  const { tokens } = ctx;
  for (const m of [...ctx.mentions]) {
    if (!townMention(ctx, m) || m.form === 'capital') continue;
    const before = tokens[m.t0 - 1];
    const after = tokens[m.t1];
    const english = !!after && WEAPON_NOUNS_EN.has(after.norm) && !!before && before.kind === 'number';
    const french = !!before && WEAPON_NOUNS_FR.has(before.norm) && !before.cap;
    if (english || french) removeMention(ctx, m);
  }
}

/** End of a numbered television channel at i, or i. */
function channelPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const w = tokens[i].norm;
  // "Israel's Channel 12", "Channel 4 News": a numbered television channel.
  if (w === 'channel' && tokens[i].cap && tokens[i + 1].kind === 'number' && /^\d{1,3}$/.test(tokens[i + 1].norm) && !mentionAt(ctx, i)) {
    const end = tokens[i + 2]?.norm === 'news' && tokens[i + 2].cap ? i + 3 : i + 2;
    const name = doc.text.slice(tokens[i].start, tokens[end - 1].end);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'television channel', confidence: 0.7 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    return end;
  }
  return i;
}

/** End of a stock exchange named after its city at i, or i. */
function exchangePattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const w = tokens[i].norm;
  // "la Bourse de Shenzhen": the exchange, named after its city (no place of its own here).
  if (w === 'bourse' && tokens[i].cap && (tokens[i + 1].norm === 'de' || tokens[i + 1].norm === "d'") && !mentionAt(ctx, i)) {
    const city = mentionAt(ctx, i + 2);
    const cityEnd = city && city.t0 === i + 2 && ctx.entities.get(city.entityId)?.type !== 'Person' ? city.t1 : placeName(ctx, i + 2);
    if (cityEnd > i + 2) {
      const cityName = doc.text.slice(tokens[i + 2].start, tokens[cityEnd - 1].end);
      if (city && city.t0 === i + 2 && ctx.entities.get(city.entityId)?.type === 'Location') removeMention(ctx, city);
      const e = ensureEntity(ctx, undefined, { id: `org:${slugify(cityName)}-stock-exchange`, name: `${cityName} Stock Exchange`, type: 'Organization', kind: 'company', confidence: 0.7 });
      addMention(ctx, { t0: i, t1: cityEnd, entityId: e.id, form: 'pattern' });
      return cityEnd;
    }
  }
  return i;
}

/** "the village of Ramyah", "l'aéroport d'Amdjarass", "le port érythréen d'Assab": a place after its kind. End of the phrase, or i. */
function placeKindPattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const w = tokens[i].norm;
  const isPlaceKind = PLACE_KINDS.has(w) || (w === 'port' && !tokens[i].cap);
  const isAirport = w === 'airport' || w === 'aeroport';
  if (!isPlaceKind && !isAirport) return i;
  // "le port érythréen d'Assab", "des localités frontalières comme Zalambessa": a demonym or an adjective may come between.
  let p = i + 1;
  const dem = mentionAt(ctx, p);
  if (dem && dem.form === 'demonym' && dem.t0 === p) p = dem.t1;
  else if (PLURAL_PLACE_KINDS.has(w) && tokens[p].kind === 'word' && !tokens[p].cap && !FUNCTION_WORDS.has(tokens[p].norm) && !mentionAt(ctx, p)) p++;
  const prep = tokens[p]?.norm ?? '';
  const listed = PLURAL_PLACE_KINDS.has(w) && ['comme', 'notamment', 'including', 'like'].includes(prep);
  const suchAs = PLURAL_PLACE_KINDS.has(w) && prep === 'such' && tokens[p + 1]?.norm === 'as';
  // "le département du Logone-et-Chari"; "le département d'État" is a ministry, found before.
  const du = prep === 'du' && w === 'departement';
  if (prep !== 'of' && prep !== 'de' && prep !== "d'" && !du && !listed && !suchAs) return i;
  if (mentionAt(ctx, i)) return i;
  const k = suchAs ? p + 2 : p + 1;
  if (k >= tokens.length) return i;
  // "l'aéroport de Beyrouth": the city named is the airport's, not a place of its own here.
  const city = isAirport ? mentionAt(ctx, k) : null;
  if (city && city.t0 === k && (city.form === 'capital' || city.form === 'location' || (city.form === 'name' && ctx.entities.get(city.entityId)?.type === 'Location'))) {
    const cityName = doc.text.slice(tokens[k].start, tokens[city.t1 - 1].end);
    const t1 = city.t1;
    removeMention(ctx, city);
    const e = ensureEntity(ctx, undefined, { id: `location:${slugify(cityName)}-airport`, name: `${cityName} airport`, type: 'Location', confidence: 0.7 });
    addMention(ctx, { t0: i, t1, entityId: e.id, form: 'pattern' });
    return t1;
  }
  if (!tokens[k].cap || mentionAt(ctx, k) || FUNCTION_WORDS.has(tokens[k].norm)) return i;
  let end = k;
  while (end < tokens.length && end - k < 3 && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt(ctx, end)) end++;
  const name = doc.text.slice(tokens[k].start, tokens[end - 1].end).replace(/\s+/g, ' ');
  if (isAirport) {
    const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}-airport`, name: `${name} airport`, type: 'Location', confidence: 0.7 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
  } else {
    const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.75 });
    addMention(ctx, { t0: k, t1: end, entityId: e.id, form: 'pattern' });
  }
  return end;
}

/** Kinds of land or water feature named with a proper name, and how the English name ends ("le fleuve Piandj" is the Piandj River). */
const FEATURE_KINDS = new Map(Object.entries({
  fleuve: 'River', riviere: 'River', delta: 'Delta', vallee: 'Valley', plateau: 'Plateau', desert: 'Desert', plaine: 'Plain', plaines: 'Plains', massif: 'Massif',
  river: 'River', valley: 'Valley', plains: 'Plains',
}));
const FEATURE_GLUE = new Set(['de', 'du', "d'", 'des']);

/**
 * The end of up to three capitalised words from `k` that no mention covers and that are no function word, month or day
 * (a name the lexicons do not know); `oneLine`: not past a line break ("off Constanta" | "Image: AFP").
 */
function unknownNameEnd(ctx: Ctx, k: number, oneLine = false): number {
  const { tokens, doc } = ctx;
  let end = k;
  while (end < tokens.length && end - k < 3 && tokens[end].cap && tokens[end].kind === 'word' && !mentionAt(ctx, end) &&
    !FUNCTION_WORDS.has(tokens[end].norm) && !MONTHS_AND_DAYS.has(tokens[end].norm) &&
    (!oneLine || end === k || !doc.text.slice(tokens[end - 1].end, tokens[end].start).includes('\n'))) end++;
  return end;
}

/**
 * "le fleuve Piandj", "le delta du Niger", "la vallée de la Bekaa" (fr) and "the Ibar river", "the Tibetan plateau", "the
 * Nile delta" (en): a feature named by its kind, the whole phrase its mention. A state's name in it is the feature's only.
 */
function featurePattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const named = (k: number): number => {
    const m = mentionAt(ctx, k);
    if (m) return m.t0 === k && m.form === 'name' && ['Country', 'Location'].includes(ctx.entities.get(m.entityId)?.type ?? '') ? m.t1 : k;
    return unknownNameEnd(ctx, k);
  };
  const add = (t0: number, t1: number, n0: number, n1: number, kind: string): number => {
    // A place known by its name alone ("the Depsang plains") stays that place; a state's name names the feature only.
    const known = mentionAt(ctx, n0);
    const place = known && ctx.entities.get(known.entityId)?.type === 'Location' ? known.entityId : null;
    for (let k = n0; k < n1; k++) { const m = mentionAt(ctx, k); if (m) removeMention(ctx, m); }
    const name = `${doc.text.slice(tokens[n0].start, tokens[n1 - 1].end).replace(/\s+/g, ' ')} ${kind}`;
    const id = place ?? ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.65 }).id;
    addMention(ctx, { t0, t1, entityId: id, form: 'pattern' });
    return t1;
  };
  const t = tokens[i];
  if (ctx.titleCase[i] || t.kind !== 'word') return i;
  // "Lake Lanao", "le lac Albert", "Mount Elgon": the kind before the name, in English as in French.
  const prefix = FEATURE_PREFIXES.get(t.norm);
  if (prefix && !mentionAt(ctx, i) && tokens[i + 1]?.cap) {
    const end = unknownNameEnd(ctx, i + 1, true);
    if (end > i + 1) {
      const name = `${prefix} ${doc.text.slice(tokens[i + 1].start, tokens[end - 1].end).replace(/\s+/g, ' ')}`;
      const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.65 });
      addMention(ctx, { t0: t.cap ? i : i + 1, t1: end, entityId: e.id, form: 'pattern' });
      return end;
    }
  }
  if (doc.language === 'fr') {
    const kind = !t.cap ? FEATURE_KINDS.get(t.norm) : undefined;
    if (!kind || ['river', 'valley', 'plains'].includes(t.norm)) return i;
    let k = i + 1;
    if (FEATURE_GLUE.has(tokens[k]?.norm ?? '')) k++;
    if (['la', "l'"].includes(tokens[k]?.norm ?? '') && tokens[k - 1].norm === 'de') k++;
    if (k >= tokens.length || !tokens[k].cap) return i;
    const end = named(k);
    return end > k ? add(i, end, k, end, kind) : i;
  }
  // English: the name, then the lowercase kind ("the Ibar river").
  if (!t.cap || (i > 0 && tokens[i - 1].cap && tokens[i - 1].kind === 'word')) return i;
  const end = named(i);
  const head = tokens[end];
  const kind = end > i && head && !head.cap && head.kind === 'word' ? FEATURE_KINDS.get(head.norm) : undefined;
  if (!kind || ['fleuve', 'riviere', 'vallee', 'plaine', 'plaines', 'massif'].includes(head.norm)) return i;
  return add(i, end + 1, i, end, kind);
}

/** Whether the words before token `i` say "off the coast of" a place: "au large de", "au large des côtes de", "off", "off the coast of". */
function offshoreBefore(ctx: Ctx, i: number): boolean {
  const w = (k: number) => ctx.tokens[k]?.norm ?? '';
  if (ctx.doc.language === 'fr') {
    let k = i - 1;
    if (!['de', "d'", 'du'].includes(w(k))) return false;
    if (['cotes', 'cote'].includes(w(k - 1)) && ['des', 'de', 'la'].includes(w(k - 2))) k -= 2;
    return w(k - 1) === 'large' && w(k - 2) === 'au';
  }
  if (w(i - 1) === 'off') return true;
  return w(i - 1) === 'of' && ['coast', 'coasts', 'shores'].includes(w(i - 2)) && w(i - 3) === 'the' && w(i - 4) === 'off';
}

/** "six patrouilleurs au large de Bonny", "operating off Port Harcourt": an unknown name off which ships sail is a place. */
function offshorePattern(ctx: Ctx, i: number): number {
  const { tokens, doc } = ctx;
  const t = tokens[i];
  if (!t.cap || t.kind !== 'word' || ctx.titleCase[i] || mentionAt(ctx, i) || FUNCTION_WORDS.has(t.norm) || MONTHS_AND_DAYS.has(t.norm) || !offshoreBefore(ctx, i)) return i;
  const end = unknownNameEnd(ctx, i, true);
  const name = doc.text.slice(t.start, tokens[end - 1].end);
  const e = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.6 });
  addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
  return end;
}

function namedPlacePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  // Named things found by the word before or around them, tried in this order at each token. Lists of bases need the plural: checked once, not per token.
  const hasBases = doc.folded.includes('bases');
  const hasFeatures = [...FEATURE_KINDS.keys(), ...FEATURE_PREFIXES.keys()].some((w) => doc.folded.includes(w));
  if (doc.folded.includes('classe')) dropShipClassTowns(ctx);
  shipListPass(ctx);
  dropPlacesOnWeapons(ctx);
  const patterns = [mediaKindPattern, shipPattern, warshipNounPattern, channelPattern, exchangePattern, ...(hasFeatures ? [featurePattern] : []), offshorePattern, placeHeadPattern, (c: Ctx, i: number) => (hasBases ? baseListPattern(c, i) : i)];
  for (let i = 0; i + 2 < tokens.length; i++) {
    let end = i;
    for (const pattern of patterns) if ((end = pattern(ctx, i)) > i) break;
    if (end > i) { i = end - 1; continue; }
    if (basePattern(ctx, i)) continue;
    end = placeKindPattern(ctx, i);
    if (end > i) i = end - 1;
  }
}


/** "l'université d'Oslo", "the University of Kyiv": a university named after its town is a body, and the town is only its name. */
function universityPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].norm !== 'universite' && tokens[i].norm !== 'university') continue;
    if (mentionAt(ctx, i) || !['de', "d'", 'of', 'du'].includes(tokens[i + 1].norm)) continue;
    const k = i + 2;
    const place = mentionAt(ctx, k);
    const placeType = place ? ctx.entities.get(place.entityId)?.type : undefined;
    const end = place && place.t0 === k && (placeType === 'Location' || placeType === 'Country') ? place.t1 : !place ? capRun(ctx, k, 3) : k;
    if (end === k) continue;
    const town = doc.text.slice(tokens[k].start, tokens[end - 1].end);
    if (place && place.t0 === k) removeMention(ctx, place);
    const e = ensureEntity(ctx, undefined, { id: `org:university-of-${slugify(town)}`, name: `University of ${town}`, type: 'Organization', confidence: 0.7 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/**
 * French heads of bodies written in lowercase before the name, with the English word the body is named with. A Map, as
 * every table looked up with body tokens: a plain object read with a token's string (not internalised) cost about
 * 0.4 ms per 3 KB French article in this pass alone, the Map 0.01 ms.
 */
const FR_BODY_HEADS = new Map<string, string>(Object.entries({ institut: 'Institute', universite: 'University', fondation: 'Foundation', college: 'College', academie: 'Academy' }));

/** "l'institut Clingendael", "l'université Chulalongkorn": a lowercase head and an unknown name right after it. */
function lowercaseBodyPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  if (doc.language !== 'fr') return;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const head = FR_BODY_HEADS.get(tokens[i].norm);
    if (!head || tokens[i].cap || mentionAt(ctx, i) || !["l'", 'le', 'la', 'du', 'au', 'a'].includes(tokens[i - 1].norm)) continue;
    const k = i + 1;
    const m = mentionAt(ctx, k);
    const end = m ? (m.t0 === k && townMention(ctx, m) ? m.t1 : k) : capRun(ctx, k, 3);
    if (end === k || (tokens[end]?.kind === 'word' && tokens[end].cap)) continue;
    if (m) removeMention(ctx, m);
    const name = `${doc.text.slice(tokens[k].start, tokens[end - 1].end)} ${head}`;
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', confidence: 0.65 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** Class nouns of research bodies, folded: a name right after one is that body's. */
const THINK_TANK_NOUNS: readonly (readonly string[])[] = [['think', 'tank'], ['think-tank'], ['centre', 'de', 'reflexion'], ['groupe', 'de', 'reflexion'], ['laboratoire', "d'idees"], ['research', 'group'], ['research', 'institute'], ['research', 'centre'], ['research', 'center']];

/** "du centre de réflexion WatchDog.md", "the think tank Carnegie Politika": an unknown name after a think tank's noun. */
function thinkTankPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].cap) continue;
    let k = -1;
    for (const seq of THINK_TANK_NOUNS) if ((k = wordsAt(tokens, i, seq)) > 0) break;
    if (k < 0 || !tokens[k] || !tokens[k].cap || tokens[k].kind !== 'word' || mentionAt(ctx, k) || FUNCTION_WORDS.has(tokens[k].norm)) continue;
    let end = capRun(ctx, k, 3);
    if (end === k) continue;
    // "WatchDog.md": a domain name is one name.
    const dot = tokens[end];
    if (dot?.norm === '.' && dot.start === tokens[end - 1].end && tokens[end + 1]?.kind === 'word' && tokens[end + 1].start === dot.end) end += 2;
    const name = doc.text.slice(tokens[k].start, tokens[end - 1].end);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'think-tank', confidence: 0.65 });
    addMention(ctx, { t0: k, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** Past demonyms and modifiers ("libyen", "state", "spécialisée") from k: where the next word of substance is. */
function kindFillerEnd(ctx: Ctx, k: number): number {
  const { tokens } = ctx;
  for (let n = 0; n < 3 && k < tokens.length; n++) {
    const m = mentionAt(ctx, k);
    if (m && m.form === 'demonym' && m.t0 === k) k = m.t1;
    else if (!tokens[k].cap && ctx.lex.bodyKinds.modifiers.has(tokens[k].norm)) k++;
    else break;
  }
  return k;
}

/** End of an unknown body's name at k ("Jaish al-Adl", "24.kg", "Jane's"), or k when no such name starts there. */
function kindNameEnd(ctx: Ctx, k: number): number {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || mentionAt(ctx, k) || ctx.titleCase[k] || FUNCTION_WORDS.has(t.norm) || calendarWord(ctx, t) || ctx.lex.bodyKinds.notNames.has(t.norm)) return k;
  const joined = (a: number) => !!tokens[a + 1] && tokens[a + 1].start === tokens[a].end;
  // "24.kg", "Kun.uz": a domain name is one name.
  if ((t.kind === 'number' || (t.kind === 'word' && t.cap)) && tokens[k + 1]?.norm === '.' && joined(k) && joined(k + 1) && tokens[k + 2].kind === 'word') return k + 3;
  if (!t.cap || t.kind !== 'word' || ctx.lex.roles.match(tokens, k)) return k;
  let end = capRun(ctx, k, 4);
  // A region inside the name is a word of it ("Military Africa").
  for (let j = k + 1; j < end; j++) if (mentionAt(ctx, j) && !isRegionMention(ctx, j)) end = j;
  // French has no possessive 's: "Jane's" is the name.
  if (ctx.doc.language === 'fr' && tokens[end]?.norm === "'s" && joined(end - 1)) end++;
  return end;
}

/** "Retour, réclamation et réhabilitation (3R)": the name at end goes on in lowercase to its acronym. */
function goesOnToAcronym(ctx: Ctx, end: number): boolean {
  const { tokens } = ctx;
  for (let j = end; j < end + 8 && j + 1 < tokens.length; j++) {
    if (tokens[j].norm === '(') return tokens[j + 1].upper || tokens[j + 1].kind === 'number';
    if (tokens[j].kind === 'punct' && tokens[j].norm !== ',') return false;
  }
  return false;
}

/**
 * "le média libyen Al-Wasat", "the militant group Jaish al-Adl", "the Nigerien state broadcaster, RTN", "the Lakurawa
 * armed group": a body introduced by its kind (body-kinds.json), with a determiner before, is an Organization of that kind.
 */
function kindNamePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  const { before, after } = ctx.lex.bodyKinds;
  const add = (t0: number, t1: number, n0: number, n1: number, kind: string) => {
    const name = doc.text.slice(tokens[n0].start, tokens[n1 - 1].end);
    if (name.length < 2) return false;
    dropRegionMentions(ctx, n0, n1);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind, ...(kind === 'media' ? { role: 'news outlet' } : {}), confidence: 0.65 });
    addMention(ctx, { t0, t1, entityId: e.id, form: 'pattern' });
    return true;
  };
  for (let i = 1; i + 1 < tokens.length; i++) {
    // A kind noun is lowercase, or an acronym ("l'ONG X").
    const noun = !tokens[i].cap || tokens[i].upper;
    if (!noun && !DETERMINERS.has(tokens[i].norm)) continue;
    // After its kind: "the (Nigerien) (state) broadcaster (, ) RTN".
    const head = noun ? before.match(tokens, i) : null;
    if (head && !mentionAt(ctx, i)) {
      let j = i - 1;
      while (j > 0 && i - j <= 3 && !DETERMINERS.has(tokens[j].norm) && (mentionAt(ctx, j)?.form === 'demonym' || (!tokens[j].cap && ctx.lex.bodyKinds.modifiers.has(tokens[j].norm)))) j--;
      if (DETERMINERS.has(tokens[j].norm) || ['au', 'aux'].includes(tokens[j].norm)) {
        let k = kindFillerEnd(ctx, i + head.tokens.length);
        const apposition = tokens[k]?.norm === ',';
        if (apposition) k++;
        const end = kindNameEnd(ctx, k);
        // An apposition is the name alone: "the broadcaster, RTN, said", not "the group, Western officials said".
        // A name that goes on past what can be read ("Avocats Sans Frontières") is left to other rules.
        const closed = apposition ? end >= tokens.length || [',', '.', ')', ';'].includes(tokens[end].norm) : !(tokens[end]?.cap && tokens[end].kind === 'word');
        if (end > k && closed && !goesOnToAcronym(ctx, end) && add(k, end, k, end, head.payload)) {
          i = end - 1;
          continue;
        }
      }
    }
    // Before its kind: "the Lakurawa (armed) group".
    if (!DETERMINERS.has(tokens[i].norm) || !ARTICLES.has(tokens[i].norm)) continue;
    const k = i + 1;
    const end = tokens[k]?.kind === 'word' ? kindNameEnd(ctx, k) : k;
    if (end === k || tokens[end - 1].norm === "'s") continue;
    let names = true;
    for (let j = k; j < end; j++) if (ctx.lex.bodyKinds.notNames.has(tokens[j].norm)) names = false;
    const tail = names && tokens[end] && !tokens[end].cap ? after.match(tokens, end) : null;
    if (!tail) continue;
    const t1 = end + tail.tokens.length;
    // "the Maute group's": fine; "the X group Commander": a name goes on.
    if (tokens[t1]?.cap && tokens[t1].kind === 'word' && !ctx.titleCase[t1] && tokens[t1].norm !== 'the') continue;
    if (add(k, t1, k, end, tail.payload)) i = t1 - 1;
  }
}

/** "Kurti's office", "le cabinet de Netanyahu": a leader's office is an organisation of its own. */
function officePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const m = mentionAt(ctx, i);
    if (!m || m.t0 !== i || ctx.entities.get(m.entityId)?.type !== 'Person') continue;
    const person = ctx.entities.get(m.entityId)!;
    // "the Biden administration", "l'administration Trump": a government named after its leader.
    const after = tokens[m.t1]?.norm === 'administration';
    const before = tokens[m.t0 - 1]?.norm === 'administration' && !tokens[m.t0 - 1].cap;
    if (after || before) {
      const surname = doc.text.slice(tokens[m.t1 - 1].start, tokens[m.t1 - 1].end);
      const e = ensureEntity(ctx, undefined, { id: `org:${slugify(surname)}-administration`, name: `${surname} administration`, type: 'Organization', country: person.country ?? null, kind: 'government', confidence: 0.7 });
      const [t0, t1] = [before ? m.t0 - 1 : m.t0, after ? m.t1 + 1 : m.t1];
      // The leader's name is the administration's here: the person is named only if named elsewhere.
      removeMention(ctx, m);
      addMention(ctx, { t0, t1, entityId: e.id, form: 'pattern' });
      i = m.t1;
      continue;
    }
    // "the Albanese government", "le gouvernement Sánchez": the leader's state's government.
    const govAfter = tokens[m.t1]?.norm === 'government' && !tokens[m.t1].cap;
    const govBefore = tokens[m.t0 - 1]?.norm === 'gouvernement' && !tokens[m.t0 - 1].cap;
    if ((govAfter || govBefore) && person.country) {
      const e = resolveInstitution(ctx, 'government', ctx.lex.institutionNames.get('government') ?? 'Government', person.country);
      const [t0, t1] = [govBefore ? m.t0 - 1 : m.t0, govAfter ? m.t1 + 1 : m.t1];
      removeMention(ctx, m);
      addMention(ctx, { t0, t1, entityId: e.id, form: 'institution' });
      i = t1 - 1;
      continue;
    }
    if (tokens[m.t1]?.norm !== "'s" || !['office', 'cabinet', 'administration'].includes(tokens[m.t1 + 1]?.norm ?? '')) continue;
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(person.name)}-office`, name: `Office of ${person.name}`, type: 'Organization', country: person.country ?? null, kind: 'presidency', confidence: 0.65 });
    addMention(ctx, { t0: m.t0, t1: m.t1 + 2, entityId: e.id, form: 'pattern' });
    i = m.t1 + 1;
  }
}

/** A continent or a region inside an outlet's name ("Military Africa", "BBC Asia"): part of the name. */
function isRegionMention(ctx: Ctx, k: number): boolean {
  const m = mentionAt(ctx, k);
  return !!m && m.t0 > 0 && ctx.entities.get(m.entityId)?.kind === 'region' && mentionAt(ctx, m.t0 - 1) === null;
}

function dropRegionMentions(ctx: Ctx, t0: number, t1: number): void {
  for (let k = t0; k < t1; k++) {
    const m = mentionAt(ctx, k);
    if (m && ctx.entities.get(m.entityId)?.kind === 'region') removeMention(ctx, m);
  }
}

/** "the Houthi-run Saba news agency", "l'agence de presse ... ": a capitalised name before "news agency" is a wire agency. */
function newsAgencyPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].norm !== 'news' || tokens[i + 1].norm !== 'agency' || tokens[i].cap) continue;
    let s = i;
    while (s > 0 && i - s < 3 && tokens[s - 1].cap && tokens[s - 1].kind === 'word' && !mentionAt(ctx, s - 1) && !FUNCTION_WORDS.has(tokens[s - 1].norm)) s--;
    if (s === i || ctx.titleCase[s]) continue;
    const name = doc.text.slice(tokens[s].start, tokens[i - 1].end);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', newsAgency: true, role: 'news agency', confidence: 0.65 });
    addMention(ctx, { t0: s, t1: i + 2, entityId: e.id, form: 'pattern' });
  }
}

/** "selon Tchadinfos", "rappelle Wakat Séra": a one-word or media-like name given as a source is an outlet. */
function sourceNamePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (ctx.titleCase[i]) continue;
    const src = ctx.lex.sources.match(tokens, i);
    const cue = src ? null : ctx.lex.cues.match(tokens, i);
    const hit = src ?? cue;
    if (!hit) continue;
    // After a verb only in the inverted French order ("..., rapporte X").
    if (cue && !(i > 0 && tokens[i - 1].norm === ',' && doc.language === 'fr')) continue;
    const k = i + hit.tokens.length;
    if (k >= tokens.length || !tokens[k].cap || mentionAt(ctx, k) || FUNCTION_WORDS.has(tokens[k].norm) || MONTHS_AND_DAYS.has(tokens[k].norm)) continue;
    if (ctx.lex.roles.match(tokens, k)) continue;
    let end = k;
    while (end < tokens.length && end - k < 4 && tokens[end].cap && tokens[end].kind === 'word' && (!mentionAt(ctx, end) || isRegionMention(ctx, end))) end++;
    // "according to Western estimates": a lone adjective before its noun names no outlet.
    let media = end - k === 1 && !(NOT_PLACES.has(tokens[k].norm) && tokens[end]?.kind === 'word' && !tokens[end].cap);
    for (let j = k; j < end; j++) if (MEDIA_WORDS.has(tokens[j].norm)) media = true;
    if (!media) continue;
    const name = doc.text.slice(tokens[k].start, tokens[end - 1].end);
    if (name.length < 4) continue;
    dropRegionMentions(ctx, k, end);
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'news outlet', confidence: 0.55 });
    addMention(ctx, { t0: k, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** Whether an outlet's or an agency's noun (body-kinds.json) ends at token k: "le quotidien", "the news site", "l'agence". */
function pressNounEndsAt(ctx: Ctx, k: number): boolean {
  return ctx.lex.bodyKinds.agencies.has(ctx.tokens[k].norm) || ctx.lex.bodyKinds.before.matchEndingAt(ctx.tokens, k)?.payload === 'media';
}

/** "le chantier naval Piriou", "l'entreprise ontarienne Roshel", "la société privée américaine Vectus Global": a company named after its noun. */
const COMPANY_NOUNS = new Set(['entreprise', 'societe', 'firme', 'constructeur', 'fabricant', 'industriel', 'chantier', 'chantiers', 'equipementier', 'motoriste', 'company', 'firm', 'manufacturer', 'maker', 'contractor', 'shipbuilder', 'shipyard', 'start-up', 'startup']);
const COMPANY_FILLERS = new Set(['privee', 'prive', 'public', 'publique', 'etatique', 'naval', 'navals', 'navale', 'aeronautique', 'militaire', 'd\'armement', 'armement', 'de', "d'", 'defense', 'defence', 'arms', 'aerospace', 'private', 'state-owned', 'military', 'security', 'drone', 'drones', 'technology', 'tech', 'chinese', 'specialisee', 'specialise']);
/** A regional adjective before a company's name ("ontarienne", "bavaroise"). */
const REGIONAL_ADJECTIVE = /(?:ien|ienne|ais|aise|ois|oise|ain|aine)$/;

/**
 * "le quotidien turc Yeni Şafak", "le journal Le Nouvelliste", "the daily Al-Ahram", "l'agence
 * ATS": a capitalised name after a press noun (and its demonym or filler words) is an outlet.
 */
/**
 * Where the name after a press or company noun at i starts ("le quotidien turc |Yeni Şafak", "drone maker |Milkor",
 * "reporter for |Defense News"), or null when no such noun is at i.
 */
function pressNameAt(ctx: Ctx, i: number): { k: number; company: boolean } | null {
  const { tokens } = ctx;
  const w = tokens[i].norm;
  // A lowercase noun says the line is not in Title Case, whatever its capitals.
  if (i + 1 >= tokens.length) return null;
  // "Pretoria-based Vantor": a place a body is based in, before a name no noun heads, introduces a firm.
  if (placeModifier(tokens[i])) return tokens[i + 1].cap ? { k: i + 1, company: true } : null;
  if (i < 1 || tokens[i].cap) return null;
  // An outlet's or an agency's noun (body-kinds.json): "le quotidien", "the news site", "l'agence".
  const press = ctx.lex.bodyKinds.before.match(tokens, i);
  const outletEnd = ctx.lex.bodyKinds.agencies.has(w) ? i + 1 : press?.payload === 'media' ? i + press.tokens.length : -1;
  const outlet = outletEnd > 0;
  const company = !outlet && (COMPANY_NOUNS.has(w) || tradeGroupAt(ctx, i));
  // "the Asia-Pacific reporter for Defense News", "correspondant du Soir": the outlet a journalist works for.
  const writesFor = !outlet && !company && CONTRIBUTOR_NOUNS.has(w) && ['for', 'at', 'pour', 'au', 'du', 'chez'].includes(tokens[i + 1].norm);
  if (!outlet && !company && !writesFor) return null;
  // English writes a firm's trade as a bare title before its name ("drone maker Milkor", "shipbuilder Damen").
  const bareTitle = company && ctx.doc.language === 'en';
  if (!writesFor && !bareTitle && !DETERMINERS.has(tokens[i - 1].norm) && !['au', 'du', 'aux', 'par'].includes(tokens[i - 1].norm)) return null;
  let k = writesFor ? i + 2 : outlet ? outletEnd : i + 1;
  if (writesFor && ['the', 'le', 'la', "l'"].includes(tokens[k]?.norm ?? '') && tokens[k + 1]?.cap) k++;
  for (let n = 0; !writesFor && n < 4 && k < tokens.length; n++) {
    const m = mentionAt(ctx, k);
    if (m && m.form === 'demonym' && m.t0 === k) k = m.t1;
    else if ((!tokens[k].cap && ctx.lex.bodyKinds.modifiers.has(tokens[k].norm)) || (company && (COMPANY_FILLERS.has(tokens[k].norm) || TRADE_WORDS.has(tokens[k].norm) || (REGIONAL_ADJECTIVE.test(tokens[k].norm) && !tokens[k].cap && tokens[k + 1]?.cap)))) k++;
    else break;
  }
  if (company && k === i + 1 && !tokens[k]?.cap) return null;
  return k < tokens.length ? { k, company } : null;
}

/** "defence group BAE Systems", "le groupe d'armement KNDS", "le groupe industriel X": a group is a firm when its trade is said. */
function tradeGroupAt(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  if (tokens[i].norm !== 'group' && tokens[i].norm !== 'groupe') return false;
  const trade = (t: Token | undefined) => !!t && (TRADE_WORDS.has(t.norm) || (COMPANY_FILLERS.has(t.norm) && !['de', "d'", 'security'].includes(t.norm)));
  if (tokens[i].norm === 'group') return trade(tokens[i - 1]);
  return trade(tokens[i + 1]) || (["d'", 'de'].includes(tokens[i + 1]?.norm ?? '') && trade(tokens[i + 2]));
}
const TRADE_WORDS = new Set(['industriel', 'industrial', 'engineering', 'shipbuilding']);

function outletPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const at = pressNameAt(ctx, i);
    if (!at) continue;
    const { k, company } = at;
    if (!tokens[k].cap || tokens[k].kind !== 'word' || mentionAt(ctx, k) || MONTHS_AND_DAYS.has(tokens[k].norm)) continue;
    if (ctx.lex.roles.match(tokens, k)) continue;
    let end = k;
    // The outlet's own article belongs to its name ("Le Nouvelliste", "The Standard").
    if (['le', 'la', 'les', "l'", 'the'].includes(tokens[end].norm)) end++;
    // A region ("Military Africa") or someone's surname ("Defence Turk") inside the name is a word of it.
    const absorbed = (t: number) => isRegionMention(ctx, t) || mentionAt(ctx, t)?.form === 'surname';
    while (end < tokens.length && end - k < 5 && ((tokens[end].cap && (tokens[end].kind === 'word' || tokens[end].kind === 'number')) || (tokens[end].norm === '-' && tokens[end + 1]?.cap)) && (!mentionAt(ctx, end) || absorbed(end))) end++;
    if (end === k || (end === k + 1 && FUNCTION_WORDS.has(tokens[k].norm))) continue;
    const name = doc.text.slice(tokens[k].start, tokens[end - 1].end);
    if (name.length < 3) continue;
    for (let t = k; t < end; t++) if (mentionAt(ctx, t) && absorbed(t)) removeMention(ctx, mentionAt(ctx, t)!);
    const agency = tokens[i].norm === 'agence' || tokens[i].norm === 'agency';
    const e = ensureEntity(ctx, undefined, agency
      ? { id: `org:${slugify(name)}`, name, type: 'Organization', newsAgency: true, role: 'news agency', confidence: 0.6 }
      : company
        ? { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'company', role: 'company', confidence: 0.6 }
        : { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'news outlet', confidence: 0.6 });
    addMention(ctx, { t0: k, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** "to Port Sudan", "around El Fasher", "près de Vozdvyzhenka": a capitalised name after a locative preposition. */
// Features and divisions named by their kind too ("the Depsang plains ... near Depsang", "Saada province ... in Saada").
const FACILITY_KIND = /^(?:(?:air|naval|military|army) base|base|air force station|air station|airport|international airport|airfield|ammunition depot|arms depot|training ground|firing range|river|delta|valley|plateau|plains?|desert|massif|region|district|governorate|county|township)$/i;

/** The base, camp or airport found in the article whose own name is `name` ("Hmeimim" for "Hmeimim air base"). */
function facilityNamed(ctx: Ctx, name: string): EntityRec | undefined {
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Location') continue;
    if (e.name === `Camp ${name}` || (e.name.startsWith(`${name} `) && FACILITY_KIND.test(e.name.slice(name.length + 1)))) return e;
  }
  return undefined;
}

/** Whether token i follows "X et (de)" / "X and" where X is a place found after a locative preposition. */
function joinedPlace(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  if (['de', "d'", 'a'].includes(tokens[k]?.norm ?? '') && ctx.doc.language === 'fr') k--;
  if (!['et', 'and'].includes(tokens[k]?.norm ?? '')) return false;
  const first = mentionAt(ctx, k - 1);
  if (!first || first.t1 !== k || ctx.entities.get(first.entityId)?.type !== 'Location') return false;
  const before = tokens[first.t0 - 1]?.norm ?? '';
  const before2 = tokens[first.t0 - 2]?.norm ?? '';
  if (ctx.doc.language !== 'fr') return PLACE_PREPS_EN.has(before);
  return PLACE_PREPS_FR.has(before) || (['de', "d'"].includes(before) && ['pres', 'autour', 'proximite', 'region'].includes(before2));
}

function placePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  const preps = doc.language === 'fr' ? PLACE_PREPS_FR : PLACE_PREPS_EN;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (ctx.titleCase[i]) continue;
    if (!t.cap || t.kind !== 'word' || mentionAt(ctx, i) || FUNCTION_WORDS.has(t.norm) || MONTHS_AND_DAYS.has(t.norm) || NOT_PLACES.has(t.norm)) continue;
    const prev = tokens[i - 1].norm;
    const nearDe = (prev === 'de' || prev === "d'") && i > 1 && ['pres', 'autour', 'proximite', 'region'].includes(tokens[i - 2].norm) && doc.language === 'fr';
    // "autour de Raška et de Kuršumlija", "in Raska and Kursumlija": the second of two places joined after a locative.
    const joined = joinedPlace(ctx, i);
    if (!nearDe && !joined && (!preps.has(prev) || (prev === 'a' && doc.language !== 'fr'))) continue;
    if (ctx.lex.roles.match(tokens, i)) continue;
    let end = i;
    while (end < tokens.length && end - i < 4) {
      const tk = tokens[end];
      const ok = tk.cap && tk.kind === 'word' && !mentionAt(ctx, end) && !FUNCTION_WORDS.has(tk.norm) && !NOT_PLACES.has(tk.norm);
      const particle = end > i && NAME_PARTICLES.has(tk.norm) && !tk.cap && tokens[end + 1]?.cap && !mentionAt(ctx, end + 1);
      // "Sharm el-Sheikh", "Ras al-Khaimah": a joined Arabic article goes on the name.
      const joinedArticle = end > i && !mentionAt(ctx, end) && arabicJoined(ctx, tk);
      if ((!ok && !particle && !joinedArticle) || (end > i && doc.text.slice(tokens[end - 1].end, tk.start).includes('\n'))) break;
      end++;
    }
    if (end === i) continue;
    // Not a person ("to President X" is excluded above) and not an organisation head ("to the Institute").
    let head = false;
    for (let k = i; k < end; k++) if (ORG_HEADS.has(tokens[k].norm)) head = true;
    if (head || (end - i === 1 && t.norm.length < 4)) continue;
    const next = tokens[end];
    if (next && next.cap && next.kind === 'word' && !doc.text.slice(tokens[end - 1].end, next.start).includes('\n')) continue;
    const name = doc.text.slice(tokens[i].start, tokens[end - 1].end).replace(/\s+/g, ' ');
    const cased = name === name.toUpperCase() && name.length > 3 ? name.charAt(0) + name.slice(1).toLowerCase() : name;
    // "la base aérienne de Hmeimim ... sa présence à Hmeimim": a bare name met before as a place's is that place.
    const named = facilityNamed(ctx, name);
    const e = named ?? ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name: cased, type: 'Location', confidence: 0.55 });
    addMention(ctx, { t0: i, t1: end, entityId: e.id, form: 'pattern' });
    i = end - 1;
  }
}

/** Place nouns after a possessive that belong to the name: "Simon's Town", "St Martin's Island", "Cox's Bazar" is known. */
const POSSESSIVE_PLACE_NOUNS = new Set(['town', 'island', 'islands', 'bay', 'point', 'harbour', 'harbor', 'head', 'cove', 'sound', 'reef', 'hill']);

/**
 * "at Simon's Town", "off St Martin's Island": a place found by a pattern (or no mention at all) before "'s" and a
 * capitalised place noun is the first part of the name; a base named after it ("Simon's Town naval base") is the town.
 */
function possessivePlacePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].norm !== "'s" || !tokens[i + 1].cap || !POSSESSIVE_PLACE_NOUNS.has(tokens[i + 1].norm) || ctx.titleCase[i]) continue;
    const before = mentionAt(ctx, i - 1);
    const owner = before ? ctx.entities.get(before.entityId) : undefined;
    const w = tokens[i - 1];
    if (before ? before.t1 !== i || before.form !== 'pattern' || owner?.type !== 'Location' : !w.cap || w.kind !== 'word' || FUNCTION_WORDS.has(w.norm)) continue;
    const after = mentionAt(ctx, i + 1);
    if (after && (after.t0 !== i + 1 || ctx.entities.get(after.entityId)?.type !== 'Location')) continue;
    const t0 = before ? before.t0 : i - 1;
    const t1 = after ? after.t1 : i + 2;
    const name = doc.text.slice(tokens[t0].start, tokens[i + 1].end);
    if (before) removeMention(ctx, before);
    // The facility's own mentions go with it (its bare head "Town" was a nested one).
    for (const m of after ? ctx.mentions.filter((x) => x.entityId === after.entityId && x.t0 >= i + 1 && x.t1 <= t1) : []) removeMention(ctx, m);
    const place = ensureEntity(ctx, undefined, { id: `location:${slugify(name)}`, name, type: 'Location', confidence: 0.6 });
    addMention(ctx, { t0, t1, entityId: place.id, form: 'pattern' });
  }
}

/** "Photograph: Oleh Petrenko/AFP/Getty Images", "Photo : John Doe / AFP": the photographer is a person. */
/** A person credited by name (a byline, a photo credit), tokens [t0, t1). */
/** Page furniture after a photo credit ("REUTERS/File Photo Purchase Licensing Rights"): no one's name. */
const CREDIT_FURNITURE = new Set(['purchase', 'licensing', 'rights', 'opens', 'tab', 'reprint']);

function creditedPerson(ctx: Ctx, t0: number, t1: number): void {
  for (let k = t0; k < t1; k++) if (CREDIT_FURNITURE.has(ctx.tokens[k].norm)) return;
  // A town in the name ("By Aminata Keita") was only a guess: the name wins.
  for (let k = t0; k < t1; k++) {
    const m = mentionAt(ctx, k);
    if (m && ctx.entities.get(m.entityId)?.type === 'Location') removeMention(ctx, m);
  }
  const name = ctx.doc.text.slice(ctx.tokens[t0].start, ctx.tokens[t1 - 1].end);
  // "Photo: Gallo Images / Sipho Ndlovu": a picture agency is credited like a photographer.
  const agency = ctx.tokens.slice(t0, t1).some((t) => PICTURE_AGENCY_WORDS.has(t.norm));
  const e = agency
    ? ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'picture agency', confidence: 0.6 })
    : ensureEntity(ctx, undefined, { id: `person:${slugify(name)}`, name, type: 'Person', role: 'photographer', confidence: 0.6 });
  addMention(ctx, { t0, t1, entityId: e.id, form: 'pattern' });
}
const PICTURE_AGENCY_WORDS = new Set(['images', 'image', 'pictures', 'photos', 'photo', 'press', 'presse', 'agency', 'agence', 'news', 'alliance', 'pool']);

const CORRESPONDENT_WORDS = new Set(['correspondant', 'correspondante', 'correspondants', 'correspondantes', 'envoye', 'envoyee', 'correspondent', 'correspondents']);

const CONTRIBUTOR_NOUNS = new Set(['writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists', 'photographer', 'photographers']);
/** Posts a byline may give before the name ("By defence reporter X", "Par notre envoyée spéciale X"). */
const POST_NOUNS = new Set([...CONTRIBUTOR_NOUNS, ...CORRESPONDENT_WORDS, 'editor', 'journaliste', 'speciale', 'special']);

/** Whether token i opens a line (or the body). */
function opensLine(ctx: Ctx, i: number): boolean {
  return i === 0 || /\n\s*$/.test(ctx.doc.text.slice(ctx.tokens[i - 1].end, ctx.tokens[i].start));
}

const isAgency = (ctx: Ctx, m: MentionRec | null): boolean => !!m && !!ctx.entities.get(m.entityId)?.newsAgency;

/** "Photo d'archives Ozan Kose/AFP", "File photo Ozan Kose / AFP": a lowercase word of a caption before the photographer. */
const creditWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && ['archives', 'photo', 'photos', 'illustration', 'file', 'credit'].includes(t.norm);

function creditPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  // Photo credits end with a slash before an agency ("NAME / AFP"): found once, then looked up.
  const creditEnds = new Set<number>();
  for (let j = 1; j + 1 < tokens.length; j++) if (tokens[j].norm === '/' && isAgency(ctx, mentionAt(ctx, j + 1))) creditEnds.add(j);
  const slashAhead = (i: number) => creditEnds.has(i + 2) || creditEnds.has(i + 3) || creditEnds.has(i + 4);
  // To the last tokens: "Editing by Mark Heinrich" ends many wire stories.
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "(Farhan Malik/AFP)", "| ROMAN PILIPEY / AFP", "2025. CHEIKH SOW / AFP": a photographer credited in a caption.
    if (creditEnds.size > 0 && slashAhead(i) && (tokens[i].norm === '(' || (tokens[i].cap && !creditWord(tokens[i]) && !mentionAt(ctx, i) && (opensLine(ctx, i) || ['.', '|', ')', '-', '–', '—', ':'].includes(tokens[i - 1]?.norm ?? '') || creditWord(tokens[i - 1]))))) {
      const from = tokens[i].norm === '(' ? i + 1 : i;
      const end = capRun(ctx, from, 3);
      const agency = tokens[end]?.norm === '/' ? mentionAt(ctx, end + 1) : null;
      let free = true;
      for (let k = from; k < end; k++) if (mentionAt(ctx, k)) free = false;
      if (end - from >= 2 && free && isAgency(ctx, agency)) {
        creditedPerson(ctx, from, end);
        i = end;
        continue;
      }
    }
    // "PHOTO IVÁN MEDINA, AGENCE FRANCE-PRESSE": a caption line credits the photographer, then the agency.
    if (creditWord(tokens[i]) && tokens[i].cap && opensLine(ctx, i)) {
      const end = capRun(ctx, i + 1, 3);
      const located = (k: number) => !mentionAt(ctx, k) || ctx.entities.get(mentionAt(ctx, k)!.entityId)?.type === 'Location';
      if (end - (i + 1) >= 2 && tokens[end]?.norm === ',' && isAgency(ctx, mentionAt(ctx, end + 1)) && tokens.slice(i + 1, end).every((_, n) => located(i + 1 + n))) {
        creditedPerson(ctx, i + 1, end);
        i = end;
        continue;
      }
    }
    // "CNN's Sam Whitfield contributed to this report.": a contributor named after the outlet.
    if (tokens[i].norm === "'s" && isPress(ctx, mentionAt(ctx, i - 1)) && tokens[i + 1].cap && !mentionAt(ctx, i + 1)) {
      const end = capRun(ctx, i + 1, 3);
      if (end - (i + 1) >= 2 && ['contributed', 'reported'].includes(tokens[end]?.norm ?? '')) {
        creditedPerson(ctx, i + 1, end);
        i = end - 1;
        continue;
      }
    }
    // "Avec notre correspondante à Chisinau, Irina Ciobanu", "From our correspondent in Kyiv, Anna Berg": the name closes the line.
    if (CORRESPONDENT_WORDS.has(tokens[i].norm) && ['notre', 'nos', 'our'].includes(tokens[i - 1]?.norm ?? '')) {
      let k = i + 1;
      if (['special', 'speciale', 'speciaux', 'permanent', 'permanente'].includes(tokens[k]?.norm ?? '')) k++;
      if (['a', 'au', 'en', 'in', 'dans', 'at'].includes(tokens[k]?.norm ?? '')) {
        k++;
        while (k < tokens.length && k < i + 8 && tokens[k].norm !== ',' && tokens[k].kind === 'word') k++;
      }
      if (tokens[k]?.norm === ',') {
        const end = capRun(ctx, k + 1, 3);
        let free = end - (k + 1) >= 2;
        for (let j = k + 1; j < end; j++) if (mentionAt(ctx, j) && ctx.entities.get(mentionAt(ctx, j)!.entityId)?.type !== 'Location') free = false;
        const closes = end >= tokens.length || /\n/.test(doc.text.slice(tokens[end - 1].end, tokens[end].start)) || tokens[end].norm === '.';
        if (free && closes) {
          creditedPerson(ctx, k + 1, end);
          i = end - 1;
          continue;
        }
      }
    }
    // "(AP Photo/Pavlo Hrytsenko, File)": the photographer after the agency's credit.
    if (tokens[i].norm === 'photo' && tokens[i + 1].norm === '/' && isAgency(ctx, mentionAt(ctx, i - 1))) {
      const end = capRun(ctx, i + 2, 3);
      if (end - (i + 2) >= 2 && !mentionAt(ctx, i + 2)) {
        creditedPerson(ctx, i + 2, end);
        i = end - 1;
        continue;
      }
    }
    // "Reporting by X", and a line that opens with "Par"/"By"/"By:"/"Edited By:" (a byline);
    // "Associated Press writers Wen Li in Beijing and ...": contributors named after their agency.
    const lineStart = opensLine(ctx, i);
    // "par Luka Marković, correspondant à Belgrade": a short byline line may open in lowercase.
    const shortLine = lineStart && !tokens[i].cap && /^[^\n]{0,100}(?:\n|$)/.test(doc.text.slice(tokens[i].start));
    const opener = (tokens[i].norm === 'by' || tokens[i].norm === 'par') && (tokens[i].cap || shortLine) &&
      (lineStart || (i > 0 && ['edited', 'written', 'compiled'].includes(tokens[i - 1].norm)));
    const contributor = CONTRIBUTOR_NOUNS.has(tokens[i].norm) && !tokens[i].cap && isAgency(ctx, mentionAt(ctx, i - 1)) && tokens[i + 1].cap;
    // "--With assistance from Simone Iglesias": Bloomberg's contributor line.
    const assisted = tokens[i].norm === 'from' && i > 1 && tokens[i - 1].norm === 'assistance' && tokens[i - 2].norm === 'with';
    const byline = (tokens[i].norm === 'by' && i > 0 && ['reporting', 'writing', 'editing', 'additional'].includes(tokens[i - 1].norm)) || opener || contributor || assisted;
    if (opener && tokens[i + 1]?.norm === ':') i++;
    const copyright = tokens[i].norm === '©';
    if (!byline && !copyright && (!['photograph', 'photo', 'photos', 'credit', 'credits'].includes(tokens[i].norm) || !tokens[i].cap || tokens[i + 1].norm !== ':')) continue;
    let k = byline || copyright ? i + 1 : i + 2;
    // "By Pacific affairs reporter Liam Fox": the name comes after the writer's post, whose region names no place.
    if (opener) {
      let j = k;
      while (j < k + 5 && j < tokens.length && tokens[j].kind === 'word' && !POST_NOUNS.has(tokens[j].norm)) j++;
      if (j > k && POST_NOUNS.has(tokens[j]?.norm ?? '') && !tokens[j].cap && tokens[j + 1]?.cap) {
        for (let q = k; q < j; q++) { const m = mentionAt(ctx, q); if (m && ctx.entities.get(m.entityId)?.type === 'Location') removeMention(ctx, m); }
        k = j + 1;
      }
    }
    while (k < tokens.length && tokens[k].start - tokens[k - 1].end <= 3 && k < i + 14) {
      let end = capRun(ctx, k, 6);
      // A byline ends with its line ("By Noah Whitfield\nUpdated Sep 12") and before its agency ("KEN MORITA Associated Press").
      for (let j = k + 1; j < end; j++) if (doc.text.slice(tokens[j - 1].end, tokens[j].start).includes('\n') || isPress(ctx, mentionAt(ctx, j))) { end = j; break; }
      if (end - k > 3) end = k;
      const desk = tokens.slice(k, end).some((t) => ['desk', 'staff', 'team', 'bureau', 'redaction', 'agencies', 'agences', 'correspondents', 'updated', 'published', 'publie', 'mis', 'modifie', 'posted'].includes(t.norm));
      if (end - k >= 2 && !mentionAt(ctx, k) && !desk) {
        creditedPerson(ctx, k, end);
        k = end;
      } else {
        const m = mentionAt(ctx, k);
        k = m ? m.t1 : k + 1;
      }
      // "Samir Haddad in Aden and Lina Farouk in Dubai": skip a place, go on after "and".
      if (byline) {
        // "Par Awa Ndour (Dakar, correspondance) et Julien Lemaire": skip a parenthesis too.
        if (tokens[k]?.norm === '(') { while (k < tokens.length && tokens[k].norm !== ')' && tokens[k].norm !== '\n') k++; k++; }
        // "Par X, correspondant à Cotonou, avec Y": a post and its place, then "avec"/"with" and another name.
        while (k < tokens.length && BYLINE_JOINS.has(tokens[k].norm) || (k < tokens.length && mentionAt(ctx, k) && ['in', 'from', 'at', 'a', 'en'].includes(tokens[k - 1]?.norm))) k = mentionAt(ctx, k)?.t1 ?? k + 1;
        if (tokens[k]?.cap) continue;
        break;
      }
      if (tokens[k]?.norm !== '/') break;
      k++;
    }
  }
}

/** Words a byline goes on past before its next name: places, posts and joins ("in Aden and", ", correspondant à X, avec"). */
const BYLINE_JOINS = new Set(['in', 'and', 'from', 'at', 'et', ',', 'a', 'en', 'avec', 'with', 'correspondant', 'correspondante', 'correspondent', 'envoye', 'envoyee', 'special', 'speciale']);

const isPress = (ctx: Ctx, m: MentionRec | null): boolean => {
  const e = m ? ctx.entities.get(m.entityId) : undefined;
  return !!e && (!!e.newsAgency || e.kind === 'media');
};

/**
 * The article's own outlet named in its body ("two officials told Breaking Defense", "Breaking Defense's Tom Wells"):
 * the outlet string given with the article, without its parenthesis or relayed agency ("Le Monde avec AFP").
 */
function ownOutletPass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  const given = (doc.input.outlet ?? '').replace(/\s*\(.*$/, '').replace(/\s+(?:avec|with|via)\s.*$/i, '').trim();
  const words = foldText(given).replace(/^(?:the|le|la|les)\s+/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.join(' ').length < 3) return;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (!tokens[i].cap || tokens[i].norm !== words[0]) continue;
    let k = 0;
    while (k < words.length && tokens[i + k].norm === words[k] && !mentionAt(ctx, i + k)) k++;
    if (k < words.length) continue;
    // A masthead ("News Day FR" alone on its line) is page furniture, not the outlet named in the story.
    const lineStart = doc.text.lastIndexOf('\n', tokens[i].start) + 1;
    const lineEnd = doc.text.indexOf('\n', tokens[i + k - 1].end);
    if (doc.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() === doc.text.slice(tokens[i].start, tokens[i + k - 1].end)) continue;
    const name = given.replace(/^(?:the|le|la|les)\s+/i, '');
    const e = ensureEntity(ctx, undefined, { id: `org:${slugify(name)}`, name, type: 'Organization', kind: 'media', role: 'news outlet', confidence: 0.7 });
    addMention(ctx, { t0: i, t1: i + words.length, entityId: e.id, form: 'pattern' });
    i += words.length - 1;
  }
}

/** A byline's post after the names ("Defence and security editor", "Nikkei staff writers"): a few words ending in a job noun. */
const BYLINE_POST = /^[,\s]*(?:[\p{L}'’-]+\s+){0,4}(?:writers?|editor|correspondent|reporter|journalist|correspondante?|journaliste|envoyee? speciale?|redact(?:eur|rice)|chroniqueu(?:r|se))\.?\s*$/u;
/** Short dated forms a byline or the line under it opens with ("le 06/11/2025", "19 février 2026", "Sep 24, 2026", "Updated"). */
const DATE_OPENERS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'updated', 'published', 'posted', 'publie', 'mis', 'modifie']);
const opensDate = (t: Token | undefined, next?: Token): boolean =>
  !!t && (t.kind === 'number' || MONTHS_AND_DAYS.has(t.norm) || DATE_OPENERS.has(t.norm) || (t.norm === 'le' && next?.kind === 'number'));

/** Whether tokens t0..t1 are only places and separators ("Riyadh", "ISLAMABAD/NEW DELHI", ", Athènes"). */
function placesOnly(ctx: Ctx, t0: number, t1: number): boolean {
  let words = 0;
  for (let k = t0; k < t1; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') {
      if (![',', '/', '-', '–', '|'].includes(t.norm)) return false;
      continue;
    }
    const m = mentionAt(ctx, k);
    const type = m ? ctx.entities.get(m.entityId)?.type : undefined;
    if (type !== 'Location' && type !== 'Country' && !t.upper) return false;
    words++;
  }
  return words > 0;
}

/**
 * Byline lines without "By": "Miriam Hale in Vilnius and Jakob Brandt in Berlin", a name alone on its line above its
 * outlet ("Naomi Okafor" / "BBC News, Johannesburg"), its place ("Nadia Al Faour" / "Riyadh") or its date, a name with
 * its place or date after a comma ("Elena Papadaki, Athènes", "Anne-Sophie Mercier, le 06/11/2025"), or with its post
 * ("Harriet Lowe Defence and security editor"). Only heading lines before the first paragraph of text (a standfirst
 * may come first), and only runs of two or three capitalised words that name nothing known.
 */
function bylineLinePass(ctx: Ctx): void {
  const { tokens, doc } = ctx;
  const lines = doc.paragraphs;
  let t = 0;
  let longLines = 0;
  for (let p = 0; p < lines.length; p++) {
    const line = lines[p];
    if (line.kind === 'body' && line.end - line.start > 120 && ++longLines > 1) break;
    while (t < tokens.length && tokens[t].start < line.start) t++;
    let b = t;
    while (b < tokens.length && tokens[b].end <= line.end) b++;
    if (line.kind !== 'heading' || b - t < 2 || b - t > 16) continue;
    const names: Array<[number, number]> = [];
    let placed = false;
    let dated = false;
    let post = false;
    let k = t;
    const nameFits = (k0: number, k1: number): boolean => {
      // "Heavy Fighting in Gaza" is a subhead: no word of a name ends like a verb form.
      for (let j = k0; j < k1; j++) if (mentionAt(ctx, j) || ORG_HEADS.has(tokens[j].norm) || MEDIA_WORDS.has(tokens[j].norm) || /(?:ing|ed)$/.test(tokens[j].norm) || POST_NOUNS.has(tokens[j].norm) || tokens[j].norm === 'staff' || ctx.lex.roles.match(tokens, j)) return false;
      return true;
    };
    while (k < b) {
      let end = capRun(ctx, k, 3, b);
      // "Tom Brennan Europe and security editor": a third word may open the post.
      if (end - k === 3 && !nameFits(k, end) && nameFits(k, end - 1)) end--;
      if (end - k < 2 || !nameFits(k, end)) break;
      names.push([k, end]);
      k = end;
      if (['in', 'a', 'en'].includes(tokens[k]?.norm ?? '') && k + 1 < b) {
        const place = mentionAt(ctx, k + 1);
        if (!place || place.t0 !== k + 1 || ctx.entities.get(place.entityId)?.type === 'Person') break;
        placed = true;
        k = place.t1;
      }
      if (k < b && ['and', 'et', ','].includes(tokens[k].norm)) k++;
      else break;
    }
    if (names.length > 0 && k < b) {
      // What closes the line after the names: a place, a date, or a post.
      const rest = foldText(doc.text.slice(tokens[k].start, line.end));
      const afterComma = tokens[k - 1]?.norm === ',';
      if (afterComma && placesOnly(ctx, k, b)) placed = true;
      else if (afterComma && opensDate(tokens[k], tokens[k + 1])) dated = true;
      else if (['and', 'et'].includes(tokens[k - 1]?.norm ?? '') && BYLINE_POST.test(rest)) {
        // "Harriet Lowe Defence and security editor": the last capitalised word opens the post.
        const [n0, n1] = names[names.length - 1];
        if (n1 - n0 === 3) { names[names.length - 1] = [n0, n1 - 1]; post = true; }
      } else if (BYLINE_POST.test(rest)) post = true;
      if (!placed && !dated && !post) continue;
      k = b;
    }
    if (k !== b || names.length === 0) continue;
    const nextLine = lines[p + 1];
    let e = b;
    while (nextLine && e < tokens.length && tokens[e].end <= nextLine.end) e++;
    const next = b < tokens.length && nextLine && tokens[b].start >= nextLine.start ? tokens[b] : undefined;
    const underOutlet = !!next && isPress(ctx, mentionAt(ctx, b));
    // One "Name in Place" needs a date line, its place or an outlet under it; two names joined that way are a byline anyway.
    const nextDated = !!next && opensDate(next, tokens[b + 1]);
    const nextPlace = !!next && placesOnly(ctx, b, e);
    if (dated || post) { /* the line says it is a byline */ }
    else if (placed) { if (!(names.length >= 2 || nextDated || underOutlet)) continue; }
    else if (!underOutlet && !nextPlace && !nextDated) continue;
    for (const [n0, n1] of names) creditedPerson(ctx, n0, n1);
  }
}

/** English job nouns a region may qualify ("a South Asia fellow", "our Middle East correspondent"): the region is part of a title there. */
const REGION_TITLE_NOUNS = new Set(['fellow', 'fellows', 'analyst', 'analysts', 'expert', 'experts', 'specialist', 'specialists', 'correspondent', 'correspondents', 'editor', 'director', 'researcher', 'desk', 'program', 'programme', 'bureau', 'chief', 'envoy', 'scholar']);

/** "said Ashley Menon, a South Asia fellow at the Carnegie Endowment": no region is named, a title is. */
function dropRegionsInTitles(ctx: Ctx): void {
  if (ctx.doc.language !== 'en') return;
  for (const m of [...ctx.mentions]) {
    if (ctx.entities.get(m.entityId)?.kind !== 'region' || m.nested) continue;
    if (REGION_TITLE_NOUNS.has(ctx.tokens[m.t1]?.norm ?? '')) removeMention(ctx, m);
  }
}

/**
 * "the West Papua National Liberation Army", "the Daily Independent Party": an outlet named by one common word
 * ("Liberation", "Independent") inside a run of capitalised words is a word of another name.
 */
function dropOutletsInsideNames(ctx: Ctx): void {
  const { tokens } = ctx;
  const capWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.norm);
  for (const m of [...ctx.mentions]) {
    if (m.t1 - m.t0 !== 1 || m.nested || tokens[m.t0].upper || ctx.entities.get(m.entityId)?.kind !== 'media') continue;
    if (capWord(tokens[m.t0 - 1]) && capWord(tokens[m.t1]) && !mentionAt(ctx, m.t0 - 1) && !mentionAt(ctx, m.t1)) removeMention(ctx, m);
  }
}

/** How a border crossing's name ends after the place it is named after ("Ras Jedir border crossing", "Shahen crossing"). */
const CROSSING_NAME = /^(.+?) (?:border crossing|crossing|border post)$/;

/**
 * "le poste-frontière de Ras Jedir ... à Ras Jedir", "the Torkham crossing ... in Torkham": a crossing named after a place
 * the article also names on its own (not in a teaser: "Read more" and the headlines under it) is that place; "the Rafah
 * crossing" alone stays the crossing.
 */
function crossingsAsTheirPlace(ctx: Ctx): void {
  const { doc } = ctx;
  const teasers: Array<[number, number]> = [];
  let inTeaser = false;
  for (const p of doc.paragraphs) {
    inTeaser = p.kind === 'teaser' || (inTeaser && p.kind === 'heading');
    if (inTeaser) teasers.push([p.start, p.end]);
  }
  const ownName = (m: MentionRec) => !m.nested && !teasers.some(([a, b]) => a <= m.start && m.start < b);
  for (const crossing of [...ctx.entities.values()]) {
    const bareName = crossing.type === 'Location' ? CROSSING_NAME.exec(crossing.name)?.[1] : undefined;
    if (!bareName) continue;
    const own = ctx.mentions.filter((m) => m.entityId === crossing.id);
    const place = ctx.mentions.find((m) => ownName(m) && m.entityId !== crossing.id &&
      ctx.entities.get(m.entityId)?.type === 'Location' && foldName(ctx.entities.get(m.entityId)!.name) === foldName(bareName) &&
      !own.some((o) => o.t0 <= m.t0 && m.t1 <= o.t1));
    if (!place) continue;
    for (const m of own) m.entityId = place.entityId;
    ctx.entities.delete(crossing.id);
  }
}

/**
 * "l'Institut français des relations internationales", "Institut ... sur le Moyen-Orient et l'Afrique du Nord": a state
 * or a place named only inside the name of a body (not one of a state's institutions) is not named by the article.
 */
const CIVIL_BODY_KINDS = new Set(['media', 'company', 'think-tank', 'ngo', 'news-agency', 'party']);

function dropPlacesInsideNames(ctx: Ctx): void {
  const inside = (m: MentionRec): boolean => {
    if (!m.nested) return false;
    const outer = mentionAt(ctx, m.t0);
    const body = outer && outer !== m ? ctx.entities.get(outer.entityId) : undefined;
    // A state's own institution ("l'armée soudanaise") and a unit's base town ("la 102e base militaire de Gyumri") name them.
    const civil = !!body && body.type === 'Organization' && outer!.form !== 'institution' && (!body.kind || CIVIL_BODY_KINDS.has(body.kind));
    return civil && outer!.t0 <= m.t0 && outer!.t1 >= m.t1;
  };
  const byEntity = new Map<string, MentionRec[]>();
  for (const m of ctx.mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  for (const [id, list] of byEntity) {
    const type = ctx.entities.get(id)?.type;
    if ((type === 'Country' || type === 'Location') && list.every(inside)) for (const m of list) removeMention(ctx, m);
  }
}

export const mentionsStage: Stage = {
  name: 'mentions',
  needs: ['tokens', 'paragraphs', 'lexicon'],
  adds: ['mentions', 'entities'],
  run(doc: ArticleDoc): ArticleDoc {
    const ctx: Ctx = {
      doc, lex: doc.lexicon, tokens: doc.tokens, cover: new Int32Array(doc.tokens.length).fill(-1),
      mentions: [], entities: new Map(doc.entities), learned: new Map(), titleCase: new Uint8Array(doc.tokens.length),
      rubric: new Uint8Array(doc.tokens.length),
    };
    let p = 0;
    let lineStart = 0;
    let words = 0;
    for (let i = 0; i <= doc.tokens.length; i++) {
      const before = p;
      while (p < doc.paragraphs.length && i < doc.tokens.length && doc.paragraphs[p].end <= doc.tokens[i].start) p++;
      // A line's tokens are known once the next line starts: a short heading of at most four words is a rubric.
      if (p !== before || i === doc.tokens.length) {
        if (doc.paragraphs[before]?.kind === 'heading' && words <= 4) ctx.rubric.fill(1, lineStart, i);
        lineStart = i;
        words = 0;
      }
      if (i === doc.tokens.length) break;
      if (doc.tokens[i].kind === 'word') words++;
      if (p < doc.paragraphs.length && doc.paragraphs[p].titleCase && doc.paragraphs[p].start <= doc.tokens[i].start) ctx.titleCase[i] = 1;
    }
    gazetteerPass(ctx);
    jointCompanyPass(ctx);
    compassSeaPass(ctx);
    dropOutletsInsideNames(ctx);
    institutionPass(ctx);
    expertsPass(ctx);
    datelinePass(ctx);
    creditGroupPass(ctx);
    ngoSectionPass(ctx);
    ownOutletPass(ctx);
    creditPass(ctx);
    bylineLinePass(ctx);
    regionPass(ctx);
    facilityPass(ctx);
    unitPass(ctx);
    acronymPass(ctx);
    orgNamePass(ctx);
    frenchOrgPass(ctx);
    kindNamePass(ctx);
    personPass(ctx);
    attachRoles(ctx);
    learnedPass(ctx);
    universityPass(ctx);
    lowercaseBodyPass(ctx);
    thinkTankPass(ctx);
    namedPlacePass(ctx);
    officePass(ctx);
    sourceNamePass(ctx);
    newsAgencyPass(ctx);
    outletPass(ctx);
    placePass(ctx);
    possessivePlacePass(ctx);
    dropRegionsInTitles(ctx);
    dropPlacesInsideNames(ctx);
    corefPass(ctx);
    crossingsAsTheirPlace(ctx);
    const mentions = ctx.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { ...doc, mentions, entities: ctx.entities };
  },
};
