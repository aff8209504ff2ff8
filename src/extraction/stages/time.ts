import * as chrono from 'chrono-node';
import type { Stage, ArticleDoc, TimeRec } from '../document';
import type { DatePrecision } from '../types';

/**
 * Dates with chrono-node (fr/en) plus what it misses: "depuis août 2023", "fin
 * 2023", "en juin", "d'ici juillet", "l'année dernière", "last week", "by the end
 * of the year". Everything is resolved against the publication date with its
 * precision kept; with no publication date the latest full date in the text is
 * used, and relative expressions without any anchor are dropped.
 */

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const M = Object.keys(MONTHS).join('|');

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

function iso(value: { y: number; m?: number; d?: number }): { value: string; precision: DatePrecision } {
  if (value.d && value.m) return { value: `${value.y}-${pad(value.m)}-${pad(value.d)}`, precision: 'day' };
  if (value.m) return { value: ym(value.y, value.m), precision: 'month' };
  return { value: String(value.y), precision: 'year' };
}

interface Custom {
  re: RegExp;
  /** Words every match contains (one of them): without any in the text, the pattern is not run. */
  needs?: readonly string[];
  build(m: RegExpExecArray, ref: Date | null, published: string | null): Omit<TimeRec, 'span' | 'text'> | null;
}

function pastMonth(month: number, ref: Date): { y: number; m: number } {
  const y = ref.getUTCFullYear();
  return { y: month <= ref.getUTCMonth() + 1 ? y : y - 1, m: month };
}
function futureMonth(month: number, ref: Date): { y: number; m: number } {
  const y = ref.getUTCFullYear();
  return { y: month >= ref.getUTCMonth() + 1 ? y : y + 1, m: month };
}

