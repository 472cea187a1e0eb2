import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { OrganizationPageData } from '@/server/organizations/queries';
import { ActivityCard } from '@/components/activities/activity-card';
import { RichText } from '@/components/content/rich-text';

export async function OrganizationDetails({ organization, locale }: { organization: OrganizationPageData; locale: Locale }) {
  const t = await getTranslations('Organization');
  const { name, description } = organization;
  const website = organization.website && /^https?:\/\//i.test(organization.website) ? organization.website : null;
  const hasContacts = Boolean(website || organization.email || organization.phone);

  return (
    <article className="mx-auto max-w-5xl px-4 py-10">
      <header className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          {t(`providerType.${organization.providerType}`)}
        </p>
        <h1 className="mt-1 text-3xl leading-tight font-bold sm:text-4xl" lang={name.lang !== locale ? name.lang : undefined}>
          {name.text}
        </h1>
        {description ? (
          <RichText
            text={description.text}
            lang={description.lang !== locale ? description.lang : undefined}
            className="mt-4 flex flex-col gap-3 text-lg"
          />
        ) : null}
      </header>

      <section aria-labelledby="contact-heading" className="mt-8 max-w-3xl">
        <h2 id="contact-heading" className="text-2xl font-bold">
          {t('contactTitle')}
        </h2>
        {hasContacts || organization.municipality ? (
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {website ? (
              <>
                <dt className="font-semibold">{t('website')}</dt>
                <dd>
                  <a href={website} rel="noopener noreferrer">
                    {website.replace(/^https?:\/\//i, '')}
                  </a>
                </dd>
              </>
            ) : null}
            {organization.email ? (
              <>
                <dt className="font-semibold">{t('email')}</dt>
                <dd>
                  <a href={`mailto:${organization.email}`}>{organization.email}</a>
                </dd>
              </>
            ) : null}
            {organization.phone ? (
              <>
                <dt className="font-semibold">{t('phone')}</dt>
                <dd>
                  <a href={`tel:${organization.phone.replace(/[^\d+]/g, '')}`}>{organization.phone}</a>
                </dd>
              </>
            ) : null}
            {organization.municipality ? (
              <>
                <dt className="font-semibold">{t('municipality')}</dt>
                <dd>{organization.municipality}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="mt-3">{t('noContacts')}</p>
        )}
      </section>

      <section aria-labelledby="activities-heading" className="mt-10">
        <h2 id="activities-heading" className="text-2xl font-bold">
          {t('activitiesTitle')}
        </h2>
        <p className="mt-1 text-muted">
          {organization.activityCount > 0 ? t('activityCount', { count: organization.activityCount }) : t('noActivities')}
        </p>
        {organization.activities.length > 0 ? (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="activity-cards">
            {organization.activities.map((activity) => (
              <li key={activity.slug}>
                <ActivityCard activity={activity} locale={locale} />
              </li>
            ))}
          </ul>
        ) : null}
        {organization.pageCount > 1 ? <Pagination organization={organization} /> : null}
      </section>
    </article>
  );
}

async function Pagination({ organization }: { organization: OrganizationPageData }) {
  const t = await getTranslations('Organization');
  const { slug, page, pageCount } = organization;
  const href = (target: number) => ({
    pathname: '/organizations/[slug]' as const,
    params: { slug },
    ...(target > 1 ? { query: { page: String(target) } } : {}),
  });
  const linkClass =
    'inline-flex min-h-11 items-center rounded-md border border-primary px-4 py-2 font-semibold no-underline hover:bg-tint';
  return (
    <nav aria-label={t('paginationLabel')} className="mt-8 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {t('previousPage')}
        </Link>
      ) : null}
      <p aria-current="page">{t('pageOf', { page, count: pageCount })}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t('nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}
