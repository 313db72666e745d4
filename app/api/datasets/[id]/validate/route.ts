import { DATASET_IDS, isDatasetId } from '@/lib/datasets/registry';
import { jsonError } from '@/lib/http/etag';
import { busyResponse, WorkQueueFullError } from '@/lib/http/work-queue';
import { checkUpload, NO_STORE } from '../read-upload';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isDatasetId(id)) return jsonError(404, `Unknown dataset "${id}". Known datasets: ${DATASET_IDS.join(', ')}.`);
  try {
    const result = await checkUpload(request, id);
    if (!result) return jsonError(400, 'The request body could not be read.');
    return Response.json(result.body, { status: result.status, headers: NO_STORE });
  } catch (error) {
    if (error instanceof WorkQueueFullError) return busyResponse(error);
    throw error;
  }
}
