import { refuseUpload, UPLOAD_LIMITS, validateUpload, type UploadResult } from '@/lib/csv/validate-upload';
import { getDefinition, type DatasetId, type RowOf } from '@/lib/datasets/registry';

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

/** The uploaded bytes, or the answer that refuses them unread; null when the body cannot be read. */
export async function readUpload(request: Request): Promise<Uint8Array | UploadResult<never> | null> {
  if (isFormUpload(request)) {
    await request.body?.cancel().catch(() => {});
    return refuseUpload(415, 'multipart_form');
  }
  const body = await readBody(request);
  if (body === 'too_large') return refuseUpload(413, 'too_large', { max: UPLOAD_LIMITS.bytes });
  return body;
}

/** Reads an uploaded CSV and checks it against a dataset; null when the body cannot be read. */
export async function checkUpload<Id extends DatasetId>(request: Request, id: Id): Promise<UploadResult<RowOf<Id>> | null> {
  const upload = await readUpload(request);
  if (!(upload instanceof Uint8Array)) return upload;
  return validateUpload(upload, getDefinition(id));
}
