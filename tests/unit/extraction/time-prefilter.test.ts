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

import { runUntil } from './helpers';

describe('patterns run only when their words are in the text', () => {
  const texts = (body: string, language: 'fr' | 'en') => runUntil('time', { body, published: '2024-10-19', language }).times.map((t) => t.text);
  it('still finds each phrase those patterns read', () => {
    expect(texts("Il l'a dit ce matin, l'an dernier, cette année, le mois dernier, la semaine passée et ce week-end. Le même jour, rien.", 'fr'))
      .toEqual(expect.arrayContaining(['ce matin', "l'an dernier", 'cette année', 'le mois dernier', 'la semaine passée', 'ce week-end']));
    expect(texts('He said on Friday, October 18, 2024, and later that day, tonight, last year, this year, last month, last week and over the weekend.', 'en'))
      .toEqual(expect.arrayContaining(['later that day', 'tonight', 'last year', 'this year', 'last month', 'last week', 'over the weekend']));
  });
});
