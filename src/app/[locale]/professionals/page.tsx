import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { languageAlternates, absoluteUrl } from '@/server/seo/urls';
import { getProfessionalFields } from '@/server/professionals/queries';
import { ProfessionalsPage } from '@/components/professionals/professionals-page';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Professionals' });
  return {
    title: t('title'),
    description: t('intro'),
    alternates: { canonical: absoluteUrl('/professionals', locale), languages: languageAlternates('/professionals') },
  };
}

export default async function Page({ params }: PageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The counts are live: render on each request.
  await connection();
  const fields = await getProfessionalFields(locale);
  return <ProfessionalsPage fields={fields} locale={locale} />;
}
