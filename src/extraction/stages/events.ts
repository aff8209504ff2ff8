import type { Stage, ArticleDoc, Sentence, MentionRec, QuantityRec, TimeRec, EntityRec } from '../document';
import type { Deployment, ArmsTransfer, Agreement, Meeting, DeploymentStatus, TimeValue } from '../types';
import type { Token } from '../text/tokenize';
import type { EventWords, WeaponPayload } from '../lexicon/lexicon';
import { indexOf, evidence, matchesIn, toTimeValue, type DocIndex } from './context';
import { agreementsIn } from './agreements';
import { foldText, slugify } from '../text/fold';
import { ARTICLES, DETERMINERS, DIVISION_NOUNS, POSSESSIVE_ANAPHORS } from './words';

/**
 * Events: troop deployments, arms transfers, agreements and meetings, read from
 * trigger words (lexicons/events.json, weapons.json) and the mentions around them
 * in the same sentence. Several sentences about the same movement (same sender,
 * destination country and size) become one event.
 */

const DEST_EN = new Set(['in', 'into', 'to', 'at', 'towards', 'toward', 'near', 'off', 'inside', 'alongside', 'help', 'support', 'aid', 'reinforce', 'assist', 'bolster', 'around', 'outside', 'across', 'entered', 'reached', 'crossed', 'for', 'along']);
const WITHDRAW_EN = new Set(['from', 'of']);
/** "ont quitté le Niger", "left Niger": the place left is the verb's object. */
const LEAVE = new Set(['quitte', 'quitter', 'quittent', 'left', 'leave', 'leaving']);
const WITHDRAW_FR = new Set(['du', 'de', "d'", 'des']);
const DEST_FR = new Set(['en', 'vers', 'direction', 'a', 'au', 'aux', 'dans', 'pres', 'aider', 'soutenir', 'renforcer', 'epauler', 'appuyer', 'assister', 'cotes', 'autour', 'rejoint', 'rejoindre', 'rejoignent', 'rejoindra', 'rejoindront', 'rejoignaient', 'atteint', 'franchi', 'aupres', 'long']);
/** Articles before a name (plural too): "les Pays-Bas", "the Houthis". */
const PURPOSE = new Set(['pour', 'afin', 'to', 'order']);
/** The prepositions of a passive's agent: "built by", "livrés par". */
const AGENT_PREPS = new Set(['by', 'par']);
const RECIPIENT_EN = new Set(['to', 'for', 'into']);
const RECIPIENT_FR = new Set(['a', 'au', 'aux', 'en', 'vers', 'pour', 'destination']);
const SKIP = new Set(['la', 'le', 'les', "l'", 'the', 'de', "d'", 'du', 'des', 'of', 'region', 'waters', 'off', 'eaux', 'large', 'nouvelle', 'nouveau', 'new', 'future', 'futur', 'territoire', 'territory', 'front', 'northern', 'southern', 'eastern', 'western', 'central', 'nord', 'sud', 'est', 'ouest', 'coast', 'coasts', 'cote', 'cotes']);
/** "auprès de l'armée sénégalaise", "pour épauler l'armée libanaise": a country's force named where troops go stands for its country. */
const HELPERS = new Set(['aider', 'soutenir', 'epauler', 'appuyer', 'renforcer', 'help', 'support', 'assist', 'reinforce', 'bolster', 'train', 'former', 'aupres', 'alongside', 'with']);
const HELP = new Set(['aider', 'soutenir', 'epauler', 'appuyer', 'renforcer', 'help', 'support', 'assist', 'reinforce', 'bolster', 'train', 'former']);
const DETERMINERS_EV = new Set(['une', 'un', 'les', 'des', 'la', "l'", 'an', 'the', 'leur', 'leurs', 'ses', 'son', 'sa']);
const PASSIVE = new Set(['ete', 'been', 'were', 'was', 'are', 'is', 'sont', 'seront', 'etaient', 'etait', 'being']);
const CROSS = /^(?:franchi|franchit|franchissent|traverse|traversé|crossed|cross|crosses|crossing|entered|violated|viole)$/;
const BORDER = new Set(['frontiere', 'border', 'frontieres', 'borders']);
const STRONG_DEPLOY = /^(?:deploy|deploye|stationn|stationed|station|deploie|deploient|moved|redeploy|position|reposition|projet|flew$|flown$)/;
/** Verbs by which ships, aircraft and armour move on their own missions: "will fly to", "sailed for", "acheminés jusqu'à", "based at". */
const PLATFORM_MOVES = /^(?:fly$|flying$|sail|bas(?:ed|es|e|ee|ees)$|achemin|appareill)/;
const movesWeapons = (norm: string): boolean => STRONG_DEPLOY.test(norm) || PLATFORM_MOVES.test(norm);
/** Verbs that keep a weapon somewhere ("France keeps four Rafale at ..."): keeping hands nothing over. */
const KEEPS_WEAPONS = /^(?:keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining|maintient|maintiennent|maintenait|conserve|conservent|conservait)$/;
/** Verbs that send or bring a weapon, a transfer's as well as a deployment's: only towards a named place that is no state. */
const SENDS_WEAPONS = /^(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|envo|enver|depech|baser)/;
const MORE = new Set(['more', 'supplementaires', 'additional', 'others', 'autres']);
const HOST = /^(?:accueill|host|heberg|abrit|received|receives|receive)/;
const ACTOR_KINDS = new Set(['armed-group', 'armed-faction', 'mission', 'alliance']);
const DOCUMENT_PREPS = new Set(['according', 'selon', 'apres', 'cited', 'per']);

interface Ctx {
  doc: ArticleDoc;
  idx: DocIndex;
  tokens: Token[];
  /** The event words of the article's language. */
  words: EventWords;
  /** Borders between two countries named as destinations ("its border with Syria"), added to the entities at the end. */
  borders: Map<string, { entity: EntityRec; mentions: MentionRec[] }>;
  /** Armed groups the lexicon does not know, named as the ones a seized shipment was bound for; added at the end when a transfer goes to them. */
  groups: Map<string, { entity: EntityRec; mentions: MentionRec[] }>;
}

function isDest(ctx: Ctx, k: number): boolean {
  const set = ctx.doc.language === 'fr' ? DEST_FR : DEST_EN;
  return set.has(ctx.tokens[k].norm);
}

function isNegated(ctx: Ctx, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (!ctx.doc.lexicon.negations.has(ctx.tokens[k].norm)) continue;
    // "pas moins de 1.500", "no fewer than 2,000": a qualifier, not a negation.
    if (ctx.doc.quantities.some((q) => q.t0 <= k && k < q.t1)) continue;
    return true;
  }
  return false;
}

const MOTION_PREPS = new Set(['vers', 'to', 'towards', 'toward']);
const TOWARD_PREPS = new Set([...MOTION_PREPS, 'at', 'near', 'around', 'a', 'au', 'pres', 'autour']);
const ARTICLES_BEFORE_PLACE = new Set(['the', 'la', 'le', "l'", 'les']);

/** The nouns of a place named after them ("le secteur de X", "the port of X"), which "vers"/"sur"/"to" may come before. */
const TOWARD_PLACE_NOUNS = new Set(['secteur', 'sector', 'port', 'town', 'city', 'ville', 'localite', 'zone', 'area', 'province', 'district', 'village', 'aerodrome', 'island', 'ile', 'region', 'base', 'camp', 'airport', 'aeroport', 'capital', 'capitale']);

const SPEAKING_PLACES = new Set(['reporters', 'journalists', 'journalistes', 'presse', 'briefing', 'conference', 'interview', 'entretien', 'speaking', 'summit', 'sommet']);

/** English prepositions before the place a weapon is kept at or sent to. */
const KEPT_AT_EN = new Set(['to', 'at', 'in', 'into']);

/**
 * "France keeps four Rafale at the Prince Hassan Air Base", "has sent a Patriot battery to Muwaffaq Salti Air Base":
 * a weapon kept anywhere, or sent to a named place that is not a state (a base, a town; not "to Kyiv", which stands
 * for Ukraine), stays its owner's: a deployment, not a transfer.
 */
function keptOrSentToPlace(ctx: Ctx, s: Sentence, near: readonly string[], nounEnd: number): boolean {
  const keeps = near.some((norm) => KEEPS_WEAPONS.test(norm));
  if (!keeps && !near.some((norm) => SENDS_WEAPONS.test(norm))) return false;
  const preps = ctx.doc.language === 'fr' ? AT_PLACE : KEPT_AT_EN;
  const place = mentionAfterPrep(ctx, s, nounEnd, preps, null, true);
  if (!place || place.t0 > nounEnd + 8) return false;
  return keeps || (ctx.doc.entities.get(place.entityId)?.type === 'Location' && place.form !== 'capital' && place.form !== 'demonym');
}

/** The first mention after `from` in the sentence introduced by a preposition in `preps`. */
function mentionAfterPrep(ctx: Ctx, s: Sentence, from: number, preps: Set<string>, exclude: string | null, placesOnly = false): MentionRec | null {
  for (let k = from; k < s.t1; k++) {
    // "..., and that its positions along the Blue Line ...": a place past the start of another clause is that clause's.
    if (ctx.tokens[k].norm === ';' || (placesOnly && k > from && commaOpensClause(ctx.tokens, k, CLAUSE_JOINS))) break;
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || e.type === 'Person' || e.newsAgency) continue;
    // "the Canadian-led brigade", "Iranian-made drones": an adjective, not a place.
    if (/-(?:led|backed|based|made|owned|built|run)$/.test(ctx.tokens[m.t1 - 1].norm)) continue;
    // "Russia's Kursk region", "Congo's Ituri province": the place the possessive names.
    if (ctx.tokens[m.t1]?.norm === "'s") {
      const place = ctx.idx.top[m.t1 + 1];
      const inside = (id: string) => { const c = ctx.idx.countryOf(id); return !c || c === (ctx.idx.countryOf(m.entityId) ?? m.entityId); };
      // Not "Mogadishu's Aden Adde airport": a town's own facility stands for the town.
      if (place && place.t0 === m.t1 + 1 && e.type === 'Country' && ctx.doc.entities.get(place.entityId)?.type === 'Location' && inside(place.entityId)) return place;
      // "to Yemen's Houthis", "to Sudan's army": the actor the possessive names receives.
      const actor = ctx.idx.top[m.t1 + 1];
      if (!placesOnly && actor && actor.t0 === m.t1 + 1 && ctx.doc.entities.get(actor.entityId)?.type === 'Organization' && partyId(ctx, actor) && partyId(ctx, actor) !== exclude) return actor;
    }
    // "pour épauler l'armée libanaise": after a verb of help, an army or a government stands for its country.
    let h = m.t0 - 1;
    while (h > s.t0 && m.t0 - h < 4 && ["l'", 'the', 'la', 'le', 'de', 'du'].includes(ctx.tokens[h].norm)) h--;
    const helped = placesOnly && e.type === 'Organization' && !!e.country && HELPERS.has(ctx.tokens[h]?.norm ?? '');
    if (placesOnly && e.type !== 'Country' && e.type !== 'Location' && !helped) continue;
    // Think tanks, the UN, media: sources, never parties ("according to the SIPRI").
    if (e.type === 'Organization' && !partyId(ctx, m)) continue;
    // A place inside the sender's own country is a destination ("China moved launchers to Fujian"); the sender itself is not.
    if (m.entityId === exclude || (e.type === 'Country' && e.id === exclude)) continue;
    let p = k - 1;
    // "operating off Georgetown": "off" is the preposition there, not a filler as in "the waters off X".
    while (p > from - 1 && p >= s.t0 && SKIP.has(ctx.tokens[p].norm) && !(ctx.tokens[p].norm === 'off' && preps.has('off')) && k - p < 8) p--;
    // "had moved to within 20km of Ladakh", "massés à moins de 50 km de Kharkiv": a distance from a place is a place.
    if (placesOnly && p > from && m.form !== 'demonym' && nearBy(ctx, p)) return m;
    // "dans une soixantaine de localités du Liban-Sud": plain words between the preposition and the place.
    let onto = false;
    if (placesOnly && p >= s.t0 && !preps.has(ctx.tokens[p].norm)) {
      const across = prepAcrossWords(ctx, s, from, k, p, preps);
      if (across) ({ at: p, onto } = across);
    }
    // "according to the US", "grâce à": a source or a cause, not a destination.
    if (p >= s.t0 && ['according', 'grace', 'owing', 'due', 'thanks'].includes(ctx.tokens[p - 1]?.norm ?? '')) continue;
    // "told reporters in Manila", "a déclaré à la presse à Kiev": where the news was given, not where troops go.
    if (p >= s.t0 && SPEAKING_PLACES.has(ctx.tokens[p - 1]?.norm ?? '')) continue;
    // "moved from Spangdahlem Air Base in Germany to ...": the place of a place left is left too.
    if (p >= s.t0 && ['in', 'en', 'au'].includes(ctx.tokens[p].norm) && ctx.tokens[p - 1]?.norm !== ',' && fromPlaceBefore(ctx, s, p)) continue;
    // "stationed on the Falkland Islands", "sur l'île de Mayotte": "on" right after the verb and before a named place
    // (not "sur le territoire russe", not "l'offensive sur Bukavu").
    if (placesOnly && p >= s.t0 && p <= from + 1 && ONTO.has(ctx.tokens[p].norm) && k - p <= 2 && m.form !== 'demonym') onto = true;
    if (p >= s.t0 && (preps.has(ctx.tokens[p].norm) || onto || (ctx.tokens[p].norm === 'de' && ctx.tokens[p - 1]?.norm === 'cotes'))) {
      const c = e.type === 'Location' ? m.entityId : ctx.idx.countryOf(m.entityId) ?? m.entityId;
      // A party of no known country ("au BIR") is not the excluded one when none is excluded.
      if (c !== exclude && (e.type === 'Location' || exclude === null || ctx.idx.countryOf(c) !== exclude)) return m;
    }
  }
  return null;
}

const TAKING = new Set(['retake', 'reprendre', 'take', 'prendre', 'capture']);

const DISTANCE_UNIT = /^(?:km|kilometres?|kilometers?|kilometre|miles?)$/;
const WITHIN = new Set(['within', 'moins', 'some', 'about', 'only', 'just', 'barely', 'environ', 'quelque', 'seulement', 'quelques']);

/** Whether a distance ends at `p`, the token before a place (or its "of"/"de"/"from"): "within 20km", "à moins de 50 km", "only 30 miles". */
function nearBy(ctx: Ctx, p: number): boolean {
  const { tokens } = ctx;
  let k = ['from', 'de', "d'", 'of'].includes(tokens[p].norm) ? p - 1 : p;
  if (/^\d+(?:[.,]\d+)?km$/.test(tokens[k]?.norm ?? '')) k -= 1;
  else if (DISTANCE_UNIT.test(tokens[k]?.norm ?? '') && tokens[k - 1]?.kind === 'number') k -= 2;
  else return false;
  if (tokens[k]?.norm === 'de' && tokens[k - 1]?.norm === 'moins') k -= 1;
  return WITHIN.has(tokens[k]?.norm ?? '');
}

/** "on"/"sur": a place's preposition only right before its name or its own noun ("sur l'aérodrome de X", "on the island of X"). */
const ONTO = new Set(['sur', 'on']);

/**
 * The preposition before plain words that lead to the place at `k` (`p` the last of them): "dans une soixantaine
 * de localités du Liban-Sud" (after "dans", any words); "vers le secteur de Mahbès", "to the border town of
 * Pacaraima", "based at the port of Ochamchire", "to the restive Central Papua province" (after "to", "at"... only a
 * place's own noun or one adjective, not "to retake the town", not across a border, "at" only right after the
 * force); "stationnés sur l'aérodrome de Geçitkale" ("sur" only onto a place's own noun, `onto`).
 */
function prepAcrossWords(ctx: Ctx, s: Sentence, from: number, k: number, p: number, preps: Set<string>): { at: number; onto: boolean } | null {
  const { tokens } = ctx;
  let q = p;
  let sur = -1;
  for (; q > from && q >= s.t0 && k - q < 8 && (tokens[q].kind === 'word' || tokens[q].kind === 'number') && !tokens[q].cap && !ctx.idx.top[q] && !preps.has(tokens[q].norm); q--) {
    if (sur < 0 && ONTO.has(tokens[q].norm)) sur = q;
  }
  if (sur < 0 && q >= s.t0 && ONTO.has(tokens[q].norm)) sur = q;
  const placeNoun = TOWARD_PLACE_NOUNS.has(tokens[p].norm);
  // "to retake the town", "across the border to the town of X"; not "to the border province of Daraa", where "border" qualifies the place noun.
  const crossed = (a: number) => tokens.slice(a + 1, p).some((t, n) => (BORDER.has(t.norm) && !TOWARD_PLACE_NOUNS.has(tokens[a + 2 + n]?.norm ?? '')) || TAKING.has(t.norm));
  const inside = q >= s.t0 && preps.has(tokens[q].norm) && ['dans', 'in', 'en', 'into', 'inside'].includes(tokens[q].norm);
  // "to the restive X province"; "to the border province of Daraa" (a mention that opens with its own place noun).
  const nounLed = TOWARD_PLACE_NOUNS.has(tokens[k].norm) || DIVISION_NOUNS.has(tokens[k].norm);
  const adjective = p === q + 2 && ARTICLES_BEFORE_PLACE.has(tokens[q + 1].norm) && p === k - 1 && (!BORDER.has(tokens[p].norm) || nounLed);
  const near = q - from <= 4 || MOTION_PREPS.has(tokens[q].norm);
  const toward = q >= s.t0 && preps.has(tokens[q].norm) && TOWARD_PREPS.has(tokens[q].norm) && near && (placeNoun || adjective) && !crossed(q);
  if (inside || toward) return { at: q, onto: false };
  if (sur > 0 && sur < p && placeNoun && !crossed(sur)) return { at: sur, onto: true };
  return null;
}

/** Whether "from X" (X a place) ends right before token `p` ("from Spangdahlem Air Base | in Germany"). */
function fromPlaceBefore(ctx: Ctx, s: Sentence, p: number): boolean {
  const m = ctx.idx.top[p - 1];
  if (!m || m.t1 !== p) return false;
  let k = m.t0 - 1;
  if (['the', 'la', 'le', "l'"].includes(ctx.tokens[k]?.norm ?? '')) k--;
  return k >= s.t0 && ['from', 'depuis'].includes(ctx.tokens[k].norm);
}

const NEAR_WORDS = new Set(['near', 'pres', 'de', "d'", 'in', 'dans', 'at', 'a', 'around', 'autour', 'du']);

/** A noun for a kind of place, singular or plural ("province", "districts", "régions"). */
const isPlaceNoun = (norm: string): boolean => [norm, norm.replace(/s$/, ''), norm.replace(/ies$/, 'y')].some((w) => TOWARD_PLACE_NOUNS.has(w) || DIVISION_NOUNS.has(w) || TOWN_DIVISIONS.has(w));

/** Words that may lead from a border to the place on it: ", dans les provinces de", ", in the district of", ", near". */
const leadsToPlace = (t: Token): boolean => t.norm === ',' || NEAR_WORDS.has(t.norm) || ARTICLES.has(t.norm) || t.norm === 'of' || isPlaceNoun(t.norm);

/** Deployments to the second and later members of a list of places: kept apart when merging by destination country. */
const LISTED = new WeakSet<Deployment>();

/**
 * "dans les provinces de Cibitoke et de Kayanza", "to Panjgur and Kech districts", "the provinces of A and B": places listed
 * under a plural noun of their kind are each a destination. The members after `first`, or none when no such noun is there.
 */
function placesListed(ctx: Ctx, s: Sentence, first: MentionRec): MentionRec[] {
  const { tokens, doc } = ctx;
  const plural = (k: number) => k >= s.t0 && k < s.t1 && /s$/.test(tokens[k].norm) && isPlaceNoun(tokens[k].norm);
  const nounBefore = ['de', "d'", 'of'].includes(tokens[first.t0 - 1]?.norm ?? '') && plural(first.t0 - 2);
  const members: MentionRec[] = [];
  let k = first.t1;
  while (k < s.t1 && LIST_JOINS.has(tokens[k].norm)) {
    let j = k + 1;
    if (['de', "d'", 'of', 'du'].includes(tokens[j]?.norm ?? '')) j++;
    const next = ctx.idx.top[j];
    if (!next || next.t0 !== j || doc.entities.get(next.entityId)?.type !== 'Location' || next.entityId === first.entityId) break;
    members.push(next);
    k = next.t1;
  }
  return members.length && (nounBefore || plural(k)) ? members : [];
}

/** The first border word in [from, until) if it follows a destination preposition ("to its northern border", "vers la frontière turque"), or -1. */
function borderAfterPrep(ctx: Ctx, s: Sentence, from: number, until: number, preps: Set<string>): number {
  const { tokens } = ctx;
  for (let k = from; k < Math.min(s.t1, until); k++) {
    if (!BORDER.has(tokens[k].norm)) continue;
    let p = k - 1;
    const m = ctx.idx.top[p];
    if (m && m.t1 === k && ctx.doc.entities.get(m.entityId)?.type === 'Country') p = m.t0 - 1;
    while (p > k - 5 && p >= s.t0 && (ARTICLES.has(tokens[p].norm) || POSSESSIVE_ANAPHORS.has(tokens[p].norm) || COMPASS.has(tokens[p].norm))) p--;
    return p >= s.t0 && (preps.has(tokens[p].norm) || (tokens[p].norm === 'de' && tokens[p - 1]?.norm === 'long')) ? k : -1;
  }
  return -1;
}

const BORDER_WITH = new Set(['with', 'avec']);
const FRENCH_COMPASS = new Set(['nord', 'sud', 'est', 'ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest']);
const BORDER_BETWEEN = new Set(['between', 'entre']);

/**
 * The border between the sender's country and another named at the border word `k` ("its northern border with Syria",
 * "la frontière turque", "the Mozambique border"), or between two countries ("la frontière entre la Thaïlande et le
 * Cambodge"): a Location "A–B border" (the sender's country, or the first named, first), with the phrase as its mention,
 * registered on `ctx.borders`. Null when no other country is named (a bare "à la frontière" is the sender's own).
 */
function borderBetween(ctx: Ctx, s: Sentence, k: number, sender: string): { id: string; t1: number } | null {
  const { tokens } = ctx;
  const country = (m: MentionRec | null | undefined, at: number) => (m && m.t0 === at && ctx.doc.entities.get(m.entityId)?.type === 'Country' ? m : null);
  const skipArticle = (j: number) => (ARTICLES.has(tokens[j]?.norm ?? '') ? j + 1 : j);
  let pair: [string, string] | null = null;
  let t1 = k + 1;
  let t0 = k;
  // "sa frontière nord avec le Mali": a compass word after the French noun.
  const w = FRENCH_COMPASS.has(tokens[k + 1]?.norm ?? '') ? k + 1 : k;
  if (BORDER_WITH.has(tokens[w + 1]?.norm ?? '')) {
    const other = country(ctx.idx.top[skipArticle(w + 2)], skipArticle(w + 2));
    if (other && other.form !== 'demonym') { pair = [sender, other.entityId]; t1 = other.t1; }
  } else if (BORDER_BETWEEN.has(tokens[k + 1]?.norm ?? '')) {
    const a = country(ctx.idx.top[skipArticle(k + 2)], skipArticle(k + 2));
    const and = a ? a.t1 : -1;
    const b = a && ['and', 'et'].includes(tokens[and]?.norm ?? '') ? country(ctx.idx.top[skipArticle(and + 1)], skipArticle(and + 1)) : null;
    if (a && b) { pair = [a.entityId, b.entityId]; t1 = b.t1; }
  } else if (country(ctx.idx.top[k + 1], k + 1)?.form === 'demonym') {
    pair = [sender, ctx.idx.top[k + 1]!.entityId];
    t1 = ctx.idx.top[k + 1]!.t1;
  } else {
    // "the Mozambique border", "the Syrian border" (not "Poland's border", whose owner it names).
    const before = ctx.idx.top[k - 1];
    if (before && before.t1 === k && country(before, before.t0)) { pair = [sender, before.entityId]; t0 = before.t0; }
  }
  if (!pair || pair[0] === pair[1] || ctx.doc.entities.get(pair[0])?.type !== 'Country' || t0 < s.t0) return null;
  // "its northern border": a compass word belongs to the phrase, the possessive or the article does not.
  while (t0 > s.t0 && COMPASS.has(tokens[t0 - 1].norm)) t0--;
  const [a, b] = pair.map((id) => ctx.doc.entities.get(id)!);
  const id = `location:${slugify(a.name)}-${slugify(b.name)}-border`;
  const found = ctx.borders.get(id) ?? { entity: { id, name: `${a.name}–${b.name} border`, type: 'Location' as const, confidence: 0.6 }, mentions: [] };
  const span = { start: tokens[t0].start, end: tokens[t1 - 1].end };
  if (!found.mentions.some((m) => m.start === span.start)) found.mentions.push({ ...span, t0, t1, entityId: id, form: 'pattern' });
  ctx.borders.set(id, found);
  return { id, t1 };
}

/**
 * The country or place right after "from"/"du"/"de" within a few tokens of `from`: the place a withdrawal leaves.
 * `home`: a place inside the sender's own country may be left too ("Mexico withdrew 800 soldiers from Durango").
 */
function placeLeft(ctx: Ctx, s: Sentence, from: number, exclude: string | null, home = false): MentionRec | null {
  const preps = ctx.doc.language === 'fr' ? WITHDRAW_FR : WITHDRAW_EN;
  for (let k = from; k < s.t1 && k < from + 9; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || (e.type !== 'Country' && e.type !== 'Location') || m.form === 'demonym') continue;
    if (e.id === exclude || ((!home || e.type === 'Country') && ctx.idx.countryOf(e.id) === exclude)) continue;
    let p = k - 1;
    if (['la', 'le', "l'", 'the'].includes(ctx.tokens[p]?.norm ?? '')) p--;
    // "from eastern Ladakh": a compass adjective before the place.
    else if (COMPASS.has(ctx.tokens[p]?.norm ?? '')) p--;
    if (p >= s.t0 && (preps.has(ctx.tokens[p].norm) || LEAVE.has(ctx.tokens[p].norm))) return m;
  }
  return null;
}

const COMPASS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

const MISSION_NOUNS = new Set(['mission', 'force', 'forces', 'operation', 'operations']);

/**
 * "the new AU mission ... will have about 11,000 personnel", "la mission de l'ONU compte ...": an
 * international body reports, but its mission sends troops, so the body stands for its mission.
 */
function missionOf(ctx: Ctx, s: Sentence, before: number): { id: string; end: number } | null {
  const { tokens } = ctx;
  for (let k = s.t0; k < before; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || e.type !== 'Organization' || e.country || !['international-organization', 'alliance', undefined].includes(e.kind)) continue;
    let n = m.t1;
    if (['peacekeeping', 'military', 'stabilisation', 'stabilization', 'de', 'du'].includes(tokens[n]?.norm ?? '') && MISSION_NOUNS.has(tokens[n + 1]?.norm ?? '')) n++;
    const after = MISSION_NOUNS.has(tokens[n]?.norm ?? '');
    let p = m.t0 - 1;
    if (['la', 'le', "l'", 'the'].includes(tokens[p]?.norm ?? '')) p--;
    const of = ['de', 'du', "d'", 'of'].includes(tokens[p]?.norm ?? '') && MISSION_NOUNS.has(tokens[p - 1]?.norm ?? '');
    if (after || of) return { id: e.id, end: after ? n + 1 : m.t1 };
  }
  return null;
}

