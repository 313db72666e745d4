import { round1 } from '@/lib/charts/shared/numbers';
import type { MarkShape } from './categories';

/** SVG path of a mark of radius r centred on (x, y), all shapes of about equal visual weight. */
export function getShapePath(shape: MarkShape, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${round1(x + dx)},${round1(y + dy)}`;
  switch (shape) {
    case 'square': {
      const s = r * 0.85;
      return `M${p(-s, -s)}L${p(s, -s)}L${p(s, s)}L${p(-s, s)}Z`;
    }
    case 'diamond':
      return `M${p(0, -r * 1.15)}L${p(r * 1.15, 0)}L${p(0, r * 1.15)}L${p(-r * 1.15, 0)}Z`;
    case 'triangle':
      return `M${p(0, -r * 1.1)}L${p(r * 1.05, r * 0.8)}L${p(-r * 1.05, r * 0.8)}Z`;
    case 'circle':
      return `M${p(-r, 0)}A${round1(r)},${round1(r)} 0 1,0 ${p(r, 0)}A${round1(r)},${round1(r)} 0 1,0 ${p(-r, 0)}Z`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
        return p(Math.cos(angle) * radius, Math.sin(angle) * radius);
      });
      return `M${points.join('L')}Z`;
    }
  }
}
