import type { Prng } from '../prng';
import type { Day } from '../text';
import type { Agency, Claimant, WorldEvent } from '../world';

/** Everything a language template needs to write one article about one event. */
export interface ArticleContext {
  rng: Prng;
  event: WorldEvent;
  published: Day;
  /** The wire agency the article relays, or null for original reporting. */
  relay: Agency | null;
  /** A second voice accusing the sender (another government, another service). */
  secondAccuser: Claimant;
}

export interface WrittenArticle {
  title: string;
  body: string;
  /** How many claims the template wrote (lead, quotes, accusations, denials, doubts). */
  claims: number;
}

/** Fills the {placeholders} of a background sentence from world.json with the event's countries. */
export function fillBackground(template: string, event: import('../world').WorldEvent): string {
  const values: Record<string, string> = {
    toCapitalEn: event.to.capitalEn,
    toCapitalFr: event.to.capitalFr,
    fromCapitalEn: event.from.capitalEn,
    fromCapitalFr: event.from.capitalFr,
    FromEn: event.from.en[0].toUpperCase() + event.from.en.slice(1),
    toEn: event.to.en,
    FromFrThe: event.from.frThe[0].toUpperCase() + event.from.frThe.slice(1),
    toFrThe: event.to.frThe,
  };
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}

/** The month (YYYY-MM) of the earlier agreement an article recalls: fixed per event, so outlets agree. */
export function earlierAgreementMonth(event: import('../world').WorldEvent): { year: number; month: number } {
  const [year, month] = event.month.split('-').map(Number);
  const total = year * 12 + (month - 1) - (3 + (event.index % 9));
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}
