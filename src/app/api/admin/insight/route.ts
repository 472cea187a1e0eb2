import { createTranslator, hasLocale } from 'next-intl';
import { MESSAGES } from '@/i18n/messages';
import { routing } from '@/i18n/routing';
import { parseInsightParams, type RawParams } from '@/server/admin/insight/params';
import { insightReport } from '@/server/admin/insight/queries';
import { insightCsv } from '@/server/admin/insight/report-csv';
import { assertRole, AuthError, authErrorResponse } from '@/server/auth/session';

/**
 * The unmet-need report as CSV: `?from=YYYY-MM-DD&to=YYYY-MM-DD&max=N&locale=fi|sv|en`, the same
 * parameters as the insight page. Unlike the page, which falls back to defaults, a download
 * with a malformed parameter is refused (400) so that a file never holds another period.
 */

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  try {
    await assertRole(['ADMIN', 'COORDINATOR']);
  } catch (error) {
    if (error instanceof AuthError) return authErrorResponse(error);
    throw error;
  }
  const search = new URL(request.url).searchParams;
  const raw: RawParams = Object.fromEntries(search);
  const requestedLocale = search.get('locale');
  const locale = hasLocale(routing.locales, requestedLocale) ? requestedLocale : routing.defaultLocale;
  const { params, problems } = parseInsightParams(raw, new Date());
  if (problems.length > 0 || (requestedLocale !== null && requestedLocale !== locale)) {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Admin.insight.errors' });
    const text = problems.length > 0 ? problems.map((problem) => t(problem)).join('\n') : t('locale');
    return new Response(`${text}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const { body, filename } = insightCsv(await insightReport(params, locale), locale);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
