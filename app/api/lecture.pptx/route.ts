import { respondLecturePptx } from '@/delivery/pptx-response';

/** The lecture as PowerPoint, from the data the site serves now (DATA_DIR's when set). */
export function GET(request: Request) {
  return respondLecturePptx(request);
}
