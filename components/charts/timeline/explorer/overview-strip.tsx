'use client';

import { useRef } from 'react';
import { linearMap } from '@/lib/charts/shared/numbers';
import { CATEGORY_STYLE } from '@/lib/charts/timeline/categories';
import { TIMELINE_DOMAIN } from '@/lib/charts/timeline/dates';
import { clampDomain, type Domain } from '@/lib/charts/timeline/explorer/zoom';
import type { Palette } from '@/lib/charts/palette';
import type { TimelineItem, TimelineStage } from '@/lib/charts/timeline/types';
import type { HistoryMode } from './use-explorer-state';

const WIDTH = 960;
const HEIGHT = 40;
const PAD = 8;
const HANDLE = 10;

export type OverviewStripProps = {
  items: readonly TimelineItem[];
  stages: readonly TimelineStage[];
  domain: Domain;
  palette: Palette;
  label: string;
  onDomain: (domain: Domain, mode: HistoryMode) => void;
};

type Grab = { kind: 'move' | 'start' | 'end'; at: number; domain: Domain };

/** The whole axis in miniature with a box for the visible window: drag it, resize it, or click to centre. */
export function OverviewStrip({ items, stages, domain, palette, label, onDomain }: OverviewStripProps) {
  const x = linearMap(TIMELINE_DOMAIN, [PAD, WIDTH - PAD]);
  const timeOf = linearMap([PAD, WIDTH - PAD], TIMELINE_DOMAIN);
  const grab = useRef<Grab | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  const timeAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return timeOf(((clientX - box.left) * WIDTH) / (box.width || 1));
  };

  const onPointerDown = (event: React.PointerEvent<SVGSVGElement>) => {
    const time = timeAt(event.clientX);
    const tolerance = timeOf(PAD + HANDLE) - timeOf(PAD);
    event.currentTarget.setPointerCapture(event.pointerId);
    if (Math.abs(time - domain[0]) < tolerance) grab.current = { kind: 'start', at: time, domain };
    else if (Math.abs(time - domain[1]) < tolerance) grab.current = { kind: 'end', at: time, domain };
    else if (time > domain[0] && time < domain[1]) grab.current = { kind: 'move', at: time, domain };
    else {
      const half = (domain[1] - domain[0]) / 2;
      const centred = clampDomain([time - half, time + half]);
      grab.current = { kind: 'move', at: time, domain: centred };
      onDomain(centred, 'push');
    }
  };

  const onPointerMove = (event: React.PointerEvent<SVGSVGElement>) => {
    const current = grab.current;
    if (!current) return;
    const delta = timeAt(event.clientX) - current.at;
    const [from, to] = current.domain;
    if (current.kind === 'move') onDomain(clampDomain([from + delta, to + delta]), 'replace');
    else if (current.kind === 'start') onDomain(clampDomain([Math.min(from + delta, to - 0.25), to]), 'replace');
    else onDomain(clampDomain([from, Math.max(to + delta, from + 0.25)]), 'replace');
  };

  const brushX = x(domain[0]);
  const brushWidth = x(domain[1]) - brushX;
  return (
    <svg
      ref={svg}
      className="timeline-overview"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (grab.current = null)}
      onPointerCancel={() => (grab.current = null)}
    >
      {stages.map((stage) => (
        <rect
          key={stage.id}
          x={x(Math.max(stage.start, TIMELINE_DOMAIN[0]))}
          y={4}
          width={x(stage.end ?? TIMELINE_DOMAIN[1]) - x(Math.max(stage.start, TIMELINE_DOMAIN[0]))}
          height={HEIGHT - 8}
          fill={palette.stageBands[stage.rank - 1]}
        />
      ))}
      {items.map((item) => (
        <line
          key={item.id}
          x1={x(item.time)}
          x2={x(item.time)}
          y1={10}
          y2={HEIGHT - 10}
          stroke={palette.series[CATEGORY_STYLE[item.category].color]}
          strokeWidth={2}
        />
      ))}
      <rect
        className="timeline-overview__brush"
        x={brushX}
        y={2}
        width={brushWidth}
        height={HEIGHT - 4}
        fill={palette.accent}
        fillOpacity={0.12}
        stroke={palette.accent}
        strokeWidth={2}
        rx={3}
      />
      <rect x={brushX - 3} y={HEIGHT / 2 - 8} width={6} height={16} fill={palette.accent} rx={2} />
      <rect x={brushX + brushWidth - 3} y={HEIGHT / 2 - 8} width={6} height={16} fill={palette.accent} rx={2} />
    </svg>
  );
}
