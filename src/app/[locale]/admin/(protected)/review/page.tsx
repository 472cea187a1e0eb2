import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { requireRole } from '@/server/auth/session';
import { listOpenReviewItems, type ConflictFieldView, type ReviewItemView } from '@/server/admin/review/queries';
import { BULK_FORM_ID, REVIEW_REASONS, reviewFilterSchema, type ReviewReasonCode } from '@/server/admin/review/schemas';
import { BulkApproveForm, ReviewActionsProvider, ReviewItemActions } from '@/components/admin/review-actions-client';
import { AdminPagination } from '@/components/admin/admin-pagination';

interface ReviewPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const VALUE_MAX_LENGTH = 400;

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.review' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const queueHref = (reason: ReviewReasonCode | undefined, page = 1) => ({
  pathname: '/admin/review' as const,
  query: { ...(reason ? { reason } : {}), ...(page > 1 ? { page: String(page) } : {}) },
});

export default async function AdminReviewPage({ params, searchParams }: ReviewPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const filter = reviewFilterSchema.parse({ reason: first(query.reason), page: first(query.page) });
  const [t, tFeedback, tOrg, format, queue] = await Promise.all([
    getTranslations('Admin.review'),
    getTranslations('Feedback'),
    getTranslations('Organization'),
    getFormatter(),
    listOpenReviewItems(filter, locale),
  ]);
  const newFromSync = queue.items.filter((item) => item.reason === 'NEW_FROM_SYNC').length;
  const tabs: { reason: ReviewReasonCode | undefined; label: string; count: number }[] = [
    { reason: undefined, label: t('filterAll'), count: queue.counts.all },
    ...REVIEW_REASONS.map((reason) => ({ reason, label: t(`reasons.${reason}`), count: queue.counts[reason] })),
  ];

  const valueText = (value: unknown): string => {
    if (value === undefined) return t('seeEditPage');
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('emptyValue');
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(', ') : JSON.stringify(value);
    return text.length > VALUE_MAX_LENGTH ? `${text.slice(0, VALUE_MAX_LENGTH)}…` : text;
  };
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}` as 'fields.titleFi') : field);

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <nav aria-label={t('filterLabel')} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => {
            const current = tab.reason === filter.reason;
            return (
              <li key={tab.reason ?? 'all'}>
                <Link
                  href={queueHref(tab.reason)}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-block rounded-md border px-3 py-1 ${current ? 'border-primary bg-primary font-semibold text-on-primary' : 'border-gray-400 underline'}`}
                >
                  {t('filterWithCount', { label: tab.label, count: tab.count })}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <ReviewActionsProvider>
        {newFromSync > 0 ? <BulkApproveForm count={newFromSync} /> : null}
        <section aria-labelledby="review-list" className="mt-6">
          <h2 id="review-list" className="text-xl font-semibold">
            {t('listHeading', { count: queue.total })}
          </h2>
          {queue.items.length === 0 ? (
            <p className="mt-3">{t('empty')}</p>
          ) : (
            <ol className="mt-3 space-y-4">
              {queue.items.map((item) => (
                <ReviewItemCard
                  key={item.id}
                  item={item}
                  labels={{
                    title: item.activity.title?.text ?? t('untitled'),
                    reason: t(`reasons.${item.reason}`),
                    provider: item.activity.organization?.text ?? tOrg(`providerType.${item.activity.providerType}` as 'providerType.ASSOCIATION'),
                    created: format.dateTime(item.createdAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }),
                  }}
                  t={t}
                  tFeedback={tFeedback}
                  valueText={valueText}
                  fieldLabel={fieldLabel}
                />
              ))}
            </ol>
          )}
        </section>
      </ReviewActionsProvider>

      <AdminPagination
        className="mt-6"
        page={queue.page}
        pageCount={queue.pageCount}
        hrefFor={(page) => queueHref(filter.reason, page)}
      />
    </>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<'Admin.review'>>>;
