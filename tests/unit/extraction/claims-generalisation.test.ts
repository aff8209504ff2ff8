import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const claims = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant, c.stance]);

describe('uses of cue words that report nothing', () => {
  it('does not take "par ailleurs" for the agent of a passive', () => {
    expect(claims("Le Kremlin affirme par ailleurs que le Pakistan a tiré des missiles.", 'fr')).toEqual([['org:kremlin', 'asserts']]);
    expect(claims("Le HUR accuse par ailleurs l'Iran d'avoir livré des missiles à la Russie.", 'fr')).toEqual([['org:ua-hur', 'accuses']]);
  });
  it('reads "a lancé" as a cue only before quoted words', () => {
    expect(claims('La Russie a lancé 126 drones contre Kiev.', 'fr')).toEqual([]);
    expect(claims('« Nous ne reculerons pas », a lancé Volodymyr Zelensky.', 'fr')).toEqual([['person:volodymyr-zelensky', 'asserts']]);
  });
  it('does not read "s\'annonce" or a participle qualifying a noun as a statement', () => {
    expect(claims("Pour la Russie, la bascule s'annonce plus délicate.", 'fr')).toEqual([]);
    expect(claims('Le nouveau commandement, confié au général Pascal Ianni, sera basé à Paris.', 'fr')).toEqual([]);
  });
});

describe('stance from the words of a neutral cue', () => {
  const stance = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => c.stance);
  it('reads categorical rejections, false reports and non-participation as denials', () => {
    expect(stance('« Nous rejetons catégoriquement ces accusations », a déclaré Dmitri Peskov.', 'fr')).toEqual(['denies']);
    expect(stance('« Ce sont des informations fausses », a déclaré Dmitri Peskov.', 'fr')).toEqual(['denies']);
    expect(stance('« Le Rwanda ne prend pas part à ce conflit », a déclaré Yolande Makolo.', 'fr')).toEqual(['denies']);
    expect(stance('Dmitry Peskov said Russia was not a party to the conflict.', 'en')).toEqual(['denies']);
  });
  it('keeps "fausses" alone out of it', () => {
    expect(stance("Les soldats sont munis de fausses pièces d'identité, a ajouté le NIS.", 'fr')).toEqual(['asserts']);
  });
  it('reads "pas convaincu", "not convinced" and "another question" as doubts', () => {
    expect(stance('Un diplomate européen se dit « pas convaincu » que la force suffira.', 'fr')).toEqual(['doubts']);
    expect(stance('Dmitry Peskov said he was not convinced the plan would work.', 'en')).toEqual(['doubts']);
    expect(stance('Dmitry Peskov said: "Whether that is enough is another question."', 'en')).toEqual(['doubts']);
  });
  it('does not let a concession change the stance of the main statement', () => {
    expect(stance('Lithuanian military intelligence said Russia was likely to move troops into Belarus, though it saw no sign of preparations for an attack.', 'en')).toEqual(['asserts']);
  });
});

describe('content after the cue when it is introduced ("that", a quote, a colon)', () => {
  const got = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant, c.stance, c.claimedOn, c.content.text]);
  it('reads what precedes a named speaker as the setting, and dates the statement from it', () => {
    expect(got('Speaking at a ceremony in Vilnius on Thursday, the chancellor, Friedrich Merz, told soldiers that Germany would stay.', 'en'))
      .toEqual([['person:friedrich-merz', 'asserts', '2025-03-13', 'soldiers that Germany would stay']]);
  });
  it('does not take an apposition before the name for the content', () => {
    expect(got('Russia\'s deputy defence minister, Yunus-Bek Yevkurov, who has visited Benghazi five times, said in February that Moscow had "no plans" to open a base.', 'en'))
      .toEqual([['person:yunus-bek-yevkurov', 'denies', '2025-02', 'in February that Moscow had "no plans" to open a base']]);
  });
});

