import { organizationsQuerySchema } from '@/lib/api/schemas';
import { listOrganizations } from '@/server/api/catalogue';
import { handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => {
    const query = validateQuery(organizationsQuerySchema, request);
    return jsonResponse(request, await listOrganizations(query));
  });
}
