import { hsdsListQuerySchema } from '@/lib/api/hsds-schemas';
import { handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';
import { listOrganizations } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => jsonResponse(request, await listOrganizations(validateQuery(hsdsListQuerySchema, request))));
}
