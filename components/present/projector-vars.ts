import type { CSSProperties } from 'react';
import { THEME_PALETTES, type Palette } from '@/lib/charts/palette';

/** The page's colour variables set to one palette, so the deck and its charts use it whatever the site theme. */
export function getPaletteVars(palette: Palette): CSSProperties {
  const vars: Record<string, string> = {
    '--bg': palette.background,
    '--surface': palette.surface,
    '--fg': palette.text,
    '--muted': palette.muted,
    '--grid': palette.grid,
    '--track': palette.track,
    '--accent': palette.accent,
    '--focus': palette.focus,
  };
  palette.series.forEach((colour, i) => (vars[`--series-${i + 1}`] = colour));
  palette.stageBands.forEach((colour, i) => (vars[`--stage-${i + 1}`] = colour));
  return vars as CSSProperties;
}

export const PROJECTOR_VARS = getPaletteVars(THEME_PALETTES.projector);
