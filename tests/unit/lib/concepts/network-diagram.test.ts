import { describe, expect, test, vi } from 'vitest';
import en from '@/messages/en/concepts.json';
import zh from '@/messages/zh/concepts.json';
import { getTextWidth } from '@/lib/charts/text-width';
import { layoutNetworkDiagram, type Box, type NetworkDiagramLayout } from '@/lib/concepts/network-diagram';
import { toNetworkDiagramInput, toNetworks, type NetworkDiagramLabels } from '@/lib/concepts/networks';
import type { Locale } from '@/lib/i18n/routing';
import { loadFixtureRows } from '../../fixture-rows';

vi.mock('server-only', () => ({}));

const rows = await loadFixtureRows('networks');
const links = await loadFixtureRows('network-links');
const MESSAGES = { zh, en };

function labels(locale: Locale): NetworkDiagramLabels {
  const m = MESSAGES[locale].networks;
  return { internet: m.internet, internetSubtitle: m.internetSubtitle, groupLabel: m.groupLabel, pill: m.pill, legend: m.legend };
}
const layout = (locale: Locale, width: number) =>
  layoutNetworkDiagram(toNetworkDiagramInput(toNetworks(rows, links, locale), labels(locale)), { width });

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
/** The four edges of the frame as thin boxes, so a marker sitting on the frame's line counts and one inside it does not. */
const edges = (b: Box): Box[] => [
  { x: b.x, y: b.y, width: b.width, height: 1 },
  { x: b.x, y: b.y + b.height - 1, width: b.width, height: 1 },
  { x: b.x, y: b.y, width: 1, height: b.height },
  { x: b.x + b.width - 1, y: b.y, width: 1, height: b.height },
];
const pills = (l: NetworkDiagramLayout) => l.links.map((link) => link.pill);

// The page draws three widths: a phone's column, a tablet's row and a wide row.
const CASES = (['zh', 'en'] as const).flatMap((locale) => [360, 760, 960].map((width) => [locale, width] as const));

describe('toNetworkDiagramInput', () => {
  test('orders the boxes internet, extranet (logically isolated from it), intranet, then the private network outside the frame', () => {
    const input = toNetworkDiagramInput(toNetworks(rows, links, 'zh'), labels('zh'));
    expect(input.nodes.map((n) => [n.id, n.tone])).toEqual([
      ['internet', 'internet'],
      ['extranet', 'group'],
      ['intranet', 'group'],
      ['private', 'outside'],
    ]);
    expect(input.nodes.map((n) => n.subtitle)).toEqual(['三网之外', '公共管理与服务网', '机关内部办公网', '党委系统的机要部门']);
    expect(input.links.map((l) => [l.from, l.to, l.isolation])).toEqual([
      ['intranet', 'internet', 'physical'],
      ['intranet', 'extranet', 'physical'],
      ['intranet', 'private', 'physical'],
      ['extranet', 'internet', 'logical'],
      ['extranet', 'private', 'physical'],
    ]);
  });
});

describe('layoutNetworkDiagram', () => {
  test('a phone gets a column, wider screens a row', () => {
    expect(layout('zh', 360).orientation).toBe('vertical');
    expect(layout('zh', 760).orientation).toBe('horizontal');
    expect(layout('en', 960).orientation).toBe('horizontal');
  });

  test.each(CASES)('%s at %i: boxes, markers and key stay inside the drawing and clear of each other', (locale, width) => {
    const l = layout(locale, width);
    const all = { x: 0, y: 0, width: l.width, height: l.height };
    for (const node of l.nodes) expect(inside(node, all)).toBe(true);
    for (const pill of pills(l)) expect(inside(pill, all)).toBe(true);
    l.nodes.forEach((a, i) => l.nodes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    const markers = pills(l);
    markers.forEach((a, i) => markers.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    for (const pill of markers) for (const node of l.nodes) expect(overlap(pill, node)).toBe(false);
    for (const pill of markers) for (const edge of edges(l.group!)) expect(overlap(pill, edge)).toBe(false);
    const bottom = Math.max(...l.nodes.map((n) => n.y + n.height), ...markers.map((p) => p.y + p.height));
    for (const item of l.legend) expect(item.lines[0]!.y - 13).toBeGreaterThan(bottom);
  });

  test.each(CASES)('%s at %i: every line of text fits its box, and none is smaller than 12 px', (locale, width) => {
    const l = layout(locale, width);
    for (const node of l.nodes)
      for (const line of node.lines) expect(getTextWidth(line.text, line.fontSize)).toBeLessThanOrEqual(node.width - 2 * 8);
    for (const pill of pills(l)) expect(getTextWidth(pill.text.text, pill.text.fontSize)).toBeLessThan(pill.width);
    const texts = [...l.nodes.flatMap((n) => n.lines), ...pills(l).map((p) => p.text), l.group!.label, ...l.legend.flatMap((i) => i.lines)];
    for (const text of texts) expect(text.fontSize).toBeGreaterThanOrEqual(12);
    for (const item of l.legend)
      for (const line of item.lines) expect(line.x + getTextWidth(line.text, line.fontSize)).toBeLessThanOrEqual(width);
  });

  test.each(CASES)('%s at %i: the frame of “one site, two networks” holds the intranet and extranet and nothing else', (locale, width) => {
    const l = layout(locale, width);
    const framed = l.nodes.filter((node) => inside(node, l.group!)).map((node) => node.id);
    expect(framed).toEqual(['extranet', 'intranet']);
    expect(l.group!.label.text).toBe(MESSAGES[locale].networks.groupLabel);
  });

  test('neighbours are joined straight across their gap; a line to a box further along runs round the others, outside the frame', () => {
    for (const width of [360, 960]) {
      const l = layout('en', width);
      const straight = l.links.filter((link) => link.points.length === 2).map((link) => [link.from, link.to]);
      expect(straight).toEqual([
        ['intranet', 'extranet'],
        ['intranet', 'private'],
        ['extranet', 'internet'],
      ]);
      const around = l.links.filter((link) => link.points.length === 4);
      expect(around.map((link) => [link.from, link.to])).toEqual([
        ['intranet', 'internet'],
        ['extranet', 'private'],
      ]);
      const group = l.group!;
      for (const link of around) {
        const [, [lx, ly]] = link.points as [[number, number], [number, number]];
        if (l.orientation === 'horizontal') expect(ly < group.y || ly > group.y + group.height).toBe(true);
        else expect(lx < group.x || lx > group.x + group.width).toBe(true);
      }
      // One lane on each side: the two lines round the boxes never share a lane.
      expect(new Set(around.map((link) => (l.orientation === 'horizontal' ? link.points[1]![1] : link.points[1]![0]))).size).toBe(2);
    }
  });

  test('each line is drawn as the deck names it: logical for the extranet and the internet, physical elsewhere', () => {
    const l = layout('zh', 960);
    expect(l.links.filter((link) => link.isolation === 'logical').map((link) => link.pill.text.text)).toEqual(['逻辑隔离']);
    expect(l.links.filter((link) => link.isolation === 'physical')).toHaveLength(4);
  });

  test('a link naming a network the file does not have is left out rather than drawn to nowhere', () => {
    const input = toNetworkDiagramInput(toNetworks(rows, links, 'en'), labels('en'));
    const l = layoutNetworkDiagram(
      { ...input, links: [...input.links, { from: 'intranet', to: 'moon', isolation: 'physical', label: 'physical' }] },
      { width: 960 },
    );
    expect(l.links).toHaveLength(5);
  });
});