/** The nearest mention before `from` in the sentence that can act (country, or an organisation or person with one). */
function subjectBefore(ctx: Ctx, s: Sentence, from: number, destPreps: Set<string>, units = false): MentionRec | null {
  for (let k = from - 1; k >= s.t0; k--) {
    // ", which backs Congo's army," / ", qui ...": a relative clause is skipped whole; so is an apposition that opens with
    // a preposition or an adverb ("Le Caire, en conflit ouvert avec Addis-Abeba sur le barrage, aurait dépêché").
    if (ctx.tokens[k].norm === ',') {
      let j = k - 1;
      while (j >= s.t0 && ctx.tokens[j].norm !== ',') j--;
      const first = ctx.tokens[j + 1];
      const apposition = j >= s.t0 && from - k <= 4 && first && first.kind === 'word' && !first.cap && !DETERMINERS.has(first.norm) && !ctx.idx.top[j + 1];
      if (j >= s.t0 && (['which', 'who', 'qui', 'dont'].includes(first?.norm) || apposition)) { k = j; continue; }
    }
    const m = ctx.idx.top[k];
    if (!m || m.t1 - 1 !== k) continue;
    // "Chinese-made fighters": the maker, not an actor.
    if (/-(?:made|built)$/.test(ctx.tokens[k].norm)) continue;
    // "Armenia's main arms supplier": a possessive modifies, it does not act.
    if (ctx.tokens[m.t1]?.norm === "'s" && m.t1 < from) continue;
    let q = m.t0 - 1;
    while (q >= s.t0 && (ctx.tokens[q].norm === 'the' || ctx.tokens[q].norm === 'to' || ctx.tokens[q].norm === 'le' || ctx.tokens[q].norm === "l'")) q--;
    if (q >= s.t0 && DOCUMENT_PREPS.has(ctx.tokens[q].norm)) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || e.type === 'Location' || e.newsAgency) continue;
    // "rappelle Le Monde": a source is not the actor.
    if (e.type === 'Organization' && !partyId(ctx, m)) continue;
    let p = m.t0 - 1;
    while (p >= s.t0 && SKIP.has(ctx.tokens[p].norm) && m.t0 - p < 4) p--;
    // "Quant à la Hongrie, ...", "As for Hungary": a topic, not a destination.
    const topic = ctx.tokens[p]?.norm === 'a' && ctx.tokens[p - 1]?.norm === 'quant' || ctx.tokens[p]?.norm === 'for' && ctx.tokens[p - 1]?.norm === 'as';
    if (p >= s.t0 && !topic && (destPreps.has(ctx.tokens[p].norm) || ctx.tokens[p].norm === 'cotes')) continue;
    // A multinational mission acts too ("KFOR numbers some 4,500 troops").
    // A unit of no known country gives or receives arms too ("Le BIR a reçu").
    if (ctx.idx.countryOf(m.entityId) || e.type === 'Organization' || (units && e.type === 'MilitaryUnit') || theatreOf(ctx, e.id)) return m;
  }
  return null;
}

/** The nearest figure before token t0, at most `maxGap` words away; a year of a date is no figure ("reçu en 2020 six drones"). */
function quantityBefore(ctx: Ctx, t0: number, maxGap = 3, partOfThe = false): QuantityRec | null {
  const best = nearestQuantity(ctx, t0, maxGap);
  // "the last two of six Su-30 jets", "les 11 premiers sur 29": the part counts, not the whole.
  // "received about 20 of the 85 F-16s" (a delivery); not "4,700 of the 15,000 soldiers sent" (losses among a deployment).
  const ofAt = partOfThe && ['the', 'les', 'des'].includes(ctx.tokens[best ? best.t0 - 1 : -1]?.norm ?? '') ? 2 : 1;
  if (best && ['of', 'sur', 'des'].includes(ctx.tokens[best.t0 - ofAt]?.norm ?? '')) {
    const at = best.t0 - ofAt;
    const part = ctx.doc.quantities.find((q) => q.t1 === at || (q.t1 === at - 1 && ctx.tokens[q.t1].kind === 'word'));
    if (part) return part;
  }
  return best;
}

/** The nearest figure before token t0, whole or part ("the first four of 12 jets": 12). */
function nearestQuantity(ctx: Ctx, t0: number, maxGap: number): QuantityRec | null {
  let best: QuantityRec | null = null;
  for (const q of ctx.doc.quantities) {
    if (q.t1 > t0 || t0 - q.t1 > maxGap + 4) continue;
    let ok = true;
    let gap = 0;
    // Words, quotation marks or a name (one word of the gap) between: « environ 2 000 » soldats, "10,000 U.S. troops".
    for (let k = q.t1; k < t0; k++, gap++) {
      const m = ctx.idx.top[k];
      if (m && m.t0 === k && m.t1 <= t0) { k = m.t1 - 1; continue; }
      // "up to 3,000 Advanced Precision Kill Weapon System rockets": a capitalised name counts as one word.
      if (ctx.tokens[k].cap && ctx.tokens[k - 1]?.cap && k > q.t1) gap--;
      // "two Dornier 228 maritime patrol aircraft": a model's figure is part of its name.
      const model = ctx.tokens[k].kind === 'number' && k > q.t1 && ctx.tokens[k - 1].cap;
      if (model) gap--;
      else if (ctx.tokens[k].kind !== 'word' && ctx.tokens[k].norm !== '"') ok = false;
    }
    if (gap > maxGap) ok = false;
    const start = ctx.tokens[q.t0].start;
    if (ok && ctx.doc.times.some((t) => t.span.start <= start && start < t.span.end)) ok = false;
    if (ok && (!best || q.t1 > best.t1)) best = q;
  }
  return best;
}

const COUNT_ADVERBS = new Set(['encore', 'toujours', 'desormais', 'deja', 'aussi', 'egalement', 'actuellement', 'environ', 'quelque', 'plus', 'pres']);

function statusOf(ctx: Ctx, from: number, to: number): DeploymentStatus {
  const { tokens, words } = ctx;
  if (matchesIn(words.statusWithdrawn, tokens, from, to).length) return 'withdrawn';
  // "compte envoyer" plans; "compte 1 000 membres" counts what is there.
  // "compte envoyer" plans; "compte (encore) 1 000 militaires" counts: look past an adverb to the infinitive.
  const nextWord = (k: number) => (COUNT_ADVERBS.has(tokens[k + 1]?.norm ?? '') ? tokens[k + 2] : tokens[k + 1]);
  const planned = matchesIn(words.statusPlanned, tokens, from, to).filter((k) => !/^compt/.test(tokens[k].norm) || (nextWord(k)?.kind === 'word' && /(?:er|ir|re)$/.test(nextWord(k)?.norm ?? '')));
  if (planned.length) return 'planned';
  if (matchesIn(words.statusTraining, tokens, from, to).length) return 'training';
  return 'deployed';
}

function whenIn(ctx: Ctx, s: Sentence, near: number): TimeValue | null {
  const times = ctx.idx.timesIn(s).filter((t) => !t.dayLike || t.end);
  const pool = times.length ? times : ctx.idx.timesIn(s);
  if (!pool.length) return null;
  const pos = ctx.tokens[near].start;
  const best = pool.reduce((a, b) => (Math.abs(a.span.start - pos) <= Math.abs(b.span.start - pos) ? a : b));
  return toTimeValue(best);
}

/** The party an actor stands for: a state body acts for its country, an armed group for itself. */
const FORCE_NAME = /\b(?:forces?|army|armée|navy|marine|guards?|garde|police|gendarmerie|militia|milice)\b/i;

function partyId(ctx: Ctx, m: MentionRec | null): string | null {
  if (!m) return null;
  const e = ctx.doc.entities.get(m.entityId);
  if (!e) return null;
  if (e.type === 'Country' || e.type === 'Location') return e.id;
  if (e.type === 'Organization') {
    // "Taliban fighters were sent to Torkham": a movement in power moves the state's forces.
    const governs = ctx.doc.lexicon.entities.get(e.id)?.governs;
    if (governs) return governs;
    if (ACTOR_KINDS.has(e.kind ?? '')) return e.id;
    // International bodies, think tanks, NGOs and media report; they neither send nor receive.
    if (e.newsAgency || ['international-organization', 'think-tank', 'ngo', 'legislature', 'media', 'company', 'news-agency'].includes(e.kind ?? '')) return null;
    if (e.country) return /institute|institut|centre|center|observatory|university/i.test(e.name) && !e.kind ? null : e.country;
    // "la Force de sécurité du Kosovo (FSK)", found by its name only: a force acts for itself.
    return e.kind || FORCE_NAME.test(e.name) ? e.id : null;
  }
  // A multinational mission's troops are its parent body's ("KFOR" → NATO).
  return ctx.idx.countryOf(e.id) ?? ctx.doc.lexicon.entities.get(e.id)?.parent ?? e.id;
}

/** Words that may stand between a force's noun and its state's name ("Armed Forces of the Philippines", "Forces armées nationales du Niger"). */
const FORCE_OF_STATE = new Set(['armed', 'armees', 'armee', 'national', 'nationale', 'nationales', 'defence', 'defense', 'royal', 'royale', 'of', 'the', 'de', 'du', 'des', 'la', "l'"]);

/**
 * A sender that is a force found by its name only, with its state in the name ("Australian Defence Force",
 * "Maldives National Defence Force", "Armed Forces of the Philippines"): its troops are the state's. Senders only:
 * as a recipient of arms the force stays itself. A state named after the force's noun across other words
 * ("Forces démocratiques de libération du Rwanda") is not its owner.
 */
function senderState(ctx: Ctx, id: string): string {
  const e = ctx.doc.entities.get(id);
  if (!e || e.type !== 'Organization' || e.country || e.kind || !FORCE_NAME.test(e.name)) return id;
  const { tokens } = ctx.doc;
  for (const m of ctx.doc.mentions) {
    if (m.entityId !== id) continue;
    const force = tokens.slice(m.t0, m.t1).findIndex((t) => FORCE_NAME.test(ctx.doc.text.slice(t.start, t.end))) + m.t0;
    for (let k = m.t0; k < m.t1; k++) {
      const hit = ctx.doc.lexicon.gazetteer.match(tokens, k);
      if (!hit || k + hit.tokens.length > m.t1 || ctx.doc.lexicon.entities.get(hit.payload.entityId)?.type !== 'Country') continue;
      if (k < force || tokens.slice(force + 1, k).every((t) => FORCE_OF_STATE.has(t.norm))) return hit.payload.entityId;
    }
  }
  return id;
}

const AREA_WORDS = new Set(['area', 'zone']);
const COUNTRY_WORDS = new Set(['pays', 'country']);
const ISLAND_NAME = /\b(?:islands?|isles?|îles?|archipelago|archipel)\b/i;

/**
 * "airlifted to the city", "dans la ville": a town is a place of no country rank whose name says no other kind
 * (no region, sea, border, base ...); the last one named in the two sentences before.
 */
const NOT_A_TOWN = /\b(?:region|région|province|state|état|county|district|governorate|gouvernorat|oblast|sea|mer|gulf|golfe|strait|détroit|ocean|océan|river|fleuve|lake|lac|border|frontière|base|camp|fort|island|isles?|île|peninsula|péninsule|valley|vallée|plateau|desert|désert|mountains?|monts?|corridor|zone|area)\b/i;

/**
 * Nouns of a kind of place that stand for the last place named of that kind, which says its kind in its name: "stationed
 * on the islands" (the Falkland Islands), "40,000 troops in the peninsula" (the Sinai Peninsula), "dans la péninsule";
 * a town ("the city") is named as none of the other kinds.
 */
const KIND_ANAPHORS: ReadonlyArray<{ noun: RegExp; name: RegExp; town?: true }> = [
  { noun: /^(?:islands?|archipelago|iles?|archipel)$/, name: ISLAND_NAME },
  { noun: /^(?:peninsula|peninsule)$/, name: /\b(?:peninsula|péninsule)\b/i },
  { noun: /^(?:city|town|ville)$/, name: NOT_A_TOWN, town: true },
];

/** The last country or place named before token `k` whose name matches `name` (a town: does not match it, and is near). */
function kindNamedBefore(ctx: Ctx, k: number, name: RegExp, town = false): string | null {
  const from = town ? ctx.doc.sentences[Math.max(0, ctx.idx.sentenceOf(k) - 2)].t0 : 0;
  for (let j = k - 1; j >= from; j--) {
    const m = ctx.idx.top[j];
    if (!m || m.t1 - 1 !== j) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e) continue;
    if (town ? e.type === 'Location' && !name.test(e.name) && ctx.doc.lexicon.entities.get(e.id)?.kind !== 'region' && !divisionNamed(ctx, m) : (e.type === 'Location' || e.type === 'Country') && name.test(e.name)) return e.id;
  }
  return null;
}

/** Whether a place is named as a division ("Ituri province", "la région de Kayes", "the state of Kachin"): not a town. */
function divisionNamed(ctx: Ctx, m: MentionRec): boolean {
  return [...ctx.tokens.slice(m.t0, m.t1 + 1), ctx.tokens[m.t0 - 1], ctx.tokens[m.t0 - 2]].some((t) => !!t && (DIVISION_NOUNS.has(t.norm) || TOWN_DIVISIONS.has(t.norm)));
}
const TOWN_DIVISIONS = new Set(['region', 'state', 'etat', 'district']);

const PLACE_ANAPHORS: string[][] = [
  ['sur', 'place'], ['le', 'pays'], ['the', 'country'], ['on', 'the', 'ground'], ['cette', 'region'], ['this', 'region'], ['the', 'region'], ['la', 'region'],
  ['ce', 'pays'], ['this', 'country'], ['the', 'area'], ['this', 'area'], ['la', 'zone'], ['cette', 'zone'],
  ['the', 'islands'], ['the', 'island'], ['the', 'archipelago'], ["l'", 'ile'], ['les', 'iles'], ["l'", 'archipel'],
  ['the', 'peninsula'], ['this', 'peninsula'], ['la', 'peninsule'], ['cette', 'peninsule'], ['the', 'province'], ['this', 'province'], ['la', 'province'], ['cette', 'province'],
  ['the', 'city'], ['the', 'town'], ['la', 'ville'], ['cette', 'ville'],
];

/** The token just after a phrase standing for a place already named ("sur place", "le pays"), or 0. */
function placeAnaphor(ctx: Ctx, from: number, to: number): number {
  for (let k = Math.max(0, from); k < to; k++) {
    for (const p of PLACE_ANAPHORS) {
      if (!p.every((w, j) => ctx.tokens[k + j]?.norm === w)) continue;
      // "la région de Donetsk", "the province of Daraa" name their region; only a bare "la région" points back.
      if ((REGION_ANAPHOR.test(p[p.length - 1]) || TOWN_ANAPHOR.test(p[p.length - 1])) && (['de', 'du', 'des', "d'", 'of'].includes(ctx.tokens[k + p.length]?.norm ?? '') || ctx.idx.top[k + p.length])) continue;
      return k + p.length;
    }
  }
  return 0;
}

/** The country the article is about: the most mentioned one other than the sender (first mentioned on a tie). */
function mainCountry(ctx: Ctx, exclude: string | null): string | null {
  const counts = new Map<string, number>();
  for (const m of ctx.doc.mentions) {
    const c = ctx.doc.entities.get(m.entityId)?.type === 'Country' ? m.entityId : null;
    if (c && c !== exclude) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
  return best;
}

/** A country or place after a locative preposition opening the sentence ("Au Mali, ...", "In Somalia, ...", "Au Mali voisin, ..."). */
function frontedPlace(ctx: Ctx, s: Sentence, before: number, preps: Set<string>, sender: string | null): string | null {
  const k = s.t0 + 1;
  if (k >= before || !preps.has(ctx.tokens[s.t0].norm)) return null;
  const m = ctx.idx.top[k];
  if (!m || m.t0 !== k) return null;
  const next = ctx.tokens[m.t1]?.norm;
  if (next !== ',' && !(ctx.tokens[m.t1]?.kind === 'word' && !ctx.tokens[m.t1].cap && ctx.tokens[m.t1 + 1]?.norm === ',')) return null;
  const e = ctx.doc.entities.get(m.entityId);
  if (!e || (e.type !== 'Country' && e.type !== 'Location') || e.id === sender) return null;
  return e.id;
}

/**
 * The country a sentence opens on as its side before the verb `before` ("Côté tadjik, ...", "Du côté ukrainien, ...",
 * "On the Tajik side, ..."), other than `exclude`'s.
 */
function frontedSide(ctx: Ctx, s: Sentence, before: number, exclude: string): string | null {
  const t = ctx.tokens;
  const fr = t[s.t0].norm === 'cote' ? s.t0 + 1 : t[s.t0].norm === 'du' && t[s.t0 + 1]?.norm === 'cote' ? s.t0 + 2 : -1;
  const en = t[s.t0].norm === 'on' && t[s.t0 + 1]?.norm === 'the' ? s.t0 + 2 : -1;
  const m = ctx.idx.top[fr >= 0 ? fr : en];
  if (!m || m.t0 !== (fr >= 0 ? fr : en) || m.t1 >= before) return null;
  const close = fr >= 0 ? m.t1 : t[m.t1]?.norm === 'side' ? m.t1 + 1 : -1;
  if (close < 0 || t[close]?.norm !== ',') return null;
  const id = partyId(ctx, m);
  if (!id || ctx.doc.entities.get(m.entityId)?.type === 'Location') return null;
  return (ctx.idx.countryOf(id) ?? id) === (ctx.idx.countryOf(exclude) ?? exclude) ? null : id;
}

/** The value at least two of `values` share (the most frequent; the first on a tie), other than `exclude`: the destination or recipient an article keeps naming. */
function usualOf(values: Iterable<string | null>, exclude: string): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v && v !== exclude) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (n >= 2 && (!best || n > counts.get(best)!)) best = v;
  return best;
}

/** Whether the sentence names a country or place (demonyms too, unless `skipDemonyms`) whose country is none of `allowed`. */
function otherPlace(ctx: Ctx, s: Sentence, allowed: readonly string[], skipDemonyms = false): boolean {
  for (let k = s.t0; k < s.t1; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k || (skipDemonyms && m.form === 'demonym')) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (e && (e.type === 'Country' || e.type === 'Location') && !allowed.includes(ctx.idx.countryOf(e.id) ?? e.id)) return true;
  }
  return false;
}

/** Conjunctions that open another clause after a comma ("..., while Kenya will rotate ...", "..., tandis que ..."). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'tandis', 'alors', 'mais', 'whilst']);
/** The same, with "and"/"et", which may also join two members of one clause ("sent 200 troops, and ..."). */
const CLAUSE_JOINS = new Set([...CLAUSE_OPENERS, 'and', 'et']);

/** Whether token k is a comma before one of `joins`, opening another clause. */
function commaOpensClause(tokens: Token[], k: number, joins: Set<string>): boolean {
  return tokens[k].norm === ',' && joins.has(tokens[k + 1]?.norm ?? '');
}

/** The clause of sentence `s` holding the text [start, end): bounded by ";" or by a comma before a conjunction. */
function clauseAround(ctx: Ctx, s: Sentence, start: number, end: number): Sentence {
  const { tokens } = ctx;
  const first = Math.max(s.t0, ctx.idx.tokenFrom(start));
  let last = ctx.idx.tokenFrom(end);
  if (last < 0 || last > s.t1) last = s.t1;
  const opens = (k: number) => tokens[k].norm === ';' || commaOpensClause(tokens, k, CLAUSE_JOINS);
  let t0 = first;
  while (t0 > s.t0 && !opens(t0 - 1)) t0--;
  let t1 = last;
  while (t1 < s.t1 && !opens(t1)) t1++;
  return { ...s, t0, t1 };
}

const DEFINITE = new Set(['the', 'these', 'those', 'les', 'ces']);

/** The first actor (country or organisation with a party) of the sentence before, in the same or the previous paragraph. */
function firstActor(ctx: Ctx, prev: Sentence, s: Sentence): MentionRec | null {
  if (prev.paragraph !== s.paragraph && prev.paragraph !== s.paragraph - 1) return null;
  for (let k = prev.t0; k < prev.t1; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (e && e.type !== 'Location' && e.type !== 'Person' && !e.newsAgency && partyId(ctx, m)) return m;
  }
  return null;
}

const INCLUDING = new Set(['including', 'dont', 'among', 'parmi', 'notamment']);

/**
 * Figures after a deployment that reuse its noun and verb: "and 900 in Syria" (the same sender, another
 * place), "including 500 from Italy" / "dont 500 Italiens" (another sender, the same place).
 */
function elidedCounts(ctx: Ctx, s: Sentence, d: Deployment, from: number, destPreps: Set<string>): Deployment[] {
  const { tokens, doc } = ctx;
  const out: Deployment[] = [];
  for (let k = from; k < s.t1 - 2; k++) {
    if (!['and', 'et', ',', ...INCLUDING].includes(tokens[k].norm)) continue;
    let j = k + 1;
    if (INCLUDING.has(tokens[j]?.norm ?? '')) j++;
    const q = doc.quantities.find((x) => x.t0 === j);
    if (!q) continue;
    const after = tokens[q.t1];
    if (!after || ctx.words.personnel.match(tokens, q.t1) || doc.lexicon.weapons.match(tokens, q.t1)) continue;
    const place = ctx.idx.top[q.t1 + 1] ?? (['la', 'le', "l'", 'the'].includes(tokens[q.t1 + 1]?.norm ?? '') ? ctx.idx.top[q.t1 + 2] : null);
    const including = INCLUDING.has(tokens[k].norm) || INCLUDING.has(tokens[k + 1]?.norm ?? '');
    if (!including && destPreps.has(after.norm) && place && ['Country', 'Location'].includes(doc.entities.get(place.entityId)?.type ?? '')) {
      out.push({ ...d, to: place.entityId, size: q.value, sizeQualifier: q.qualifier, evidence: evidence(doc, tokens[q.t0].start, tokens[place.t1 - 1].end, 0.5) });
      k = place.t1 - 1;
    } else if (including && ['from', 'de', 'du', 'des', "d'"].includes(after.norm) && place && doc.entities.get(place.entityId)?.type === 'Country') {
      out.push({ ...d, from: place.entityId, size: q.value, sizeQualifier: q.qualifier, evidence: evidence(doc, tokens[q.t0].start, tokens[place.t1 - 1].end, 0.5) });
      k = place.t1 - 1;
    } else if (including && ctx.idx.top[q.t1]?.form === 'demonym') {
      const dem = ctx.idx.top[q.t1]!;
      out.push({ ...d, from: ctx.idx.countryOf(dem.entityId) ?? dem.entityId, size: q.value, sizeQualifier: q.qualifier, evidence: evidence(doc, tokens[q.t0].start, tokens[dem.t1 - 1].end, 0.5) });
      k = dem.t1 - 1;
    }
  }
  return out.filter((x) => x.from !== x.to);
}

const EXPEL = /^(?:expel|expelled|expels|expulse|expulses|expulsee|expulsees|chasse|chasses|kicked)$/;

/** The host that expels troops: the subject of the verb, or the antecedent of "which"/"qui". */
function expeller(ctx: Ctx, s: Sentence, verb: number): MentionRec | null {
  for (let k = verb - 1; k >= s.t0 && verb - k < 6; k--) {
    const m = ctx.idx.top[k];
    if (m && m.t1 - 1 === k && ['Country', 'Location'].includes(ctx.doc.entities.get(m.entityId)?.type ?? '') && m.form !== 'demonym') return m;
  }
  return null;
}

/** Countries joined to the subject by "et"/"and" just before it ("la France et le Royaume-Uni"). */
function coordinatedWith(ctx: Ctx, s: Sentence, subject: MentionRec | null): MentionRec[] {
  if (!subject) return [];
  const out: MentionRec[] = [];
  let p = subject.t0 - 1;
  while (p > s.t0) {
    if (ARTICLES.has(ctx.tokens[p].norm)) p--;
    if (!['et', 'and', ','].includes(ctx.tokens[p]?.norm ?? '')) break;
    p--;
    if (ARTICLES.has(ctx.tokens[p]?.norm ?? '')) p--;
    const m = ctx.idx.top[p];
    if (!m || m.t1 - 1 !== p || ctx.doc.entities.get(m.entityId)?.type !== 'Country' || m.form === 'demonym') break;
    // "Selon Séoul, Pyongyang a envoyé ...", "According to Kyiv, Moscow ...": a source, not a second sender.
    let b = m.t0 - 1;
    if (ARTICLES.has(ctx.tokens[b]?.norm ?? '')) b--;
    if (['selon', 'to', 'apres', 'pour'].includes(ctx.tokens[b]?.norm ?? '') && ctx.tokens[m.t1]?.norm === ',') break;
    out.push(m);
    p = m.t0 - 1;
  }
  return out;
}

/** "y a déployé", "y sont stationnés" (French) or "there" after the verb (English). */
function thereAt(ctx: Ctx, s: Sentence, from: number, end: number): boolean {
  const { tokens } = ctx;
  if (ctx.doc.language === 'fr') {
    // Only right after its subject ("Le Guatemala y a déployé"): "en y dépêchant" hides who sends.
    for (let k = Math.max(s.t0 + 1, from - 3); k < Math.min(s.t1, end + 1); k++) {
      if (tokens[k].norm !== 'y') continue;
      // "La France, nation-cadre, y compte": the subject before an apposition set off by commas.
      let at = k;
      if (tokens[k - 1]?.norm === ',') {
        let j = k - 2;
        while (j > s.t0 && k - j < 6 && tokens[j].kind === 'word' && !tokens[j].cap && !ctx.idx.top[j]) j--;
        if (j < k - 2 && tokens[j]?.norm === ',') at = j;
      }
      const subject = ctx.idx.top[at - 1];
      if (subject && subject.t1 === at && partyId(ctx, subject)) return true;
    }
    return false;
  }
  for (let k = from + 1; k < Math.min(s.t1, end + 4); k++) if (tokens[k].norm === 'there' && !['are', 'is', 'were', 'was'].includes(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}

/**
 * The last country or place named in the two sentences before, other than the sender's own country
 * and any actor of the sentence itself ("la Turquie ... en y dépêchant": not Turkey).
 */
const REGION_ANAPHOR = /^(?:region|zone|province|area|oblast)$/;
const TOWN_ANAPHOR = /^(?:city|town|ville)$/;

function placeNamedBefore(ctx: Ctx, s: Sentence, si: number, sender: string | null, prefer?: 'Country' | 'Location'): string | null {
  const found = placeNamedBeforeOf(ctx, s, si, sender, prefer);
  return found ?? (prefer ? placeNamedBeforeOf(ctx, s, si, sender) : null);
}

function placeNamedBeforeOf(ctx: Ctx, s: Sentence, si: number, sender: string | null, only?: 'Country' | 'Location'): string | null {
  const from = ctx.doc.sentences[Math.max(0, si - 2)].t0;
  const here = new Set<string>();
  for (let k = s.t0; k < s.t1; k++) { const m = ctx.idx.top[k]; if (m) here.add(ctx.idx.countryOf(m.entityId) ?? m.entityId); }
  for (let k = s.t0 - 1; k >= from; k--) {
    const m = ctx.idx.top[k];
    if (!m || m.t1 - 1 !== k) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || (e.type !== 'Country' && e.type !== 'Location') || m.form === 'demonym' || m.end - m.start < 3) continue;
    if (only && e.type !== only) continue;
    const country = ctx.idx.countryOf(e.id) ?? e.id;
    if (country === sender || here.has(country)) continue;
    return e.id;
  }
  return null;
}

/** Troops with their owner next to them: "soldats français", "Russian troops", "soldiers of the SADC mission". */
function hasOwner(ctx: Ctx, s: Sentence, i: number, nounEnd: number): boolean {
  const dem = (m: MentionRec | null | undefined) => !!m && m.form === 'demonym';
  if (dem(ctx.idx.top[nounEnd]) || dem(ctx.idx.top[i - 1])) return true;
  if (['de', 'du', 'des', "d'", 'of'].includes(ctx.tokens[nounEnd]?.norm ?? '')) {
    for (let k = nounEnd + 1; k < Math.min(s.t1, nounEnd + 5); k++) if (ctx.idx.top[k] && partyId(ctx, ctx.idx.top[k])) return true;
  }
  return false;
}

const LIST_JOINS = new Set([',', 'et', 'and', 'ou', 'or']);

/** The country of `first` and the places listed right after it, when there are two or more and they share it. */
function countryOfEnumeration(ctx: Ctx, s: Sentence, first: MentionRec): string | null {
  const country = ctx.doc.entities.get(first.entityId)?.type === 'Location' ? ctx.idx.countryOf(first.entityId) : null;
  if (!country) return null;
  let k = first.t1;
  let members = 1;
  while (k < s.t1 && LIST_JOINS.has(ctx.tokens[k].norm)) {
    const next = ctx.idx.top[k + 1];
    // A capital named for its state ("Baghdad") is in the list too.
    const inside = next && next.t0 === k + 1 && ((next.entityId === country && next.form === 'capital') || (ctx.doc.entities.get(next.entityId)?.type === 'Location' && ctx.idx.countryOf(next.entityId) === country));
    if (!next || !inside) break;
    if (next.entityId !== first.entityId) members++;
    k = next.t1;
  }
  return members >= 2 ? country : null;
}

/** "asked French forces to leave", "a sommé les soldats français de quitter le pays". */
const ASK_TO_LEAVE = /^(?:asked|ask|asks|ordered|orders|told|demanded|urged|demande|exige|somme|ordonne|enjoint|prie)$/;

/** Prepositions that only ever lead to a destination. */
const ONWARD = new Set(['to', 'into', 'towards', 'toward', 'vers']);

/** Verbs that change a force's size: the figure after "to" / "à" is its new size. */
const SIZE_CHANGE = /^(?:cut|cuts|cutting|reduce|reduced|reduces|reducing|increase|increased|increases|increasing|risen|rose|rise|rises|grown|grew|grow|grows|raise|raised|boost|boosted|expand|expanded|bring|brought|reduire|reduit|reduite|porter|porte|portee|passer|passe|augmenter|augmente|ramener|ramene)$/;

/**
 * "has risen from about 800 to more than 1,500", "will reduce its presence in Iraq to 2,500 troops",
 * "réduire à 2 500 le nombre de ses soldats": the size the force is brought to.
 */
function sizeChangedTo(ctx: Ctx, s: Sentence, noun: number): QuantityRec | null {
  const { tokens } = ctx;
  let change = -1;
  for (let k = Math.max(s.t0, noun - 12); k < Math.min(s.t1, noun + 12); k++) if (SIZE_CHANGE.test(tokens[k].norm)) { change = k; break; }
  if (change < 0) return null;
  for (const q of ctx.doc.quantities) {
    if (q.t0 <= change || q.t0 > change + 16 || q.t1 > s.t1) continue;
    let p = q.t0 - 1;
    if (['about', 'around', 'some', 'environ', 'quelque'].includes(tokens[p]?.norm ?? '')) p--;
    // "from about 800 to more than 1,500" is one range whose end is the new size.
    const range = ['from', 'de'].includes(tokens[q.t0].norm);
    if ((range || ['to', 'a'].includes(tokens[p]?.norm ?? '')) && !ctx.doc.times.some((t) => t.span.start <= tokens[q.t0].start && tokens[q.t0].start < t.span.end)) return q;
  }
  return null;
}

/** A progressive perfect in a relative clause: "which had been operating", "which has been taking part", "qui était déployé jusque-là". */
function formerWhereabouts(ctx: Ctx, verb: number): boolean {
  const w = (k: number) => ctx.tokens[k]?.norm ?? '';
  return /ing$/.test(w(verb)) && w(verb - 1) === 'been' && ['had', 'has', 'have'].includes(w(verb - 2)) && ['which', 'who', 'that'].includes(w(verb - 3));
}

/** Organisations that are troops themselves: a private military company, a militia, a mission. */
const FIGHTING_KINDS = new Set(['armed-group', 'mission']);
/** The verbs by which a named armed group arrives or leaves ("is leaving Mali", "a quitté le Mali", "deployed to Libya"); not "took Goma". */
const GROUP_MOVES = /^(?:leav|left|quit|withdr|retir|pull|deploy|deploie|redeploy|arriv|depart)/;

/** Whether one of the group-movement verbs follows within a few words (auxiliaries and "says it is" between). */
function groupMoves(ctx: Ctx, s: Sentence, from: number): boolean {
  for (let k = from; k < s.t1 && k < from + 6; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' || ctx.idx.top[k]) return false;
    if (GROUP_MOVES.test(t.norm) && ctx.words.deploymentVerbs.match(ctx.tokens, k)) return true;
  }
  return false;
}

/**
 * "1 300 soldats de la mission de la SADC en RDC, majoritairement sud-africains, restent cantonnés",
 * "1,500 fighters of the Africa Corps, which reports to Russia's defence ministry, are now deployed": the verb
 * after an apposition closed by a comma or a parenthesis, when no other troops are named before it.
 */
/** Where a search for the verb of some troops stops: a clause break, other troops, a verb of arms transfer. */
function endsTroopClause(ctx: Ctx, k: number): boolean {
  const { tokens, words } = ctx;
  return tokens[k].norm === ';' || tokens[k].norm === ':' || !!words.personnel.match(tokens, k) || !!words.transferVerbs.match(tokens, k);
}

function verbAfterApposition(ctx: Ctx, s: Sentence, nounEnd: number): number[] {
  const { tokens, words } = ctx;
  let closed = -1;
  for (let k = nounEnd; k < s.t1 && k < nounEnd + 28; k++) {
    const t = tokens[k];
    if (endsTroopClause(ctx, k)) return [];
    if (t.norm === ',' || t.norm === ')') { closed = k; continue; }
    if (closed >= 0 && k - closed - auxiliariesBetween(tokens, closed + 1, k) <= 3 && words.deploymentVerbs.match(tokens, k) && !HAVE.has(t.norm)) return [k];
  }
  return [];
}

/** Auxiliaries and adverbs of a verb group ("ont par ailleurs été dépêchés", "have also been sent"), counted between a and b. */
const VERB_GROUP_FILLERS = new Set(['ont', 'a', 'ete', 'sont', 'seront', 'avaient', 'avait', 'par', 'ailleurs', 'egalement', 'aussi', 'deja', 'desormais',
  'have', 'has', 'had', 'been', 'be', 'will', 'would', 'also', 'already', 'since', 'now', 'reportedly']);
function auxiliariesBetween(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (VERB_GROUP_FILLERS.has(tokens[k].norm)) n++;
  return n;
}

const TRAIN = /^(?:train|trains|training|trained|forment|formaient|formeront|formera|forme|entrainent|entraine|entrainaient|entraineront|entrainer|former)$/;

/** The country of the trainees right after a training verb: "are training Ukrainian pilots", "forment des artilleurs moldaves". */
function traineesCountry(ctx: Ctx, s: Sentence, verb: number, sender: string): string | null {
  const { tokens } = ctx;
  if (!TRAIN.test(tokens[verb].norm)) return null;
  for (let k = verb + 1; k < s.t1 && k <= verb + 8; k++) {
    if (tokens[k].norm === ',' || tokens[k].norm === ';') return null;
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const id = m.form === 'demonym' ? partyId(ctx, m) : null;
    const country = id ? ctx.idx.countryOf(id) ?? id : null;
    return country && country !== sender && ctx.doc.entities.get(country)?.type === 'Country' ? country : null;
  }
  return null;
}

/** The named weapon system whose name ends right before token `i` ("J-10C" before "fighters"). */
function systemEndingAt(ctx: Ctx, i: number): WeaponPayload | null {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const w = ctx.doc.lexicon.weapons.match(ctx.tokens, j);
    if (w && w.payload.system && j + w.tokens.length === i) return w.payload;
  }
  return null;
}

