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
    '/admin/review': { fi: '/hallinta/tarkistettavat', sv: '/administration/granskning' },
    '/admin/activities': { fi: '/hallinta/toiminnot', sv: '/administration/verksamheter' },
    '/admin/activities/new': { fi: '/hallinta/toiminnot/uusi', sv: '/administration/verksamheter/ny' },
    '/admin/activities/[id]': { fi: '/hallinta/toiminnot/[id]', sv: '/administration/verksamheter/[id]' },
    '/admin/organizations': { fi: '/hallinta/jarjestajat', sv: '/administration/arrangorer' },
    '/admin/organizations/new': { fi: '/hallinta/jarjestajat/uusi', sv: '/administration/arrangorer/ny' },
    '/admin/organizations/[id]': { fi: '/hallinta/jarjestajat/[id]', sv: '/administration/arrangorer/[id]' },
    '/admin/mappings': { fi: '/hallinta/koodit', sv: '/administration/koder' },
    '/admin/audit': { fi: '/hallinta/muutosloki', sv: '/administration/andringslogg' },
    '/admin/sync': { fi: '/hallinta/synkronointi', sv: '/administration/synkronisering' },
    '/admin/sync/[id]': { fi: '/hallinta/synkronointi/[id]', sv: '/administration/synkronisering/[id]' },
    '/admin/insight': { fi: '/hallinta/hakutilastot', sv: '/administration/sokstatistik' },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
