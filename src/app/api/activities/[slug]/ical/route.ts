import { activityCalendarQuerySchema } from '@/lib/api/schemas';
import { ApiProblem, handleApi, preflight, validateQuery } from '@/server/api/http';
import { getActivityCalendar } from '@/server/activities/calendar';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(activityCalendarQuerySchema, request);
    const { slug } = await params;
    const result = await getActivityCalendar(slug, locale);
    if (result.status === 'not-found') throw new ApiProblem(404, 'No published activity has this address.');
    if (result.status === 'no-schedule') throw new ApiProblem(404, 'This activity has no dates to add to a calendar.');
    return new Response(result.ics, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug.replace(/[^\w.-]/g, '_')}.ics"`,
        'Cache-Control': 'public, max-age=300',
      },
    });
  });
}
