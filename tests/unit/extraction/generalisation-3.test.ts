import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const transfers = (body: string, language: 'fr' | 'en') => run(body, language).armsTransfers.map((t) => [t.supplier, t.recipient, t.quantity, t.status]);

describe('the seller after a verb of receiving', () => {
  it('reads "auprès de X", "achetés à X", "de fabrication turque" and "of Chinese origin" as the supplier', () => {
    expect(transfers("Le Mali a acquis six drones auprès d'Ankara.", 'fr')).toEqual([['country:TR', 'country:ML', 6, 'delivered']]);
    expect(transfers('Le Burkina Faso a acheté des blindés à la Chine.', 'fr')).toEqual([['country:CN', 'country:BF', null, 'delivered']]);
    expect(transfers('Le Niger a réceptionné des drones de fabrication turque.', 'fr')).toEqual([['country:TR', 'country:NE', null, 'delivered']]);
    expect(transfers('Nigeria took delivery of twelve helicopters of Chinese origin.', 'en')).toEqual([['country:CN', 'country:NG', 12, 'delivered']]);
  });
  it('does not take a place named after the items as the seller', () => {
    expect(transfers('Le Mali a reçu des drones à Bamako.', 'fr')).toEqual([]);
  });
});

describe('a demonym next to the items received', () => {
  it('takes the maker country of "des drones turcs" / "Turkish drones" as the supplier', () => {
    expect(transfers('Le Mali a reçu des drones turcs.', 'fr')).toEqual([['country:TR', 'country:ML', null, 'delivered']]);
    expect(transfers('Russia received Iranian drones.', 'en')).toEqual([['country:IR', 'country:RU', null, 'delivered']]);
  });
});

describe('obligation and agreement verbs before a transfer', () => {
  it('marks "doit livrer" and "will receive" as planned', () => {
    expect(transfers('La Russie doit livrer des hélicoptères au Mali.', 'fr')).toEqual([['country:RU', 'country:ML', null, 'planned']]);
    expect(transfers('Niger will receive drones from Turkey.', 'en')).toEqual([['country:TR', 'country:NE', null, 'planned']]);
  });
});

describe('a demonym on the items of a passive or nominal transfer', () => {
  it('names the supplier when no agent is given', () => {
    expect(transfers('La livraison de six drones turcs au Niger a eu lieu.', 'fr')).toEqual([['country:TR', 'country:NE', 6, 'delivered']]);
    expect(transfers('Iranian drones were shipped to Russia.', 'en')).toEqual([['country:IR', 'country:RU', null, 'delivered']]);
  });
  it('never makes the recipient its own supplier', () => {
    expect(transfers('Des drones nigériens ont été livrés au Niger.', 'fr')).toEqual([]);
  });
});

describe('the agent of a nominal transfer', () => {
  it('reads "by X" / "par X" after "the delivery" / "la livraison" as the supplier', () => {
    expect(transfers('The delivery of six drones to Niger by Turkey was confirmed.', 'en')).toEqual([['country:TR', 'country:NE', 6, 'delivered']]);
    expect(transfers('La livraison au Niger de six drones par la Turquie a eu lieu.', 'fr')).toEqual([['country:TR', 'country:NE', 6, 'delivered']]);
  });
});

describe('a passive verb of receiving', () => {
  it('makes its agent the recipient and the seller named with the items the supplier', () => {
    expect(transfers('Les drones achetés à la Chine ont été réceptionnés par le Niger.', 'fr')).toEqual([['country:CN', 'country:NE', null, 'delivered']]);
    expect(transfers('The drones were received by Mali from Turkey.', 'en')).toEqual([['country:TR', 'country:ML', null, 'delivered']]);
  });
});

describe('an anaphoric subject', () => {
  it('resolves "le pays" / "the country" / "they" to the first actor of the sentence before', () => {
    expect(transfers('Le Niger renforce son armée. Le pays a reçu six drones de la Turquie.', 'fr')).toEqual([['country:TR', 'country:NE', 6, 'delivered']]);
    expect(transfers('Niger expanded its fleet. The country received six drones from Turkey.', 'en')).toEqual([['country:TR', 'country:NE', 6, 'delivered']]);
    expect(transfers('Turkey backs Niger. They sent six drones to Niger.', 'en')).toEqual([['country:TR', 'country:NE', 6, 'delivered']]);
  });
  it('does not reach into another paragraph', () => {
    expect(transfers('Le Niger renforce son armée.\n\nLe pays a reçu six drones.', 'fr')).toEqual([]);
  });
});

