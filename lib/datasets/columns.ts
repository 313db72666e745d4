import { z } from 'zod';
import type { ProblemCode, ProblemParams } from './problems';

/**
 * A dataset column: its name, how a CSV cell becomes a typed value (a zod schema over the
 * cell's text), and what it means in both languages. The data page documents columns
 * from these, and the validator maps Chinese header names back to the column names.
 */
export type ColumnKind = 'id' | 'text' | 'integer' | 'number' | 'date' | 'enum' | 'slide';

export type Column = {
  name: string;
  kind: ColumnKind;
  required: boolean;
  /** Header text a Chinese spreadsheet may use instead of `name`. */
  label_zh: string;
  label_en: string;
  description_zh: string;
  description_en: string;
  /** For `enum` columns. */
  values?: readonly string[];
  schema: z.ZodType<string | number | null, string>;
};

type Describe = Pick<Column, 'label_zh' | 'label_en' | 'description_zh' | 'description_en'>;

function fail(ctx: z.RefinementCtx, code: ProblemCode, params: ProblemParams) {
  ctx.addIssue({ code: 'custom', message: code, params });
  return z.NEVER;
}

function requiredOrNull(required: boolean, parse: (raw: string, ctx: z.RefinementCtx) => string | number) {
  return z.string().transform((raw, ctx): string | number | null => {
    const text = raw.trim();
    if (text === '') return required ? fail(ctx, 'required', {}) : null;
    return parse(text, ctx);
  });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DECK_SLIDES = { first: 1, last: 94 } as const;

export function idColumn(name: string, describe: Describe): Column {
  return {
    name,
    kind: 'id',
    required: true,
    ...describe,
    schema: requiredOrNull(true, (text, ctx) =>
      SLUG.test(text) ? text : fail(ctx, 'not_one_of', { value: text, allowed: ['lower-case-slug'] }),
    ),
  };
}

export function textColumn(name: string, describe: Describe, { required = true } = {}): Column {
  return { name, kind: 'text', required, ...describe, schema: requiredOrNull(required, (text) => text) };
}

export function enumColumn(name: string, values: readonly string[], describe: Describe, { required = true } = {}): Column {
  return {
    name,
    kind: 'enum',
    required,
    values,
    ...describe,
    schema: requiredOrNull(required, (text, ctx) =>
      values.includes(text) ? text : fail(ctx, 'not_one_of', { value: text, allowed: values }),
    ),
  };
}

type NumberOptions = { required?: boolean; min?: number; max?: number; integer?: boolean };

function checkRange(value: number, text: string, ctx: z.RefinementCtx, { min, max }: NumberOptions) {
  if (min !== undefined && value < min) return fail(ctx, 'below_min', { value: text, min });
  if (max !== undefined && value > max) return fail(ctx, 'above_max', { value: text, max });
  return value;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

export function numberColumn(name: string, describe: Describe, options: NumberOptions = {}): Column {
  const { required = true, integer = false } = options;
  return {
    name,
    kind: integer ? 'integer' : 'number',
    required,
    ...describe,
    schema: requiredOrNull(required, (text, ctx) => {
      if (!DECIMAL.test(text)) return fail(ctx, integer ? 'not_integer' : 'not_number', { value: text });
      const value = Number(text);
      if (integer && !Number.isInteger(value)) return fail(ctx, 'not_integer', { value: text });
      return checkRange(value, text, ctx, options);
    }),
  };
}

export function slideColumn(): Column {
  return {
    ...numberColumn(
      'source_slide',
      {
        label_zh: '来源页码',
        label_en: 'Source slide',
        description_zh: '数据出自课件的第几页幻灯片。',
        description_en: 'The number of the deck’s slide the row comes from.',
      },
      { integer: true, min: DECK_SLIDES.first, max: DECK_SLIDES.last },
    ),
    kind: 'slide',
  };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` strings that name a real calendar day or month. */
export function isPartialDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

export function dateColumn(name: string, describe: Describe, { required = true } = {}): Column {
  return {
    name,
    kind: 'date',
    required,
    ...describe,
    schema: requiredOrNull(required, (text, ctx) => (isPartialDate(text) ? text : fail(ctx, 'not_date', { value: text }))),
  };
}

type DescribePair = { label_zh: string; label_en: string; description_zh: string; description_en: string };

/**
 * A text column in both languages, `<name>_zh` and `<name>_en`, described once: labels get
 * “（中文）/ (Chinese)” and “（英文）/ (English)”, descriptions are given without their full stop.
 */
export function textColumnPair(name: string, describe: DescribePair, options: { required?: boolean } = {}): [Column, Column] {
  const { label_zh, label_en, description_zh, description_en } = describe;
  return [
    textColumn(
      `${name}_zh`,
      {
        label_zh: `${label_zh}（中文）`,
        label_en: `${label_en} (Chinese)`,
        description_zh: `${description_zh}。`,
        description_en: `${description_en}, in Chinese.`,
      },
      options,
    ),
    textColumn(
      `${name}_en`,
      {
        label_zh: `${label_zh}（英文）`,
        label_en: `${label_en} (English)`,
        description_zh: `${description_zh}的英文。`,
        description_en: `${description_en}, in English.`,
      },
      options,
    ),
  ];
}
