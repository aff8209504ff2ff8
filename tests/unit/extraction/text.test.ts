import { foldCode, foldText, foldName, slugify } from '../../../src/extraction/text/fold';
import { isUpperWord, tokenize } from '../../../src/extraction/text/tokenize';

describe('foldText', () => {
  it('keeps the length so offsets carry over', () => {
    const s = 'Corée du Nord « l’OTAN » – Łódź\u00a0œuvre';
    expect(foldText(s)).toHaveLength(s.length);
    expect(foldText(s)).toBe(`coree du nord " l'otan " - lodz oeuvre`.replace('oeuvre', 'ouvre'));
  });
  it('folds names for comparison', () => {
    expect(foldName("L'Organisation du traité")).toBe('organisation du traite');
    expect(slugify('Władysław Kosiniak-Kamysz')).toBe('wladyslaw-kosiniak-kamysz');
  });
});

describe('tokenize', () => {
  const toks = (s: string) => tokenize(foldText(s), s).map((t) => t.norm);
  it('splits French elisions and English possessives', () => {
    expect(toks('l’OTAN d’après Ukraine’s')).toEqual(["l'", 'otan', "d'", 'apres', 'ukraine', "'s"]);
  });
  it('keeps numbers with their separators', () => {
    expect(toks('1.500 soldats, 1 500 et 1,28 million, 1,100 drones')).toEqual(['1.500', 'soldats', ',', '1 500', 'et', '1,28', 'million', ',', '1,100', 'drones']);
  });
  it('marks capitals and acronyms', () => {
    const t = tokenize(foldText('NATO said Rutte'), 'NATO said Rutte');
    expect(t.map((x) => [x.cap, x.upper])).toEqual([[true, true], [false, false], [true, false]]);
  });
});

describe('foldText and foldCode', () => {
  it('fold every BMP code unit alike, in long texts too (chunks)', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    const folded = foldText(all);
    expect(folded).toHaveLength(all.length);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (folded.charCodeAt(c) !== foldCode(c)) differ.push(c);
    expect(differ).toEqual([]);
    expect(foldText('')).toBe('');
  });
});

describe('isUpperWord', () => {
  const byRegex = (s: string) => s === s.toUpperCase() && /\p{L}.*\p{L}/u.test(s);
  it('agrees with the definition on ASCII and accented words', () => {
    const words = ['NATO', 'Nato', 'A', 'AB', 'U.S', 'F-16', 'F-16S', 'B2', 'ÉTAT', 'Été', 'ÉU', 'É', "L'ONU", 'OTAN-UE', 'x', '1-A', 'SDF1', 'ǅA', 'ΑΒ', 'ß'];
    for (const w of words) expect([w, isUpperWord(`  ${w} `, 2, 2 + w.length)]).toEqual([w, byRegex(w)]);
  });
});
