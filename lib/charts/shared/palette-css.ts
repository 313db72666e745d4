import type { Palette } from '@/lib/charts/palette';

type NamedColour = Exclude<keyof Palette, 'series' | 'stageBands'>;

/** The CSS custom property each named colour of a palette is kept in. */
export const PALETTE_VARIABLES: Record<NamedColour, string> = {
  background: '--bg',
  surface: '--surface',
  text: '--fg',
  muted: '--muted',
  grid: '--grid',
  track: '--track',
  accent: '--accent',
  focus: '--focus',
};

/** A palette as CSS custom properties (`--bg`, …, `--series-1`, …, `--stage-1`, …), in that order. */
export function getPaletteVariables(palette: Palette): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [colour, name] of Object.entries(PALETTE_VARIABLES) as [NamedColour, string][]) variables[name] = palette[colour];
  palette.series.forEach((colour, i) => (variables[`--series-${i + 1}`] = colour));
  palette.stageBands.forEach((colour, i) => (variables[`--stage-${i + 1}`] = colour));
  return variables;
}
