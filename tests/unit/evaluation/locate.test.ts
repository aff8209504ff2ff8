import { locateAll, overlapRatio, overlaps } from '../../../src/evaluation/locate';

describe('locateAll', () => {
  it('finds an exact fragment', () => {
    const body = 'Iran denied it. Russia did not.';
    expect(locateAll(body, 'Russia did not')).toEqual([{ start: 16, end: 30 }]);
  });

  it('returns every occurrence of a repeated fragment, overlapping ones included', () => {
    expect(locateAll('said X. said X.', 'said X')).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 14 },
    ]);
    expect(locateAll('aaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
  });

  it('tolerates typographic apostrophes, quotes and spaces, and maps back to body offsets', () => {
    const body = 'Selon l’agence,  « il n’en est\u00a0pas question ».';
    const spans = locateAll(body, "l'agence, \"il n'en est pas question\"");
    expect(spans).toHaveLength(1);
    expect(body.slice(spans[0].start, spans[0].end)).toBe('l’agence,  « il n’en est\u00a0pas question »');
  });

  it('finds nothing for an absent or empty fragment', () => {
    expect(locateAll('abc', 'abd')).toEqual([]);
    expect(locateAll('abc', '  ')).toEqual([]);
  });
});

describe('overlaps / overlapRatio', () => {
  it('needs a shared character: touching spans do not overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(overlapRatio({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
  });
});
