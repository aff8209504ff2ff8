import { foldText } from '../text/fold';

/**
 * Re-anchoring: the offsets of a quote in the body. Exact first; then ignoring
 * case, accents, typographic quotes and white space (models normalise
 * them), mapped back to body offsets. Returns null when the quote is not there.
 */
export function anchorQuote(body: string, quote: string, from = 0): { start: number; end: number } | null {
  const q = quote.trim();
  if (!q) return null;
  const exact = body.indexOf(q, from);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  // Folded copy of the body without white space, with a map back to body offsets
  // (models re-space quotes: « qu'il » becomes "qu'il").
  const folded = foldText(body);
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') continue;
    chars.push(c);
    map.push(i);
  }
  const hay = chars.join('');
  const needle = foldText(q).replace(/\s+/g, '');
  if (!needle) return null;
  let at = hay.indexOf(needle);
  while (at >= 0 && map[at] < from) at = hay.indexOf(needle, at + 1);
  if (at < 0) return null;
  return { start: map[at], end: map[at + needle.length - 1] + 1 };
}
