import type { ComponentProps } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

interface AdminPaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => Href;
  /** The navigation's name, where a page has more than one list ("Pages of the runs"). */
  label?: string;
  className?: string;
}

/** Previous/next links and "page x/y" under an admin list; nothing when the list fits one page. */
export async function AdminPagination({ page, pageCount, hrefFor, label, className = 'mt-4' }: AdminPaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Admin.pagination');
  return (
    <nav aria-label={label ?? t('label')} className={`${className} flex flex-wrap items-center gap-4`}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="underline">
          {t('previous')}
        </Link>
      ) : null}
      <span>{t('pageOf', { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="underline">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
