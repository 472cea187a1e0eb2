import { organizationFeedQuerySchema } from '@/lib/api/schemas';
import { feedLinkHeader, organizationFeed } from '@/server/api/feeds';
import { ApiProblem, cachedResponse, handleApi, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

/** `/api/feeds/organizations/{slug}.ics`: the segment carries the extension, which App Router cannot split off. */
export function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return handleApi(request, async () => {
    const { locale, page } = validateQuery(organizationFeedQuerySchema, request);
    const match = /^([a-z0-9][a-z0-9-]{0,199})\.ics$/.exec((await params).file);
    const feed = match ? await organizationFeed(match[1]!, locale, page) : null;
    if (!feed) throw new ApiProblem(404, 'No organisation with published activities has this address.');
    return cachedResponse(request, feed.ics, 'text/calendar; charset=utf-8', feedLinkHeader(request, feed, page));
  });
}
