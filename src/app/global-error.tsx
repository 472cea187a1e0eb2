'use client';

import { useEffect } from 'react';
import { inter } from '@/app/fonts';
import './globals.css';

interface GlobalErrorProps {
  error: Error & { digest?: string };
  retry: () => void;
}

// Plain <a> links on purpose: a full page load is the surest way out of a broken app state.
// Written out rather than built with next-intl's getPathname, whose client module (use-intl
// and its message formatter) would otherwise load on every page: the front page is `/` in
// both languages and the prefix is always there (src/i18n/routing.ts).
const HOME = { fi: '/fi', sv: '/sv' };

// Replaces the whole document when even the layout fails, so no translations are
// available: the text is in both languages. Never shows the error itself.
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="fi" className={inter.variable}>
      <body className="flex min-h-dvh flex-col">
        <title>Jokin meni vikaan – Något gick fel – Polku</title>
        <main className="mx-auto grid max-w-3xl gap-10 px-4 py-16 sm:grid-cols-2">
          <section>
            <h1 className="text-3xl font-bold">Jokin meni vikaan</h1>
            <p className="mt-4 text-lg">Sivua ei voitu näyttää. Vika ei johdu sinusta. Yritä hetken päästä uudelleen.</p>
            <p className="mt-6 flex flex-wrap gap-4">
              <button
                type="button"
                onClick={() => retry()}
                className="min-h-12 rounded-md bg-primary px-5 py-2 font-semibold text-on-primary hover:bg-primary-strong"
              >
                Yritä uudelleen
              </button>
              <a href={HOME.fi} className="inline-flex items-center">
                Etusivulle
              </a>
            </p>
          </section>
          <section lang="sv">
            <h2 className="text-3xl font-bold">Något gick fel</h2>
            <p className="mt-4 text-lg">Sidan kunde inte visas. Felet beror inte på dig. Försök igen om en stund.</p>
            <p className="mt-6 flex flex-wrap gap-4">
              <button
                type="button"
                onClick={() => retry()}
                className="min-h-12 rounded-md bg-primary px-5 py-2 font-semibold text-on-primary hover:bg-primary-strong"
              >
                Försök igen
              </button>
              <a href={HOME.sv} className="inline-flex items-center">
                Till startsidan
              </a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
