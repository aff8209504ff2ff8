import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile, parseLanguage, parsePublished } from '../../src/article-file';

describe('parseArticleFile', () => {
  it('reads the header and returns the body after the blank line, untrimmed', () => {
    const text = [
      'url: https://example.org/a?b=c',
      'title: Un titre',
      'outlet: Example Wire',
      'published: 2025-03-14',
      'language: en',
      '',
      '  Body starts here.',
      '',
      'Second paragraph.',
      '',
    ].join('\n');
    const article = parseArticleFile(text);
    expect(article).toEqual({
      body: '  Body starts here.\n\nSecond paragraph.\n',
      url: 'https://example.org/a?b=c',
      title: 'Un titre',
      outlet: 'Example Wire',
      published: '2025-03-14',
      language: 'en',
    });
  });

  it('turns parenthesised comments into null and keeps the date before a comment', () => {
    const text =
      'url: (none given)\ntitle: T\noutlet: (constructed for tests)\npublished: 2024-10-19 (not printed; the text dates it vendredi 18 octobre 2024)\nlanguage: fr\n\nCorps.';
    const article = parseArticleFile(text);
    expect(article.url).toBeNull();
    expect(article.outlet).toBeNull();
    expect(article.published).toBe('2024-10-19');
    expect(article.language).toBe('fr');
    expect(article.body).toBe('Corps.');
  });

  it('treats a file without a header as all body', () => {
    const text = 'KYIV, March 14 - Ukraine said: nothing.\n\nMore.';
    expect(parseArticleFile(text)).toEqual({
      body: text,
      url: null,
      title: null,
      outlet: null,
      published: null,
      language: null,
    });
  });

  it('tolerates CRLF line ends, a BOM, missing keys and unknown keys', () => {
    const text = '\uFEFFtitle: X\r\nsection: World\r\npublished: 2024-10\r\n\r\nBody\r\n';
    const article = parseArticleFile(text);
    expect(article.title).toBe('X');
    expect(article.published).toBe('2024-10');
    expect(article.url).toBeNull();
    expect(article.language).toBeNull();
    expect(article.body).toBe('Body\r\n');
  });

  it('gives an empty body when the header is never closed', () => {
    expect(parseArticleFile('title: only a header\nlanguage: en').body).toBe('');
  });

  it('keeps offsets of the shared seed article consistent with its gold evidence', () => {
    const path = join(__dirname, '../../../shared/corpus/00-seed.txt');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return; // the shared folder is not part of the repository; nothing to check without it
    }
    const article = parseArticleFile(text);
    expect(article.published).toBe('2024-10-19');
    expect(article.body.startsWith('News Day FR')).toBe(true);
  });
});

describe('parsePublished / parseLanguage', () => {
  it.each([
    ['2024-10-19', '2024-10-19'],
    ['2024-10', '2024-10'],
    [' 2025-06-06 (Friday)', '2025-06-06'],
    ['unknown', null],
    ['19/10/2024', null],
    ['2024-10-199', null],
  ])('parsePublished(%j) = %j', (raw, expected) => {
    expect(parsePublished(raw)).toBe(expected);
  });

  it.each([
    ['fr', 'fr'],
    ['EN', 'en'],
    ['French', 'fr'],
    ['english (relayed)', 'en'],
    ['de', null],
  ])('parseLanguage(%j) = %j', (raw, expected) => {
    expect(parseLanguage(raw)).toBe(expected);
  });
});
