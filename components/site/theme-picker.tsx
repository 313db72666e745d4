'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, isTheme, type ThemeChoice } from '@/lib/theme';

const CHOICES: ThemeChoice[] = ['system', 'light', 'dark', 'projector'];

export type ThemePickerProps = {
  label: string;
  /** Each choice's name in the page's language. */
  choices: Record<ThemeChoice, string>;
};

function applyTheme(choice: ThemeChoice) {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = choice === 'system' ? (dark ? 'dark' : 'light') : choice;
}

/** The stored choice is the state: another tab's choice (a storage event) shows here too. */
const CHOICE_EVENT = 'egov-theme-choice';
function subscribeToChoice(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHOICE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHOICE_EVENT, onChange);
  };
}
function getStoredChoice(): ThemeChoice {
  const stored = localStorage.getItem(THEME_STORAGE_KEY);
  return isTheme(stored) ? stored : 'system';
}
const getServerChoice = (): ThemeChoice => 'system';

/** Light, dark or projector; remembered in localStorage, following the system until chosen. */
export function ThemePicker({ label, choices }: ThemePickerProps) {
  const choice = useSyncExternalStore(subscribeToChoice, getStoredChoice, getServerChoice);

  useEffect(() => {
    if (choice !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);

  const choose = (next: ThemeChoice) => {
    if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, next);
    applyTheme(next);
    window.dispatchEvent(new Event(CHOICE_EVENT));
  };

  return (
    <label className="theme-picker">
      <span className="visually-hidden">{label}</span>
      <select value={choice} onChange={(event) => choose(event.target.value as ThemeChoice)} aria-label={label}>
        {CHOICES.map((value) => (
          <option key={value} value={value}>
            {choices[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
