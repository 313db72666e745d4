import { refuseUpload, UPLOAD_LIMITS, validateUpload, type UploadResult } from '@/lib/csv/validate-upload';
import { getDefinition, type DatasetId, type RowOf } from '@/lib/datasets/registry';
import { createByteBudget, type ByteBudget } from '@/lib/http/byte-budget';
import { WorkQueueFullError } from '@/lib/http/work-queue';

/** Uploads are checked and answered, never kept: no response may be cached anywhere. */
export const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * A form upload (`<form enctype="multipart/form-data">`, `curl -F`) wraps the file in form
 * boundaries and headers; read as CSV it would only give confusing errors, so it is refused
 * with what to send instead. Any other type (text/csv, text/plain, octet-stream, none) is read.
 */
function isFormUpload(request: Request) {
  return (request.headers.get('content-type') ?? '').trim().toLowerCase().startsWith('multipart/');
}

/** The request body, read no further than the upload limit; null when the body cannot be read. */
async function readBody(request: Request): Promise<Uint8Array | 'too_large' | null> {
  if (Number(request.headers.get('content-length') ?? 0) > UPLOAD_LIMITS.bytes) return 'too_large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > UPLOAD_LIMITS.bytes) {
        await reader.cancel();
        return 'too_large';
      }
      chunks.push(chunk.value);
    }
  } catch {
    return null;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Bytes of uploads the server checks per second, for validate and preview together (one budget per
 * process, though each route is bundled apart): by default 2 MB/s with a burst of 1.5 times that,
 * which keeps a client posting 1 MB bodies back to back to a few percent of the request thread.
 * UPLOAD_CHECK_BYTES_PER_SECOND changes it (docs/DEPLOY.md).
 */
const BUDGET_KEY = Symbol.for('egov-dashboard.upload-budget');
type BudgetHolder = { [BUDGET_KEY]?: ByteBudget };

function getUploadBudget(): ByteBudget {
  const holder = globalThis as BudgetHolder;
  if (!holder[BUDGET_KEY]) {
    const bytesPerSecond = Number(process.env.UPLOAD_CHECK_BYTES_PER_SECOND) || 2_000_000;
    holder[BUDGET_KEY] = createByteBudget({ bytesPerSecond, burst: bytesPerSecond * 1.5 });
  }
  return holder[BUDGET_KEY];
}

/** Starts a new budget from the environment (tests). */
export function resetUploadBudget() {
  delete (globalThis as BudgetHolder)[BUDGET_KEY];
}

/**
 * The uploaded bytes, or the answer that refuses them unread; null when the body cannot be read.
 * Throws WorkQueueFullError (answered 503 Retry-After) when uploads arrive faster than the budget.
 */
export async function readUpload(request: Request): Promise<Uint8Array | UploadResult<never> | null> {
  if (isFormUpload(request)) {
    await request.body?.cancel().catch(() => {});
    return refuseUpload(415, 'multipart_form');
  }
  // A declared length is charged before the body is read, so a refused flood costs no reading either.
  const declared = Number(request.headers.get('content-length'));
  if (declared > 0 && declared <= UPLOAD_LIMITS.bytes) {
    const allowed = getUploadBudget().take(declared);
    if (allowed !== true) {
      await request.body?.cancel().catch(() => {});
      throw new WorkQueueFullError(allowed);
    }
  }
  const body = await readBody(request);
  if (body === 'too_large') return refuseUpload(413, 'too_large', { max: UPLOAD_LIMITS.bytes });
  if (body !== null && !(declared > 0)) {
    const allowed = getUploadBudget().take(body.byteLength);
    if (allowed !== true) throw new WorkQueueFullError(allowed);
  }
  return body;
}

/** Reads an uploaded CSV and checks it against a dataset; null when the body cannot be read. */
export async function checkUpload<Id extends DatasetId>(request: Request, id: Id): Promise<UploadResult<RowOf<Id>> | null> {
  const upload = await readUpload(request);
  if (!(upload instanceof Uint8Array)) return upload;
  return validateUpload(upload, getDefinition(id));
}
