import { UPLOAD_LIMITS, validateUpload, type UploadResult } from '@/lib/csv/validate-upload';
import { toProblem } from '@/lib/datasets/problems';
import { getDefinition, type DatasetId, type RowOf } from '@/lib/datasets/registry';

/** Uploads are checked and answered, never kept: no response may be cached anywhere. */
export const NO_STORE = { 'Cache-Control': 'no-store' };

function tooLarge(): UploadResult<never> {
  return { status: 413, body: { ok: false, errors: [toProblem(0, null, 'too_large', { max: UPLOAD_LIMITS.bytes })], warnings: [] } };
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

/** Reads an uploaded CSV and checks it against a dataset; null when the body cannot be read. */
export async function checkUpload<Id extends DatasetId>(request: Request, id: Id): Promise<UploadResult<RowOf<Id>> | null> {
  const body = await readBody(request);
  if (body === null) return null;
  if (body === 'too_large') return tooLarge();
  return validateUpload(body, getDefinition(id));
}
