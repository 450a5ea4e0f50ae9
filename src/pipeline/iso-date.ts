// The one rule for a stored date: `YYYY-MM-DD`, and a day the calendar has; or `YYYY-MM` when the page
// gives a month and no day (a day is never invented). Used by the date finder, the sidecar overrides and the
// site's content schema alike.
import { z } from 'zod';

/** `2025-02-29` is not a date; `2024-02-29` is. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `2018-04`: a month of a year, for a page that prints no day. */
export function isIsoMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/u.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** A date as stored: a day, or a month when the page gives no day. */
export function isStoredDate(value: string): boolean {
  return isIsoDate(value) || isIsoMonth(value);
}

export const isoDateSchema = z.string().refine(isStoredDate, 'must be a real date written YYYY-MM-DD, or a month written YYYY-MM');
