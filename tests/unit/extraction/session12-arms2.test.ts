import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const transfers = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => `${t.supplier} -> ${t.recipient} ${t.quantity}`);
const entity = (body: string, language: 'fr' | 'en', name: string) => run(body, language).entities.find((e) => e.name === name);

describe('firms introduced by their trade or by where they are based', () => {
  it('reads a bare trade title before a name as a firm in English ("drone maker X", "defence group X")', () => {
    expect(entity('Officials said drone maker Zarvex had opened a plant.', 'en', 'Zarvex')?.type).toBe('Organization');
    expect(transfers('Defence group Tolvane delivered two corvettes to Ghana.', 'en')).toContain('org:tolvane -> country:GH 2');
  });
  it('reads "le groupe" as a firm only when its trade is said', () => {
    expect(transfers("Le groupe d'armement Veltar a livré 12 chars à la Norvège.", 'fr')).toContain('org:veltar -> country:NO 12');
    expect(transfers('Le groupe industriel Morvanne a livré six hélicoptères au Gabon.', 'fr')).toContain('org:morvanne -> country:GA 6');
  });
  it('leaves the "<Place>-based" modifier out of the name, and reads the body after it as a firm', () => {
    const e = entity('Pretoria-based Kavix Group said it had delivered 30 armoured vehicles to Zambia.', 'en', 'Kavix Group');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Kavix Group']);
    expect(transfers('Pretoria-based Kavix Group said it had delivered 30 armoured vehicles to Zambia.', 'en')).toContain('org:kavix-group -> country:ZM 30');
    expect(transfers('Lyon-based Orvane sold six drones to Chad.', 'en')).toContain('org:orvane -> country:TD 6');
  });
  it('reads two firms named side by side as one joint venture', () => {
    expect(entity('Thales Rheinmetall Systems will build the radars.', 'en', 'Thales Rheinmetall Systems')?.type).toBe('Organization');
    // Coordinated, they stay two.
    expect(entity('Thales and Rheinmetall will build the radars.', 'en', 'Rheinmetall')?.type).toBe('Organization');
  });
});

describe('arms transfers: sales, deals signed by firms, calibres', () => {
  it('takes the agent of an export or a sale within its phrase as the seller', () => {
    expect(transfers('Regulators approved the export of 500 rifles by Rheinmetall to Chad.', 'en')).toContain('org:rheinmetall -> country:TD 500');
    // "financés par" after a comma pays, it does not sell.
    expect(transfers("Washington a approuvé la vente à l'Ukraine de 40 missiles, pour 90 millions de dollars, financés par la Norvège.", 'fr')).toEqual(['country:US -> country:UA 40']);
  });
  it('reads a firm signing a deal as the seller and its partner as the buyer', () => {
    expect(transfers('Rheinmetall signed a contract for 40 tanks with Hungary.', 'en')).toContain('org:rheinmetall -> country:HU 40');
    expect(transfers('Naval Group a signé avec la Grèce un contrat pour trois frégates.', 'fr')).toContain('org:naval-group -> country:GR 3');
  });
  it('reads a calibre as no count ("80 000 155mm shells", "obus de 155 mm")', () => {
    expect(transfers('Germany sent 4,000 120mm rounds to Ukraine.', 'en')).toContain('country:DE -> country:UA 4000');
    expect(transfers('Poland will receive 80 000 155mm shells from Germany.', 'en')).toContain('country:DE -> country:PL 80000');
    expect(transfers("La France a livré 3 000 obus de 155 mm à l'Ukraine.", 'fr')).toContain('country:FR -> country:UA 3000');
  });
});
