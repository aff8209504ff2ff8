import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const who = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant ?? c.claimantText, c.stance]);

describe('the one spoken to is not the speaker', () => {
  it('reads the noun phrase after "told" as the addressee, never an inverted subject', () => {
    expect(who('"Five systems cannot cover the country," Mykola Bielieskov, a senior analyst at the National Institute for Strategic Studies in Kyiv, told the Kyiv Independent.', 'en'))
      .toEqual([['person:mykola-bielieskov', 'asserts']]);
  });
});

describe('a body named as a possessor', () => {
  it('gives the claim to the body it owns ("the Pentagon\'s Defense Security Cooperation Agency said")', () => {
    expect(who("The sale was approved, the Pentagon's Defense Security Cooperation Agency said.", 'en')).toEqual([['org:us-dsca', 'asserts']]);
  });
});

describe('a cue word qualified by a demonym is a noun', () => {
  it('reads "dismissed the Indian claims" as one denial, not a claim by India', () => {
    expect(who('Inter-Services Public Relations (ISPR) dismissed the Indian claims in a statement.', 'en')).toEqual([['org:ispr', 'denies']]);
  });
});

describe('"Pour <person>, ..." without a quotation', () => {
  it("is the person's view ('Pour l'analyste X, le scénario est plausible')", () => {
    expect(who("Pour l'analyste Andrei Curăraru, du centre de réflexion WatchDog.md, le scénario décrit par le SIS est plausible mais difficile à exécuter.", 'fr'))
      .toEqual([['person:andrei-curararu', 'asserts']]);
    expect(who('Pour Paris, le retrait est une page qui se tourne.', 'fr')).toEqual([]);
  });
});

describe('headline and standfirst restatements', () => {
  const page = (lead: string, body: string) => `Monde\n\nTitre de la page\n\n${lead}\n\nPar Jean Dupont\n\n${body}`;
  it('drop an undated claim of the lead that the body reports by the same speaker or one speaking for its country', () => {
    expect(who(page('Moscou dément tout projet de renforts.', "À Moscou, le vice-ministre des Affaires étrangères Mikhaïl Galouzine a démenti mercredi tout projet d'augmenter les effectifs."), 'fr'))
      .toEqual([['person:mikhail-galouzine', 'denies']]);
    expect(who(page('Kyiv accuses Moscow of massing troops.', 'Ukrainian President Volodymyr Zelensky on Tuesday accused Russia of massing troops near the border.'), 'en'))
      .toEqual([['person:volodymyr-zelensky', 'accuses']]);
  });
  it('keep a dated lead: it is the first statement of a wire story', () => {
    expect(who(page('Le Kenya va envoyer 600 policiers en Haïti, a annoncé mardi le président kényan William Ruto.', '« Nous ne laisserons pas tomber le peuple haïtien », a déclaré William Ruto.'), 'fr'))
      .toEqual([['person:william-ruto', 'asserts'], ['person:william-ruto', 'asserts']]);
  });
});

describe('cues that report only words quoted or introduced', () => {
  it('reads "« ... », analyse X" as a statement, and the next "Elle" as X', () => {
    expect(who('« Le pays cherche surtout à diversifier ses soutiens », analyse Nadia Ouédraogo, chercheuse. Elle doute toutefois que les Hongrois puissent remplacer le dispositif français.', 'fr'))
      .toEqual([['person:nadia-ouedraogo', 'asserts'], ['person:nadia-ouedraogo', 'doubts']]);
  });
  it('reads "rappeler" and "recall" with a plain object as acts ("a rappelé ses réservistes", "recalled its ambassador")', () => {
    expect(who("L'Érythrée a rappelé une partie de ses réservistes depuis l'été.", 'fr')).toEqual([]);
    expect(who('Eritrea recalled part of its reservists over the summer.', 'en')).toEqual([]);
    expect(who("L'Érythrée a rappelé que ses réservistes étaient mobilisés.", 'fr')).toEqual([['country:ER', 'asserts']]);
  });
  it('reads "a-t-il lancé" after a quotation as a statement of the speaker before', () => {
    expect(who("Albin Kurti a accusé la Serbie d'avoir déployé des troupes. « C'est une menace directe », a-t-il lancé lors d'une conférence de presse.", 'fr'))
      .toEqual([['person:albin-kurti', 'accuses'], ['person:albin-kurti', 'asserts']]);
  });
});

