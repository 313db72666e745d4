/** A plain-text table (also valid Markdown) of rows under the given columns. */
export function formatTable(columns, rows) {
  const cells = rows.map((row) => columns.map(({ value }) => String(value(row) ?? '–')));
  const widths = columns.map(({ title }, i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (values) =>
    `| ${values.map((value, i) => (columns[i].align === 'right' ? value.padStart(widths[i]) : value.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (columns[i].align === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(columns.map(({ title }) => title)), rule, ...cells.map(line)].join('\n');
}
