import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en') => extractArticle({ body, published: '2025-03-14', language });
const deps = (body: string, language: 'fr' | 'en') => run(body, language).deployments.map((d) => [d.from, d.to, d.size, d.sizeQualifier, d.status]);

describe('withdrawals name the place left', () => {
  it('reads "du X" / "from X" after a withdrawal as the place the troops leave', () => {
    expect(deps("Le retrait des troupes françaises du Niger s'est achevé.", 'fr')).toEqual([['country:FR', 'country:NE', null, null, 'withdrawn']]);
    expect(deps('La France a retiré 1 500 soldats du Niger.', 'fr')).toEqual([['country:FR', 'country:NE', 1500, 'exact', 'withdrawn']]);
    expect(deps('Russia pulled out 1,000 troops from Syria.', 'en')).toEqual([['country:RU', 'country:SY', 1000, 'exact', 'withdrawn']]);
  });
  it('keeps "de X" as the owner when no withdrawal is meant', () => {
    expect(deps('Les soldats du Tchad sont arrivés au Niger.', 'fr')).toEqual([['country:TD', 'country:NE', null, null, 'deployed']]);
  });
});

describe('a bare role as the claimant', () => {
  const claims = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant, c.claimantText]);
  it('keeps the role words with no claimant when nobody was named', () => {
    expect(claims("Le ministre s'est dit sceptique sur l'accord.", 'fr')).toEqual([[null, 'Le ministre']]);
    expect(claims('The spokesman said the troops would stay.', 'en')).toEqual([[null, 'The spokesman']]);
  });
  it('resolves the role to the last person named with that title, else to the ministry named before', () => {
    expect(claims('Foreign Minister Sergei Lavrov visited Paris. The minister said the talks went well.', 'en')).toEqual([['person:sergei-lavrov', 'The minister']]);
    expect(claims("Iran's foreign ministry condemned the strikes. The minister warned that Tehran would respond.", 'en')[1]).toEqual(['org:ir-foreign-ministry', 'The minister']);
  });
});

describe('a size given later in the sentence', () => {
  it('gives the first force named the figure of a later apposition or quotation', () => {
    expect(deps('Au Mali, le contingent russe présent dans le pays atteindrait désormais « près de 300 hommes ».', 'fr')).toEqual([['country:RU', 'country:ML', 300, 'about', 'deployed']]);
  });
  it('keeps a second, different figure as a deployment of its own instead of overwriting the first', () => {
    expect(deps('Le Tchad a envoyé 200 soldats au Niger, puis 300 hommes au Niger.', 'fr')).toEqual([['country:TD', 'country:NE', 200, 'exact', 'deployed'], ['country:TD', 'country:NE', 300, 'exact', 'deployed']]);
  });
});

describe('a later figure for another unit', () => {
  it('does not give the first force the count of ships joined by "and"', () => {
    expect(deps('A U.S. official told Reuters on Wednesday that the aircraft carrier USS Nimitz and two destroyers had entered the Red Sea earlier this month.', 'en').map((d) => d[2])).toEqual([null]);
  });
});

describe('a multinational mission as sender', () => {
  it('reads "the AU mission in X" and "la mission de l\'ONU au X" as the body sending troops to X', () => {
    expect(deps('The new AU mission in Somalia will have about 11,000 personnel.', 'en')).toEqual([['org:african-union', 'country:SO', 11000, 'about', 'planned']]);
    expect(deps("La mission de l'ONU au Soudan du Sud compte 17 000 casques bleus.", 'fr')).toEqual([['org:un', 'country:SS', 17000, 'exact', 'deployed']]);
  });
});

describe('claim dates', () => {
  const dates = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimedOn, c.claimedOnPrecision]);
  it('puts a day given without its year after publication in the year before', () => {
    expect(dates('Le Kremlin a mis en garde, le 16 mai, contre toute escalade.', 'fr')).toEqual([['2024-05-16', 'day']]);
    expect(dates('Le Kremlin a mis en garde, le 16 mai 2025, contre toute escalade.', 'fr')).toEqual([['2025-05-16', 'day']]);
  });
  it('dates a statement by the day words next to its cue, and leaves it null without any', () => {
    expect(dates("Le ministre a déclaré hier soir que l'armée resterait.", 'fr')).toEqual([['2025-03-13', 'day']]);
    expect(dates('The minister warned Monday that Russia would attack.', 'en')).toEqual([['2025-03-10', 'day']]);
    expect(dates('Moscow said the troops would stay.', 'en')).toEqual([[null, null]]);
  });
});

describe('counting and withdrawal verbs', () => {
  it('reads "compte encore N militaires" as a presence, not a plan', () => {
    expect(deps('La France compte encore 1 000 militaires au Tchad.', 'fr')).toEqual([['country:FR', 'country:TD', 1000, 'exact', 'deployed']]);
    expect(deps('La France compte envoyer 1 000 militaires au Tchad.', 'fr')).toEqual([['country:FR', 'country:TD', 1000, 'exact', 'planned']]);
  });
  it('reads "withdrew" and "recalled" as withdrawals from the place named after "from"', () => {
    expect(deps('Britain withdrew its 300 troops from Mali.', 'en')).toEqual([['country:GB', 'country:ML', 300, 'exact', 'withdrawn']]);
    expect(deps('Burundi has recalled 1,000 soldiers from Somalia.', 'en')).toEqual([['country:BI', 'country:SO', 1000, 'exact', 'withdrawn']]);
  });
});

describe('leaving a place', () => {
  it('reads the object of "quitté"/"left" as the place the troops leave', () => {
    expect(deps('Les derniers soldats français ont quitté le Niger.', 'fr')).toEqual([['country:FR', 'country:NE', null, null, 'withdrawn']]);
    expect(deps('The last French troops left Niger in December.', 'en')).toEqual([['country:FR', 'country:NE', null, null, 'withdrawn']]);
  });
});
