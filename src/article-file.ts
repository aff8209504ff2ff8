/**
 * Article files: a small header (`url:`, `title:`, `outlet:`, `published:`,
 * `language:` lines), a blank line, then the body. Every offset in the gold
 * files and in extraction output is into the body, so the body is returned
 * exactly as written (no trimming).
 */

export interface ArticleFile {
  body: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM`, read from the start of the `published:` value. */
  published: string | null;
  language: 'fr' | 'en' | null;
}

const HEADER_KEYS = ['url', 'title', 'outlet', 'published', 'language'] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];

const HEADER_LINE = /^\s*([A-Za-z]+)\s*:\s?(.*)$/;

function headerKey(line: string): HeaderKey | null {
  const match = HEADER_LINE.exec(line);
  if (!match) return null;
  const key = match[1].toLowerCase();
  return (HEADER_KEYS as readonly string[]).includes(key) ? (key as HeaderKey) : null;
}

/** Values such as "(none given)" or "(constructed test article, ...)" are comments, not values. */
function cleanValue(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || /^\(.*\)$/.test(value) || /^(none|n\/a|null|unknown|-)$/i.test(value)) return null;
  return value;
}

/** "2024-10-19 (not printed; ...)" -> "2024-10-19"; a month alone is kept at month precision. */
export function parsePublished(raw: string): string | null {
  const match = /^\s*(\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)(?![\d-])/.exec(raw);
  return match ? match[1] : null;
}

export function parseLanguage(raw: string): 'fr' | 'en' | null {
  const word = raw.trim().toLowerCase();
  if (/^(fr|fre|fra|french|français|francais)\b/.test(word)) return 'fr';
  if (/^(en|eng|english|anglais)\b/.test(word)) return 'en';
  return null;
}

export function parseArticleFile(text: string): ArticleFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const empty: ArticleFile = { body: source, url: null, title: null, outlet: null, published: null, language: null };

  const firstLineEnd = source.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? source : source.slice(0, firstLineEnd);
  // A file that does not open on a known header key has no header: all of it is body.
  if (headerKey(firstLine.replace(/\r$/, '')) === null) return empty;

  const values: Partial<Record<HeaderKey, string>> = {};
  let position = 0;
  let bodyStart = source.length;
  while (position < source.length) {
    const end = source.indexOf('\n', position);
    const lineEnd = end === -1 ? source.length : end;
    const line = source.slice(position, lineEnd).replace(/\r$/, '');
    const next = end === -1 ? source.length : end + 1;
    if (line.trim() === '') {
      bodyStart = next;
      break;
    }
    const key = headerKey(line);
    // Unknown keys and stray lines inside the header are ignored rather than treated as body.
    if (key !== null && values[key] === undefined) values[key] = HEADER_LINE.exec(line)![2];
    position = next;
  }

  return {
    body: source.slice(bodyStart),
    url: values.url === undefined ? null : cleanValue(values.url),
    title: values.title === undefined ? null : cleanValue(values.title),
    outlet: values.outlet === undefined ? null : cleanValue(values.outlet),
    published: values.published === undefined ? null : parsePublished(values.published),
    language: values.language === undefined ? null : parseLanguage(values.language),
  };
}
