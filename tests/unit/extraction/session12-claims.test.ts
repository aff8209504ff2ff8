import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2025-03-14') => extractArticle({ body, published, language });
const claims = (body: string, language: 'fr' | 'en') => run(body, language).claims.map((c) => `${c.claimant} ${c.stance} | ${c.evidence.text}`);
const claimantOf = (body: string, language: 'fr' | 'en', words: string) => run(body, language).claims.find((c) => c.evidence.text.includes(words))?.claimant;

describe('a definite noun for a speaker named before ("selon le journal", "the command said")', () => {
  it('reads a press noun as the outlet named last', () => {
    expect(claimantOf("Le Figaro a publié mardi une enquête. Selon le journal, l'armée malienne a envoyé 300 soldats à Gao.", 'fr', '300 soldats')).toBe('org:le-figaro');
    expect(claimantOf('The Guardian published an investigation on Tuesday. According to the paper, the army sent 300 troops to Basra.', 'en', '300 troops')).toBe('org:guardian');
  });
  it('reads a noun that heads the name of a body named before as that body', () => {
    expect(claimantOf("India's Northern Command said on Monday that two regiments had moved. The command said the tanks had been airlifted.", 'en', 'tanks')).toBe('org:northern-command');
    expect(claimantOf('US Southern Command said 800 Marines arrived this week. They will train with local police, the command said in a statement.', 'en', 'local police')).toBe('org:us-southern-command');
  });
  it('finds no speaker when nothing of that kind was named, or when the noun names its own body', () => {
    expect(claims('According to the paper, the army sent 300 troops to Basra.', 'en').join()).not.toMatch(/org:/);
    expect(claimantOf("India's Northern Command moved two regiments. The committee said the tanks had been airlifted.", 'en', 'tanks') ?? null).not.toBe('org:northern-command');
  });
});

describe('the agent of a passive denial after a manner ("rejetée « avec fermeté » par X")', () => {
  it('finds the agent past a short quotation or an adverb', () => {
    expect(claims("Le Mali accuse l'Algérie de soutenir les rebelles, une accusation rejetée « avec la plus grande fermeté » par Alger.", 'fr').join('\n')).toMatch(/^country:DZ denies/m);
    expect(claims('Mali accused Algeria of backing the rebels, a charge rejected outright by Algiers.', 'en').join('\n')).toMatch(/^country:DZ denies/m);
  });
});

describe('"Pour X, ..." followed by ", mais il doute ..."', () => {
  const body = "La ministre Claire Martin a salué la mission. Pour Anne Dupuis, chercheuse à l'Institut français des relations internationales (IFRI), la présence de la frégate « rassure les armateurs », mais elle doute qu'une mission de trois mois « change quoi que ce soit ».";
  it("gives X the view before the conjunction, and the pronoun after it", () => {
    expect(claimantOf(body, 'fr', 'rassure')).toBe('person:anne-dupuis');
    expect(run(body, 'fr').claims.find((c) => c.stance === 'doubts')?.claimant).toBe('person:anne-dupuis');
  });
  it('leaves a sentence whose statement follows without a conjunction to that statement', () => {
    const other = 'Pour Anne Dupuis, chercheuse à l\'IFRI, la ministre Claire Martin a assuré que la mission « rassure les armateurs ».';
    expect(run(other, 'fr').claims.map((c) => c.claimant)).not.toContain('person:anne-dupuis');
  });
});

describe('an outlet qualified by its country after "according to" / "selon"', () => {
  it('takes the outlet named past the country and a press noun, not the country', () => {
    expect(claimantOf('According to the Argentine newspaper Clarin, Britain has also blocked the sale of ten jets.', 'en', 'ten jets')).toBe('org:clarin');
    expect(claimantOf('According to the German magazine Der Spiegel, Berlin will send ten jets.', 'en', 'ten jets')).toBe('org:der-spiegel');
    expect(claimantOf("Selon l'hebdomadaire allemand Der Spiegel, l'armée a envoyé 300 soldats à la frontière.", 'fr', '300 soldats')).toBe('org:der-spiegel');
  });
  it('still reads a country alone as the source', () => {
    expect(claimantOf('According to Russia, Ukraine will get ten jets.', 'en', 'ten jets')).toBe('country:RU');
  });
});

