import { extractArticle } from '../../../src/extraction';

const run = (body: string, published: string, language: 'fr' | 'en') => extractArticle({ body, published, language });

describe('events stage', () => {
  it('reads a deployment with its size, qualifier and status', () => {
    const r = run('Pas moins de 1.500 soldats nord-coréens s’entraînent en Russie, selon le NIS.', '2024-10-19', 'fr');
    expect(r.deployments).toEqual([expect.objectContaining({ from: 'country:KP', to: 'country:RU', size: 1500, sizeQualifier: 'at_least', status: 'training' })]);
    expect(r.deployments[0].evidence.text).toBe(r.deployments[0].evidence.text.trim());
  });
  it('reads planned deployments and vague sizes', () => {
    const r = run('Zelensky accused North Korea of preparing to send thousands of soldiers to help Moscow.', '2024-10-19', 'en');
    expect(r.deployments).toEqual([expect.objectContaining({ from: 'country:KP', to: 'country:RU', size: null, sizeQualifier: 'thousands', status: 'planned' })]);
  });
  it('reads arms transfers with items, quantity, unit and period', () => {
    const r = run('La Corée du Nord a exporté des obus d’artillerie et des missiles balistiques vers la Russie dans plus de 13.000 conteneurs depuis août 2023.', '2024-10-19', 'fr');
    expect(r.armsTransfers).toEqual([expect.objectContaining({
      supplier: 'country:KP', recipient: 'country:RU', quantity: 13000, quantityQualifier: 'more_than', quantityUnit: 'containers',
      items: ['artillery shells', 'ballistic missiles'], when: expect.objectContaining({ value: '2023-08', end: '2024-10-19' }),
    })]);
  });
  it('takes an elided supplier from the previous transfer and skips denied or negated ones', () => {
    const r = run('Iran delivered about 200 drones to Russia in February. More than 1,000 shells were also shipped to Russia. South Korea has refrained from supplying weapons to Ukraine. The Kremlin denied any plan to transfer nuclear warheads to Belarus.', '2025-03-14', 'en');
    expect(r.armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity, t.quantityQualifier])).toEqual([
      ['country:IR', 'country:RU', 200, 'about'], ['country:IR', 'country:RU', 1000, 'more_than'],
    ]);
  });
  it('merges sentences about the same movement', () => {
    const r = run('1.500 soldats nord-coréens sont arrivés en Russie. Les 1.500 soldats nord-coréens ont été repérés près de Vladivostok.', '2024-10-19', 'fr');
    expect(r.deployments).toHaveLength(1);
  });
  it('reads agreements between the parties named', () => {
    const r = run('Kim Jong-un et Vladimir Poutine ont conclu un pacte de défense mutuelle signé en juin.', '2024-10-19', 'fr');
    expect(r.agreements).toEqual([expect.objectContaining({ parties: ['country:KP', 'country:RU'], name: 'pacte de défense mutuelle', when: expect.objectContaining({ value: '2024-06' }) })]);
  });
});
