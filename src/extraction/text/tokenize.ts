/**
 * Tokens over the folded text. Elided French articles ("l'", "d'", "qu'") and the
 * English possessive "'s" are tokens of their own so that "l'OTAN" and "Ukraine's"
 * reach the gazetteer as "otan" and "ukraine". Numbers keep their separators
 * ("1.500", "1 500", "1,28") so the quantity stage can read them.
 */

import { isLetter } from './letters';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  /** Folded form (lower case, no accent). */
  norm: string;
  kind: TokenKind;
  /** First character upper case in the body. */
  cap: boolean;
  /** Every letter upper case in the body (acronyms). */
  upper: boolean;
  /**
   * The phrase matchers' number for `norm` (`firstWordId` in phrase-matcher.ts), cached on the
   * token because every token is looked up by a dozen matchers; valid while `wordGeneration`
   * equals that module's generation. Not part of what a token means: never read it elsewhere.
   */
  wordId: number;
  wordGeneration: number;
}

// One alternation, applied with the sticky-free global flag: linear in the text.
// A calibre after a spaced count ("80 000 155mm shells") is no group of the count.
const TOKEN_RE =
  /(?<![\p{L}\p{N}])\d{1,3}(?: \d{3}(?!mm))+(?![\p{N}])|\d+(?:[.,]\d+)*|(?<![\p{L}])(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc])'(?=[\p{L}"])|'s(?![\p{L}])|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(folded: string, body: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(folded)) !== null) {
    const start = m.index;
    const norm = m[0];
    const end = start + norm.length;
    const c0 = norm.charCodeAt(0);
    let kind: TokenKind = 'punct';
    if (c0 >= 48 && c0 <= 57) kind = 'number';
    else if (c0 === 39 || isLetter(c0)) kind = 'word';
    let cap = false;
    if (kind === 'word') {
      const b0 = body.charCodeAt(start);
      if (b0 < 0x80) cap = b0 >= 65 && b0 <= 90;
      else {
        const first = body[start];
        cap = first !== first.toLowerCase();
      }
    }
    const upper = cap && isUpperWord(body, start, end);
    tokens.push({ start, end, norm, kind, cap, upper, wordId: -1, wordGeneration: -1 });
  }
  return tokens;
}

/** body[start, end) has no lower-case letter and at least two letters (an acronym); plain ASCII is read without copying. */
export function isUpperWord(body: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = body.charCodeAt(k);
    if (c >= 0x80) {
      const surface = body.slice(start, end);
      return surface === surface.toUpperCase() && /\p{L}.*\p{L}/u.test(surface);
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** Tokenises a lexicon phrase the same way as a body, returning folded token strings. */
export function phraseTokens(phrase: string, fold: (s: string) => string): string[] {
  const folded = fold(phrase);
  return tokenize(folded, phrase).map((t) => t.norm);
}

/** Index of the first token starting at or after `offset`, or -1 (tokens are in text order: a binary search). */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}
