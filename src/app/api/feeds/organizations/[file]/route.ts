import { organizationFeedQuerySchema } from '@/lib/api/schemas';
import { organizationFeed } from '@/server/api/feeds';
import { ApiProblem, cachedResponse, handleApi, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

/** `/api/feeds/organizations/{slug}.ics`: the segment carries the extension, which App Router cannot split off. */
export function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(organizationFeedQuerySchema, request);
    const match = /^([a-z0-9][a-z0-9-]{0,199})\.ics$/.exec((await params).file);
    const ics = match ? await organizationFeed(match[1]!, locale) : null;
    if (!ics) throw new ApiProblem(404, 'No organisation with published activities has this address.');
    return cachedResponse(request, ics, 'text/calendar; charset=utf-8');
  });
}
