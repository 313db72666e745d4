/** A quiz's seed: what a lecturer shares in the URL (`?seed=k3x9q2`), 1–12 lower-case letters and digits. */
export const SEED_PATTERN = /^[0-9a-z]{1,12}$/;

const SEED_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const NEW_SEED_LENGTH = 6;

export type SeedReading = { status: 'missing' } | { status: 'ok'; seed: string } | { status: 'invalid'; given: string };

/** The seed as the URL gives it; upper case reads as lower case, anything else is invalid (and quoted back shortened). */
export function readSeed(value: string | readonly string[] | undefined): SeedReading {
  const raw = typeof value === 'string' ? value : value?.[0];
  if (raw === undefined || raw === '') return { status: 'missing' };
  const seed = raw.trim().toLowerCase();
  if (SEED_PATTERN.test(seed)) return { status: 'ok', seed };
  return { status: 'invalid', given: raw.length > 24 ? `${raw.slice(0, 24)}…` : raw };
}

/** A fresh seed from `random` (crypto-strength numbers in the page, a fixed source in tests). */
export function createSeed(random: () => number): string {
  let seed = '';
  for (let i = 0; i < NEW_SEED_LENGTH; i++) seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
  return seed;
}
