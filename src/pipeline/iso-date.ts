// The one rule for a stored date: `YYYY-MM-DD`, and a day the calendar has. Used by the date finder,
// the sidecar overrides and the site's content schema alike.
import { z } from 'zod';

/** `2025-02-29` is not a date; `2024-02-29` is. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDateSchema = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
