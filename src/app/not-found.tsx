import type { Metadata } from 'next';
import { inter } from '@/app/fonts';
import { getPathname } from '@/i18n/navigation';

export const metadata: Metadata = {
  title: 'Sivua ei löytynyt – Sidan hittades inte – Polku',
};

// Plain <a> links: no locale is active outside [locale], so the i18n <Link> cannot be used.
const HOME = {
  fi: getPathname({ href: '/', locale: 'fi' }),
  sv: getPathname({ href: '/', locale: 'sv' }),
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
