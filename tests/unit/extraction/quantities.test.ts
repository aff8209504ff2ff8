import { parseNumber, extractQuantities } from '../../../src/extraction/stages/quantities';
import { tokenize } from '../../../src/extraction/text/tokenize';
import { foldText } from '../../../src/extraction/text/fold';
import type { Language } from '../../../src/extraction/types';

const q = (s: string, lang: Language) => extractQuantities(tokenize(foldText(s), s), s, lang).map((x) => [x.value, x.qualifier]);

describe('parseNumber', () => {
  it.each([
    ['1.500', 'fr', 1500], ['1 500', 'fr', 1500], ['1,500', 'en', 1500], ['1,28', 'fr', 1.28], ['1.28', 'en', 1.28],
    ['13.000', 'fr', 13000], ['1.234.567', 'fr', 1234567], ['1,234,567', 'fr', 1234567], ['200', 'en', 200],
  ] as Array<[string, Language, number]>)('%s (%s) = %d', (raw, lang, value) => {
    expect(parseNumber(raw, lang)).toBe(value);
  });
});

describe('extractQuantities', () => {
  it('reads French qualifiers and multipliers', () => {
    expect(q('plus de 8 millions d’obus', 'fr')).toEqual([[8_000_000, 'more_than']]);
    expect(q('la Corée compte 1,28 million de soldats', 'fr')).toEqual([[1_280_000, 'exact']]);
    expect(q('Pas moins de 1.500 soldats', 'fr')).toEqual([[1500, 'at_least']]);
    expect(q('jusqu’à 12.000 hommes', 'fr')).toEqual([[12000, 'up_to']]);
    expect(q('quelque 1.500 soldats', 'fr')).toEqual([[1500, 'about']]);
    expect(q('une cinquantaine d’experts', 'fr')).toEqual([[50, 'about']]);
  });
  it('reads English qualifiers, words and vague amounts', () => {
    expect(q('about 200 drones and four more systems', 'en')).toEqual([[200, 'about'], [4, 'exact']]);
    expect(q('at least 12 launchers', 'en')).toEqual([[12, 'at_least']]);
    expect(q('thousands of soldiers', 'en')).toEqual([[null, 'thousands']]);
    expect(q('des milliers de soldats', 'fr')).toEqual([[null, 'thousands']]);
  });
  it('does not read a word such as "constructor" as a number', () => {
    expect(q('the constructor of toString', 'en')).toEqual([]);
  });
});

describe('money', () => {
  it('is not a count', () => {
    expect(q('a $500 million package and 1,7 milliard d’euros', 'en')).toEqual([]);
  });
});
