/**
 * The highlighted parts of one native chart: whole series (a panel's bar, a stacked chart's share)
 * and points of a chart's only series (a level among the others).
 */
export type ChartEmphasis = { series: readonly number[]; points: readonly number[] };

/** No part highlighted: the chart is written as pptxgenjs writes it. */
export const NO_EMPHASIS: ChartEmphasis = { series: [], points: [] };

/** An outline in the text's colour, 2.25 pt: the cue besides colour that a highlighted bar gets. */
const outline = (colour: string) => `<a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln>`;

/** A shape's properties with the outline after their fill, where DrawingML puts a line. */
const addOutline = (spPr: string, colour: string) => spPr.replace(/(<\/a:solidFill>)/, `$1${outline(colour)}`);

/**
 * One point's own data label, as the series' labels are but bold: a dLbl takes the dLbls' settings
 * except the leader lines, which belong to the series alone.
 */
function boldLabelOf(labels: string, index: number): string {
  const settings = labels.replace(/<c:showLeaderLines val="\d"\/>/, '').replace(/<a:defRPr b="0"/, '<a:defRPr b="1"');
  return `<c:dLbl><c:idx val="${index}"/>${settings}</c:dLbl>`;
}

function emphasiseSeries(ser: string, whole: boolean, points: readonly number[], colour: string): string {
  const dPts = [...ser.matchAll(/<c:dPt>[\s\S]*?<\/c:dPt>/g)].map((match) => match[0]);
  let result = ser.replace(/<c:dPt>[\s\S]*?<\/c:dPt>/g, '');
  const pointsXml = dPts
    .map((dPt) => {
      const index = Number(/<c:idx val="(\d+)"\/>/.exec(dPt)?.[1]);
      return points.includes(index) ? dPt.replace(/<c:spPr>[\s\S]*?<\/c:spPr>/, (spPr) => addOutline(spPr, colour)) : dPt;
    })
    .join('');
  if (whole) {
    // The series' own properties come after its name (c:tx), before its labels and points.
    result = result.replace(
      /(<\/c:tx>\s*)(<c:spPr>[\s\S]*?<\/c:spPr>)/,
      (_, before: string, spPr: string) => before + addOutline(spPr, colour),
    );
    result = result.replace(/(<c:dLbls>[\s\S]*?)<a:defRPr b="0"/, '$1<a:defRPr b="1"');
  }
  if (!result.includes('<c:dLbls>')) return result.replace('<c:cat', `${pointsXml}<c:cat`);
  return result.replace(/<c:dLbls>([\s\S]*?)<\/c:dLbls>/, (_, labels: string) => {
    const own = whole ? '' : points.map((index) => boldLabelOf(labels, index)).join('');
    // The schema's order: a series' points before its labels (pptxgenjs writes them after).
    return `${pointsXml}<c:dLbls>${own}${labels}</c:dLbls>`;
  });
}

/**
 * A bar chart's part with its highlighted bars outlined in `colour` and their data labels bold,
 * besides the colour that picks them out: a cue that holds in greyscale and for a reader who does
 * not tell the colours apart. Both are the chart's own formatting (a point's outline, a point's
 * label), so PowerPoint and WPS keep them when a lecturer edits the data. pptxgenjs has no option
 * for either.
 */
export function emphasiseChartXml(xml: string, emphasis: ChartEmphasis, colour: string): string {
  if (emphasis.series.length === 0 && emphasis.points.length === 0) return xml;
  let index = -1;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    index += 1;
    const whole = emphasis.series.includes(index);
    const points = index === 0 ? emphasis.points : [];
    return whole || points.length > 0 ? emphasiseSeries(ser, whole, points, colour) : ser;
  });
}
