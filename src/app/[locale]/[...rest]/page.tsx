import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';

interface PageProps {
  params: Promise<{ locale: string; rest: string[] }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title') };
}

// Unknown paths under a locale get the translated 404 page inside the site layout.
export default function CatchAllPage(): never {
  notFound();
}
