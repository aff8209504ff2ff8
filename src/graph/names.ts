import { createHash } from 'node:crypto';

/**
 * Name keys: how names and aliases are compared across articles and languages.
 * Folding case and accents, dropping punctuation and a leading article (le, la, les,
 * l', the) makes "la Corée du Nord", "Corée du Nord" and "coree du nord" one key,
 * the same rule the gold files are scored with.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^\s*(l'|le\s+|la\s+|les\s+|the\s+)/, '')
    .replace(/[^\p{L}\p{N}:]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Unique, non-empty name keys of several names, in first-seen order. */
export function nameKeys(names: readonly string[]): string[] {
  return unique(names.map(nameKey).filter((key) => key.length > 0));
}

/** `News Day FR` -> `news-day-fr`: the stable part of a source id. */
export function slug(name: string): string {
  return nameKey(name).replace(/:/g, ' ').trim().replace(/\s+/g, '-');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A short stable id from parts: deterministic, so re-ingesting yields the same ids. */
export function shortHash(...parts: readonly (string | number | null)[]): string {
  return sha256(parts.map((part) => (part === null ? '\u0000' : String(part))).join('\u001f')).slice(0, 16);
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
