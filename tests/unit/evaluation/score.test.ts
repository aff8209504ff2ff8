import { parseGold, type GoldArticle } from '../../../src/evaluation/gold';
import type { PredictedSpan, Prediction } from '../../../src/evaluation/prediction';
import { amountMatches, claimDateMatches, scoreArticle } from '../../../src/evaluation/score';

const BODY = [
  'KYIV (Wire) - Ukraine said on Monday that Russia had moved 2,000 troops to Belarus.',
  'The Kremlin denied the report on Tuesday.',
  'Western officials said North Korea had shipped 500,000 shells to Russia.',
  'France, Germany and the United Kingdom said they doubted the figure.',
  'Russia and Belarus signed a security pact in June.',
  'Read more: NATO chief says alliance is ready',
].join(' ');

const at = (text: string): PredictedSpan => {
  const start = BODY.indexOf(text);
  if (start === -1) throw new Error(`test fixture: "${text}" is not in the body`);
  return { start, end: start + text.length, text };
};

const GOLD: GoldArticle = parseGold({
  article: 'fixture',
  entities: [
    { name: 'Ukraine', type: 'Country', aliases_in_text: ['Ukraine'] },
    { name: 'Russia', type: 'Country', aliases_in_text: ['Russia'] },
    { name: 'Belarus', type: 'Country', aliases_in_text: ['Belarus'] },
    { name: 'Kremlin', type: 'Organization', aliases_in_text: ['The Kremlin'] },
    { name: 'North Korea', type: 'Country', aliases_in_text: ['North Korea'] },
    { name: 'France', type: 'Country', aliases_in_text: ['France'] },
    { name: 'Germany', type: 'Country', aliases_in_text: ['Germany'] },
    { name: 'United Kingdom', type: 'Country', aliases_in_text: ['the United Kingdom'] },
    { name: 'NATO', type: 'Organization', aliases_in_text: ['NATO'], source_section: 'teaser' },
  ],
  claims: [
    {
      claimant: 'Ukraine',
      claimed_on: '2025-03-10',
      stance: 'asserts',
      evidence: 'Ukraine said on Monday that Russia had moved 2,000 troops to Belarus',
    },
    {
      claimant: 'Kremlin',
      claimed_on: '2025-03',
      stance: 'denies',
      evidence: 'The Kremlin denied the report',
      evidence_alt: ['on Tuesday'],
    },
    {
      claimant: null,
      claimant_text: 'Western officials',
      claimed_on: null,
      stance: 'accuses',
      evidence: 'Western officials said North Korea had shipped 500,000 shells to Russia',
    },
    {
      claimant: 'France, Germany and the United Kingdom',
      claimant_entities: ['France', 'Germany', 'United Kingdom'],
      claimed_on: null,
      stance: 'doubts',
      evidence: 'France, Germany and the United Kingdom said they doubted the figure',
    },
    {
      claimant: 'NATO',
      claimed_on: null,
      stance: 'asserts',
      evidence: 'NATO chief says alliance is ready',
      source_section: 'teaser',
    },
  ],
  deployments: [
    { from: 'Russia', to: 'Belarus', size: 2000, evidence: 'Russia had moved 2,000 troops to Belarus' },
  ],
  arms_transfers: [
    {
      supplier: 'North Korea',
      recipient: 'Russia',
      items: ['shells'],
      quantity: 500000,
      evidence: 'North Korea had shipped 500,000 shells to Russia',
    },
  ],
  agreements: [
    { parties: ['Russia', 'Belarus'], name: 'security pact', evidence: 'Russia and Belarus signed a security pact in June' },
  ],
});

const ENTITIES: Prediction['entities'] = [
  { id: 'country:UA', name: 'Ukraine', type: 'Country', aliases: [], mentions: [{ text: 'Ukraine' }] },
  { id: 'country:RU', name: 'Russian Federation', type: 'Country', aliases: ['Russia'], mentions: [] },
  { id: 'country:BY', name: 'Belarus', type: 'Country' },
  { id: 'org:kremlin', name: 'Kremlin', type: 'Organization', mentions: [{ text: 'The Kremlin' }] },
  { id: 'country:KP', name: 'DPRK', type: 'Country', mentions: [{ text: 'North Korea' }] },
  { id: 'country:FR', name: 'France', type: 'Country' },
];

function prediction(overrides: Partial<Prediction> = {}): Prediction {
  return { entities: ENTITIES, claims: [], deployments: [], armsTransfers: [], agreements: [], ...overrides };
}

const UKRAINE_CLAIM = {
  claimant: 'country:UA',
  stance: 'asserts',
  claimedOn: '2025-03-10',
  evidence: at('Ukraine said on Monday that Russia had moved 2,000 troops'),
};