describe('participle clauses speak for the main clause', () => {
  const got = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant, c.stance, c.evidence.text]);
  it('gives a participle with a stance of its own to the speaker before it, not to a noun after it', () => {
    expect(got('Le président kényan, William Ruto, a assuré mercredi que ses policiers resteraient, démentant des informations de la presse kényane.', 'fr'))
      .toEqual([
        ['person:william-ruto', 'asserts', 'William Ruto, a assuré mercredi que ses policiers resteraient'],
        ['person:william-ruto', 'denies', 'démentant des informations de la presse kényane'],
      ]);
    expect(got("Ousmane Sonko s'est félicité d'une « victoire », tout en accusant Paris d'avoir « traîné les pieds ».", 'fr').map((c) => c.slice(0, 2)))
      .toEqual([['person:ousmane-sonko', 'asserts'], ['person:ousmane-sonko', 'accuses']]);
  });
  it('keeps "denied X, saying Y" and "condemned X, accusing Y" one statement', () => {
    expect(got('The Israeli military denied targeting peacekeepers, saying its soldiers faced an immediate threat.', 'en'))
      .toEqual([['org:il-idf', 'denies', 'Israeli military denied targeting peacekeepers, saying its soldiers faced an immediate threat']]);
    expect(got('Lin Jian condemned the sale, accusing Washington of sending a wrong signal.', 'en').map((c) => c.slice(0, 2))).toEqual([['person:lin-jian', 'accuses']]);
  });
  it('gives a participle after a clause with no cue (or with "urged", a cue since session 8) to the subject of that clause', () => {
    expect(got('Israeli Prime Minister Benjamin Netanyahu on Sunday urged Antonio Guterres to withdraw the peacekeepers, accusing Hezbollah of using them as shields.', 'en').map((c) => c.slice(0, 2)))
      .toEqual([['person:benjamin-netanyahu', 'asserts'], ['person:benjamin-netanyahu', 'accuses']]);
    expect(got('Uganda sent troops to Bunia, saying it wanted to protect civilians.', 'en').map((c) => c.slice(0, 2))).toEqual([['country:UG', 'asserts']]);
  });
});

describe('dates of statements', () => {
  const dates = (body: string, language: 'fr' | 'en', published = '2025-03-14') => run(body, language, published).claims.map((c) => c.claimedOn);
  it('reads a month and year the French parser misses ("en décembre 2024", "dès novembre 2024") next to the cue', () => {
    expect(dates('Emmanuel Macron a confirmé en décembre 2024 que la base fermerait.', 'fr')).toEqual(['2024-12']);
    expect(dates('Emmanuel Macron a confirmé le 3 décembre 2024 que la base fermerait.', 'fr')).toEqual(['2024-12-03']);
  });
  it('reads "Fin février" at the start of the sentence as the month of the statement', () => {
    expect(dates('Fin février, le Service national du renseignement sud-coréen avait estimé que les pertes dépassaient 4 000.', 'fr')).toEqual(['2025-02']);
  });
  it('reads "ce jour-là" and "the same day" as the day named before', () => {
    expect(dates('Le 6 mars, Wagner a annoncé son départ. Le groupe paramilitaire a confirmé ce jour-là le retrait de ses hommes.', 'fr')).toEqual(['2025-03-06', '2025-03-06']);
    expect(dates('Fighting resumed on March 2. The Kremlin said the same day that talks were over.', 'en')).toEqual(['2025-03-02']);
  });
  it('dates a statement by a month between the cue and "that"', () => {
    expect(dates('Lithuanian military intelligence said in its annual threat assessment in February that Russia would move troops.', 'en')).toEqual(['2025-02']);
  });
  it('does not date a "selon" claim by a day in its content', () => {
    expect(dates('Selon plusieurs sources sécuritaires, des soldats burundais ont quitté dimanche leurs positions.', 'fr')).toEqual([null]);
  });
});

describe('the speaker behind a title, a pronoun or a relative clause', () => {
  const got = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant, c.stance, c.content.text]);
  it('reads "selon lui" as the speaker just named', () => {
    expect(got("Les renforts sont arrivés en janvier, a précisé mercredi le porte-parole du HUR, Andriï Ioussov. Selon lui, Pyongyang a aussi livré des obusiers.", 'fr')[1])
      .toEqual(['person:andrii-ioussov', 'asserts', 'Pyongyang a aussi livré des obusiers']);
  });
  it('takes the name in apposition to an inverted title, past the outlet spoken to', () => {
    expect(got('« Nos troupes ne fuient pas », a assuré lundi à RFI le porte-parole de l’armée burundaise, le colonel Gaspard Baratuza, qui rejette les informations sur un retrait.', 'fr'))
      .toEqual([
        ['person:gaspard-baratuza', 'asserts', '« Nos troupes ne fuient pas »'],
        ['person:gaspard-baratuza', 'denies', 'les informations sur un retrait'],
      ]);
  });
});

