import { ChartSvg } from '@/components/charts/chart-svg';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { CountryYearsLayout } from '@/lib/concepts/country-years';

export type CountryYearsChartProps = { layout: CountryYearsLayout; title: string; description: string };

/** The countries' dated figures on one time axis, drawn from its layout. */
export function CountryYearsChart({ layout, title, description }: CountryYearsChartProps) {
  const { width, height, rows, ticks, axisY, x1, x2 } = layout;
  return (
    <ChartSvg width={width} height={height} title={title} description={description} palette={CSS_PALETTE} className="country-years">
      <g aria-hidden="true" fill="var(--muted)" fontSize={12} textAnchor="middle">
        <line x1={x1} x2={x2} y1={axisY} y2={axisY} stroke="var(--grid)" />
        {ticks.map((tick) => (
          <g key={tick.text}>
            <line x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 4} stroke="var(--grid)" />
            <text x={tick.x} y={axisY + 17}>
              {tick.text}
            </text>
          </g>
        ))}
      </g>
      {rows.map((row) => (
        <g key={row.id} aria-label={row.name.text}>
          <text x={row.name.x} y={row.name.y} fontSize={row.name.fontSize} fontWeight={700}>
            {row.name.text}
          </text>
          <line x1={row.x1} x2={row.x2} y1={row.y} y2={row.y} stroke="var(--accent)" strokeWidth={2} />
          {row.marks.map((mark) => (
            <g key={mark.id}>
              <line x1={mark.x} x2={mark.x} y1={row.y} y2={mark.label.y < row.y ? row.y - 8 : row.y + 8} stroke="var(--muted)" />
              <circle cx={mark.x} cy={mark.y} r={5} fill="var(--accent)" />
              {mark.label.lines.map((line, i) => (
                <text
                  key={i}
                  x={line.x}
                  y={line.y}
                  fontSize={line.fontSize}
                  fontWeight={line.bold ? 700 : 400}
                  textAnchor={mark.label.anchor}
                >
                  {line.text}
                </text>
              ))}
            </g>
          ))}
        </g>
      ))}
    </ChartSvg>
  );
}