type FeedbackTranslator = Awaited<ReturnType<typeof getTranslations<'Feedback'>>>;

function ReviewItemCard({
  item,
  labels,
  t,
  tFeedback,
  valueText,
  fieldLabel,
}: {
  item: ReviewItemView;
  labels: { title: string; reason: string; provider: string; created: string };
  t: Translator;
  tFeedback: FeedbackTranslator;
  valueText: (value: unknown) => string;
  fieldLabel: (field: string) => string;
}) {
  const headingId = `review-item-${item.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded-md border border-gray-300 p-4">
        <h3 id={headingId} className="text-lg font-semibold" lang={item.activity.title?.lang}>
          {labels.title}
        </h3>
        {item.reason === 'NEW_FROM_SYNC' ? (
          <label className="mt-1 flex items-center gap-2 text-sm font-semibold">
            <input type="checkbox" name="itemIds" value={item.id} form={BULK_FORM_ID} className="size-5" />
            {t('select')}
            <span className="sr-only">: {labels.title}</span>
          </label>
        ) : null}
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">{t('reason')}</dt>
          <dd>{labels.reason}</dd>
          <dt className="font-semibold">{t('provider')}</dt>
          <dd>{labels.provider}</dd>
          <dt className="font-semibold">{t('created')}</dt>
          <dd>{labels.created}</dd>
          {item.source ? (
            <>
              <dt className="font-semibold">{t('source')}</dt>
              <dd>{t(`sources.${item.source}` as 'sources.LAHELLA')}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t('activityStatus')}</dt>
          <dd>{t(`statuses.${item.activity.status}`)}</dd>
        </dl>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          {item.activity.status === 'PUBLISHED' ? (
            <Link href={{ pathname: '/activities/[slug]', params: { slug: item.activity.slug } }} className="underline">
              {t('publicPage')}
              <span className="sr-only">: {labels.title}</span>
            </Link>
          ) : null}
          <Link href={{ pathname: '/admin/activities/[id]', params: { id: item.activity.id } }} className="underline">
            {t('editPage')}
            <span className="sr-only">: {labels.title}</span>
          </Link>
        </p>

        {item.conflicts.length > 0 ? <ConflictTable conflicts={item.conflicts} t={t} valueText={valueText} fieldLabel={fieldLabel} /> : null}

        {item.report ? (
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">{t('reportCategory')}</dt>
            <dd>
              {item.report.category && tFeedback.has(`reasons.${item.report.category}`)
                ? tFeedback(`reasons.${item.report.category}` as 'reasons.outdated')
                : t('emptyValue')}
            </dd>
            <dt className="font-semibold">{t('reportMessage')}</dt>
            <dd className="whitespace-pre-line">{item.report.message || t('noMessage')}</dd>
          </dl>
        ) : null}

        <div className="mt-3">
          <ReviewItemActions itemId={item.id} title={labels.title} />
        </div>
      </article>
    </li>
  );
}

function ConflictTable({
  conflicts,
  t,
  valueText,
  fieldLabel,
}: {
  conflicts: ConflictFieldView[];
  t: Translator;
  valueText: (value: unknown) => string;
  fieldLabel: (field: string) => string;
}) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left font-semibold">{t('conflictCaption')}</caption>
        <thead>
          <tr className="border-b border-gray-400">
            <th scope="col" className="py-1 pr-3">{t('field')}</th>
            <th scope="col" className="py-1 pr-3">{t('currentValue')}</th>
            <th scope="col" className="py-1 pr-3">{t('previousUpstream')}</th>
            <th scope="col" className="py-1">{t('newUpstream')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.field} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-1 pr-3 font-semibold">{fieldLabel(conflict.field)}</th>
              <td className="py-1 pr-3 whitespace-pre-line">{valueText(conflict.current)}</td>
              <td className="py-1 pr-3 whitespace-pre-line">{valueText(conflict.previousUpstream)}</td>
              <td className="py-1 whitespace-pre-line">{valueText(conflict.upstream)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
