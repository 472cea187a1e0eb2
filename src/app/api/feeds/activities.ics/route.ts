import { feedQuerySchema } from '@/lib/api/schemas';
import { searchFiltersOf } from '@/server/api/activities';
import { feedLinkHeader, searchFeed } from '@/server/api/feeds';
import { cachedResponse, handleApi, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => {
    const { locale, page, ...search } = validateQuery(feedQuerySchema, request);
    const feed = await searchFeed(await searchFiltersOf(search), locale, page);
    return cachedResponse(request, feed.ics, 'text/calendar; charset=utf-8', feedLinkHeader(request, feed, page));
  });
}
