'use client';

import { useEffect, useState } from 'react';
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

/** Light, dark or projector; remembered in localStorage, following the system until chosen. */
export function ThemePicker({ label, choices }: ThemePickerProps) {
  const [choice, setChoice] = useState<ThemeChoice>('system');

  useEffect(() => {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    if (isTheme(stored)) setChoice(stored);
  }, []);

  useEffect(() => {
    if (choice !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);

  const choose = (next: ThemeChoice) => {
    setChoice(next);
    if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, next);
    applyTheme(next);
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
