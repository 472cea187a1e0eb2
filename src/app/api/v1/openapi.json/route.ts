import { buildOpenApiDocument } from '@/lib/api/openapi';
import { handleApi, jsonResponse, preflight } from '@/server/api/http';
import { getEnv } from '@/server/env';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () => jsonResponse(request, buildOpenApiDocument(getEnv().PUBLIC_BASE_URL)));
}
