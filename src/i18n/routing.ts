import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'sv'] as const;
export type Locale = (typeof locales)[number];

/**
 * Public paths are translated; the keys are the internal route folders under
 * src/app/[locale]. Add a route here when you add a page.
 */
export const routing = defineRouting({
  locales,
  defaultLocale: 'fi',
  localePrefix: 'always',
  pathnames: {
    '/': '/',
    '/search': { fi: '/haku', sv: '/sok' },
    '/activities/[slug]': { fi: '/toiminta/[slug]', sv: '/verksamhet/[slug]' },
    '/organizations/[slug]': { fi: '/jarjestajat/[slug]', sv: '/arrangorer/[slug]' },
    '/themes/[slug]': { fi: '/teemat/[slug]', sv: '/teman/[slug]' },
    '/stages/[slug]': { fi: '/palvelupolku/[slug]', sv: '/servicestigen/[slug]' },
    '/referral': { fi: '/lahete', sv: '/remiss' },
    '/l/[code]': '/l/[code]',
    '/accessibility': { fi: '/saavutettavuus', sv: '/tillganglighet' },
    '/privacy': { fi: '/tietosuoja', sv: '/dataskydd' },
    '/admin': { fi: '/hallinta', sv: '/administration' },
    '/admin/login': { fi: '/hallinta/kirjaudu', sv: '/administration/logga-in' },
    '/admin/users': { fi: '/hallinta/kayttajat', sv: '/administration/anvandare' },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
