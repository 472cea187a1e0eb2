import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'sv', 'en'] as const;
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
    '/search': { fi: '/haku', sv: '/sok', en: '/search' },
    '/calendar': { fi: '/kalenteri', sv: '/kalender', en: '/calendar' },
    '/activities/[slug]': { fi: '/toiminta/[slug]', sv: '/verksamhet/[slug]', en: '/activities/[slug]' },
    '/organizations/[slug]': { fi: '/jarjestajat/[slug]', sv: '/arrangorer/[slug]', en: '/organizations/[slug]' },
    '/themes/[slug]': { fi: '/teemat/[slug]', sv: '/teman/[slug]', en: '/themes/[slug]' },
    '/stages/[slug]': { fi: '/palvelupolku/[slug]', sv: '/servicestigen/[slug]', en: '/stages/[slug]' },
    '/referral': { fi: '/lahete', sv: '/remiss', en: '/referral' },
    '/professionals': { fi: '/ammattilaisille', sv: '/for-yrkesverksamma', en: '/for-professionals' },
    '/l/[code]': '/l/[code]',
    '/accessibility': { fi: '/saavutettavuus', sv: '/tillganglighet', en: '/accessibility' },
    '/privacy': { fi: '/tietosuoja', sv: '/dataskydd', en: '/privacy' },
    '/admin': { fi: '/hallinta', sv: '/administration', en: '/admin' },
    '/admin/login': { fi: '/hallinta/kirjaudu', sv: '/administration/logga-in', en: '/admin/login' },
    '/admin/users': { fi: '/hallinta/kayttajat', sv: '/administration/anvandare', en: '/admin/users' },
    '/admin/review': { fi: '/hallinta/tarkistettavat', sv: '/administration/granskning', en: '/admin/review' },
    '/admin/activities': { fi: '/hallinta/toiminnot', sv: '/administration/verksamheter', en: '/admin/activities' },
    '/admin/activities/new': { fi: '/hallinta/toiminnot/uusi', sv: '/administration/verksamheter/ny', en: '/admin/activities/new' },
    '/admin/activities/[id]': { fi: '/hallinta/toiminnot/[id]', sv: '/administration/verksamheter/[id]', en: '/admin/activities/[id]' },
    '/admin/organizations': { fi: '/hallinta/jarjestajat', sv: '/administration/arrangorer', en: '/admin/organizations' },
    '/admin/organizations/new': { fi: '/hallinta/jarjestajat/uusi', sv: '/administration/arrangorer/ny', en: '/admin/organizations/new' },
    '/admin/organizations/[id]': { fi: '/hallinta/jarjestajat/[id]', sv: '/administration/arrangorer/[id]', en: '/admin/organizations/[id]' },
    '/admin/mappings': { fi: '/hallinta/koodit', sv: '/administration/koder', en: '/admin/mappings' },
    '/admin/audit': { fi: '/hallinta/muutosloki', sv: '/administration/andringslogg', en: '/admin/audit' },
    '/admin/sync': { fi: '/hallinta/synkronointi', sv: '/administration/synkronisering', en: '/admin/sync' },
    '/admin/sync/[id]': { fi: '/hallinta/synkronointi/[id]', sv: '/administration/synkronisering/[id]', en: '/admin/sync/[id]' },
    '/admin/insight': { fi: '/hallinta/hakutilastot', sv: '/administration/sokstatistik', en: '/admin/insight' },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
