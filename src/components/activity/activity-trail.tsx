import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { queryObject } from '@/lib/catalogue/query';
import { SharePrint } from './share-print-client';

interface ActivityTrailProps {
  title: string;
  /** The text's language, when not the page's. */
  titleLang?: string;
  url: string;
  /** The search the visitor came from (a query string), if any. */
  from: string | null;
}

/**
 * Above an activity: breadcrumbs (front page › search › this activity), a way back to
 * the results the visitor came from, and share and print.
 */
export async function ActivityTrail({ title, titleLang, url, from }: ActivityTrailProps) {
  const [t, layout] = await Promise.all([getTranslations('Activity.trail'), getTranslations('Layout')]);
  const search = { pathname: '/search', query: from ? queryObject(new URLSearchParams(from)) : undefined } as const;
  return (
    <div className="mx-auto flex max-w-5xl flex-wrap items-start justify-between gap-4 px-4 pt-6 print:hidden">
      <div className="flex flex-col gap-2">
        <nav aria-label={t('label')}>
          <ol className="flex flex-wrap items-center gap-x-2 text-sm">
            <li>
              <Link href="/">{layout('navHome')}</Link>
            </li>
            <li className="flex items-center gap-2">
              <span aria-hidden="true">›</span>
              <Link href={search}>{layout('navSearch')}</Link>
            </li>
            <li className="flex items-center gap-2">
              <span aria-hidden="true">›</span>
              <span aria-current="page" lang={titleLang}>
                {title}
              </span>
            </li>
          </ol>
        </nav>
        {from ? (
          <p>
            <Link href={search} className="font-semibold">
              <span aria-hidden="true">‹ </span>
              {t('backToResults')}
            </Link>
          </p>
        ) : null}
      </div>
      <SharePrint
        title={title}
        url={url}
        texts={{ share: t('share'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed'), print: t('print') }}
      />
    </div>
  );
}
