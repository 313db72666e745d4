/**
 * Milestone dates are as precise as the deck: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. On the time
 * axis (fractional years) an event sits in the middle of the period it names, so a year-only
 * event is drawn at mid-year and `end` of a year in its last month.
 */
export type DatePrecision = 'year' | 'month' | 'day';
export type DateQualifier = 'about' | 'end';

export type MilestoneDate = {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
  qualifier: DateQualifier | null;
  /** Position on the time axis, in fractional years. */
  time: number;
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function splitDate(date: string): [number, number | null, number | null] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? Number.NaN, month ?? null, day ?? null];
}

export function parseMilestoneDate(date: string, qualifier: DateQualifier | null = null): MilestoneDate {
  const [year, month, day] = splitDate(date);
  if (month === null) {
    const time = qualifier === 'end' ? year + 11.5 / 12 : year + 0.5;
    return { year, month: null, day: null, precision: 'year', qualifier, time };
  }
  if (day === null) {
    return { year, month, day: null, precision: 'month', qualifier, time: year + (month - 0.5) / 12 };
  }
  const time = year + (month - 1 + (day - 0.5) / daysInMonth(year, month)) / 12;
  return { year, month, day, precision: 'day', qualifier, time };
}

/** Where a period named by a date begins: `2002-08` begins on 1 August 2002. */
export function toPeriodStart(date: string): number {
  const [year, month] = splitDate(date);
  return month === null ? year : year + (month - 1) / 12;
}

/** Where a period named by a date ends: `2005-12` ends with December 2005. */
export function toPeriodEnd(date: string): number {
  const [year, month] = splitDate(date);
  return month === null ? year + 1 : year + month / 12;
}

/** The time axis: 1992–2006, padded half a year on each side. */
export const TIMELINE_DOMAIN: readonly [number, number] = [1991.5, 2007.5];
