import { extractArticle } from '../../../src/extraction';
import { runUntil } from './helpers';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const dated = (body: string, language: 'fr' | 'en', published = '2025-03-14') =>
  run(body, language, published).claims.map((c) => [c.claimant ?? c.claimantText, c.claimedOn]);

describe('dates that belong to the content, not to the statement', () => {
  it('does not date a statement by a date inside a content clause without "that"', () => {
    expect(dated('The Pentagon said it struck a weapons depot on Sunday near the border.', 'en')).toEqual([['org:us-dod', null]]);
    expect(dated('The Pentagon said Russia had moved new launchers on Sunday.', 'en')).toEqual([['org:us-dod', null]]);
    expect(dated('The Pentagon said on Sunday it struck a weapons depot.', 'en')).toEqual([['org:us-dod', '2025-03-09']]);
    expect(dated('Iran denied the report on Friday.', 'en')).toEqual([['country:IR', '2025-03-14']]);
  });
});

describe('weekends', () => {
  it('reads "le week-end dernier", "last weekend" and "over the weekend" as a Saturday and a Sunday', () => {
    const t = (body: string, published: string, language: 'fr' | 'en') =>
      runUntil('time', { body, published, language }).times.map((x) => ({ value: x.value, end: x.end ?? null }));
    expect(t('Des combats ont eu lieu le week-end dernier.', '2025-03-21', 'fr')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
    expect(t('Fighting broke out last weekend.', '2025-03-17', 'en')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
    expect(t('Fighting broke out over the weekend.', '2025-03-17', 'en')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
    expect(t('Fighting broke out over the weekend.', '2025-03-16', 'en')).toEqual([{ value: '2025-03-15', end: '2025-03-16' }]);
  });
  it('dates a statement made on a weekend at the month of that weekend', () => {
    expect(dated('Dmitri Peskov a nié dans une vidéo publiée le week-end dernier que des soldats visaient des civils.', 'fr', '2025-03-21')).toEqual([['person:dmitry-peskov', '2025-03']]);
  });
});


describe('participles qualifying a noun after a cue', () => {
  it('neither cut the statement short nor report one of their own ("a nié dans une vidéo publiée ...")', () => {
    const c = run('Dmitri Peskov a démenti dans un entretien publié mardi que des soldats russes se trouvaient au Mali.', 'fr').claims;
    expect(c.map((x) => [x.claimant, x.stance, x.claimedOn, x.content.text])).toEqual([
      ['person:dmitry-peskov', 'denies', '2025-03-11', 'dans un entretien publié mardi que des soldats russes se trouvaient au Mali'],
    ]);
  });
});

describe('unnamed speakers', () => {
  it('dates "the official said" by the statement of the official introduced before', () => {
    expect(dated('Russia has moved new launchers to the border, a senior Western official said on Thursday. "This is a serious build-up," the official said.', 'en'))
      .toEqual([['a senior Western official', '2025-03-13'], ['the official', '2025-03-13']]);
    expect(dated("Des renforts sont arrivés à Gao, a indiqué jeudi une source sécuritaire. Cette source a ajouté que d'autres suivraient.", 'fr'))
      .toEqual([['source sécuritaire', '2025-03-13'], ['Cette source', '2025-03-13']]);
  });
  it('gives "he said" to the unnamed person who just spoke, not to someone named earlier', () => {
    const c = run('Dmitry Peskov spoke on Monday. A European diplomat said the talks had stalled. "Nobody expects a deal," he said.', 'en').claims;
    expect(c.map((x) => [x.claimant, x.claimantText, x.claimedOn])).toEqual([
      [null, 'A European diplomat', null], [null, 'A European diplomat', null],
    ]);
  });
  it('keeps a statement by officials of a country undated by what the country said before', () => {
    expect(dated('Somalia said on Tuesday that the troops had landed. More soldiers will follow, according to two Somali officials.', 'en'))
      .toEqual([['country:SO', '2025-03-11'], ['country:SO', null]]);
  });
  it('reads "people familiar with the matter" as the speaker, not the country named in the content', () => {
    const c = run('China delivered six jets to Myanmar in February, two people familiar with the matter told Reuters.', 'en').claims;
    expect(c.map((x) => [x.claimant, x.claimedOn])).toEqual([[null, null]]);
    expect(c[0].claimantText).toMatch(/^two people familiar/);
  });
  it('does not take the country after a town for the speaker ("a diplomat in Nairobi, Kenya, said")', () => {
    const c = run('A Western diplomat in Nairobi, Kenya, who asked not to be named, said the mission lacked funds.', 'en').claims;
    expect(c.map((x) => [x.claimant, x.claimantText])).toEqual([[null, 'A Western diplomat in Nairobi']]);
  });
});

describe('dates ahead of publication', () => {
  it('never date a statement by "dans les prochaines semaines" or "next week"', () => {
    expect(dated('Le ministère russe de la Défense évoque la livraison « dans les prochaines semaines » de deux systèmes.', 'fr')).toEqual([['org:ru-defence-ministry', null]]);
    expect(dated('The Pentagon announced next week a new package.', 'en')).toEqual([['org:us-dod', null]]);
  });
});

describe('statements made "at the time"', () => {
  it('take the date of what they report, else the first date of the sentence before', () => {
    expect(dated('Iran shipped drones to Russia last year, Ukrainian officials said at the time.', 'en', '2025-03-14')).toEqual([['country:UA', '2024']]);
    expect(dated("Le 12 janvier dernier, le Mali avait rompu l'accord conclu en 2015. « Nous sommes souverains », avait alors déclaré Abdoulaye Diop.", 'fr', '2025-03-14'))
      .toEqual([['person:abdoulaye-diop', '2025-01-12']]);
  });
  it('stay undated without any date to take', () => {
    expect(dated('Iran shipped drones to Russia, Ukrainian officials said at the time.', 'en')).toEqual([['country:UA', null]]);
  });
});

describe('a date opening a sentence', () => {
  it('dates the statement after it, with the words the parser leaves around it ("Le 3 février dernier,")', () => {
    expect(dated('Le 3 février dernier, le Niger avait dénoncé un accord de défense.', 'fr')).toEqual([['country:NE', '2025-02-03']]);
  });
  it('is not joined to a live blog timestamp on the line before', () => {
    expect(dated('Les combats continuent.\n\n14h10\n\nMardi soir, le Hezbollah a revendiqué des tirs de roquettes.', 'fr', '2024-12-04')).toEqual([['org:hezbollah', '2024-12-03']]);
  });
});

describe('the occasion of a statement', () => {
  it('dates it by the date right after "in a statement", "dans un communiqué", even past a "that" object', () => {
    expect(dated("Kenya's foreign ministry dismissed that account in a statement Thursday, saying its police would stay.", 'en')).toEqual([['org:ke-foreign-ministry', '2025-03-13']]);
    expect(dated('Le Kremlin a rejeté ces accusations dans un communiqué publié mardi, dénonçant une provocation.', 'fr')).toEqual([['org:kremlin', '2025-03-11']]);
  });
  it('reads "that evening", "ce soir-là" as the day named before', () => {
    expect(dated('Troops crossed the border on Saturday. "We will respond," Volodymyr Zelensky said in a video address that evening.', 'en')).toEqual([['person:volodymyr-zelensky', '2025-03-08']]);
  });
});

describe('a spokesperson named in a participle clause', () => {
  it('speaks for the body of the main clause, with its stance, and dates both', () => {
    const c = run("Le Kremlin a démenti toute présence de troupes au Mali, son porte-parole, Dmitri Peskov, évoquant le 2 mars de simples « instructeurs ».", 'fr').claims;
    expect(c.map((x) => [x.claimant, x.stance, x.claimedOn])).toEqual([
      ['org:kremlin', 'denies', '2025-03-02'], ['person:dmitry-peskov', 'denies', '2025-03-02'],
    ]);
    expect(c[0].content.text).toBe('toute présence de troupes au Mali');
  });
});

describe('interviews and additions', () => {
  it('dates a statement by an interview "publié le 12 mai" set off by commas', () => {
    expect(dated("Boris Pistorius a accusé la Russie, dans un entretien à l'agence DPA publié le 2 mars, de préparer une offensive.", 'fr'))
      .toEqual([['person:boris-pistorius', '2025-03-02']]);
  });
  it('does not take a participle after "à l\'agence X" for a statement, nor "à" for an auxiliary', () => {
    expect(run("Boris Pistorius a accusé la Russie, dans un entretien à l'agence DPA publié le 2 mars, de préparer une offensive.", 'fr').claims).toHaveLength(1);
  });
  it('keeps what is added to an accusation a statement of its own ("ajoutant que")', () => {
    const c = run('Boris Pistorius a accusé la Russie de préparer une offensive, ajoutant que des chars avaient été repérés.', 'fr').claims;
    expect(c.map((x) => [x.claimant, x.stance, x.evidence.text])).toEqual([
      ['person:boris-pistorius', 'accuses', 'Boris Pistorius a accusé la Russie de préparer une offensive'],
      ['person:boris-pistorius', 'asserts', 'ajoutant que des chars avaient été repérés'],
    ]);
  });
});

describe('a speaker inside a subordinate clause', () => {
  it('is not dated by the main clause before it', () => {
    expect(dated("L'accord signé le 4 janvier 2020 encadre cette présence, que la Russie évalue à quelques centaines d'hommes.", 'fr')).toEqual([['country:RU', null]]);
    expect(dated('The deal signed on Jan. 4 covers the troops that Russia estimates at a few hundred.', 'en')).toEqual([['country:RU', null]]);
  });
});

describe('an official quoted right after a dated lead', () => {
  it('speaks on the day of the news the lead reports', () => {
    const body = "KYIV (Example Wire) — Ukraine's military said on Wednesday it had repelled an assault near Pokrovsk.\n\n" +
      '"The enemy lost dozens of vehicles," Defence Minister Rustem Umerov told reporters.';
    expect(dated(body, 'en')).toEqual([['org:ua-zsu', '2025-03-12'], ['person:rustem-umerov', '2025-03-12']]);
  });
  it('does not reach past the paragraph after the lead, nor date a speaker without a title', () => {
    const body = "Ukraine's military said on Wednesday it had repelled an assault.\n\nThe front is long.\n\n" +
      '"The enemy lost dozens of vehicles," Defence Minister Rustem Umerov told reporters.';
    expect(dated(body, 'en')).toEqual([['org:ua-zsu', '2025-03-12'], ['person:rustem-umerov', null]]);
  });
});

describe('a state going on with its institution', () => {
  it('takes the date its ministry gave just before in the same paragraph', () => {
    expect(dated("Le ministère turc de la Défense a confirmé mardi l'envoi de batteries. Il s'agit, selon Ankara, de protéger l'espace aérien syrien.", 'fr'))
      .toEqual([['org:tr-defence-ministry', '2025-03-11'], ['country:TR', '2025-03-11']]);
  });
  it('but a country\'s press or its unnamed sources do not', () => {
    expect(dated("Le ministère turc de la Défense a confirmé mardi l'envoi de batteries. Selon une source sécuritaire turque, des drones suivront.", 'fr'))
      .toEqual([['org:tr-defence-ministry', '2025-03-11'], ['country:TR', null]]);
    expect(dated('The Israeli military said on Sunday it had sent a fourth division. Israeli media estimate that 15,000 soldiers are fighting there.', 'en'))
      .toEqual([['org:il-idf', '2025-03-09'], ['country:IL', null]]);
  });
});

describe('teasers glued to their title', () => {
  it('reads "Lire aussiMali : ..." as a teaser, whose claims are kept', () => {
    const doc = runUntil('segment', { body: 'Le texte commence ici.\nLire aussiMali : Assimi Goïta accuse Paris de soutenir les rebelles\nLa suite.', published: '2025-03-14', language: 'fr' });
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['body', 'teaser', 'body']);
    expect(dated('Le texte commence ici.\nLire aussiMali : Assimi Goïta accuse Paris de soutenir les rebelles\nLa suite.', 'fr')).toEqual([['person:assimi-goita', null]]);
  });
  it('leaves names with an inner capital alone', () => {
    const doc = runUntil('segment', { body: 'McDonald et DeSantis\nLe texte.', published: '2025-03-14', language: 'fr' });
    expect(doc.paragraphs[0].kind).toBe('heading');
  });
});

describe('more reporting verbs', () => {
  const got = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => [c.claimant ?? c.claimantText, c.stance, c.claimedOn]);
  it('reads "a salué", "réclame", "plaident pour", "urged" as statements', () => {
    expect(got('Le président kényan, William Ruto, a salué mardi « une décision historique ».', 'fr')).toEqual([['person:william-ruto', 'asserts', '2025-03-11']]);
    expect(got('Le Mali réclame le départ des troupes étrangères.', 'fr')).toEqual([['country:ML', 'asserts', null]]);
    expect(got('Mark Rutte on Sunday urged allies to send more air defence systems.', 'en')).toEqual([['person:mark-rutte', 'asserts', '2025-03-09']]);
  });
  it('reads "tranche" only after the words it reports', () => {
    expect(got('« Ils ne partiront pas », tranche un diplomate occidental.', 'fr')).toEqual([['diplomate occidental', 'asserts', null]]);
    expect(got('Une nouvelle tranche d\'aide a été votée.', 'fr')).toEqual([]);
  });
  it('reads "se bornant à reconnaître" with what follows it as the content', () => {
    const c = run("Kiev n'a jamais confirmé ces chiffres, le chef d'état-major, le général Oleksandr Syrsky, se bornant à reconnaître fin février des « pertes ».", 'fr').claims;
    expect(c.map((x) => [x.claimant, x.stance, x.claimedOn])).toEqual([['person:oleksandr-syrskyi', 'asserts', '2025-02']]);
  });
  it('does not take a demonym in the object for an inverted subject ("a salué l\'annonce kényane")', () => {
    expect(got("Le Conseil de sécurité, qui siège à New York, a salué l'annonce kényane.", 'fr')).toEqual([['org:un-security-council', 'asserts', null]]);
  });
  it('gives a verb after "and" to the subject before it, not to a demonym in the object', () => {
    expect(got('The State Department said on Monday it had no reason to doubt the British assessment and urged Tehran to stop.', 'en'))
      .toEqual([['org:us-state-department', 'asserts', '2025-03-10']]);
  });
});

describe('"a-t-on appris de sources"', () => {
  it('names the source after "de" or "auprès de", dated by the day between', () => {
    const c = run('Deux camps militaires ont été attaqués dans la nuit, a-t-on appris mercredi de sources sécuritaires maliennes.', 'fr').claims;
    expect(c.map((x) => [x.claimant, x.claimantText, x.claimedOn, x.content.text])).toEqual([
      ['country:ML', 'sources sécuritaires maliennes', '2025-03-12', 'Deux camps militaires ont été attaqués dans la nuit'],
    ]);
    expect(dated("On a appris mardi auprès de l'armée malienne que deux camps avaient été attaqués.", 'fr')).toEqual([['org:ml-fama', '2025-03-11']]);
  });
  it('is not read in "a appris à" or without a source', () => {
    expect(run("L'armée a appris à piloter des drones.", 'fr').claims).toEqual([]);
    expect(run('Deux camps ont été attaqués, a-t-on appris mercredi.', 'fr').claims).toEqual([]);
  });
});

describe('"a souligné le communiqué"', () => {
  it('gives the words of a statement just reported to its author', () => {
    expect(dated("L'armée malienne a annoncé lundi avoir repris Kidal. « La ville est sous contrôle », a précisé le communiqué.", 'fr'))
      .toEqual([['org:ml-fama', '2025-03-10'], ['org:ml-fama', '2025-03-10']]);
  });
  it('but not a report named by its author ("le rapport de l\'ONU")', () => {
    expect(run("L'armée malienne a annoncé lundi avoir repris Kidal. « La ville est détruite », a précisé le rapport de l'ONU.", 'fr').claims.map((c) => c.claimant))
      .toEqual(['org:ml-fama', 'org:un']);
  });
});

describe('a relative clause after an inverted speaker', () => {
  it('is a second statement of that speaker, with its own span', () => {
    const c = run("Les premiers blindés sont arrivés, a indiqué jeudi l'ambassade américaine, qui évoque une deuxième livraison en avril.", 'fr').claims;
    expect(c.map((x) => [x.claimant, x.claimedOn, x.evidence.text])).toEqual([
      ['org:us-embassy', '2025-03-13', "Les premiers blindés sont arrivés, a indiqué jeudi l'ambassade américaine"],
      ['org:us-embassy', '2025-03-13', 'qui évoque une deuxième livraison en avril'],
    ]);
  });
});

describe('a month after a noun object', () => {
  it('is the object\'s, while one right after the cue or its addressee dates the statement', () => {
    expect(dated('Le Kremlin évoque une livraison en avril.', 'fr')).toEqual([['org:kremlin', null]]);
    expect(dated('Two US officials told Reuters in February that the bombs had shipped.', 'en')).toEqual([['country:US', '2025-02']]);
  });
});

describe('a month inside a relative clause between the speaker and the cue', () => {
  it('does not date the statement', () => {
    expect(dated("Assimi Goïta, arrivé au pouvoir après le coup d'Etat qui a renversé le président en août, réclame le départ des troupes françaises.", 'fr'))
      .toEqual([['person:assimi-goita', null]]);
    expect(dated('A report by the UN, released in February, estimated that 5,000 troops had arrived.', 'en')).toEqual([['A report by the UN', '2025-02']]);
  });
});

describe('the bound of a span', () => {
  it('never dates a statement ("depuis le 10 mai", "since March 3")', () => {
    expect(dated("L'ONG Médecins sans frontières affirme avoir soigné 1 300 blessés depuis le 10 mai.", 'fr')).toEqual([['org:msf', null]]);
    expect(dated('The Pentagon said troops had been deployed since March 3.', 'en')).toEqual([['org:us-dod', null]]);
  });
});

describe('participles that report nothing', () => {
  it('reads "in disputed waters" as a qualifier and a contributor line as no claim', () => {
    expect(run('Manila and Hanoi will boost coast guard cooperation in disputed waters.', 'en').claims).toEqual([]);
    expect(run('Associated Press writer Laura Kent reported from Nairobi, Kenya.', 'en').claims).toEqual([]);
    expect(dated('Ukraine reported on Monday that the ships had left.', 'en')).toEqual([['country:UA', '2025-03-10']]);
  });
});

describe('material analysed by someone', () => {
  it('is sourced to whoever analysed or published it', () => {
    expect(run("La Russie a déplacé des radars vers la Libye, d'après des images satellites analysées par plusieurs chercheurs.", 'fr').claims.map((c) => c.claimantText))
      .toEqual(['plusieurs chercheurs']);
    expect(run('Russia moved radars to Libya, according to a report published by the United Nations.', 'en').claims.map((c) => c.claimant)).toEqual(['org:un']);
  });
});

describe('inverted pronouns without a euphonic t', () => {
  it('read "avait-il déclaré", "ont-ils assuré" like "a-t-il déclaré"', () => {
    expect(dated("Assimi Goïta a réclamé mardi le départ des soldats. « Le Mali est souverain », avait-il déclaré à l'AFP.", 'fr'))
      .toEqual([['person:assimi-goita', '2025-03-11'], ['person:assimi-goita', '2025-03-11']]);
  });
});

describe('"the three countries say"', () => {
  it('is the last list of that many states named just before', () => {
    const c = run('Le pacte a été signé à Bamako par le Mali, le Niger et le Burkina Faso. Les trois pays affirment que le pacte est défensif.', 'fr').claims;
    expect(c.map((x) => [x.claimantText, x.claimantEntities])).toEqual([['Mali, le Niger et le Burkina Faso', ['country:ML', 'country:NE', 'country:BF']]]);
  });
  it('needs a list of exactly that many', () => {
    expect(run('Le pacte a été signé par le Mali et le Niger. Les trois pays affirment que le pacte est défensif.', 'fr').claims).toEqual([]);
  });
});

describe('a quotation before a speaker with a determiner', () => {
  it('takes the quoted words as the evidence of "a NATO official said"', () => {
    const claims = run('"We see no sign of a withdrawal," a senior NATO official told Reuters.', 'en').claims;
    expect(claims.map((c) => [c.claimant, c.evidence.text])).toEqual([['org:nato', '"We see no sign of a withdrawal," a senior NATO official told']]);
  });
});

describe('accusations called absurd are denied', () => {
  it('reads the plural and feminine forms of dismissive words', () => {
    const stances = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => c.stance);
    expect(stances('Le ministre iranien, Abbas Araghchi, a qualifié ces informations de « mensongères ».', 'fr')).toEqual(['denies']);
    expect(stances('Le Kremlin a jugé ces accusations « grotesques ».', 'fr')).toEqual(['denies']);
    expect(stances('Moscow called the reports "preposterous".', 'en')).toEqual(['denies']);
  });
});
