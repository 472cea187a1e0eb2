import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageMetadata } from '@/server/seo/metadata';
import { routing } from '@/i18n/routing';
import { PRIVACY_CONTACT_EMAIL, PRIVACY_NOTICE_DATE } from '@/lib/legal';
import {
  DemoNote,
  ProseList,
  ProsePage,
  ProseSection,
  ProseSubsection,
  proseTags,
} from '@/components/content/prose';

interface PageProps {
  params: Promise<{ locale: string }>;
}

const SUMMARY = ['noAccount', 'noTracking', 'referrals'] as const;
const RETENTION = ['referrals', 'searches', 'staff', 'cookies'] as const;
const RIGHTS = ['access', 'rectify', 'erase', 'object'] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return pageMetadata({ locale, href: '/privacy', title: t('title'), description: t('description') });
}

export default async function PrivacyPage({ params }: PageProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Privacy');
  const tags = { ...proseTags({ email: PRIVACY_CONTACT_EMAIL, href: t('complaintUrl') }), address: PRIVACY_CONTACT_EMAIL };

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
      <ProseSection id="summary" title={t('summaryTitle')}>
        <ProseList items={SUMMARY.map((key) => t(`summary.${key}`))} />
      </ProseSection>
      <ProseSection id="controller" title={t('controllerTitle')}>
        <p>{t('controllerName')}</p>
        <p>{t.rich('controllerContact', tags)}</p>
        <p>{t('controllerDpo')}</p>
      </ProseSection>
      <ProseSection id="purpose" title={t('purposeTitle')}>
        <p>{t('purposeText')}</p>
      </ProseSection>
      <ProseSection id="data" title={t('dataTitle')}>
        <ProseSubsection id="data-browsing" title={t('browsingTitle')}>
          <p>{t('browsingText')}</p>
        </ProseSubsection>
        <ProseSubsection id="data-searches" title={t('searchesTitle')}>
          <p>{t('searchesText')}</p>
        </ProseSubsection>
        <ProseSubsection id="data-referrals" title={t('referralsTitle')}>
          <p>{t('referralsText')}</p>
          <p>{t('referralsNoIdentity')}</p>
        </ProseSubsection>
        <ProseSubsection id="data-staff" title={t('staffTitle')}>
          <p>{t('staffText')}</p>
        </ProseSubsection>
        <ProseSubsection id="data-contacts" title={t('contactsTitle')}>
          <p>{t('contactsText')}</p>
        </ProseSubsection>
      </ProseSection>
      <ProseSection id="retention" title={t('retentionTitle')}>
        <ProseList items={RETENTION.map((key) => t(`retention.${key}`))} />
      </ProseSection>
      <ProseSection id="sharing" title={t('sharingTitle')}>
        <p>{t('sharingText')}</p>
      </ProseSection>
      <ProseSection id="rights" title={t('rightsTitle')}>
        <p>{t('rightsIntro')}</p>
        <ProseList items={RIGHTS.map((key) => t(`rights.${key}`))} />
        <p>{t('rightsAnonymous')}</p>
        <p>{t.rich('rightsContact', tags)}</p>
      </ProseSection>
      <ProseSection id="complaint" title={t('complaintTitle')}>
        <p>{t.rich('complaintText', tags)}</p>
      </ProseSection>
      <ProseSection id="about" title={t('aboutTitle')}>
        <p>{t('aboutText', { date: PRIVACY_NOTICE_DATE })}</p>
      </ProseSection>
    </ProsePage>
  );
}