describe('nouns and caveats that are not claims', () => {
  it('reads "reports", "claims", "estimates" after a non-subject as nouns', () => {
    expect(claims('Maria Zakharova dismissed as "a provocation" reports in South Korean media about the troops.', 'en')).toEqual([['person:maria-zakharova', 'denies']]);
    expect(claims("Taiwan's defense ministry denied local media reports last week that deliveries could slip.", 'en')).toEqual([['org:tw-defence-ministry', 'denies']]);
    expect(claims('Israeli media estimate that more than 15,000 soldiers are now fighting there.', 'en')).toHaveLength(1);
    expect(claims('Some analysts, however, doubt that Washington would risk a clash.', 'en')).toEqual([[null, 'doubts']]);
  });
  it('does not take an outlet\'s verification caveat for a claim', () => {
    expect(claims('The BBC has been unable to verify reports that some troops have run short of food.', 'en')).toEqual([]);
  });
});

describe('clauses that go on with a statement', () => {
  it('gives a relative clause with no named antecedent to the speaker before it, once per stance', () => {
    expect(claims('« On risque de reproduire les erreurs », prévient Louis-Philippe Mercier, chercheur à l’Observatoire canadien sur les crises, qui se dit « pas convaincu » que les fonds suffiront.', 'fr'))
      .toEqual([['person:louis-philippe-mercier', 'asserts'], ['person:louis-philippe-mercier', 'doubts']]);
    expect(claims('« Ce n’est pas une éviction », assure Jean Dupont, ancien attaché militaire, qui précise que cent instructeurs resteront.', 'fr')).toHaveLength(1);
  });
  it('does not date a statement joined by "and" with the dates of the one before', () => {
    const got = run('Trump has repeatedly questioned the billions Washington has provided Kyiv since the invasion in February 2022, and has said he would end the war quickly.', 'en').claims;
    expect(got.map((c) => [c.stance, c.claimedOn])).toEqual([['doubts', null], ['asserts', null]]);
  });
  it('reads an opening phrase as the setting of the statement', () => {
    const got = run('In a post on Telegram on Friday, the Wagner Group said it had fought terrorism alongside Malian forces.', 'en').claims;
    expect(got.map((c) => [c.claimant, c.claimedOn, c.content.text])).toEqual([['org:wagner', '2025-03-14', 'it had fought terrorism alongside Malian forces']]);
  });
  it('reads unnamed groups ("Human rights groups", "critics") as claimants', () => {
    expect(run('Human rights groups have accused Malian troops of killing civilians.', 'en').claims.map((c) => [c.claimantText, c.stance])).toEqual([['Human rights groups', 'accuses']]);
  });
  it('does not read "de fabrication chinoise" as a denial', () => {
    expect(claims("L'armée de l'air pakistanaise affirme avoir abattu cinq appareils grâce à ses J-10C de fabrication chinoise.", 'fr')).toEqual([['org:pk-air-force', 'asserts']]);
  });
});

describe('more reporting verbs, and dates they do not have', () => {
  it('reads calls, exclusions and documentation as statements', () => {
    expect(claims("Volodymyr Zelensky a de nouveau appelé les alliés de l'Ukraine à accélérer leurs livraisons.", 'fr')).toEqual([['person:volodymyr-zelensky', 'asserts']]);
    expect(claims('Joe Biden has ruled out sending troops to Ukraine.', 'en')).toEqual([['person:joe-biden', 'asserts']]);
  });
  it('reads "welcomed" as a statement only before quoted words', () => {
    expect(claims('Joe Biden welcomed the decision.', 'en')).toEqual([]);
    expect(claims('Joe Biden welcomed "a historic decision".', 'en')).toEqual([['person:joe-biden', 'asserts']]);
  });
  it('does not date a statement by "now", nor an English present perfect by an earlier statement', () => {
    const got = run("Ukraine's military intelligence agency said last week that crews were still in Kursk. Ukraine's military intelligence chief Kyrylo Budanov has said that half of Russia's shells now come from North Korea.", 'en').claims;
    expect(got.map((c) => c.claimedOn)).toEqual(['2025-03', null]);
  });
});

