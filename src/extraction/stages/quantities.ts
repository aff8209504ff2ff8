import type { Stage, ArticleDoc, QuantityRec } from '../document';
import type { Language, QuantityQualifier } from '../types';
import type { Token } from '../text/tokenize';
import { FUNCTION_WORDS, MONTHS_AND_DAYS } from './words';

/**
 * Quantities in French and English forms: "1.500", "1 500", "1,500", "8 millions",
 * "1,28 million", "four", with their qualifier ("plus de", "jusqu'à", "quelque",
 * "at least", "about") and vague amounts ("des milliers", "thousands").
 */

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
  quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000, douzaine: 12,
};
/** Parts that only occur inside a hyphenated number ("quatre-vingts", "vingt-et-un"). */
const COMPOUND_PARTS: Record<string, number> = { ...WORD_NUMBERS, un: 1, une: 1, vingts: 20, cents: 100, et: 0 };

/**
 * A number written in words, hyphenated compounds included: "dix-neuf", "soixante-dix", "quatre-vingt-douze",
 * "vingt-et-un", "twenty-four". Null for any other word ("un" alone is an article, not a count).
 */
export function wordNumber(norm: string): number | null {
  const simple = WORD_NUMBER.get(norm);
  if (simple !== undefined) return simple;
  if (!norm.includes('-')) return null;
  const parts = norm.split('-');
  let total = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!Object.hasOwn(COMPOUND_PARTS, p)) return null;
    // "quatre-vingts": four twenties; "deux-cents": two hundreds.
    if ((p === 'vingt' || p === 'vingts') && parts[k - 1] === 'quatre') total += 80 - 4;
    else if ((p === 'cent' || p === 'cents' || p === 'hundred') && k > 0) total = total * 100;
    else if (p === 'mille' && k > 0) total = total * 1000;
    else total += COMPOUND_PARTS[p];
  }
  return total > 0 ? total : null;
}
const MULTIPLIERS: Record<string, number> = {
  million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9, thousand: 1e3, mille: 1e3, k: 1e3, m: 1e6, bn: 1e9,
};
/** "une cinquantaine", "une centaine": about that many. */
const APPROX: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
  millier: 1000,
};
const VAGUE: Record<string, QuantityQualifier> = {
  milliers: 'thousands', thousands: 'thousands', centaines: 'hundreds', hundreds: 'hundreds', dizaines: 'dozens', dozens: 'dozens',
  plusieurs: 'several', several: 'several', scores: 'dozens', 'tens of thousands': 'thousands', 'dizaines de milliers': 'thousands',
  'centaines de milliers': 'thousands', 'hundreds of thousands': 'thousands',
};
// Maps of the tables above: looked up for every word of the body (a string key on a plain object costs more).
const WORD_NUMBER = new Map(Object.entries(WORD_NUMBERS));
const MULTIPLIER = new Map(Object.entries(MULTIPLIERS));
const APPROXIMATE = new Map(Object.entries(APPROX));

/** Suffixes glued to a figure that make it an ordinal ("101st", "43e", "2nd", "1er"). */
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'e', 'eme', 'er', 're', 'ere']);

