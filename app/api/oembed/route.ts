import { respondOembed } from '@/delivery/oembed-response';

/** oEmbed 1.0 for chart pages and embeds of this site (https://oembed.com). */
export async function GET(request: Request) {
  return respondOembed(request);
}