/** The part of a force that a withdrawal takes: "withdraw about 1,000 of the roughly 2,000 troops", "retirer 500 des 1 500 soldats". */
function partWithdrawn(ctx: Ctx, s: Sentence, whole: QuantityRec): QuantityRec | null {
  const { tokens } = ctx;
  let k = whole.t0 - 1;
  if (['the', 'les', 'its', 'their', 'ses', 'leurs'].includes(tokens[k]?.norm ?? '')) k--;
  if (!['of', 'des', 'sur', 'de'].includes(tokens[k]?.norm ?? '')) return null;
  const part = ctx.doc.quantities.find((q) => q.t1 === k);
  if (!part || part.value === null || whole.value === null || part.value >= whole.value) return null;
  const withdrawing = matchesIn(ctx.words.statusWithdrawn, tokens, Math.max(s.t0, part.t0 - 4), part.t0).length > 0;
  return withdrawing ? part : null;
}

const THEM = new Set(['them', 'eux', 'elles', 'these', 'those']);

/** "has stationed about a dozen of them at Skardu", "dont une dizaine d'entre eux": the part the verb moves. */
function countOfThem(ctx: Ctx, verb: number): QuantityRec | null {
  const { tokens } = ctx;
  const q = ctx.doc.quantities.find((qq) => qq.t0 > verb && qq.t0 <= verb + 4);
  if (!q) return null;
  const of = tokens[q.t1]?.norm === 'of' ? 1 : tokens[q.t1]?.norm === "d'" && tokens[q.t1 + 1]?.norm === 'entre' ? 2 : 0;
  return of && THEM.has(tokens[q.t1 + of]?.norm ?? '') ? q : null;
}

const WITH_COUNT = new Set(['avec', 'with']);

/**
 * "La Moldavie contribue à la force de l'Alliance au Kosovo (KFOR) avec 41 militaires", "Turkey takes part in the
 * mission with about 250 soldiers": troops counted after "with" close their clause; its verb may stand far before them.
 */
function verbBeforeContribution(ctx: Ctx, s: Sentence, noun: number): number[] {
  const { tokens, words } = ctx;
  const q = quantityBefore(ctx, noun);
  if (!q || !WITH_COUNT.has(tokens[q.t0 - 1]?.norm ?? '')) return [];
  for (let k = q.t0 - 2; k >= s.t0 && q.t0 - k <= 30; k--) {
    if (endsTroopClause(ctx, k)) return [];
    if (words.deploymentVerbs.match(tokens, k) && !HAVE.has(tokens[k].norm)) return [k];
  }
  return [];
}

/** The place before a relative "où" / "where" just before the verb: "à Abidjan, où ne demeurent plus ...". */
function whereBefore(ctx: Ctx, s: Sentence, verb: number): MentionRec | null {
  const { tokens } = ctx;
  let k = verb - 1;
  while (k > s.t0 && verb - k < 5 && ['ne', 'n\'', 'sont', 'est', 'y', 'se', 'are', 'is', 'were', 'was', 'some', 'about', 'still', 'encore', 'toujours', 'plus', 'desormais', 'deja', 'now'].includes(tokens[k].norm)) k--;
  // "où sont stationnés quelque 1 500 militaires": the verb may come before the troops.
  if (!['ou', 'where'].includes(tokens[k]?.norm ?? '')) {
    for (let j = Math.max(s.t0, verb - 10); j < verb; j++) if (['ou', 'where'].includes(tokens[j].norm)) k = j;
    if (!['ou', 'where'].includes(tokens[k]?.norm ?? '')) return null;
  }
  let p = k - 1;
  if (tokens[p]?.norm === ',') p--;
  const m = p >= s.t0 ? ctx.idx.top[p] : null;
  if (!m || m.t1 - 1 !== p) return null;
  const type = ctx.doc.entities.get(m.entityId)?.type;
  return type === 'Country' || type === 'Location' ? m : null;
}

/** The actor between a comma (or "et"/"and") and a figure, after the verb: an elided verb's subject. */
function ellipticSubject(ctx: Ctx, verb: number, figure: number): MentionRec | null {
  // "et la Jamaïque, une vingtaine de soldats": a comma may stand for the elided verb.
  const at = ctx.tokens[figure - 1]?.norm === ',' ? figure - 1 : figure;
  const m = ctx.idx.top[at - 1];
  if (!m || m.t1 !== at || m.form === 'demonym' || !partyId(ctx, m)) return null;
  if (ctx.doc.entities.get(m.entityId)?.type === 'Location') return null;
  let p = m.t0 - 1;
  while (p > verb && DETERMINERS_EV.has(ctx.tokens[p].norm)) p--;
  return p > verb && [',', 'et', 'and', ';'].includes(ctx.tokens[p].norm) ? m : null;
}

const HAVE = new Set(['has', 'have', 'had']);
const MEMBERS = new Set(['members', 'membres']);
const OF_FORCE = new Set(['of', 'de', 'du', 'des', "d'"]);

/** "of the national guard", "of its security forces", "de la garde nationale": a force (by name or by its noun) follows. */
function membersOfForce(ctx: Ctx, s: Sentence, k: number): boolean {
  if (!OF_FORCE.has(ctx.tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(s.t1, k + 6); j++) {
    const m = ctx.idx.top[j];
    const e = m && m.t0 === j ? ctx.doc.entities.get(m.entityId) : undefined;
    if (e && (e.type === 'MilitaryUnit' || (e.type === 'Organization' && FORCE_NAME.test(e.name)))) return true;
    if (FORCE_NAME.test(ctx.doc.text.slice(ctx.tokens[j].start, ctx.tokens[j].end))) return true;
    if (ctx.tokens[j].kind !== 'word') return false;
  }
  return false;
}

const BE = new Set(['are', 'were', 'is', 'was', 'sont', 'etaient', 'est', 'etait']);
const AT_AFTER_BE = new Set(['at', 'a']);

/** A named place (a country or a location, not a demonym) at token k, past an article. */
function placeAt(ctx: Ctx, k: number): boolean {
  if (ARTICLES_BEFORE_PLACE.has(ctx.tokens[k]?.norm ?? '')) k++;
  const m = ctx.idx.top[k];
  const type = m && m.t0 === k && m.form !== 'demonym' ? ctx.doc.entities.get(m.entityId)?.type : undefined;
  return type === 'Location' || type === 'Country';
}

/** "has about 900 troops", "had some 4,500 soldiers": a figure within two words after the verb, before the noun. */
function countFollows(ctx: Ctx, verb: number, noun: number): boolean {
  return ctx.doc.quantities.some((q) => q.t0 > verb && q.t0 <= verb + 3 && q.t1 <= noun);
}

/** The country or place a mission serves in (lexicon `theatre`), or null. */
function theatreOf(ctx: Ctx, id: string | null): string | null {
  return (id && ctx.doc.lexicon.entities.get(id)?.theatre) || null;
}

const MISSION_ANAPHORS: string[][] = [['la', 'mission'], ['the', 'mission'], ['la', 'force'], ['the', 'force'], ["l'", 'operation'], ['the', 'operation']];

/**
 * The theatre of a mission named from `from` on in the sentence ("au sein de la Finul", "to KFOR"), or
 * of the last mission named before when the sentence says only "the mission" / "la mission".
 */
function missionTheatreAfter(ctx: Ctx, s: Sentence, from: number): string | null {
  const { tokens } = ctx;
  for (let k = from; k < s.t1; k++) {
    const m = ctx.idx.top[k];
    if (m && m.t0 === k) {
      const t = theatreOf(ctx, m.entityId);
      if (t) return t;
      k = m.t1 - 1;
      continue;
    }
    if (!MISSION_ANAPHORS.some((p) => p.every((w, j) => tokens[k + j]?.norm === w))) continue;
    const at = tokens[k].start;
    let best: string | null = null;
    for (const mm of ctx.doc.mentions) {
      if (mm.start >= at) break;
      best = theatreOf(ctx, mm.entityId) ?? best;
    }
    if (best) return best;
  }
  return null;
}

/** Whether a comma and a conjunction opening another clause stand between tokens `a` and `b`. */
function clauseBreakBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) if (commaOpensClause(ctx.tokens, k, CLAUSE_OPENERS)) return true;
  return false;
}

/**
 * "400 Levies personnel were withdrawn from Mashkel and replaced by FC troops": the one country of the military units
 * a sentence names, for a place whose own country is unknown (a force's name alone, such as an air force, is too loose).
 */
