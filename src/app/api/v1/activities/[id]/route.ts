import { idParamSchema, localeQuerySchema } from '@/lib/api/schemas';
import { getActivity } from '@/server/api/activities';
import { ApiProblem, handleApi, jsonResponse, preflight, validateQuery } from '@/server/api/http';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, async () => {
    const { locale } = validateQuery(localeQuerySchema, request);
    const id = idParamSchema.safeParse((await params).id);
    const activity = id.success ? await getActivity(id.data, locale) : null;
    if (!activity) throw new ApiProblem(404, 'No published activity has this id or slug.');
    return jsonResponse(request, activity);
  });
}