const CUSTOM: Custom[] = [
  {
    // "en décembre 2024", "dès novembre 2024" (chrono-node's French parser needs a day); not "3 novembre 2024".
    // The word boundary comes before the look-behind: both only look, and the boundary fails faster at most places.
    re: new RegExp(`\\b(?<!\\d(?:er)? )(${M}) (\\d{4})\\b`, 'g'),
    build: (m) => ({ ...iso({ y: Number(m[2]), m: MONTHS[m[1]] }), dayLike: false }),
  },
  {
    // "en 2023", "au cours de l'année 2024": a year alone, which chrono-node's French parser misses.
    // "in 2023", "in early 2024" too: chrono-node's English parser wants a month with the year.
    re: /\b(?:en|l'annee|in(?: (?:early|late|mid-?))?) ((?:19|20)\d\d)\b(?![\d,.]| ?%| ?(?:euros?|dollars?|km|soldats|hommes|militaires|troops|soldiers))/g,
    build: (m) => ({ value: m[1], precision: 'year', dayLike: false }),
  },
  {
    // depuis août 2023, depuis 2022, since August 2023, since 2022
    re: new RegExp(`\\b(?:depuis|since)(?: (?:le )?(?:debut|start|the start of|le mois d'|mi-))?(?: (${M}))? (\\d{4})\\b`, 'g'),
    build: (m, _ref, published) => {
      const y = Number(m[2]);
      const start = iso({ y, m: m[1] ? MONTHS[m[1]] : undefined });
      return { ...start, end: published, endPrecision: published ? (published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year') : null, dayLike: false };
    },
  },
  {
    // fin 2023, début 2024, late 2023, early 2024, mid-2024, end of 2023
    re: new RegExp(`\\b(?:fin|debut|mi-|courant|late|early|mid-|end of|the end of|la fin de|au debut de|a la fin de)(?: (${M}))? ?(\\d{4})\\b`, 'g'),
    build: (m) => ({ ...iso({ y: Number(m[2]), m: m[1] ? MONTHS[m[1]] : undefined }), dayLike: false }),
  },
  {
    // fin février, début mars, late March, early June: the last such month.
    re: new RegExp(`\\b(?:fin|debut|mi-|late|early|mid-)(?: de)? ?(${M})\\b(?! \\d)`, 'g'),
    build: (m, ref) => {
      if (!ref) return null;
      const p = pastMonth(MONTHS[m[1]], ref);
      return { ...iso({ y: p.y, m: p.m }), dayLike: false };
    },
  },
  {
    // d'ici juillet, by July, d'ici la fin de l'année, by the end of the year
    re: new RegExp(`\\b(?:d'ici|by|avant)(?: la fin (?:de l'annee|de l'an)| the end of the year| (${M}))\\b`, 'g'),
    build: (m, ref) => {
      if (!ref) return null;
      if (m[1]) {
        const f = futureMonth(MONTHS[m[1]], ref);
        return { ...iso({ y: f.y, m: f.m }), dayLike: false };
      }
      return { value: ymd(ref), precision: 'day', end: `${ref.getUTCFullYear()}-12-31`, endPrecision: 'day', dayLike: false };
    },
  },
  {
    // en juin, au mois de juin, (in June is handled by chrono)
    re: new RegExp(`\\b(?:en|au mois de|courant) (${M})\\b(?! \\d)`, 'g'),
    build: (m, ref) => {
      if (!ref) return null;
      const p = pastMonth(MONTHS[m[1]], ref);
      return { ...iso({ y: p.y, m: p.m }), dayLike: false };
    },
  },
  {
    // "said this morning", "a déclaré ce matin": the publication day.
    re: /\b(?:this morning|this afternoon|this evening|tonight|earlier today|ce matin|cet apres-midi|ce soir|aujourd'hui)\b/g,
    needs: ['this ', 'tonight', 'today', 'ce matin', 'cet apres-midi', 'ce soir', "aujourd'hui"],
    build: (_m, ref) => (ref ? { value: ymd(ref), precision: 'day', dayLike: true } : null),
  },
  {
    re: /\b(?:l'annee (?:derniere|passee)|l'an (?:dernier|passe)|last year)\b/g,
    needs: ["l'an", 'last year'],
    build: (_m, ref) => (ref ? { value: String(ref.getUTCFullYear() - 1), precision: 'year', dayLike: false } : null),
  },
  {
    re: /\b(?:cette annee|this year|earlier this year)\b/g,
    needs: ['cette annee', 'this year'],
    build: (_m, ref) => (ref ? { value: String(ref.getUTCFullYear()), precision: 'year', dayLike: false } : null),
  },
  {
    re: /\b(?:le mois (?:dernier|passe)|last month)\b/g,
    needs: ['le mois ', 'last month'],
    build: (_m, ref) => {
      if (!ref) return null;
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1));
      return { value: ym(d.getUTCFullYear(), d.getUTCMonth() + 1), precision: 'month', dayLike: false };
    },
  },
  {
    re: /\b(?:la semaine (?:derniere|passee)|last week)\b/g,
    needs: ['la semaine ', 'last week'],
    build: (_m, ref) => {
      if (!ref) return null;
      const dow = (ref.getUTCDay() + 6) % 7; // Monday = 0
      const monday = new Date(ref.getTime() - (dow + 7) * 86400000);
      const sunday = new Date(monday.getTime() + 6 * 86400000);
      return { value: ymd(monday), precision: 'day', end: ymd(sunday), endPrecision: 'day', dayLike: false };
    },
  },
  {
    // "le week-end dernier", "last weekend": the Saturday and Sunday of the week before; "over the weekend", "ce week-end",
    // "this weekend": the latest Saturday and Sunday, the publication day included (news reports a weekend gone by).
    re: /\b(?:(le week-end dernier|le week-end passe|last weekend|last week-end)|(?:over the weekend|this weekend|ce week-end|ce dernier week-end|durant le week-end|pendant le week-end))\b/g,
    needs: ['week'],
    build: (m, ref) => {
      if (!ref) return null;
      const dow = (ref.getUTCDay() + 6) % 7; // Monday = 0
      const thisMonday = new Date(ref.getTime() - dow * 86400000);
      const back = m[1] || dow < 5 ? 7 : 0;
      const saturday = new Date(thisMonday.getTime() + (5 - back) * 86400000);
      const sunday = new Date(saturday.getTime() + 86400000);
      return { value: ymd(saturday), precision: 'day', end: ymd(sunday), endPrecision: 'day', dayLike: false };
    },
  },
];

function precisionOf(c: chrono.ParsedComponents): { precision: DatePrecision; dayLike: boolean } | null {
  if (c.isCertain('day') || c.isCertain('weekday')) return { precision: 'day', dayLike: true };
  if (c.isCertain('month')) return { precision: 'month', dayLike: false };
  if (c.isCertain('year')) return { precision: 'year', dayLike: false };
  return null;
}

function valueAt(c: chrono.ParsedComponents, precision: DatePrecision): string {
  let y = c.get('year');
  let m = c.get('month');
  let day = c.get('day');
  // chrono implies the components it was not told, so its date (two Date objects) is rarely needed.
  if (y == null || m == null || day == null) {
    const d = c.date();
    y ??= d.getFullYear();
    m ??= d.getMonth() + 1;
    day ??= d.getDate();
  }
  if (precision === 'day') return `${y}-${pad(m)}-${pad(day)}`;
  if (precision === 'month') return ym(y, m);
  return String(y);
}

const FIXED_REF = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * chrono-node's ENEndOfPeriodRefiner ("end of March") matches /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/
 * against all the text before each date: a scan of the body per date. A match ends in "of" or "the"
 * and white space, so only the dates with such text right before them can match; the refiner is
 * given those alone and decides for them as before (it changes each date on its own, in place).
 */
export function mayFollowEndOf(text: string, index: number): boolean {
  let j = index;
  while (j > 0 && /\s/.test(text[j - 1])) j--;
  if (j === index) return false;
  const word = text.slice(Math.max(0, j - 3), j).toLowerCase();
  return word.endsWith('of') || word.endsWith('the');
}

function withEndOfPeriodPrefilter(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      refiner.refine(context, results.filter((r) => mayFollowEndOf(context.text, r.index)));
      return results;
    },
  };
}

