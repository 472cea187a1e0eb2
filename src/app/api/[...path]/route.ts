import { CORS_HEADERS, problemResponse } from '@/server/api/http';

export const dynamic = 'force-dynamic';

/** Any `/api/*` address that no route answers: a problem document, never the HTML 404 page. */
function notFound(request: Request): Response {
  const response = problemResponse(request, 404, 'There is no API endpoint at this address; see /api/v1/docs.');
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
