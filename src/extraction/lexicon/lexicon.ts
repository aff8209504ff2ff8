import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import countriesLib from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import type { EntityType, Language } from '../types';
import { foldText, slugify } from '../text/fold';
import { phraseTokens } from '../text/tokenize';
import { PhraseMatcher } from '../text/phrase-matcher';
import { inflect } from './inflect';

/** How an alias names its entity: decides case rules and how resolution treats it. */
export type AliasForm = 'name' | 'acronym' | 'demonym' | 'capital' | 'surname';

export interface RoleSpec {
  title: string;
  country?: string;
  org?: string;
  from?: string;
  to?: string;
}

export interface LexEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Entity id of the country it belongs to (`country:KP`). */
  country?: string;
  kind?: string;
  description?: string;
  newsAgency?: boolean;
  roles?: RoleSpec[];
  /** Missions and operations: the entity id of the country or place they serve in. */
  theatre?: string;
  /** Missions: the body whose mission it is (`org:nato` for KFOR), which sends its troops. */
  parent?: string;
  /** UN panels of experts: the entity id of the state they report on. */
  subject?: string;
  /** Movements in power (the Taliban): the entity id of the state whose forces are theirs. */
  governs?: string;
  /** Countries: English demonyms ("Nigerien"), to name the country's institutions ("Nigerien Armed Forces"). */
  demonyms?: string[];
  aliases: string[];
}

export interface AliasPayload {
  entityId: string;
  form: AliasForm;
  /** 'upper': all capitals in the text; 'cap': first letter capital; 'title': every word capital; 'any'. */
  caseRule: 'upper' | 'cap' | 'title' | 'any';
  /** For capitals: the city as a place, used after locative prepositions. */
  locationId?: string;
  /** A town from the GeoNames list: taken only where it cannot be part of a longer name. */
  town?: boolean;
  /** Demonyms of an organisation: the nouns (folded) after which the adjective names it ("mission européenne"). */
  after?: string[];
}

export interface Institution {
  kind: string;
  name: string;
}

export interface WeaponPayload {
  category: string;
  unit: string | null;
  /** Named system ("Shahed-136") and the country that makes it. */
  system?: string;
  origin?: string;
}

export type CueStance = 'neutral' | 'accuses' | 'denies' | 'doubts';

/** The vocabulary of troop deployments and arms transfers in one language (`lexicons/events.json`). */
export interface EventWords {
  personnel: PhraseMatcher<true>;
  deploymentVerbs: PhraseMatcher<true>;
  /** Words that make a count of troops a count of losses ("lost 600,000 soldiers", "300 soldats tués"). */
  casualties: PhraseMatcher<true>;
  statusPlanned: PhraseMatcher<true>;
  statusTraining: PhraseMatcher<true>;
  statusWithdrawn: PhraseMatcher<true>;
  transferVerbs: PhraseMatcher<true>;
  receiveVerbs: PhraseMatcher<true>;
  /** A force's installations ("bases", "emprises") and the words that hand them over or close them. */
  bases: PhraseMatcher<true>;
  handovers: PhraseMatcher<true>;
  /** Words that seize or intercept a shipment, and those after which its intended recipient is named ("bound for"). */
  seizures: PhraseMatcher<true>;
  boundFor: PhraseMatcher<true>;
}

/** Everything the stages look up, compiled once. */
export interface Lexicon {
  entities: Map<string, LexEntity>;
  gazetteer: PhraseMatcher<AliasPayload>;
  institutions: PhraseMatcher<Institution>;
  institutionNames: Map<string, string>;
  roles: PhraseMatcher<string>;
  cues: PhraseMatcher<CueStance>;
  /** Kinds of cue words the claim rules treat apart (cues.json "classes"), folded. */
  cueClasses: Record<CueClass, Set<string>>;
  sources: PhraseMatcher<true>;
  doubt: PhraseMatcher<true>;
  denial: PhraseMatcher<true>;
  hedges: PhraseMatcher<true>;
  teaser: PhraseMatcher<true>;
  /** Occasions of a statement after its cue ("in a statement", "dans un communiqué"): a date right after them dates it. */
  statementSettings: PhraseMatcher<true>;
  /** Participles after such an occasion that its date follows ("publié le 12 mai", "issued late on Tuesday"). */
  statementPublished: PhraseMatcher<true>;
  /** The words of events, per language: "comprises" moves troops in English, not in French. */
  eventWords: Record<Language, EventWords>;
  negations: Set<string>;
  agreementNouns: PhraseMatcher<true>;
  agreementVerbs: PhraseMatcher<true>;
  meetingWords: PhraseMatcher<true>;
  weapons: PhraseMatcher<WeaponPayload>;
  /** ISO2 -> country entity id for every country. */
  countryIds: Map<string, string>;
  /** Country entity id -> its curated organisations that have a kind (looked up per institution, not scanned). */
  institutionsByCountry: Map<string, LexEntity[]>;
  /** Persons with dated roles, to find who held a title at publication. */
  personsWithRoles: LexEntity[];
  /** State entity id -> the UN panel of experts on it. */
  panelsBySubject: Map<string, LexEntity>;
  /** Nouns standing for a country named before ("the kingdom", "l'île"): the country ids each may stand for (anaphors.json). */
  countryAnaphors: PhraseMatcher<ReadonlySet<string>>;
  /** Nouns introducing a body by its kind, before or after its name, with words that may stand between (body-kinds.json). */
  bodyKinds: BodyKinds;
}

