/** The fonts charts are set in on a reader's screen: the system's own, then the Chinese faces each platform ships. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
