import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ChangeRoleForm, CreateUserForm, ResetPasswordForm, SetDisabledForm } from '@/components/admin/user-forms-client';
import { adminLocale } from '@/lib/admin-locale';
import { listUsers } from '@/server/admin/users/queries';
import { requireRole } from '@/server/auth/session';

interface UsersPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: UsersPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.users' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function AdminUsersPage({ params }: UsersPageProps) {
  const locale = adminLocale((await params).locale);
  const me = await requireRole('ADMIN', locale);
  setRequestLocale(locale);
  const [t, tRoles, format, users] = await Promise.all([
    getTranslations('Admin.users'),
    getTranslations('Admin.roles'),
    getFormatter(),
    listUsers(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="users-list" className="mt-6">
        <h2 id="users-list" className="text-xl font-semibold">
          {t('listHeading')}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-2 pr-3">{t('name')}</th>
                <th scope="col" className="py-2 pr-3">{t('email')}</th>
                <th scope="col" className="py-2 pr-3">{t('role')}</th>
                <th scope="col" className="py-2 pr-3">{t('status')}</th>
                <th scope="col" className="py-2 pr-3">{t('lastLogin')}</th>
                <th scope="col" className="py-2">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const self = user.id === me.id;
                return (
                  <tr key={user.id} className="border-b border-gray-200 align-top">
                    <th scope="row" className="py-2 pr-3 font-semibold">
                      {user.name} {self ? t('you') : null}
                      {user.isDemo ? <span className="ml-1 text-xs font-normal">({t('demo')})</span> : null}
                    </th>
                    <td className="py-2 pr-3">{user.email}</td>
                    <td className="py-2 pr-3">{tRoles(user.role)}</td>
                    <td className="py-2 pr-3">{user.disabled ? t('disabledStatus') : t('active')}</td>
                    <td className="py-2 pr-3">
                      {user.lastLoginAt
                        ? format.dateTime(user.lastLoginAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' })
                        : t('never')}
                    </td>
                    <td className="space-y-2 py-2">
                      {self ? null : (
                        <>
                          <ChangeRoleForm userId={user.id} name={user.name} role={user.role} />
                          <SetDisabledForm userId={user.id} disabled={user.disabled} />
                        </>
                      )}
                      <ResetPasswordForm userId={user.id} name={user.name} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="create-user" className="mt-10 max-w-md">
        <h2 id="create-user" className="text-xl font-semibold">
          {t('createHeading')}
        </h2>
        <CreateUserForm />
      </section>
    </>
  );
}
