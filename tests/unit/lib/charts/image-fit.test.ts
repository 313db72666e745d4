import { describe, expect, test } from 'vitest';
import { fitSvgMarkup } from '@/lib/charts/image-fit';

describe('fitSvgMarkup', () => {
  test('places the root <svg> into the box and keeps its viewBox', () => {
    const markup =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 500" width="360" height="500"><rect stroke-width="2" width="10" height="10"></rect></svg>';
    expect(fitSvgMarkup(markup, { x: 40, y: 90, width: 1200, height: 560 })).toBe(
      '<svg x="40" y="90" width="1200" height="560" preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 500"><rect stroke-width="2" width="10" height="10"></rect></svg>',
    );
  });

  test('refuses markup that is not an <svg>', () => {
    expect(() => fitSvgMarkup('<div></div>', { x: 0, y: 0, width: 1, height: 1 })).toThrow(/<svg>/);
  });
});
