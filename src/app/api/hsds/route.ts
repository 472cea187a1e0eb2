import { hsdsItemQuerySchema } from '@/lib/api/hsds-schemas';
import { handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';
import { hsdsMeta } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => {
    validateQuery(hsdsItemQuerySchema, request);
    return jsonResponse(request, hsdsMeta());
  });
}
