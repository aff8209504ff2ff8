import type { DatePrecision } from '../extraction/types';

/**
 * Partial dates: ISO at their precision (`2024`, `2024-10`, `2024-10-18`).
 * Filtering and ordering use the first and last day they cover, so a claim dated
 * "October 2024" overlaps a filter from 2024-10-15 to 2024-10-20.
 */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  if (!value) return null;
  const match = PARTIAL.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    if (date.getUTCDate() !== Number(day)) return null;
    return { value: `${year}-${month}-${day}`, precision: 'day' };
  }
  if (month) return { value: `${year}-${month}`, precision: 'month' };
  return { value: year, precision: 'year' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** The first day a partial date covers, `YYYY-MM-DD`. */
export function firstDay(date: PartialDate): string {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'month') return `${date.value}-01`;
  return `${date.value}-01-01`;
}

/** The last day a partial date covers, `YYYY-MM-DD`. */
export function lastDay(date: PartialDate): string {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'year') return `${date.value}-12-31`;
  const [year, month] = date.value.split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.value}-${String(days).padStart(2, '0')}`;
}

/** The month a date falls in (`2024-10`), or its year when that is all we know. */
export function monthBucket(date: PartialDate): string {
  return date.precision === 'year' ? date.value : date.value.slice(0, 7);
}