describe('a quotation going on in the next sentence', () => {
  it('is a claim of the same speaker when it doubts or denies', () => {
    const got = run('"The juntas are buying whatever helps them survive," Dmitry Peskov said on Monday. "Whether that is enough to defeat the armed groups is another question."', 'en').claims;
    expect(got.map((c) => [c.claimant, c.stance, c.claimedOn])).toEqual([['person:dmitry-peskov', 'asserts', '2025-03-10'], ['person:dmitry-peskov', 'doubts', '2025-03-10']]);
  });
  it('is part of the statement before when it only goes on asserting', () => {
    expect(claims('"We will stay," Dmitry Peskov said on Monday. "Our troops are ready and our allies know it."', 'en')).toEqual([['person:dmitry-peskov', 'asserts']]);
  });
});

describe('French relative clauses with the subject after the verb', () => {
  it('reads "que rejette X" and "ce qu\'avait affirmé mercredi X" as X speaking', () => {
    expect(claims("Une lecture que rejette l’ambassade de France à Dakar, selon laquelle le calendrier a été respecté.", 'fr')).toEqual([['org:fr-embassy', 'denies']]);
    const got = run("Le Kremlin a démenti toute rencontre, contrairement à ce qu’avait affirmé mercredi Donald Trump.", 'fr').claims;
    expect(got.map((c) => [c.claimant, c.stance, c.claimedOn])).toEqual([['org:kremlin', 'denies', null], ['person:donald-trump', 'asserts', '2025-03-12']]);
  });
  it('does not read "selon laquelle" as a source', () => {
    expect(run("Le ministre a cité une note selon laquelle les troupes resteront.", 'fr').claims.filter((c) => c.cue.startsWith('selon'))).toEqual([]);
  });
});

describe('"quoted X as saying"', () => {
  it('gives the quotation to the one quoted, active or passive', () => {
    expect(claims('"The North has received Pantsir systems," lawmaker Lee Seong-kweun quoted the NIS as saying.', 'en')).toEqual([['org:kr-nis', 'asserts']]);
    expect(claims('"They are heroes of the motherland," Kim Jong Un was quoted as saying.', 'en')).toEqual([['person:kim-jong-un', 'asserts']]);
  });
});

describe('reactions and participles that are not statements', () => {
  it('reads "responded to a threat" and "responded angrily" as no statement', () => {
    expect(claims('The Israeli military denied targeting peacekeepers, saying its troops had responded to "an immediate threat" from fighters nearby.', 'en')).toEqual([['org:il-idf', 'denies']]);
    expect(claims('Beijing responded angrily.', 'en')).toEqual([]);
    expect(claims('"No," replied Dmitry Peskov.', 'en')).toEqual([['person:dmitry-peskov', 'asserts']]);
  });
  it('does not make "les chiffres avancés par Kiev" a claim when someone else comments on them', () => {
    expect(run("Interrogé par l’AFP, un responsable militaire occidental s’est dit « pas en mesure de confirmer » les chiffres avancés par Kiev.", 'fr').claims.map((c) => [c.claimant, c.claimantText, c.stance]))
      .toEqual([[null, 'un responsable militaire occidental', 'doubts']]);
  });
});

