import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { richTextToPlain } from '@/lib/text/rich-text';
import { getOrganizationPage } from '@/server/organizations/queries';
import { organizationJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/server/seo/metadata';
import { absoluteUrl } from '@/server/seo/urls';
import { OrganizationDetails } from '@/components/organizations/organization-details';

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = pageSchema.parse((await searchParams).page);
  const organization = await getOrganizationPage(slug, locale, page);
  if (!organization) {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('title'), robots: { index: false } };
  }
  const t = await getTranslations({ locale, namespace: 'Organization' });
  const description = (
    organization.description
      ? richTextToPlain(organization.description.text)
      : t('descriptionFallback', { name: organization.name.text })
  ).slice(0, 300);
  return pageMetadata({
    locale,
    href: { pathname: '/organizations/[slug]', params: { slug } },
    title: organization.name.text,
    description,
  });
}

export default async function OrganizationPage({ params, searchParams }: PageProps) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const page = pageSchema.parse((await searchParams).page);
  const organization = await getOrganizationPage(slug, locale, page);
  if (!organization) notFound();
  const jsonLd = organizationJsonLd({
    name: organization.name.text,
    description: organization.description ? richTextToPlain(organization.description.text) : null,
    url: absoluteUrl({ pathname: '/organizations/[slug]', params: { slug } }, locale),
    website: organization.website,
    email: organization.email,
    phone: organization.phone,
    municipality: organization.municipality,
    providerType: organization.providerType,
  });
  return (
    <>
      {/* serializeJsonLd escapes "<", so the data cannot end the script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <OrganizationDetails organization={organization} locale={locale} />
    </>
  );
}