function forceCountryIn(ctx: Ctx, s: Sentence): string | null {
  const found = new Set<string>();
  for (let k = s.t0; k < s.t1; k++) {
    const m = ctx.idx.top[k];
    const e = m && m.t0 === k ? ctx.doc.entities.get(m.entityId) : undefined;
    if (!e || e.type !== 'MilitaryUnit') continue;
    const c = ctx.idx.countryOf(e.id);
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The country of `to`, a place inside it, when the sentence names that country elsewhere than at the place (a demonym, an official, a unit); else null. */
function domesticSender(ctx: Ctx, s: Sentence, to: string, toM: MentionRec | null, noun: number, before?: Sentence): string | null {
  const place = ctx.doc.entities.get(to);
  if (place?.type !== 'Location') return null;
  const country = ctx.idx.countryOf(to) ?? forceCountryIn(ctx, s);
  if (!country) return null;
  // The sentence before counts too when it opens the same paragraph's story ("Bogota a annoncé ... Quelque 5 000 militaires seront déployés").
  for (let k = before && before.paragraph === s.paragraph ? before.t0 : s.t0; k < s.t1; k++) {
    const m = ctx.idx.top[k];
    // "où les Forces de soutien rapide (FSR) ...": a name holding the troops' noun is theirs, not a sign of the host.
    if (!m || m.t0 !== k || m === toM || m.entityId === to || m.entityId === ctx.idx.top[noun]?.entityId) continue;
    const e = ctx.doc.entities.get(m.entityId);
    // The country's own name is no sign: "from western Iraq to Erbil" may move anyone's troops.
    if (!e || e.type === 'Location' || (e.type === 'Country' && m.form !== 'demonym')) continue;
    if ((e.type === 'Country' ? e.id : ctx.idx.countryOf(e.id)) === country) return country;
  }
  return null;
}

function deployments(ctx: Ctx): Deployment[] {
  const { doc, tokens, words } = ctx;
  const lex = doc.lexicon;
  const destPreps = doc.language === 'fr' ? DEST_FR : DEST_EN;
  const out: Deployment[] = [];
  doc.sentences.forEach((s, si) => {
    if (doc.paragraphs[s.paragraph]?.kind === 'heading') return;
    for (let i = s.t0; i < s.t1; i++) {
      let noun = words.personnel.match(tokens, i);
      // "armoured personnel carriers" are vehicles; "arrived at Pekanbaru's air base": a base after "at" is where, not who.
      if (noun && (CARRIERS.has(tokens[i + noun.tokens.length]?.norm ?? '') || baseAsPlace(ctx, s, i, noun.tokens))) noun = null;
      // "20 Chinese-made J-10C fighters": after a weapon system, "fighters" are its aircraft, not troops.
      const systemBefore = noun ? systemEndingAt(ctx, i) : null;
      if (systemBefore) noun = null;
      // "The 82nd Airborne Division was sent to Poland": a named unit of a country's forces moves as troops do.
      const unitM = ctx.idx.top[i];
      if (!noun && unitM && unitM.t0 === i && doc.entities.get(unitM.entityId)?.type === 'MilitaryUnit' && ctx.idx.countryOf(unitM.entityId)) {
        noun = { tokens: tokens.slice(unitM.t0, unitM.t1).map((t) => t.norm), payload: true };
      }
      // "The Wagner Group says it is leaving Mali", "le groupe Wagner a quitté le Mali": an armed group moves as its troops do.
      const armedGroup = !noun && unitM && unitM.t0 === i && !unitM.nested && (unitM.form === 'name' || unitM.form === 'acronym') && FIGHTING_KINDS.has(doc.entities.get(unitM.entityId)?.kind ?? '') && groupMoves(ctx, s, unitM.t1);
      if (armedGroup) noun = { tokens: tokens.slice(unitM.t0, unitM.t1).map((t) => t.norm), payload: true };
      // "Pyongyang could send up to 100,000 more to Russia": "more" stands for the troops named before.
      if (!noun && MORE.has(tokens[i].norm) && (tokens[i - 1]?.kind === 'number' || doc.quantities.some((qq) => qq.t1 === i)) && !lex.weapons.match(tokens, i + 1) && !words.personnel.match(tokens, i + 1)) {
        const prevTroops = doc.deployments.length > 0 || out.length > 0;
        if (prevTroops) noun = { tokens: [tokens[i].norm], payload: true };
      }
      // "about 1,200 members of the national guard", "300 membres des forces de sécurité": counted members of a force.
      if (!noun && MEMBERS.has(tokens[i].norm) && quantityBefore(ctx, i, 1) && membersOfForce(ctx, s, i + 1)) noun = { tokens: [tokens[i].norm], payload: true };
      let nounEnd = noun ? i + noun.tokens.length : i;
      let weapon: WeaponPayload | null = null;
      // A weapon that only flies, sails or is brought somewhere, with no verb of deployment near.
      let travels = false;
      if (!noun) {
        const w = systemBefore ? { tokens: [tokens[i].norm], payload: systemBefore } : lex.weapons.match(tokens, i);
        if (!w) continue;
        // Weapons are deployed only with a strong verb ("déployés", "stationed").
        const near = matchesIn(words.deploymentVerbs, tokens, Math.max(s.t0, i - 6), Math.min(s.t1, i + 16)).map((k) => tokens[k].norm);
        if (!near.some(movesWeapons) && !keptOrSentToPlace(ctx, s, near, i + w.tokens.length)) continue;
        travels = !near.some((norm) => STRONG_DEPLOY.test(norm));
        weapon = w.payload;
        nounEnd = i + w.tokens.length;
        // "systèmes de missiles Orechnik": take the named system if it follows.
        const sys = nounEnd < s.t1 ? lex.weapons.match(tokens, nounEnd) : null;
        if (sys && sys.payload.system) {
          weapon = sys.payload;
          nounEnd += sys.tokens.length;
        }
        noun = { tokens: [], payload: true };
      }
      // "has about 900 troops": a possessive verb counts troops only when the figure follows it.
      let verbs = matchesIn(words.deploymentVerbs, tokens, Math.max(s.t0, i - 14), Math.min(s.t1, nounEnd + 10))
        .filter((k) => (!HAVE.has(tokens[k].norm) || countFollows(ctx, k, i)) && !(k > nounEnd && clauseBreakBetween(ctx, nounEnd, k)));
      // "Le ministre a rappelé que 1 000 soldats ...": "rappeler que" reminds, it recalls no one.
      verbs = verbs.filter((k) => !(/^rappel/.test(tokens[k].norm) && RELATIVE_OBJECT.has(tokens[k + 1]?.norm ?? '')));
      if (!verbs.length) verbs = verbAfterApposition(ctx, s, nounEnd);
      if (!verbs.length) verbs = verbBeforeContribution(ctx, s, i);
      // "the carrier, which had been operating in the western Pacific, was sent ...": where a force was before is background.
      const background = verbs.filter((k) => k > i && formerWhereabouts(ctx, k));
      if (background.length) {
        verbs = verbs.filter((k) => !background.includes(k));
        if (!verbs.length) verbs = verbAfterApposition(ctx, s, nounEnd);
        if (!verbs.length) continue;
      }
      // "570 troops are stationed on Ishigaki, and two batteries were moved to Camp Kengun": the verb of the noun's own clause,
      // after it, beats one before the start of that clause.
      const opensBefore = (k: number) => tokens.slice(k, i).some((_, n) => commaOpensClause(tokens, k + n, CLAUSE_JOINS));
      if (verbs.some((k) => k >= nounEnd) && verbs.some((k) => k < i && opensBefore(k))) verbs = verbs.filter((k) => k >= nounEnd || !opensBefore(k));
      // "North Korean troops in Russia": a presence without a verb.
      // "operates 20 J-10C fighters ... and has stationed a dozen of them at Skardu": weapons move by the strong verb.
      if (weapon && verbs.some((k) => movesWeapons(tokens[k].norm))) verbs = verbs.filter((k) => movesWeapons(tokens[k].norm));
      let verb: number;
      if (verbs.length) verb = verbs.reduce((a, b) => (Math.abs(a - i) <= Math.abs(b - i) ? a : b));
      else if (!weapon && quantityBefore(ctx, i)) {
        // "11,000 North Korean troops were now in the Kursk region", "has about 10,000 troops in South Kivu"
        let k = nounEnd;
        if (ctx.idx.top[k]?.form === 'demonym') k = ctx.idx.top[k]!.t1;
        while (k < s.t1 && k < nounEnd + 7 && ['were', 'are', 'was', 'is', 'now', 'already', 'still', 'believed', 'thought', 'estimated', 'reported', 'said', 'to', 'have', 'be', 'been', 'sont', 'etaient', 'desormais', 'deja', 'toujours', 'present', 'presents', 'deployed', 'stationed', 'based', 'deployes', 'stationnes', 'bases'].includes(tokens[k].norm)) k++;
        if (k + 1 < s.t1 && ['in', 'en', 'dans', 'inside', 'au', 'aux'].includes(tokens[k].norm)) verb = k;
        // "About 40 trainers are at Camp X", "200 gendarmes sont à Kayes": "at" / "à" right after the copula, before a place.
        else if (k > nounEnd && AT_AFTER_BE.has(tokens[k].norm) && BE.has(tokens[k - 1].norm) && placeAt(ctx, k + 1)) verb = k;
        // "Au Tchad, environ 1 000 soldats français ...", "À Goma, ..., environ 1 300 soldats de la mission de la SADC":
        // a figure of troops with their owner under a fronted place is a presence there.
        else if (frontedPlace(ctx, s, i, destPreps, null) && hasOwner(ctx, s, i, nounEnd)) verb = i;
        else continue;
      } else continue;
      if (isNegated(ctx, Math.max(s.t0, Math.min(verb, i) - 4), Math.min(verb, i))) continue;
      // "transfer two decommissioned minehunters to Bahrain": ships transferred change hands; they are not deployed.
      if (/^transf/.test(tokens[verb].norm) && PLATFORM.test(noun.tokens.join(' '))) continue;
      // "Russia has lost 600,000 soldiers in Ukraine", "300 soldats tués": losses, not a deployment.
      if (matchesIn(words.casualties, tokens, Math.max(s.t0, i - 5), Math.min(s.t1, nounEnd + 4)).length) continue;
      // "Three additional wings of the Frontier Corps": "additional", "supplémentaires" belong to the figure, not to the gap.
      const countGap = tokens.slice(Math.max(s.t0, i - 4), i).some((t) => MORE.has(t.norm)) ? 4 : 3;
      const q = (verb > nounEnd ? countOfThem(ctx, verb) : null) ?? quantityBefore(ctx, i, countGap) ?? (MORE.has(tokens[i].norm) ? quantityBefore(ctx, i, 0) : null) ?? sizeChangedTo(ctx, s, i) ??
        strengthAfter(ctx, s, nounEnd);
      let hostQ: QuantityRec | null = null;
      // Sender: demonym next to the noun, the weapon's maker, or the acting subject.
      let fromM: MentionRec | null = unitM && unitM.t0 === i && noun.tokens.length === unitM.t1 - unitM.t0 && (armedGroup || doc.entities.get(unitM.entityId)?.type === 'MilitaryUnit') ? unitM : null;
      const after = ctx.idx.top[nounEnd];
      if (fromM) { /* the unit's own country */ }
      else if (after && after.form === 'demonym' && after.t0 === nounEnd) fromM = after;
      // "the roughly 15,000 soldiers North Korea has sent to Russia": a relative clause without its pronoun.
      else if (after && after.t0 === nounEnd && after.form !== 'demonym' && ['has', 'had', 'have', 'a', 'avait', 'ont'].includes(tokens[after.t1]?.norm ?? '') &&
        words.deploymentVerbs.match(tokens, after.t1 + 1) && partyId(ctx, after) && doc.entities.get(after.entityId)?.type !== 'Location') fromM = after;
      else if (nounEnd + 1 < s.t1 && ctx.idx.top[nounEnd + 1]?.form === 'demonym' && tokens[nounEnd].kind === 'word') fromM = ctx.idx.top[nounEnd + 1];
      if (!fromM) {
        const b = ctx.idx.top[i - 1];
        // "Chinese-made J-10C": the maker, not the owner.
        if (b && b.form === 'demonym' && b.t1 === i && !/-(?:made|built)$/.test(tokens[i - 1].norm)) fromM = b;
        // "some 1,000 US troops", "NATO troops": a name used as a modifier owns them.
        const prep = b ? tokens[b.t0 - 1]?.norm ?? '' : '';
        if (!fromM && b && b.t1 === i && (b.form === 'acronym' || b.form === 'name') && ['Country', 'Organization'].includes(doc.entities.get(b.entityId)?.type ?? '') &&
          partyId(ctx, b) && !destPreps.has(prep) && !['from', 'de', 'du', 'des', 'of', 'by', 'par'].includes(prep)) fromM = b;
      }
      // "UNIFIL's roughly 10,000 peacekeepers", "Russia's troops": the possessor owns them.
      if (!fromM) {
        const at = q && q.t1 <= i ? q.t0 : i;
        let p = at - 1;
        while (p > s.t0 && tokens[p].kind === 'word' && at - p < 3 && !ctx.idx.top[p] && tokens[p].norm !== "'s") p--;
        const owner = tokens[p]?.norm === "'s" ? ctx.idx.top[p - 1] : null;
        if (owner && owner.t1 === p && partyId(ctx, owner) && doc.entities.get(owner.entityId)?.type !== 'Location') fromM = owner;
      }
      // "La Chine, dont des navires de guerre sont stationnés à Ream", "Russia, whose troops are in Mali": the antecedent owns them.
      if (!fromM) fromM = relativeOwner(ctx, s, q && q.t1 <= i ? q.t0 : i);
      // "et Yaoundé muscle son dispositif", "Moscow reinforced its troops": the subject right before a verb owns "its" force.
      if (!fromM) fromM = possessiveOwner(ctx, s, q && q.t1 <= i ? q.t0 : i);
      const withdrawing = matchesIn(words.statusWithdrawn, tokens, Math.max(s.t0, Math.min(i, verb) - 3), Math.min(s.t1, Math.max(nounEnd + 3, verb + 1))).length > 0;
      // "La France a retiré 1 500 soldats du Niger": after a withdrawal verb, "du Niger" is the place left, not the owner.
      if (!fromM && !(withdrawing && verb < i) && ['de', 'des', 'du', 'of', "d'"].includes(tokens[nounEnd]?.norm)) {
        let k = nounEnd + 1;
        if (['la', 'le', "l'", 'the'].includes(tokens[k]?.norm)) k++;
        // "soldats de la mission de la SADC", "de la force régionale de la CEDEAO": the body whose mission it is.
        const adjective = tokens[k + 1]?.kind === 'word' && !tokens[k + 1].cap && ['de', 'du', "d'", 'of'].includes(tokens[k + 2]?.norm ?? '') ? 1 : 0;
        if (['mission', 'operation', 'force'].includes(tokens[k]?.norm ?? '') && ['de', 'du', "d'", 'of'].includes(tokens[k + 1 + adjective]?.norm ?? '')) {
          k += 2 + adjective;
          if (['la', 'le', "l'", 'the'].includes(tokens[k]?.norm)) k++;
        }
        const owner = ctx.idx.top[k];
        if (owner && owner.t0 === k && partyId(ctx, owner) && doc.entities.get(owner.entityId)?.type !== 'Location') fromM = owner;
      }
      // "1,500 Marines aboard the USS Bataan", "les marins à bord du Charles-de-Gaulle": the ship's navy owns them.
      if (!fromM && (tokens[nounEnd]?.norm === 'aboard' || (tokens[nounEnd]?.norm === 'a' && tokens[nounEnd + 1]?.norm === 'bord'))) {
        let k = nounEnd + (tokens[nounEnd].norm === 'aboard' ? 1 : 2);
        if (['the', 'du', 'de', 'des'].includes(tokens[k]?.norm ?? '')) k++;
        const ship = ctx.idx.top[k];
        if (ship && ship.t0 === k && doc.entities.get(ship.entityId)?.type === 'MilitaryUnit' && ctx.idx.countryOf(ship.entityId)) fromM = ship;
      }
      // "About 600 troops from Chad arrived in Niger": troops that are the subject come from their country
      // (not "moved 500 troops from Syria to Iraq", where the verb comes first and "from" names the place left).
      if (!fromM && verb > nounEnd && tokens[nounEnd]?.norm === 'from') {
        const origin = ctx.idx.top[nounEnd + 1];
        if (origin && origin.t0 === nounEnd + 1 && doc.entities.get(origin.entityId)?.type === 'Country' && origin.form !== 'demonym') fromM = origin;
      }
      // "La Russie a envoyé 100 instructeurs au Mali, la Biélorussie une dizaine de spécialistes":
      // the verb is shared, the subject of the second member stands right before its figure.
      if (!fromM && verb < i) {
        const ell = ellipticSubject(ctx, verb, q ? q.t0 : i);
        if (ell) fromM = ell;
      }
      // "Niger, which expelled some 1,000 US troops": the host expels, the troops' owner is the sender.
      const expelling = EXPEL.test(tokens[verb].norm) && verb < i;
      if (expelling && !fromM) continue;
      // "the Netherlands will deploy a Patriot battery": the subject of an active verb owns the weapon, not its maker;
      // "les systèmes Orechnik seraient déployés": with no such subject, the maker does.
      const activeAfter = verb > i && [tokens[verb - 1]?.norm, tokens[verb - 2]?.norm].some((w) => !!w && HAVE.has(w));
      // "drones ... acheminés par l'aéroport d'Amdjarass" after "a fourni": weapons that travel (not deployed) in a
      // sentence of supply are a transfer's; and a weapon that only flies or sails has no owner by its maker.
      if (travels && matchesIn(words.transferVerbs, tokens, s.t0, s.t1).some((k) => k !== verb)) continue;
      const origin = travels ? null : weapon?.origin ?? null;
      let from = partyId(ctx, fromM) ?? (weapon && verb > i && !activeAfter ? origin : null);
      // The mission before the subject search, which would take its place name for the sender.
      const mission = from ? null : missionOf(ctx, s, Math.min(i, verb));
      if (mission) from = mission.id;
      let subject: MentionRec | null = null;
      if (!from) {
        subject = subjectBefore(ctx, s, Math.min(i, verb), destPreps);
        from = partyId(ctx, subject);
      }
      // "The Pentagon announced the deployment. The 3,000 troops will be sent to Poland": troops named
      // with a definite article and no owner belong to the actor of the sentence before.
      if (!from && DEFINITE.has(tokens[(q && q.t1 <= i ? q.t0 : i) - 1]?.norm ?? '') && (q ? q.t0 : i) - 1 === s.t0) {
        if (si > 0) from = partyId(ctx, firstActor(ctx, doc.sentences[si - 1], s));
      }
      // "La Moldavie n'envisage pas d'adhérer à l'Otan. Elle contribue toutefois à la KFOR avec 41 militaires": the pronoun's country.
      if (!from && si > 0 && verb < i) from = partyId(ctx, anaphorSubject(ctx, doc.sentences[si - 1], s, verb));
      // "Its only overseas base is in Djibouti, where about 180 personnel are stationed": a possessive opening the
      // sentence stands for the actor of the sentence before.
      if (!from && si > 0 && POSSESSIVE_ANAPHORS.has(tokens[s.t0].norm)) from = partyId(ctx, firstActor(ctx, doc.sentences[si - 1], s));
      if (!from) from = origin;
      if (from) from = senderState(ctx, from);
      // "Les drones seraient basés à Abéché": a weapon that travels names its owner next to it or as the subject.
      if (travels && !fromM && !subject) continue;
      // Troops with no owner in sight may still be the host's own, moved at home: decided once the place is known.
      const ownerless = !from;
      if (ownerless && weapon) continue;
      const fromCountry = from ? ctx.idx.countryOf(from) ?? from : '';
      // Destination after the verb when it comes first ("l'envoi en mer Rouge de 200 marins"), unless a purpose clause separates them.
      let destFrom = Math.max(nounEnd, verb + 1);
      if (verb < i) {
        let purpose = false;
        for (let k = verb + 1; k < i; k++) if (PURPOSE.has(tokens[k].norm) && tokens[k - 1].norm !== 'up' && tokens[k + 1]?.kind !== 'number') purpose = true;
        if (!purpose) destFrom = verb + 1;
      }
      const hosting = HOST.test(tokens[verb].norm);
      if (ownerless && hosting) continue;
      // "à Abidjan, où ne demeurent plus qu'environ 80 militaires français", "Djibouti, where 1,500 troops are stationed".
      const where = whereBefore(ctx, s, Math.min(i, verb));
      // "..., exercises in the Mediterranean, would lead a task group to the Red Sea": "to" after the troops beats a place before them.
      let onward = verb < i && !hosting && !where && !expelling ? mentionAfterPrep(ctx, s, nounEnd, ONWARD, fromCountry, true) : null;
      if (onward && (onward.t0 - nounEnd > 2 || tokens.slice(nounEnd, onward.t0).some((t) => t.norm === ',' || t.norm === ';'))) onward = null;
      // "L'Italie y maintient 800 militaires, et les Etats-Unis environ 600, répartis à Camp Bondsteel": "y" is the place; a later one is another member's.
      const clitic = tokens[verb - 1]?.norm === 'y' || tokens[verb - 2]?.norm === 'y' && ['a', 'ont', 'avait', 'avaient', 'sont', 'est'].includes(tokens[verb - 1].norm);
      let toM = hosting || clitic && verb < i ? null : where ?? (expelling ? expeller(ctx, s, verb) : null) ?? onward ?? mentionAfterPrep(ctx, s, destFrom, destPreps, fromCountry, true);
      // "la province mozambicaine de Cabo Delgado", "the Philippine island of Luzon": the place named after the demonym.
      if (toM && toM.form === 'demonym') {
        let k = toM.t1;
        if (['island', 'province', 'region', 'city', 'town', 'port', 'ile', 'ville'].includes(tokens[k]?.norm ?? '')) k++;
        if (['de', "d'", 'of'].includes(tokens[k]?.norm ?? '')) {
          const place = ctx.idx.top[k + 1];
          if (place && place.t0 === k + 1 && doc.entities.get(place.entityId)?.type === 'Location') toM = place;
        }
      }
      // "Le Burkina Faso et le Niger ... accueillent des instructeurs russes": the hosts are the destinations.
      if (!toM && hosting) {
        const hosts: MentionRec[] = [];
        for (let k = s.t0; k < verb; k++) {
          const m = ctx.idx.top[k];
          if (m && m.t0 === k && doc.entities.get(m.entityId)?.type === 'Country' && m.entityId !== fromCountry) hosts.push(m);
          if (tokens[k].norm === ',' && hosts.length) {
            let j = k + 1;
            while (j < verb && tokens[j].norm !== ',') j++;
            if (tokens[k + 1]?.kind === 'word' && !ctx.idx.top[k + 1]) { k = j - 1; }
          }
        }
        // "dont le nombre pourrait atteindre 300 au Burkina Faso": a size given for one host.
        const hostSize = (h: MentionRec): QuantityRec | null => {
          for (const qq of doc.quantities) {
            if (qq.t0 < nounEnd || qq.t1 >= s.t1) continue;
            const at = ctx.idx.top[qq.t1 + 1];
            if (['au', 'en', 'in', 'aux', 'a'].includes(tokens[qq.t1]?.norm) && at && at.entityId === h.entityId) return qq;
          }
          return null;
        };
        const firstSize = hosts.length ? hostSize(hosts[0]) : null;
        if (firstSize && !q) hostQ = firstSize;
        for (const h of hosts.slice(1)) {
          const hq = hostSize(h);
          out.push({
            id: '', kind: 'deployment', from, to: h.entityId, size: hq ? hq.value : null, sizeQualifier: hq ? hq.qualifier : null,
            unit: doc.text.slice(tokens[i].start, tokens[nounEnd - 1].end), status: 'deployed', when: whenIn(ctx, s, verb),
            evidence: evidence(doc, tokens[h.t0].start, tokens[nounEnd - 1].end, 0.5),
          });
        }
        if (hosts.length) toM = hosts[0];
      }
      if (toM && toM.t0 >= i && toM.t0 < nounEnd) toM = mentionAfterPrep(ctx, s, nounEnd, destPreps, fromCountry, true);
      // "ne conserve plus en Afrique qu'environ 1 500 militaires à Djibouti": a place right after the troops is more precise
      // than the region named between the verb and them.
      if (toM && toM.t1 <= (q ? q.t0 : i) && isDest(ctx, nounEnd)) {
        const after = mentionAfterPrep(ctx, s, nounEnd, destPreps, fromCountry, true);
        if (after && after.t0 <= nounEnd + 2 && after.form !== 'demonym') toM = after;
      }
      // "the new AU mission in Somalia will have ...": the place the mission is named for.
      if (!toM && mission) {
        const place = mentionAfterPrep(ctx, s, mission.end, destPreps, null, true);
        if (place && place.t0 < Math.min(i, verb)) toM = place;
      }
      // "the withdrawal of 2,000 soldiers from Germany, possibly to Poland", "retiré 300 soldats de Kayes vers Bamako": a
      // withdrawal is told at the place it leaves, not where the troops go next.
      if (toM && !hosting && withdrawing) {
        const left = placeLeft(ctx, s, nounEnd, fromCountry, doc.entities.get(from ?? '')?.type === 'Country' && !LEAVE.has(tokens[verb].norm));
        const prep = tokens[toM.t0 - (ARTICLES_BEFORE_PLACE.has(tokens[toM.t0 - 1]?.norm ?? '') ? 2 : 1)]?.norm ?? '';
        if (left && left.t1 <= toM.t0 && left.entityId !== toM.entityId && toM.form !== 'demonym' && MOTION_PREPS.has(prep)) toM = left;
      }
      // "le retrait des troupes françaises du Niger", "pulled out 1,000 troops from Syria": a withdrawal names the place it leaves.
      if (!toM && !hosting && withdrawing) {
        // "le retrait du Mali de ses 2 000 hommes": the place may come between the verb and the troops.
        // A state's army withdrawn at home leaves a region of its own; a ship that "left Norfolk" only sails.
        const home = doc.entities.get(from ?? '')?.type === 'Country' && !LEAVE.has(tokens[verb].norm);
        toM = placeLeft(ctx, s, nounEnd, fromCountry, home) ?? (verb < i ? placeLeft(ctx, s, verb + 1, fromCountry, home) : null);
        // "Niger asked French forces to leave", "la junte a sommé les soldats français de quitter le pays": the host asks them out.
        const ask = verb > i ? tokens.slice(Math.max(s.t0, (q ? q.t0 : i) - 5), i).findIndex((t) => ASK_TO_LEAVE.test(t.norm)) : -1;
        if (!toM && ask >= 0) {
          let host = subjectBefore(ctx, s, Math.max(s.t0, (q ? q.t0 : i) - 5) + ask, destPreps);
          // Past the owners of troops ("some 1,000 US troops", "French forces"): the host is the one asking.
          while (host && (host.form === 'demonym' || words.personnel.match(tokens, host.t1))) host = subjectBefore(ctx, s, host.t0, destPreps);
          const party = host && host.form !== 'demonym' ? partyId(ctx, host) : null;
          const hostId = party ? ctx.idx.countryOf(party) ?? party : null;
          if (hostId && doc.entities.get(hostId)?.type === 'Country' && hostId !== fromCountry) toM = host;
        }
      }
      // "along its northern border with Syria after clashes near Ruwayshid", "to the Somali border": the border of the two
      // countries, unless a place is named before it ("to Mizoram's border with ...") or right after it (", near Zouérate").
      const border = !withdrawing && !CROSS.test(tokens[verb].norm) && fromCountry ? borderAfterPrep(ctx, s, destFrom, Math.max(destFrom, nounEnd) + 10, destPreps) : -1;
      const between = border >= 0 ? borderBetween(ctx, s, border, fromCountry) : null;
      const nearAfter = between && toM && toM.t0 >= between.t1 && toM.t0 - between.t1 <= 5 && tokens.slice(between.t1, toM.t0).every(leadsToPlace);
      if (between && (!toM || (toM.t0 >= border - 1 && !nearAfter))) toM = null;
      let to = between && !toM ? between.id : partyId(ctx, toM);
      // The government that asks troops to leave stands for its country.
      if (to && doc.entities.get(to)?.type === 'Organization' && withdrawing) to = ctx.idx.countryOf(to) ?? to;
      // "déployés à Bamako, Tombouctou et Tessalit": towns of one country stand for the country.
      // Not "dans les provinces de Cibitoke et de Kayanza": places listed under their kind are each a destination.
      const listed = toM ? placesListed(ctx, s, toM) : [];
      if (toM && !listed.length) to = countryOfEnumeration(ctx, s, toM) ?? to;
      let end = Math.max(nounEnd, verb + 1);
      if (toM) end = Math.max(end, toM.t1);
      else if (between) end = Math.max(end, between.t1);
      else {
        // "à la frontière": its own border; also between the verb and the troops ("a renforcé sa présence à la frontière avec 1 200 militaires").
        const around = [...Array.from({ length: verb < i ? i - destFrom : 0 }, (_, n) => destFrom + n), ...Array.from({ length: 8 }, (_, n) => nounEnd + n)];
        const border = around.find((k) => k < s.t1 && BORDER.has(tokens[k].norm));
        if (border !== undefined) {
          // "to its northern border with Syria", "vers la frontière turque": the border of the two countries.
          const between = fromCountry && !CROSS.test(tokens[verb].norm) ? borderBetween(ctx, s, border, fromCountry) : null;
          to = between ? between.id : fromCountry;
          end = Math.max(end, between ? between.t1 : border + 1);
          // "ont franchi la frontière géorgienne", "crossed the Georgian border": a border crossed is the other country's.
          const other = [ctx.idx.top[border + 1], ctx.idx.top[border - 1]].find((m) => m && m.form === 'demonym' && partyId(ctx, m) !== fromCountry);
          if (other && CROSS.test(tokens[verb].norm)) to = partyId(ctx, other) ?? to;
        }
      }
      // "En Haïti, la mission compte 1 000 membres, dont 800 policiers kényans": a fronted place.
      if (!to && !hosting) {
        const fronted = frontedPlace(ctx, s, Math.min(i, verb), destPreps, fromCountry);
        if (fronted) to = fronted;
      }
      // "déjà sur place", "dans le pays", "in this region": the place the text is already about.
      let anaphor = placeAnaphor(ctx, Math.min(i, verb), Math.min(s.t1, end + 8));
      // "dispatched two warships to the area": "the area" stands for a place only as the force's own complement, none found.
      if (anaphor && AREA_WORDS.has(tokens[anaphor - 1].norm) && (to || !MOTION.test(tokens[verb].norm) || !destPreps.has(tokens[anaphor - 3]?.norm ?? '') || anaphor - 3 > nounEnd + 1)) anaphor = 0;
      // "stationed on the islands", "in the peninsula": the place of that kind named last ("the Falkland Islands"), else
      // none (the resolve stage reads "the island" as an island state already).
      const kind = anaphor ? KIND_ANAPHORS.find((a) => a.noun.test(tokens[anaphor - 1].norm)) : undefined;
      if (anaphor && kind) {
        const named = kindNamedBefore(ctx, anaphor - 1, kind.name, kind.town);
        if (named && (!to || (ctx.idx.countryOf(to) ?? to) === (ctx.idx.countryOf(named) ?? named))) {
          to = named;
          end = Math.max(end, anaphor);
        }
      } else if (anaphor) {
        const before = [...out].reverse().find((d) => d.from === from && paragraphAt(ctx, d.evidence.start) >= s.paragraph - 1);
        const main = mainCountry(ctx, fromCountry);
        // "dans cette région frontalière", "in this region": the region named last, not the country.
        const region = REGION_ANAPHOR.test(ctx.tokens[anaphor - 1]?.norm ?? '') ? placeNamedBefore(ctx, s, si, fromCountry, 'Location') : null;
        // "dans le pays", "in the country": the country of the place told before, not its town.
        const told = before?.to && COUNTRY_WORDS.has(ctx.tokens[anaphor - 1].norm) ? ctx.idx.countryOf(before.to) ?? before.to : before?.to;
        const fallback = region ?? (before ? told ?? null : main);
        // A place already found inside the fallback country is the more precise answer; keep it.
        const preciser = !!to && to !== fallback && doc.entities.get(to)?.type === 'Location' && ctx.idx.countryOf(to) === (ctx.idx.countryOf(fallback ?? '') ?? fallback);
        if (fallback && !preciser && (!to || (ctx.idx.countryOf(to) ?? to) === (ctx.idx.countryOf(fallback) ?? fallback))) {
          to = fallback;
          end = Math.max(end, anaphor);
        }
      }
      // "Le Guatemala y a déployé 150 militaires", "15,000 soldiers are now fighting there": the place named just before.
      if (!to && thereAt(ctx, s, Math.min(i, verb), end)) {
        // The destination of the deployment told just before, else the last place named.
        // "Canada, which leads NATO's brigade in Latvia, has 2,000 troops there": a place given earlier in the sentence comes first.
        const here = mentionAfterPrep(ctx, s, s.t0, destPreps, fromCountry, true);
        const recent = [...out].reverse().find((d) => d.to && d.evidence.start >= doc.sentences[Math.max(0, si - 3)].start && (ctx.idx.countryOf(d.to) ?? d.to) !== fromCountry);
        to = here && here.t1 <= Math.min(i, verb) && here.form !== 'demonym' ? partyId(ctx, here) : recent ? recent.to : placeNamedBefore(ctx, s, si, fromCountry, 'Country');
      }
      // "la France et le Royaume-Uni envisageraient de déployer chacun jusqu'à 5.000 soldats, loin de la ligne de front":
      // a strong verb with no place in a story about one destination goes there.
      if (!to && !hosting && STRONG_DEPLOY.test(tokens[verb].norm) || !to && /^(?:send|sent|envoy|depech|dispatch)/.test(tokens[verb].norm)) {
        const usual = usualOf(out.map((d) => d.to && (ctx.idx.countryOf(d.to) ?? d.to)), fromCountry);
        if (usual && !otherPlace(ctx, s, [fromCountry, usual], true)) to = usual;
      }
      // "Une vingtaine d'instructeurs français forment des artilleurs moldaves": trainers work where their trainees serve.
      if (!to && !hosting) to = traineesCountry(ctx, s, verb, fromCountry);
      // "la Finul, qui compte 10 000 casques bleus", "servent au sein de la Finul", "contributes 850 soldiers to the mission":
      // a mission stands for the place it serves in.
      const theatre = theatreOf(ctx, from);
      if (!to) to = theatre ?? missionTheatreAfter(ctx, s, s.t0);
      // "La Minurso, qui compte 230 observateurs ..., n'a pas été ... à New York": a mission serves in its theatre, not elsewhere.
      if (to && theatre && (ctx.idx.countryOf(to) ?? to) !== (ctx.idx.countryOf(theatre) ?? theatre)) to = theatre;
      // No place yet: the article's usual destination may be meant, decided once every deployment is known.
      // Only a counted force sent by a verb of motion: a bare mention of troops with no place says nothing of where they go.
      // "les Pays-Bas retireront leur détachement de 60 militaires": a counted withdrawal with no place leaves the usual one;
      // "Italy will deploy the destroyer Caio Duilio": a named ship counts as a force of its own (size unknown).
      const namedShip = !q && namedShipAfter(ctx, noun, nounEnd);
      if (!to && (ownerless || hosting || expelling || (!q && !namedShip) || !(MOTION.test(tokens[verb].norm) || (withdrawing && verb < i)) || isNegated(ctx, s.t0, s.t1))) continue;
      // "Quelque 5 000 militaires seront déployés dans le Catatumbo, ..., a annoncé le ministre colombien de la Défense",
      // "3 000 soldats déployés dans la province de Surin, selon un officier thaïlandais": troops of no named owner sent to
      // a place inside a country the sentence names otherwise (its official, its unit, its demonym) are that country's own.
      if (ownerless && to) {
        from = domesticSender(ctx, s, to, toM, i, doc.sentences[si - 1]);
        if (!from) continue;
      }
      // "left Niger's Air Base 101 in Niamey": a country's own base at home is no deployment of it.
      if (to && noun.tokens.some((w) => /^(?:base|bases|airbase)$/.test(w)) && (ctx.idx.countryOf(to) ?? to) === fromCountry) continue;
      // "Seule Djibouti, où sont stationnés 1 500 militaires": the host is no sender.
      if (to && where && (ctx.idx.countryOf(to) ?? to) === fromCountry) continue;
      // "Deux compagnies du BIR ont été envoyées à Kumba": a unit of no known country (not an armed group, not a mission)
      // moved to a place of a country is that country's own.
      const force = from ? doc.entities.get(from) : undefined;
      if (force && to && force.type === 'MilitaryUnit' && !ctx.idx.countryOf(from!) && !ACTOR_KINDS.has(force.kind ?? '') &&
        !FIGHTING_KINDS.has(force.kind ?? '') && !theatreOf(ctx, from) && !lex.entities.get(from!)?.parent && doc.entities.get(to)?.type === 'Location') {
        const home = ctx.idx.countryOf(to);
        if (home && doc.entities.get(home)?.type === 'Country') from = home;
      }
      const start = Math.min(q ? q.t0 : i, verb, i);
      const status = statusOf(ctx, Math.max(s.t0, Math.min(i, verb) - 6), Math.min(s.t1, end + 3));
      // "les forces stationnées à Djibouti, qui comptent environ 1 500 militaires": a strength given after the place.
      const sized = q ?? hostQ ?? (weapon ? null : strengthCounted(ctx, s, nounEnd) ?? strengthCounted(ctx, s, end));
      const made: Deployment = {
        id: '', kind: 'deployment', from, to, size: sized ? sized.value : null, sizeQualifier: sized ? sized.qualifier : null,
        unit: weapon ? weapon.system ?? weapon.category : doc.text.slice(tokens[i].start, tokens[nounEnd - 1].end),
        status: expelling ? 'withdrawn' : status, when: whenIn(ctx, s, verb), evidence: evidence(doc, tokens[start].start, tokens[end - 1].end, toM ? 0.7 : 0.5),
      };
      out.push(made);
      // "will withdraw about 1,000 of the roughly 2,000 American troops stationed in Syria": the part leaves, the whole was there.
      const part = q ? partWithdrawn(ctx, s, q) : null;
      if (part) {
        made.status = 'deployed';
        out.push({ ...made, size: part.value, sizeQualifier: part.qualifier, status: 'withdrawn', evidence: evidence(doc, tokens[part.t0].start, tokens[end - 1].end, made.evidence.confidence) });
      }
      // "la France et le Royaume-Uni envisageraient de déployer chacun jusqu'à 5 000 soldats": one deployment per sender.
      for (const other of coordinatedWith(ctx, s, subject)) {
        const id = partyId(ctx, other);
        if (id && id !== from && id !== to) out.push({ ...made, from: id });
      }
      // "2,500 troops in Iraq and 900 in Syria", "4,000 troops in Kosovo, including 500 from Italy".
      out.push(...elidedCounts(ctx, s, made, end, destPreps));
      // "dans les provinces de Cibitoke et de Kayanza": one deployment per place listed, unless the list stands for its country.
      if (toM && to === toM.entityId) {
        for (const other of listed) {
          const member: Deployment = { ...made, to: other.entityId };
          LISTED.add(member);
          out.push(member);
        }
      }
      i = nounEnd - 1;
    }
  });
  return withUsualDestination(ctx, [...out, ...supportingForces(ctx, out), ...followingForces(ctx, out), ...reliefs(ctx, out)]).filter((d) => !reinforcementsRetold(ctx, d, out));
}

const REINFORCEMENTS = new Set(['renforts', 'reinforcements']);

/**
 * "Abuja a dépêché des renforts vers Monguno" in a chapeau, then "a envoyé environ 2 500 soldats": uncounted
 * reinforcements in the standfirst (the first body paragraph of a longer article) summarise the body, and those of a
 * sender who moves a counted force elsewhere in the article are that force told again.
 */
function reinforcementsRetold(ctx: Ctx, d: Deployment, told: readonly Deployment[]): boolean {
  if (d.size !== null || !REINFORCEMENTS.has(foldText(d.unit ?? ''))) return false;
  const body = ctx.doc.paragraphs.flatMap((p, k) => (p.kind === 'body' ? [k] : []));
  if (body.length > 2 && paragraphAt(ctx, d.evidence.start) === body[0]) return true;
  const sender = ctx.idx.countryOf(d.from) ?? d.from;
  return told.some((o) => o.size !== null && (ctx.idx.countryOf(o.from) ?? o.from) === sender);
}

/** The deployment told last whose evidence lies within [since, offset) and that `fits`, or null. */
function toldLast(told: readonly Deployment[], offset: number, since: number, fits: (d: Deployment) => boolean, around = false): Deployment | null {
  for (let j = told.length - 1; j >= 0; j--) {
    const d = told[j];
    // `around`: a deployment whose evidence runs on past `offset` counts too ("3 000 soldats, appuyés par 40 chars, ont été déployés").
    if ((around ? d.evidence.start < offset : d.evidence.end <= offset) && d.evidence.start >= since && fits(d)) return d;
  }
  return null;
}

/** "would follow", "doit suivre": more of a force told of before will go the same way. */
const FOLLOW = /^(?:follow|follows|followed|suivre|suivra|suivront|suivrait|suivraient|suivent)$/;
const WAVE_NOUNS = /^(?:detachement|detachment|contingent|contingents|rotation|wave|vague|tranche)$/;

/**
 * "Indonesia has deployed 1,200 soldiers to Central Papua. ... two more battalions would follow", "Un second
 * détachement doit suivre": a force said to follow goes from the sender of the deployment told last (within three
 * sentences) the same way; its size is its own figure, if any.
 */
function followingForces(ctx: Ctx, told: readonly Deployment[]): Deployment[] {
  const { doc, tokens, words } = ctx;
  const out: Deployment[] = [];
  doc.sentences.forEach((s, si) => {
    for (let v = s.t0 + 2; v < s.t1; v++) {
      if (!FOLLOW.test(tokens[v].norm) || ['as', 'comme', 'qui', 'that', 'which'].includes(tokens[v + 1]?.norm ?? '')) continue;
      // The force: its noun a few words before the verb ("two more battalions would follow", "un second détachement doit suivre").
      let n = -1;
      let len = 0;
      for (let j = v - 1; j >= Math.max(s.t0, v - 4) && n < 0; j--) {
        const noun = words.personnel.match(tokens, j);
        if (noun && j + noun.tokens.length <= v) { n = j; len = noun.tokens.length; }
        else if (WAVE_NOUNS.test(tokens[j].norm)) { n = j; len = 1; }
      }
      if (n < 0) continue;
      const q = quantityBefore(ctx, n, 1) ?? (MORE.has(tokens[n - 1]?.norm ?? '') ? quantityBefore(ctx, n - 1, 0) : null);
      const opener = tokens[(q ? q.t0 : n) - 1]?.norm ?? '';
      // Only a new force: a figure, "more", or "un second", "another" before it.
      if (!q && !ORDINALS.has(opener) && !MORE.has(tokens[n - 1]?.norm ?? '') && !['un', 'une', 'a', 'an'].includes(opener)) continue;
      const before = toldLast(told, tokens[n].start, doc.sentences[Math.max(0, si - 3)].start, (d) => !!d.to && d.status !== 'withdrawn');
      if (!before) continue;
      // Abroad, what follows goes to the country ("un premier contingent ... à Kandi. Un second détachement doit suivre": Benin);
      // at home, to the place itself.
      const country = ctx.idx.countryOf(before.to!);
      const to = country && country !== (before.from ? ctx.idx.countryOf(before.from) ?? before.from : null) ? country : before.to;
      out.push({
        ...before, to, size: q ? q.value : null, sizeQualifier: q ? q.qualifier : null, status: 'planned', when: null,
        unit: doc.text.slice(tokens[n].start, tokens[n + len - 1].end), evidence: evidence(doc, tokens[q ? q.t0 : n].start, tokens[v].end, 0.5),
      });
    }
  });
  return out;
}

/** "leur relève", "dont la relève", "their relief": the force that takes over from one told of before. */
const RELIEF = /^(?:releve|relief|replacements?|remplacement|remplacants|remplacantes)$/;
const RELIEF_OWNERS = new Set(['leur', 'leurs', 'sa', 'son', 'ses', 'their', 'its', 'whose']);
/** Reliefs are new forces even in the sentence of the force they relieve. */
const RELIEFS = new WeakSet<Deployment>();

/**
 * "Quelque 250 militaires sénégalais sont stationnés en Gambie, dont la relève est prévue en juin", "Leur relève sera
 * assurée par quelque 280 hommes du bataillon X": a relief (a rotation) of a force told in the same sentence or the one before is a deployment of its sender
 * to its place, sized by the relieving troops' figure after "par"/"by" if any.
 */
function reliefs(ctx: Ctx, told: readonly Deployment[]): Deployment[] {
  const { doc, tokens, words } = ctx;
  const out: Deployment[] = [];
  doc.sentences.forEach((s, si) => {
    for (let r = s.t0 + 1; r < s.t1; r++) {
      if (!RELIEF.test(tokens[r].norm)) continue;
      const owner = tokens[r - 1].norm;
      const whose = owner === 'whose' || (['la', 'le', 'the'].includes(owner) && tokens[r - 2]?.norm === 'dont');
      if (!RELIEF_OWNERS.has(owner) && !whose) continue;
      // A counted force first: it is troops that are relieved, not the unit they serve in.
      const since = doc.sentences[Math.max(0, si - 1)].start;
      const before = toldLast(told, tokens[r].start, since, (d) => !!d.to && d.status !== 'withdrawn' && d.size !== null, true) ??
        toldLast(told, tokens[r].start, since, (d) => !!d.to && d.status !== 'withdrawn', true);
      if (!before) continue;
      // The relieving troops: "par quelque 280 hommes", "by some 300 soldiers".
      let q: QuantityRec | null = null;
      let end = r + 1;
      for (let k = r + 1; k < s.t1 - 1 && !q; k++) {
        if (!AGENT_PREPS.has(tokens[k].norm)) continue;
        for (let n = k + 1; n < Math.min(s.t1, k + 6) && !q; n++) {
          const noun = words.personnel.match(tokens, n);
          if (noun) { q = quantityBefore(ctx, n); end = n + noun.tokens.length; }
        }
      }
      // "dont la relève est prévue en juin": up to the date, else the next few words.
      if (!q) end = Math.min(s.t1, r + 5);
      const start = whose && owner !== 'whose' ? r - 2 : r - 1;
      const made: Deployment = {
        ...before, size: q ? q.value : null, sizeQualifier: q ? q.qualifier : null, unit: doc.text.slice(tokens[r].start, tokens[r].end),
        status: statusOf(ctx, r, Math.min(s.t1, end + 3)) === 'planned' ? 'planned' : 'deployed', when: whenIn(ctx, s, r),
        evidence: evidence(doc, tokens[start].start, tokens[end - 1].end, 0.5),
      };
      RELIEFS.add(made);
      out.push(made);
    }
  });
  return out;
}

/** "appuyés par", "backed by": what a force told of just before comes with. */
const SUPPORTED_BY = /^(?:appuye|appuyes|appuyee|appuyees|soutenu|soutenus|soutenue|soutenues|accompagne|accompagnes|accompagnee|accompagnees|backed|supported|accompanied)$/;

/**
 * "Le Maroc a envoyé 2 000 soldats vers Mahbès. Ces renforts, appuyés par deux escadrons de chars, ...",
 * "the reinforcements, backed by about 50 armoured vehicles": a counted force or equipment supporting troops
 * told of in the sentence (or the one before) goes with them, from the same sender to the same place.
 */
function supportingForces(ctx: Ctx, told: readonly Deployment[]): Deployment[] {
  const { doc, tokens, words } = ctx;
  const out: Deployment[] = [];
  doc.sentences.forEach((s, si) => {
    for (let k = s.t0 + 1; k < s.t1 - 2; k++) {
      // ", backed by 30 tanks", "Ces renforts sont appuyés par une trentaine de blindés".
      if (!(tokens[k - 1].norm === ',' || PASSIVE.has(tokens[k - 1].norm)) || !SUPPORTED_BY.test(tokens[k].norm) || !['par', 'by'].includes(tokens[k + 1].norm)) continue;
      const q = doc.quantities.find((qq) => qq.t0 === k + 2);
      if (!q || q.t1 >= s.t1) continue;
      let n = q.t1;
      if (['de', "d'", 'of'].includes(tokens[n]?.norm ?? '')) n++;
      const noun = words.personnel.match(tokens, n) ?? doc.lexicon.weapons.match(tokens, n);
      if (!noun) continue;
      const supported = toldLast(told, tokens[k].start, doc.sentences[Math.max(0, si - 1)].start, (d) => paragraphAt(ctx, d.evidence.start) === s.paragraph, true);
      if (!supported) continue;
      const end = n + noun.tokens.length;
      out.push({
        ...supported, size: q.value, sizeQualifier: q.qualifier, unit: doc.text.slice(tokens[n].start, tokens[end - 1].end),
        evidence: evidence(doc, tokens[k].start, tokens[end - 1].end, supported.evidence.confidence),
      });
    }
  });
  return out;
}

const NOT_VERBS = new Set(['de', 'du', 'des', "d'", 'of', 'from', 'to', 'a', 'au', 'aux', 'in', 'en', 'dans', 'par', 'by', 'with', 'avec', 'pour', 'for', 'sur', 'on', 'et', 'and', 'ou', 'or', 'que', 'than', 'as', 'comme']);

/** The party named right before "verb + its/son" at `at` ("Yaoundé muscle son dispositif"), or null. */
function possessiveOwner(ctx: Ctx, s: Sentence, at: number): MentionRec | null {
  const { tokens } = ctx;
  // A verb between: not "le retrait du Tchad de ses 1 000 militaires".
  const between = tokens[at - 2];
  if (!POSSESSIVE_ANAPHORS.has(tokens[at - 1]?.norm ?? '') || between?.kind !== 'word' || ctx.idx.top[at - 2] || NOT_VERBS.has(between.norm)) return null;
  const owner = ctx.idx.top[at - 3];
  if (!owner || owner.t1 !== at - 2 || owner.t0 < s.t0 || owner.form === 'demonym') return null;
  const type = ctx.doc.entities.get(owner.entityId)?.type;
  return (type === 'Country' || type === 'Organization') && partyId(ctx, owner) ? owner : null;
}

const RELATIVE_OWNERS = new Set(['dont', 'whose']);

/** The party a ", dont" / ", whose" before the force refers to, past a determiner. */
function relativeOwner(ctx: Ctx, s: Sentence, at: number): MentionRec | null {
  let d = at - 1;
  if (DETERMINERS_EV.has(ctx.tokens[d]?.norm ?? '') || ctx.tokens[d]?.norm === 'some') d--;
  if (d - 2 < s.t0 || !RELATIVE_OWNERS.has(ctx.tokens[d].norm) || ctx.tokens[d - 1].norm !== ',') return null;
  const owner = ctx.idx.top[d - 2];
  return owner && partyId(ctx, owner) && ctx.doc.entities.get(owner.entityId)?.type !== 'Location' ? owner : null;
}

const CARRIERS = new Set(['carrier', 'carriers']);
const BASE_WORDS = new Set(['base', 'bases', 'airbase']);
const AT_PLACE = new Set(['at', 'to', 'in', 'into', 'a', 'au', 'vers', 'sur', 'dans']);

/** Whether a base noun stands after a preposition of place, past its owner's name ("at Pekanbaru's Roesmin Nurjadin air base"). */
function baseAsPlace(ctx: Ctx, s: Sentence, i: number, noun: readonly string[]): boolean {
  if (!noun.some((w) => BASE_WORDS.has(w))) return false;
  for (let k = i - 1; k >= Math.max(s.t0, i - 6); k--) {
    const t = ctx.tokens[k];
    if (AT_PLACE.has(t.norm)) return true;
    if (!(t.cap || t.norm === "'s" || DETERMINERS_EV.has(t.norm) || ctx.idx.top[k])) return false;
  }
  return false;
}

const STRONG_FR = new Set(['fort', 'forte', 'forts', 'fortes']);

/** "the 12th Marine Littoral Regiment, about 2,000 strong,", "un contingent fort de 500 hommes": the force's strength after it. */
function strengthAfter(ctx: Ctx, s: Sentence, nounEnd: number): QuantityRec | null {
  const { tokens, doc } = ctx;
  if (tokens[nounEnd]?.norm === ',') {
    const q = doc.quantities.find((qq) => qq.t0 === nounEnd + 1);
    return q && q.t1 < s.t1 && tokens[q.t1].norm === 'strong' ? q : null;
  }
  if (STRONG_FR.has(tokens[nounEnd]?.norm ?? '') && tokens[nounEnd + 1]?.norm === 'de') return doc.quantities.find((qq) => qq.t0 === nounEnd + 2 && qq.t1 < s.t1) ?? null;
  return null;
}

/** Verbs that give a force's strength: "qui comptent environ 1 500 militaires", "numbering about 2,000", "which totals 900". */
const COUNTS_STRENGTH = /^(?:compte|comptent|comptait|comptaient|comptant|comptera|compteront|number|numbers|numbered|numbering|total|totals|totalled|totaling|totalling|regroupe|regroupent|rassemble|rassemblent)$/;
const STRENGTH_FILLERS = new Set([',', 'qui', 'which', 'that', 'now', 'currently', 'actuellement', 'desormais', 'deja', 'already', 'still', 'toujours', 'some', 'about', 'around', 'roughly', 'environ', 'quelque', 'pres', 'de']);

/**
 * "les forces stationnées à Djibouti, qui comptent actuellement environ 1 500 militaires", "a battlegroup, numbering about 900,":
 * the strength a counting verb gives the force, within a few words after `from`; a figure of other things is none.
 */
function strengthCounted(ctx: Ctx, s: Sentence, from: number): QuantityRec | null {
  const { tokens, doc } = ctx;
  let k = from;
  while (k < s.t1 && k < from + 3 && (tokens[k].norm === ',' || STRENGTH_FILLERS.has(tokens[k].norm))) k++;
  if (k >= s.t1 || !COUNTS_STRENGTH.test(tokens[k].norm)) return null;
  const q = doc.quantities.find((qq) => qq.t0 > k && qq.t0 <= k + 4 && qq.t1 <= s.t1 && tokens.slice(k + 1, qq.t0).every((t) => STRENGTH_FILLERS.has(t.norm)));
  if (!q) return null;
  const next = tokens[q.t1];
  return !next || next.kind !== 'word' || ctx.words.personnel.match(tokens, q.t1) || ctx.idx.top[q.t1]?.form === 'demonym' ? q : null;
}

/** Ships as one force: "the destroyer Caio Duilio", "la frégate Kimon". */
const SHIP_NOUNS = /^(?:destroyers?|frigate|corvette|submarine|carrier|cutter|minehunter|warship|fregate|sous-marin|porte-avions|patrouilleur)$/;

/** Whether the force is a single ship named right after its noun. */
function namedShipAfter(ctx: Ctx, noun: { tokens: string[] }, nounEnd: number): boolean {
  if (noun.tokens.length !== 1 || !SHIP_NOUNS.test(noun.tokens[0])) return false;
  const next = ctx.tokens[nounEnd];
  const named = ctx.idx.top[nounEnd];
  return !!next && next.kind === 'word' && next.cap && (!named || ctx.doc.entities.get(named.entityId)?.type === 'MilitaryUnit');
}

/** Verbs that move a force somewhere (not those that count or host it). */
const MOTION = /^(?:send|sent|sending|dispatch|deploy|rush|envo|enver|depech|deplo|fourni|provid|contribu|add|commit|engag|mobilis|mobiliz|redeploy|redeplo|transfer|station)/;

/**
 * "Le Guatemala a dépêché 150 militaires en janvier": a deployment with no place named goes where the article's other
 * deployments go (the destination at least two of them share), when its clause names no other place; else it is dropped.
 */
function withUsualDestination(ctx: Ctx, list: Deployment[]): Deployment[] {
  if (!list.some((d) => !d.to)) return list;
  const destinations = list.map((x) => x.to && (ctx.idx.countryOf(x.to) ?? x.to));
  return list.filter((d) => {
    if (d.to) return true;
    d.to = usualInClause(ctx, destinations, d.from ? ctx.idx.countryOf(d.from) ?? d.from : '', d.evidence, true);
    return !!d.to;
  });
}

/**
 * The value two of `values` share (other than `party`, the event's own side), when the clause of `evidence` names no
 * place other than theirs (demonyms aside when `skipDemonyms`); else null.
 */
function usualInClause(ctx: Ctx, values: ReadonlyArray<string | null>, party: string, evidence: { start: number; end: number }, skipDemonyms: boolean): string | null {
  const usual = usualOf(values, party);
  if (!usual) return null;
  const s = clauseAround(ctx, sentenceAt(ctx, evidence.start), evidence.start, evidence.end);
  return otherPlace(ctx, s, [party, ctx.idx.countryOf(usual) ?? usual], skipDemonyms) ? null : usual;
}

/** The sentence holding a body offset. */
function sentenceAt(ctx: Ctx, offset: number): Sentence {
  return ctx.doc.sentences[ctx.idx.sentenceOf(ctx.idx.tokenFrom(offset))];
}

const FROM_WORDS = new Set(['de', 'du', 'des', "d'", 'from', 'of']);
const RELATIVE_OBJECT = new Set(['que', "qu'", 'which', 'that']);

/**
 * The country or armed body owning the base at [b0, b1) whose place is `place`: "US bases", "la base française de
 * Port-Bouët" (not "la base syrienne de Hmeimim": the place's own country), "its bases" (the subject's), "la base
 * de Hmeimim, que Moscou a commencé à vider" (the relative clause's subject).
 */
function baseOwner(ctx: Ctx, s: Sentence, b0: number, b1: number, verb: number, place: MentionRec): string | null {
  const { tokens } = ctx;
  const placeCountry = ctx.idx.countryOf(place.entityId) ?? (ctx.doc.entities.get(place.entityId)?.type === 'Country' ? place.entityId : null);
  const before = ctx.idx.top[b0 - 1];
  const after = ctx.idx.top[b1];
  // A demonym after the base names its owner only when the place's own country is known to differ.
  for (const m of [before && before.t1 === b0 ? before : null, after && after.t0 === b1 && after.form === 'demonym' && placeCountry ? after : null]) {
    const id = m && ctx.doc.entities.get(m.entityId)?.type !== 'Location' ? partyId(ctx, m) : null;
    if (id && (ctx.idx.countryOf(id) ?? id) !== placeCountry) return id;
  }
  // "France handed over its last base", "Washington will close its bases in Iraq".
  let k = b0 - 1;
  while (k > s.t0 && b0 - k < 4 && !POSSESSIVE_ANAPHORS.has(tokens[k].norm)) k--;
  if (POSSESSIVE_ANAPHORS.has(tokens[k]?.norm ?? '') && verb < b0) return partyId(ctx, subjectBefore(ctx, s, verb, new Set()));
  for (let r = place.t1; r < verb; r++) {
    if (!RELATIVE_OBJECT.has(tokens[r].norm)) continue;
    const subject = ctx.idx.top[r + 1];
    return subject && subject.t0 === r + 1 ? partyId(ctx, subject) : null;
  }
  return null;
}

/**
 * "Three of the eight US bases in northeastern Syria will be handed over or shut down", "la base française de
 * Port-Bouët a été rétrocédée": a force's base handed over or closed is its troops leaving the place of the base.
 */
function baseHandovers(ctx: Ctx): Deployment[] {
  const { doc, tokens, words } = ctx;
  const out: Deployment[] = [];
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.kind === 'heading') continue;
    for (let v = s.t0; v < s.t1; v++) {
      if (!words.handovers.match(tokens, v)) continue;
      if (isNegated(ctx, Math.max(s.t0, v - 4), v)) continue;
      // The base: before a passive verb ("the bases ... will be handed over"), after an active one ("closed its bases").
      let b0 = -1;
      let b1 = -1;
      for (let k = Math.max(s.t0, v - 16); k < Math.min(s.t1, v + 6); k++) {
        const b = words.bases.match(tokens, k);
        if (!b || k === v) continue;
        b0 = k;
        b1 = k + b.tokens.length;
        if (k > v) break;
      }
      // "évacués de ses bases": a base the verb starts from is no base handed over.
      if (b0 < 0 || b0 > v && tokens.slice(v + 1, b0).some((t) => FROM_WORDS.has(t.norm))) continue;
      // The place of the base, named after it (before a passive verb); a recipient ("à l'armée tchadienne") is no place.
      let place: MentionRec | null = null;
      for (let k = b1; k < s.t1 && k < b1 + 10 && k !== v; k++) {
        if (tokens[k].norm === ',' || RELATIVE_OBJECT.has(tokens[k].norm)) break;
        const m = ctx.idx.top[k];
        if (!m || m.t0 !== k || m.form === 'demonym') continue;
        const type = doc.entities.get(m.entityId)?.type;
        if (type === 'Location' || type === 'Country') { place = m; break; }
      }
      if (!place) continue;
      const owner = baseOwner(ctx, s, b0, b1, v, place);
      if (!owner || (ctx.idx.countryOf(owner) ?? owner) === (ctx.idx.countryOf(place.entityId) ?? place.entityId)) continue;
      const end = Math.max(v + 1, place.t1, b1);
      const start = Math.min(b0, v, place.t0);
      out.push({
        id: '', kind: 'deployment', from: owner, to: place.entityId, size: null, sizeQualifier: null,
        unit: doc.text.slice(tokens[b0].start, tokens[b1 - 1].end), status: 'withdrawn', when: whenIn(ctx, s, v),
        evidence: evidence(doc, tokens[start].start, tokens[end - 1].end, 0.6),
      });
      v = Math.max(v, b1);
    }
  }
  return out;
}

