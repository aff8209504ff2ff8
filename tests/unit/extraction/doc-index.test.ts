import { foldText } from '../../../src/extraction/text/fold';
import { firstTokenFrom, tokenize } from '../../../src/extraction/text/tokenize';
import { buildIndex } from '../../../src/extraction/stages/context';
import { runUntil } from './helpers';

describe('firstTokenFrom', () => {
  const text = 'La Russie a envoyé 1 500 soldats.';
  const tokens = tokenize(foldText(text), text);
  it('is the first token starting at or after an offset, as a linear search finds it', () => {
    for (let offset = -1; offset <= text.length + 1; offset++) {
      expect(firstTokenFrom(tokens, offset)).toBe(tokens.findIndex((t) => t.start >= offset));
    }
  });
  it('is -1 past the last token and for no tokens', () => {
    expect(firstTokenFrom(tokens, text.length)).toBe(-1);
    expect(firstTokenFrom([], 0)).toBe(-1);
  });
});

describe('buildIndex', () => {
  const doc = runUntil('quantities', {
    body: "North Korea sent troops to Russia's Kursk region, the NIS said. Le ministère russe de la Défense a démenti.",
    published: '2024-10-19',
    language: 'en',
  });
  const idx = buildIndex(doc);
  it('gives the country an entity stands for, the same when asked again', () => {
    expect(idx.countryOf('country:KP')).toBe('country:KP');
    expect(idx.countryOf('country:KP')).toBe('country:KP');
    expect(idx.countryOf('org:nis')).toBe(idx.countryOf('org:nis'));
    expect(idx.countryOf('no:such-entity')).toBeNull();
    expect(idx.countryOf('no:such-entity')).toBeNull();
    expect(idx.countryOf(null)).toBeNull();
  });
  it('finds the token at an offset and its sentence', () => {
    const second = doc.body.indexOf('Le ministère');
    const t = idx.tokenFrom(second);
    expect(doc.tokens[t].norm).toBe('le');
    expect(idx.sentenceOf(t)).toBe(1);
    expect(idx.sentenceOf(idx.tokenFrom(doc.body.length))).toBe(-1);
  });
});
