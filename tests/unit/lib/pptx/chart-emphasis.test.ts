import { expect, test } from 'vitest';
import { emphasiseChartXml, NO_EMPHASIS } from '@/lib/pptx/chart-emphasis';

const point = (index: number) =>
  `<c:dPt><c:idx val="${index}"/><c:spPr><a:solidFill><a:srgbClr val="B3D5E8"/></a:solidFill><a:effectLst/></c:spPr></c:dPt>`;
const SERIES = `<c:ser><c:idx val="0"/><c:tx><c:v>Share</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="B3D5E8"/></a:solidFill></c:spPr><c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:txPr><a:defRPr b="0"/></c:txPr><c:showVal val="1"/><c:showLeaderLines val="0"/></c:dLbls>${point(0)}${point(1)}<c:cat/></c:ser>`;

test('emphasiseChartXml(xml, NO_EMPHASIS) leaves a chart as written', () => {
  expect(emphasiseChartXml(SERIES, NO_EMPHASIS, '000000')).toBe(SERIES);
});

test('emphasiseChartXml outlines a highlighted point and gives it a bold label, the points before the labels', () => {
  const xml = emphasiseChartXml(SERIES, { series: [], points: [1] }, '1D2433');
  expect(xml).toContain(`${point(0)}<c:dPt><c:idx val="1"/><c:spPr><a:solidFill><a:srgbClr val="B3D5E8"/></a:solidFill><a:ln w="28575">`);
  expect(xml).toContain(
    '<c:dLbls><c:dLbl><c:idx val="1"/><c:numFmt formatCode="0" sourceLinked="0"/><c:txPr><a:defRPr b="1"/></c:txPr><c:showVal val="1"/></c:dLbl><c:numFmt',
  );
  expect(xml.indexOf('<c:dPt>')).toBeLessThan(xml.indexOf('<c:dLbls>'));
});

test('emphasiseChartXml outlines a whole highlighted series and makes its labels bold; a series without labels keeps its points', () => {
  const whole = emphasiseChartXml(SERIES, { series: [0], points: [] }, '1D2433');
  expect(whole).toContain('</c:tx><c:spPr><a:solidFill><a:srgbClr val="B3D5E8"/></a:solidFill><a:ln w="28575">');
  expect(whole).toContain('<a:defRPr b="1"/>');
  const unlabelled = SERIES.replace(/<c:dLbls>[\s\S]*<\/c:dLbls>/, '');
  expect(emphasiseChartXml(unlabelled, { series: [], points: [0] }, '1D2433')).toMatch(
    /<c:dPt><c:idx val="0"\/>.*<a:ln w="28575">.*<\/c:dPt><c:dPt><c:idx val="1"\/>.*<c:cat\/>/,
  );
});
