import { firstDay, lastDay, monthBucket, parsePartialDate } from '../../../src/graph/dates';
import { nameKey, nameKeys, slug } from '../../../src/graph/names';

describe('name keys', () => {
  it('fold case, accents, punctuation and a leading article, in French and English', () => {
    expect(nameKey('la Corée du Nord')).toBe('coree du nord');
    expect(nameKey('Corée du Nord')).toBe(nameKey('COREE DU NORD'));
    expect(nameKey('l’OTAN')).toBe('otan');
    expect(nameKey('The Kremlin')).toBe('kremlin');
    expect(nameKey('Kim Jong-un')).toBe('kim jong un');
    expect(nameKey('country:KP')).toBe('country:kp');
    expect(nameKeys(['Russie', 'russie', ' '])).toEqual(['russie']);
    expect(slug('News Day FR')).toBe('news-day-fr');
  });
});

describe('partial dates', () => {
  it('parse day, month and year precision and refuse impossible dates', () => {
    expect(parsePartialDate('2024-10-18')).toEqual({ value: '2024-10-18', precision: 'day' });
    expect(parsePartialDate('2024-10')).toEqual({ value: '2024-10', precision: 'month' });
    expect(parsePartialDate('2024')).toEqual({ value: '2024', precision: 'year' });
    expect(parsePartialDate('2024-02-30')).toBeNull();
    expect(parsePartialDate('18/10/2024')).toBeNull();
    expect(parsePartialDate(null)).toBeNull();
  });

  it('cover their first and last day', () => {
    expect(firstDay({ value: '2024-02', precision: 'month' })).toBe('2024-02-01');
    expect(lastDay({ value: '2024-02', precision: 'month' })).toBe('2024-02-29');
    expect(lastDay({ value: '2023-02', precision: 'month' })).toBe('2023-02-28');
    expect(lastDay({ value: '2024', precision: 'year' })).toBe('2024-12-31');
    expect(monthBucket({ value: '2024-10-18', precision: 'day' })).toBe('2024-10');
    expect(monthBucket({ value: '2024', precision: 'year' })).toBe('2024');
  });
});
