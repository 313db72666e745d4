import type { DatasetDefinition } from '../datasets/define-dataset';
import { toProblem, type Problem, type ProblemCode, type ProblemParams } from '../datasets/problems';
import { decodeCsvBytes } from './decode';
import { validateCsv } from './validate-csv';
import type { WorkMeter } from './work-meter';

export const UPLOAD_LIMITS = { bytes: 1_000_000, rows: 5_000 } as const;

/** Errors and warnings an answer lists, each; `errors_total` and `warnings_total` count them all. */
export const LISTED_PROBLEMS = 100;

export type UploadRefusal = { ok: false; errors: Problem[]; warnings: Problem[]; errors_total: number; warnings_total: number };

export type UploadResult<Row> =
  | { status: 200; body: { ok: true; rows: Row[]; warnings: Problem[]; warnings_total: number; encoding: string } }
  | { status: 413 | 415 | 422; body: UploadRefusal };

/** An upload refused for one reason about the whole file. */
export function refuseUpload(status: 413 | 415 | 422, code: ProblemCode, params?: ProblemParams): UploadResult<never> {
  return { status, body: { ok: false, errors: [toProblem(0, null, code, params)], warnings: [], errors_total: 1, warnings_total: 0 } };
}

/** Checks an uploaded CSV body against a dataset: never throws, whatever the bytes. */
export function validateUpload<Row>(bytes: Uint8Array, dataset: DatasetDefinition<Row>, meter?: WorkMeter): UploadResult<Row> {
  if (bytes.byteLength > UPLOAD_LIMITS.bytes) return refuseUpload(413, 'too_large', { max: UPLOAD_LIMITS.bytes });
  if (bytes.byteLength === 0) return refuseUpload(422, 'empty_file');
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) return refuseUpload(415, 'not_text');
  const { rows, errors, warnings, totals, tooManyRecords } = validateCsv(decoded.text, dataset, {
    maxRecords: UPLOAD_LIMITS.rows,
    listed: LISTED_PROBLEMS,
    meter,
  });
  if (tooManyRecords) return refuseUpload(413, 'too_many_rows', { max: UPLOAD_LIMITS.rows });
  if (totals.errors > 0) {
    return { status: 422, body: { ok: false, errors, warnings, errors_total: totals.errors, warnings_total: totals.warnings } };
  }
  return { status: 200, body: { ok: true, rows, warnings, warnings_total: totals.warnings, encoding: decoded.encoding } };
}
