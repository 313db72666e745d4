'use client';

import { useEffect, type RefObject } from 'react';
import { zoomDomain, type Domain } from '@/lib/charts/timeline/explorer/zoom';
import type { HistoryMode } from './use-explorer-state';

/** What the gestures need to turn pixels into years: the window and where it is drawn. */
export type GestureFrame = { domain: Domain; range: readonly [number, number] };

type Pointer = { x: number };

function getSvg(target: EventTarget | null): SVGSVGElement | null {
  return (target as Element | null)?.closest?.('svg.timeline-chart--horizontal') ?? null;
}

/** Years per CSS pixel, and the time under a pointer, on the wide (horizontal) chart. */
function getMapping(svg: SVGSVGElement, { domain, range }: GestureFrame) {
  const box = svg.getBoundingClientRect();
  const viewBoxPerPixel = svg.viewBox.baseVal.width / (box.width || 1);
  const yearsPerUnit = (domain[1] - domain[0]) / (range[1] - range[0]);
  return {
    yearsPerPixel: viewBoxPerPixel * yearsPerUnit,
    timeAt: (clientX: number) => domain[0] + ((clientX - box.left) * viewBoxPerPixel - range[0]) * yearsPerUnit,
  };
}

/**
 * Drag to pan, Ctrl/⌘ + wheel or pinch to zoom, horizontal wheel to pan. A plain vertical wheel
 * still scrolls the page. Work per event is constant: it only computes a new window.
 */
export function useChartGestures(
  container: RefObject<HTMLElement | null>,
  frame: RefObject<GestureFrame>,
  setDomain: (domain: Domain, mode: HistoryMode) => void,
) {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const pointers = new Map<number, Pointer>();
    let drag: { x: number; domain: Domain; moved: boolean; svg: SVGSVGElement } | null = null;
    let pinch: { distance: number; domain: Domain; center: number } | null = null;
    let suppressClick = false;

    const onWheel = (event: WheelEvent) => {
      const svg = getSvg(event.target);
      if (!svg) return;
      const zoom = event.ctrlKey || event.metaKey;
      if (!zoom && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      const { yearsPerPixel, timeAt } = getMapping(svg, frame.current);
      const { domain } = frame.current;
      if (zoom) setDomain(zoomDomain(domain, Math.exp(-event.deltaY * 0.002), timeAt(event.clientX)), 'replace');
      else setDomain([domain[0] + event.deltaX * yearsPerPixel, domain[1] + event.deltaX * yearsPerPixel], 'replace');
    };

    const startPinch = (svg: SVGSVGElement) => {
      const [a, b] = [...pointers.values()];
      if (!a || !b) return;
      const { timeAt } = getMapping(svg, frame.current);
      pinch = { distance: Math.abs(a.x - b.x) || 1, domain: frame.current.domain, center: timeAt((a.x + b.x) / 2) };
      drag = null;
    };

    const onPointerDown = (event: PointerEvent) => {
      const svg = getSvg(event.target);
      if (!svg || (event.pointerType === 'mouse' && event.button !== 0)) return;
      pointers.set(event.pointerId, { x: event.clientX });
      if (pointers.size === 2) startPinch(svg);
      else drag = { x: event.clientX, domain: frame.current.domain, moved: false, svg };
    };

    const onPointerMove = (event: PointerEvent) => {
      if (!pointers.has(event.pointerId)) return;
      pointers.set(event.pointerId, { x: event.clientX });
      if (pinch && pointers.size >= 2) {
        const [a, b] = [...pointers.values()];
        const factor = Math.abs(a!.x - b!.x) / pinch.distance;
        setDomain(zoomDomain(pinch.domain, factor || 1, pinch.center), 'replace');
        return;
      }
      if (!drag) return;
      const dx = event.clientX - drag.x;
      if (!drag.moved && Math.abs(dx) < 4) return;
      if (!drag.moved) drag.svg.setPointerCapture?.(event.pointerId);
      drag.moved = true;
      const { yearsPerPixel } = getMapping(drag.svg, { ...frame.current, domain: drag.domain });
      setDomain([drag.domain[0] - dx * yearsPerPixel, drag.domain[1] - dx * yearsPerPixel], 'replace');
    };

    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (drag?.moved || pinch) suppressClick = true;
      if (pointers.size < 2) pinch = null;
      if (pointers.size === 0) drag = null;
    };

    const onClick = (event: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerUp);
    element.addEventListener('pointercancel', onPointerUp);
    element.addEventListener('click', onClick, true);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerUp);
      element.removeEventListener('pointercancel', onPointerUp);
      element.removeEventListener('click', onClick, true);
    };
  }, [container, frame, setDomain]);
}