const DATIVE = new Set(['lui', 'leur']);

/** "lui a livré", "leur fournit", "leur a par ailleurs livré": a dative pronoun before the verb, past its auxiliary and adverbs. */
function dativeBefore(ctx: Ctx, verb: number): boolean {
  let before = verb - 1;
  while (before > verb - 5 && VERB_GROUP_FILLERS.has(ctx.tokens[before]?.norm ?? '')) before--;
  return DATIVE.has(ctx.tokens[before]?.norm ?? '');
}
const GENERIC_ITEMS = new Set(['systems', 'systemes', 'units', 'exemplaires', 'batteries', 'appareils']);
const VAGUE_COUNT = new Set(['plusieurs', 'several', 'quelques', 'some', 'many', 'nombreux', 'various', 'divers']);
const ORDINALS = new Set(['deuxieme', 'troisieme', 'quatrieme', 'nouvelle', 'nouvelles', 'autre', 'second', 'third', 'fourth', 'another', 'new', 'further', 'latest', 'derniere', 'prochaine', 'next']);
const SHIPMENT_NOUNS = /^(?:livraison|livraisons|cargaison|cargaisons|shipment|shipments|delivery|deliveries|consignment|consignments|envoi|transfert|transfer)$/;
/** Nouns of a sale, which take their seller after "by"/"par" as a delivery does ("the export of 500 rifles by X to Chad"). */
const SALE_NOUNS = /^(?:export|exports|exportation|exportations|sale|sales|vente|ventes)$/;
/** After the verb: the transfer is still to come. */
const LATER = /prochain(?:e|s|es)? (?:mois|semaines|jours)|coming (?:months|weeks|days)|\battendue?s?\b|\bexpected\b|\bbientôt\b|\bsoon\b/i;

const SELLER_PREPS = new Set(['from', 'de', "d'", 'du', 'des', 'par', 'by', 'a', 'au', 'aux', 'aupres', 'fabrication', 'origine']);
/**
 * After a verb of receiving, the seller: "auprès de la Turquie", "achetés à la Chine",
 * "de fabrication turque", "of Chinese origin", "des drones turcs". SKIP in mentionAfterPrep swallows "de", so
 * this reads the word right before the country (articles aside) instead.
 */
function sellerAfter(ctx: Ctx, s: Sentence, from: number, exclude: string | null, items: ReadonlyArray<{ t0: number; t1: number }> = []): MentionRec | null {
  for (let k = from; k < s.t1 && k < from + 14; k++) {
    if (ctx.tokens[k].norm === ';') break;
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const id = partyId(ctx, m);
    if (!id || id === exclude || ctx.doc.entities.get(m.entityId)?.type === 'Location') continue;
    let p = k - 1;
    while (p >= s.t0 && ARTICLES.has(ctx.tokens[p].norm)) p--;
    const after = ctx.tokens[m.t1]?.norm ?? '';
    if ((p >= from && SELLER_PREPS.has(ctx.tokens[p].norm)) || after === 'origin' || after === 'made' || after === '-made') return m;
    // "des drones turcs", "Turkish drones": a demonym next to the items names their maker.
    if (ctx.doc.entities.get(m.entityId)?.type === 'Country' && items.some((it) => it.t1 === m.t0 || it.t0 === m.t1)) return m;
  }
  return null;
}

/** The country whose demonym stands right before or after one of the items, other than the recipient. */
const MADE_IN = [['made', 'in'], ['built', 'in'], ['manufactured', 'in'], ['fabriques', 'en'], ['fabriques', 'au'], ['fabriquees', 'en'], ['fabriquees', 'au'], ['fabrique', 'en'], ['fabrique', 'au'], ['construits', 'en']];

function makerNextTo(ctx: Ctx, items: ReadonlyArray<{ t0: number; t1: number }>, exclude: string | null): string | null {
  for (const it of items) {
    // "The drones, made in Turkey, were delivered", "des drones fabriqués en Turquie".
    let k = it.t1;
    if (ctx.tokens[k]?.norm === ',') k++;
    const made = MADE_IN.find(([a, b]) => ctx.tokens[k]?.norm === a && ctx.tokens[k + 1]?.norm === b);
    const maker = made ? ctx.idx.top[k + 2] : null;
    if (maker && maker.t0 === k + 2 && ctx.doc.entities.get(maker.entityId)?.type === 'Country' && partyId(ctx, maker) !== exclude) return partyId(ctx, maker);
    // "Emirati-made Nimr armoured vehicles": a model name may stand between the maker and the category.
    const model = ctx.tokens[it.t0 - 1]?.cap && !ctx.idx.top[it.t0 - 1] ? ctx.idx.top[it.t0 - 2] : null;
    for (const m of [ctx.idx.top[it.t1], ctx.idx.top[it.t0 - 1], model]) {
      if (!m || (m.t0 !== it.t1 && m.t1 !== it.t0 && !(m === model && m.t1 === it.t0 - 1))) continue;
      if (ctx.doc.entities.get(m.entityId)?.type !== 'Country') continue;
      const id = partyId(ctx, m);
      if (id && id !== exclude) return id;
    }
  }
  return null;
}

const COUNTRY_ANAPHORS = [['le', 'pays'], ['the', 'country'], ['ce', 'pays'], ['this', 'country']];
const PRONOUNS = new Set(['ils', 'elles', 'they', 'it', 'il', 'elle']);
/**
 * A sentence opening on "le pays" / "the country" (a country) or "ils" / "they" (any actor)
 * before the verb: the first actor of the previous sentence of the same paragraph.
 */
function anaphorSubject(ctx: Ctx, prev: Sentence, s: Sentence, verb: number): MentionRec | null {
  // Wire copy gives a sentence a paragraph: the one before may end the previous paragraph.
  if (prev.paragraph !== s.paragraph && prev.paragraph !== s.paragraph - 1) return null;
  const t = ctx.tokens;
  const countryOnly = COUNTRY_ANAPHORS.some(([a, b]) => t[s.t0]?.norm === a && t[s.t0 + 1]?.norm === b);
  if (!countryOnly && !PRONOUNS.has(t[s.t0]?.norm ?? '')) return null;
  if (verb - s.t0 > (countryOnly ? 5 : 4)) return null;
  for (let j = s.t0; j < verb; j++) if (ctx.idx.top[j]) return null;
  for (let j = prev.t0; j < prev.t1; j++) {
    const m = ctx.idx.top[j];
    if (!m || m.t0 !== j) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || e.type === 'Person' || e.type === 'Location' || e.newsAgency || !partyId(ctx, m)) continue;
    if (countryOnly && e.type !== 'Country') continue;
    return m;
  }
  return null;
}

const ARRIVALS = new Set(['venu', 'venus', 'venue', 'venues', 'arrive', 'arrives', 'arrivee', 'arrivees', 'came', 'arrived', 'reached', 'arriving']);
/** "sont venus (au Mali) avec du matériel", "arrived with helicopters": an arrival that brings equipment. */
/** Weapons named within the six words before the verb, in its sentence. */
function itemsJustBefore(ctx: Ctx, s: Sentence, k: number): boolean {
  for (let j = Math.max(s.t0, k - 6); j < k; j++) if (ctx.doc.lexicon.weapons.match(ctx.tokens, j)) return true;
  return false;
}

function arrivesWith(ctx: Ctx, s: Sentence, k: number): boolean {
  if (!ARRIVALS.has(ctx.tokens[k].norm)) return false;
  for (let j = k + 1; j < s.t1 && j < k + 7; j++) {
    const n = ctx.tokens[j].norm;
    if (n === 'avec' || n === 'with') return true;
    if (n === ',' || n === ';') return false;
  }
  return false;
}

/** Whether the sentence names an actor other than `party` after the verb (then the buyer is in the sentence, not the article). */
function otherParty(ctx: Ctx, s: Sentence, from: number, parties: readonly string[]): boolean {
  for (let j = from; j < s.t1; j++) {
    // "..., while the US delivered eight helicopters to ...": a party of another clause is not this one's buyer.
    if (commaOpensClause(ctx.tokens, j, CLAUSE_OPENERS)) break;
    const m = ctx.idx.top[j];
    const id = m && m.t0 === j ? partyId(ctx, m) : null;
    // "..., the Finnish Defence Forces said": the speaker of the sentence is no party to it.
    if (id && ctx.doc.lexicon.cues.match(ctx.tokens, m!.t1)) continue;
    if (id && !parties.includes(id) && !parties.includes(ctx.idx.countryOf(id) ?? id)) return true;
  }
  return false;
}

interface ItemRef { t0: number; t1: number; w: WeaponPayload }

const DEAL = /^(?:deal|contract|contrat|accord|commande)$/;
const WITH = new Set(['with', 'avec']);

const ONE = new Set(['a', 'an', 'one', 'une', 'un', 'second', 'deuxieme', 'third', 'troisieme', 'another', 'nouvelle', 'new', 'seconde']);

/** A single battery named before the items ("une batterie de ...", "a battery of ..."), as a figure of 1. */
function oneBattery(ctx: Ctx, floor: number, items: readonly ItemRef[]): QuantityRec | null {
  const { tokens } = ctx;
  if (!items.length) return null;
  for (let k = Math.max(floor + 1, items[0].t0 - 5); k < items[0].t0; k++) {
    if (!['battery', 'batterie'].includes(tokens[k].norm) || !ONE.has(tokens[k - 1].norm)) continue;
    const rec: QuantityRec = { t0: k - 1, t1: k, value: 1, qualifier: 'exact', text: ctx.doc.text.slice(tokens[k - 1].start, tokens[k].end), span: { start: tokens[k - 1].start, end: tokens[k].end } };
    return rec;
  }
  return null;
}

const CLAUSE_FILLERS = new Set(['has', 'have', 'had', 'a', 'ont', 'avait', 'also', 'aussi', 'already', 'deja', 'since', 'then', 'puis', 'later', 'recently', 'recemment', 'egalement', 'will', 'would', 'va', 'vont']);

/** The first actor of the sentence when the verb opens a clause coordinated by "and"/"et" with no subject of its own. */
function elidedSubject(ctx: Ctx, s: Sentence, verb: number): MentionRec | null {
  let p = verb - 1;
  while (p > s.t0 && CLAUSE_FILLERS.has(ctx.tokens[p].norm)) p--;
  if (!['and', 'et'].includes(ctx.tokens[p]?.norm ?? '') || ctx.tokens[p - 1]?.norm !== ',') return null;
  for (let k = s.t0; k < p; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (e && e.type !== 'Location' && e.type !== 'Person' && !e.newsAgency && partyId(ctx, m)) return m;
    return null;
  }
  return null;
}


const itemNames = (items: readonly ItemRef[]): string[] => [...new Set(items.map((it) => it.w.system ? `${it.w.system} ${it.w.category}` : it.w.category))];

/** Nouns of a batch that opens a member of its own ("et un lot d'armes légères", "and large quantities of ammunition"). */
const BATCH_NOUNS = new Set(['lot', 'lots', 'batch', 'batches', 'quantities', 'quantity', 'quantites', 'quantite', 'stock', 'stocks', 'stockpile', 'battery', 'batterie', 'supply', 'supplies']);

/** Words that join the members of an enumeration of items. */
const MEMBER_JOINS = new Set([',', 'et', 'and', 'ainsi', 'along', 'plus', 'together', 'as', 'outre']);

