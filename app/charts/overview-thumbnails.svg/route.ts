import { respondOverviewThumbnails } from '@/delivery/overview-thumbnails';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return respondOverviewThumbnails(request);
}