describe('scoreArticle: entities', () => {
  it('matches by type and resolution through name, aliases or mention texts', () => {
    const score = scoreArticle(GOLD, BODY, prediction());
    expect(score.counts.entities).toEqual({ tp: 6, fp: 0, fn: 3 });
    expect(score.missed.filter((note) => note.kind === 'entities').map((note) => note.text)).toEqual([
      'Country Germany',
      'Country United Kingdom',
      'Organization NATO',
    ]);
  });

  it('does not match a right name with the wrong type', () => {
    const score = scoreArticle(GOLD, BODY, prediction({ entities: [{ name: 'Kremlin', type: 'Location' }] }));
    expect(score.counts.entities).toEqual({ tp: 0, fp: 1, fn: 9 });
  });

  it('matches a gold entity once: a duplicate prediction is spurious', () => {
    const entities = [
      { name: 'Ukraine', type: 'Country' },
      { name: 'ukraine', type: 'Country' },
    ];
    expect(scoreArticle(GOLD, BODY, prediction({ entities })).counts.entities).toEqual({ tp: 1, fp: 1, fn: 8 });
  });
});

describe('scoreArticle: claims', () => {
  it('matches on overlapping span and resolving claimant, by id or by bare name', () => {
    const claims = [UKRAINE_CLAIM, { ...UKRAINE_CLAIM, claimant: 'Kremlin', stance: 'denies', evidence: at('The Kremlin denied') }];
    const score = scoreArticle(GOLD, BODY, prediction({ claims }));
    expect(score.counts.claims).toEqual({ tp: 2, fp: 0, fn: 3 });
  });

  it('does not match a claim with the wrong claimant, even on the right span', () => {
    const claims = [{ ...UKRAINE_CLAIM, claimant: 'country:RU' }];
    expect(scoreArticle(GOLD, BODY, prediction({ claims })).counts.claims).toEqual({ tp: 0, fp: 1, fn: 5 });
  });

  it('does not match a claim whose span does not overlap, nor one without a claimant when one is named', () => {
    const claims = [
      { ...UKRAINE_CLAIM, evidence: at('The Kremlin denied the report') },
      { ...UKRAINE_CLAIM, claimant: null },
    ];
    expect(scoreArticle(GOLD, BODY, prediction({ claims })).counts.claims).toEqual({ tp: 0, fp: 2, fn: 5 });
  });

  it('counts evidence_alt spans', () => {
    const claims = [{ claimant: 'org:kremlin', stance: 'denies', claimedOn: '2025-03-11', evidence: at('on Tuesday') }];
    expect(scoreArticle(GOLD, BODY, prediction({ claims })).counts.claims.tp).toBe(1);
  });

  it('lets the span alone decide for an unnamed gold claimant', () => {
    const evidence = at('North Korea had shipped 500,000 shells');
    const claims = [
      { claimant: null, claimantText: 'Western officials', stance: 'accuses', claimedOn: null, evidence },
      { claimant: 'country:KP', stance: 'asserts', claimedOn: null, evidence },
    ];
    const score = scoreArticle(GOLD, BODY, prediction({ claims }));
    // Both could match the gold claim, but it matches at most one: the one with the right stance.
    expect(score.counts.claims).toEqual({ tp: 1, fp: 1, fn: 4 });
    expect(score.claimAccuracy).toEqual({ matched: 1, dateCorrect: 1, stanceCorrect: 1 });
  });

  it('treats a gold claimant naming no gold entity as unnamed', () => {
    const gold = parseGold({
      ...GOLD,
      claims: [{ ...GOLD.claims[2], claimant: 'Western officials', claimant_text: undefined }],
    });
    const claims = [{ claimant: 'country:UA', stance: 'accuses', claimedOn: null, evidence: at('Western officials said') }];
    expect(scoreArticle(gold, BODY, prediction({ claims })).counts.claims.tp).toBe(1);
  });

  it('accepts one of the claimant_entities of a collective claimant', () => {
    const evidence = at('said they doubted the figure');
    const claims = [
      { claimant: 'country:FR', stance: 'doubts', claimedOn: null, evidence },
      { claimant: null, claimantEntities: ['Germany'], stance: 'doubts', claimedOn: null, evidence },
    ];
    const score = scoreArticle(GOLD, BODY, prediction({ claims }));
    expect(score.counts.claims).toEqual({ tp: 1, fp: 1, fn: 4 });
    const wrong = [{ claimant: 'country:UA', stance: 'doubts', claimedOn: null, evidence }];
    expect(scoreArticle(GOLD, BODY, prediction({ claims: wrong })).counts.claims.tp).toBe(0);
  });

  it('scores date and stance on matched claims only, the date at the gold precision', () => {
    const claims = [
      { ...UKRAINE_CLAIM, claimedOn: '2025-03', stance: 'accuses' },
      { claimant: 'org:kremlin', stance: 'denies', claimedOn: '2025-03-11', evidence: at('The Kremlin denied') },
      { claimant: null, stance: 'accuses', claimedOn: '2025-03-10', evidence: at('Western officials said') },
    ];
    const score = scoreArticle(GOLD, BODY, prediction({ claims }));
    expect(score.claimAccuracy).toEqual({ matched: 3, dateCorrect: 1, stanceCorrect: 2 });
    expect(score.errors.map((note) => note.text)).toEqual([
      expect.stringContaining('date 2025-03 (gold 2025-03-10), stance accuses (gold asserts)'),
      expect.stringContaining('date 2025-03-10 (gold null)'),
    ]);
  });

  it('reads a span from the evidence text when offsets are missing', () => {
    const claims = [{ ...UKRAINE_CLAIM, evidence: { text: 'moved 2,000 troops to Belarus' } }];
    expect(scoreArticle(GOLD, BODY, prediction({ claims })).counts.claims.tp).toBe(1);
  });
});

