import type { Token } from './tokenize';

/**
 * Longest-match lookup of token sequences (folded). Phrases are indexed by their
 * first token, longest first, so a lookup costs one array read plus a few
 * comparisons: matching a whole article stays linear in its tokens.
 */
export interface PhraseEntry<T> {
  tokens: string[];
  payload: T;
}

/*
 * Every word that starts a phrase in any matcher has a number, shared by all matchers. A body
 * token finds its number once (one Map lookup, cached on the token) and each matcher then reads
 * its list for that number from an array: a dozen matchers probe every token, and string Map
 * lookups were the extractor's largest single cost. The generation changes whenever a word is
 * numbered, so a token numbered before a new lexicon was built looks its word up again.
 */
const FIRST_WORDS = new Map<string, number>();
let generation = 0;

function numberWord(norm: string): number {
  let id = FIRST_WORDS.get(norm);
  if (id === undefined) {
    id = FIRST_WORDS.size;
    FIRST_WORDS.set(norm, id);
    generation++;
  }
  return id;
}

/** The number of the token's word among first words of phrases, or -1 when no phrase starts with it. */
export function firstWordId(token: Token): number {
  if (token.wordGeneration !== generation) {
    token.wordId = FIRST_WORDS.get(token.norm) ?? -1;
    token.wordGeneration = generation;
  }
  return token.wordId;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<PhraseEntry<T>>>();
  /** First word's number -> 1 + index in `lists` (0: no phrase starts with it). */
  private slots = new Int32Array(0);
  private readonly lists: Array<Array<PhraseEntry<T>>> = [];
  /** Same index as `lists`: a long list's entries by second word (see `candidates`), or null for a short list. */
  private bySecond: Array<SecondWordIndex<T> | null> = [];
  private sorted = true;

  add(tokens: string[], payload: T): void {
    if (tokens.length === 0) return;
    const list = this.byFirst.get(tokens[0]);
    if (list) list.push({ tokens, payload });
    else {
      const created = [{ tokens, payload }];
      this.byFirst.set(tokens[0], created);
      const id = numberWord(tokens[0]);
      if (id >= this.slots.length) {
        const grown = new Int32Array(Math.max(id + 1, this.slots.length * 2));
        grown.set(this.slots);
        this.slots = grown;
      }
      this.lists.push(created);
      this.slots[id] = this.lists.length;
    }
    this.sorted = false;
  }

  has(tokens: string[]): boolean {
    const list = this.byFirst.get(tokens[0]);
    return !!list && list.some((e) => e.tokens.length === tokens.length && e.tokens.every((t, i) => t === tokens[i]));
  }

  private sort(): void {
    if (this.sorted) return;
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.bySecond = this.lists.map((list) => (list.length > LONG_LIST ? secondWordIndex(list) : null));
    this.sorted = true;
  }

  /** Index in `lists` of the entries whose first token is the token's word, or -1. */
  private listAt(token: Token): number {
    const id = firstWordId(token);
    if (id < 0 || id >= this.slots.length) return -1;
    return this.slots[id] - 1;
  }

  /** The entries whose first token is the token's word, longest first (sorted), or undefined. */
  private listFor(token: Token): Array<PhraseEntry<T>> | undefined {
    const at = this.listAt(token);
    return at < 0 ? undefined : this.lists[at];
  }

  /**
   * The entries of list `at` that may match when `next` follows the first word, in list order: all of a short
   * list; of a long one ("la", "the", "region" start dozens of names), those of one word and those whose second
   * word is next's. The others cannot match there, so leaving them out changes no result.
   */
  private candidates(at: number, next: Token | undefined): Array<PhraseEntry<T>> {
    const index = this.bySecond[at];
    if (!index) return this.lists[at];
    return (next && index.next.get(next.norm)) || index.single;
  }

  /** Every entry matching at token `i`, longest first; `accept` can veto one (e.g. case rules). */
  matchAll(tokens: Token[], i: number, accept?: (e: PhraseEntry<T>, i: number) => boolean): Array<PhraseEntry<T>> {
    if (i < 0 || i >= tokens.length) return [];
    this.sort();
    const at = this.listAt(tokens[i]);
    if (at < 0) return [];
    const out: Array<PhraseEntry<T>> = [];
    for (const e of this.candidates(at, tokens[i + 1])) {
      if (entryAt(e, tokens, i) && (!accept || accept(e, i))) out.push(e);
    }
    return out;
  }

  /** The longest entry matching at token `i`, or null (no allocation: called for every token). */
  match(tokens: Token[], i: number, accept?: (e: PhraseEntry<T>, i: number) => boolean): PhraseEntry<T> | null {
    if (i < 0 || i >= tokens.length) return null;
    this.sort();
    const at = this.listAt(tokens[i]);
    if (at < 0) return null;
    for (const e of this.candidates(at, tokens[i + 1])) {
      if (entryAt(e, tokens, i) && (!accept || accept(e, i))) return e;
    }
    return null;
  }

  /** Entries whose first token is `norm` (for matches with a gap, e.g. a demonym inside). */
  startingWith(norm: string): Array<PhraseEntry<T>> {
    this.sort();
    return this.byFirst.get(norm) ?? [];
  }

  /** Entries whose first token is the token's word (startingWith for a body token, without a string lookup). */
  startingAt(token: Token): Array<PhraseEntry<T>> {
    this.sort();
    return this.listFor(token) ?? [];
  }

  /** Matches the longest entry that ENDS at token `last` (inclusive). */
  matchEndingAt(tokens: Token[], last: number): PhraseEntry<T> | null {
    for (let start = Math.max(0, last - 5); start <= last; start++) {
      const m = this.match(tokens, start, (e) => start + e.tokens.length - 1 === last);
      if (m) return m;
    }
    return null;
  }
}

/** Lists longer than this get a second-word index. */
const LONG_LIST = 6;

interface SecondWordIndex<T> {
  /** Second word -> the entries with that second word and those of one word, in list order. */
  next: Map<string, Array<PhraseEntry<T>>>;
  /** The entries of one word. */
  single: Array<PhraseEntry<T>>;
}

function secondWordIndex<T>(list: Array<PhraseEntry<T>>): SecondWordIndex<T> {
  const next = new Map<string, Array<PhraseEntry<T>>>();
  for (const e of list) if (e.tokens.length > 1 && !next.has(e.tokens[1])) next.set(e.tokens[1], []);
  const single: Array<PhraseEntry<T>> = [];
  for (const e of list) {
    if (e.tokens.length === 1) {
      single.push(e);
      for (const entries of next.values()) entries.push(e);
    } else next.get(e.tokens[1])!.push(e);
  }
  return { next, single };
}

/** True when every token of `e` matches the text from token `i` on (the first is already known to). */
function entryAt<T>(e: PhraseEntry<T>, tokens: Token[], i: number): boolean {
  const n = e.tokens.length;
  if (i + n > tokens.length) return false;
  for (let k = 1; k < n; k++) if (tokens[i + k].norm !== e.tokens[k]) return false;
  return true;
}