describe('one speaker relaying another in the same sentence', () => {
  it('keeps the statement relayed, not the relay ("according to lawmaker X", "X told reporters")', () => {
    expect(claims('The National Intelligence Service told a parliamentary committee that 600 soldiers had been killed, according to lawmaker Lee Seong-kweun.', 'en')).toEqual([['org:kr-nis', 'asserts']]);
    expect(claims('The National Intelligence Service also said 3,000 soldiers had been sent in January, Lee Seong-kweun told reporters.', 'en')).toEqual([['org:kr-nis', 'asserts']]);
  });
  it('keeps a second speaker who reacts or speaks in a clause of their own', () => {
    expect(claims('Azerbaijan accused Armenian forces of firing on its positions, a claim Yerevan rejected as "disinformation".', 'en')).toEqual([['country:AZ', 'accuses'], ['country:AM', 'denies']]);
    expect(claims('Ilham Aliyev called the deal "a historic day", while Nikol Pashinyan said it opened "a new page" in relations.', 'en').map((c) => c[0])).toContain('person:nikol-pashinyan');
  });
  it('reads the content of a participle in an absolute construction after it', () => {
    const got = run("Le ministère russe des Affaires étrangères a démenti le 10 juin toute « base permanente », sa porte-parole Maria Zakharova évoquant une simple « coopération ».", 'fr').claims;
    expect(got.map((c) => [c.claimant, c.stance])).toEqual([['org:ru-foreign-ministry', 'denies'], ['person:maria-zakharova', 'asserts']]);
  });
});

describe('one statement across clauses and sentences', () => {
  it('keeps a counter-accusation with the denial it goes with', () => {
    expect(claims("Téhéran « rejette catégoriquement » ces accusations, a réagi mercredi le porte-parole de la diplomatie iranienne, Esmaïl Baghaï, qui dénonce une « campagne de désinformation ».", 'fr'))
      .toEqual([['person:esmail-baghai', 'denies']]);
  });
  it('dates "Dans son communiqué, X ..." by X\'s statement before, whatever was said in between', () => {
    const got = run("La Corée du Nord a envoyé 3 000 soldats, a affirmé mercredi le renseignement militaire ukrainien (HUR) dans un communiqué. Le ministère russe de la Défense a affirmé mardi avoir repris trois localités. Dans son communiqué, le HUR accuse par ailleurs l’Iran d’avoir transféré des missiles.", 'fr').claims;
    expect(got.map((c) => c.claimedOn)).toEqual(['2025-03-12', '2025-03-11', '2025-03-12']);
  });
  it('does not date a relative clause by the month of the main clause', () => {
    expect(run("Au Mali, les paramilitaires russes ont pris en juin le relais du groupe Wagner, qui a annoncé son départ du pays.", 'fr').claims.map((c) => c.claimedOn)).toEqual([null]);
  });
});

describe('names with a nickname, and years alone', () => {
  it('steps over a quoted nickname to the name in apposition', () => {
    expect(claims('Jimmy Chérizier, dit « Barbecue », chef de la coalition de gangs Viv Ansanm, a rejeté toute négociation.', 'fr')).toEqual([['person:jimmy-cherizier', 'asserts']]);
  });
  it('reads "en 2023" as a year', () => {
    expect(run('Mohamed Hamdan Daglo avait nié en 2023 que ses troupes visaient des civils.', 'fr').claims.map((c) => c.claimedOn)).toEqual(['2023']);
  });
});

describe('unnamed speakers after a conjunction, and dates in a clause going on', () => {
  it('reads "but critics say" and "but officials have said" as new unnamed speakers', () => {
    expect(run('But critics at home say the deployment was poorly equipped.', 'en').claims.map((c) => c.claimantText)).toEqual(['critics at home']);
    expect(run('Belgium committed 30 F-16s in May, but officials in Brussels have said the first will not arrive before 2025.', 'en').claims.map((c) => c.claimantText)).toEqual(['officials in Brussels']);
  });
  it('does not date a statement by a day in the participle clause going on with it', () => {
    expect(run('"We will respond," Dmitry Peskov said, adding that the strike on Monday had killed civilians.', 'en').claims.map((c) => c.claimedOn)).toEqual([null]);
  });
});

describe('threats', () => {
  it('reads "a menacé de", "threatened to" as statements, "a menacé la police" as an act', () => {
    expect(claims('Israël Katz a menacé mardi de frapper le Liban.', 'fr')).toEqual([['person:israel-katz', 'asserts']]);
    expect(claims('Jimmy Chérizier, dit « Barbecue », a menacé la police.', 'fr')).toEqual([]);
  });
});