/** chrono-node's casual English parser (a copy: the shared one is left as it is), with the prefilter above. */
const EN = ((): chrono.Chrono => {
  const parser = chrono.en.casual.clone();
  parser.refiners = parser.refiners.map((r) => (r.constructor.name === 'ENEndOfPeriodRefiner' ? withEndOfPeriodPrefilter(r) : r));
  return parser;
})();

function runChrono(doc: ArticleDoc, ref: Date): chrono.ParsedResult[] {
  const parser = doc.language === 'fr' ? chrono.fr : EN;
  const results = parser.parse(doc.text, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!results.some((r) => r.text.includes('\n'))) return results;
  // "16h30\n\nLundi soir, ...": a live blog's timestamp joined to the date opening the next paragraph. Each line is read alone.
  const out: chrono.ParsedResult[] = [];
  for (const r of results) {
    if (!r.text.includes('\n')) { out.push(r); continue; }
    let offset = 0;
    for (const line of r.text.split('\n')) {
      if (line.trim()) {
        for (const p of parser.parse(line, { instant: ref, timezone: 0 }, { forwardDate: false })) {
          (p as { index: number }).index = r.index + offset + p.index;
          out.push(p);
        }
      }
      offset += line.length + 1;
    }
  }
  return out;
}

export function extractTimes(doc: ArticleDoc): { times: TimeRec[]; reference: Date | null; inferred: boolean } {
  let reference = doc.reference;
  let inferred = false;
  let results: chrono.ParsedResult[];
  if (reference) results = runChrono(doc, reference);
  else {
    // No publication date: anchor on the latest full date the text gives.
    results = runChrono(doc, FIXED_REF);
    let latest: Date | null = null;
    for (const r of results) {
      if (r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
        const d = r.start.date();
        if (!latest || d > latest) latest = d;
      }
    }
    if (latest) {
      reference = new Date(Date.UTC(latest.getFullYear(), latest.getMonth(), latest.getDate(), 12));
      inferred = true;
      results = runChrono(doc, reference);
    } else results = results.filter((r) => r.start.isCertain('year'));
  }
  const times: TimeRec[] = [];
  for (const r of results) {
    const p = precisionOf(r.start);
    if (!p) continue;
    // A bare four-digit number is a year only in a date context; chrono already requires one.
    const text = r.text.trimEnd().replace(/[,.]$/, '');
    // "mer", "sam", "mar" alone are words far more often than weekday abbreviations.
    if (text.length <= 4 && !/\d/.test(text) && !r.start.isCertain('month')) continue;
    // "was now a direct party", "right now": a state of affairs, not a date.
    if (/^(?:right )?now$|^maintenant$/i.test(text)) continue;
    // "dans les prochaines semaines", "les prochains jours": a vague span ahead, not the day a week from now.
    if (/\bprochain(?:e?s)\b/i.test(text) && /\b(?:semaines|jours|mois|ann[ée]es)\b/i.test(text)) continue;
    const start = r.index;
    const end = start + text.length;
    // "la livraison de huit hélicoptères": "huit h" read as an hour ends inside a word, so it is no time.
    if (/\p{L}/u.test(doc.body[end] ?? '')) continue;
    // "took delivery in April of 40 armoured vehicles": a figure after "of" is a count, not the year '40.
    if (/\bof \d{2}$/.test(text)) continue;
    // A weekday alone ("on Friday") in news copy is the last such day, never a later one.
    let value = valueAt(r.start, p.precision);
    // A month without a year ("released in July", published in February) is the last such month.
    if (reference && p.precision === 'month' && r.start.isCertain('month') && !r.start.isCertain('year')) {
      const [vy, vm] = value.split('-').map(Number);
      const ry = reference.getUTCFullYear();
      const rm = reference.getUTCMonth() + 1;
      if (vy > ry || (vy === ry && vm > rm)) value = `${vy - 1}-${pad(vm)}`;
    }
    if (reference && r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      const d = r.start.date();
      const ahead = (d.getTime() - reference.getTime()) / 86400000;
      if (ahead > 0.5 && ahead < 7.5 && !/\b(?:next|prochain)\b/i.test(r.text)) {
        const back = new Date(d.getTime() - 7 * 86400000);
        value = `${back.getFullYear()}-${pad(back.getMonth() + 1)}-${pad(back.getDate())}`;
      }
    }
    const rec: TimeRec = { value, precision: p.precision, dayLike: p.dayLike, text: doc.body.slice(start, end), span: { start, end } };
    if (r.end) {
      const pe = precisionOf(r.end) ?? p;
      rec.end = valueAt(r.end, pe.precision);
      rec.endPrecision = pe.precision;
    }
    times.push(rec);
  }
  const published = doc.published?.value ?? (inferred && reference ? ymd(reference) : null);
  for (const c of CUSTOM) {
    if (c.needs && !c.needs.some((w) => doc.folded.includes(w))) continue;
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(doc.folded)) !== null) {
      const built = c.build(m, reference, published);
      if (!built) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      // The custom reading wins over chrono's on the same words.
      for (let k = times.length - 1; k >= 0; k--) {
        if (times[k].span.start < span.end && span.start < times[k].span.end) times.splice(k, 1);
      }
      times.push({ ...built, text: doc.body.slice(span.start, span.end), span });
    }
  }
  times.sort((a, b) => a.span.start - b.span.start);
  // "ce jour-là", "le même jour", "that day": the last day named before in the text.
  const anaphors: TimeRec[] = [];
  const SAME_DAY = /\b(?:ce jour-la|ce meme jour|le meme jour|that day|that same day|the same day|on the same day|that (?:evening|night|morning|afternoon)|later that day|ce soir-la|le soir meme|le soir-meme|ce matin-la)\b/g;
  let a: RegExpExecArray | null;
  // Words every match contains (one of them): without any, the pattern is not run.
  const sameDayWords = ['jour', 'that ', 'same day', 'soir', 'ce matin-la'];
  const mayName = sameDayWords.some((w) => doc.folded.includes(w));
  while (mayName && (a = SAME_DAY.exec(doc.folded)) !== null) {
    const start = a.index;
    const before = times.filter((t) => t.span.end <= start && t.dayLike && t.precision === 'day' && !t.end);
    const last = before[before.length - 1];
    if (!last || times.some((t) => t.span.start < start + a![0].length && start < t.span.end)) continue;
    anaphors.push({ value: last.value, precision: 'day', dayLike: true, text: doc.body.slice(start, start + a[0].length), span: { start, end: start + a[0].length } });
  }
  if (anaphors.length) {
    times.push(...anaphors);
    times.sort((x, y) => x.span.start - y.span.start);
  }
  return { times, reference, inferred };
}

export const timeStage: Stage = {
  name: 'time',
  needs: ['text', 'folded', 'language', 'reference'],
  adds: ['times', 'reference'],
  run(doc: ArticleDoc): ArticleDoc {
    if (doc.text.trim().length === 0) return doc;
    try {
      const { times, reference, inferred } = extractTimes(doc);
      const diagnostics = inferred
        ? [...doc.diagnostics, { stage: 'time', severity: 'info' as const, message: `no publication date: relative dates resolved against ${reference?.toISOString().slice(0, 10)}, the latest full date in the text` }]
        : doc.diagnostics;
      return { ...doc, times, reference, diagnostics };
    } catch (error) {
      return { ...doc, diagnostics: [...doc.diagnostics, { stage: 'time', severity: 'warning', message: `date parsing failed: ${(error as Error).message}` }] };
    }
  },
};
