import { idsOf, runUntil } from './helpers';

const fr = (body: string, published = '2024-10-19') => runUntil('resolve', { body, language: 'fr', published });
const en = (body: string, published = '2025-03-14') => runUntil('resolve', { body, language: 'en', published });

describe('mentions and resolution', () => {
  it('finds one country across languages, forms and demonyms', () => {
    const doc = fr('La Corée du Nord et Pyongyang ont envoyé des soldats nord-coréens. North Korea denied it; North Korean officials too.');
    for (const s of ['Corée du Nord', 'Pyongyang', 'nord-coréens', 'North Korea', 'North Korean']) expect(idsOf(doc, s)).toContain('country:KP');
  });
  it('resolves the South Korean intelligence service in all its forms', () => {
    const doc = fr('Les services de renseignement sud-coréens ont annoncé. Le Service national de renseignement sud-coréen (NIS) a déclaré. Selon les renseignements sud-coréens, a ajouté l’agence sud-coréenne.');
    const ids = doc.mentions.filter((m) => m.entityId === 'org:kr-nis').map((m) => doc.body.slice(m.start, m.end));
    expect(ids).toEqual(expect.arrayContaining(['services de renseignement sud-coréens', 'NIS', 'renseignements sud-coréens', 'agence sud-coréenne']));
  });
  it('reads NATO as OTAN, NATO and l’Alliance, but not l’Alliance des États du Sahel', () => {
    const doc = fr('L’OTAN et NATO : l’Alliance a réagi. L’Alliance des Etats du Sahel aussi.');
    expect(doc.mentions.filter((m) => m.entityId === 'org:nato')).toHaveLength(3);
    expect(idsOf(doc, 'Alliance des Etats du Sahel')).toEqual(['org:aes']);
  });
  it('finds unknown people introduced by a title, with their role and country', () => {
    const doc = en("Ukraine's defence minister, Ivan Petrenko-Kovalenko, said the brigade was ready.");
    const person = [...doc.entities.values()].find((e) => e.type === 'Person');
    expect(person).toMatchObject({ id: 'person:ivan-petrenko-kovalenko', role: 'Defence Minister of Ukraine', country: 'country:UA' });
    const frDoc = fr('Le secrétaire général de l’OTAN, Mark Rutte, a déclaré. Le porte-parole militaire, le colonel Jean Dupontel, a ajouté.');
    expect(frDoc.entities.get('person:mark-rutte')?.role).toBe('Secretary General of NATO');
    expect(frDoc.entities.has('person:jean-dupontel')).toBe(true);
  });
  it('resolves a title alone to the person holding it at publication', () => {
    const doc = fr('Le président sud-coréen a tenu une réunion.', '2024-10-19');
    expect(idsOf(doc, 'président sud-coréen')).toEqual(['person:yoon-suk-yeol']);
    const later = fr('Le président sud-coréen a tenu une réunion.', '2025-07-01');
    expect(idsOf(later, 'président sud-coréen')).toEqual(['person:lee-jae-myung']);
  });
  it('derives generic institutions of any country', () => {
    const doc = en("Iran's foreign ministry and the Chilean defence ministry spoke; Sudan's army-aligned government too.");
    expect(idsOf(doc, "Iran's foreign ministry")).toEqual(['org:ir-foreign-ministry']);
    expect(doc.entities.get('org:cl-defence-ministry')?.name).toBe('Ministry of Defence (Chile)');
    expect(doc.entities.get('org:sd-government')?.name).toBe('Government of Sudan');
  });
  it('treats a capital after "in" as the city and elsewhere as the state', () => {
    const doc = en('Moscow denied it, Budanov told reporters in Kyiv.');
    expect(idsOf(doc, 'Moscow')).toEqual(['country:RU']);
    expect(idsOf(doc, 'Kyiv')).toEqual(['location:kyiv']);
  });
  it('creates places, units and organisations from patterns', () => {
    const doc = fr('Des soldats dans la région de Tambov et la 155e brigade d’infanterie de marine ; d’après l’Observatoire des conflits armés (OCA), près de Vovtchansk.');
    expect(doc.entities.get('location:tambov-region')?.name).toBe('Tambov region');
    expect([...doc.entities.values()].some((e) => e.type === 'MilitaryUnit' && e.name.startsWith('155e brigade'))).toBe(true);
    expect(doc.entities.get('org:oca')?.name).toBe('Observatoire des conflits armés');
    expect(idsOf(doc, 'Vovtchansk')).toEqual(['location:vovtchansk']);
  });
});

describe('headlines and boilerplate', () => {
  it('does not read Title Case headlines as names of people or organisations', () => {
    const doc = en('Russia Launches Massive Attack On Ukraine Energy Grid As Talks Stall\n\nRussia launched a massive attack on Ukraine, officials said.');
    expect([...doc.entities.values()].map((e) => e.type).sort()).toEqual(['Country', 'Country']);
  });
});

describe('hyphenated compounds', () => {
  it('read the name before the hyphen ("Liberian-flagged", "Washington-based": the city, where the think tank sits)', () => {
    const doc = en('A Liberian-flagged ship was hit, said a Washington-based think tank.');
    expect(doc.mentions.map((m) => [doc.body.slice(m.start, m.end), m.entityId])).toEqual([['Liberian', 'country:LR'], ['Washington', 'location:washington']]);
  });
});
