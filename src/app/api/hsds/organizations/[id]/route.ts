import { z } from 'zod';
import { hsdsItemQuerySchema } from '@/lib/api/hsds-schemas';
import { ApiProblem, handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';
import { getOrganization } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(hsdsItemQuerySchema, request);
    const id = z.uuid().safeParse((await params).id);
    const organization = id.success ? await getOrganization(id.data.toLowerCase(), locale) : null;
    if (!organization) throw new ApiProblem(404, 'No organization with published services has this id.');
    return jsonResponse(request, organization);
  });
}
