import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { inter } from '@/app/fonts';
import { getEnv } from '@/server/env';

export function generateMetadata(): Metadata {
  return { metadataBase: new URL(getEnv().PUBLIC_BASE_URL), robots: { index: false, follow: false } };
}

/**
 * English exists only for clients' referral pages (/en/l/<code>); the site's UI is Finnish and
 * Swedish, so this minimal layout stands outside [locale] and the locale proxy skips /en/.
 */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-dvh flex-col">
        <main id="main" className="flex-1">
          {children}
        </main>
      </body>
    </html>
  );
}
