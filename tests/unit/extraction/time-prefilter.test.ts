import { mayFollowEndOf } from '../../../src/extraction/stages/time';

describe('mayFollowEndOf (which dates chrono-node end-of-period refiner can change)', () => {
  const at = (text: string, word: string) => mayFollowEndOf(text, text.indexOf(word));
  it('passes dates after "of" or "the" and white space, in any case', () => {
    expect(at('until the end of March', 'March')).toBe(true);
    expect(at('by the last day of the month', 'month')).toBe(true);
    expect(at('the END OF \n\t this week', 'this')).toBe(true);
    expect(at('the end of\u00a0June', 'June')).toBe(true);
  });
  it('passes over dates that no "end of" can precede', () => {
    expect(at('on Monday', 'Monday')).toBe(false);
    expect(at('the end ofMarch', 'March')).toBe(false);
    expect(at('March 3', 'March')).toBe(false);
    expect(at('the end of, March', 'March')).toBe(false);
  });
});
