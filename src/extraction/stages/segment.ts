import type { Stage, ArticleDoc, Paragraph, Sentence, ParagraphKind } from '../document';
import { tokenize } from '../text/tokenize';
import { isLetter } from '../text/letters';

/**
 * Paragraphs (lines), tokens and sentences. A line without final punctuation is a
 * heading (titles, subheads, boilerplate) unless it starts with a teaser marker
 * ("Lire aussi", "Read more"): teasers quote other articles and are kept apart.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'st', 'm', 'mm', 'mme', 'no', 'vs', 'etc', 'jan', 'feb', 'aug',
  'sept', 'sep', 'oct', 'nov', 'dec', 'rep', 'sen', 'gov', 'maj', 'capt', 'adm', 'cdt', 'pr', 'p', 'ex', 'jr', 'inc', 'corp', 'co',
]);

/** A lower-case letter followed by a capital: words glued together ("Lire aussiRDC"). Built once: tsx compiles a `\p{…}` literal into a `new RegExp` at each call. */
const GLUED = /\p{Ll}\p{Lu}/u;

function paragraphKind(doc: ArticleDoc, start: number, end: number): ParagraphKind {
  const line = doc.folded.slice(start, end).trim();
  const tokens = tokenize(line.slice(0, 40), line.slice(0, 40));
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    if (doc.lexicon.teaser.match(tokens, 0, (e) => e.tokens.length === n)) return 'teaser';
  }
  // "Lire aussiRDC : ...", "Read moreUkraine ...": a teaser marker glued to the title it introduces (scraped link text).
  const original = doc.text.slice(start, end).trim().slice(0, 40);
  const glued = GLUED.exec(original.slice(0, 24));
  if (glued) {
    const at = glued.index + 1;
    const spaced = tokenize(`${line.slice(0, at)} ${line.slice(at, 40)}`, `${original.slice(0, at)} ${original.slice(at)}`);
    for (let n = Math.min(3, spaced.length); n >= 1; n--) {
      if (doc.lexicon.teaser.match(spaced, 0, (e) => e.tokens.length === n) && spaced[n - 1].end <= at) return 'teaser';
    }
  }
  const last = line[line.length - 1];
  // A line ending in a closing double quote is a quoted sentence; a single quote closes a headline ('fabrication').
  if (!/[.!?…")]/.test(last ?? '') && line.length < 250) return 'heading';
  return 'body';
}

/**
 * Words (/\p{L}[\p{L}'’-]*\/u) of more than three code units in text[start, end), a line (no word
 * crosses its ends), and how many of them are capitalised.
 */
export function longWords(text: string, start: number, end: number): { capitalised: number; long: number } {
  let capitalised = 0;
  let long = 0;
  let i = start;
  while (i < end) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isLetter(cp)) {
      i += width;
      continue;
    }
    let j = i + width;
    while (j < end) {
      const c = text.codePointAt(j)!;
      if (c === 39 || c === 0x2019 || c === 45 || isLetter(c)) j += c > 0xffff ? 2 : 1;
      else break;
    }
    if (j - i > 3) {
      long++;
      if (text[i] !== text[i].toLowerCase()) capitalised++;
    }
    i = j;
  }
  return { capitalised, long };
}

export const segmentStage: Stage = {
  name: 'segment',
  needs: ['text', 'folded'],
  adds: ['paragraphs', 'tokens', 'sentences'],
  run(doc: ArticleDoc): ArticleDoc {
    const paragraphs: Paragraph[] = [];
    const re = /[^\n]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text)) !== null) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (end > start) {
        const { capitalised, long } = longWords(doc.text, start, end);
        paragraphs.push({ start, end, kind: paragraphKind(doc, start, end), titleCase: long >= 3 && capitalised / long > 0.7 });
      }
    }
    const tokens = tokenize(doc.folded, doc.text);
    const sentences: Sentence[] = [];
    let p = 0;
    let sStart = -1;
    let sT0 = 0;
    const close = (t1: number) => {
      if (sStart < 0) return;
      const end = tokens[t1 - 1].end;
      sentences.push({ start: sStart, end, paragraph: p, t0: sT0, t1 });
      sStart = -1;
    };
    // Inside an open quotation a full stop does not end the sentence: the quote belongs to its attribution.
    let inQuote = false;
    let quoteOpenedAt = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      while (p < paragraphs.length && t.start >= paragraphs[p].end) {
        close(i);
        p++;
        inQuote = false;
      }
      if (t.norm === '"' && !(i > 0 && /[.!?…]/.test(tokens[i - 1].norm) && tokens[i - 1].end === t.start && !inQuote)) {
        inQuote = !inQuote;
        if (inQuote) quoteOpenedAt = i;
      }
      // An unbalanced quote does not swallow more than a few sentences.
      if (inQuote && i - quoteOpenedAt > 120) inQuote = false;
      if (sStart < 0) {
        sStart = t.start;
        sT0 = i;
      }
      const closingQuote = t.norm === '"' && i > 0 && /[.!?…]/.test(tokens[i - 1].norm) && tokens[i - 1].end === t.start;
      if (t.kind === 'punct' && (/[.!?…]/.test(t.norm) || closingQuote)) {
        const next = tokens[i + 1];
        if (!next) continue;
        const spaced = doc.text.charCodeAt(t.end) === 32 || doc.text.charCodeAt(t.end) === 10;
        const prev = tokens[i - 1];
        if (!closingQuote && next.norm === '"' && next.start === t.end) continue;
        const abbrev = t.norm === '.' && prev && prev.kind === 'word' && (ABBREVIATIONS.has(prev.norm) || (prev.norm.length === 1 && prev.cap));
        const startsNew = next.cap || next.kind === 'number' || next.norm === '"' || next.start >= (paragraphs[p]?.end ?? Infinity);
        if (spaced && !abbrev && startsNew && !inQuote) close(i + 1);
      }
    }
    close(tokens.length);
    return { ...doc, paragraphs, tokens, sentences };
  },
};
