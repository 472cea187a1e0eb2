import { embedQuerySchema } from '@/lib/api/schemas';
import { searchFiltersOf } from '@/server/api/activities';
import { EMBED_HEADERS, renderEmbed, renderEmbedProblem } from '@/server/api/embed';
import { cachedResponse, handleApi, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const locale = new URL(request.url).searchParams.get('locale') === 'sv' ? 'sv' : 'fi';
  return handleApi(
    request,
    async () => {
      const { limit, locale: chosen, ...search } = validateQuery(embedQuerySchema, request);
      const html = await renderEmbed(await searchFiltersOf(search), chosen, limit);
      return cachedResponse(request, html, 'text/html; charset=utf-8', EMBED_HEADERS);
    },
    { renderProblem: (status, _detail, errors) => renderEmbedProblem(locale, status, errors) },
  );
}
