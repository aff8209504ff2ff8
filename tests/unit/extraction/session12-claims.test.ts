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
    expect(claimantOf('US Southern Command said 800 Marines arrived this week. They will train with local police, the command said in a statement.', 'en', 'local police')).toBe('unit:us-southern-command');
  });
  it('finds no speaker when nothing of that kind was named, or when the noun names its own body', () => {
    expect(claims('According to the paper, the army sent 300 troops to Basra.', 'en').join()).not.toMatch(/org:/);
    expect(claimantOf("India's Northern Command moved two regiments. The committee said the tanks had been airlifted.", 'en', 'tanks') ?? null).not.toBe('org:northern-command');
  });
});