describe('purchase nouns and sourcing', () => {
  it('reads "l\'achat de", "a deal for" and "sourced from" as a receiving', () => {
    expect(transfers("Le Maroc a annoncé l'achat de 24 avions américains.", 'fr')).toEqual([['country:US', 'country:MA', 24, 'delivered']]);
    expect(transfers('Egypt signed a $1 billion deal for 24 jets from France.', 'en')).toEqual([['country:FR', 'country:EG', 24, 'delivered']]);
    expect(transfers('The Sudanese army used drones sourced from Iran.', 'en')).toEqual([['country:IR', 'org:sd-saf', null, 'delivered']]);
  });
});

describe('an arrival with equipment', () => {
  it('reads "sont venus avec du matériel" as a transfer to the place the subject arrived at', () => {
    expect(transfers('Les Russes sont arrivés au Mali. Ils sont venus avec du matériel militaire et des hélicoptères.', 'fr')).toEqual([['country:RU', 'country:ML', null, 'delivered']]);
    expect(transfers('Les Russes sont arrivés au Mali avec des hélicoptères.', 'fr')).toEqual([['country:RU', 'country:ML', null, 'delivered']]);
  });
  it('needs equipment after "avec"', () => {
    expect(transfers('The minister arrived in Kyiv with a promise of more aid.', 'en')).toEqual([]);
  });
});

describe('more verbs of receiving', () => {
  it('reads "a obtenu", "s\'est doté de", "s\'est procuré" with the subject as recipient', () => {
    expect(transfers("Kiev a obtenu des chars de l'Allemagne.", 'fr')).toEqual([['country:DE', 'country:UA', null, 'delivered']]);
    expect(transfers("Le Tchad s'est doté de drones turcs.", 'fr')).toEqual([['country:TR', 'country:TD', null, 'delivered']]);
    expect(transfers("Le Togo s'est procuré des blindés chinois.", 'fr')).toEqual([['country:CN', 'country:TG', null, 'delivered']]);
  });
});

describe('a second item with a vague count of its own', () => {
  it('splits "deux hélicoptères et plusieurs drones" into two transfers', () => {
    expect(transfers('Moscou a livré au Mali deux hélicoptères Mi-24 et plusieurs drones.', 'fr')).toEqual([['country:RU', 'country:ML', 2, 'delivered'], ['country:RU', 'country:ML', null, 'delivered']]);
  });
  it('keeps items without a count of their own together', () => {
    expect(transfers('Moscou a livré au Mali deux hélicoptères et des drones.', 'fr')).toEqual([['country:RU', 'country:ML', 2, 'delivered']]);
  });
});

describe('items bought with no buyer named', () => {
  it('gives them to the country the article is about', () => {
    expect(transfers('Le Burkina Faso renforce son armée. Le Burkina Faso aligne la dizaine de drones acquis auprès de la Turquie.', 'fr')).toEqual([['country:TR', 'country:BF', 10, 'delivered']]);
  });
  it('leaves a transfer with no supplier out', () => {
    expect(transfers('Le Burkina Faso renforce son armée avec des drones acquis depuis 2022.', 'fr')).toEqual([]);
  });
});

describe('a generic noun for the items just named', () => {
  it('reads "Two systems have already been handed over" as a transfer of the previous sentence\'s items between the same parties', () => {
    expect(transfers('Germany will deliver four IRIS-T air-defence systems to Ukraine. Two systems have already been handed over.', 'en')).toEqual([['country:DE', 'country:UA', 4, 'planned'], ['country:DE', 'country:UA', 2, 'delivered']]);
  });
  it('needs a transfer in the sentence just before', () => {
    expect(transfers('Two systems have already been handed over.', 'en')).toEqual([]);
  });
});
