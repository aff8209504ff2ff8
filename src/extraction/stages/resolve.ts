import type { Stage, ArticleDoc, MentionRec } from '../document';

/**
 * Entity resolution: a capital after a locative preposition ("in Kyiv", "près de
 * Moscou", a dateline) is the city; elsewhere it stands for its state ("Moscou et
 * Pyongyang ont renforcé leurs liens"). Every other mention already points at
 * its entity.
 */

const LOCATIVE_EN = new Set(['off', 'in', 'near', 'at', 'outside', 'around', 'inside', 'across', 'over']);
const LOCATIVE_FR = new Set(['dans', 'pres', 'autour', 'depuis', 'vers']);
const MOVE_VERBS_FR = /^(?:livr|envoy|fourni|export|transf|ced|vend|achemin|donn|aid|soutien|sout|offert|offr|promi|garanti|accord(?!s?$)|apport|command|achet|rachet)/;

/** Meetings and deals named after the city where they were held: "l'accord de Pretoria", "the Minsk agreements". */
const NAMED_AFTER_FR = new Set(['accord', 'accords', 'traite', 'sommet', 'conference', 'processus', 'pourparlers', 'protocole', 'declaration']);
const NAMED_AFTER_EN = new Set(['agreement', 'agreements', 'accord', 'accords', 'talks', 'summit', 'process', 'format', 'declaration', 'protocol', 'conference']);

/** Nouns whose "of X" / "de X" complement is a place ("the port of Conakry", "la base ... de N'Djamena"); an airport is a place of its own. */
const PLACE_NOUNS = new Set(['port', 'base', 'camp', 'city', 'town', 'ville', 'quartier', 'streets', 'rues', 'centre', 'center', 'outskirts', 'banlieue', 'capitale', 'suburbs', 'peripherie', 'environs']);

const BASE_NOUNS = new Set(['base', 'camp']);

const DATELINE_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const DRC = 'country:CD';
const ROC = 'country:CG';

/**
 * A bare "Congo" is the Democratic Republic of the Congo in English copy (Reuters and AP style) and
 * in any article that names the DRC itself, unless the text marks the other Congo ("Brazzaville",
 * "Republic of the Congo" written out).
 */
function congoIsDrc(doc: ArticleDoc, mentions: MentionRec[], entities: ArticleDoc['entities']): void {
  const bare = (m: MentionRec) => m.entityId === ROC && /^congo$/i.test(doc.body.slice(m.start, m.end).replace(/^(?:the|le|du|au)\s+/i, ''));
  if (!mentions.some(bare)) return;
  if (mentions.some((m) => m.entityId === ROC && !bare(m)) || /brazzaville/i.test(doc.body)) return;
  if (doc.language !== 'en' && !mentions.some((m) => m.entityId === DRC)) return;
  for (let k = 0; k < mentions.length; k++) if (bare(mentions[k])) mentions[k] = { ...mentions[k], entityId: DRC };
  const lex = doc.lexicon.entities.get(DRC);
  if (lex && !entities.has(DRC)) entities.set(DRC, { id: DRC, name: lex.name, type: 'Country', confidence: 0.85 });
}

const ANAPHOR_ARTICLES = new Set(['the', 'this', 'le', 'la', "l'", 'du', 'au', 'ce', 'cet', 'cette']);
const NAMED_BY = new Set(['of', 'de', "d'", 'du', 'des']);
const ISLAND_NAME = /\b(?:island|islands|isle|île|îles)\b/i;
const ISLAND_WORDS = new Set(['island', 'islands', 'isle', 'ile', 'iles']);

/**
 * "Pakistan will send 1,500 troops to the kingdom", "la vente au royaume de 600 missiles", "au large de l'île":
 * a noun that fits some countries (anaphors.json) stands for the one of them named last. Not "the Kingdom of
 * Bahrain" or "le Royaume-Uni", which name theirs; and not an island when an island place was named since.
 */
