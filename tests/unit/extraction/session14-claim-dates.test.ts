import { extractArticle } from '../../../src/extraction';

// Published on Thursday 2025-03-13.
const dates = (body: string, language: 'fr' | 'en') =>
  extractArticle({ body, published: '2025-03-13', language }).claims.map((c) => `${c.claimant} ${c.claimedOn}`);

describe('claim dates: a cue word inside a name', () => {
  it('dates "accused the United States on Monday of ..." by its Monday ("States" is no cue)', () => {
    expect(dates('The rebel leader accused the United States on Monday of arming the militias.', 'en')).toEqual(['null 2025-03-10']);
  });
});