describe('scoreArticle: events', () => {
  const deployment = { from: 'country:RU', to: 'Belarus', size: 2000, evidence: at('Belarus.') };

  it('matches a deployment on from, to and size, wherever its evidence is', () => {
    expect(scoreArticle(GOLD, BODY, prediction({ deployments: [deployment] })).counts.deployments).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });

  it.each([
    ['a different size', { size: 2500 }],
    ['a missing size', { size: null }],
    ['swapped ends', { from: 'Belarus', to: 'country:RU' }],
    ['a missing origin', { from: null }],
  ])('does not match a deployment with %s', (_label, change) => {
    const counts = scoreArticle(GOLD, BODY, prediction({ deployments: [{ ...deployment, ...change }] })).counts;
    expect(counts.deployments).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches an arms transfer on supplier, recipient and quantity', () => {
    const transfer = { supplier: 'North Korea', recipient: 'Russia', quantity: 500000, evidence: null };
    expect(scoreArticle(GOLD, BODY, prediction({ armsTransfers: [transfer] })).counts.armsTransfers.tp).toBe(1);
    const wrong = [{ ...transfer, quantity: 50000 }, { ...transfer, supplier: 'Russia', recipient: 'North Korea' }];
    expect(scoreArticle(GOLD, BODY, prediction({ armsTransfers: wrong })).counts.armsTransfers).toEqual({
      tp: 0,
      fp: 2,
      fn: 1,
    });
  });

  it('matches an agreement on the same parties and an overlapping span', () => {
    const evidence = at('signed a security pact');
    const right = { parties: ['country:BY', 'Russia'], evidence };
    expect(scoreArticle(GOLD, BODY, prediction({ agreements: [right] })).counts.agreements.tp).toBe(1);
    const missingParty = { parties: ['Russia'], evidence };
    const extraParty = { parties: ['Russia', 'Belarus', 'Ukraine'], evidence };
    const elsewhere = { parties: ['Russia', 'Belarus'], evidence: at('Russia had moved') };
    expect(
      scoreArticle(GOLD, BODY, prediction({ agreements: [missingParty, extraParty, elsewhere] })).counts.agreements,
    ).toEqual({ tp: 0, fp: 3, fn: 1 });
  });
});

describe('scoreArticle: --strict-article', () => {
  const teaserClaim = { claimant: 'NATO', stance: 'asserts', claimedOn: null, evidence: at('NATO chief says') };

  it('counts teaser items by default and drops them from the gold when strict', () => {
    const predicted = prediction({ claims: [teaserClaim] });
    expect(scoreArticle(GOLD, BODY, predicted).counts.claims).toEqual({ tp: 1, fp: 0, fn: 4 });
    expect(scoreArticle(GOLD, BODY, predicted, { strictArticle: true }).counts.claims).toEqual({ tp: 0, fp: 1, fn: 4 });
    expect(scoreArticle(GOLD, BODY, prediction(), { strictArticle: true }).counts.entities.fn).toBe(2);
  });
});

describe('scoreArticle: gold problems', () => {
  it('warns when gold evidence is not in the body, and that item cannot be matched', () => {
    const gold = parseGold({
      article: 'broken',
      entities: [{ name: 'Ukraine', type: 'Country', aliases_in_text: ['Ukraine'] }],
      claims: [{ claimant: 'Ukraine', claimed_on: null, stance: 'asserts', evidence: 'not in this text' }],
    });
    const claims = [{ claimant: 'Ukraine', stance: 'asserts', claimedOn: null, evidence: at('Ukraine said') }];
    const score = scoreArticle(gold, BODY, prediction({ claims }));
    expect(score.counts.claims).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.warnings).toEqual(['evidence not found in the body: "not in this text"']);
  });
});

describe('claimDateMatches / amountMatches', () => {
  it.each([
    ['2024-10-18', '2024-10-18', true],
    ['2024-10', '2024-10-18', true],
    ['2024', '2024-10', true],
    ['2024-10-18', '2024-10', false],
    ['2024-10-18', '2024-10-17', false],
    ['2024-10', '2024-11-01', false],
    [null, null, true],
    [null, '2024-10-18', false],
    ['2024-10-18', null, false],
  ])('gold %j, predicted %j -> %j', (gold, predicted, expected) => {
    expect(claimDateMatches(gold, predicted)).toBe(expected);
  });

  it('compares amounts exactly, null only with null', () => {
    expect(amountMatches(null, null)).toBe(true);
    expect(amountMatches(1500, 1500)).toBe(true);
    expect(amountMatches(1500, null)).toBe(false);
    expect(amountMatches(null, 0)).toBe(false);
  });
});