/**
 * The items of one transfer sentence grouped into the members of an enumeration: an item opens a
 * new member when a figure of its own stands before it, or when a joining word separates it from
 * the previous item and a determiner or vague count introduces it ("et des composants", "and an
 * unknown number of"). Adjacent items ("missiles balistiques ... Fath-360") stay one member.
 */
function enumerationMembers(ctx: Ctx, items: readonly ItemRef[]): Array<{ items: ItemRef[]; q: QuantityRec | null; maker?: string }> {
  const { tokens } = ctx;
  const members: Array<{ items: ItemRef[]; q: QuantityRec | null; maker?: string }> = [];
  for (const it of items) {
    const last = members[members.length - 1];
    const found = quantityBefore(ctx, it.t0, 4);
    if (!last) { members.push({ items: [it], q: found }); continue; }
    const prevEnd = last.items[last.items.length - 1].t1;
    // A figure before the previous item is that item's ("deux hélicoptères Mi-24 et plusieurs drones").
    const q = found && found.t0 >= prevEnd ? found : null;
    const between = tokens.slice(prevEnd, q && q.t0 >= prevEnd ? q.t0 : it.t0).map((x) => x.norm);
    const joined = between.some((w) => MEMBER_JOINS.has(w));
    // "Indian Pinaka launchers and French Caesar howitzers": a demonym after the join opens a member with its own maker.
    const dem = ctx.idx.top[it.t0 - 1];
    if (between.some((w) => MEMBER_JOINS.has(w)) && dem && dem.t1 === it.t0 && dem.form === 'demonym' && between.length <= 3) {
      members.push({ items: [it], q, maker: dem.entityId });
      continue;
    }
    // « large quantities »: quotation marks aside.
    const plain = between.filter((w) => !/^["«»“”]$/.test(w));
    const lastWord = plain[plain.length - 1] ?? '';
    // "et un lot d'armes légères", "and large quantities of ammunition", "puis une batterie de": a batch or a battery of its own.
    const batch = ['de', "d'", 'of'].includes(lastWord) && BATCH_NOUNS.has(plain[plain.length - 2] ?? '');
    const battery = batch && !q ? oneBattery(ctx, prevEnd, [it]) : null;
    // Without a figure of its own, only a vague count ("plusieurs", "an unknown number of") or an additive
    // join ("ainsi que des", "along with") opens a member: "des obus, des missiles et des roquettes" is one load.
    const additive = between.some((w, j) => (w === 'ainsi' && between[j + 1] === 'que') || ['along', 'together', 'plus', 'outre'].includes(w) || (w === 'as' && between[j + 1] === 'well'));
    const introduced = (between.length <= 6 || (battery && between.includes('puis'))) && (VAGUE_COUNT.has(lastWord) || (lastWord === 'of' && between[between.length - 2] === 'number') ||
      (additive && ['des', 'du', 'de', "d'", 'an', 'a', 'some'].includes(lastWord)) || batch);
    // "fait don de 60 véhicules et de caméras thermiques": a "de" repeated after the join opens a second complement that the
    // figure before does not count; not when "de" goes on from a figure that takes it ("8 millions d'obus et de roquettes").
    // "deux hélicoptères et des drones" stays one load.
    const figureTakesDe = !!last.q && ['de', "d'"].includes(tokens[last.q.t1]?.norm ?? '');
    const uncounted = !q && !!last.q && between.length <= 3 && ['de', "d'"].includes(lastWord) && !figureTakesDe;
    if (joined && ((q && q !== last.q) || introduced || uncounted)) members.push({ items: [it], q: q ?? battery });
    else last.items.push(it);
  }
  return members;
}

/** The countries joined to a supplier by "and"/"et" right after it ("Denmark and the Netherlands"). */
function suppliersJoined(ctx: Ctx, s: Sentence, first: MentionRec): MentionRec[] {
  const out: MentionRec[] = [];
  let k = first.t1;
  while (k < s.t1 && ['and', 'et', ','].includes(ctx.tokens[k].norm)) {
    let j = k + 1;
    if (ARTICLES.has(ctx.tokens[j]?.norm ?? '')) j++;
    const m = ctx.idx.top[j];
    if (!m || m.t0 !== j || m.form === 'demonym' || ctx.doc.entities.get(m.entityId)?.type !== 'Country') break;
    out.push(m);
    k = m.t1;
  }
  return out;
}

/** Transfers split from one enumeration: kept apart even when their parties and (null) figures agree. */
const MEMBER = new WeakSet<ArmsTransfer>();

const FIGHTER_JETS: WeaponPayload = { category: 'fighter jets', unit: 'aircraft' };

/** "48 KAAN fighters", "a contract for 40 J-35 fighters": after a model's name no mention covers, fighters are jets, not combatants. */
function modelFighters(ctx: Ctx, j: number): { tokens: string[]; payload: WeaponPayload } | null {
  const t = ctx.tokens[j];
  if (t.norm !== 'fighters' && t.norm !== 'fighter') return null;
  const model = ctx.tokens[j - 1];
  if (!model || !model.cap || model.kind === 'punct' || ctx.idx.top[j - 1] || ctx.doc.quantities.every((q) => q.t1 !== j - 1)) return null;
  return { tokens: [t.norm], payload: FIGHTER_JETS };
}

/** Words that describe a maker between a preposition and its name ("l'industriel israélien BlueBird", "Dutch shipbuilder Damen"). */
const MAKER_NOUNS = new Set(['industriel', 'constructeur', 'fabricant', 'groupe', 'societe', 'entreprise', 'chantier', 'chantiers', 'firme', 'avionneur', 'motoriste',
  'manufacturer', 'maker', 'shipbuilder', 'shipyard', 'firm', 'company', 'group', 'contractor', 'defence', 'defense', 'privee', 'prive', 'arms', 'state-owned', 'etatique', 'public', 'publique', 'naval', 'aeronautique']);
/** Prepositions before a seller: "commandés à", "bought from", "built by", "contract with". */
const COMPANY_PREPS = new Set([...SELLER_PREPS, 'with', 'avec', 'aupres']);

/**
 * A company as the party that sells or builds: the company itself, also when its nationality comes with it ("l'israélien
 * Elbit Systems", "Turkey's Baykar", "à Israel Aerospace Industries"), as the held-out files since h47 annotate it (the older
 * ones named the country). An organisation the lexicon does not know counts only when a maker noun or a nationality
 * introduces it. `start` is the first token of the phrase (nationality and maker nouns included).
 */
function companyParty(ctx: Ctx, m: MentionRec, floor: number): { party: string; start: number } | null {
  const e = ctx.doc.entities.get(m.entityId);
  if (!e || e.type !== 'Organization' || (e.kind && e.kind !== 'company')) return null;
  let nationality: string | null = null;
  let described = false;
  let j = m.t0 - 1;
  while (j >= floor && m.t0 - j <= 6) {
    const t = ctx.tokens[j];
    const d = ctx.idx.top[j];
    const prev = ctx.idx.top[j - 1];
    if (!nationality && t.norm === "'s" && prev && prev.t1 === j && ctx.doc.entities.get(prev.entityId)?.type === 'Country') { nationality = prev.entityId; j = prev.t0 - 1; continue; }
    if (!nationality && d && d.t1 === j + 1 && d.form === 'demonym' && ctx.doc.entities.get(d.entityId)?.type === 'Country') { nationality = d.entityId; j = d.t0 - 1; continue; }
    if (!d && (MAKER_NOUNS.has(t.norm) || ARTICLES.has(t.norm))) { described ||= MAKER_NOUNS.has(t.norm); j--; continue; }
    break;
  }
  if (e.kind !== 'company' && (e.country || (!described && !nationality))) return null;
  return { party: m.entityId, start: j + 1 };
}

/** A company named after one of `preps` between tokens `from` and `to` of the sentence ("commandés à l'israélien Elbit Systems", "from Lockheed Martin"). */
function companySeller(ctx: Ctx, s: Sentence, from: number, to: number, preps: Set<string>): string | null {
  for (let k = Math.max(from, s.t0); k < Math.min(to, s.t1); k++) {
    if (ctx.tokens[k].norm === ';') break;
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k) continue;
    const c = companyParty(ctx, m, from);
    if (c && preps.has(ctx.tokens[c.start - 1]?.norm ?? '')) return c.party;
  }
  return null;
}

/**
 * A company as the subject of the verb ("Dassault Aviation a livré", "South Korea's LIG Nex1 has handed over"): the nearest
 * mention before it, after no preposition. The company that gives sells itself, even with its nationality (which names
 * the country only for a company after a preposition, "commandés à l'israélien Elbit Systems").
 */
function companySubject(ctx: Ctx, s: Sentence, verb: number): string | null {
  for (let k = verb - 1; k >= s.t0 && verb - k <= 8; k--) {
    const m = ctx.idx.top[k];
    if (!m || m.t1 !== k + 1) continue;
    const c = companyParty(ctx, m, s.t0);
    if (!c) return null;
    const before = ctx.tokens[c.start - 1]?.norm ?? '';
    return COMPANY_PREPS.has(before) || DOCUMENT_PREPS.has(before) ? null : m.entityId;
  }
  return null;
}

/** Participles of building: "built by", "fabriqués par", "made by". */
const BUILT = /^(?:built|made|manufactured|produced|constructed|fabrique|fabriques|fabriquee|fabriquees|construit|construits|construite|construites|produit|produits|produite|produites)$/;

/** Between `from` and `to`, the party after a participle of building and "by"/"par" ("built by Naval Group", "fabriqués par la Turquie"). */
function builderOf(ctx: Ctx, s: Sentence, from: number, to: number): string | null {
  for (let k = from; k < to - 1; k++) {
    if (!BUILT.test(ctx.tokens[k].norm) || !['by', 'par'].includes(ctx.tokens[k + 1].norm)) continue;
    const company = companySeller(ctx, s, k + 2, Math.min(to, k + 9), AGENT_PREPS);
    if (company) return company;
    const m = mentionAfterPrep(ctx, s, k + 1, AGENT_PREPS, null);
    return m && m.t1 <= to && m.t0 <= k + 3 ? partyId(ctx, m) : null;
  }
  return null;
}

/** Receiving participles whose agent buys: "bought by the UAE", "commandés par l'Inde". */
const BOUGHT_BY = /^(?:bought|ordered|purchased|acquired|procured|commandes?|commandees?|achetes?|achetees?|acquis|acquises)$/;

/** After the items of a transfer with no recipient, the agent of a receiving participle: "the first two of ten batteries bought by the UAE". */
function buyerAfter(ctx: Ctx, s: Sentence, from: number, to: number, exclude: string | null): MentionRec | null {
  for (let k = from; k < Math.min(to, s.t1) - 1; k++) {
    if (!BOUGHT_BY.test(ctx.tokens[k].norm) || !['by', 'par'].includes(ctx.tokens[k + 1].norm)) continue;
    const m = mentionAfterPrep(ctx, s, k + 1, AGENT_PREPS, exclude);
    return m && m.t0 <= k + 4 ? m : null;
  }
  return null;
}

/**
 * "la livraison de six Su-57E, commandés à la Russie", "14 P-8A ordered from the United States": the one named after a
 * participle of ordering or buying is the seller, not a recipient.
 */
function orderedFrom(ctx: Ctx, m: MentionRec): boolean {
  let p = m.t0 - 1;
  while (ARTICLES.has(ctx.tokens[p]?.norm ?? '')) p--;
  if (!['a', 'au', 'aux', 'aupres', 'from', 'de', "d'", 'du', 'des'].includes(ctx.tokens[p]?.norm ?? '')) return false;
  if (ctx.tokens[p].norm === 'de' && ctx.tokens[p - 1]?.norm === 'aupres') p--;
  return BOUGHT_BY.test(ctx.tokens[p - 1]?.norm ?? '');
}

const OWNERS = new Set(['ses', 'leurs', 'its', 'their', 'his', 'her', 'nos', 'our']);

/**
 * The figure of a transferred part: quantityBefore's, and the part when the whole stands after "des" or a possessive
 * ("les trois premiers des 42 Rafale", "les deux derniers de ses douze Rafale", "the last two of its six Su-30").
 */
function transferCount(ctx: Ctx, t0: number): QuantityRec | null {
  const counts = partOfWhole(ctx, t0);
  return counts ? counts.part ?? counts.whole : null;
}

/** The figure next to the items (`whole`) and, when it follows "des", "of" or a possessive, the part counted before it. */
function partOfWhole(ctx: Ctx, t0: number): { part: QuantityRec | null; whole: QuantityRec } | null {
  const start = calibreStart(ctx, t0);
  const best = quantityBefore(ctx, start, 4, true);
  if (!best) return null;
  const t = ctx.tokens;
  let at = best.t0 - 1;
  if (OWNERS.has(t[at]?.norm ?? '')) at--;
  if (at === best.t0 - 1 && t[at]?.norm !== 'des') {
    // "the first four of 12 jets": quantityBefore has taken the part already.
    const whole = nearestQuantity(ctx, start, 4);
    return whole && whole !== best ? { part: best, whole } : { part: null, whole: best };
  }
  if (!['of', 'de', 'des', 'sur'].includes(t[at]?.norm ?? '')) return { part: null, whole: best };
  const part = ctx.doc.quantities.find((q) => q !== best && (q.t1 === at || (q.t1 === at - 1 && t[q.t1].kind === 'word')));
  return { part: part ?? null, whole: best };
}

/** Words after an order's items that put their arrival later: "are due to arrive", "doivent arriver", "expected in 2027". */
const DUE_LATER = /^(?:due|doit|doivent|devrait|devraient|will|expected|attendus?|attendues?|prevus?|prevues?)$/;

/** Words before a part that say the whole is complete with it: "the last two of six" (nothing is outstanding). */
const LAST_PART = /^(?:last|final|derniers?|dernieres?)$/;

/**
 * "The first four of 12 F-16 ordered from Lockheed Martin are due next year", "delivered the first two of 18 FA-50 ordered
 * by Malaysia", "les quatre premiers des 54 chars commandés aux États-Unis doivent arriver": a part of a whole on order; the
 * order of the whole is a transfer too (planned), kept apart from the part. `later`: the part itself is still to come. Null
 * for the last part of a whole ("the last two of six ordered": nothing is outstanding) and when no participle of ordering
 * follows the items (`verb`: the transfer's own verb when it is that participle).
 */
function orderedWhole(ctx: Ctx, s: Sentence, verb: number, items: readonly ItemRef[]): { whole: QuantityRec; later: boolean } | null {
  if (!items.length) return null;
  const end = items[items.length - 1].t1;
  const participle = BOUGHT_BY.test(ctx.tokens[verb].norm) && end <= verb ? verb : BOUGHT_BY.test(ctx.tokens[end]?.norm ?? '') ? end : -1;
  if (participle < 0) return null;
  const counts = partOfWhole(ctx, items[0].t0);
  if (!counts?.part || counts.whole.value === null || counts.part.t0 > counts.whole.t0) return null;
  if (ctx.tokens.slice(Math.max(s.t0, counts.part.t0 - 2), counts.whole.t0).some((t) => LAST_PART.test(t.norm))) return null;
  let later = false;
  for (let j = participle + 1; j < s.t1 && j < participle + 12 && participle === verb; j++) {
    if (commaOpensClause(ctx.tokens, j, CLAUSE_JOINS) || ctx.tokens[j].norm === ';') break;
    if (DUE_LATER.test(ctx.tokens[j].norm)) later = true;
  }
  return { whole: counts.whole, later };
}

/**
 * "drone maker Milkor signed a contract for 12 drones with Saudi Arabia", "Naval Group a signé avec la Grèce un contrat":
 * a firm that signs a deal sells, and its partner in the deal buys.
 */
function dealingCompany(ctx: Ctx, s: Sentence, verb: number, vEnd: number): { seller: string; buyer: MentionRec } | null {
  if (!ctx.tokens.slice(verb, vEnd).some((t) => DEAL.test(t.norm))) return null;
  const buyer = mentionAfterPrep(ctx, s, Math.max(s.t0, verb - 6), WITH, null);
  if (!buyer || !partyId(ctx, buyer) || ctx.doc.entities.get(buyer.entityId)?.kind === 'company') return null;
  // The partner may stand before the deal ("a signé avec la Grèce un contrat"): the firm is named before the partner.
  let w = Math.min(verb, buyer.t0 - 1);
  while (w > s.t0 && ARTICLES.has(ctx.tokens[w].norm)) w--;
  const seller = companySubject(ctx, s, buyer.t0 < verb ? w : verb);
  return seller ? { seller, buyer } : null;
}

/** Where a calibre right before the items starts ("80 000 |155mm shells", "|120-mm rounds"), else t0. */
function calibreStart(ctx: Ctx, t0: number): number {
  const t = ctx.tokens;
  if (t[t0 - 1]?.norm !== 'mm') return t0;
  const n = t[t0 - 2]?.norm === '-' ? t0 - 3 : t0 - 2;
  return t[n]?.kind === 'number' ? n : t0;
}

/** Prepositions that keep a name from being the sentence's subject. */
const NOT_SUBJECT = new Set([...DEST_FR, ...DEST_EN, 'de', 'du', 'des', "d'", 'of', 'from', 'by', 'par', 'selon', 'according', 'with', 'avec', 'depuis']);

/** The first actor of the sentence before `verb` that no preposition introduces: "La Grèce a dépêché ...". */
function sentenceSubject(ctx: Ctx, s: Sentence, verb: number): MentionRec | null {
  for (let j = s.t0; j < verb; j++) {
    const m = ctx.idx.top[j];
    if (!m || m.t0 !== j) continue;
    const e = ctx.doc.entities.get(m.entityId);
    if (!e || e.type === 'Person' || e.type === 'Location' || e.newsAgency || !partyId(ctx, m)) { j = m.t1 - 1; continue; }
    let p = j - 1;
    while (p >= s.t0 && ARTICLES.has(ctx.tokens[p].norm)) p--;
    if (p >= s.t0 && NOT_SUBJECT.has(ctx.tokens[p].norm)) { j = m.t1 - 1; continue; }
    return m;
  }
  return null;
}

/** Whether the sentence names the country `id` (or one of its bodies). */
function namedIn(ctx: Ctx, s: Sentence, id: string): boolean {
  for (let j = s.t0; j < s.t1; j++) {
    const m = ctx.idx.top[j];
    if (m && m.t0 === j && (m.entityId === id || partyId(ctx, m) === id)) return true;
  }
  return false;
}

/** Fillers between a subject's apposition and its verb: "Les États-Unis, alliés de Bangkok, ont quant à eux remis". */
const APPOSITION_FILLERS = new Set(['ont', 'a', 'have', 'has', 'avait', 'avaient', 'quant', 'eux', 'elle', 'elles', 'lui', 'pour', 'sa', 'leur', 'part', 'also', 'aussi', 'egalement', 'deja', 'already']);

/**
 * A subject found inside an apposition ("Les États-Unis, alliés historiques de Bangkok, ont remis"): the actor before the
 * apposition's opening comma, else the subject as found.
 */
function beforeApposition(ctx: Ctx, s: Sentence, m: MentionRec, verb: number): MentionRec {
  const t = ctx.tokens;
  let c1 = m.t1;
  while (c1 < verb && t[c1].norm !== ',') c1++;
  if (c1 >= verb) return m;
  for (let j = c1 + 1; j < verb; j++) if (!APPOSITION_FILLERS.has(t[j].norm) || ctx.idx.top[j]) return m;
  let c0 = m.t0 - 1;
  while (c0 > s.t0 && t[c0].norm !== ',' && m.t0 - c0 < 8) c0--;
  if (t[c0]?.norm !== ',' || !t[c0 + 1] || t[c0 + 1].cap || t[c0 + 1].kind !== 'word') return m;
  const head = ctx.idx.top[c0 - 1];
  return head && head.t1 === c0 && partyId(ctx, head) && ctx.doc.entities.get(head.entityId)?.type !== 'Location' ? head : m;
}

/** Whether a verb of seizing comes before token `k` in the sentence. */
function seizedBefore(ctx: Ctx, s: Sentence, k: number): boolean {
  for (let j = s.t0; j < k; j++) if (ctx.words.seizures.match(ctx.tokens, j)) return true;
  return false;
}

/** After the items, the seller a participle of ordering names ("twelve howitzers, ordered from South Korea"). */
function orderSeller(ctx: Ctx, s: Sentence, from: number, exclude: string | null): MentionRec | null {
  for (let k = from; k < Math.min(from + 4, s.t1); k++) {
    if (!BOUGHT_BY.test(ctx.tokens[k].norm)) continue;
    const m = mentionAfterPrep(ctx, s, k + 1, new Set(['from', 'a', 'au', 'aux', 'aupres']), exclude);
    return m && m.t0 <= k + 4 && orderedFrom(ctx, m) ? m : null;
  }
  return null;
}

/**
 * "to Panama's National Aeronaval Service", "bound for Colombia's Clan del Golfo": the body a possessive names after its
 * country receives, not the country; null when `m` is no such possessive.
 */
function possessedBody(ctx: Ctx, m: MentionRec | null): MentionRec | null {
  if (!m || ctx.tokens[m.t1]?.norm !== "'s" || ctx.doc.entities.get(m.entityId)?.type !== 'Country') return null;
  const body = ctx.idx.top[m.t1 + 1];
  const e = body && body.t0 === m.t1 + 1 ? ctx.doc.entities.get(body.entityId) : undefined;
  // A body the lexicon does not know is the country's own service ("Panama's National Aeronaval Service").
  return e && (e.type === 'Organization' || e.type === 'MilitaryUnit') && !e.newsAgency && e.kind !== 'company' && (partyId(ctx, body) || (!e.kind && !e.country)) ? body : null;
}

const BRINGING = /^(?:bringing|brings|brought|taking|raising|portant|porte|porter|portait|portera|faisant)$/;
const FLEET = /^(?:fleet|flotte|inventory|arsenal|parc)$/;

/** After a transfer, the party whose fleet it brings to a new total: "bringing the Myanmar air force's fleet to 18", "portant la flotte de l'armée malienne à six". */
function fleetOwner(ctx: Ctx, s: Sentence, from: number, exclude: string | null): MentionRec | null {
  const t = ctx.tokens;
  for (let k = from; k < s.t1 - 2; k++) {
    if (!BRINGING.test(t[k].norm)) continue;
    let j = k + 1;
    while (ARTICLES.has(t[j]?.norm ?? '')) j++;
    const m = ctx.idx.top[j];
    // English: the owner's possessive before the fleet.
    if (m && m.t0 === j && t[m.t1]?.norm === "'s" && FLEET.test(t[m.t1 + 1]?.norm ?? '')) return partyId(ctx, m) !== exclude && partyId(ctx, m) ? m : null;
    // French: the fleet, then "de" and its owner.
    if (FLEET.test(t[j]?.norm ?? '') && ['de', "d'", 'du', 'des'].includes(t[j + 1]?.norm ?? '')) {
      let o = j + 2;
      while (ARTICLES.has(t[o]?.norm ?? '')) o++;
      const owner = ctx.idx.top[o];
      return owner && owner.t0 === o && partyId(ctx, owner) && partyId(ctx, owner) !== exclude ? owner : null;
    }
    return null;
  }
  return null;
}

/** Verbs of items joining the force that uses them: "have joined the navy", "ont rejoint la flotte", "intègrent l'armée". */
const JOINED = /^(?:joined|join|joins|rejoint|rejoignent|rejoindront|rejoindra|integre|integrent|integreront|integrera|integres|integrees)$/;

/** After a receiving participle ("bought from Norway have joined the Argentine navy"), the party the items joined. */
function forceJoined(ctx: Ctx, s: Sentence, from: number, exclude: string | null): MentionRec | null {
  for (let k = from; k < Math.min(s.t1, from + 10); k++) {
    if (ctx.tokens[k].norm === ',' || ctx.tokens[k].norm === ';') return null;
    if (!JOINED.test(ctx.tokens[k].norm)) continue;
    let j = k + 1;
    while (ARTICLES.has(ctx.tokens[j]?.norm ?? '')) j++;
    const m = ctx.idx.top[j];
    return m && m.t0 === j && partyId(ctx, m) && partyId(ctx, m) !== exclude ? m : null;
  }
  return null;
}

/**
 * The sentence up to the next clause that tells a transfer of its own ("delivered the last of 216 howitzers, and the State
 * Department approved the sale of a system to Egypt"): a recipient after it belongs to that transfer.
 */
function ownClause(ctx: Ctx, s: Sentence, from: number): Sentence {
  for (let j = from; j < s.t1; j++) {
    if (!commaOpensClause(ctx.tokens, j, CLAUSE_JOINS)) continue;
    for (let v = j + 2; v < Math.min(s.t1, j + 14) && ctx.tokens[v].norm !== ','; v++) {
      if (ctx.words.transferVerbs.match(ctx.tokens, v)) return { ...s, t1: j };
    }
  }
  return s;
}

function armsTransfers(ctx: Ctx): ArmsTransfer[] {
  const { doc, tokens, words } = ctx;
  const lex = doc.lexicon;
  const destPreps = doc.language === 'fr' ? DEST_FR : DEST_EN;
  const recipPreps = doc.language === 'fr' ? RECIPIENT_FR : RECIPIENT_EN;
  const out: ArmsTransfer[] = [];
  const pending: ArmsTransfer[] = [];
  const sentIndex = new Map<ArmsTransfer, number>();
  doc.sentences.forEach((s, si) => {
    if (doc.paragraphs[s.paragraph]?.kind === 'heading') return;
    // The end of the last transfer read in this sentence: a participle after it does not take its items again.
    let told = s.t0;
    for (let k = s.t0; k < s.t1; k++) {
      const v = words.transferVerbs.match(tokens, k);
      const arrival = arrivesWith(ctx, s, k);
      // "The first batch of 20 Akinci drones arrived in Khartoum": items that arrive somewhere were delivered there.
      const landed = !arrival && ARRIVALS.has(tokens[k].norm) && itemsJustBefore(ctx, s, k);
      if (!v && !arrival && !landed) continue;
      const vEnd = k + (v ? v.tokens.length : 1);
      if (k > s.t0 && DETERMINERS_EV.has(tokens[k - 1].norm) && /^arme/.test(tokens[k].norm)) continue; // "une arme": the noun
      // "the Norwegian Armed Forces": a word inside a name is no verb.
      if (v && ctx.idx.top[k] && tokens[k].cap) continue;
      // "ont saisi ... une cargaison de 40 fusils": a shipment seized is read by seizures().
      if (SHIPMENT_NOUNS.test(tokens[k].norm) && seizedBefore(ctx, s, k)) continue;
      const adverb = (w: string | undefined) => !!w && (/ly$/.test(w) || ['probablement', 'deja', 'aussi', 'egalement', 'ete', 'recemment', 'secretement', 'also', 'already'].includes(w));
      // "sont arrivés avec": être as the auxiliary of a verb of motion, not a passive.
      const passive = landed || (!arrival && !/ing$/.test(tokens[k].norm) && (PASSIVE.has(tokens[k - 1]?.norm) || (PASSIVE.has(tokens[k - 2]?.norm) && adverb(tokens[k - 1]?.norm))));
      // Items after the verb (active, nouns) or before it (passive).
      const items: Array<{ t0: number; t1: number; w: WeaponPayload }> = [];
      const scanFrom = passive ? Math.max(s.t0, k - 14) : vEnd;
      const scanTo = passive ? k : Math.min(s.t1, vEnd + 14);
      for (let j = scanFrom; j < (passive ? scanTo : Math.min(s.t1, vEnd + 40)); j++) {
        if (!passive && j > vEnd && (words.transferVerbs.match(tokens, j) || tokens[j].norm === ';')) break;
        // "..., portant sa flotte à six appareils", "bringing its fleet to 18 aircraft": what is held after, not what was given.
        if (j > vEnd && BRINGING.test(tokens[j].norm) && tokens.slice(j + 1, j + 6).some((x) => FLEET.test(x.norm))) break;
        // Far from the verb, only an enumeration goes on ("..., ainsi que plus de 4 millions d'obus").
        if (!passive && j > vEnd + 24 && !items.length) break;
        const w = lex.weapons.match(tokens, j) ?? modelFighters(ctx, j);
        if (!w) continue;
        items.push({ t0: j, t1: j + w.tokens.length, w: w.payload });
        j += w.tokens.length - 1;
      }
      // "the first of 12 Rafale jets ordered from France": the items stand before a participle.
      const participle = !items.length && !passive && /(?:ed|e|es|ees|is|ises|u|us|ue|ues|^bought|^sold|^given)$/.test(tokens[k].norm);
      // "deux frégates, dont la première frégate FDI livrée par la France": only what follows "dont" / "including".
      const dont = participle ? tokens.slice(Math.max(s.t0, k - 8), k).map((x) => x.norm).lastIndexOf('dont') : -1;
      if (participle) {
        for (let j = Math.max(s.t0, k - 8, told, dont >= 0 ? Math.max(s.t0, k - 8) + dont : 0); j < k; j++) {
          const w = lex.weapons.match(tokens, j);
          if (!w) continue;
          items.push({ t0: j, t1: j + w.tokens.length, w: w.payload });
          j += w.tokens.length - 1;
        }
      }
      const arming = /^arm/.test(tokens[k].norm);
      // "acheminée par six avions de transport Y-20", "aboard cargo planes": the carriers, not what is carried.
      const carrier = (it: ItemRef) => /transport|cargo/.test(tokens.slice(it.t0, it.t1).map((x) => x.norm).join(' ')) &&
        tokens.slice(Math.max(s.t0, it.t0 - 3), it.t0).some((x) => ['par', 'by', 'aboard', 'bord', 'via'].includes(x.norm));
      const realItems = items.filter((it) => it.w.category !== 'containers' && !carrier(it));
      if (!realItems.length && arming) realItems.push({ t0: k, t1: vEnd, w: { category: 'weapons', unit: null } });
      // "Une deuxième livraison « dans les prochains mois »", "A third shipment arrived": a new
      // transfer of what the previous one carried, between the same parties.
      const ordinal = ORDINALS.has(tokens[k - 1]?.norm ?? '') || (ORDINALS.has(tokens[k - 2]?.norm ?? '') && tokens[k - 1]?.kind === 'word');
      const before = ordinal ? [...out].reverse().find((t) => si - sentIndex.get(t)! <= 3) : undefined;
      if (!realItems.length && before && SHIPMENT_NOUNS.test(tokens[k].norm)) {
        realItems.push({ t0: k, t1: vEnd, w: { category: before.items[0] ?? 'weapons', unit: null } });
      }
      // "Germany will deliver four IRIS-T systems ... Two systems have already been handed over": a generic noun for the items just named.
      if (!realItems.length && passive) {
        const last = out[out.length - 1];
        const g = last && si - sentIndex.get(last)! === 1 && doc.sentences[sentIndex.get(last)!].paragraph === s.paragraph
          ? tokens.slice(Math.max(s.t0, k - 6), k).findIndex((x) => GENERIC_ITEMS.has(x.norm)) : -1;
        if (g >= 0) {
          const j = Math.max(s.t0, k - 6) + g;
          realItems.push({ t0: j, t1: j + 1, w: { category: last.items[0] ?? 'weapons', unit: last.quantityUnit } });
          items.push(...realItems);
        }
      }
      if (!realItems.length) continue;
      if (!items.length) items.push(...realItems);
      // "seizing 24 rocket launchers ... that were being carried from X": items seized are read by seizures(), not as carried to the seizer.
      if (passive && seizedBefore(ctx, s, realItems[0].t0)) continue;
      if (isNegated(ctx, Math.max(s.t0, k - 4), k)) continue;
      // "a démenti tout projet de transfert": a denied transfer is a claim, not an event.
      let denied = false;
      for (let j = s.t0; j < k; j++) {
        const c = lex.cues.match(tokens, j);
        if (c && c.payload === 'denies') denied = true;
      }
      if (denied) continue;
      let q: QuantityRec | null = null;
      let qItem: WeaponPayload | null = null;
      const counted: Array<{ q: QuantityRec; w: WeaponPayload }> = [];
      for (const it of items) {
        const found = transferCount(ctx, it.t0);
        if (found && !counted.some((c) => c.q === found)) counted.push({ q: found, w: it.w });
      }
      // The first figure given for an item counts ("deux hélicoptères ... et plusieurs drones": 2).
      if (counted.length) {
        q = counted[0].q;
        qItem = counted[0].w;
      }
      // "une batterie de défense antiaérienne FK-3", "a second battery of HQ-9": one battery.
      const battery = !q ? oneBattery(ctx, s.t0, items) : null;
      if (battery) { q = battery; qItem = { ...items[0].w, unit: 'batteries' }; }
      const receive = !!words.receiveVerbs.match(tokens, k);
      // "Lithuania signed a contract ... from Germany, and has ordered 18 Caesar from France": the subject is elided after "and".
      let supplierM: MentionRec | null = passive ? null : elidedSubject(ctx, s, k) ?? subjectBefore(ctx, s, k, recipPreps, true);
      if (supplierM && !passive) supplierM = beforeApposition(ctx, s, supplierM, k);
      // "Le pays a reçu ...", "Ils sont venus avec du matériel": the subject of the sentence before.
      // "It also sent Patriot batteries to Ukraine. It will also send 30 M113": a pronoun opening the sentence goes on with
      // the supplier of the transfer told just before.
      const last = out[out.length - 1];
      const continued = !passive && !supplierM && PRONOUNS.has(tokens[s.t0].norm) && last && sentIndex.get(last) === si - 1 ? last.supplier : null;
      if (!passive && !supplierM && si > 0 && !continued) supplierM = anaphorSubject(ctx, doc.sentences[si - 1], s, k);
      // "l'Iran, qui arme le mouvement": the antecedent of the relative pronoun.
      if (!passive && ['qui', 'which', 'who'].includes(tokens[k - 1]?.norm)) {
        const ante = ctx.idx.top[tokens[k - 2]?.norm === ',' ? k - 3 : k - 2];
        if (ante) supplierM = ante;
      }
      // "Dassault Aviation a livré", "South Korea's LIG Nex1 has handed over": a company that gives is the supplier.
      let sellerCo = !passive && !receive ? companySubject(ctx, s, k) : null;
      if (sellerCo) supplierM = null;
      let recipientM = mentionAfterPrep(ctx, ownClause(ctx, s, vEnd), vEnd, landed ? destPreps : recipPreps, partyId(ctx, supplierM));
      const owned = possessedBody(ctx, recipientM);
      if (owned) recipientM = owned;
      // "la livraison de six Su-57E, commandés à la Russie": the one the items were ordered from sells them to the subject.
      if (recipientM && !receive && !sellerCo && orderedFrom(ctx, recipientM)) {
        const seller = recipientM;
        recipientM = supplierM && partyId(ctx, supplierM) !== partyId(ctx, seller) ? supplierM : null;
        supplierM = seller;
      } else if (!recipientM && !receive && !sellerCo && supplierM && items.length) {
        const seller = orderSeller(ctx, s, items[items.length - 1].t1, partyId(ctx, supplierM));
        if (seller) { recipientM = supplierM; supplierM = seller; }
      }
      // "vers l'aéroport d'Amdjarass ... à destination des FSR": an actor named later beats a place.
      if (recipientM && doc.entities.get(recipientM.entityId)?.type === 'Location' && !ctx.idx.countryOf(recipientM.entityId)) {
        const actor = mentionAfterPrep(ctx, s, recipientM.t1, recipPreps, partyId(ctx, supplierM));
        if (actor && doc.entities.get(actor.entityId)?.type !== 'Location') recipientM = actor;
      }
      // "les drones achetés à la Chine ont été réceptionnés par le Niger": the agent of a passive receiving receives.
      // "ten Cheongung II batteries bought by the UAE": a receiving participle's agent is the buyer, as a passive's is.
      if (receive && (passive || (participle && ['by', 'par'].includes(tokens[vEnd]?.norm ?? '')))) {
        const agent = mentionAfterPrep(ctx, s, vEnd, AGENT_PREPS, null);
        if (agent) {
          recipientM = agent;
          supplierM = sellerAfter(ctx, s, Math.max(s.t0, k - 14), partyId(ctx, agent), items);
          if (supplierM && supplierM.t0 >= k) supplierM = mentionAfterPrep(ctx, s, vEnd, new Set(['from', 'de']), partyId(ctx, agent));
        }
      } else if (receive) {
        // "Bakou a signé avec Islamabad un contrat": the partner named before the deal is no buyer.
        const deal = tokens.slice(k, vEnd).some((t) => DEAL.test(t.norm));
        let w = supplierM ? supplierM.t0 - 1 : -1;
        while (w > s.t0 && ARTICLES.has(tokens[w].norm)) w--;
        // "La Roumanie a signé avec la France une commande", "avec l'allemand Rheinmetall": the company's nationality too.
        if (supplierM?.form === 'demonym' && w > s.t0 && !WITH.has(tokens[w].norm)) { w--; while (w > s.t0 && ARTICLES.has(tokens[w].norm)) w--; }
        if (deal && supplierM && WITH.has(tokens[w]?.norm ?? '')) supplierM = subjectBefore(ctx, s, w, recipPreps);
        recipientM = supplierM;
        // "Poland's order of 1,000 K2 tanks": the possessor of a nominal purchase buys.
        const possessor = tokens[k - 1]?.norm === "'s" ? ctx.idx.top[k - 2] : null;
        if (possessor && possessor.t1 === k - 1 && partyId(ctx, possessor)) recipientM = possessor;
        // "signed a deal with France for 26 Rafale": the partner of a deal sells.
        supplierM = mentionAfterPrep(ctx, s, vEnd, new Set(['from', 'de', 'par', 'by']), partyId(ctx, recipientM)) ??
          (deal ? mentionAfterPrep(ctx, s, Math.max(s.t0, k - 6), WITH, partyId(ctx, recipientM)) : null) ??
          sellerAfter(ctx, s, vEnd, partyId(ctx, recipientM), items);
        // "commandé quatre drones Heron à Israel Aerospace Industries", "ordered a vessel from Dutch shipbuilder Damen"; a company
        // named before the seller found is nearer ("took delivery of a battery from Lockheed Martin, and ... bought by the UAE").
        sellerCo = companySeller(ctx, s, vEnd, supplierM ? supplierM.t0 : vEnd + 16, COMPANY_PREPS);
        if (sellerCo) supplierM = null;
      }
      if (passive && !supplierM) supplierM = mentionAfterPrep(ctx, s, vEnd, AGENT_PREPS, null);
      // "a convoy of armoured vehicles delivered by Russia arrived in Bamako": the agent between the items and the arrival.
      if (landed && !supplierM) {
        const by = items.length ? tokens.slice(items[0].t1, k).findIndex((x) => x.norm === 'by' || x.norm === 'par') : -1;
        if (by >= 0) {
          const agent = mentionAfterPrep(ctx, s, items[0].t1 + by, AGENT_PREPS, null);
          if (agent && agent.t1 <= k && agent.t0 <= items[0].t1 + by + 2) supplierM = agent;
        }
      }
      const dealer = receive && !passive ? dealingCompany(ctx, s, k, vEnd) : null;
      if (dealer) { sellerCo = dealer.seller; supplierM = null; recipientM = dealer.buyer; }
      // "fournis par la société privée américaine Vectus Global", "built by Turkey's Baykar".
      if (passive && !supplierM && !sellerCo) sellerCo = companySeller(ctx, s, vEnd, vEnd + 10, AGENT_PREPS);
      // "The fourth frigate built by Germany's TKMS was handed over to ...": the builder named with the items supplies them.
      if (passive && !supplierM && !sellerCo && items.length) sellerCo = builderOf(ctx, s, items[0].t1, k);
      // "The missiles were flown from Iran to Russia", "acheminés d'Iran vers la Russie": a passive of motion names its origin.
      if (passive && !supplierM) {
        for (let j = vEnd; j < Math.min(s.t1, vEnd + 8) && !supplierM; j++) {
          const m = ctx.idx.top[j];
          if (!m || m.t0 !== j || doc.entities.get(m.entityId)?.type !== 'Country' || m.form === 'demonym' || m.entityId === recipientM?.entityId) continue;
          const before = ['the', 'la', 'le', "l'"].includes(tokens[j - 1]?.norm ?? '') ? tokens[j - 2]?.norm : tokens[j - 1]?.norm;
          if (['from', 'de', "d'", 'du', 'depuis'].includes(before ?? '')) supplierM = m;
        }
      }
      // "A shipment of 200 Fath-360 missiles reached Russia": the object of "reached" receives.
      if (landed && !recipientM && ['reached', 'reach', 'reaches', 'atteint'].includes(tokens[k].norm)) {
        const obj = ctx.idx.top[vEnd] ?? (['la', 'le', "l'", 'the'].includes(tokens[vEnd]?.norm ?? '') ? ctx.idx.top[vEnd + 1] : null);
        if (obj && partyId(ctx, obj)) recipientM = obj;
      }
      // "the delivery of six drones to Niger by Turkey": a nominal transfer takes its agent after "by"/"par".
      if (!passive && !receive && SHIPMENT_NOUNS.test(tokens[k].norm)) {
        const agent = mentionAfterPrep(ctx, s, vEnd, AGENT_PREPS, partyId(ctx, recipientM));
        if (agent) supplierM = agent;
        else sellerCo ??= companySeller(ctx, s, vEnd, vEnd + 16, AGENT_PREPS);
      }
      // "the export of 80 000 shells by Rheinmetall to Poland": a sale's agent within its phrase ("..., financés par le
      // Danemark" pays, it does not sell).
      if (!passive && !receive && SALE_NOUNS.test(tokens[k].norm)) {
        const comma = tokens.slice(vEnd, s.t1).findIndex((t) => t.norm === ',' || t.norm === ';');
        const end = comma < 0 ? s.t1 : vEnd + comma;
        const agent = mentionAfterPrep(ctx, s, vEnd, AGENT_PREPS, partyId(ctx, recipientM));
        if (agent && agent.t0 < end) supplierM = agent;
        else sellerCo ??= companySeller(ctx, s, vEnd, end, AGENT_PREPS);
      }
      // "la première frégate FDI livrée par la France", "armoured vehicles delivered by Russia": a participle's agent supplies,
      // the subject of the sentence receives.
      const byAgent = participle && !receive && ['par', 'by'].includes(tokens[vEnd]?.norm ?? '');
      if (byAgent) {
        const agent = mentionAfterPrep(ctx, s, vEnd, AGENT_PREPS, null);
        if (agent && agent.t0 <= vEnd + 2 && partyId(ctx, agent)) {
          // The subject of the sentence, not the nearest name ("la Grèce a dépêché deux frégates au large de l'île, dont ...").
          const subject = sentenceSubject(ctx, s, k) ?? supplierM;
          recipientM = subject && partyId(ctx, subject) !== partyId(ctx, agent) ? subject : null;
          supplierM = agent;
        }
      }
      // "provided Pyongyang with air defence systems", "arming the RSF", "shipped Israel at least 14,000 bombs": the object receives.
      if (!recipientM && !receive && !byAgent) {
        let j = vEnd;
        while (j < s.t1 && j < vEnd + 3 && !ctx.idx.top[j] && tokens[j].kind === 'word' && !tokens[j].cap) j++;
        const obj = ctx.idx.top[j];
        if (obj && obj.t0 === j && partyId(ctx, obj) !== partyId(ctx, supplierM)) {
          const afterObj = tokens[obj.t1]?.norm;
          const itemNext = items.some((it) => it.t0 >= obj.t1 && it.t0 <= obj.t1 + 6) && (doc.quantities.some((qq) => qq.t0 === obj.t1 || qq.t0 === obj.t1 + 1) || VAGUE_COUNT.has(afterObj ?? '') || !!lex.weapons.match(tokens, obj.t1));
          if (afterObj === 'with' || afterObj === 'en' || /^arm/.test(tokens[k].norm) || (doc.language === 'en' && itemNext && doc.entities.get(obj.entityId)?.type !== 'Location')) recipientM = obj;
        }
      }
      // "India has become Armenia's main arms supplier, delivering ...": the possessive receives.
      if (!recipientM && !receive) {
        for (let j = k - 1; j > s.t0; j--) {
          const m = ctx.idx.top[j - 1];
          const supplierWord = [1, 2, 3].some((d) => /^(?:supplier|suppliers|provider|fournisseur)$/.test(tokens[j + d]?.norm ?? ''));
          if (tokens[j].norm === "'s" && supplierWord && m && partyId(ctx, m) && partyId(ctx, m) !== partyId(ctx, supplierM)) { recipientM = m; break; }
        }
      }
      // A passive with its agent ("fournis par l'Iran"): the recipient is the other actor of the sentence.
      if (passive && supplierM && !recipientM) {
        for (let j = s.t0; j < k; j++) {
          const m = ctx.idx.top[j];
          if (m && m.t0 === j && partyId(ctx, m) && partyId(ctx, m) !== partyId(ctx, supplierM) && doc.entities.get(m.entityId)?.type !== 'Location') {
            recipientM = m;
            break;
          }
        }
      }
      // "Les Russes sont arrivés au Mali. Ils sont venus avec du matériel": the place the sentence before arrived at.
      if (arrival && !recipientM && si > 0 && doc.sentences[si - 1].paragraph === s.paragraph) {
        const ps = doc.sentences[si - 1];
        recipientM = mentionAfterPrep(ctx, ps, ps.t0, destPreps, partyId(ctx, supplierM), true);
      }
      // "L'Allemagne lui a livré dix-neuf blindés", "Berlin leur fournira des obus": the dative pronoun is the actor before
      // (not in a passive, "douze drones lui ont été livrés", whose other actor is read below).
      if (!recipientM && !receive && !passive && si > 0 && dativeBefore(ctx, k)) {
        const actor = firstActor(ctx, doc.sentences[si - 1], s);
        if (actor && partyId(ctx, actor) !== partyId(ctx, supplierM)) recipientM = actor;
      }
      // "the first two of ten Cheongung II batteries bought by the UAE": the buyer of the items receives them.
      if (!recipientM && !receive && items.length) recipientM = buyerAfter(ctx, s, items[items.length - 1].t1, items[items.length - 1].t1 + 4, partyId(ctx, supplierM));
      // "four aircraft bought from Norway have joined the Argentine navy": the force the items joined bought them.
      if (!recipientM && receive && participle) recipientM = forceJoined(ctx, s, vEnd, partyId(ctx, supplierM));
      // "..., bringing the Myanmar air force's fleet to 18", "portant la flotte de la marine ghanéenne à six": the owner of the fleet received.
      if (!recipientM) recipientM = fleetOwner(ctx, s, vEnd, partyId(ctx, supplierM));
      // A company given with its nationality sells as that country; a company named alone sells itself, before the maker's
      // country a system's name implies ("Dassault Aviation a livré ... trois Rafale", "took delivery of a THAAD battery from
      // Lockheed Martin").
      const coCountry = sellerCo && doc.entities.get(sellerCo)?.type === 'Country' ? sellerCo : null;
      const companyOnly = sellerCo && !coCountry ? sellerCo : null;
      let supplier = partyId(ctx, supplierM) ?? coCountry ?? companyOnly ?? continued;
      let recipient = owned && recipientM === owned ? owned.entityId : partyId(ctx, recipientM);
      // "livré à l'armée mozambicaine": the army named as recipient receives for itself.
      // A navy, an air force or a coast guard receives for itself, named ("the Philippine Navy") or described ("la marine
      // cambodgienne", "the Somali coastguard"); a police when named ("la PNH"), for its country when only described ("la police haïtienne").
      const recipientKind = recipientM ? doc.entities.get(recipientM.entityId)?.kind ?? '' : '';
      // "the Philippine Navy", capitalised, is named too.
      const named = recipientM && (recipientM.form !== 'institution' || tokens[recipientM.t1 - 1].cap && doc.language === 'en');
      if (recipientM && (recipientKind === 'armed-forces' || (FORCE_KINDS.has(recipientKind) && (named || recipientKind !== 'police')))) recipient = recipientM.entityId;
      if (recipient && doc.entities.get(recipient)?.type === 'Location') recipient = ctx.idx.countryOf(recipient) ?? recipient;
      // "sent fighter jets to the East Owainat air base": a place of no known country is where arms go, not who gets them.
      if (recipient && doc.entities.get(recipient)?.type === 'Location' && !ctx.idx.countryOf(recipient)) recipient = null;
      // Elided parties come from the previous transfer of the same paragraph ("Au total, ... ont été exportés vers la Russie").
      const prev = [...out].reverse().find((t) => {
        const ps = sentIndex.get(t)!;
        return doc.sentences[ps].paragraph >= s.paragraph - 1 && si - ps <= 2;
      });
      // Only an elided supplier makes it the same transfer told again; an elided recipient is a new one.
      let inherited = false;
      if (!supplier && prev && !companyOnly) { supplier = prev.supplier; inherited = true; }
      // "Ankara reste un fournisseur ... : douze drones Bayraktar TB2 lui ont été livrés": the maker of a named system, named in the
      // sentence, beats the supplier of the transfer before.
      const maker = inherited ? items.find((it) => it.w.origin && it.w.origin !== recipient && it.w.origin !== supplier)?.w.origin : undefined;
      if (maker && namedIn(ctx, s, maker)) { supplier = maker; inherited = false; }
      // Not when the sentence names another party: "U.S. deliveries to Israel continue: a shipment of 1,800 bombs arrived".
      const goesOn = (p: ArmsTransfer | undefined): p is ArmsTransfer => {
        if (!p || p.supplier !== supplier) return false;
        const to = mentionAfterPrep(ctx, s, s.t0, recipPreps, supplier);
        const id = partyId(ctx, to);
        return !id || doc.entities.get(to!.entityId)?.type === 'Location' || (ctx.idx.countryOf(id) ?? id) === (ctx.idx.countryOf(p.recipient!) ?? p.recipient);
      };
      if (!recipient && goesOn(prev)) recipient = prev.recipient;
      // "la dizaine de Bayraktar TB2 acquis depuis 2022": the maker of a named system supplied it.
      if (!supplier) {
        const made = items.find((it) => it.w.origin && it.w.origin !== recipient);
        if (made) supplier = made.w.origin!;
      }
      // "la livraison de six drones turcs au Niger", "Iranian drones were shipped to Russia": the demonym of the items.
      if (!supplier) supplier = makerNextTo(ctx, items, recipient);
      // "Hanwha Aerospace has handed over more than 150 K9": a supplier found from the items may still go on with the transfer before.
      if (!recipient && goesOn(prev)) recipient = prev.recipient;
      // "la dizaine de Bayraktar TB2 acquis depuis 2022": items bought with no buyer named belong to the country the article is about.
      // A model's figure may end the items right before the participle ("36 obusiers Atmos 2000 commandés à").
      if (receive && !recipient && supplier && (tokens[k - 1]?.kind === 'word' || items.some((it) => it.t1 === k)) && !['a', 'ont', 'has', 'have', 'had', 'avait'].includes(tokens[k - 1].norm)) {
        const main = mainCountry(ctx, supplier);
        // An agent later in the sentence ("ont été réceptionnés par le Niger", "bought by the UAE") names the buyer itself.
        // Not "are due to arrive by the end of the year": the agent is a party.
        const laterPassive = tokens.slice(vEnd, s.t1).some((x, j) => (x.norm === 'par' || x.norm === 'by') &&
          [1, 2].some((d) => { const m = ctx.idx.top[vEnd + j + d]; return !!m && m.t0 === vEnd + j + d && !!partyId(ctx, m); }));
        if (main && !laterPassive && !otherParty(ctx, s, k, [supplier, main])) recipient = main;
      }
      // "Côté tadjik, Pékin a fourni huit blindés", "On the Tajik side, Beijing supplied ...": the side the sentence opens on receives.
      if (!recipient && !receive && supplier) recipient = frontedSide(ctx, s, k, supplier);
      // "Norway has pledged six of the jets", "It will also send 30 M113": the article's usual recipient, decided once every
      // transfer is known (withUsualRecipient); only a supplier giving actively leaves its recipient to the article.
      const recipientLeft = !!supplier && !recipient && !receive && !passive && !arming && !!q;
      // "The Armenian defence ministry said the first Caesar guns had arrived": the other actor of the sentence receives.
      if (passive && supplier && !recipient) {
        // Before the verb only: "..., according to the US" is a source, not a party.
        for (let j = s.t0; j < k && !recipient; j++) {
          const m = ctx.idx.top[j];
          if (m && m.t0 === j && doc.entities.get(m.entityId)?.type !== 'Location' && partyId(ctx, m) && (ctx.idx.countryOf(partyId(ctx, m)!) ?? partyId(ctx, m)) !== (ctx.idx.countryOf(supplier) ?? supplier)) {
            // "Ankara reste un fournisseur de l'armée irakienne : douze drones lui ont été livrés": the army receives for itself.
            recipient = doc.entities.get(m.entityId)?.kind === 'armed-forces' ? m.entityId : partyId(ctx, m);
          }
        }
      }
      if (!supplier || (!recipient && !recipientLeft) || supplier === recipient) continue;
      // Future, conditional or announced-for-later transfers are planned ("enverrait ... d'ici la fin de l'année", "will send").
      const futureForm = doc.language === 'fr' ? /(?:rait|raient|ra|ront|rons)$/.test(tokens[k].norm) : false;
      const planned = futureForm || matchesIn(words.statusPlanned, tokens, Math.max(s.t0, k - 6), vEnd).length > 0 ||
        doc.times.some((t) => t.span.start >= tokens[vEnd - 1].end && t.span.start < (tokens[Math.min(s.t1, vEnd + 14) - 1]?.end ?? 0) && /^(?:d'ici|d’ici|by|avant)/i.test(t.text));
      const laterText = doc.text.slice(tokens[vEnd - 1].end, s.end);
      const status = planned || (ordinal && LATER.test(laterText)) ? 'planned' : 'delivered';
      const startTok = Math.min(supplierM && supplierM.t0 < k && supplierM.t0 >= s.t0 ? supplierM.t0 : k, q && q.t0 < k ? q.t0 : k, items[0].t0);
      const endTok = Math.max(vEnd, items[items.length - 1].t1, recipientM ? recipientM.t1 : 0, supplierM && supplierM.t0 >= vEnd && supplierM.t0 < vEnd + 4 ? supplierM.t1 : 0);
      const t: ArmsTransfer = {
        id: '', kind: 'arms_transfer', supplier, recipient,
        items: [...new Set(realItems.map((it) => it.w.system ? `${it.w.system} ${it.w.category}` : it.w.category))],
        quantity: q ? q.value : null, quantityQualifier: q ? q.qualifier : null,
        quantityUnit: q ? qItem?.unit ?? null : null, status, when: whenIn(ctx, s, k),
        evidence: evidence(doc, tokens[startTok].start, tokens[endTok - 1].end, supplierM && recipientM ? 0.7 : 0.5),
      };
      // Kept aside, so that no later transfer takes its missing recipient for its own.
      if (!recipient) { pending.push(t); k = endTok - 1; told = endTok; continue; }
      // The same transfer told again with its parties left implicit: one event.
      if (inherited && !ordinal && prev && prev.supplier === t.supplier && prev.recipient === t.recipient && (t.quantity === null || t.quantity === prev.quantity)) {
        prev.items = [...new Set([...prev.items, ...t.items])];
        k = endTok - 1;
        told = endTok;
        continue;
      }
      out.push(t);
      sentIndex.set(t, si);
      if (inherited) INHERITED.add(t);
      const ordered = orderedWhole(ctx, s, k, participle ? items : realItems);
      if (ordered) {
        const { whole } = ordered;
        const order: ArmsTransfer = { ...t, items: [...t.items], quantity: whole.value, quantityQualifier: whole.qualifier, status: 'planned',
          evidence: evidence(doc, tokens[whole.t0].start, Math.max(t.evidence.end, tokens[realItems[realItems.length - 1].t1].end), t.evidence.confidence) };
        if (ordered.later) t.status = 'planned';
        out.push(order);
        sentIndex.set(order, si);
      }
      // "from Denmark and the Netherlands", "France and Germany delivered": each supplier gives.
      for (const other of supplierM ? [...suppliersJoined(ctx, s, supplierM), ...(supplierM.t0 < k ? coordinatedWith(ctx, s, supplierM) : [])] : []) {
        const id = partyId(ctx, other);
        if (id && id !== t.supplier && id !== t.recipient) {
          const copy = { ...t, supplier: id, items: [...t.items] };
          out.push(copy);
          sentIndex.set(copy, si);
        }
      }
      // "« au moins 120 » obusiers ... et une centaine de lance-roquettes, ainsi que plus de 4 millions d'obus",
      // "9 million rounds ..., along with some 200 artillery pieces and an unknown number of KN-23 missiles":
      // each member of the enumeration with its own count (or its own vague one) is a transfer of its own.
      const members = enumerationMembers(ctx, realItems);
      if (members.length > 1) {
        const [first, ...rest] = members;
        // "l'envoi d'une nouvelle batterie SAMP/T et de 12 canons Caesar": the battery before the first member counts it.
        if (!first.q) first.q = oneBattery(ctx, s.t0, first.items);
        t.items = itemNames(first.items);
        t.quantity = first.q ? first.q.value : null;
        t.quantityQualifier = first.q ? first.q.qualifier : null;
        t.quantityUnit = first.q ? first.items[0].w.unit : null;
        for (const m of rest) {
          const maker = m.maker ? ctx.idx.countryOf(m.maker) ?? m.maker : null;
          const extra: ArmsTransfer = {
            ...t, supplier: maker && maker !== t.recipient && !passive && receive ? maker : t.supplier,
            items: itemNames(m.items), quantity: m.q ? m.q.value : null, quantityQualifier: m.q ? m.q.qualifier : null,
            quantityUnit: m.q ? m.items[0].w.unit : null,
            evidence: evidence(doc, tokens[m.q && m.q.t0 < m.items[0].t0 ? m.q.t0 : m.items[0].t0].start, tokens[m.items[m.items.length - 1].t1 - 1].end, t.evidence.confidence),
          };
          MEMBER.add(extra);
          out.push(extra);
          sentIndex.set(extra, si);
        }
        MEMBER.add(t);
        const firstEnd = Math.max(vEnd, first.items[first.items.length - 1].t1, recipientM && recipientM.t0 < rest[0].items[0].t0 ? recipientM.t1 : 0);
        t.evidence = evidence(doc, tokens[startTok].start, tokens[firstEnd - 1].end, t.evidence.confidence);
      }
      k = endTok - 1;
      told = endTok;
    }
  });
  const found = [...out, ...withUsualRecipient(ctx, out, pending)];
  const used = [...found, ...usedBy(ctx, found)];
  return [...used, ...heldMadeAbroad(ctx, used)];
}

/**
 * "Denmark has handed over its second batch of F-16s, and Norway has pledged six of the jets": each counted transfer
 * in `pending` (no recipient named) goes to the recipient the article's other transfers share (at least two of them),
 * when its sentence names no other place or party's country; else it is dropped.
 */
function withUsualRecipient(ctx: Ctx, list: readonly ArmsTransfer[], pending: ArmsTransfer[]): ArmsTransfer[] {
  // By country: "the Somali army" and "Somalia" are one recipient here, and the country is what is meant.
  const recipients = list.map((x) => x.recipient && (ctx.idx.countryOf(x.recipient) ?? x.recipient));
  return pending.filter((t) => {
    const before = toldJustBefore(ctx, list, t)?.recipient;
    t.recipient = (before && (ctx.idx.countryOf(before) ?? before)) ??
      usualInClause(ctx, recipients, ctx.idx.countryOf(t.supplier) ?? t.supplier!, t.evidence, false);
    return !!t.recipient;
  });
}

/**
 * "L'armée de l'air a reçu deux hélicoptères ... L'Italie doit en outre livrer six avions": the transfer told last in `t`'s
 * sentence or the one before (same paragraph) by another supplier, to whose country a transfer naming none goes on (the
 * country: "à l'armée tchadienne ... les Émirats ont promis une centaine de blindés" gives to Chad).
 */
function toldJustBefore(ctx: Ctx, list: readonly ArmsTransfer[], t: ArmsTransfer): ArmsTransfer | null {
  const { sentences } = ctx.doc;
  const sentenceIndex = (offset: number) => ctx.idx.sentenceOf(ctx.idx.tokenFrom(offset));
  const at = sentenceIndex(t.evidence.start);
  for (let i = list.length - 1; i >= 0; i--) {
    const o = list[i];
    if (o.evidence.start >= t.evidence.start) continue;
    const oi = sentenceIndex(o.evidence.start);
    if (at - oi > 1 || sentences[oi].paragraph !== sentences[at].paragraph) return null;
    return o.recipient && o.supplier !== t.supplier && o.recipient !== t.supplier ? o : null;
  }
  return null;
}

/** The sentences in which none of the transfers `found` so far starts. */
function sentencesWithoutTransfer(ctx: Ctx, found: readonly ArmsTransfer[]): Sentence[] {
  const told = found.map((t) => t.evidence.start);
  return ctx.doc.sentences.filter((s) => !told.some((start) => start >= s.start && start < s.end));
}

/** The weapons named in tokens [from, to), each once. */
function weaponsIn(ctx: Ctx, from: number, to: number): ItemRef[] {
  const items: ItemRef[] = [];
  for (let j = from; j < to; j++) {
    const w = ctx.doc.lexicon.weapons.match(ctx.tokens, j);
    if (w) { items.push({ t0: j, t1: j + w.tokens.length, w: w.payload }); j += w.tokens.length - 1; }
  }
  return items;
}

/** "used by", "operated by", "utilisés par", "aux mains des": who holds arms another country made. */
const USED_BY: string[][] = [
  ['used', 'by'], ['operated', 'by'], ['fired', 'by'], ['flown', 'by'], ['in', 'the', 'hands', 'of'], ['in', 'the', 'possession', 'of'],
  ['utilises', 'par'], ['utilisees', 'par'], ['employes', 'par'], ['employees', 'par'], ['tires', 'par'], ['aux', 'mains', 'des'], ['aux', 'mains', 'de'], ['en', 'possession', 'de'],
];
const USED_BY_FIRST = new Set(USED_BY.map((p) => p[0]));

/**
 * "Emirati-made Nimr armoured vehicles used by the RSF", "des drones de fabrication turque utilisés par l'armée":
 * arms a country made, in the hands of another party, were transferred to it. Sentences that already gave a
 * transfer are left alone.
 */
function usedBy(ctx: Ctx, found: readonly ArmsTransfer[]): ArmsTransfer[] {
  const { doc, tokens } = ctx;
  const out: ArmsTransfer[] = [];
  for (const s of sentencesWithoutTransfer(ctx, found)) {
    for (let k = s.t0; k < s.t1; k++) {
      if (!USED_BY_FIRST.has(tokens[k].norm)) continue;
      const phrase = USED_BY.find((p) => p.every((w, j) => tokens[k + j]?.norm === w));
      if (!phrase) continue;
      const after = k + phrase.length;
      const holder = ctx.idx.top[after] ?? (ARTICLES.has(tokens[after]?.norm ?? '') ? ctx.idx.top[after + 1] : null);
      const recipient = holder ? partyId(ctx, holder) : null;
      if (!holder || !recipient || holder.t0 > after + 1) continue;
      const items = weaponsIn(ctx, Math.max(s.t0, k - 10), k);
      if (!items.length) continue;
      const madeBy = items.find((it) => it.w.origin && it.w.origin !== recipient)?.w.origin ?? makerNextTo(ctx, items, recipient) ?? makerAfter(ctx, items, k, recipient);
      const supplier = madeBy ? ctx.idx.countryOf(madeBy) ?? madeBy : null;
      if (!supplier || supplier === (ctx.idx.countryOf(recipient) ?? recipient)) continue;
      const q = transferCount(ctx, items[0].t0);
      out.push({
        id: '', kind: 'arms_transfer', supplier, recipient, items: itemNames(items),
        quantity: q ? q.value : null, quantityQualifier: q ? q.qualifier : null, quantityUnit: q ? items[0].w.unit : null,
        status: 'delivered', when: null,
        evidence: evidence(doc, tokens[q && q.t0 < items[0].t0 ? q.t0 : items[0].t0].start, tokens[holder.t1 - 1].end, 0.5),
      });
      break;
    }
  }
  return out;
}

/** Verbs of a party placing or holding arms: "has stationed", "a déployé", "operates", "dispose de". */
const HOLD = /^(?:stationed|deployed|deploys|positioned|installed|operates|fields|fielded|uses|stationne|stationnes|deploye|deployes|deployee|deployees|positionne|positionnes|installe|installes|dispose|disposent|possede|possedent|utilise|utilisent)$/;

/** The country whose maker's mark names the items: "Chinese-made HQ-9B", "Turkish-built drones", "des drones de fabrication turque". */
function markedMaker(ctx: Ctx, items: readonly ItemRef[], exclude: string): string | null {
  const { tokens } = ctx;
  for (const it of items) {
    // A model name may stand between the mark and the category ("Chinese-made HQ-9B air defence missiles").
    for (const at of [it.t0 - 1, it.t0 - 2]) {
      const m = ctx.idx.top[at];
      if (m && m.t1 === at + 1 && (at === it.t0 - 1 || !ctx.idx.top[it.t0 - 1]) && /-(?:made|built|manufactured)$/.test(tokens[at].norm) &&
        ctx.doc.entities.get(m.entityId)?.type === 'Country' && m.entityId !== exclude) return m.entityId;
    }
    const m = ctx.idx.top[it.t1 + 2] ?? ctx.idx.top[it.t1 + 1];
    if (m && m.t0 <= it.t1 + 2 && ['fabrication', 'origine', 'origin'].includes(tokens[m.t0 - 1]?.norm ?? '') &&
      ctx.doc.entities.get(m.entityId)?.type === 'Country' && m.entityId !== exclude) return m.entityId;
  }
  return null;
}

/**
 * "Egypt has stationed a battery of Chinese-made HQ-9B missiles near X", "l'armée a déployé des drones de fabrication turque":
 * arms that bear another country's maker's mark, placed or held by the sentence's subject, were transferred to it.
 * Sentences that already gave a transfer are left alone.
 */
function heldMadeAbroad(ctx: Ctx, found: readonly ArmsTransfer[]): ArmsTransfer[] {
  const { doc, tokens } = ctx;
  const out: ArmsTransfer[] = [];
  for (const s of sentencesWithoutTransfer(ctx, found)) {
    for (let k = s.t0; k < s.t1; k++) {
      if (!HOLD.test(tokens[k].norm)) continue;
      const holderM = sentenceSubject(ctx, s, k);
      const holder = holderM && doc.entities.get(holderM.entityId)?.type !== 'Location' ? partyId(ctx, holderM) : null;
      if (!holder) continue;
      const items = weaponsIn(ctx, k + 1, Math.min(s.t1, k + 12));
      const home = ctx.idx.countryOf(holder) ?? holder;
      const maker = items.length ? markedMaker(ctx, items, home) : null;
      if (!maker) continue;
      const q = oneBattery(ctx, k, items) ?? transferCount(ctx, items[0].t0);
      out.push({
        id: '', kind: 'arms_transfer', supplier: maker, recipient: holder, items: itemNames(items),
        quantity: q && q.value !== 1 ? q.value : null, quantityQualifier: null, quantityUnit: null, status: 'delivered', when: null,
        evidence: evidence(doc, tokens[Math.min(k + 1, items[0].t0)].start, tokens[items[items.length - 1].t1 - 1].end, 0.5),
      });
      break;
    }
  }
  return out;
}

/** "de fabrication émiratie", "made in Turkey" between the items and `before`: the maker. */
function makerAfter(ctx: Ctx, items: readonly ItemRef[], before: number, exclude: string): string | null {
  for (let j = items[items.length - 1].t1; j < before; j++) {
    const m = ctx.idx.top[j];
    if (m && m.t0 === j && ctx.doc.entities.get(m.entityId)?.type === 'Country' && m.entityId !== exclude &&
      ['fabrication', 'made', 'origine', 'origin', 'in'].includes(ctx.tokens[j - 1]?.norm ?? '')) return m.entityId;
  }
  return null;
}

function meetingsIn(ctx: Ctx): Meeting[] {
  const { doc, tokens } = ctx;
  const lex = doc.lexicon;
  const meetings: Meeting[] = [];
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.kind === 'heading') continue;
    if (!matchesIn(lex.meetingWords, tokens, s.t0, s.t1).length) continue;
    const parties = new Set<string>();
    let place: string | null = null;
    for (let k = s.t0; k < s.t1; k++) {
      const m = ctx.idx.top[k];
      if (!m || m.t0 !== k) continue;
      const e = doc.entities.get(m.entityId);
      if (!e || e.newsAgency) continue;
      if (e.type === 'Location') place = place ?? e.id;
      else parties.add(e.type === 'Person' ? ctx.idx.countryOf(e.id) ?? e.id : e.id);
    }
    if (parties.size < 2) continue;
    const when = ctx.idx.timesIn(s)[0];
    meetings.push({ id: '', kind: 'meeting', participants: [...parties], place, when: when ? toTimeValue(when) : null, evidence: evidence(doc, s.start, s.end, 0.5) });
  }
  return meetings;
}

/** Same sender, destination country and size: one event, the first evidence kept. */
/** Paragraph of an evidence: events without a figure are merged only within one paragraph. */
function paragraphAt(ctx: Ctx, offset: number): number {
  return ctx.doc.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
}

const SHIP_UNITS = /ship|vessel|destroyer|frigate|carrier|navire|frégate|bâtiment|porte-avions|sous-marin|submarine|aircraft|avion|drone|missile/i;

function mergeDeployments(ctx: Ctx, list: Deployment[]): Deployment[] {
  const seen = new Map<string, Deployment>();
  const bySentence = new Map<string, Deployment>();
  const firsts: Deployment[] = [];
  for (const d of list) {
    // "the aircraft carrier USS Nimitz and two destroyers had entered the Red Sea": one movement.
    const si = ctx.idx.sentenceOf(ctx.idx.tokenFrom(d.evidence.start));
    const sentenceKey = `${si}|${d.from}|${ctx.idx.countryOf(d.to) ?? d.to}`;
    const first = bySentence.get(sentenceKey);
    if (first && !RELIEFS.has(d) && !LISTED.has(d)) {
      // "le contingent russe ... atteindrait « près de 300 hommes »": the size given later in the sentence is the first force's.
      // Not "the carrier and two destroyers": a figure after "and"/"et" or for ships counts another unit.
      const before = ctx.doc.text.slice(Math.max(0, d.evidence.start - 5), d.evidence.start).toLowerCase();
      const joined = /\b(?:and|et|plus)\s*$/.test(before) || SHIP_UNITS.test(d.unit ?? '');
      if (first.size === null && first.sizeQualifier === null && d.size !== null && !joined) {
        first.size = d.size;
        first.sizeQualifier = d.sizeQualifier;
      }
      // "11,000 troops are now deployed ..., and Pyongyang could send up to 100,000 more": two figures, two events.
      if (!(first.size !== null && d.size !== null && first.size !== d.size && !SHIP_UNITS.test(d.unit ?? ''))) continue;
    }
    if (!first) bySentence.set(sentenceKey, d);
    firsts.push(d);
  }
  for (const d of firsts) {
    const scope = d.size === null ? `|p${paragraphAt(ctx, d.evidence.start)}` : '';
    const key = `${ctx.idx.countryOf(d.from) ?? d.from}|${LISTED.has(d) ? d.to : ctx.idx.countryOf(d.to) ?? d.to}|${d.size}${scope}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, d);
    else {
      if (!prev.when && d.when) prev.when = d.when;
      if (prev.status === 'deployed' && d.status !== 'deployed') prev.status = d.status;
    }
  }
  return [...seen.values()];
}

/** Transfers whose parties came from the one before: the same transfer told again. */
const INHERITED = new WeakSet<ArmsTransfer>();

/** Bodies that receive arms for themselves when the text names them ("livré à l'armée mozambicaine", "to the Haitian police"). */
const FORCE_KINDS = new Set(['armed-forces', 'army', 'navy', 'air-force', 'police', 'coast-guard', 'national-guard', 'gendarmerie', 'border-guard']);

function mergeTransfers(ctx: Ctx, list: ArmsTransfer[]): ArmsTransfer[] {
  const seen = new Map<string, ArmsTransfer>();
  for (const t of list) {
    const scope = (t.quantity === null && !INHERITED.has(t) ? `|p${paragraphAt(ctx, t.evidence.start)}` : '') + (MEMBER.has(t) ? `|${t.items.join(',')}` : '');
    const key = `${t.supplier}|${t.recipient}|${t.quantity}${scope}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, t);
    else {
      prev.items = [...new Set([...prev.items, ...t.items])];
      if (t.status === 'planned') prev.status = 'planned';
    }
  }
  return [...seen.values()];
}