describe('"assurer" with a thing as its object provides it, and reports nothing', () => {
  it('finds no claim in "assure une présence", "assure la sécurité"', () => {
    expect(claims('La France assure une présence quasi permanente dans le golfe depuis 1990.', 'fr')).toEqual([]);
    expect(claims('Le Sénégal assure la sécurité du port depuis mars.', 'fr')).toEqual([]);
  });
  it('keeps "assure avoir", "assurer X que"', () => {
    expect(claims('Le ministre assure avoir envoyé des renforts à Gao.', 'fr')).toHaveLength(1);
    expect(claims('Le ministre a assuré la presse que les renforts étaient arrivés.', 'fr')).toHaveLength(1);
  });
});

describe('a subject with a long relative clause before the cue', () => {
  it('keeps the subject, not a body named after the cue', () => {
    expect(claimantOf("Les États-Unis, qui cherchent à garder un pied dans la région, ont annoncé l'envoi de radars à l'armée tadjike.", 'fr', 'radars')).toBe('country:US');
    expect(claimantOf('The United States, which has kept a small presence in the region for decades, said it would send radars to the Tajik army.', 'en', 'radars')).toBe('country:US');
  });
});

describe('initials for a body named before ("the MoD said")', () => {
  const body = "Two more jets will fly to the Falkland Islands next month, Britain's Ministry of Defence said on Wednesday. The jets will join the four Typhoons already based at RAF Mount Pleasant, and the destroyer HMS Dauntless will sail from Portsmouth later this month, the MoD said.";
  it('reads them as the body whose name they spell, not a body named in what it said', () => {
    expect(claimantOf(body, 'en', 'HMS Dauntless')).toBe('org:gb-mod');
  });
});

describe('material analysed by someone speaks for them ("images analysed by X show")', () => {
  it('takes the agent named before the verb as the claimant', () => {
    expect(claimantOf('Satellite images analysed by the geospatial firm Maxar show at least six fighters at Hotan air base.', 'en', 'six fighters')).toBe('org:maxar');
    expect(claimantOf('Des images satellites analysées par la société Maxar montrent au moins six chasseurs sur la base de Hotan.', 'fr', 'six chasseurs')).toBe('org:maxar');
    expect(claimantOf("Data compiled by the Stockholm International Peace Research Institute (SIPRI) show that China supplied 80 percent of Pakistan's arms.", 'en', '80 percent')).toBe('org:sipri');
  });
  it('reads nothing into "showed" without an agent', () => {
    expect(claims('Russia showed no sign of backing down.', 'en')).toEqual([]);
    expect(claims('Satellite images show at least six fighters at Hotan air base.', 'en')).toEqual([]);
  });
});

describe('the walk back over commas for a subject stops at a coordinated clause', () => {
  it('does not take a body named in what was said as the speaker', () => {
    const body = 'The jets will join the four Typhoons already based at RAF Mount Pleasant, and the destroyer HMS Dauntless will sail from Portsmouth later this month, the ministry spokesman said.';
    expect(run(body, 'en').claims.map((c) => c.claimant)).not.toContain('org:gb-air-force');
  });
});

describe('"..., comme l\'a rapporté X": the subject after the verb', () => {
  it('takes the speaker after the verb, past a date, not a nationality in what was said', () => {
    expect(claimantOf("Des soldats sont arrivés à Tampico, comme l'a rapporté mardi le New York Times, qui cite des responsables américains.", 'fr', 'Tampico')).toBe('org:nyt');
    expect(claimantOf("Des soldats russes sont arrivés à Bamako, comme l'avait annoncé le ministre malien de la Défense, Sadio Camara.", 'fr', 'Bamako')).toBe('person:sadio-camara');
  });
});

describe('a source quoted by an agency or a paper after "selon" / "according to"', () => {
  it('takes the quoted body as the claimant, not the agency that relays it', () => {
    expect(claimantOf("Un bataillon de 800 hommes a remplacé le contingent, selon l'état-major tchadien cité par l'AFP.", 'fr', '800 hommes')).toBe('org:td-general-staff');
    expect(claimantOf('About 800 troops replaced the contingent, according to the Chadian army quoted by AFP.', 'en', '800 troops')).toBe('org:td-fat');
  });
  it('keeps the agency for what it analysed itself', () => {
    expect(claimantOf("Un bataillon de 800 hommes a remplacé le contingent, selon des images analysées par l'AFP.", 'fr', '800 hommes')).toBe('org:afp');
  });
});
