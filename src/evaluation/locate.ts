/**
 * Finding gold evidence (a string) in the article body (offsets). Gold strings are
 * meant to be exact fragments; when one is not, typographic variants (curly or straight
 * apostrophes and quotes, spacing including no-break spaces) are tolerated.
 */

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Intersection over union of two spans, 0 when they do not overlap. */
export function overlapRatio(a: Span, b: Span): number {
  const intersection = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (intersection <= 0) return 0;
  return intersection / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

function exactOccurrences(body: string, fragment: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const start = body.indexOf(fragment, from);
    if (start === -1) return spans;
    spans.push({ start, end: start + fragment.length });
    from = start + 1;
  }
}

const SPACE = /[\s\u00a0\u202f\u2009\u2007]/;
const APOSTROPHES = /['’‘ʼ`´]/;
const QUOTES = /["“”«»„]/;

/**
 * The text with typographic variants unified and whitespace left out (French puts
 * spaces inside « » where an English quote has none), and for each remaining
 * character the offset it came from.
 */
function normalise(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (SPACE.test(char)) continue;
    out += APOSTROPHES.test(char) ? "'" : QUOTES.test(char) ? '"' : char;
    origin.push(index);
  }
  return { text: out, origin };
}

/**
 * Every place the fragment occurs in the body. A fragment that occurs several times
 * yields several spans: the gold does not say which one it meant, and the repeated
 * words state the same thing, so a prediction on any of them is accepted.
 */
export function locateAll(body: string, fragment: string): Span[] {
  if (fragment.trim() === '') return [];
  const exact = exactOccurrences(body, fragment);
  if (exact.length > 0) return exact;

  const normalisedBody = normalise(body);
  const normalisedFragment = normalise(fragment).text;
  return exactOccurrences(normalisedBody.text, normalisedFragment).map((span) => ({
    start: normalisedBody.origin[span.start],
    end: normalisedBody.origin[span.end - 1] + 1,
  }));
}
