import { foldName, foldNames } from '../../../src/evaluation/fold';

describe('foldName', () => {
  it.each([
    ['Corée du Nord', 'COREE DU NORD'],
    ['Kim Jong-un', 'Kim Jong Un'],
    ['l’UE', 'UE'],
    ["l'OTAN", 'OTAN'],
    ['La Pologne', 'Pologne'],
    ['Le Kremlin', 'kremlin'],
    ['les Houthis', 'Houthis'],
    ['The U.S. State Department', 'US State Department'],
    ['Władysław Kosiniak-Kamysz', 'Wladyslaw Kosiniak Kamysz'],
    ['« Biélorussie »', 'Bielorussie'],
  ])('%j folds like %j', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['Russia', 'Russie'],
    ['Lesotho', 'sotho'],
    ['Theresa May', 'resa May'],
    ['Las Vegas', 'Vegas'],
    ['North Korea', 'South Korea'],
  ])('%j does not fold like %j', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it('drops only one leading article, only at the start', () => {
    expect(foldName('la région de Donetsk')).toBe('regiondedonetsk');
    expect(foldName('Service de la Sécurité')).toBe('servicedelasecurite');
  });

  it('foldNames leaves out names that fold to nothing', () => {
    expect([...foldNames(['—', 'Iran', 'IRAN', '  '])]).toEqual(['iran']);
  });
});
