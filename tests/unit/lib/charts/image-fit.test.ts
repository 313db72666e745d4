import { describe, expect, test } from 'vitest';
import { dropSmallText, fitSvgMarkup } from '@/lib/charts/image-fit';

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

describe('dropSmallText', () => {
  const markup =
    '<svg viewBox="0 0 600 300"><text x="1" y="2" font-size="60">96%</text><rect width="5" height="5"></rect>' +
    '<text font-size="14">2001<tspan font-size="12">年</tspan></text><text font-size="40">a<tspan font-size="10">b</tspan></text><text>c</text></svg>';

  test('keeps the text that stays at the floor once scaled, the marks, and drops the rest whole', () => {
    expect(dropSmallText(markup, 0.4, 22.5)).toBe(
      '<svg viewBox="0 0 600 300"><text x="1" y="2" font-size="60">96%</text><rect width="5" height="5"></rect></svg>',
    );
  });

  test("a legend's key goes with its label, and stays where the label does", () => {
    const legend =
      '<svg><g data-legend-key="policy"><path d="M0 0h4v4z"></path><text font-size="14">Policy</text></g>' +
      '<g data-legend-key="project"><path d="M9 0h4v4z"></path><text font-size="30">Project</text></g><g><path d="M1 1"></path></g></svg>';
    expect(dropSmallText(legend, 0.5, 12)).toBe(
      '<svg><g data-legend-key="project"><path d="M9 0h4v4z"></path><text font-size="30">Project</text></g><g><path d="M1 1"></path></g></svg>',
    );
  });

  test('at full scale small text a chart draws on purpose stays', () => {
    expect(dropSmallText(markup, 1, 12)).toContain('2001<tspan font-size="12">年</tspan>');
  });
});
