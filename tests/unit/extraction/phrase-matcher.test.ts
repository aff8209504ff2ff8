import { foldText } from '../../../src/extraction/text/fold';
import { tokenize } from '../../../src/extraction/text/tokenize';
import { PhraseMatcher, firstWordId } from '../../../src/extraction/text/phrase-matcher';

const tokens = (s: string) => tokenize(foldText(s), s);

describe('PhraseMatcher', () => {
  it('takes the longest phrase at a token, and only whole phrases', () => {
    const m = new PhraseMatcher<string>();
    m.add(['coree'], 'short');
    m.add(['coree', 'du', 'nord'], 'long');
    const t = tokens('La Corée du Nord et la Corée du Sud');
    expect(m.match(t, 1)?.payload).toBe('long');
    expect(m.match(t, 6)?.payload).toBe('short');
    expect(m.matchAll(t, 1).map((e) => e.payload)).toEqual(['long', 'short']);
    expect(m.match(t, 0)).toBeNull();
    expect(m.match(t, 99)).toBeNull();
    expect(m.matchEndingAt(t, 3)?.payload).toBe('long');
  });
  it('lets a veto pass to the next longest phrase', () => {
    const m = new PhraseMatcher<string>();
    m.add(['coree'], 'short');
    m.add(['coree', 'du', 'nord'], 'long');
    expect(m.match(tokens('Corée du Nord'), 0, (e) => e.tokens.length === 1)?.payload).toBe('short');
  });
  it('finds phrases added after the tokens were first looked up', () => {
    const t = tokens('the Sahel region');
    const first = new PhraseMatcher<string>();
    first.add(['the'], 'article');
    expect(first.match(t, 1)).toBeNull();
    // A matcher built later (another lexicon) numbers a new first word; the tokens see it.
    const later = new PhraseMatcher<string>();
    later.add(['sahel'], 'region');
    expect(later.match(t, 1)?.payload).toBe('region');
    expect(first.match(t, 1)).toBeNull();
    expect(first.match(t, 0)?.payload).toBe('article');
  });
  it('numbers a word once for every matcher', () => {
    const a = new PhraseMatcher<number>();
    const b = new PhraseMatcher<number>();
    a.add(['otan'], 1);
    b.add(['otan', 'et'], 2);
    const t = tokens("l'OTAN et l'UE");
    expect(firstWordId(t[1])).toBeGreaterThanOrEqual(0);
    expect(firstWordId(t[0])).toBe(-1);
    expect(a.match(t, 1)?.payload).toBe(1);
    expect(b.match(t, 1)?.payload).toBe(2);
    expect(b.startingWith('otan').map((e) => e.payload)).toEqual([2]);
  });
});

describe('PhraseMatcher.startingAt', () => {
  it('lists what startingWith lists for the token word', () => {
    const m = new PhraseMatcher<number>();
    m.add(['ministere'], 1);
    m.add(['ministere', 'de', 'la', 'defense'], 2);
    const t = tokens('Le ministère de la Défense');
    expect(m.startingAt(t[1])).toEqual(m.startingWith('ministere'));
    expect(m.startingAt(t[1]).map((e) => e.payload)).toEqual([2, 1]);
    expect(m.startingAt(t[0])).toEqual([]);
  });
});
