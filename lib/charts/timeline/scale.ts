/** A linear scale from domain to range (the only scale the timeline needs; keeps d3 out of the browser). */
export type LinearScale = ((value: number) => number) & { invert: (position: number) => number };

export function getLinearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearScale {
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.invert = (position: number) => d0 + (position - r0) / k;
  return scale;
}
