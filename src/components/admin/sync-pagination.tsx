import type { ComponentProps } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

interface SyncPaginationProps {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => Href;
}

/** Previous/next links for the run list and the skipped items. */
export async function SyncPagination({ label, page, pageCount, hrefFor }: SyncPaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Admin.sync.pagination');
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-4">
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
