import { getTranslations } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { termName } from '@/lib/i18n/localized';
import type { ActivityCardData } from '@/server/activities/queries';
import { getFrontPageCatalogue, listFeaturedActivities, type FrontPageCatalogue } from '@/server/catalogue/front-page';
import { slugOf } from '@/server/catalogue/terms';
import { getTaxonomies, type Taxonomies } from '@/server/taxonomies/queries';
import { ActivityCard } from '@/components/activities/activity-card';
import { ResultList } from '@/components/search/result-list';
import { MunicipalityPicker } from './municipality-picker';
import { ServicePath } from './service-path';
import { ThemeGrid } from './theme-grid';

const FEATURED_COUNT = 3;
const UPCOMING_COUNT = 4;

/**
 * The front page's ways into the catalogue: themes, the service path, municipalities,
 * featured and upcoming activities. A database failure leaves these out instead of
 * taking the front page down.
 */
export async function FrontPageCatalogueSections({ locale }: { locale: Locale }) {
  let loaded: { taxonomies: Taxonomies; catalogue: FrontPageCatalogue; featured: ActivityCardData[] } | null;
  try {
    const [taxonomies, catalogue, featured] = await Promise.all([
      getTaxonomies(),
      getFrontPageCatalogue(locale, UPCOMING_COUNT),
      listFeaturedActivities({ locale, limit: FEATURED_COUNT }),
    ]);
    loaded = { taxonomies, catalogue, featured };
  } catch (error) {
    unstable_rethrow(error);
    console.error('Could not load the catalogue for the front page.', error);
    loaded = null;
  }
  if (!loaded) return null;

  const { taxonomies, catalogue, featured } = loaded;
  const [t, stagesT] = await Promise.all([getTranslations('Home'), getTranslations('Stages')]);
  const name = (term: { nameFi: string; nameSv: string; nameEn: string }) => termName(term, locale);
  const themes = taxonomies.themes.map((theme) => ({
    code: theme.code,
    number: theme.number,
    name: name(theme),
    slug: slugOf(theme, locale),
    count: catalogue.themeCounts[theme.code] ?? 0,
  }));
  const stages = taxonomies.stages.map((stage) => ({
    code: stage.code,
    number: stage.number,
    name: name(stage),
    slug: slugOf(stage, locale),
  }));
  const collator = new Intl.Collator(locale);
  const areas = taxonomies.areas.map((area) => ({
    code: area.code,
    name: name(area),
    municipalities: taxonomies.municipalities
      .filter((municipality) => municipality.areaCode === area.code)
      .map((municipality) => ({ slug: municipality.slug, name: name(municipality) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));

  return (
    <>
      <section aria-labelledby="themes-heading" className="mx-auto max-w-5xl px-4 pt-10">
        <h2 id="themes-heading" className="text-2xl font-bold">
          {t('themesTitle')}
        </h2>
        <p className="mt-1 text-muted">{t('themesIntro')}</p>
        <ThemeGrid themes={themes} />
      </section>
      <section aria-labelledby="path-heading" className="mx-auto max-w-5xl px-4 pt-10">
        <h2 id="path-heading" className="text-2xl font-bold">
          {stagesT('pathTitle')}
        </h2>
        <p className="mt-1 max-w-2xl text-muted">{stagesT('pathIntro')}</p>
        <ServicePath stages={stages} />
      </section>
      <section aria-labelledby="municipality-heading" className="mx-auto max-w-5xl px-4 pt-10">
        <h2 id="municipality-heading" className="text-2xl font-bold">
          {t('municipalityTitle')}
        </h2>
        <MunicipalityPicker areas={areas} />
      </section>
      {featured.length > 0 ? (
        <section aria-labelledby="featured-heading" className="mx-auto max-w-5xl px-4 pt-10">
          <h2 id="featured-heading" className="text-2xl font-bold">
            {t('featuredTitle')}
          </h2>
          <p className="mt-1 text-muted">{t('featuredIntro')}</p>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {featured.map((activity) => (
              <li key={activity.slug}>
                <ActivityCard activity={activity} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {catalogue.upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-heading" className="mx-auto max-w-5xl px-4 pt-10">
          <h2 id="upcoming-heading" className="text-2xl font-bold">
            {t('upcomingTitle')}
          </h2>
          <p className="mt-1 text-muted">{t('upcomingIntro')}</p>
          <ResultList cards={catalogue.upcoming} locale={locale} twoColumns />
          <p className="mt-4">
            <Link href={{ pathname: '/search', query: { sort: 'soonest' } }} className="font-semibold">
              {t('upcomingAll')}
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
