import { DATASET_IDS, getDefinition, isDatasetId } from '@/lib/datasets/registry';
import { toProblem } from '@/lib/datasets/problems';
import { UPLOAD_LIMITS, validateUpload } from '@/lib/csv/validate-upload';
import { jsonError } from '@/lib/http/etag';

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isDatasetId(id)) return jsonError(404, `Unknown dataset "${id}". Known datasets: ${DATASET_IDS.join(', ')}.`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > UPLOAD_LIMITS.bytes) {
    const error = toProblem(0, null, 'too_large', { max: UPLOAD_LIMITS.bytes });
    return Response.json({ ok: false, errors: [error], warnings: [] }, { status: 413, headers: NO_STORE });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.arrayBuffer());
  } catch {
    return jsonError(400, 'The request body could not be read.');
  }
  const result = validateUpload(bytes, getDefinition(id));
  return Response.json(result.body, { status: result.status, headers: NO_STORE });
}
