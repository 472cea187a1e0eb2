import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LoginForm } from '@/components/admin/login-form-client';
import { adminLocale } from '@/lib/admin-locale';

interface LoginPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: LoginPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Login' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

export default async function LoginPage({ params }: LoginPageProps) {
  const locale = adminLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Login');
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      <LoginForm locale={locale} />
    </div>
  );
}