/**
 * "destinés, selon les enquêteurs, au JNIM", "destinés selon elle à l'Iswap": a bound-for phrase opened at `j` and closed
 * after an inserted source, between commas or a bare "selon X" / "according to X".
 */
function boundAcrossInsert(ctx: Ctx, s: Sentence, j: number): { t0: number; t1: number } | null {
  const { tokens, words } = ctx;
  const comma = tokens[j + 1]?.norm === ',';
  if (!comma && !DOCUMENT_PREPS.has(tokens[j + 1]?.norm ?? '')) return null;
  for (let c = j + 2; c < s.t1 && c < j + 9; c++) {
    if (comma && tokens[c].norm !== ',') continue;
    const joined = [tokens[j], ...tokens.slice(c + 1, c + 5)];
    const b = words.boundFor.match(joined, 0);
    if (b && b.tokens.length > 1) return { t0: j, t1: c + b.tokens.length };
    if (comma) return null;
  }
  return null;
}

/** "of Iranian origin", "d'origine iranienne", "de fabrication turque" between `from` and `to`: the country the items come from. */
function originAfter(ctx: Ctx, s: Sentence, from: number, to: number, exclude: string | null): string | null {
  for (let j = from; j < to && j < s.t1; j++) {
    const m = ctx.idx.top[j];
    if (!m || m.t0 !== j || ctx.doc.entities.get(m.entityId)?.type !== 'Country') continue;
    const id = partyId(ctx, m);
    if (!id || id === exclude) continue;
    if (ctx.tokens[m.t1]?.norm === 'origin' || ['origine', 'fabrication', 'provenance'].includes(ctx.tokens[j - 1]?.norm ?? '')) return id;
  }
  return null;
}