function countryAnaphors(doc: ArticleDoc, mentions: MentionRec[], entities: ArticleDoc['entities']): MentionRec[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.t0, m.t1);
  const added: MentionRec[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] || !ANAPHOR_ARTICLES.has(tokens[i - 1].norm)) continue;
    const hit = doc.lexicon.countryAnaphors.match(tokens, i);
    if (!hit) continue;
    const end = i + hit.tokens.length;
    // "the Kingdom of Bahrain", "the Hermit Kingdom" name their own; "au royaume de 600 missiles" does not.
    const named = (k: number) => !!tokens[k]?.cap && tokens[k].kind === 'word';
    if (covered[end - 1] || named(end) || (NAMED_BY.has(tokens[end]?.norm ?? '') && (named(end + 1) || named(end + 2)))) continue;
    const island = ISLAND_WORDS.has(hit.tokens[0]);
    let target: string | null = null;
    for (let k = mentions.length - 1; k >= 0 && !target; k--) {
      const e = mentions[k].t1 <= i && !mentions[k].nested ? entities.get(mentions[k].entityId) : undefined;
      if (!e) continue;
      if (e.type === 'Country' && hit.payload.has(e.id)) target = e.id;
      // "Kinmen Island", "l'île de Gotland": an island place named since is the island meant.
      else if (e.type === 'Location' && island && (ISLAND_NAME.test(e.name) || ISLAND_WORDS.has(tokens[mentions[k].t1]?.norm ?? '') || ISLAND_WORDS.has(tokens[mentions[k].t0 - 2]?.norm ?? ''))) break;
    }
    if (target) added.push({ t0: i, t1: end, start: tokens[i].start, end: tokens[end - 1].end, entityId: target, form: 'anaphor' });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

