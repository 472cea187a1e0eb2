import { embedQuerySchema } from '@/lib/api/schemas';
import { searchFiltersOf } from '@/server/api/activities';
import { EMBED_HEADERS, renderEmbed } from '@/server/api/embed';
import { cachedResponse, handleApi, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';

/** Bad parameters answer a problem document like the API: the embed's author reads it, not the visitor. */
export function GET(request: Request) {
  return handleApi(request, async () => {
    const { limit, locale, ...search } = validateQuery(embedQuerySchema, request);
    const html = await renderEmbed(await searchFiltersOf(search), locale, limit);
    return cachedResponse(request, html, 'text/html; charset=utf-8', EMBED_HEADERS);
  });
}
