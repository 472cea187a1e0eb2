import { z } from 'zod';
import { hsdsItemQuerySchema } from '@/lib/api/hsds-schemas';
import { ApiProblem, handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';
import { getService } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(hsdsItemQuerySchema, request);
    const id = z.uuid().safeParse((await params).id);
    const service = id.success ? await getService(id.data.toLowerCase(), locale) : null;
    if (!service) throw new ApiProblem(404, 'No published service has this id.');
    return jsonResponse(request, service);
  });
}
