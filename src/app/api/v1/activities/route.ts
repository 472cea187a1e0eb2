import { activitiesQuerySchema } from '@/lib/api/schemas';
import { listActivities } from '@/server/api/activities';
import { handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => {
    const query = validateQuery(activitiesQuerySchema, request);
    return jsonResponse(request, await listActivities(query));
  });
}
