/** Closed word classes the stages share (folded forms). */

export const DETERMINERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those',
]);

/** Definite articles of both languages ("le Mali, le Niger et le Burkina Faso", "the Pentagon"). */
export const ARTICLES = new Set(['la', 'le', 'les', "l'", 'the']);

/** Subject pronouns for a person, and for a group or a body (English "it" is a body, never a person). */
export const PERSON_PRONOUNS = new Set(['il', 'elle', 'he', 'she']);
export const GROUP_PRONOUNS = new Set(['ils', 'elles', 'they', 'it']);

/** French definite articles (folded); the stages add 'the' or demonstratives where they need them. */
export const FRENCH_DEFINITE_ARTICLES = new Set(['la', 'le', 'les', "l'"]);

export const POSSESSIVE_ANAPHORS = new Set(['its', 'son', 'sa', 'ses', 'leur', 'their', 'his', 'her']);

/** Capitalised at a sentence start but never part of a name. */
export const FUNCTION_WORDS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'cela', 'ceci', 'il', 'elle', 'ils', 'elles',
  'on', 'nous', 'vous', 'je', 'son', 'sa', 'ses', 'leur', 'leurs', 'selon', 'depuis', 'pendant', 'apres', 'avant', 'pour', 'par', 'sur', 'sous',
  'dans', 'en', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'pas', 'plus', 'moins', 'tres', 'si', 'quand', 'lorsque', 'alors',
  'ainsi', 'toutefois', 'cependant', 'pourtant', 'enfin', 'aussi', 'meme', 'tout', 'tous', 'toute', 'toutes', 'quelque', 'quelques', 'entre',
  'vers', 'avec', 'sans', 'chez', 'contre', 'lire', 'voir', 'a', 'the', 'an', 'its', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'this', 'that', 'these', 'those', 'there', 'here', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'to', 'as', 'and',
  'or', 'but', 'if', 'when', 'while', 'after', 'before', 'since', 'during', 'according', 'separately', 'meanwhile', 'however', 'also', 'some',
  'many', 'most', 'more', 'several', 'all', 'both', 'each', 'other', 'another', 'such', 'no', 'not', 'yes', 'what', 'which', 'who', 'whom',
  'read', 'related', 'follow', 'us', 'for', 'latest', 'updates', 'news', 'photo', 'video', 'source', 'sources', 'ap', 'afp', 'au', 'total',
  'pas', 'moins', 'monsieur', 'madame', 'mr', 'mrs', 'ms', 'dr', 'm', 'mme', 'saint', 'sainte', 'entretien', 'interview', 'analyse', 'analysis',
  'editorial', 'opinion', 'breaking', 'update', 'live', 'direct', 'exclusive', 'exclusif',
  // Platforms: "a réagi sur Telegram Andriï Iermak"
  'telegram', 'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'signal', 'truth', 'social', 'vk', 'x',
]);

/** Months and days of each language (folded), and both together. */
export const FRENCH_CALENDAR = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);
export const ENGLISH_CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
]);
export const MONTHS_AND_DAYS = new Set([...FRENCH_CALENDAR, ...ENGLISH_CALENDAR]);

export const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ben', 'ibn', 'du', 'la', 'le', 'dos', 'das', 'del']);

/** Words after which a capital is the city, not the state. */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'near', 'at', 'outside', 'around', 'dans', 'pres', 'autour', 'from']);

/** Prepositions that make the name after them a modifier of the noun before ("un porte-parole de l'armée", "officials of X"). */
export const MODIFIER_PREPOSITIONS = new Set(['by', 'of', 'to', 'from', 'with', 'for', 'de', "d'", 'du', 'des', 'par', 'avec', 'aupres', 'pour']);

export const DESTINATION_PREPOSITIONS = new Set([
  'in', 'into', 'to', 'towards', 'toward', 'near', 'inside', 'en', 'vers', 'a', 'au', 'aux', 'dans', 'pres', 'jusqu', 'sur', 'alongside',
]);

/** Nouns of a country's first-level divisions, which may come before the division's name ("le județ de Tulcea", "the governorate of Daraa"). */
export const DIVISION_NOUNS = new Set([
  'province', 'judet', 'county', 'comte', 'governorate', 'gouvernorat', 'oblast', 'wilaya', 'departement', 'prefecture',
]);

export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'm', 'mme', 'gen', 'general', 'general', 'col', 'lt', 'adm', 'sen', 'rep', 'president', 'ayatollah', 'sheikh', 'cheikh']);

export const ORG_HEADS = new Set([
  'institute', 'ministry', 'agency', 'council', 'committee', 'commission', 'organization', 'organisation', 'foundation', 'center', 'centre',
  'corps', 'front', 'party', 'movement', 'brigade', 'battalion', 'army', 'guard', 'guards', 'university', 'observatory', 'office', 'bureau',
  'institut', 'agence', 'conseil', 'comite', 'fondation', 'observatoire', 'parti', 'mouvement', 'armee', 'garde', 'universite', 'service',
  'directorate', 'direction', 'forces', 'group', 'groupe', 'alliance', 'union', 'coalition', 'force', 'command', 'commandement', 'police',
  'endowment', 'fund', 'network', 'initiative', 'monitor', 'society', 'association', 'federation', 'league', 'tribunal', 'court', 'authority',
  'corporation', 'industries', 'exchange', 'programme', 'program', 'board', 'secretariat', 'assembly', 'ministere', 'ligue', 'autorite',
  'cour', 'reseau', 'cellule', 'federation', 'syndicat', 'union', 'think-tank', 'college', 'academy',
]);

export const UNIT_HEADS = new Set(['brigade', 'division', 'regiment', 'battalion', 'bataillon', 'army', 'armee', 'corps', 'fleet', 'flotte', 'squadron', 'escadrille']);

export const COLLECTIVE_NOUNS = new Set([
  'official', 'source', 'diplomat', 'analyst', 'expert', 'observer', 'witness', 'resident', 'officer', 'spokesperson',
  'responsable', 'diplomate', 'analyste', 'observateur', 'temoin', 'habitant', 'officier', 'porte-parole', 'report', 'rapport',
  'officials', 'sources', 'diplomats', 'analysts', 'experts', 'observers', 'witnesses', 'residents', 'authorities', 'officers',
  'responsables', 'sources', 'diplomates', 'analystes', 'experts', 'observateurs', 'temoins', 'habitants', 'autorites', 'donnees', 'data',
  'participants', 'militaires', 'chercheurs', 'researchers', 'medias', 'media', 'services', 'estimates', 'estimations', 'figures', 'chiffres',
  'reports', 'rapports', 'specialistes', 'dirigeants', 'leaders', 'governments', 'gouvernements', 'allies', 'allies', 'partners', 'partenaires',
  'investigators', 'enqueteurs', 'assessment', 'assessments', 'evaluation', 'evaluations', 'survivors', 'survivants', 'villagers', 'villageois',
  'journalists', 'journalistes', 'rescuers', 'secouristes', 'relatives', 'proches', 'presse',
]);
