import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminNavLinks } from '@/components/admin/admin-nav-links-client';
import { getPathname } from '@/i18n/navigation';
import { adminLocale } from '@/lib/admin-locale';
import { logoutAction } from '@/server/auth/actions';
import { requireRole } from '@/server/auth/session';

const curationKeys = ['review', 'activities', 'organizations', 'sync', 'insight', 'audit', 'mappings'] as const;
const curationLinks = curationKeys.map((key) => `/admin/${key}` as const);

interface ProtectedLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

// Convenience only: every page and server action below checks the role itself.
export default async function ProtectedAdminLayout({ children, params }: ProtectedLayoutProps) {
  const locale = adminLocale((await params).locale);
  const user = await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const t = await getTranslations('Admin.nav');
  const paths = (href: '/admin' | '/admin/users' | (typeof curationLinks)[number]) => ({
    href: getPathname({ href, locale }),
    internal: `/${locale}${href}`,
  });
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6">
      <nav aria-label={t('label')} className="flex flex-wrap items-center gap-4 border-b border-gray-300 pb-3">
        <AdminNavLinks
          links={[
            { ...paths('/admin'), label: t('dashboard'), exact: true },
            ...curationLinks.map((href) => ({
              ...paths(href),
              label: t(href.slice('/admin/'.length) as (typeof curationKeys)[number]),
            })),
            ...(user.role === 'ADMIN' ? [{ ...paths('/admin/users'), label: t('users') }] : []),
          ]}
        />
        <span className="ml-auto text-sm">{t('loggedInAs', { name: user.name })}</span>
        <form action={logoutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-md border border-gray-500 px-3 py-1">
            {t('logout')}
          </button>
        </form>
      </nav>
      <div className="pt-6">{children}</div>
    </div>
  );
}
