import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrganizationForm } from '@/components/admin/organization-form-client';
import { Link } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { requireRole } from '@/server/auth/session';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { termName } from '@/lib/i18n/localized';

interface NewOrganizationPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: NewOrganizationPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.organizations' });
  return { title: t('newTitle'), robots: { index: false, follow: false } };
}

export default async function NewOrganizationPage({ params }: NewOrganizationPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const [t, taxonomies] = await Promise.all([getTranslations('Admin.organizations'), getTaxonomies()]);
  const municipalities = taxonomies.municipalities
    .map((m) => ({ code: m.code, name: termName(m, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <p>
        <Link href="/admin/organizations" className="underline">{t('backToList')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('newTitle')}</h1>
      <p className="mt-2 max-w-prose">{t('newIntro')}</p>
      <div className="max-w-2xl">
        <OrganizationForm municipalities={municipalities} />
      </div>
    </>
  );
}
