export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
export type ThemeChoice = Theme | 'system';

export const THEME_STORAGE_KEY = 'egov-theme';

export function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

/**
 * Runs in <head> before the first paint, so the page never flashes the wrong theme:
 * the stored choice, or the system's light or dark.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'&&t!=='projector'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})()`;
