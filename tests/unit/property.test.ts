import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PROPERTY_SEED } from './property';

describe('property test seeding (tests/unit/setup.ts)', () => {
  test('fc.assert runs with PROPERTY_SEED, so a failure replays with the same inputs', () => {
    expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED);
    const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
