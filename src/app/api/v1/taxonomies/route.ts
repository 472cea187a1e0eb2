import { localeQuerySchema } from '@/lib/api/schemas';
import { listTaxonomies } from '@/server/api/catalogue';
import { handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(localeQuerySchema, request);
    return jsonResponse(request, await listTaxonomies(locale));
  });
}
