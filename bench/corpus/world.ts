import worldData from './world.json';
import { Prng, streamSeed, ZipfSampler } from './prng';

/**
 * The world the bench corpus reports on: countries, people, organisations, places, outlets
 * and agencies (world.json), plus a seeded list of events that articles report. Popularity is
 * Zipf-like at every level (countries, claimants, events, outlets), as in real reporting.
 */

export interface Country {
  iso: string;
  en: string;
  enAdj: string;
  capitalEn: string;
  fr: string;
  frThe: string;
  frIn: string;
  frOf: string;
  frAdj: string;
  frAdjPl: string;
  capitalFr: string;
}

export interface Person {
  name: string;
  frName?: string;
  surname: string;
  frSurname?: string;
  country?: string;
  org?: string;
  roleEn: string;
  roleFr: string;
  noAdj?: boolean;
  female?: boolean;
}

export interface Organisation {
  key: string;
  country?: string;
  en: string;
  enShort: string;
  fr: string;
  frShort: string;
}

export interface Place {
  country: string;
  en: string;
  fr: string;
}

export interface Agency {
  name: string;
  en?: string;
  fr?: string;
  countries?: string[];
}

export type Bilingual<T> = { en: T; fr: T };

export interface WorldData {
  countries: Country[];
  people: Person[];
  organisations: Organisation[];
  unnamed: Bilingual<string[]>;
  places: Place[];
  units: Place[];
  items: Bilingual<string[]>;
  agreements: Bilingual<string[]>;
  agencies: Agency[];
  outlets: Bilingual<string[]>;
  background: Bilingual<string[]>;
  tail: {
    placePrefixes: string[];
    placeRoots: string[];
    placeSuffixes: string[];
    firstNames: string[];
    surnameRoots: string[];
    surnameSuffixes: string[];
  };
}

export const world: WorldData = worldData as unknown as WorldData;

/** Who speaks in a claim: a named person, an organisation, or an unnamed source. */
export type Claimant =
  | { kind: 'person'; person: Person }
  | { kind: 'organisation'; organisation: Organisation }
  | { kind: 'unnamed'; index: number };

export type EventKind = 'deployment' | 'arms_transfer' | 'agreement';

export type SizeQualifier = 'exact' | 'about' | 'at_least' | 'more_than' | 'up_to' | 'thousands';

export interface WorldEvent {
  index: number;
  kind: EventKind;
  /** Sender, supplier or first party. */
  from: Country;
  /** Destination, recipient or second party. */
  to: Country;
  place: Place | null;
  unit: Place | null;
  size: number;
  qualifier: SizeQualifier;
  itemIndex: number;
  agreementIndex: number;
  status: 'planned' | 'training' | 'deployed';
  /** YYYY-MM of the event. */
  month: string;
  /** Day of month the event began (1..20). */
  day: number;
  /** The wire agency that broke the story; relays of it are one origin. */
  agency: Agency;
  accuser: Claimant;
  denier: Claimant;
  doubter: Claimant;
  /** The long tail: a local place in the destination and the local official who speaks for it. */
  localPlace: string;
  localOfficial: string;
  evacuated: number;
}

const countryZipf = new ZipfSampler(world.countries.length, 1.1);
const claimantPool: Claimant[] = [
  ...world.people.map((person) => ({ kind: 'person' as const, person })),
  ...world.organisations.map((organisation) => ({ kind: 'organisation' as const, organisation })),
];

export function claimantCountry(claimant: Claimant): string | null {
  if (claimant.kind === 'person') return claimant.person.country ?? null;
  if (claimant.kind === 'organisation') return claimant.organisation.country ?? null;
  return null;
}

const FIRST_MONTH = { year: 2022, month: 1 };
const MONTHS = 48;

function monthAt(offset: number): string {
  const total = FIRST_MONTH.year * 12 + (FIRST_MONTH.month - 1) + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Claimants ordered by popularity, drawn with a Zipf law, filtered by a condition. */
function drawClaimant(rng: Prng, accept: (claimant: Claimant) => boolean): Claimant {
  const candidates = claimantPool.filter(accept);
  if (candidates.length === 0) return { kind: 'unnamed', index: rng.int(world.unnamed.en.length) };
  return new ZipfSampler(candidates.length, 0.9).pick(rng, candidates);
}

function drawSize(rng: Prng, kind: EventKind): { size: number; qualifier: SizeQualifier } {
  const magnitude = kind === 'deployment' ? rng.pick([300, 500, 1000, 1500, 3000, 5000, 10000, 12000]) : rng.pick([12, 50, 100, 400, 1000, 13000]);
  const size = magnitude + (rng.chance(0.3) ? rng.int(10) * 100 : 0);
  const qualifier = rng.pick<SizeQualifier>(['exact', 'exact', 'about', 'at_least', 'more_than', 'up_to', 'thousands']);
  return { size, qualifier };
}

/** Event `index` of a world seeded with `seed`: depends on nothing else, so it can be built lazily. */
export function eventAt(seed: number, index: number): WorldEvent {
  const rng = new Prng(streamSeed(seed, 'event', index));
  const kind = rng.pick<EventKind>(['deployment', 'deployment', 'deployment', 'arms_transfer', 'arms_transfer', 'agreement']);
  const from = countryZipf.pick(rng, world.countries);
  let to = countryZipf.pick(rng, world.countries);
  while (to.iso === from.iso) to = countryZipf.pick(rng, world.countries);
  const places = world.places.filter((place) => place.country === to.iso);
  const units = world.units.filter((unit) => unit.country === from.iso);
  const { size, qualifier } = drawSize(rng, kind);
  const agencies = world.agencies.filter((agency) => !agency.countries || agency.countries.includes(from.iso) || agency.countries.includes(to.iso));
  const parties = new Set([from.iso, to.iso]);
  const accuser = drawClaimant(rng, (c) => !parties.has(claimantCountry(c) ?? ''));
  const denier = rng.chance(0.8)
    ? drawClaimant(rng, (c) => parties.has(claimantCountry(c) ?? ''))
    : { kind: 'unnamed' as const, index: rng.int(world.unnamed.en.length) };
  const doubter = rng.chance(0.7)
    ? drawClaimant(rng, (c) => c !== accuser && claimantCountry(c) === null)
    : { kind: 'unnamed' as const, index: rng.int(world.unnamed.en.length) };
  return {
    index,
    kind,
    from,
    to,
    place: places.length > 0 && rng.chance(0.7) ? rng.pick(places) : null,
    unit: units.length > 0 && rng.chance(0.4) ? rng.pick(units) : null,
    size,
    qualifier,
    itemIndex: rng.int(world.items.en.length),
    agreementIndex: rng.int(world.agreements.en.length),
    status: rng.pick(['planned', 'training', 'deployed', 'deployed'] as const),
    month: monthAt(rng.int(MONTHS)),
    day: rng.between(1, 20),
    agency: new ZipfSampler(agencies.length, 0.8).pick(rng, agencies),
    accuser,
    denier,
    doubter,
    localPlace: `${rng.pick(world.tail.placePrefixes)}${rng.pick(world.tail.placeRoots)}${rng.pick(world.tail.placeSuffixes)}`,
    localOfficial: `${rng.pick(world.tail.firstNames)} ${rng.pick(world.tail.surnameRoots)}${rng.pick(world.tail.surnameSuffixes)}`,
    evacuated: rng.between(2, 90) * 100,
  };
}
