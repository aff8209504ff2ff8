import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildInput, extractFile, ExtractCliError } from '../../../src/cli/commands/extract';

describe('extract command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads an article file header, with options taking precedence', () => {
    const input = buildInput('url: x\ntitle: T\noutlet: O\npublished: 2025-03-14\nlanguage: en\n\nIran denied it.', { outlet: 'Other' });
    expect(input).toMatchObject({ body: 'Iran denied it.', title: 'T', outlet: 'Other', published: '2025-03-14', language: 'en' });
  });
  it('takes a body-only file as it is', () => {
    const r = extractFile(file('body.txt', 'Iran denied the report on Friday.'), { published: '2025-03-14', language: 'en' });
    expect(r.claims[0]).toMatchObject({ claimant: 'country:IR', stance: 'denies', claimedOn: '2025-03-14' });
  });
  it('accepts a month as publication date', () => {
    const r = extractFile(file('month.txt', 'Iran denied the report.'), { published: '2025-03' });
    expect(r.published).toEqual({ value: '2025-03', precision: 'month' });
  });
  it('refuses bad options, missing files and unusable text with exit codes', () => {
    const body = file('ok.txt', 'Iran denied the report.');
    expect(() => buildInput('x', { published: '14/03/2025' })).toThrow(ExtractCliError);
    expect(() => buildInput('x', { language: 'de' })).toThrow(/fr or en/);
    expect(() => extractFile(join(dir, 'missing.txt'), {})).toThrow(expect.objectContaining({ exitCode: 2 }));
    expect(() => extractFile(file('empty.txt', ''), {})).toThrow(expect.objectContaining({ exitCode: 3 }));
    expect(() => extractFile(body, {})).not.toThrow();
  });
});
