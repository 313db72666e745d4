/** Rounds to one decimal: the precision every chart's coordinates are drawn at. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The linear map from `domain` onto `range`, computed as d3's scaleLinear computes it (so it draws the
 * same numbers), for a component that needs nothing else of d3-scale and should not ship it to the browser.
 */
export function linearMap([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  return (value) => {
    const t = (value - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  };
}
