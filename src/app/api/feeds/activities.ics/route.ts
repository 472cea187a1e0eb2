import { feedQuerySchema } from '@/lib/api/schemas';
import { searchFiltersOf } from '@/server/api/activities';
import { searchFeed } from '@/server/api/feeds';
import { cachedResponse, handleApi, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => {
    const { locale, ...search } = validateQuery(feedQuerySchema, request);
    const ics = await searchFeed(await searchFiltersOf(search), locale);
    return cachedResponse(request, ics, 'text/calendar; charset=utf-8');
  });
}
