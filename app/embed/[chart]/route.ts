import { respondEmbed } from '@/delivery/embed-response';

// A route handler rather than a page: an App Router page always loads Next's runtime scripts and its
// <html lang> cannot follow the `lang` query, while embeds want zero JavaScript for static=1.
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  return respondEmbed(request, (await params).chart);
}
