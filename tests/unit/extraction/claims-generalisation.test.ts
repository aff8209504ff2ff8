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
