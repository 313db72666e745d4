import { describe, expect, test } from 'vitest';
import { CSS_PALETTE, THEME_PALETTES, getThemeCss } from '@/lib/charts/palette';
import { getPaletteVariables } from '@/lib/charts/shared/palette-css';

describe('getPaletteVariables(palette)', () => {
  test('sets every colour of a palette in its custom property, named colours first', () => {
    const variables = getPaletteVariables(THEME_PALETTES.light);
    expect(Object.keys(variables)).toEqual([
      '--bg',
      '--surface',
      '--fg',
      '--muted',
      '--grid',
      '--track',
      '--accent',
      '--focus',
      '--series-1',
      '--series-2',
      '--series-3',
      '--series-4',
      '--series-5',
      '--series-6',
      '--stage-1',
      '--stage-2',
      '--stage-3',
    ]);
    expect(variables['--fg']).toBe(THEME_PALETTES.light.text);
    expect(variables['--series-6']).toBe(THEME_PALETTES.light.series[5]);
  });

  test('names the same properties CSS_PALETTE reads, so a theme’s CSS colours the server-drawn SVG', () => {
    const read = Object.values(getPaletteVariables(CSS_PALETTE));
    expect(read).toEqual(Object.keys(getPaletteVariables(THEME_PALETTES.dark)).map((name) => `var(${name})`));
  });

  test('is what getThemeCss writes for each theme', () => {
    const dark = Object.entries(getPaletteVariables(THEME_PALETTES.dark))
      .map(([name, colour]) => `${name}:${colour}`)
      .join(';');
    expect(getThemeCss()).toContain(`:root[data-theme=dark]{${dark}}`);
  });
});
