'use client';

import { useEffect, useRef } from 'react';
import { attachChartTooltip } from '@/lib/charts/chart-tooltip-behaviour';

/** The tooltip of the chart in the frame around it (attachChartTooltip, the same as an embed's). */
export function ChartTooltip() {
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const container = anchor.current;
    const frame = container?.parentElement;
    if (!container || !frame) return;
    return attachChartTooltip(frame, container);
  }, []);
  return <span ref={anchor} className="chart-tooltip-anchor" aria-hidden="true" />;
}
