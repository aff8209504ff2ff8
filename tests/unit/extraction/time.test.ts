import { runUntil } from './helpers';

function times(body: string, published: string | null, language: 'fr' | 'en') {
  return runUntil('time', { body, published, language }).times.map((t) => ({ text: t.text, value: t.value, precision: t.precision, end: t.end ?? null }));
}

describe('time stage', () => {
  it('resolves French dates against the publication date with their precision', () => {
    const t = times('Le NIS a indiqué vendredi 18 octobre 2024 que des navires ont été repérés du 8 au 13 octobre. Un pacte signé en juin, depuis août 2023, fin 2023, jeudi.', '2024-10-19', 'fr');
    expect(t).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: 'vendredi 18 octobre 2024', value: '2024-10-18', precision: 'day' }),
      expect.objectContaining({ value: '2024-10-08', end: '2024-10-13' }),
      expect.objectContaining({ text: 'en juin', value: '2024-06', precision: 'month' }),
      expect.objectContaining({ text: 'depuis août 2023', value: '2023-08', precision: 'month', end: '2024-10-19' }),
      expect.objectContaining({ text: 'fin 2023', value: '2023', precision: 'year' }),
      expect.objectContaining({ text: 'jeudi', value: '2024-10-17', precision: 'day' }),
    ]));
  });
  it('resolves English weekdays and relative expressions', () => {
    const t = times('Ukraine said on Thursday that Iran delivered drones last week. Germany will send them by the end of the year; the ministry said last year it had none.', '2025-03-14', 'en');
    expect(t).toEqual(expect.arrayContaining([
      expect.objectContaining({ value: '2025-03-13', precision: 'day' }),
      expect.objectContaining({ text: 'last week', value: '2025-03-03', end: '2025-03-09' }),
      expect.objectContaining({ text: 'by the end of the year', end: '2025-12-31' }),
      expect.objectContaining({ text: 'last year', value: '2024', precision: 'year' }),
    ]));
  });
  it('anchors on the latest full date when the publication date is missing', () => {
    const doc = runUntil('time', { body: 'Le ministère a annoncé jeudi 17 octobre 2024 que les troupes arrivaient. Vendredi, le NIS a confirmé.', language: 'fr' });
    expect(doc.reference?.toISOString().slice(0, 10)).toBe('2024-10-17');
    expect(doc.diagnostics.some((d) => d.stage === 'time' && d.severity === 'info')).toBe(true);
  });
  it('drops relative dates that have no anchor at all', () => {
    expect(times('The ministry said on Thursday that troops arrived.', null, 'en')).toEqual([]);
  });
});

describe('weekdays', () => {
  it('resolves a bare weekday to the last such day, the publication day included', () => {
    const t = times('The State Department said on Friday that it approved the sale. Taiwan said on Tuesday it tracked ships.', '2025-08-12', 'en');
    expect(t.map((x) => x.value)).toEqual(['2025-08-08', '2025-08-12']);
  });
});

describe('months without a year', () => {
  it('resolve to the last such month before publication', () => {
    const t = times('A report released in July estimated the losses. Troops arrived in February.', '2025-02-26', 'en');
    expect(t.map((x) => x.value)).toEqual(['2024-07', '2025-02']);
  });
});
