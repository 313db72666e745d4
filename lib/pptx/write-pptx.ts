import 'server-only';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import QRCode from 'qrcode';
import { RECEDED_OPACITY, type Annotation, type MarkEmphasis } from '@/lib/charts/annotation/annotation';
import { THEME_PALETTES } from '@/lib/charts/palette';
import { wrapText } from '@/lib/charts/text-width';
import { emphasiseChartXml, NO_EMPHASIS, type ChartEmphasis } from './chart-emphasis';
import { LINE_CHART_TYPE, layoutLineChart } from './line-chart-layout';
import type { PptxBarChart, PptxBody, PptxColumn, PptxDeck, PptxLineChart, PptxPanel, PptxSlide, PptxTimeline } from './types';

type Slide = PptxGenJS.Slide;

/**
 * Fonts that PowerPoint and WPS have: Microsoft YaHei on Chinese Windows (its name in the file is
 * the English one, which both programs match, and the theme names it for Chinese text that sets
 * no font); Calibri for English. Elsewhere the viewer substitutes (PingFang, Noto Sans CJK, Carlito).
 */
export const PPTX_FONTS = { zh: 'Microsoft YaHei', en: 'Calibri' } as const;
const LANG = { zh: 'zh-CN', en: 'en-US' } as const;

/** 16:9 in inches (PowerPoint's "widescreen"). */
const PAGE = { w: 13.333, h: 7.5 } as const;
const MARGIN = 0.5;
const BODY = { x: MARGIN, y: 1.55, w: PAGE.w - 2 * MARGIN, h: 5.25 } as const;
const ITEM_H = 0.4;

const PALETTE = THEME_PALETTES.light;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const COLOURS = {
  text: hex(PALETTE.text),
  muted: hex(PALETTE.muted),
  grid: hex(PALETTE.grid),
  track: hex(PALETTE.track),
  accent: hex(PALETTE.accent),
  surface: hex(PALETTE.surface),
  white: 'FFFFFF',
  series: PALETTE.series.map(hex),
  stages: PALETTE.stageBands.map(hex),
};

/** `charts`: the highlighted parts of each native chart, in the order they are added (finishPptx marks them). */
type Ctx = { pptx: PptxGenJS; font: string; lang: string; annotation: Annotation | null; charts: ChartEmphasis[] };
type SlideRect = { x: number; y: number; w: number; h: number };

/** How a mark with this id is drawn under the slide's annotation; a part that is no mark recedes with the rest. */
function emphasisOf(ctx: Ctx, ...ids: (string | undefined)[]): MarkEmphasis {
  const highlight = ctx.annotation?.highlight ?? [];
  if (highlight.length === 0) return 'normal';
  return ids.some((id) => id !== undefined && highlight.includes(id)) ? 'highlighted' : 'receded';
}

