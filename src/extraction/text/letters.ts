/**
 * Whether a UTF-16 code unit or code point is a letter (`\p{L}`), read from a table for the
 * BMP: tokenising and segmenting ask it for every character, where a Unicode regex per
 * character costs far more. A lone surrogate is no letter, as for the regex.
 */
const LETTER = /\p{L}/u;
const BMP_LETTERS = new Int8Array(0x10000); // 0 not yet known, 1 letter, 2 not a letter

export function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  if (codePoint > 0xffff) return LETTER.test(String.fromCodePoint(codePoint));
  let known = BMP_LETTERS[codePoint];
  if (known === 0) BMP_LETTERS[codePoint] = known = LETTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}