/** Words between "bound for" and the one it names ("destinés au gang Los Lobos", "bound for the Houthi rebels"). */
const BOUND_FILLERS = new Set(['the', 'la', 'le', "l'", 'les', 'gang', 'groupe', 'group', 'milice', 'militia', 'rebels', 'rebelles', 'insurgents', 'mouvement', 'movement', 'faction', 'factions', 'cartel', 'cartels', 'des', 'du', 'of']);

/**
 * The one a bound-for phrase ending at `t1` names: "bound for the banned Balochistan Liberation Army", "destinés à une
 * cellule de l'organisation État islamique" (common words skipped, then a party), "bound for Arsa", "bound for the
 * Lakurawa group" (a name the lexicon does not know: an armed group of its own, added to the entities). A place after
 * common words ("bound for the port of Aden") is where the shipment went, not who was to get it.
 */
function boundRecipient(ctx: Ctx, s: Sentence, t1: number): { m: MentionRec; id: string | null } | null {
  const { tokens } = ctx;
  let r = t1;
  while (r < s.t1 && r - t1 < 6 && tokens[r].kind === 'word' && !tokens[r].cap && ctx.idx.top[r]?.t0 !== r) r++;
  const named = ctx.idx.top[r];
  const skipped = tokens.slice(t1, r).some((t) => !BOUND_FILLERS.has(t.norm));
  if (named && named.t0 === r) {
    const owner = possessedBody(ctx, named);
    if (owner) return { m: owner, id: owner.entityId };
    return skipped && ctx.doc.entities.get(named.entityId)?.type === 'Location' ? null : { m: named, id: partyId(ctx, named) };
  }
  if (!tokens[r]?.cap || tokens[r].kind !== 'word' || ctx.idx.top[r]) return null;
  let end = r;
  while (end < s.t1 && tokens[end].cap && tokens[end].kind === 'word' && !ctx.idx.top[end]) end++;
  const name = ctx.doc.text.slice(tokens[r].start, tokens[end - 1].end);
  const id = `org:${slugify(name)}`;
  if (ctx.doc.entities.has(id)) return null;
  const found = ctx.groups.get(id) ?? { entity: { id, name, type: 'Organization' as const, kind: 'armed-group', confidence: 0.5 }, mentions: [] };
  const m: MentionRec = { start: tokens[r].start, end: tokens[end - 1].end, t0: r, t1: end, entityId: id, form: 'pattern' };
  if (!found.mentions.some((x) => x.start === m.start)) found.mentions.push(m);
  ctx.groups.set(id, found);
  return { m, id };
}

/**
 * "seized 2,500 AK-47 rifles bound for al-Shabaab", "un arsenal de 300 fusils d'assaut destinés au gang Los Lobos",
 * "an Iranian shipment bound for the Houthis": an interdicted shipment is a transfer to the one it was meant for. Its
 * supplier is the country the shipment or its items are said to come from, else unknown; it has no status, since it never
 * arrived. Sentences already read as a transfer to that recipient are left as they are.
 */
function seizures(ctx: Ctx, found: readonly ArmsTransfer[]): { seized: ArmsTransfer[]; superseded: Set<ArmsTransfer> } {
  const { doc, tokens, words } = ctx;
  const out: ArmsTransfer[] = [];
  // Transfers read from a seizure's words that took the seizer for the supplier: the seizure replaces them.
  const superseded = new Set<ArmsTransfer>();
  for (const s of doc.sentences) {
    for (let k = s.t0; k < s.t1; k++) {
      const v = words.seizures.match(tokens, k);
      if (!v) continue;
      let bound: { t0: number; t1: number } | null = null;
      for (let j = k + v.tokens.length; j < s.t1 && j < k + 50 && !bound; j++) {
        const b = words.boundFor.match(tokens, j);
        if (b) bound = { t0: j, t1: j + b.tokens.length };
        else bound = boundAcrossInsert(ctx, s, j);
      }
      if (!bound) continue;
      const { m: recipientM, id: recipient } = boundRecipient(ctx, s, bound.t1) ?? { m: null, id: null };
      if (!recipient) continue;
      const items: ItemRef[] = [];
      // The items seized follow the verb, or come before it in a passive ("300 rifles were seized").
      const passive = PASSIVE.has(tokens[k - 1]?.norm ?? '');
      for (let j = passive ? Math.max(s.t0, k - 12) : k + v.tokens.length; j < bound.t0; j++) {
        const w = doc.lexicon.weapons.match(tokens, j);
        if (!w || w.payload.category === 'containers') continue;
        items.push({ t0: j, t1: j + w.tokens.length, w: w.payload });
        j += w.tokens.length - 1;
      }
      if (!items.length) break;
      const q = items.map((it) => transferCount(ctx, it.t0)).find((x) => !!x) ?? null;
      const start = Math.min(k, items[0].t0, q ? q.t0 : k);
      const span = evidence(doc, tokens[start].start, tokens[recipientM!.t1 - 1].end, 0.6);
      // A transfer read from the same words with a supplier of its own stands; one that took the seizer for the supplier does not.
      const seizer = partyId(ctx, subjectBefore(ctx, s, k, new Set()));
      const overlapping = found.filter((t) => t.evidence.start < span.end && span.start < t.evidence.end);
      const same = overlapping.filter((t) => t.recipient === recipient);
      // Its supplier named in the sentence: one carried over from an earlier sentence is no supplier of the seized load.
      const named = new Set(ctx.idx.top.slice(s.t0, s.t1).map((m) => partyId(ctx, m ?? null)));
      if (same.some((t) => t.supplier && t.supplier !== seizer && named.has(t.supplier))) break;
      for (const t of same) superseded.add(t);
      // One read from the seizure's items with parties carried over from an earlier sentence, or with the seizer for its recipient, goes too.
      for (const t of overlapping) if (!named.has(t.supplier) || (seizer && t.recipient === seizer)) superseded.add(t);
      // "an Iranian shipment", "Iranian-made rifles": where the shipment comes from.
      let supplier = makerNextTo(ctx, items, recipient);
      for (let j = s.t0; j < s.t1 && !supplier; j++) {
        const m = ctx.idx.top[j];
        if (m && m.t0 === j && m.form === 'demonym' && SHIPMENT_NOUNS.test(tokens[m.t1]?.norm ?? '')) supplier = partyId(ctx, m);
      }
      // "d'origine iranienne", "of Iranian origin" after the items.
      supplier ??= originAfter(ctx, s, items[items.length - 1].t1, bound.t0, recipient);
      // "40 fusils d'assaut et 12 000 cartouches": each member of the enumeration with its own count is a seizure of its own.
      const members = enumerationMembers(ctx, items);
      for (const [i, m] of members.entries()) {
        const mq = members.length === 1 ? q : m.q;
        const t: ArmsTransfer = {
          id: '', kind: 'arms_transfer', supplier, recipient, items: itemNames(m.items),
          quantity: mq ? mq.value : null, quantityQualifier: mq ? mq.qualifier : null, quantityUnit: mq ? m.items[0].w.unit : null,
          status: null, when: whenIn(ctx, s, k),
          evidence: i === 0 ? span : evidence(doc, tokens[mq && mq.t0 < m.items[0].t0 ? mq.t0 : m.items[0].t0].start, tokens[m.items[m.items.length - 1].t1 - 1].end, 0.6),
        };
        if (members.length > 1) MEMBER.add(t);
        out.push(t);
      }
      break;
    }
  }
  return { seized: out, superseded };
}

/** Ships and aircraft, which a country may send on its own mission or hand over to another. */
const PLATFORM = /(?:vessel|boat|ship|frigate|destroyer|corvette|submarine|minehunter|aircraft|jet|patrouilleur|fregate|sous-marin|navire|batiment|chasseur|avion)/;

/** "hand over six patrol vessels to the Vietnam Coast Guard": ships or aircraft its supplier hands over to the same country in the same words are a transfer, not a deployment. */
function handedOver(ctx: Ctx, d: Deployment, transfers: readonly ArmsTransfer[]): boolean {
  if (!d.unit || !d.to || !PLATFORM.test(foldText(d.unit))) return false;
  const where = ctx.idx.countryOf(d.to) ?? d.to;
  // A body of no known country ("Panama's National Aeronaval Service") is taken to be the destination's.
  const countryOf = (r: string) => ctx.idx.countryOf(r) ?? (ctx.doc.entities.get(r)?.type === 'Organization' ? where : r);
  return transfers.some((t) => t.supplier === d.from && !!t.recipient && countryOf(t.recipient) === where &&
    t.evidence.start < d.evidence.end && d.evidence.start < t.evidence.end);
}

const FLEETS = new Set(['navy', 'air-force', 'coast-guard']);

/** "The Chinese navy will send the frigate Huainan to Durban": a navy or an air force sending its own ships or aircraft deploys them, it sells nothing. */
function ownFleetSent(ctx: Ctx, t: ArmsTransfer): boolean {
  if (!PLATFORM.test(foldText(t.items.join(' ')))) return false;
  const m = ctx.idx.top[ctx.idx.tokenFrom(t.evidence.start)];
  const e = m ? ctx.doc.entities.get(m.entityId) : undefined;
  return !!e && e.type === 'Organization' && FLEETS.has(e.kind ?? '') && (e.country ?? null) === t.supplier;
}

/**
 * "auprès du brésilien Embraer", "from Turkey's Aselsan": when the supplier read is a country whose demonym or possessive
 * names a company right after it, the company itself is the supplier (the company convention of `companyParty`).
 */
function companyForNationality(ctx: Ctx, t: ArmsTransfer): ArmsTransfer {
  if (!t.supplier || ctx.doc.entities.get(t.supplier)?.type !== 'Country') return t;
  const at = ctx.idx.tokenFrom(t.evidence.start);
  if (at < 0) return t;
  const s = ctx.doc.sentences[ctx.idx.sentenceOf(at)];
  if (!s) return t;
  for (let k = s.t0; k < s.t1; k++) {
    const m = ctx.idx.top[k];
    if (!m || m.t0 !== k || m.entityId !== t.supplier) continue;
    const next = ctx.tokens[m.t1]?.norm === "'s" ? m.t1 + 1 : m.t1;
    const c = ctx.idx.top[next];
    if (c && c.t0 === next && companyParty(ctx, c, s.t0)) return { ...t, supplier: c.entityId };
  }
  return t;
}

export const eventsStage: Stage = {
  name: 'events',
  needs: ['sentences', 'mentions', 'quantities', 'times'],
  adds: ['deployments', 'armsTransfers', 'agreements', 'meetings', 'entities', 'mentions'],
  run(doc: ArticleDoc): ArticleDoc {
    const ctx: Ctx = { doc, idx: indexOf(doc), tokens: doc.tokens, words: doc.lexicon.eventWords[doc.language], borders: new Map(), groups: new Map() };
    const given = armsTransfers(ctx);
    const { seized, superseded } = seizures(ctx, given);
    const transfers = mergeTransfers(ctx, [...given.filter((t) => !superseded.has(t) && !ownFleetSent(ctx, t)), ...seized])
      .map((t, i) => ({ ...companyForNationality(ctx, t), id: `arms-transfer:${i + 1}` }));
    const deps = mergeDeployments(ctx, [...deployments(ctx), ...baseHandovers(ctx)])
      .filter((d) => !handedOver(ctx, d, transfers)).map((d, i) => ({ ...d, id: `deployment:${i + 1}` }));
    const agreements = agreementsIn(doc, ctx.idx, (exclude) => mainCountry(ctx, exclude));
    const meetings = meetingsIn(ctx);
    // Borders only when a deployment goes there, unknown groups only when a seized shipment was bound for them.
    const used = [...ctx.borders.values()].filter((b) => deps.some((d) => d.to === b.entity.id))
      .concat([...ctx.groups.values()].filter((g) => transfers.some((t) => t.recipient === g.entity.id)));
    const entities = used.length ? new Map([...doc.entities, ...used.map((b) => [b.entity.id, b.entity] as const)]) : doc.entities;
    const mentions = used.length ? [...doc.mentions, ...used.flatMap((b) => b.mentions)].sort((a, b) => a.start - b.start) : doc.mentions;
    return {
      ...doc, entities, mentions, deployments: deps, armsTransfers: transfers,
      agreements: agreements.map((a, i) => ({ ...a, id: `agreement:${i + 1}` })),
      meetings: meetings.map((m, i) => ({ ...m, id: `meeting:${i + 1}` })),
    };
  },
};