describe('"on" as the voice of a body named up front', () => {
  it('reads "Du côté du Kremlin, on assure que" as the Kremlin speaking, and a bare "on" as no one', () => {
    expect(claims('Du côté du Kremlin, on assure que les troupes resteront.', 'fr')).toEqual([['org:kremlin', 'asserts']]);
    expect(claims('À Paris, on assure que les troupes resteront.', 'fr')).toEqual([]);
  });
});

describe('an agency citing a source, and settings', () => {
  it('gives "Selon TASS, qui cite X" to X', () => {
    expect(run('Selon TASS, qui cite une source militaire, 200 soldats russes sont arrivés à Bamako.', 'fr').claims.map((c) => [c.claimant, c.claimantText])).toEqual([[null, 'une source militaire']]);
  });
  it('reads "Asked whether ..., X said" with the content after the cue', () => {
    expect(run('Asked whether troops would be sent, Dmitry Peskov said no decision had been taken.', 'en').claims.map((c) => c.content.text)).toEqual(['no decision had been taken']);
  });
});

describe('"Pour X, « ... »"', () => {
  it('attributes quoted words after "Pour X," to X, and leaves the writer\'s view of X alone', () => {
    expect(claims('Pour le ministre des Affaires étrangères, Sergueï Lavrov, cette décision est « une provocation ».', 'fr')).toEqual([['person:sergei-lavrov', 'asserts']]);
    expect(claims("Pour Moscou, la bascule s'annonce délicate.", 'fr')).toEqual([]);
    expect(claims('Pour le journal burkinabè, « les Tchadiens ont le droit de choisir ».', 'fr')).toEqual([]);
  });
});

describe('noun uses of cue words inside the content', () => {
  it('does not end the content at "the claims" and reads "absurd" as a denial', () => {
    const got = run('Maria Zakharova said on Tuesday that the claims were "absurd".', 'en').claims;
    expect(got.map((c) => [c.claimant, c.stance, c.content.text])).toEqual([['person:maria-zakharova', 'denies', 'on Tuesday that the claims were "absurd"']]);
  });
});

describe('a title before the name', () => {
  it('is not the content of the statement', () => {
    expect(run("Le ministre de la Défense, Sébastien Lecornu, a annoncé l'envoi de 300 soldats.", 'fr').claims.map((c) => [c.claimant, c.content.text]))
      .toEqual([['person:sebastien-lecornu', "l'envoi de 300 soldats"]]);
  });
  it('reads "fait état de" as a reporting verb', () => {
    expect(claims("L'état-major ukrainien fait état de 40 attaques dans la nuit.", 'fr')).toEqual([['org:ua-general-staff', 'asserts']]);
  });
});

describe('a date alone before the speaker', () => {
  it('is the setting of the statement, not its content', () => {
    expect(run('Lundi, Kiev a accusé Moscou. Le même jour, le Kremlin a démenti.', 'fr').claims.map((c) => [c.claimant, c.claimedOn])).toEqual([['country:UA', '2025-03-10'], ['org:kremlin', '2025-03-10']]);
  });
});

describe('a participle qualifying the noun before it', () => {
  it('is not a statement ("les lanceurs promis cet été"), while an auxiliary or an agent makes one', () => {
    expect(claims("L’Allemagne a livré les deux lanceurs Patriot promis cet été, a indiqué le ministère allemand de la Défense.", 'fr')).toEqual([['org:de-defence-ministry', 'asserts']]);
    expect(claims('Une accusation aussitôt rejetée par Kiev.', 'fr')).toEqual([['country:UA', 'denies']]);
    expect(claims('Volodymyr Zelensky a de nouveau appelé les alliés à agir.', 'fr')).toEqual([['person:volodymyr-zelensky', 'asserts']]);
    expect(claims('Israël Katz a menacé de frapper. « Nous ne reviendrons pas en arrière », a-t-il ajouté.', 'fr')).toEqual([['person:israel-katz', 'asserts'], ['person:israel-katz', 'asserts']]);
  });
});

describe('a year alone in English dates a statement', () => {
  it('reads "said in 2023" as the year 2023', () => {
    const claims = extractArticle({ body: 'Rutte said in 2023 that NATO would not send troops.', published: '2025-03-14', language: 'en' }).claims;
    expect(claims.map((c) => [c.claimedOn, c.claimedOnPrecision])).toEqual([['2023', 'year']]);
  });
});
