import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { z } from 'zod';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { richTextToPlain } from '@/lib/text/rich-text';
import { getActivityPage } from '@/server/activities/activity-page';
import { pageMetadata } from '@/server/seo/metadata';
import { absoluteUrl } from '@/server/seo/urls';
import { ActivityDetails } from '@/components/activities/activity-details';
import { ActivityJsonLd } from '@/components/activities/activity-json-ld';
import { FeedbackSection } from '@/components/activity/feedback-section';
import { ActivityTrail } from '@/components/activity/activity-trail';

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

/** The search a visitor came from: a query string, length-capped (the search page validates the rest). */
const fromSchema = z.string().max(2000).optional().catch(undefined);

const META_DESCRIPTION_LENGTH = 300;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const activity = await getActivityPage(slug, locale);
  if (!activity) {
    const t = await getTranslations({ locale, namespace: 'NotFound' });
    return { title: t('title'), robots: { index: false } };
  }
  const t = await getTranslations({ locale, namespace: 'Activity' });
  const description = (
    activity.summary?.text ??
    (activity.description ? richTextToPlain(activity.description.text) : t('descriptionFallback', { title: activity.title.text }))
  ).slice(0, META_DESCRIPTION_LENGTH);

  return pageMetadata({
    locale,
    href: { pathname: '/activities/[slug]', params: { slug } },
    title: activity.title.text,
    description,
    image: activity.image ? { url: activity.image.url, alt: activity.image.alt?.text } : undefined,
  });
}

export default async function ActivityPage({ params, searchParams }: PageProps) {
  const { locale, slug } = await params;
  const from = fromSchema.parse((await searchParams)?.from) || null;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Published state and occurrences change: render on each request, never at build time.
  await connection();
  const activity = await getActivityPage(slug, locale);
  if (!activity) notFound();

  const url = absoluteUrl({ pathname: '/activities/[slug]', params: { slug } }, locale);
  const organizationUrl = activity.organization
    ? absoluteUrl({ pathname: '/organizations/[slug]', params: { slug: activity.organization.slug } }, locale)
    : null;
  const calendarHref = activity.hasCalendar
    ? `/api/activities/${encodeURIComponent(activity.slug)}/ical?locale=${locale}`
    : null;

  return (
    <>
      <ActivityJsonLd activity={activity} links={{ url, organizationUrl }} />
      <ActivityTrail
        title={activity.title.text}
        titleLang={activity.title.lang !== locale ? activity.title.lang : undefined}
        url={url}
        from={from}
      />
      <ActivityDetails activity={activity} calendarHref={calendarHref} />
      <FeedbackSection activityId={activity.id} locale={locale} />
    </>
  );
}