/** A colour as a receding mark shows it: mixed with the white page, as the images' receded marks are at RECEDED_OPACITY. */
function recede(colour: string): string {
  const channel = (i: number) => parseInt(colour.slice(i, i + 2), 16);
  return [0, 2, 4]
    .map((i) => Math.round(channel(i) * RECEDED_OPACITY + 255 * (1 - RECEDED_OPACITY)))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

const colourFor = (colour: string, emphasis: MarkEmphasis) => (emphasis === 'receded' ? recede(colour) : colour);

/** The first highlighted id, which the note sits beside. */
const firstHighlight = (ctx: Ctx) => ctx.annotation?.highlight[0];
const NOTE_H = 1.05;

const NOTE_FONT_SIZE = 14;
const NOTE_MARGIN = 6;

/**
 * The height, in inches, of a note's text box `width` inches wide: its lines at NOTE_FONT_SIZE
 * (measured with the charts' widths, wider than Calibri's and YaHei's) and its margins.
 */
function getNoteHeight(note: string, width: number): number {
  const lines = wrapText(note, NOTE_FONT_SIZE, width * 72 - 2 * NOTE_MARGIN - 4).length;
  return (lines * NOTE_FONT_SIZE * 1.25 + 2 * NOTE_MARGIN + 6) / 72;
}

/** The annotation's note: an editable text box in an accent frame, in room its slide set aside beside the mark. */
function addNote(slide: Slide, ctx: Ctx, box: SlideRect) {
  const note = ctx.annotation?.note;
  if (!note) return;
  slide.addText(
    note,
    text(ctx, {
      ...box,
      fontSize: NOTE_FONT_SIZE,
      // Points, as pptxgenjs takes a text box's margin.
      margin: NOTE_MARGIN,
      valign: 'middle',
      fill: { color: COLOURS.white },
      line: { color: COLOURS.accent, width: 1.5 },
      fit: 'shrink',
    }),
  );
}

function text(ctx: Ctx, options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextPropsOptions {
  return { fontFace: ctx.font, lang: ctx.lang, color: COLOURS.text, margin: 0, valign: 'top', ...options };
}

function addHeader(slide: Slide, ctx: Ctx, spec: PptxSlide) {
  slide.addText(
    spec.title,
    text(ctx, { x: MARGIN, y: 0.3, w: BODY.w, h: 0.65, fontSize: 28, bold: true, fit: 'shrink', valign: 'bottom' }),
  );
  if (spec.subtitle) {
    slide.addText(spec.subtitle, text(ctx, { x: MARGIN, y: 0.98, w: BODY.w, h: 0.5, fontSize: 14, color: COLOURS.muted, fit: 'shrink' }));
  }
  if (spec.source) {
    slide.addText(
      spec.source,
      text(ctx, { x: MARGIN, y: PAGE.h - 0.55, w: BODY.w, h: 0.3, fontSize: 12, color: COLOURS.muted, valign: 'bottom' }),
    );
  }
}

/**
 * The bars' colours: a colour per series, or where the annotation names bars of one series, a
 * colour per bar (PowerPoint keeps them as each point's own fill), the others receding.
 */
function getBarColours(ctx: Ctx, chart: PptxBarChart, panelId: string | undefined): string[] {
  if (chart.series.length > 1) {
    return chart.series.map((series, i) => colourFor(COLOURS.series[i % COLOURS.series.length]!, emphasisOf(ctx, series.id, panelId)));
  }
  const base = COLOURS.series[0]!;
  if (!chart.ids || emphasisOf(ctx, ...chart.ids, panelId) !== 'highlighted') return [colourFor(base, emphasisOf(ctx, panelId))];
  return chart.ids.map((id) => colourFor(base, emphasisOf(ctx, id, panelId)));
}

/** The bars getBarColours keeps in full colour: whole series, or single bars of the only one. */
function getBarEmphasis(ctx: Ctx, chart: PptxBarChart, panelId: string | undefined): ChartEmphasis {
  const highlighted = (...ids: (string | undefined)[]) => emphasisOf(ctx, ...ids) === 'highlighted';
  if (chart.series.length > 1)
    return { series: chart.series.flatMap((series, i) => (highlighted(series.id, panelId) ? [i] : [])), points: [] };
  if (!chart.ids || !highlighted(...chart.ids, panelId)) return { series: highlighted(panelId) ? [0] : [], points: [] };
  return { series: [], points: chart.ids.flatMap((id, i) => (highlighted(id, panelId) ? [i] : [])) };
}

function addBarChart(slide: Slide, ctx: Ctx, chart: PptxBarChart, box: SlideRect, panelId?: string) {
  const data = chart.series.map((series) => ({ name: series.name, labels: chart.categories, values: series.values }));
  const options: PptxGenJS.IChartOpts = {
    ...box,
    barDir: chart.direction,
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    barGapWidthPct: chart.stacked ? 40 : 60,
    chartColors: getBarColours(ctx, chart, panelId),
    lang: ctx.lang,
    // Top of the list first, as the page reads; PowerPoint draws a bar chart's first category at the bottom.
    catAxisOrientation: (chart.direction === 'bar' ? 'maxMin' : 'minMax') as 'minMax',
    catAxisLabelFontFace: ctx.font,
    catAxisLabelFontSize: 14,
    catAxisLabelColor: COLOURS.text,
    catAxisLineShow: false,
    valAxisHidden: chart.hideValueAxis ?? false,
    valAxisMinVal: 0,
    valAxisMaxVal: chart.max,
    valAxisLabelFormatCode: chart.numberFormat,
    valAxisLabelFontFace: ctx.font,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: COLOURS.muted,
    valGridLine: chart.hideValueAxis ? { style: 'none' } : { color: COLOURS.grid, size: 0.5, style: 'solid' },
    showValue: true,
    dataLabelFormatCode: chart.numberFormat,
    dataLabelFontFace: ctx.font,
    dataLabelFontSize: 14,
    dataLabelColor: chart.stacked ? COLOURS.white : COLOURS.text,
    dataLabelPosition: chart.stacked ? 'ctr' : 'outEnd',
    showLegend: chart.legend ?? false,
    legendPos: 'b',
    legendFontFace: ctx.font,
    legendFontSize: 12,
    legendColor: COLOURS.text,
  };
  slide.addChart(ctx.pptx.ChartType.bar, data, options);
  ctx.charts.push(getBarEmphasis(ctx, chart, panelId));
}

function addLineChart(slide: Slide, ctx: Ctx, chart: PptxLineChart) {
  const layout = layoutLineChart(chart, BODY, { withNote: Boolean(ctx.annotation?.note) });
  // Bands first, so the chart (which has no fill) draws its lines over them.
  for (const band of layout.bands) {
    const colour = COLOURS.stages[(band.rank - 1) % COLOURS.stages.length]!;
    slide.addShape(ctx.pptx.ShapeType.rect, {
      x: band.x,
      y: band.y,
      w: band.w,
      h: band.h,
      fill: { color: colour },
      line: { type: 'none' },
    });
    slide.addText(
      band.label.text,
      text(ctx, { ...band.label, fontSize: LINE_CHART_TYPE.band, color: COLOURS.muted, valign: 'middle', wrap: false }),
    );
  }
  const data = chart.series.map((series) => ({ name: series.name, labels: chart.categories, values: series.values as number[] }));
  const colours = chart.series.map((_, i) => COLOURS.series[i % COLOURS.series.length]!);
  ctx.charts.push(NO_EMPHASIS);
  slide.addChart(ctx.pptx.ChartType.line, data, {
    ...layout.frame,
    layout: layout.plotLayout,
    chartColors: colours,
    lang: ctx.lang,
    lineSize: 2.25,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 4,
    // A year without a measurement breaks the line rather than bridging it or dropping to zero.
    displayBlanksAs: 'gap',
    catAxisLabelFontFace: ctx.font,
    catAxisLabelFontSize: LINE_CHART_TYPE.axis,
    catAxisLabelColor: COLOURS.muted,
    catAxisLabelFrequency: chart.categories.length > 12 ? '5' : '1',
    catAxisLineShow: true,
    catAxisLineColor: COLOURS.muted,
    valAxisMinVal: chart.log?.min ?? 0,
    valAxisMaxVal: chart.log ? 100 : chart.max,
    valAxisLogScaleBase: chart.log ? 10 : undefined,
    valAxisLabelFormatCode: chart.log ? 'General"%"' : chart.numberFormat,
    valAxisLabelFontFace: ctx.font,
    valAxisLabelFontSize: LINE_CHART_TYPE.axis,
    valAxisLabelColor: COLOURS.muted,
    valGridLine: { color: COLOURS.grid, size: 0.5, style: 'solid' },
    showLegend: true,
    legendPos: layout.note ? 'tr' : 'r',
    legendFontFace: ctx.font,
    legendFontSize: LINE_CHART_TYPE.legend,
    legendColor: COLOURS.text,
  });
  for (const event of layout.events) {
    slide.addShape(ctx.pptx.ShapeType.line, {
      x: event.x,
      y: event.y1,
      w: 0,
      h: event.y2 - event.y1,
      line: { color: COLOURS.muted, width: 1, dashType: 'dash' },
    });
    slide.addText(
      event.label.text,
      text(ctx, { ...event.label, fontSize: LINE_CHART_TYPE.event, color: COLOURS.text, align: 'center', valign: 'bottom', wrap: false }),
    );
  }
  if (layout.note) addNote(slide, ctx, layout.note);
}

function addLines(slide: Slide, ctx: Ctx, lines: readonly string[], box: { x: number; y: number; w: number; h: number }, fontSize = 14) {
  if (lines.length === 0) return;
  const runs = lines.map((line, index) => ({ text: line, options: { breakLine: index < lines.length - 1 } }));
  slide.addText(runs, text(ctx, { ...box, fontSize, color: COLOURS.muted, fit: 'shrink', paraSpaceAfter: 4 }));
}

/** Whether a panel holds the mark with this id: the panel itself, a bar or a series of its chart. */
function panelHas(panel: PptxPanel, id: string): boolean {
  return panel.id === id || Boolean(panel.chart?.ids?.includes(id) || panel.chart?.series.some((series) => series.id === id));
}

function addPanel(slide: Slide, ctx: Ctx, panel: PptxPanel, box: SlideRect) {
  const headingH = 0.45;
  const linesH = panel.lines?.length ? Math.min(1.1, 0.3 + 0.3 * panel.lines.length) : 0;
  const emphasis = emphasisOf(ctx, panel.id, ...(panel.chart?.ids ?? []), ...(panel.chart?.series.map((series) => series.id) ?? []));
  slide.addText(
    panel.heading,
    text(ctx, {
      x: box.x,
      y: box.y,
      w: box.w,
      h: headingH,
      fontSize: 16,
      bold: true,
      fit: 'shrink',
      color: emphasis === 'receded' ? COLOURS.muted : COLOURS.text,
    }),
  );
  const inner = { x: box.x, y: box.y + headingH, w: box.w, h: box.h - headingH - linesH };
  if (panel.chart) addBarChart(slide, ctx, panel.chart, inner, panel.id);
  if (panel.figure) {
    slide.addText(
      panel.figure,
      text(ctx, {
        ...inner,
        h: Math.min(inner.h, 1.2),
        fontSize: 40,
        bold: true,
        color: colourFor(COLOURS.accent, emphasisOf(ctx, panel.id)),
        valign: 'middle',
      }),
    );
  }
  if (panel.lines) addLines(slide, ctx, panel.lines, { x: box.x, y: box.y + box.h - linesH, w: box.w, h: linesH });
}

function addPanels(slide: Slide, ctx: Ctx, panels: readonly PptxPanel[], columns: number) {
  const rows = Math.ceil(panels.length / columns);
  const target = firstHighlight(ctx);
  const found = target === undefined ? -1 : panels.findIndex((panel) => panelHas(panel, target));
  // The note gets a band of its own, the body's width, under the row of the first highlighted
  // panel: every panel keeps the same size and its chart its room, and the note its type size.
  const noteRow = ctx.annotation?.note ? Math.floor(Math.max(0, found) / columns) : -1;
  const gap = 0.35;
  const noteH = noteRow >= 0 ? getNoteHeight(ctx.annotation!.note, BODY.w) : 0;
  const band = noteH > 0 ? noteH + gap / 2 : 0;
  const w = (BODY.w - gap * (columns - 1)) / columns;
  const h = (BODY.h - band - gap * (rows - 1)) / rows;
  let y: number = BODY.y;
  for (let row = 0; row < rows; row += 1) {
    panels.slice(row * columns, (row + 1) * columns).forEach((panel, column) => {
      addPanel(slide, ctx, panel, { x: BODY.x + column * (w + gap), y, w, h });
    });
    y += h;
    if (row === noteRow) {
      addNote(slide, ctx, { x: BODY.x, y: y + gap / 2, w: BODY.w, h: noteH });
      y += band;
    }
    y += gap;
  }
}

function addColumns(slide: Slide, ctx: Ctx, columns: readonly PptxColumn[]) {
  const gap = 0.3;
  const w = (BODY.w - gap * (columns.length - 1)) / columns.length;
  const target = firstHighlight(ctx);
  const found = target === undefined ? -1 : columns.findIndex((column) => column.id === target || column.itemIds?.includes(target));
  const noteColumn = ctx.annotation?.note ? Math.max(0, found) : -1;
  columns.forEach((column, index) => {
    const x = BODY.x + index * (w + gap);
    // A column recedes unless it or one of its items is highlighted; a highlighted column gets a heavier frame too.
    const own = emphasisOf(ctx, column.id);
    const emphasis = own === 'receded' && emphasisOf(ctx, ...(column.itemIds ?? [])) === 'highlighted' ? 'normal' : own;
    const colour = colourFor(COLOURS.series[index % COLOURS.series.length]!, emphasis);
    slide.addShape(ctx.pptx.ShapeType.rect, {
      x,
      y: BODY.y,
      w,
      h: BODY.h,
      fill: { color: COLOURS.surface },
      line: { color: colour, width: emphasis === 'highlighted' ? 4 : 1.5 },
    });
    slide.addText(
      column.heading,
      text(ctx, {
        x,
        y: BODY.y,
        w,
        h: 0.6,
        fontSize: 18,
        bold: true,
        color: COLOURS.white,
        fill: { color: colour },
        valign: 'middle',
        align: 'center',
        margin: 0.08,
        fit: 'shrink',
      }),
    );
    let y = BODY.y + 0.7;
    const inner = { x: x + 0.15, w: w - 0.3 };
    if (column.subheading) {
      slide.addText(column.subheading, text(ctx, { ...inner, y, h: 0.4, fontSize: 15, bold: true, color: colour }));
      y += 0.45;
    }
    const footH = column.foot ? 0.35 : 0;
    const noteH = index === noteColumn ? NOTE_H : 0;
    const room = BODY.y + BODY.h - y - footH - 0.15 - noteH;
    // Items follow the text: as many lines as the longest list fits, the text above them a fixed share.
    const itemsH = column.items ? Math.min(room - 1.2, column.items.length * ITEM_H) : 0;
    const paragraphsH = column.items ? Math.min(room - itemsH, 1.9) : room;
    const runs = column.paragraphs.map((paragraph, i) => ({ text: paragraph, options: { breakLine: i < column.paragraphs.length - 1 } }));
    slide.addText(
      runs,
      text(ctx, {
        ...inner,
        y,
        h: paragraphsH,
        fontSize: 15,
        paraSpaceAfter: 8,
        fit: 'shrink',
        color: emphasis === 'receded' ? COLOURS.muted : COLOURS.text,
      }),
    );
    y += paragraphsH;
    if (column.items) {
      const itemH = itemsH / column.items.length;
      column.items.forEach((item, i) => {
        const itemEmphasis = emphasisOf(ctx, column.itemIds?.[i], column.id);
        slide.addText(
          item,
          text(ctx, {
            ...inner,
            y: y + i * itemH + 0.03,
            h: itemH - 0.06,
            fontSize: 13,
            bold: itemEmphasis === 'highlighted',
            color: itemEmphasis === 'receded' ? COLOURS.muted : COLOURS.text,
            valign: 'middle',
            margin: 0.06,
            fill: { color: COLOURS.white },
            line: { color: colourFor(colour, itemEmphasis), width: itemEmphasis === 'highlighted' ? 2.25 : 0.75 },
            fit: 'shrink',
          }),
        );
      });
      y += itemsH;
    }
    if (noteH > 0) addNote(slide, ctx, { ...inner, y: y + 0.1, h: noteH - 0.1 });
    if (column.foot)
      slide.addText(column.foot, text(ctx, { ...inner, y: BODY.y + BODY.h - 0.4, h: 0.3, fontSize: 12, color: COLOURS.muted }));
  });
}

function addTimeline(slide: Slide, ctx: Ctx, timeline: PptxTimeline) {
  const { from, to } = timeline;
  const strip = { x: BODY.x, y: BODY.y, w: BODY.w, h: 0.9 };
  const span = to + 1 - from;
  const xOf = (time: number) => strip.x + ((Math.min(Math.max(time, from), to + 1) - from) / span) * strip.w;
  const lineY = strip.y + 0.55;
  for (const stage of timeline.stages) {
    const x1 = xOf(stage.start);
    const x2 = xOf(stage.end ?? to + 1);
    slide.addShape(ctx.pptx.ShapeType.rect, {
      x: x1,
      y: strip.y,
      w: x2 - x1,
      h: strip.h,
      fill: { color: COLOURS.stages[stage.rank % 3]! },
      line: { color: COLOURS.stages[stage.rank % 3]!, width: 0 },
    });
  }
  slide.addShape(ctx.pptx.ShapeType.line, { x: strip.x, y: lineY, w: strip.w, h: 0, line: { color: COLOURS.muted, width: 1 } });
  for (let year = from; year <= to; year++) {
    const x = xOf(year);
    slide.addShape(ctx.pptx.ShapeType.line, { x, y: lineY - 0.06, w: 0, h: 0.12, line: { color: COLOURS.muted, width: 0.75 } });
    const w = strip.w / span;
    slide.addText(
      String(year),
      text(ctx, { x: x - w / 2, y: strip.y + 0.05, w, h: 0.3, fontSize: 11, color: COLOURS.muted, align: 'center' }),
    );
  }
  for (const stage of timeline.stages) {
    for (const event of stage.events) {
      // A highlighted event's dot is larger and ringed (a cue besides its colour); the others pale.
      const emphasis = emphasisOf(ctx, event.id);
      const r = emphasis === 'highlighted' ? 0.13 : 0.07;
      slide.addShape(ctx.pptx.ShapeType.ellipse, {
        x: xOf(event.time) - r,
        y: lineY - r,
        w: 2 * r,
        h: 2 * r,
        fill: { color: colourFor(COLOURS.series[stage.rank % COLOURS.series.length]!, emphasis) },
        line: { color: emphasis === 'highlighted' ? COLOURS.text : COLOURS.white, width: emphasis === 'highlighted' ? 1.5 : 0.5 },
      });
    }
  }

  const gap = 0.25;
  const top = strip.y + strip.h + 0.2;
  const height = BODY.y + BODY.h - top;
  const w = (BODY.w - gap * (timeline.stages.length - 1)) / timeline.stages.length;
  const target = firstHighlight(ctx);
  const found = target === undefined ? -1 : timeline.stages.findIndex((stage) => stage.events.some((event) => event.id === target));
  const noteStage = ctx.annotation?.note ? Math.max(0, found) : -1;
  timeline.stages.forEach((stage, index) => {
    const x = BODY.x + index * (w + gap);
    const colour = COLOURS.series[stage.rank % COLOURS.series.length]!;
    const noteH = index === noteStage ? NOTE_H : 0;
    slide.addText(
      stage.name,
      text(ctx, {
        x,
        y: top,
        w,
        h: 0.4,
        fontSize: 16,
        bold: true,
        color: COLOURS.white,
        fill: { color: colour },
        valign: 'middle',
        margin: 0.08,
      }),
    );
    const runs = stage.events.flatMap((event, i) => {
      const emphasis = emphasisOf(ctx, event.id);
      const title = event.marker ? `${event.title} ${event.marker}` : event.title;
      return [
        { text: `${event.date}  `, options: { bold: true, color: colourFor(colour, emphasis) } },
        {
          text: title,
          options: {
            breakLine: i < stage.events.length - 1,
            bold: emphasis === 'highlighted',
            color: emphasis === 'receded' ? COLOURS.muted : COLOURS.text,
          },
        },
      ];
    });
    const textH = height - 0.5 - noteH;
    slide.addText(runs, text(ctx, { x, y: top + 0.5, w, h: textH, fontSize: 13, paraSpaceAfter: 4, fit: 'shrink' }));
    if (noteH > 0) addNote(slide, ctx, { x, y: top + 0.5 + textH + 0.05, w, h: noteH - 0.05 });
  });
}

function addTitle(slide: Slide, ctx: Ctx, body: Extract<PptxBody, { kind: 'title' }>) {
  slide.addShape(ctx.pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: 0.25,
    h: PAGE.h,
    fill: { color: COLOURS.accent },
    line: { color: COLOURS.accent, width: 0 },
  });
  slide.addText(body.course, text(ctx, { x: 1, y: 1.6, w: PAGE.w - 2, h: 0.5, fontSize: 18, color: COLOURS.muted }));
  slide.addText(
    body.heading,
    text(ctx, { x: 1, y: 2.2, w: PAGE.w - 2, h: 1.4, fontSize: 44, bold: true, color: COLOURS.accent, valign: 'middle', fit: 'shrink' }),
  );
  slide.addText(body.subtitle, text(ctx, { x: 1, y: 3.8, w: PAGE.w - 2.5, h: 1.4, fontSize: 20, fit: 'shrink' }));
}

/** A QR code of the site's address as a PNG data URL (pptxgenjs's form: no `data:` prefix), drawn here without any network. */
async function getQrPng(url: string): Promise<string> {
  const dataUrl = await QRCode.toDataURL(url, {
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 8,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return dataUrl.slice('data:'.length);
}

function addClosing(slide: Slide, ctx: Ctx, body: Extract<PptxBody, { kind: 'closing' }>, qr: string) {
  const left = { x: BODY.x, w: 7.5 };
  slide.addText(body.deck, text(ctx, { ...left, y: BODY.y, h: 0.8, fontSize: 14, color: COLOURS.muted, fit: 'shrink' }));
  const runs = body.parts.flatMap((part, i) => [
    { text: `${part.title}  `, options: { bold: true } },
    { text: part.source, options: { color: COLOURS.muted, breakLine: i < body.parts.length - 1 } },
  ]);
  slide.addText(runs, text(ctx, { ...left, y: BODY.y + 0.9, h: 2.3, fontSize: 14, paraSpaceAfter: 4, fit: 'shrink' }));
  slide.addText(
    [
      { text: `${body.data.label} `, options: {} },
      { text: body.data.url, options: { hyperlink: { url: body.data.url }, color: COLOURS.accent } },
    ],
    text(ctx, { ...left, y: BODY.y + 3.3, h: 0.4, fontSize: 14 }),
  );
  slide.addText(body.thanks, text(ctx, { ...left, y: BODY.y + 3.85, h: 0.7, fontSize: 32, bold: true, color: COLOURS.accent }));
  const right = { x: 8.6, w: PAGE.w - 8.6 - MARGIN };
  const top = BODY.y;
  slide.addShape(ctx.pptx.ShapeType.rect, {
    ...right,
    y: top,
    h: 4.2,
    fill: { color: COLOURS.white },
    line: { color: COLOURS.accent, width: 1.5 },
  });
  slide.addText(
    body.site.label,
    text(ctx, { x: right.x + 0.2, w: right.w - 0.4, y: top + 0.15, h: 0.45, fontSize: 16, align: 'center', fit: 'shrink' }),
  );
  const qrSize = 3.3;
  slide.addImage({ data: qr, x: right.x + (right.w - qrSize) / 2, y: top + 0.7, w: qrSize, h: qrSize, altText: body.site.url });
  // The address on a line of its own across the slide, never wrapped: its length is the visitor's host's.
  slide.addText(
    body.site.url,
    text(ctx, {
      x: BODY.x,
      w: BODY.w,
      y: top + 4.35,
      h: 0.8,
      fontSize: 28,
      bold: true,
      color: COLOURS.accent,
      hyperlink: { url: body.site.url },
      align: 'right',
      valign: 'middle',
      wrap: false,
    }),
  );
}

async function addSlide(deckCtx: Ctx, spec: PptxSlide) {
  const ctx: Ctx = { ...deckCtx, annotation: spec.annotation ?? null };
  const slide = ctx.pptx.addSlide();
  slide.background = { color: COLOURS.white };
  const { body } = spec;
  if (body.kind !== 'title') addHeader(slide, ctx, spec);
  if (body.kind === 'panels') addPanels(slide, ctx, body.panels, body.columns);
  else if (body.kind === 'columns') addColumns(slide, ctx, body.columns);
  else if (body.kind === 'timeline') addTimeline(slide, ctx, body.timeline);
  else if (body.kind === 'lines') addLineChart(slide, ctx, body.chart);
  else if (body.kind === 'title') addTitle(slide, ctx, body);
  else addClosing(slide, ctx, body, await getQrPng(body.site.url));
  slide.addNotes(spec.notes);
}

const CHART_VALUES = /<c:val>[\s\S]*?<\/c:val>/g;

/**
 * A chart's workbook holding exactly the values its chart shows: pptxgenjs writes a zero, like a
 * missing value, as an empty cell, so "Edit Data" would turn China's 0% of 1990 into a gap. Each
 * series' range (`Sheet1!$B$2:$B$35`) and cached points give the cells; a point not cached is empty.
 */
async function fillChartWorkbook(zip: JSZip, chartPath: string, chartXml: string) {
  const rels = await zip.file(chartPath.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'))?.async('string');
  const target = rels && /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
  const file = target && zip.file(`ppt/embeddings/${target}`);
  if (!file) return;
  const cells = new Map<string, string>();
  for (const [values] of chartXml.matchAll(CHART_VALUES)) {
    const range = /<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)<\/c:f>/.exec(values);
    if (!range) continue;
    const [, column, first, last] = range;
    const cached = new Map([...values.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), m[2]!]));
    for (let row = Number(first); row <= Number(last); row++) cells.set(`${column}${row}`, cached.get(row - Number(first)) ?? '');
  }
  const workbook = await JSZip.loadAsync(await file.async('uint8array'));
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const sheet = await workbook.file(sheetPath)!.async('string');
  const filled = sheet.replace(/<c r="([A-Z]+\d+)"><v>[^<]*<\/v><\/c>/g, (cell, ref: string) => {
    const value = cells.get(ref);
    if (value === undefined) return cell;
    return value === '' ? `<c r="${ref}"/>` : `<c r="${ref}"><v>${value}</v></c>`;
  });
  workbook.file(sheetPath, filled);
  zip.file(`ppt/embeddings/${target}`, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/**
 * What pptxgenjs has no option for: a missing value left out of a chart's points (it writes an
 * empty one, which is not a number) and kept apart from a zero in its workbook; data labels kept on one line (a narrow column otherwise breaks
 * 60,011,200 into three), highlighted bars outlined with bold labels (emphasiseChartXml), and in
 * Chinese, Microsoft YaHei named in the theme for Chinese script, so text that sets no font of its
 * own (the speaker notes) is in it too rather than the theme's DengXian.
 */
async function finishPptx(file: Buffer, chineseFont: string | null, charts: readonly ChartEmphasis[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const rewrite = async (pattern: RegExp, change: (xml: string) => string) => {
    for (const name of Object.keys(zip.files).filter((path) => pattern.test(path))) {
      zip.file(name, change(await zip.file(name)!.async('string')));
    }
  };
  // pptxgenjs numbers charts in the order they are added (its count goes on from file to file).
  const chartNames = Object.keys(zip.files)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const [i, name] of chartNames.entries()) {
    const xml = await zip.file(name)!.async('string');
    // Only charts with a zero or a gap have cells to set right; the others keep their workbook as written.
    if (/<c:v>0?<\/c:v>/.test(xml)) await fillChartWorkbook(zip, name, xml);
    zip.file(
      name,
      xml
        .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
        .replace(/(<c:dLbls>\s*(?:<c:numFmt [^>]*\/>)?\s*<c:txPr>\s*)<a:bodyPr\/>/g, '$1<a:bodyPr wrap="none"/>')
        // The schema's order, which LibreOffice holds to: it ignores a label skip written after noMultiLvlLbl.
        .replace(/(<c:noMultiLvlLbl val="\d"\/>)\s*(<c:tickLblSkip val="\d+"\/>)/g, '$2$1')
        // Years stay level on one line: left to itself, a viewer may turn them or break "1990" in two.
        .replace(/(<c:lineChart>[\s\S]*<c:catAx>[\s\S]*?<c:txPr>\s*)<a:bodyPr\/>/, '$1<a:bodyPr rot="0" vert="horz" wrap="none"/>'),
    );
    zip.file(name, emphasiseChartXml(await zip.file(name)!.async('string'), charts[i] ?? NO_EMPHASIS, COLOURS.text));
  }
  if (chineseFont) {
    await rewrite(/^ppt\/theme\/theme\d+\.xml$/, (xml) =>
      xml
        .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${chineseFont}"/>`)
        .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${chineseFont}"/>`),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The deck as a .pptx file: native bar charts with their data, shapes and text, speaker notes on every slide. */
export async function writePptx(deck: PptxDeck): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = '';
  const font = PPTX_FONTS[deck.locale];
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const ctx: Ctx = { pptx, font, lang: LANG[deck.locale], annotation: null, charts: [] };
  for (const slide of deck.slides) await addSlide(ctx, slide);
  const file = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return finishPptx(file, deck.locale === 'zh' ? font : null, ctx.charts);
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The file with `token` (an origin it was written for) replaced by `origin` in its slides, notes and
 * links, and the QR code of the last slide drawn again for the new address. A written file is kept
 * per data generation and language only; the visitor's origin goes in here, never into a cache.
 */
export async function setPptxOrigin(file: Buffer, token: string, origin: string, siteUrl: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  // Only the last slide names the site; the others are left compressed as they are.
  const last = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const parts = [`ppt/slides/slide${last}.xml`, `ppt/slides/_rels/slide${last}.xml.rels`, `ppt/notesSlides/notesSlide${last}.xml`];
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes(token)) continue;
    zip.file(name, xml.split(token).join(escapeXml(origin)));
    const slide = /^ppt\/slides\/_rels\/(slide\d+)\.xml\.rels$/.exec(name);
    const image = slide ? /Target="\.\.\/media\/([^"]+\.png)"/.exec(xml)?.[1] : undefined;
    if (image) zip.file(`ppt/media/${image}`, (await getQrPng(siteUrl)).replace(/^image\/png;base64,/, ''), { base64: true });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
