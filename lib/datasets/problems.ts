/**
 * What can be wrong with a CSV file, in both of the dashboard's languages.
 * The validate API, the data page and the build all report problems through these.
 */
export type ProblemCode =
  | 'required'
  | 'not_integer'
  | 'not_number'
  | 'below_min'
  | 'above_max'
  | 'not_date'
  | 'not_one_of'
  | 'duplicate'
  | 'missing_column'
  | 'unknown_column'
  | 'too_few_fields'
  | 'too_many_fields'
  | 'too_many_columns'
  | 'bad_quotes'
  | 'empty_file'
  | 'no_rows'
  | 'too_large'
  | 'too_many_rows'
  | 'not_text'
  | 'not_a_file'
  | 'unreadable'
  | 'multipart_form'
  | 'normalised';

export type ProblemParams = {
  value?: string;
  min?: number;
  max?: number;
  allowed?: readonly string[];
  expected?: number;
  actual?: number;
  normalised?: string;
};

export type Problem = {
  /** 1-based line in the file where the row starts; 0 for the file as a whole. */
  line: number;
  /** Column name, or null when the problem is not about one column. */
  column: string | null;
  code: ProblemCode;
  /** English message. */
  message: string;
  /** Chinese message. */
  message_zh: string;
};

const quote = (value: string | undefined) => JSON.stringify(value ?? '');
const list = (allowed: readonly string[] | undefined) => (allowed ?? []).join(', ');

const MESSAGES: Record<ProblemCode, { en: (p: ProblemParams) => string; zh: (p: ProblemParams) => string }> = {
  required: { en: () => 'is empty but required', zh: () => '不能为空' },
  not_integer: {
    en: (p) => `${quote(p.value)} is not a whole number`,
    zh: (p) => `${quote(p.value)} 不是整数`,
  },
  not_number: { en: (p) => `${quote(p.value)} is not a number`, zh: (p) => `${quote(p.value)} 不是数字` },
  below_min: {
    en: (p) => `${quote(p.value)} is below the minimum ${p.min}`,
    zh: (p) => `${quote(p.value)} 小于最小值 ${p.min}`,
  },
  above_max: {
    en: (p) => `${quote(p.value)} is above the maximum ${p.max}`,
    zh: (p) => `${quote(p.value)} 大于最大值 ${p.max}`,
  },
  not_date: {
    en: (p) => `${quote(p.value)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    zh: (p) => `${quote(p.value)} 不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）`,
  },
  not_one_of: {
    en: (p) => `${quote(p.value)} is not one of: ${list(p.allowed)}`,
    zh: (p) => `${quote(p.value)} 不在允许的取值中：${list(p.allowed)}`,
  },
  duplicate: {
    en: (p) => `${quote(p.value)} appears more than once`,
    zh: (p) => `${quote(p.value)} 重复出现`,
  },
  missing_column: {
    en: (p) => `the header has no column ${quote(p.value)}`,
    zh: (p) => `表头缺少列 ${quote(p.value)}`,
  },
  unknown_column: {
    en: (p) => `the header has an unknown column ${quote(p.value)} (allowed: ${list(p.allowed)})`,
    zh: (p) => `表头含有未知的列 ${quote(p.value)}（允许的列：${list(p.allowed)}）`,
  },
  too_few_fields: {
    en: (p) => `the row has ${p.actual} fields, the header has ${p.expected}`,
    zh: (p) => `该行有 ${p.actual} 个字段，表头有 ${p.expected} 个`,
  },
  too_many_fields: {
    en: (p) => `the row has ${p.actual} fields, the header has ${p.expected}`,
    zh: (p) => `该行有 ${p.actual} 个字段，表头有 ${p.expected} 个`,
  },
  too_many_columns: {
    en: (p) => `the line has ${p.actual} fields; a line may have at most ${p.max}`,
    zh: (p) => `该行有 ${p.actual} 个字段，每行最多 ${p.max} 个`,
  },
  bad_quotes: {
    en: () => 'a quoted field is not closed or a quote is misplaced',
    zh: () => '引号未闭合或位置不正确',
  },
  empty_file: { en: () => 'the file is empty', zh: () => '文件为空' },
  no_rows: { en: () => 'the file has a header but no rows', zh: () => '文件只有表头，没有数据行' },
  too_large: {
    en: (p) => `the file is larger than ${p.max} bytes`,
    zh: (p) => `文件超过 ${p.max} 字节`,
  },
  too_many_rows: {
    en: (p) => `the file has more than ${p.max} rows`,
    zh: (p) => `文件超过 ${p.max} 行`,
  },
  not_text: {
    en: () => 'the file is not text in UTF-8, UTF-16 (with a BOM) or GB18030/GBK',
    zh: () => '文件不是 UTF-8、UTF-16（带 BOM）或 GB18030/GBK 编码的文本',
  },
  not_a_file: {
    en: () => 'is not a regular file (a folder, a pipe or a device)',
    zh: () => '不是普通文件（而是文件夹、管道或设备）',
  },
  unreadable: { en: () => 'cannot be read (check its permissions)', zh: () => '无法读取（请检查文件权限）' },
  multipart_form: {
    en: () =>
      "the file was sent as a form (multipart/form-data); send the file's bytes as the request body instead, e.g. curl --data-binary @file.csv -H 'Content-Type: text/csv'",
    zh: () =>
      "文件是以表单（multipart/form-data）方式发送的；请直接把文件内容作为请求体发送，例如 curl --data-binary @file.csv -H 'Content-Type: text/csv'",
  },
  normalised: {
    en: (p) => `${quote(p.value)} was read as ${quote(p.normalised)}`,
    zh: (p) => `${quote(p.value)} 已按 ${quote(p.normalised)} 读取`,
  },
};

export function isProblemCode(text: string): text is ProblemCode {
  return Object.hasOwn(MESSAGES, text);
}

/** Characters of a cell or header that a problem repeats; longer ones end in "…". */
export const ECHOED_CHARS = 80;

function shorten(text: string): string;
function shorten(text: string | undefined): string | undefined;
function shorten(text: string | undefined) {
  if (text === undefined || text.length <= ECHOED_CHARS) return text;
  const end = ECHOED_CHARS - 1;
  // Never cut between the two halves of a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(text[end - 1]!) ? end - 1 : end;
  return `${text.slice(0, cut)}…`;
}

export function toProblem(line: number, column: string | null, code: ProblemCode, params: ProblemParams = {}): Problem {
  const text = MESSAGES[code];
  // Values are echoed shortened: a megabyte cell must not come back several times over.
  const echoed = { ...params, value: shorten(params.value), normalised: shorten(params.normalised) };
  return { line, column: column === null ? null : shorten(column), code, message: text.en(echoed), message_zh: text.zh(echoed) };
}

/** `data/milestones.csv line 7, column date: "2002-13-01" is not a date` */
export function formatProblem(file: string, problem: Problem, locale: 'en' | 'zh' = 'en'): string {
  if (locale === 'zh') {
    const where = [problem.line > 0 ? `第 ${problem.line} 行` : '', problem.column ? `列 ${problem.column}` : '']
      .filter(Boolean)
      .join('，');
    return `${file}${where ? ` ${where}` : ''}：${problem.message_zh}`;
  }
  const where = [problem.line > 0 ? `line ${problem.line}` : '', problem.column ? `column ${problem.column}` : '']
    .filter(Boolean)
    .join(', ');
  return `${file}${where ? ` ${where}` : ''}: ${problem.message}`;
}
