import type { Prng } from './prng';
import type { SizeQualifier } from './world';

/** Number and date wording in French and English wire copy. */

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

export interface Day {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export function parseDay(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day: day ?? 1 };
}

export function isoDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function addDays(day: Day, delta: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + delta));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekday(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

export function enWeekday(day: Day): string {
  return EN_DAYS[weekday(day)];
}

export function frWeekday(day: Day): string {
  return FR_DAYS[weekday(day)];
}

export function enMonth(month: number): string {
  return EN_MONTHS[month - 1];
}

export function frMonth(month: number): string {
  return FR_MONTHS[month - 1];
}

/** "Oct 18" as in Reuters datelines. */
export function enDateline(day: Day): string {
  return `${EN_MONTHS_SHORT[day.month - 1]} ${day.day}`;
}

/** "October 18, 2024" */
export function enLongDate(day: Day): string {
  return `${enMonth(day.month)} ${day.day}, ${day.year}`;
}

/** "vendredi 18 octobre 2024" */
export function frLongDate(day: Day): string {
  return `${frWeekday(day)} ${day.day === 1 ? '1er' : day.day} ${frMonth(day.month)} ${day.year}`;
}

export function enNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** French thousands are written "1.500" in wire copy and "1 500" in print: both appear. */
export function frNumber(value: number, rng: Prng): string {
  const digits = String(value);
  if (value < 1000) return digits;
  const separator = rng.chance(0.5) ? '.' : ' ';
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function enQuantity(value: number, qualifier: SizeQualifier, noun: string): string {
  switch (qualifier) {
    case 'exact':
      return `${enNumber(value)} ${noun}`;
    case 'about':
      return `about ${enNumber(value)} ${noun}`;
    case 'at_least':
      return `at least ${enNumber(value)} ${noun}`;
    case 'more_than':
      return `more than ${enNumber(value)} ${noun}`;
    case 'up_to':
      return `up to ${enNumber(value)} ${noun}`;
    case 'thousands':
      return `thousands of ${noun}`;
  }
}

export function frQuantity(value: number, qualifier: SizeQualifier, noun: string, rng: Prng): string {
  const of = /^[aeiouéèêhâô]/i.test(noun) ? "d'" : 'de ';
  switch (qualifier) {
    case 'exact':
      return `${frNumber(value, rng)} ${noun}`;
    case 'about':
      return `${rng.chance(0.5) ? 'environ' : 'quelque'} ${frNumber(value, rng)} ${noun}`;
    case 'at_least':
      return `au moins ${frNumber(value, rng)} ${noun}`;
    case 'more_than':
      return `plus de ${frNumber(value, rng)} ${noun}`;
    case 'up_to':
      return `jusqu'à ${frNumber(value, rng)} ${noun}`;
    case 'thousands':
      return `des milliers ${of}${noun}`;
  }
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
