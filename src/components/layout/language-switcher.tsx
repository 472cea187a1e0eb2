import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { LanguageLinks, LanguageLinksWithQuery } from './language-switcher-client';

export async function LanguageSwitcher() {
  const t = await getTranslations('LanguageSwitcher');
  const label = t('label');
  // On prerendered pages the query string is unknown at build time: the fallback links to
  // the same page without it, and the client fills it in.
  return (
    <Suspense fallback={<LanguageLinks label={label} />}>
      <LanguageLinksWithQuery label={label} />
    </Suspense>
  );
}
