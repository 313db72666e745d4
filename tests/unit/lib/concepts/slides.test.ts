import { expect, test } from 'vitest';
import { formatSlideList } from '@/lib/concepts/slides';

test('formatSlideList(slides) joins consecutive slides into runs, sorted, each slide once', () => {
  expect(formatSlideList([18, 13, 14, 15, 16, 17, 13])).toBe('13–18');
  expect(formatSlideList([21, 23, 24])).toBe('21, 23–24');
  expect(formatSlideList([60, 61, 63], '、')).toBe('60–61、63');
  expect(formatSlideList([44])).toBe('44');
  expect(formatSlideList([])).toBe('');
});
