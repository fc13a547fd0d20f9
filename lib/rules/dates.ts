/**
 * Calendar dates for answers: parsing the profile's `YYYY-MM-DD`, whole months between two days,
 * and the one way we write a date. Everything is in UTC so an answer is the same whatever the
 * time of day and the user's time zone; nothing here knows what day it is.
 */

/** English month names, for the one way we write a date in English. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` -> a UTC date, or undefined when absent or malformed. */
export function toDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/**
 * "1 July 2025": day-month-year with the month in words reads the same in every country, unlike
 * 07/01/2025. Built by hand so the text does not depend on the browser's locale data. Takes a
 * profile's `YYYY-MM-DD` or a date; '' when absent or malformed.
 */
export function formatDate(day: string | Date | undefined): string {
  const date = typeof day === 'string' || day === undefined ? toDate(day) : day;
  if (!date) return '';
  return `${date.getUTCDate()} ${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The day after `date`. */
export function dayAfter(date: Date): Date {
  return new Date(date.getTime() + DAY_MS);
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Date, to: Date): number {
  let months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}

/** True once `today` is past `end` plus `months` whole months (strictly more than). */
export function afterMonths(end: Date, months: number, today: Date): boolean {
  const limit = new Date(
    Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + months, end.getUTCDate()),
  );
  return today.getTime() > limit.getTime();
}

/** Today's calendar date in UTC, so the answer is the same whatever the time of day. */
export function dayOf(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
}
