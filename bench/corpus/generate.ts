import type { ArticleInput, Language } from '../../src/extraction/types';
import { Prng, streamSeed, ZipfSampler } from './prng';
import { addDays, isoDay, slugify } from './text';
import { writeEnglish } from './templates/en';
import { writeFrench } from './templates/fr';
import { claimantCountry, eventAt, world, type Agency, type Claimant, type WorldEvent } from './world';

/**
 * The bench corpus: `articles` articles about `eventCount(articles)` events. Article i is a
 * pure function of (seed, articles, i), so the corpus is generated lazily (100,000 articles
 * never sit in memory at once) and identically on every run.
 */

export interface CorpusOptions {
  seed: number;
  articles: number;
}

export interface GeneratedArticle {
  index: number;
  input: ArticleInput & { url: string; title: string; outlet: string; published: string; language: Language };
  meta: {
    eventIndex: number;
    /** The wire agency relayed, if any. */
    relay: string | null;
    claims: number;
  };
}

/** Shares of the corpus: French articles, relays of the event's own agency, relays of another. */
export const LANGUAGE_FR_SHARE = 0.45;
const RELAY_OWN_AGENCY = 0.55;
const RELAY_OTHER_AGENCY = 0.15;

/**
 * One event for every three articles, drawn with a mild Zipf law (exponent 0.5): at 100,000
 * articles the most reported event has a few hundred articles and most events one or two,
 * while popular countries and people gather tens of thousands of claims.
 */
export function eventCount(articles: number): number {
  return Math.max(4, Math.ceil(articles / 3));
}

const EVENT_EXPONENT = 0.5;
const samplers = new Map<number, ZipfSampler>();

function eventSampler(count: number): ZipfSampler {
  let sampler = samplers.get(count);
  if (!sampler) {
    sampler = new ZipfSampler(count, EVENT_EXPONENT);
    samplers.clear(); // one corpus size at a time is enough
    samplers.set(count, sampler);
  }
  return sampler;
}

const outletSamplers = {
  en: new ZipfSampler(world.outlets.en.length, 1),
  fr: new ZipfSampler(world.outlets.fr.length, 1),
};
const agencySampler = new ZipfSampler(world.agencies.length, 1);
const claimants: Claimant[] = [
  ...world.people.map((person) => ({ kind: 'person' as const, person })),
  ...world.organisations.map((organisation) => ({ kind: 'organisation' as const, organisation })),
];

function drawRelay(rng: Prng, event: WorldEvent): Agency | null {
  const draw = rng.next();
  if (draw < RELAY_OWN_AGENCY) return event.agency;
  if (draw < RELAY_OWN_AGENCY + RELAY_OTHER_AGENCY) return agencySampler.pick(rng, world.agencies);
  return null;
}

function drawSecondAccuser(rng: Prng, event: WorldEvent): Claimant {
  const parties = new Set([event.from.iso, event.to.iso]);
  const candidates = claimants.filter((c) => c !== event.accuser && !parties.has(claimantCountry(c) ?? ''));
  return new ZipfSampler(candidates.length, 0.9).pick(rng, candidates);
}

export function articleAt(options: CorpusOptions, index: number): GeneratedArticle {
  if (!Number.isInteger(index) || index < 0 || index >= options.articles) throw new RangeError(`article ${index} is outside 0..${options.articles - 1}`);
  const rng = new Prng(streamSeed(options.seed, `article:${options.articles}`, index));
  const eventIndex = eventSampler(eventCount(options.articles)).draw(rng);
  const event = eventAt(options.seed, eventIndex);
  const language: Language = rng.chance(LANGUAGE_FR_SHARE) ? 'fr' : 'en';
  const outlet = outletSamplers[language].pick(rng, world.outlets[language]);
  const relay = drawRelay(rng, event);
  const [year, month] = event.month.split('-').map(Number);
  const published = addDays({ year, month, day: event.day }, rng.int(40));
  const context = { rng, event, published, relay, secondAccuser: drawSecondAccuser(rng, event) };
  const written = language === 'fr' ? writeFrench(context) : writeEnglish(context);
  const day = isoDay(published);
  return {
    index,
    input: {
      url: `https://www.${slugify(outlet)}.example/${day.replace(/-/g, '/')}/${slugify(written.title).slice(0, 60)}-${index}`,
      title: written.title,
      outlet: relay ? `${outlet} (relays ${relay.name})` : outlet,
      published: day,
      language,
      body: written.body,
    },
    meta: { eventIndex, relay: relay?.name ?? null, claims: written.claims },
  };
}

/** Articles `from` (inclusive) to `to` (exclusive), generated one at a time. */
export function* generateArticles(options: CorpusOptions, from = 0, to = options.articles): Generator<GeneratedArticle> {
  for (let index = from; index < Math.min(to, options.articles); index += 1) yield articleAt(options, index);
}

/** Article batches for writers that take lists (ingestion), still generated lazily. */
export function* articleBatches(options: CorpusOptions, size: number): Generator<GeneratedArticle[]> {
  let batch: GeneratedArticle[] = [];
  for (const article of generateArticles(options)) {
    batch.push(article);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
