import type { Metadata } from 'next';
import { inter } from '@/app/fonts';
import { localizedPathname } from '@/i18n/paths';

export const metadata: Metadata = {
  title: 'Sivua ei löytynyt – Sidan hittades inte – Polku',
};

// Plain <a> links: no locale is active outside [locale], so the i18n <Link> cannot be used.
// Not @/i18n/navigation either: this page is part of every route, and that module's client
// half (next/link, the router hooks) would then be loaded twice on every page.
const HOME = {
  fi: localizedPathname('/', 'fi'),
  sv: localizedPathname('/', 'sv'),
};

// For paths outside the locale segment, where the language is unknown: say it in both.
export default function RootNotFound() {
  return (
    <html lang="fi" className={inter.variable}>
      <body className="flex min-h-dvh flex-col">
        <main className="mx-auto grid max-w-3xl gap-10 px-4 py-16 sm:grid-cols-2">
          <section>
            <h1 className="text-3xl font-bold">Sivua ei löytynyt</h1>
            <p className="mt-4 text-lg">Etsimääsi sivua ei ole, tai se on siirretty toiseen osoitteeseen.</p>
            <p className="mt-4 text-lg">
              <a href={HOME.fi}>Siirry Polun etusivulle</a>
            </p>
          </section>
          <section lang="sv">
            <h2 className="text-3xl font-bold">Sidan hittades inte</h2>
            <p className="mt-4 text-lg">Sidan du söker finns inte, eller så har den flyttats till en annan adress.</p>
            <p className="mt-4 text-lg">
              <a href={HOME.sv}>Gå till Polkus startsida</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
