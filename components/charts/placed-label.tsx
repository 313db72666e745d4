import type { ReactNode } from 'react';
import type { PlacedText } from '@/lib/charts/shared/box';
import type { Palette } from '@/lib/charts/palette';

/** A line of text the layout has already placed and sized. */
export function PlacedLabel({ text, palette, children }: { text: PlacedText; palette: Palette; children?: ReactNode }) {
  return (
    <text
      x={text.x}
      y={text.y}
      fontSize={text.fontSize}
      fontWeight={text.fontWeight}
      textAnchor={text.anchor}
      fill={text.tone === 'muted' ? palette.muted : palette.text}
    >
      {text.text}
      {children}
    </text>
  );
}
