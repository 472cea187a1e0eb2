import { idParamSchema, localeQuerySchema } from '@/lib/api/schemas';
import { getOrganization } from '@/server/api/catalogue';
import { ApiProblem, handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(localeQuerySchema, request);
    const id = idParamSchema.safeParse((await params).id);
    const organization = id.success ? await getOrganization(id.data, locale) : null;
    if (!organization) throw new ApiProblem(404, 'No organisation with published activities has this id or slug.');
    return jsonResponse(request, organization);
  });
}
