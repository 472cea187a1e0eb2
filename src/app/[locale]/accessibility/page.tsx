import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageMetadata } from '@/server/seo/metadata';
import { routing } from '@/i18n/routing';
import { ACCESSIBILITY_FEEDBACK_EMAIL, ACCESSIBILITY_STATEMENT_DATE } from '@/lib/legal';
import { DemoNote, ProseList, ProsePage, ProseSection, proseTags } from '@/components/content/prose';

interface PageProps {
  params: Promise<{ locale: string }>;
}

const WORKS = ['keyboard', 'skipLink', 'zoom', 'languages', 'print'] as const;
const GAPS = ['providerTexts', 'singleLanguage', 'unfinished', 'noAudit'] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return pageMetadata({ locale, href: '/accessibility', title: t('title'), description: t('description') });
}

export default async function AccessibilityPage({ params }: PageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Accessibility');
  const tags = proseTags({ email: ACCESSIBILITY_FEEDBACK_EMAIL, href: t('authorityUrl') });

  return (
    <ProsePage
      title={t('title')}
      lead={
        <>
          <p>{t('intro')}</p>
          <DemoNote>{t('demoNote')}</DemoNote>
        </>
      }
    >
      <ProseSection id="status" title={t('statusTitle')}>
        <p>{t.rich('statusText', tags)}</p>
      </ProseSection>
      <ProseSection id="works" title={t('worksTitle')}>
        <ProseList items={WORKS.map((key) => t(`works.${key}`))} />
      </ProseSection>
      <ProseSection id="gaps" title={t('gapsTitle')}>
        <p>{t('gapsIntro')}</p>
        <ProseList items={GAPS.map((key) => t(`gaps.${key}`))} />
      </ProseSection>
      <ProseSection id="assessment" title={t('assessmentTitle')}>
        <p>{t('assessmentText')}</p>
      </ProseSection>
      <ProseSection id="feedback" title={t('feedbackTitle')}>
        <p>{t('feedbackText')}</p>
        <p>{t.rich('feedbackContact', { ...tags, address: ACCESSIBILITY_FEEDBACK_EMAIL })}</p>
      </ProseSection>
      <ProseSection id="authority" title={t('authorityTitle')}>
        <p>{t.rich('authorityText', tags)}</p>
        <address className="not-italic">
          {t('authorityName')}
          <br />
          {t('authorityUnit')}
          <br />
          {t('authorityPhone')}
          <br />
          <a href={t('authorityUrl')}>{t('authorityUrlText')}</a>
        </address>
      </ProseSection>
      <ProseSection id="about" title={t('aboutTitle')}>
        <p>{t('aboutText', { date: ACCESSIBILITY_STATEMENT_DATE })}</p>
      </ProseSection>
    </ProsePage>
  );
}
