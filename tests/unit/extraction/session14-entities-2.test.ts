import { extractArticle } from '../../../src/extraction';

const run = (body: string, language: 'fr' | 'en', published = '2026-03-14') => extractArticle({ body, published, language });
/** "id [mention texts]" of every entity whose id starts with `prefix`. */
const withMentions = (body: string, language: 'fr' | 'en', prefix = '') =>
  run(body, language).entities.filter((e) => e.id.startsWith(prefix)).map((e) => `${e.id} [${e.mentions.map((m) => m.text).join('|')}]`);
const ids = (body: string, language: 'fr' | 'en') => run(body, language).entities.map((e) => e.id);

describe('state bodies named by a demonym and their noun', () => {
  it("reads a state's customs service (\"les douanes sénégalaises\", \"Kenyan customs\") as that state's body", () => {
    expect(withMentions('Les douanes sénégalaises ont saisi jeudi un camion de munitions près de Kidira.', 'fr', 'org:')).toContain('org:sn-customs [douanes sénégalaises]');
    expect(withMentions('Kenyan Customs said it had intercepted 40 rifles at the port on Friday.', 'en', 'org:')).toContain('org:ke-customs [Kenyan Customs]');
  });
  it('reads a Department of National Defense and a defence production ministry as their own bodies, the longer name first', () => {
    expect(withMentions('The Philippine Department of National Defense said two more frigates would arrive.', 'en', 'org:')).toContain('org:ph-defence-ministry [Philippine Department of National Defense]');
    const body = "Egypt's Ministry of Defence Production said the first shells had been delivered.";
    expect(ids(body, 'en')).toContain('org:eg-defence-industry-ministry');
    expect(ids(body, 'en')).not.toContain('org:eg-defence-ministry');
  });
});

describe('bodies named after a union or a state', () => {
  it('reads a body named after a union or a state acronym whole ("UN Command", "US Forces Japan")', () => {
    expect(withMentions('The UN Command said the patrol had crossed the line.', 'en', 'org:')).toContain('org:un-command [UN Command]');
    expect(withMentions('US Forces Japan said the drill would go ahead.', 'en', 'org:')).toContain('org:us-forces-japan [US Forces Japan]');
  });
});

describe('the outlet rule reads its nouns from body-kinds.json', () => {
  it('finds outlets and agencies after their noun, past modifiers, with a name that may open on a modifier word', () => {
    expect(ids("Selon l'hebdomadaire satirique Le Grelot, deux convois ont quitté Bamako.", 'fr')).toContain('org:le-grelot');
    expect(run("Selon l'agence Kibaru Presse, deux convois ont quitté Gao.", 'fr').entities.find((e) => e.id === 'org:kibaru-presse')?.role).toBe('news agency');
    // A capitalised word of the name is no modifier ("Defence" in "le site spécialisé Defence Ledger").
    expect(ids('Le contrat a été signé, a révélé le site spécialisé Defence Ledger.', 'fr')).toContain('org:defence-ledger');
  });
});
