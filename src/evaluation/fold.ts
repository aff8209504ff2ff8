/**
 * Name folding for the matching rules of FORMAT.md: case, accents, punctuation
 * and a leading article (le, la, les, l', the) do not count.
 */

const LEADING_ARTICLE = /^(?:(?:the|le|la|les)\s+|l\s*['’‘ʼ`´]\s*)/u;

/** Letters that NFD does not decompose but that writers often spell without the mark. */
const EXTRA_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/**
 * Whitespace is dropped together with punctuation, so "Kim Jong-un", "Kim Jong Un"
 * and "KimJongUn" fold alike; the article is removed first, while words are still apart.
 */
export function foldName(name: string): string {
  const lowered = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœı]/g, (letter) => EXTRA_LETTERS[letter])
    .trim();
  const withoutArticle = lowered.replace(LEADING_ARTICLE, '');
  return withoutArticle.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The folded forms of several names, without the empty ones (a name that was all punctuation). */
export function foldNames(names: Iterable<string>): Set<string> {
  const folded = new Set<string>();
  for (const name of names) {
    const key = foldName(name);
    if (key !== '') folded.add(key);
  }
  return folded;
}
