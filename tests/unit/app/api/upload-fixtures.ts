/** Small CSV bodies as spreadsheet users write them, for the upload route tests. */
export const COVERAGE_HEADER_NAMES =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide';
export const COVERAGE_HEADER_ZH =
  '层级编号,层级顺序,层级（中文）,层级（英文）,机构总数,总数限定,建站比例（%）,比例限定,时间,说明（中文）,说明（英文）,来源页码';
export const COVERAGE_HEADER_EN =
  'Level id,Level rank,Level (Chinese),Level (English),Total bodies,Total qualifier,Share with a website (%),Share qualifier,As of,Note (Chinese),Note (English),Source slide';

export const coverageRow = (id: string, rank: number, share: string, extra: { total?: string; asOf?: string; qualifier?: string } = {}) =>
  `${id},${rank},本省${rank},Level ${rank},${extra.total ?? ''},${extra.total ? 'exact' : ''},${share},${extra.qualifier ?? 'exact'},${extra.asOf ?? '2024-06'},,,58`;

export const coverageCsv = (header: string, rows: string[], newline = '\n') => [header, ...rows].join(newline) + newline;

export const MILESTONES_HEADER =
  'id,date,date_qualifier,stage,category,title_zh,title_en,summary_zh,summary_en,note_zh,note_en,source_slide';
export const milestoneRow = (id: string, date: string, stage = 'development') =>
  `${id},${date},,${stage},policy,标题,Title,摘要,Summary,,,52`;

export const US_HEADER = 'metric_id,metric_zh,metric_en,value,unit,qualifier,period_start,period_end,note_zh,note_en,source_slide';