describe('cue words that report nothing', () => {
  it('reads "called at" as a port call', () => {
    expect(who('A Chinese naval task group called at Karachi this month.', 'en')).toEqual([]);
  });
  it('reads mutual accusations as no one\'s claim ("s\'accusent mutuellement", "accuse each other")', () => {
    expect(who("Pristina et Belgrade s'accusent mutuellement de jouer avec le feu.", 'fr')).toEqual([]);
    expect(who('Pristina and Belgrade accuse each other of playing with fire.', 'en')).toEqual([]);
  });
});

describe('cues inside a quotation', () => {
  it('are what is quoted when a cue outside reports it ("« La Serbie ne menace personne », a-t-il ajouté")', () => {
    expect(who("Aleksandar Vučić a démenti lundi toute concentration. « La Serbie ne menace personne, mais elle protégera son peuple », a-t-il ajouté.", 'fr'))
      .toEqual([['person:aleksandar-vucic', 'denies'], ['person:aleksandar-vucic', 'asserts']]);
    expect(who('"Russia threatens no one," he said, Dmitry Peskov added.', 'en').every(([c]) => c !== 'country:RU')).toBe(true);
  });
});

const dated = (body: string, language: 'fr' | 'en', published = '2025-03-14') =>
  run(body, language, published).claims.map((c) => [c.claimant ?? c.claimantText, c.claimedOn]);

describe('the occasion of a statement', () => {
  it('is dated by a month closing its phrase ("said at a conference in New Delhi in July", "lors d\'un sommet en juillet")', () => {
    expect(dated('Lt. Gen. Rahul Singh said at a conference in New Delhi in July that China had tested its weapons.', 'en', '2025-12-17')).toEqual([['person:rahul-singh', '2025-07']]);
    expect(dated("Emmanuel Macron a déclaré lors d'un sommet à Bruxelles en juillet que la France enverrait des radars.", 'fr', '2025-12-17')).toEqual([['person:emmanuel-macron', '2025-07']]);
  });
});

describe('subjects set off before the verb', () => {
  it('reads "X, lui, accuse" as X accusing, not the object after the verb', () => {
    expect(who("Le gouvernement tchadien se tait. L'opposant Succès Masra, lui, accuse le régime de « troquer une tutelle contre une autre ».", 'fr'))
      .toEqual([['person:succes-masra', 'accuses']]);
  });
  it('reads an object pronoun before the verb as part of it ("Moscou, son allié traditionnel, l\'accuse")', () => {
    expect(who("Belgrade a toujours ménagé la Russie. Moscou, son allié traditionnel, l'accuse désormais de jouer double jeu.", 'fr')).toEqual([['country:RU', 'accuses']]);
  });
});

describe('coordinated participles', () => {
  it('share the auxiliary of the cue before ("a démenti ... et affirmé que ...")', () => {
    expect(who('Le président serbe, Aleksandar Vučić, a démenti lundi toute « concentration offensive » et affirmé que seuls « 1 500 hommes » participaient à des exercices.', 'fr'))
      .toEqual([['person:aleksandar-vucic', 'denies'], ['person:aleksandar-vucic', 'asserts']]);
  });
});

describe('suspicion', () => {
  it('is an accusation ("est soupçonnée par Addis-Abeba de", "Kiev soupçonne Moscou de")', () => {
    expect(who("Une faction dissidente du TPLF est soupçonnée par Addis-Abeba d'entretenir des contacts avec Asmara.", 'fr')).toEqual([['country:ET', 'accuses']]);
    expect(who('Kiev soupçonne Moscou de préparer une offensive.', 'fr')).toEqual([['country:UA', 'accuses']]);
  });
});

describe('rejecting a proposal', () => {
  it('asserts a position rather than denying a claim ("a rejeté toute négociation", "a decision X rejected")', () => {
    expect(who('Jimmy Chérizier a rejeté mercredi toute négociation « sous la menace ».', 'fr')).toEqual([['person:jimmy-cherizier', 'asserts']]);
    expect(who('The cabinet tasked the army with drawing up a plan, a decision the group\'s secretary-general, Naim Qassem, rejected as a "sin".', 'en'))
      .toEqual([['person:naim-qassem', 'asserts']]);
    expect(who('Kiev a rejeté ces accusations.', 'fr')).toEqual([['country:UA', 'denies']]);
    expect(who('Moscow rejected the accusation.', 'en')).toEqual([['country:RU', 'denies']]);
  });
});

