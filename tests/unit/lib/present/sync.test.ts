import { describe, expect, test } from 'vitest';
import { isSameDeck, readDeckMessage } from '@/lib/present/sync';

describe('readDeckMessage', () => {
  test('reads the hello, state and bye messages the deck windows post', () => {
    expect(readDeckMessage({ type: 'hello', from: 'presenter' })).toEqual({ type: 'hello', from: 'presenter' });
    const deck = { position: { slide: 3, step: 4 }, blank: false };
    expect(readDeckMessage({ type: 'state', from: 'audience', deck, extra: 1 })).toEqual({ type: 'state', from: 'audience', deck });
  });

  test('refuses what another page of the site might post on the channel', () => {
    for (const data of [
      null,
      'next',
      { type: 'state', from: 'audience' },
      { type: 'state', from: 'someone', deck: { position: { slide: 1, step: 1 }, blank: false } },
      { type: 'state', from: 'audience', deck: { position: { slide: 0, step: 1 }, blank: false } },
      { type: 'state', from: 'audience', deck: { position: { slide: 2.5, step: 1 }, blank: false } },
      { type: 'state', from: 'audience', deck: { position: { slide: 2, step: 1 }, blank: 'no' } },
    ]) {
      expect(readDeckMessage(data)).toBeNull();
    }
  });
});

test('isSameDeck(a, b) compares slide, step and blank', () => {
  const a = { position: { slide: 2, step: 1 }, blank: false };
  expect(isSameDeck(a, { position: { slide: 2, step: 1 }, blank: false })).toBe(true);
  expect(isSameDeck(a, { position: { slide: 2, step: 2 }, blank: false })).toBe(false);
  expect(isSameDeck(a, { ...a, blank: true })).toBe(false);
});