/** Nouns introducing a body by its kind ("le média libyen X", "the Lakurawa armed group"), folded; payload: the body's kind. */
export interface BodyKinds {
  before: PhraseMatcher<string>;
  after: PhraseMatcher<string>;
  modifiers: Set<string>;
  notNames: Set<string>;
  /** Nouns of a news agency ("l'agence X"), read by the outlet rule only. */
  agencies: Set<string>;
}

const tok = (s: string): string[] => phraseTokens(s, foldText);

function readJson<T>(dir: string, file: string): T {
  const path = join(dir, file);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** French demonym inflections from the masculine singular: "coréen" -> coréenne, coréens, coréennes. */
export function frenchDemonymForms(masc: string): string[] {
  const forms = new Set<string>([masc]);
  let fem: string;
  if (masc.endsWith('e')) fem = masc;
  else if (/(en|on)$/.test(masc)) fem = masc + 'ne';
  else fem = masc + 'e';
  forms.add(fem);
  forms.add(/[sx]$/.test(masc) ? masc : masc + 's');
  forms.add(fem + 's');
  return [...forms];
}

/** Territories world-countries does not count as independent, except those reporting treats as states. */
const DEPENDENT_TERRITORIES = new Set(worldCountries.filter((c) => c.independent === false && !['TW', 'PS', 'EH'].includes(c.cca2)).map((c) => c.cca2));

/** Capitals that are also people's or other places' names: not taken from world-countries. */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Kingston', 'Hamilton', 'Male', 'Praia', 'Saint John\'s', 'Road Town', 'Nassau', 'Basseterre', 'Kingstown', 'Castries', 'Roseau', 'Monaco', 'Luxembourg', 'Singapore', 'Kuwait City', 'Vatican City', 'San Marino', 'Andorra la Vella', 'Panama City', 'Guatemala City', 'Mexico City', 'Djibouti', 'City of Victoria', 'Lima', 'Santiago', 'San José', 'San Salvador', 'Apia', 'Palikir', 'Majuro', 'Funafuti', 'Tarawa', 'Yaren', 'Ngerulmud']);

/** The kinds of cue words listed under "classes" in cues.json. */
export type CueClass = 'calm' | 'addressee' | 'threat' | 'reaction' | 'quoteOnly' | 'reject' | 'proposals' | 'accented' | 'commitment' | 'press' | 'shows' | 'bodies' | 'officers';
const CUE_CLASSES: readonly CueClass[] = ['calm', 'addressee', 'threat', 'reaction', 'quoteOnly', 'reject', 'proposals', 'accented', 'commitment', 'press', 'shows', 'bodies', 'officers'];

function caseRuleFor(alias: string, form: AliasForm): AliasPayload['caseRule'] {
  if (form === 'demonym') return 'any';
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (form === 'acronym' && letters.length <= 3 && letters === letters.toUpperCase()) return 'upper';
  const first = alias.charAt(0);
  return first !== first.toLowerCase() ? 'cap' : 'any';
}

interface CountryExtra {
  name?: string;
  names?: { en?: string[]; fr?: string[] };
  demonyms?: { en?: string[]; fr?: string[] };
  capital?: { en?: string; fr?: string; aliases?: string[] };
}
interface OrgEntry {
  id: string;
  demonyms?: string[];
  demonymNouns?: string[];
  name: string;
  aliases?: string[];
  acronyms?: string[];
  country?: string;
  kind?: string;
  description?: string;
  newsAgency?: boolean;
  theatre?: string;
  parent?: string;
  subject?: string;
  governs?: string;
}
interface PersonEntry {
  id: string;
  name: string;
  aliases?: string[];
  surnames?: string[];
  country?: string;
  roles?: RoleSpec[];
}
interface PlaceEntry {
  id: string;
  name: string;
  kind?: string;
  country?: string;
  theatre?: string;
  parent?: string;
  aliases?: string[];
}

