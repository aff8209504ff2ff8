/**
 * Case and accent folding that keeps string length, so an offset in the folded
 * text is the same offset in the body (every stage matches on folded text and
 * reports offsets into the body).
 */

const TABLE = new Map<number, number>();

function buildTable(): void {
  // Typographic variants map to their ASCII form so lexicons can be written plainly.
  const pairs: Array<[string, string]> = [
    ['\u2019', "'"], ['\u2018', "'"], ['\u02bc', "'"], ['\u2032', "'"], ['`', "'"], ['\u00b4', "'"],
    ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'], ['\u00ab', '"'], ['\u00bb', '"'],
    ['\u2039', '"'], ['\u203a', '"'],
    ['\u00a0', ' '], ['\u202f', ' '], ['\u2009', ' '], ['\u2007', ' '], ['\u2002', ' '], ['\u2003', ' '],
    ['\u2010', '-'], ['\u2011', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2014', '-'], ['\u2212', '-'],
    ['\u0153', 'o'], ['\u0152', 'o'], ['\u00e6', 'a'], ['\u00c6', 'a'], ['\u00df', 's'],
    ['\u0142', 'l'], ['\u0141', 'l'], ['\u00f8', 'o'], ['\u00d8', 'o'], ['\u0111', 'd'], ['\u0110', 'd'],
    ['\u0131', 'i'],
  ];
  for (const [from, to] of pairs) TABLE.set(from.charCodeAt(0), to.charCodeAt(0));
}

/** Folds one UTF-16 code unit to one code unit: lower case, no accent, ASCII punctuation. */
export function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (TABLE.size === 0) buildTable();
  const mapped = TABLE.get(code);
  if (mapped !== undefined) return mapped;
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').charCodeAt(0);
  const lower = String.fromCharCode(base).toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : base;
  TABLE.set(code, folded);
  return folded;
}

/** foldCode of each BMP code unit once asked (0: not yet; nothing but NUL folds to NUL). */
const FOLDED = new Uint16Array(0x10000);

/** Same-length folded copy of `text`. */
export function foldText(text: string): string {
  const out = new Array<string>();
  const chunk = 8192;
  for (let i = 0; i < text.length; i += chunk) {
    const end = Math.min(text.length, i + chunk);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const code = text.charCodeAt(j);
      let folded = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : FOLDED[code];
      if (folded === 0 && code !== 0) FOLDED[code] = folded = foldCode(code);
      codes[j - i] = folded;
    }
    // A spread of plain numbers: faster than String.fromCharCode.apply over a typed array.
    out.push(String.fromCharCode(...codes));
  }
  return out.join('');
}

/** Folding for comparing names: folded, punctuation dropped, spaces squeezed, leading article dropped. */
export function foldName(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:le |la |les |l'|the )/, '')
    .trim();
}

/** Readable id slug: "Mark Rutte" -> "mark-rutte". */
export function slugify(name: string): string {
  return foldText(name)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
