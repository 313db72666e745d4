import type { DatasetDefinition } from '../datasets/define-dataset';
import { toProblem, type Problem } from '../datasets/problems';
import { decodeCsvBytes } from './decode';
import { validateCsv } from './validate-csv';

export const UPLOAD_LIMITS = { bytes: 1_000_000, rows: 5_000 } as const;

export type UploadResult<Row> =
  | { status: 200; body: { ok: true; rows: Row[]; warnings: Problem[]; encoding: string } }
  | { status: 413 | 415 | 422; body: { ok: false; errors: Problem[]; warnings: Problem[] } };

/** Checks an uploaded CSV body against a dataset: never throws, whatever the bytes. */
export function validateUpload<Row>(bytes: Uint8Array, dataset: DatasetDefinition<Row>): UploadResult<Row> {
  if (bytes.byteLength > UPLOAD_LIMITS.bytes) {
    return { status: 413, body: { ok: false, errors: [toProblem(0, null, 'too_large', { max: UPLOAD_LIMITS.bytes })], warnings: [] } };
  }
  if (bytes.byteLength === 0) {
    return { status: 422, body: { ok: false, errors: [toProblem(0, null, 'empty_file')], warnings: [] } };
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded) return { status: 415, body: { ok: false, errors: [toProblem(0, null, 'not_text')], warnings: [] } };
  const { rows, errors, warnings } = validateCsv(decoded.text, dataset);
  if (rows.length + errors.length > UPLOAD_LIMITS.rows) {
    return { status: 413, body: { ok: false, errors: [toProblem(0, null, 'too_many_rows', { max: UPLOAD_LIMITS.rows })], warnings: [] } };
  }
  if (errors.length > 0) return { status: 422, body: { ok: false, errors, warnings } };
  return { status: 200, body: { ok: true, rows, warnings, encoding: decoded.encoding } };
}
