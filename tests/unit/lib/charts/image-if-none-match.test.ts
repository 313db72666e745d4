import { describe, expect, test } from 'vitest';
import { matchesIfNoneMatch } from '@/lib/charts/if-none-match';

describe('matchesIfNoneMatch', () => {
  test.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", W/"abc" ,"y"', true],
    ['*', true],
    [' * ', true],
    ['"abcd"', false],
    ['"x", "y"', false],
    ['', false],
    [null, false],
  ])('If-None-Match %j against "abc" → %s', (header, matches) => {
    expect(matchesIfNoneMatch(header, '"abc"')).toBe(matches);
    expect(matchesIfNoneMatch(header, 'W/"abc"')).toBe(matches);
  });
});