export const resolveStage: Stage = {
  name: 'resolve',
  needs: ['mentions', 'entities', 'tokens'],
  adds: ['mentions', 'entities'],
  run(doc: ArticleDoc): ArticleDoc {
    const { tokens } = doc;
    const entities = new Map(doc.entities);
    const mentions: MentionRec[] = doc.mentions.map((m) => {
      if (m.form !== 'capital' && m.form !== 'location') return m;
      const locationId = (m as MentionRec & { locationId?: string }).locationId;
      if (!locationId) return m;
      let asPlace = m.form === 'location';
      const prev = m.t0 > 0 ? tokens[m.t0 - 1].norm : '';
      const prev2 = m.t0 > 1 ? tokens[m.t0 - 2].norm : '';
      if (doc.language === 'en' && LOCATIVE_EN.has(prev)) asPlace = true;
      if (doc.language === 'fr') {
        if (LOCATIVE_FR.has(prev) || (prev === 'de' && prev2 === 'pres')) asPlace = true;
        if (prev === 'a') {
          let moved = false;
          // "a livré une centaine de Caesar à Kiev": the verb may sit a few words before its object.
          for (let k = Math.max(0, m.t0 - 6); k < m.t0 - 1; k++) if (MOVE_VERBS_FR.test(tokens[k].norm)) moved = true;
          asPlace = !moved;
        }
      }
      // "le fragile accord de Pretoria" (not "avec l'accord de Moscou", its consent), "the Minsk agreements": the city.
      if ((prev === 'de' || prev === "d'") && NAMED_AFTER_FR.has(prev2) && ![3, 4, 5].some((d) => ['avec', 'sans'].includes(tokens[m.t0 - d]?.norm ?? ''))) asPlace = true;
      if (doc.language === 'en' && NAMED_AFTER_EN.has(tokens[m.t1]?.norm ?? '')) asPlace = true;
      // "the Pyongyang area", "Moscow's outskirts": the city.
      if (['area', 'region', 'outskirts', 'suburbs', 'airport', 'banlieue'].includes(tokens[m.t1]?.norm ?? '')) asPlace = true;
      // "a London-based think tank", "une ONG basée à Dakar" (the latter by "à"): where something sits.
      if (/^-bas[eé]/i.test(doc.body.slice(m.end, m.end + 6))) asPlace = true;
      // "the port of Conakry", "la base aérienne Sergent-Adji-Kossei de N'Djamena": a place's complement.
      if (prev === 'of' || prev === 'de' || prev === "d'") {
        // "la base de Niamey" stays the state (a deployment to Niger); a base with a name of its own is in the city.
        for (let k = Math.max(0, m.t0 - 5); k < m.t0 - 1; k++) {
          if (PLACE_NOUNS.has(tokens[k].norm) && !(BASE_NOUNS.has(tokens[k].norm) && k === m.t0 - 2)) asPlace = true;
        }
      }
      // Capitals in a dateline ("KYIV, March 14", "BEIRUT/JERUSALEM, Oct 15") are places.
      if (tokens[m.t0].upper) {
        let k = m.t1;
        while (k < tokens.length && tokens[k].norm !== ',' && k - m.t1 < 4 && (tokens[k].upper || tokens[k].norm === '/' || (['and', 'et'].includes(tokens[k].norm) && tokens[k + 1]?.upper))) k++;
        const lineStart = doc.text.lastIndexOf('\n', m.start) + 1;
        // "NEW DELHI and ISLAMABAD —": two cities in one dateline.
        const dash = !!tokens[k] && (tokens[k].norm === '—' || tokens[k].norm === '–' || (tokens[k].norm === '-' && tokens[k].start > tokens[k - 1].end));
        // "ISLAMABAD/NEW DELHI" alone on its line, above the body.
        const lineEnds = k === tokens.length || doc.text.slice(tokens[k - 1].end, tokens[k].start).includes('\n');
        const ends = tokens[k]?.norm === ',' || dash || lineEnds;
        if (ends && /^(?:[A-Z\u00C0-\u00DD .'/-]|\b(?:and|et)\b)*$/.test(doc.text.slice(lineStart, m.start))) asPlace = true;
      }
      // A sentence-initial capital followed by a comma is a dateline ("KYIV, March 14"), and so is one
      // before a credit or a dash ("WASHINGTON (AP) —", "WASHINGTON —").
      if (m.t0 === 0 || /\n/.test(doc.text.slice(Math.max(0, m.start - 2), m.start))) {
        const next = tokens[m.t1]?.norm ?? '';
        if ((next === ',' || next === '(' || next === '—' || next === '–' || (next === '-' && tokens[m.t1].start > m.end)) && tokens[m.t0].upper) asPlace = true;
      }
      // "Nadia Al Faour Riyadh Sep 24, 2026", "KYIV March 14": a capital right before a date is where the story was filed.
      if (DATELINE_MONTHS.has(tokens[m.t1]?.norm ?? '') && tokens[m.t1 + 1]?.kind === 'number' && !doc.text.slice(m.end, tokens[m.t1].start).includes('\n')) asPlace = true;
      // A byline's place line: the capital alone on its line, above the date ("Nadia Al Faour / Riyadh / Sep 24, 2026").
      const lineStart = doc.text.lastIndexOf('\n', m.start) + 1;
      const lineEnd = doc.text.indexOf('\n', m.end);
      if (lineEnd > 0 && !doc.text.slice(lineStart, m.start).trim() && !doc.text.slice(m.end, lineEnd).trim() &&
        /^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}\b|\d{1,2}[ /.])/.test(doc.text.slice(lineEnd + 1, lineEnd + 20))) asPlace = true;
      if (!asPlace) return { ...m, form: 'capital' as const };
      const lexPlace = doc.lexicon.entities.get(locationId);
      if (lexPlace && !entities.has(locationId)) {
        entities.set(locationId, { id: locationId, name: lexPlace.name, type: 'Location', country: lexPlace.country ?? null, confidence: 0.85 });
      }
      return { ...m, entityId: locationId, form: 'location' as const };
    });
    congoIsDrc(doc, mentions, entities);
    const withAnaphors = countryAnaphors(doc, mentions, entities);
    // Drop entities no mention points at (a capital that always meant its state, say).
    const used = new Set(mentions.map((m) => m.entityId));
    for (const id of [...entities.keys()]) if (!used.has(id)) entities.delete(id);
    return { ...doc, mentions: withAnaphors, entities };
  },
};
