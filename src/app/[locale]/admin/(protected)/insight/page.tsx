import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { InsightTable } from '@/components/admin/insight-table';
import { getPathname } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import {
  insightQuery,
  MAX_RESULTS_LIMIT,
  parseInsightParams,
  type InsightParamProblem,
  type RawParams,
} from '@/server/admin/insight/params';
import { insightReport, TOP_ROWS } from '@/server/admin/insight/queries';
import { requireRole } from '@/server/auth/session';

interface InsightPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawParams>;
}

export async function generateMetadata({ params }: InsightPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.insight' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const inputClass = 'mt-1 block rounded-md border border-gray-400 px-3 py-2';

export default async function AdminInsightPage({ params, searchParams }: InsightPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const { params: report, problems } = parseInsightParams(await searchParams, new Date());
  const [t, format, data] = await Promise.all([getTranslations('Admin.insight'), getFormatter(), insightReport(report, locale)]);
  const problemFor = (field: 'from' | 'to' | 'maxResults'): InsightParamProblem | undefined =>
    problems.find((problem) => problem === field || (problem === 'range' && field !== 'maxResults'));
  const fieldProps = (field: 'from' | 'to' | 'maxResults') =>
    problemFor(field) ? { 'aria-invalid': true, 'aria-describedby': `insight-error-${problemFor(field)}` } : {};
  const csvHref = `/api/admin/insight?${new URLSearchParams({ ...insightQuery(report), locale })}`;
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: 'long', timeZone: 'Europe/Helsinki' });
  const period = t('period', { from: day(report.from), to: day(report.to) });

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>

      <form method="get" action={getPathname({ locale, href: '/admin/insight' })} className="mt-6" noValidate>
        {problems.length > 0 ? (
          <div role="alert" className="mb-3 font-semibold text-red-800">
            {problems.map((problem) => (
              <p key={problem} id={`insight-error-${problem}`}>
                {t(`errors.${problem}`)}
              </p>
            ))}
          </div>
        ) : null}
        <fieldset className="flex flex-wrap items-end gap-4">
          <legend className="font-semibold">{t('formLegend')}</legend>
          <div>
            <label htmlFor="insight-from">{t('from')}</label>
            <input id="insight-from" name="from" type="date" defaultValue={report.from} className={inputClass} {...fieldProps('from')} />
          </div>
          <div>
            <label htmlFor="insight-to">{t('to')}</label>
            <input id="insight-to" name="to" type="date" defaultValue={report.to} className={inputClass} {...fieldProps('to')} />
          </div>
          <div>
            <label htmlFor="insight-max">{t('maxResults')}</label>
            <input
              id="insight-max"
              name="max"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_RESULTS_LIMIT}
              step={1}
              defaultValue={report.maxResults}
              className={`${inputClass} w-28`}
              {...fieldProps('maxResults')}
              aria-describedby={['insight-max-hint', problemFor('maxResults') ? 'insight-error-maxResults' : null].filter(Boolean).join(' ')}
            />
            <p id="insight-max-hint" className="text-sm">
              {t('maxResultsHint', { limit: MAX_RESULTS_LIMIT })}
            </p>
          </div>
          <button type="submit" className="mb-6 rounded-md bg-primary px-4 py-2 font-semibold text-on-primary">
            {t('submit')}
          </button>
        </fieldset>
      </form>

      <section aria-labelledby="insight-summary" className="mt-6">
        <h2 id="insight-summary" className="text-xl font-semibold">
          {period}
        </h2>
        <p className="mt-2">
          {t('summary', {
            searches: data.totals.searches,
            low: data.totals.low,
            zero: data.totals.zero,
            max: report.maxResults,
          })}
        </p>
        <p className="mt-2">
          <a href={csvHref} className="font-semibold underline">
            {t('csvLink')}
          </a>
        </p>
      </section>

      <InsightTable
        id="insight-queries"
        heading={t('queriesHeading')}
        caption={t('queriesCaption', { count: TOP_ROWS, max: report.maxResults })}
        keyHeading={t('columns.query')}
        rows={data.queries}
        emptyText={t('empty', { max: report.maxResults })}
      />
      <InsightTable
        id="insight-municipalities"
        heading={t('municipalitiesHeading')}
        caption={t('municipalitiesCaption', { max: report.maxResults })}
        keyHeading={t('columns.municipality')}
        rows={data.municipalities}
        noneLabel={t('noMunicipality')}
        emptyText={t('empty', { max: report.maxResults })}
      />
      <InsightTable
        id="insight-themes"
        heading={t('themesHeading')}
        caption={t('themesCaption', { max: report.maxResults })}
        keyHeading={t('columns.theme')}
        rows={data.themes}
        noneLabel={t('noTheme')}
        emptyText={t('empty', { max: report.maxResults })}
      />
    </>
  );
}
