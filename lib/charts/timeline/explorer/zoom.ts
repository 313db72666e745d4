import { TIMELINE_DOMAIN } from '../dates';

export type Domain = readonly [number, number];

/** The narrowest window: a quarter of a year, enough to spread the events of one month apart. */
export const MIN_SPAN = 0.25;
const FULL_SPAN = TIMELINE_DOMAIN[1] - TIMELINE_DOMAIN[0];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Keeps a window inside the axis and between MIN_SPAN and the full span. */
export function clampDomain([from, to]: Domain): Domain {
  const span = Math.min(FULL_SPAN, Math.max(MIN_SPAN, Math.abs(to - from)));
  let start = Math.min(from, to);
  start = Math.max(TIMELINE_DOMAIN[0], Math.min(start, TIMELINE_DOMAIN[1] - span));
  return [round2(start), round2(start + span)];
}

/** Zooms by `factor` (>1 zooms in) keeping `center` where it is on screen. */
export function zoomDomain(domain: Domain, factor: number, center = (domain[0] + domain[1]) / 2): Domain {
  const [from, to] = domain;
  const span = (to - from) / factor;
  const share = (center - from) / (to - from || 1);
  return clampDomain([center - span * share, center - span * share + span]);
}

export function panDomain([from, to]: Domain, by: number): Domain {
  return clampDomain([from + by, to + by]);
}

/** Moves the window the least needed to show `time` with a margin, keeping its width. */
export function revealTime(domain: Domain, time: number): Domain {
  const [from, to] = domain;
  const margin = (to - from) * 0.1;
  if (time < from + margin) return panDomain(domain, time - margin - from);
  if (time > to - margin) return panDomain(domain, time + margin - to);
  return domain;
}

export function isFullDomain([from, to]: Domain): boolean {
  return from <= TIMELINE_DOMAIN[0] && to >= TIMELINE_DOMAIN[1];
}

/** Whether a time falls in the window (ends included): what the chart draws and the list shows. */
export function isInWindow(time: number, [from, to]: Domain): boolean {
  return time >= from && time <= to;
}
