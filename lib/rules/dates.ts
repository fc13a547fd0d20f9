/**
 * Calendar dates for answers: parsing the profile's `YYYY-MM-DD`, whole months between two days,
 * and the one way each language writes a date. Everything is in UTC so an answer is the same
 * whatever the time of day and the user's time zone; nothing here knows what day it is.
 */
import type { Language } from './language';

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

/** A language's month names, January first. */
const MONTHS: Record<Exclude<Language, 'en' | 'ja'>, readonly string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  pt: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
};

/**
 * Each language's long date from UTC fields (`month` 0-11): "1 July 2025", "1. Juli 2025",
 * "1er juillet 2025", "2025年7月1日". By hand, not `Intl.DateTimeFormat`: the browsers' locale
 * data differ (Firefox and Chromium disagree on some month forms and spaces), and a date must
 * read the same everywhere. Shared by the answers and by the advice the screens show.
 */
export const DATE_FORMATS: Record<Language, (year: number, month: number, day: number) => string> =
  {
    // Day-month-year with the month in words reads the same in every English-speaking country.
    en: (year, month, day) => `${day} ${ENGLISH_MONTHS[month]} ${year}`,
    de: (year, month, day) => `${day}. ${MONTHS.de[month]} ${year}`,
    // "1er juillet 2025": the first of the month is an ordinal in French.
    fr: (year, month, day) => `${day === 1 ? '1er' : day} ${MONTHS.fr[month]} ${year}`,
    es: (year, month, day) => `${day} de ${MONTHS.es[month]} de ${year}`,
    pt: (year, month, day) => `${day} de ${MONTHS.pt[month]} de ${year}`,
    nl: (year, month, day) => `${day} ${MONTHS.nl[month]} ${year}`,
    it: (year, month, day) => `${day} ${MONTHS.it[month]} ${year}`,
    ja: (year, month, day) => `${year}年${month + 1}月${day}日`,
  };

/**
 * A profile's `YYYY-MM-DD` (or a date) as `language` writes it: "1. Juli 2025". '' when absent
 * or malformed.
 */
export function formatDateIn(language: Language, day: string | Date | undefined): string {
  const date = typeof day === 'string' || day === undefined ? toDate(day) : day;
  if (!date) return '';
  const format = DATE_FORMATS[language] ?? DATE_FORMATS.en;
  return format(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** A UTC date as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

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
  return formatDateIn('en', day);
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
