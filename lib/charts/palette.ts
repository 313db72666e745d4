import type { Theme } from '../theme';
import { getPaletteVariables } from './shared/palette-css';

/**
 * Colours of the interface and charts per theme. Series colours are the Okabe–Ito palette,
 * which stays distinct for the common kinds of colour blindness; charts add a second cue
 * (shape, pattern or label) wherever colour carries meaning.
 */
export type Palette = {
  background: string;
  surface: string;
  text: string;
  muted: string;
  grid: string;
  track: string;
  accent: string;
  focus: string;
  series: readonly [string, string, string, string, string, string];
  stageBands: readonly [string, string, string];
};

export const THEME_PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    surface: '#f5f6f8',
    text: '#1d2433',
    muted: '#535b6b',
    grid: '#d5d9e0',
    track: '#e8ebf0',
    accent: '#0060a0',
    focus: '#b35900',
    series: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56B4E9'],
    stageBands: ['#eef3fb', '#fdf1e7', '#eaf6f1'],
  },
  dark: {
    background: '#12161d',
    surface: '#1c222c',
    text: '#e9edf3',
    muted: '#a9b2c0',
    grid: '#3a4350',
    track: '#2a313c',
    accent: '#7cc2f0',
    focus: '#ffb347',
    series: ['#56B4E9', '#F08A4B', '#2fc79a', '#e39ac6', '#F0E442', '#9ecff0'],
    stageBands: ['#1b2838', '#2e2219', '#182d25'],
  },
  projector: {
    background: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    muted: '#1f1f1f',
    grid: '#8c8c8c',
    track: '#d9d9d9',
    accent: '#003f73',
    focus: '#b30000',
    series: ['#005a8f', '#a33f00', '#006b4e', '#8a3d6d', '#5c4900', '#1f6f99'],
    stageBands: ['#dde8f6', '#fbe3cf', '#d6efe3'],
  },
};

/** The same keys as CSS custom properties, so one server-rendered SVG follows the page's theme. */
export const CSS_PALETTE: Palette = {
  background: 'var(--bg)',
  surface: 'var(--surface)',
  text: 'var(--fg)',
  muted: 'var(--muted)',
  grid: 'var(--grid)',
  track: 'var(--track)',
  accent: 'var(--accent)',
  focus: 'var(--focus)',
  series: ['var(--series-1)', 'var(--series-2)', 'var(--series-3)', 'var(--series-4)', 'var(--series-5)', 'var(--series-6)'],
  stageBands: ['var(--stage-1)', 'var(--stage-2)', 'var(--stage-3)'],
};

/** `:root[data-theme=…]` rules that define the CSS custom properties from THEME_PALETTES. */
export function getThemeCss(): string {
  const rules = (Object.entries(THEME_PALETTES) as [Theme, Palette][]).map(([theme, p]) => {
    const vars = Object.entries(getPaletteVariables(p))
      .map(([name, colour]) => `${name}:${colour}`)
      .join(';');
    const selector = theme === 'light' ? ':root,:root[data-theme=light]' : `:root[data-theme=${theme}]`;
    return `${selector}{${vars}}`;
  });
  const dark = rules[1]!.replace(':root[data-theme=dark]', ':root:not([data-theme])');
  return `${rules.join('')}@media (prefers-color-scheme: dark){${dark}}`;
}
