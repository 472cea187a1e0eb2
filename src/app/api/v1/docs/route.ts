import { renderDocsPage } from '@/lib/api/docs-html';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { cachedResponse, handleApi, preflight } from '@/server/api/http';
import { getEnv } from '@/server/env';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;

export function GET(request: Request) {
  return handleApi(request, async () =>
    cachedResponse(request, renderDocsPage(buildOpenApiDocument(getEnv().PUBLIC_BASE_URL)), 'text/html; charset=utf-8', {
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    }),
  );
}