export function defaultLexiconDir(): string {
  // src/extraction/lexicon -> repository root /lexicons
  return resolve(__dirname, '..', '..', '..', 'lexicons');
}

export function buildLexicon(dir: string = defaultLexiconDir()): Lexicon {
  if (!existsSync(dir)) throw new Error(`lexicon folder not found: ${dir}`);
  countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countriesLib.registerLocale(require('i18n-iso-countries/langs/fr.json'));

  const entities = new Map<string, LexEntity>();
  const gazetteer = new PhraseMatcher<AliasPayload>();
  const seen = new Map<string, AliasPayload>();
  const countryIds = new Map<string, string>();
  const capitals = new Map<string, AliasPayload>();

  const addAlias = (entity: LexEntity, alias: string, form: AliasForm, extra: Partial<AliasPayload> = {}): void => {
    const tokens = tok(alias);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    const caseRule = caseRuleFor(alias, form);
    const earlier = seen.get(key);
    if (earlier) {
      // First registration wins (countries, then curated entries); a lowercase spelling of the same
      // entity's alias ("eastern Mediterranean" after "Eastern Mediterranean") lets any case match.
      if (earlier.entityId === entity.id && caseRule === 'any' && earlier.caseRule === 'cap') earlier.caseRule = 'any';
      return;
    }
    const payload: AliasPayload = { entityId: entity.id, form, caseRule, ...extra };
    seen.set(key, payload);
    if (form === 'capital') capitals.set(key, payload);
    gazetteer.add(tokens, payload);
    if (form !== 'demonym' && form !== 'capital' && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  };

  // Countries: names from i18n-iso-countries, the rest from countries.json.
  const extras = readJson<Record<string, CountryExtra>>(dir, 'countries.json');
  const codes = Object.keys(countriesLib.getAlpha2Codes());
  if (!codes.includes('XK')) codes.push('XK');
  for (const code of codes) {
    const extra = extras[code] ?? {};
    const en = (countriesLib.getName(code, 'en', { select: 'all' }) ?? []) as string[];
    const fr = (countriesLib.getName(code, 'fr', { select: 'all' }) ?? []) as string[];
    const usable = (n: string) => !/[,(]/.test(n);
    const name = extra.name ?? en.find(usable) ?? extra.names?.en?.[0] ?? code;
    const id = `country:${code}`;
    countryIds.set(code, id);
    // A dependent territory ("Greenland", "Guam", "New Caledonia") is a place, not a state; Taiwan and Palestine stay states.
    const type: EntityType = DEPENDENT_TERRITORIES.has(code) ? 'Location' : 'Country';
    const entity: LexEntity = { id, name, type, aliases: [] };
    entities.set(id, entity);
    // A territory with no usable English name ("Virgin Islands, U.S.") is named by its code, which is no alias: "Mark VI".
    const names = [...(name === code ? [] : [name]), ...(extra.names?.en ?? []), ...(extra.names?.fr ?? []), ...en, ...fr].filter(usable);
    for (const n of names) addAlias(entity, n, /^[A-Z.]{2,5}$/.test(n) ? 'acronym' : 'name');
  }
  for (const [code, extra] of Object.entries(extras)) {
    if (code.startsWith('$')) continue;
    const entity = entities.get(`country:${code}`);
    if (!entity) continue;
    for (const d of extra.demonyms?.en ?? []) addAlias(entity, d, 'demonym');
    entity.demonyms = extra.demonyms?.en ?? [];
    for (const d of extra.demonyms?.fr ?? []) for (const f of frenchDemonymForms(d)) addAlias(entity, f, 'demonym');
    const caps = new Set([extra.capital?.en, extra.capital?.fr, ...(extra.capital?.aliases ?? [])].filter(Boolean) as string[]);
    for (const c of caps) addAlias(entity, c, 'capital');
  }

  // Capitals and demonyms countries.json leaves out ("Quito a expédié", "the Guyanese navy"), from world-countries
  // (mledoze/countries, read here, not copied), for independent states; a capital that is also a common name is left out.
  for (const c of worldCountries) {
    const entity = entities.get(`country:${c.cca2}`);
    if (!c.independent || !entity) continue;
    const extra = extras[c.cca2] ?? {};
    if (!extra.capital) for (const cap of c.capital ?? []) if (!AMBIGUOUS_CAPITALS.has(cap)) addAlias(entity, cap, 'capital');
    if (!extra.demonyms) {
      const en = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
      for (const d of en) addAlias(entity, d, 'demonym');
      entity.demonyms = en;
      const fr = [...new Set([c.demonyms?.fra?.m].filter((d): d is string => !!d).map((d) => d.toLowerCase()))];
      for (const d of fr) for (const f of frenchDemonymForms(d)) addAlias(entity, f, 'demonym');
    }
  }

  // Curated organisations, persons, places, units.
  const countryRef = (code?: string) => (code ? countryIds.get(code) ?? `country:${code}` : undefined);
  const orgs = readJson<{ entries: OrgEntry[] }>(dir, 'organizations.json').entries;
  for (const o of orgs) {
    const entity: LexEntity = {
      id: o.id, name: o.name, type: 'Organization', country: countryRef(o.country), kind: o.kind,
      description: o.description, newsAgency: o.newsAgency, theatre: o.theatre, parent: o.parent, subject: countryRef(o.subject),
      governs: countryRef(o.governs), aliases: [],
    };
    entities.set(o.id, entity);
    for (const a of o.acronyms ?? []) addAlias(entity, a, 'acronym');
    // "la mission européenne": adjectives naming the organisation, read like demonyms.
    const after = o.demonymNouns?.map((n) => foldText(n));
    for (const d of o.demonyms ?? []) addAlias(entity, d, 'demonym', after ? { after } : {});
    // An outlet whose every word has a capital ("La Presse", "Le Monde") is not "la presse nigériane" or "le monde entier".
    const titled = (a: string) => o.kind === 'media' && /\s/.test(a) && a.split(/\s+/).every((w) => /^\P{Ll}/u.test(w));
    for (const a of [o.name, ...(o.aliases ?? [])]) {
      addAlias(entity, a, /^[A-Z]{2,6}$/.test(a) ? 'acronym' : 'name', titled(a) ? { caseRule: 'title' } : {});
    }
    // "United Nations Office on Drugs and Crime" is also written "UN Office on ..." and "U.N. Office on ...".
    for (const a of [o.name, ...(o.aliases ?? [])]) {
      if (a.startsWith('United Nations ')) for (const short of ['UN ', 'U.N. ']) addAlias(entity, short + a.slice('United Nations '.length), 'name');
    }
  }
  const persons = readJson<{ entries: PersonEntry[] }>(dir, 'persons.json').entries;
  for (const p of persons) {
    const entity: LexEntity = {
      id: p.id, name: p.name, type: 'Person', country: countryRef(p.country),
      roles: (p.roles ?? []).map((r) => ({ ...r, country: r.country ? countryRef(r.country) : undefined })),
      aliases: [],
    };
    entities.set(p.id, entity);
    for (const a of [p.name, ...(p.aliases ?? [])]) addAlias(entity, a, 'name');
    for (const s of p.surnames ?? []) addAlias(entity, s, 'surname');
  }
  const addPlaces = (file: string, type: EntityType, extra: Partial<AliasPayload> = {}) => {
    for (const l of readJson<{ entries: PlaceEntry[] }>(dir, file).entries) {
      const entity: LexEntity = { id: l.id, name: l.name, type, kind: l.kind, country: countryRef(l.country), theatre: l.theatre, parent: l.parent, aliases: [] };
      entities.set(l.id, entity);
      for (const a of [l.name, ...(l.aliases ?? [])]) {
        const cap = capitals.get(tok(a).join(' '));
        // A capital listed as a place: "in Kyiv" is the city (a division named after it is not: "Niamey" region).
        if (cap) { if (l.kind !== 'division') cap.locationId = l.id; }
        else addAlias(entity, a, 'name', extra);
      }
    }
  };
  addPlaces('locations.json', 'Location');
  addPlaces('units.json', 'MilitaryUnit');
  // Towns and cities from GeoNames (lexicons/build/cities.ts), after the curated entries, which win.
  if (existsSync(join(dir, 'cities.json'))) addPlaces('cities.json', 'Location', { town: true });
  // Provinces, states and regions from ISO 3166-2 (lexicons/build/regions.ts), after the towns: "Homs" stays the city.
  if (existsSync(join(dir, 'regions.json'))) addPlaces('regions.json', 'Location', { town: true });
  // Capitals not listed as places still become places after a locative preposition.
  for (const [key, payload] of capitals) {
    if (payload.locationId) continue;
    const country = entities.get(payload.entityId);
    const name = key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const id = `location:${slugify(key)}`;
    if (!entities.has(id)) entities.set(id, { id, name, type: 'Location', country: country?.id, aliases: [name] });
    payload.locationId = id;
  }

  // Institutions described generically.
  const institutions = new PhraseMatcher<Institution>();
  const institutionNames = new Map<string, string>();
  for (const k of readJson<{ kinds: Array<{ kind: string; name: string; en: string[]; fr: string[] }> }>(dir, 'institutions.json').kinds) {
    institutionNames.set(k.kind, k.name);
    for (const p of [...k.en, ...k.fr]) if (!institutions.has(tok(p))) institutions.add(tok(p), { kind: k.kind, name: k.name });
  }

  const roles = new PhraseMatcher<string>();
  for (const r of readJson<{ titles: Array<{ title: string; en: string[]; fr: string[] }> }>(dir, 'roles.json').titles) {
    for (const p of [...r.en, ...r.fr]) if (!roles.has(tok(p))) roles.add(tok(p), r.title);
  }

  const cueData = readJson<{
    verbs: Record<string, Array<{ forms: string[]; stance: CueStance }>>;
    sources: Record<string, string[]>;
    classes?: Partial<Record<CueClass, string[]>>;
  }>(dir, 'cues.json');
  const cueClasses = Object.fromEntries(CUE_CLASSES.map((c) => [c, new Set((cueData.classes?.[c] ?? []).map((w) => foldText(w)))])) as Record<CueClass, Set<string>>;
  const cues = new PhraseMatcher<CueStance>();
  for (const lang of Object.keys(cueData.verbs)) {
    for (const group of cueData.verbs[lang]) {
      for (const f of group.forms) {
        // French participles agree: "rejeté" also stands for "rejetée", "rejetés", "rejetées".
        const forms = lang === 'fr' && /[éiu]$/.test(f) && !/\s/.test(f) ? [f, f + 'e', f + 's', f + 'es'] : [f];
        for (const form of forms) if (!cues.has(tok(form))) cues.add(tok(form), group.stance);
      }
    }
  }
  const setOf = (list: string[]): PhraseMatcher<true> => {
    const m = new PhraseMatcher<true>();
    for (const p of list) m.add(tok(p), true);
    return m;
  };
  const both = (o: Record<string, string[] | unknown>): string[] =>
    Object.entries(o).filter(([k]) => !k.startsWith('$')).flatMap(([, v]) => (Array.isArray(v) ? (v as string[]) : []));
  const sources = setOf(both(cueData.sources));

  const markers = readJson<Record<string, Record<string, string[]>>>(dir, 'markers.json');
  const ev = readJson<Record<string, any>>(dir, 'events.json');
  // A list's own forms, and every form of its regular verbs ("déployer" → "déploieraient").
  const withLemmas = (forms: string[], group: string, lang: Language): string[] =>
    [...forms, ...(ev.verbLemmas?.[group]?.[lang] ?? []).flatMap((l: string) => inflect(l, lang))];
  const eventWords = (lang: Language): EventWords => ({
    personnel: setOf(ev.personnel[lang]), casualties: setOf(ev.casualties[lang]),
    deploymentVerbs: setOf(withLemmas(ev.deploymentVerbs[lang], 'deploymentVerbs', lang)),
    statusPlanned: setOf(withLemmas(ev.status.planned[lang], 'planned', lang)), statusTraining: setOf(ev.status.training[lang]),
    statusWithdrawn: setOf(withLemmas(ev.status.withdrawn[lang], 'withdrawn', lang)),
    transferVerbs: setOf(withLemmas(ev.transferVerbs[lang], 'transferVerbs', lang)),
    receiveVerbs: setOf(withLemmas(ev.receiveVerbs[lang], 'receiveVerbs', lang)),
    bases: setOf(ev.bases[lang]), handovers: setOf(withLemmas(ev.handovers[lang], 'handovers', lang)),
    seizures: setOf(ev.seizures?.[lang] ?? []), boundFor: setOf(ev.seizures?.boundFor?.[lang] ?? []),
  });

  const weapons = new PhraseMatcher<WeaponPayload>();
  const wd = readJson<{
    categories: Array<{ category: string; unit: string | null; forms: string[] }>;
    systems: Array<{ name: string; origin: string; category: string; forms: string[] }>;
  }>(dir, 'weapons.json');
  const unitOf = new Map(wd.categories.map((c) => [c.category, c.unit]));
  for (const c of wd.categories) for (const f of c.forms) if (!weapons.has(tok(f))) weapons.add(tok(f), { category: c.category, unit: c.unit });
  for (const s of wd.systems) {
    const payload = { category: s.category, unit: unitOf.get(s.category) ?? null, system: s.name, origin: countryRef(s.origin) };
    for (const f of s.forms) {
      weapons.add(tok(f), payload);
      // "four Typhoons", "two F-35s", "Black Hawks": a model's English plural (unless the form is a plural already).
      if (!/s$/i.test(f)) {
        const plural = tok(`${f}s`);
        if (!weapons.has(plural)) weapons.add(plural, payload);
      }
    }
  }

  const institutionsByCountry = new Map<string, LexEntity[]>();
  const personsWithRoles: LexEntity[] = [];
  const panelsBySubject = new Map<string, LexEntity>();
  for (const e of entities.values()) {
    if (e.subject) panelsBySubject.set(e.subject, e);
    if (e.type === 'Organization' && e.country && e.kind) {
      const list = institutionsByCountry.get(e.country);
      if (list) list.push(e);
      else institutionsByCountry.set(e.country, [e]);
    }
    if (e.type === 'Person' && e.roles?.length) personsWithRoles.push(e);
  }

  const countryAnaphors = new PhraseMatcher<ReadonlySet<string>>();
  // Optional in a lexicon folder of one's own, as the towns and regions are.
  const anaphorGroups = existsSync(join(dir, 'anaphors.json'))
    ? readJson<{ countries: Array<{ nouns: Record<Language, string[]>; countries: string[] }> }>(dir, 'anaphors.json').countries : [];
  for (const group of anaphorGroups) {
    const ids = new Set(group.countries.map((code) => countryRef(code)!));
    for (const noun of [...group.nouns.en, ...group.nouns.fr]) countryAnaphors.add(tok(noun), ids);
  }

  // Optional too.
  const kindData = existsSync(join(dir, 'body-kinds.json'))
    ? readJson<{ before: Record<string, Record<Language, string[]>>; after: Record<string, Record<Language, string[]>>; agencies?: Record<Language, string[]>; modifiers: Record<Language, string[]>; notNames: string[] }>(dir, 'body-kinds.json')
    : { before: {}, after: {}, modifiers: { en: [], fr: [] }, notNames: [] };
  const kindMatcher = (groups: Record<string, Record<Language, string[]>>): PhraseMatcher<string> => {
    const m = new PhraseMatcher<string>();
    for (const [kind, nouns] of Object.entries(groups)) if (!kind.startsWith('$')) for (const noun of [...nouns.en, ...nouns.fr]) m.add(tok(noun), kind);
    return m;
  };
  const bodyKinds: BodyKinds = {
    before: kindMatcher(kindData.before), after: kindMatcher(kindData.after),
    modifiers: new Set([...kindData.modifiers.en, ...kindData.modifiers.fr].map((w) => foldText(w))),
    notNames: new Set(kindData.notNames.map((w) => foldText(w))),
    agencies: new Set([...(kindData.agencies?.en ?? []), ...(kindData.agencies?.fr ?? [])].map((w) => foldText(w))),
  };

  return {
    institutionsByCountry, personsWithRoles, panelsBySubject, countryAnaphors, bodyKinds,
    entities, gazetteer, institutions, institutionNames, roles, cues, cueClasses, sources,
    doubt: setOf(both(markers.doubt)), denial: setOf(both(markers.denial)), hedges: setOf(both(markers.hedges)),
    teaser: setOf(both(markers.teaser)), statementSettings: setOf([...(markers.statementSettings?.en ?? []), ...(markers.statementSettings?.fr ?? [])]),
    statementPublished: setOf(markers.statementSettings?.published ?? []),
    eventWords: { en: eventWords('en'), fr: eventWords('fr') },
    negations: new Set(both(ev.negations).map((w) => foldText(w))),
    agreementNouns: setOf([...ev.agreements.en, ...ev.agreements.fr]),
    agreementVerbs: setOf(both(ev.agreements.verbs)), meetingWords: setOf(both(ev.meetings)),
    weapons, countryIds,
  };
}

let cached: Lexicon | null = null;

/** The default lexicon, built on first use and kept (module-level lazy init). */
export function defaultLexicon(): Lexicon {
  if (!cached) cached = buildLexicon();
  return cached;
}
