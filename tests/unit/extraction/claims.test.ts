import { extractArticle } from '../../../src/extraction';

const claims = (body: string, published: string, language: 'fr' | 'en') =>
  extractArticle({ body, published, language }).claims.map((c) => ({
    claimant: c.claimant, text: c.claimantText, stance: c.stance, on: c.claimedOn, hedged: c.hedged, cue: c.cue,
  }));

describe('claims stage', () => {
  it('reads stance from the cue and from the content', () => {
    const c = claims(
      'Ukraine accused Russia of shelling the plant. Iran denied the report on Friday. The State Department said it could not independently verify the figure. Mark Rutte said he had no evidence of such a presence.',
      '2025-03-14', 'en');
    expect(c.map((x) => [x.claimant, x.stance])).toEqual([
      ['country:UA', 'accuses'], ['country:IR', 'denies'], ['org:us-state-department', 'doubts'], ['person:mark-rutte', 'doubts'],
    ]);
    expect(c[1].on).toBe('2025-03-14');
  });
  it('reads French inverted attributions, « selon » and hedges', () => {
    const c = claims(
      'Les soldats portent des uniformes russes, probablement pour tromper l’ennemi, a ajouté le NIS, jeudi. Selon le ministère russe de la Défense, 3.000 militaires participeront aux exercices. « Il n’en est pas question », a déclaré son porte-parole, Dmitri Peskov.',
      '2024-10-19', 'fr');
    expect(c[0]).toMatchObject({ claimant: 'org:kr-nis', stance: 'asserts', hedged: true, on: '2024-10-17' });
    expect(c[1]).toMatchObject({ claimant: 'org:ru-defence-ministry', stance: 'asserts', on: null });
    expect(c[2]).toMatchObject({ claimant: 'person:dmitry-peskov', stance: 'denies' });
  });
  it('dates a claim by the statement it belongs to, and leaves undated statements null', () => {
    const c = claims(
      'Ukraine\'s military intelligence agency said on Thursday that Iran had delivered 200 drones. "These deliveries are documented," Kyrylo Budanov, the head of the agency, told reporters. Mark Rutte said there was no evidence.',
      '2025-03-14', 'en');
    expect(c.map((x) => [x.claimant, x.on])).toEqual([
      ['org:ua-hur', '2025-03-13'], ['person:kyrylo-budanov', '2025-03-13'], ['person:mark-rutte', null],
    ]);
  });
  it('keeps unnamed collective claimants as text', () => {
    const c = claims('Western officials, speaking on condition of anonymity, said they could not confirm the deployment.', '2024-11-05', 'en');
    expect(c).toEqual([expect.objectContaining({ claimant: null, text: 'Western officials', stance: 'doubts' })]);
  });
  it('does not take a relaying wire agency or a negated verb for a claim', () => {
    const c = claims('Minsk will host the missiles, Lukashenko said, rapporte l’agence russe TASS. Pyongyang has not confirmed the deployments.', '2025-06-06', 'en');
    expect(c.map((x) => x.claimant)).toEqual(['person:alexander-lukashenko']);
  });
});

describe('pronouns', () => {
  it('resolve to the speaker before, or to the person named before', () => {
    const c = claims('President Emmanuel Macron visited the troops. He said France would send more instructors. « Nous ne reculerons pas », a-t-il ajouté.', '2025-03-14', 'en');
    expect(c.map((x) => x.claimant)).toEqual(['person:emmanuel-macron', 'person:emmanuel-macron']);
  });
});

describe('claimant phrases', () => {
  it('takes the head of "X\'s mission to the UN", not the UN; a list of states is collective', () => {
    const r = extractArticle({
      body: "Iran's mission to the United Nations rejected the report. Britain, France and Germany said in a joint statement that the transfer was an escalation.",
      published: '2025-01-09', language: 'en',
    });
    expect(r.claims[0]).toMatchObject({ claimant: 'country:IR', stance: 'denies' });
    expect(r.claims[1]).toMatchObject({ claimant: 'country:GB', claimantText: 'Britain, France and Germany', claimantEntities: ['country:GB', 'country:FR', 'country:DE'] });
  });
  it('skips relative clauses between an unnamed source and its verb', () => {
    const c = claims('The officials, who spoke on condition of anonymity to discuss intelligence, said Tehran had trained Russian personnel.', '2025-01-09', 'en');
    expect(c).toEqual([expect.objectContaining({ claimant: null, text: 'The officials' })]);
  });
});

describe('more attributions', () => {
  it('reads passive cues with their agent, report authors and named appositions', () => {
    const c = claims(
      'Une information démentie le 3 mars dernier par le porte-parole du gouvernement, Jean-Emmanuel Ouédraogo. Un rapport confidentiel des Nations unies affirme que les hommes sont payés. Le principal opposant, Succès Masra, accuse pour sa part le président Mahamat Idriss Déby.',
      '2025-03-20', 'fr');
    expect(c.map((x) => [x.claimant, x.stance])).toEqual([
      ['person:jean-emmanuel-ouedraogo', 'denies'], ['org:un', 'asserts'], ['person:succes-masra', 'accuses'],
    ]);
    expect(c[0].on).toBe('2025-03-03');
  });
  it('dates a statement by a short opening ("In March, X denounced")', () => {
    const c = claims('In March, Vucic denounced a defence cooperation declaration.', '2025-04-21', 'en');
    expect(c[0]).toMatchObject({ claimant: 'person:aleksandar-vucic', stance: 'accuses', on: '2025-03' });
  });
});

describe('date inheritance', () => {
  it('stops when a statement dated otherwise comes between', () => {
    const c = claims(
      "Israel's military said on Tuesday it had sent more troops to the border. UNIFIL said Israeli tanks forced their way into one of its positions on Sunday. Israel's military said the tanks were evacuating wounded soldiers.",
      '2024-10-15', 'en');
    expect(c.map((x) => [x.claimant, x.on])).toEqual([
      ['org:il-idf', '2024-10-15'], ['org:unifil', '2024-10-13'], ['org:il-idf', null],
    ]);
  });
});
