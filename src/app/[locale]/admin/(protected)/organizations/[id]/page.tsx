import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganizationForm } from '@/components/admin/organization-form-client';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { pickLocalized } from '@/lib/i18n/localized';
import { getOrganizationForEdit } from '@/server/admin/organizations/queries';
import { ORGANIZATION_FIELDS, organizationIdSchema } from '@/server/admin/organizations/schemas';
import { requireRole } from '@/server/auth/session';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { termName } from '@/lib/i18n/localized';

interface OrganizationPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: OrganizationPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.organizations' });
  return { title: t('editTitle'), robots: { index: false, follow: false } };
}

export default async function AdminOrganizationPage({ params }: OrganizationPageProps) {
  const { locale: rawLocale, id } = await params;
  const locale = adminLocale(rawLocale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const parsedId = organizationIdSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const [t, format, organization, taxonomies] = await Promise.all([
    getTranslations('Admin.organizations'),
    getFormatter(),
    getOrganizationForEdit(parsedId.data),
    getTaxonomies(),
  ]);
  if (!organization) notFound();
  const municipalities = taxonomies.municipalities
    .map((m) => ({ code: m.code, name: termName(m, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const name = pickLocalized({ fi: organization.nameFi, sv: organization.nameSv, en: organization.nameEn }, locale);
  const synced = organization.source !== 'MANUAL';
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
  const shown = (field: (typeof ORGANIZATION_FIELDS)[number]): string => {
    const value = organization[field];
    if (!value) return '–';
    if (field === 'providerType') return t(`providerTypes.${organization.providerType}`);
    if (field === 'municipalityCode') return municipalities.find((m) => m.code === value)?.name ?? value;
    return value;
  };

  return (
    <>
      <p>
        <Link href="/admin/organizations" className="underline">{t('backToList')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {t('editTitle')}: <span lang={name && name.lang !== locale ? name.lang : undefined}>{name?.text ?? t('unnamed')}</span>
      </h1>
      <dl className="mt-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t('facts.source')}</dt>
        <dd>
          {t(`sources.${organization.source}`)}
          {organization.externalId ? <> ({organization.externalId})</> : null}
          {organization.isDemo ? <> · {t('facts.demo')}</> : null}
        </dd>
        <dt className="font-semibold">{t('facts.activities')}</dt>
        <dd>{organization.activityCount}</dd>
        <dt className="font-semibold">{t('facts.created')}</dt>
        <dd>{when(organization.createdAt)}</dd>
        <dt className="font-semibold">{t('facts.updated')}</dt>
        <dd>{when(organization.updatedAt)}</dd>
        <dt className="font-semibold">{t('facts.publicPage')}</dt>
        <dd>
          <Link href={{ pathname: '/organizations/[slug]', params: { slug: organization.slug } }} className="underline">
            {t('facts.openPublicPage')}
          </Link>
        </dd>
      </dl>
      <p className="mt-2 text-sm">
        <Link href={{ pathname: '/admin/audit', query: { entity: 'Organization', id: organization.id } }} className="underline">
          {t('facts.history')}
        </Link>
      </p>

      {synced ? (
        <section aria-labelledby="organization-synced" className="mt-6 max-w-2xl">
          <h2 id="organization-synced" className="text-xl font-semibold">{t('syncedHeading')}</h2>
          <p className="mt-2 rounded-md border border-gray-400 p-3">{t('syncedNotice', { source: t(`sources.${organization.source}`) })}</p>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {ORGANIZATION_FIELDS.map((field) => (
              <div key={field} className="contents">
                <dt className="font-semibold">{t(`fields.${field}`)}</dt>
                <dd className="whitespace-pre-line">{shown(field)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : (
        <section aria-labelledby="organization-edit" className="mt-6 max-w-2xl">
          <h2 id="organization-edit" className="text-xl font-semibold">{t('editHeading')}</h2>
          <OrganizationForm
            municipalities={municipalities}
            organization={{
              id: organization.id,
              version: organization.updatedAt.toISOString(),
              values: Object.fromEntries(ORGANIZATION_FIELDS.map((field) => [field, organization[field] ?? ''])),
            }}
          />
        </section>
      )}
    </>
  );
}