/** Words after which a four-digit figure is a year. */
const YEAR_WORDS = new Set(['des', 'depuis', 'en', 'in', 'since', 'by', 'until', 'till', 'before', 'after', 'avant', 'apres', 'from', 'ici', 'jusqu', 'fin', 'debut', 'mi', 'late', 'early', 'mid', 'of', 'de', 'au', 'to', 'et', 'and', 'annee', 'year', 'printemps', 'ete', 'automne', 'hiver', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** First words of the vague amounts: the only words worth a closer look. */
const VAGUE_FIRST = new Set(['milliers', 'thousands', 'centaines', 'hundreds', 'dizaines', 'dozens', 'plusieurs', 'several', 'scores', 'tens']);
const QUALIFIERS: Array<[string[], QuantityQualifier]> = [
  // "about a dozen", "more than a hundred": the qualifier before the article.
  [['about', 'a'], 'about'], [['around', 'a'], 'about'], [['roughly', 'a'], 'about'], [['nearly', 'a'], 'about'], [['almost', 'a'], 'about'],
  [['more', 'than', 'a'], 'more_than'], [['over', 'a'], 'more_than'], [['at', 'least', 'a'], 'at_least'], [['up', 'to', 'a'], 'up_to'],
  [['pas', 'moins', 'de'], 'at_least'], [['pas', 'moins', "d'"], 'at_least'], [['au', 'moins'], 'at_least'], [['at', 'least'], 'at_least'],
  [['no', 'fewer', 'than'], 'at_least'], [['no', 'less', 'than'], 'at_least'], [['minimum'], 'at_least'], [['a', 'minimum', 'of'], 'at_least'],
  [['plus', 'de'], 'more_than'], [['plus', "d'"], 'more_than'], [['more', 'than'], 'more_than'], [['over'], 'more_than'], [['upwards', 'of'], 'more_than'],
  [['in', 'excess', 'of'], 'more_than'], [['over'], 'more_than'],
  [["jusqu'", 'a'], 'up_to'], [['up', 'to'], 'up_to'], [['as', 'many', 'as'], 'up_to'],
  [['environ'], 'about'], [['quelque'], 'about'], [['pres', 'de'], 'about'], [['pres', "d'"], 'about'], [['about'], 'about'], [['around'], 'about'],
  [['approximately'], 'about'], [['roughly'], 'about'], [['nearly'], 'about'], [['almost'], 'about'], [['some'], 'about'], [['an', 'estimated'], 'about'],
  [['estimated'], 'about'], [['approximativement'], 'about'], [['autour', 'de'], 'about'], [['une', 'centaine', 'de'], 'about'],
  [['moins', 'de'], 'less_than'], [['moins', "d'"], 'less_than'], [['fewer', 'than'], 'less_than'], [['less', 'than'], 'less_than'], [['under'], 'less_than'],
];

/** The separators of a language's figures, as patterns built once (parseNumber runs for every figure). */
interface NumberPatterns {
  thousandsSep: string;
  decimalSep: string;
  groups: RegExp;
  otherGroups: RegExp;
  dec: RegExp;
}
const NUMBER_PATTERNS = new Map<string, NumberPatterns>();

function numberPatterns(language: Language): NumberPatterns {
  let p = NUMBER_PATTERNS.get(language);
  if (!p) {
    const thousandsSep = language === 'fr' ? '.' : ',';
    const decimalSep = language === 'fr' ? ',' : '.';
    p = {
      thousandsSep,
      decimalSep,
      groups: new RegExp(`^\\d{1,3}(?:\\${thousandsSep}\\d{3})+$`),
      // The other convention when unambiguous ("1,500" in French copy of wire figures).
      otherGroups: new RegExp(`^\\d{1,3}(?:\\${decimalSep}\\d{3}){2,}$`),
      dec: new RegExp(`^\\d+\\${decimalSep}\\d+$`),
    };
    NUMBER_PATTERNS.set(language, p);
  }
  return p;
}

/** Reads "1.500", "1 500", "1,500", "1,28", "1.28" by the article's conventions. */
export function parseNumber(raw: string, language: Language): number | null {
  const s = raw.replace(/\s/g, ' ');
  if (/^\d{1,3}(?: \d{3})+$/.test(s)) return Number(s.replace(/ /g, ''));
  if (/^\d+$/.test(s)) return Number(s);
  const { thousandsSep, decimalSep, groups, otherGroups, dec } = numberPatterns(language);
  if (groups.test(s)) return Number(s.split(thousandsSep).join(''));
  if (otherGroups.test(s)) return Number(s.split(decimalSep).join(''));
  if (dec.test(s)) return Number(s.replace(decimalSep, '.'));
  if (/^\d{1,3}[.,]\d{3}$/.test(s)) return Number(s.replace(/[.,]/, ''));
  if (/^\d+[.,]\d+$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

function qualifierBefore(tokens: Token[], i: number): { q: QuantityQualifier; t0: number } | null {
  for (const [words, q] of QUALIFIERS) {
    const n = words.length;
    if (i - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) if (tokens[i - n + k].norm !== words[k]) { ok = false; break; }
    if (ok) return { q, t0: i - n };
  }
  return null;
}

/**
 * `placeEnds`: tokens that end the name of a country or a place ("livré au Pakistan 36 avions"): a figure after them
 * counts; after any other name it is a model ("Dornier 228").
 */
export function extractQuantities(tokens: Token[], text: string, language: Language, placeEnds: ReadonlySet<number> = new Set()): QuantityRec[] {
  const out: QuantityRec[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | null = null;
    let t1 = i + 1;
    let qualifier: QuantityQualifier = 'exact';
    const spelled = t.kind === 'word' ? wordNumber(t.norm) : null;
    if (t.kind === 'number') {
      value = parseNumber(t.norm, language);
      // "March 14", "2024" after a month: dates, not quantities.
      if (value === null) continue;
      // "the 101st Airborne", "le 43e bataillon", "la 102e base": ordinals name, they do not count.
      const next = tokens[i + 1];
      if (next && next.start === t.end && ORDINAL_SUFFIXES.has(next.norm)) continue;
      // "two Dornier 228 maritime patrol aircraft", "a Boeing 737": a bare figure right after a name is its model.
      const prev = tokens[i - 1];
      if (prev && prev.cap && prev.kind === 'word' && prev.end < t.start && /^\d+$/.test(t.norm) && !FUNCTION_WORDS.has(prev.norm) && !placeEnds.has(i - 1) &&
        !MONTHS_AND_DAYS.has(prev.norm) && !qualifierBefore(tokens, i) && i > 1 && tokens[i - 2].kind !== 'punct') continue;
      // "80 000 155mm shells", "des obus de 155 mm": a calibre, not a count.
      if (tokens[i + 1]?.norm === 'mm' || (tokens[i + 1]?.norm === '-' && tokens[i + 2]?.norm === 'mm')) continue;
      // "réceptionné dès 2022 des systèmes", "delivered since 2023 dozens of": a year after a time word counts nothing.
      if (/^(?:19|20)\d\d$/.test(t.norm) && YEAR_WORDS.has(tokens[i - 1]?.norm ?? '')) continue;
    } else if (spelled !== null && !(t.norm === 'cent' && i > 0 && tokens[i - 1].kind === 'number')) {
      value = spelled;
    } else if (t.kind === 'word' && APPROXIMATE.has(t.norm) && i > 0 && ['une', 'un', 'a', 'la', 'les', 'des'].includes(tokens[i - 1].norm)) {
      value = APPROXIMATE.get(t.norm)!;
      // "jusqu'à une vingtaine": the stated bound wins over the approximation.
      const bound = qualifierBefore(tokens, i - 1);
      qualifier = bound && bound.q !== 'about' ? bound.q : 'about';
      const start = bound ? bound.t0 : i - 1;
      out.push({ value, qualifier, text: text.slice(tokens[start].start, t.end), span: { start: tokens[start].start, end: t.end }, t0: start, t1: i + 1 });
      continue;
    } else if (t.kind === 'word') {
      if (!VAGUE_FIRST.has(t.norm)) continue;
      const two = i + 2 < tokens.length ? `${t.norm} ${tokens[i + 1].norm} ${tokens[i + 2].norm}` : '';
      const vague = VAGUE[two] ?? VAGUE[t.norm];
      if (vague) {
        t1 = VAGUE[two] ? i + 3 : i + 1;
        let t0 = i;
        if (i > 0 && ['des', 'de', 'several', 'many', 'plusieurs'].includes(tokens[i - 1].norm)) t0 = i - 1;
        out.push({ value: null, qualifier: vague, text: text.slice(tokens[t0].start, tokens[t1 - 1].end), span: { start: tokens[t0].start, end: tokens[t1 - 1].end }, t0, t1 });
        i = t1 - 1;
      }
      continue;
    } else continue;
    const next = tokens[t1];
    if (next && MULTIPLIER.has(next.norm) && (next.norm.length > 1 || next.start === t.end)) {
      value = Math.round(value * MULTIPLIER.get(next.norm)!);
      t1++;
    }
    // Money ("$500 million", "1,7 milliard d'euros") is not a count of troops or weapons.
    const before = i > 0 ? tokens[i - 1].norm : '';
    const after = tokens[t1]?.norm ?? '';
    if (before === '$' || before === '€' || before === '£' || /^(?:dollars?|euros?|kroner|roubles?|rubles?|hryvnias?|usd|eur)$/.test(after) ||
      (after === "d'" && /^euros?$/.test(tokens[t1 + 1]?.norm ?? '')) || (after === 'de' && /^dollars?$/.test(tokens[t1 + 1]?.norm ?? ''))) {
      i = t1 - 1;
      continue;
    }
    // "a 5,000-strong brigade", "une force forte de 2.000 hommes": the figure counts the unit.
    if (tokens[t1]?.norm === '-' && (tokens[t1 + 1]?.norm === 'strong' || tokens[t1 + 1]?.norm === 'man') && tokens[t1].start === tokens[t1 - 1].end) t1 += 2;
    let t0 = i;
    const q = qualifierBefore(tokens, i);
    if (q) {
      qualifier = q.q;
      t0 = q.t0;
    }
    out.push({ value, qualifier, text: text.slice(tokens[t0].start, tokens[t1 - 1].end), span: { start: tokens[t0].start, end: tokens[t1 - 1].end }, t0, t1 });
    i = t1 - 1;
  }
  return mergeRanges(out, tokens, text);
}

const RANGE_OPEN = new Set(['entre', 'between', 'de', 'from']);
const RANGE_JOIN = new Set(['et', 'and', 'a', 'to', '-']);

/**
 * "entre 1 800 et 2 000 militaires", "between 1,800 and 2,000 troops": one count, its upper
 * bound with up_to (the sources agree on no more than that), spanning both figures.
 */
export function mergeRanges(list: QuantityRec[], tokens: Token[], text: string): QuantityRec[] {
  const out: QuantityRec[] = [];
  for (const q of list) {
    const prev = out[out.length - 1];
    const joined = prev && prev.value !== null && q.value !== null && q.t0 === prev.t1 + 1 && RANGE_JOIN.has(tokens[prev.t1].norm) && prev.value < q.value;
    const opened = joined && (RANGE_OPEN.has(tokens[prev.t0 - 1]?.norm ?? '') || tokens[prev.t1].norm === '-' || tokens[prev.t1].norm === 'to');
    if (prev && joined && opened) {
      const t0 = RANGE_OPEN.has(tokens[prev.t0 - 1]?.norm ?? '') ? prev.t0 - 1 : prev.t0;
      out[out.length - 1] = { value: q.value, qualifier: 'up_to', text: text.slice(tokens[t0].start, q.span.end), span: { start: tokens[t0].start, end: q.span.end }, t0, t1: q.t1 };
    } else out.push(q);
  }
  return out;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['tokens', 'language', 'mentions', 'entities'],
  adds: ['quantities'],
  run(doc: ArticleDoc): ArticleDoc {
    const placeEnds = new Set<number>();
    for (const m of doc.mentions) {
      const type = doc.entities.get(m.entityId)?.type;
      if (type === 'Country' || type === 'Location') placeEnds.add(m.t1 - 1);
    }
    return { ...doc, quantities: extractQuantities(doc.tokens, doc.text, doc.language, placeEnds) };
  },
};
