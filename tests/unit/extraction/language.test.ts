import { detectLanguage, parsePublished, referenceDate } from '../../../src/extraction/stages/language';
import { foldText } from '../../../src/extraction/text/fold';

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(detectLanguage(foldText('La Corée du Nord a exporté des obus vers la Russie, selon le NIS qui a annoncé que les soldats sont en Russie.')).language).toBe('fr');
    expect(detectLanguage(foldText('Ukraine said on Thursday that Iran had delivered drones to Russia, and the ministry denied it.')).language).toBe('en');
  });
  it('reports another language as not handled', () => {
    const r = detectLanguage(foldText('Der Bundeskanzler hat am Dienstag in Berlin gesagt, dass die Regierung die Ukraine weiterhin mit Waffen unterstützen werde.'));
    expect(r.language).toBeNull();
    expect(r.code).not.toBe('fra');
  });
});

describe('parsePublished', () => {
  it('keeps the precision', () => {
    expect(parsePublished('2024-10-19')).toEqual({ value: '2024-10-19', precision: 'day' });
    expect(parsePublished('2024-10')).toEqual({ value: '2024-10', precision: 'month' });
    expect(parsePublished('19/10/2024')).toBeNull();
    expect(parsePublished('2024-13')).toBeNull();
    expect(referenceDate(parsePublished('2024-10'))!.toISOString().slice(0, 10)).toBe('2024-10-31');
  });
});