describe('appeals for calm', () => {
  it('state nothing ("a appelé à la retenue", "urged restraint"), unlike calls with a content', () => {
    expect(who('Washington a appelé les deux parties « à la retenue ».', 'fr')).toEqual([]);
    expect(who('The UN urged restraint on both sides.', 'en')).toEqual([]);
    expect(who('Zelensky a appelé les alliés à accélérer leurs livraisons.', 'fr')).toEqual([['person:volodymyr-zelensky', 'asserts']]);
  });
});

describe('one statement told twice', () => {
  it('keeps the quoted words of a denial that first points back at its object ("a rejeté ces accusations. « ... », a-t-il affirmé")', () => {
    expect(who("À Tiraspol, le chef des séparatistes, Vadim Krasnoselski, a rejeté ces accusations. « Personne n'envoie de renforts, c'est une pure invention », a-t-il affirmé mercredi.", 'fr'))
      .toEqual([['person:vadim-krasnoselski', 'denies']]);
    expect(who('Kremlin spokesman Dmitry Peskov rejected the claims. "This is a pure invention," he said.', 'en')).toEqual([['person:dmitry-peskov', 'denies']]);
  });
  it('does not give a subheading that quotes the next paragraph to the speaker before ("«Pure invention»")', () => {
    expect(who("« Nous avons des informations crédibles », a déclaré mardi la présidente Maia Sandu.\n\n«Pure invention»\n\nLe Kremlin dément.", 'fr').map(([c]) => c))
      .toEqual(['person:maia-sandu', 'org:kremlin']);
  });
  it('reads "cité par l\'agence X" after a quoted speaker as the channel', () => {
    expect(who("Dmitri Peskov a parlé mercredi. « Personne n'envoie de renforts », a-t-il affirmé, cité par l'agence officielle Novosti Pridnestrovya.", 'fr').map(([c]) => c))
      .toEqual(['person:dmitry-peskov']);
  });
});

describe('news announced on the day it is published', () => {
  it('dates the announcement by the day of the news when it is the publication day', () => {
    expect(dated("Les militaires français ont quitté le Tchad jeudi 30 janvier, a annoncé l'état-major des armées dans un communiqué.", 'fr', '2025-01-30').map(([, d]) => d))
      .toEqual(['2025-01-30']);
    expect(dated('The last French troops left Chad on Thursday, the French military said.', 'en', '2025-01-30')).toEqual([[expect.any(String), '2025-01-30']]);
  });
});

describe('a source named by its title', () => {
  it('is the person the title introduces ("according to Philippine military spokesperson Colonel X")', () => {
    expect(who('Manila took delivery of a second batch of BrahMos missiles, according to Philippine military spokesperson Colonel Francel Margareth Padilla.', 'en'))
      .toEqual([['person:francel-margareth-padilla', 'asserts']]);
  });
});

describe('a state reacting, then one speaking for it', () => {
  it('is one statement, the detailed one ("Turkey welcomed the decision. The Turkish Defense Ministry said ...")', () => {
    expect(who('Turkey welcomed the decision. The Turkish Defense Ministry said Thursday that Ankara was ready to support the new government.', 'en'))
      .toEqual([['org:tr-defence-ministry', 'asserts']]);
    expect(who("La Turquie a salué la décision. Le ministère turc de la Défense a déclaré jeudi qu'Ankara était prêt à soutenir le nouveau gouvernement.", 'fr').map(([c]) => c))
      .toEqual(['org:tr-defence-ministry']);
  });
  it('keeps a state\'s own denial and a statement with a content of its own', () => {
    expect(who('Kigali rejette ces accusations. Le porte-parole du gouvernement rwandais, Yolande Makolo, a démenti jeudi toute présence de troupes.', 'fr').map(([c]) => c)[0])
      .toBe('country:RW');
    expect(who('Turkey said the withdrawal was a mistake. The Turkish Defense Ministry said Thursday that Ankara was ready to support the new government.', 'en').length).toBe(2);
  });
});

describe('a person named again by one word', () => {
  it('is the person named before, family name first or last ("Guo Jiakun ... Guo said"), and the quotation before is the content', () => {
    const c = run('Foreign ministry spokesperson Guo Jiakun accused Tokyo on Wednesday. “Japan should reflect deeply on its history,” Guo said at a regular news briefing in Beijing.', 'en').claims;
    expect(c.map((x) => [x.claimant, x.stance])).toEqual([['person:guo-jiakun', 'accuses'], ['person:guo-jiakun', 'asserts']]);
    expect(c[1].evidence.text).toBe('“Japan should reflect deeply on its history,” Guo said');
  });
});
