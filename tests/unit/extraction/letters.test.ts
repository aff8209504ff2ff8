import { isLetter } from '../../../src/extraction/text/letters';

describe('isLetter', () => {
  it('agrees with /\\p{L}/u on every BMP code unit and on astral letters', () => {
    const letter = /\p{L}/u;
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isLetter(c) !== letter.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    for (const s of ['𝐀', '😀', '𠀀']) expect(isLetter(s.codePointAt(0)!)).toBe(letter.test(s));
  });
});
