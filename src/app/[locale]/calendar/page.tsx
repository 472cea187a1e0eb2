import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { queryObject } from '@/lib/catalogue/query';
import { toSearchParams, type RawSearchParams, type SearchFilters } from '@/lib/search/filters';
import { isoWeekNumber, PERIODS } from '@/lib/calendar/period';
import { DEFAULT_TIME_ZONE, dayToIsoDate, localDayOf } from '@/lib/schedule/occurrences';
import { formatDayRange } from '@/lib/schedule/format';
import { getCalendar } from '@/server/calendar/queries';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { calendarQuery, MonthView, WeekView } from '@/components/calendar/calendar-views';
import { WhenFilterFields } from '@/components/search/when-filters';

interface CalendarPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params, searchParams }: CalendarPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Calendar' });
  const filtered = Object.values(await searchParams).some((value) => value !== undefined && value !== '');
  return {
    title: t('metaTitle'),
    description: t('intro'),
    robots: filtered ? { index: false, follow: true } : undefined,
    alternates: { canonical: getPathname({ locale, href: '/calendar' }) },
  };
}

/** Filters the calendar form does not show, kept as hidden fields so that a submit keeps them. */
function hiddenFilters(filters: SearchFilters, shown: ReadonlySet<string>): [string, string][] {
  return [...toSearchParams({ ...filters, page: 1, view: 'list' }).entries()].filter(([key]) => !shown.has(key));
}

export default async function CalendarPage({ params, searchParams }: CalendarPageProps) {
  const { locale: requested } = await params;
  if (!hasLocale(routing.locales, requested)) notFound();
  const locale: Locale = requested;
  setRequestLocale(locale);
  const now = new Date();
  const [t, tSearch, format, data, taxonomies] = await Promise.all([
    getTranslations('Calendar'),
    getTranslations('Search'),
    getFormatter(),
    searchParams.then((raw) => getCalendar(raw, locale, now)),
    getTaxonomies(),
  ]);
  const { window, filters } = data;
  const today = dayToIsoDate(localDayOf(now.getTime(), DEFAULT_TIME_ZONE));
  const base = toSearchParams({ ...filters, page: 1, view: 'list' });
  const query = calendarQuery(base);
  const dayDate = (day: number) => new Date(day * 86_400_000 + 12 * 3_600_000);
  const heading =
    window.period === 'week'
      ? t('weekHeading', {
          week: isoWeekNumber(window.firstDay),
          range: formatDayRange(window.firstDay, window.lastDay, locale),
        })
      : format.dateTime(dayDate(window.monthFirstDay), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const name = (term: { nameFi: string; nameSv: string; nameEn: string }) =>
    ({ fi: term.nameFi, sv: term.nameSv, en: term.nameEn })[locale];
  const collator = new Intl.Collator(locale);
  const municipalities = [...taxonomies.municipalities].sort((a, b) => collator.compare(name(a), name(b)));
  const shown = new Set(['q', 'day', 'time']);
  const singleMunicipality = filters.municipality.length <= 1;
  const singleTheme = filters.theme.length <= 1;
  if (singleMunicipality) shown.add('municipality');
  if (singleTheme) shown.add('theme');
  const paramName = (param: string) =>
    param === 'period' || param === 'start'
      ? t(`params.${param}`)
      : tSearch.has(`ignored.params.${param}`)
        ? tSearch(`ignored.params.${param}`)
        : param;
  const field = 'mt-1 block min-h-11 w-full rounded-md border border-muted bg-white px-3 font-normal';
  const linkButton = 'inline-flex min-h-11 items-center rounded-md border border-primary bg-white px-4 font-semibold no-underline hover:bg-tint';

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-2xl text-lg">{t('intro')}</p>

      <div className="mt-6 gap-8 lg:grid lg:grid-cols-[18rem_minmax(0,1fr)]">
        <form action={getPathname({ locale, href: '/calendar' })} method="get" aria-labelledby="calendar-filters" className="grid content-start gap-4">
          <h2 id="calendar-filters" className="text-xl font-bold">
            {t('filters')}
          </h2>
          <input type="hidden" name="period" value={window.period} />
          <input type="hidden" name="start" value={window.start} />
          {hiddenFilters(filters, shown).map(([key, value]) => (
            <input key={`${key}=${value}`} type="hidden" name={key} value={value} />
          ))}
          <label className="font-semibold">
            {t('search')}
            <input type="search" name="q" defaultValue={filters.q} className={field} />
          </label>
          {singleMunicipality ? (
            <label className="font-semibold">
              {t('municipality')}
              <select name="municipality" defaultValue={filters.municipality[0] ?? ''} className={field}>
                <option value="">{t('anyMunicipality')}</option>
                {municipalities.map((m) => (
                  <option key={m.slug} value={m.slug}>
                    {name(m)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {singleTheme ? (
            <label className="font-semibold">
              {t('theme')}
              <select name="theme" defaultValue={filters.theme[0] ?? ''} className={field}>
                <option value="">{t('anyTheme')}</option>
                {taxonomies.themes.map((theme) => (
                  <option key={theme.code} value={theme.code}>
                    {name(theme)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <WhenFilterFields filters={filters} withOpen={false} />
          <button type="submit" className="min-h-12 rounded-md bg-primary px-5 font-semibold text-on-primary hover:bg-primary-strong">
            {t('apply')}
          </button>
          <p>
            <Link href={{ pathname: '/search', query: queryObject(base) }}>{t('toSearch')}</Link>
          </p>
        </form>

        <section aria-labelledby="calendar-heading" className="mt-8 min-w-0 lg:mt-0">
          <nav aria-label={t('navigation')} className="flex flex-wrap items-center gap-2">
            <ul className="inline-flex overflow-hidden rounded-md border border-primary" aria-label={t('periodLabel')}>
              {PERIODS.map((period) => (
                <li key={period}>
                  <Link
                    href={{ pathname: '/calendar', query: query(period, window.start) }}
                    aria-current={period === window.period ? 'page' : undefined}
                    className={`inline-flex min-h-11 items-center px-4 font-semibold no-underline ${
                      period === window.period ? 'bg-primary text-on-primary' : 'bg-white text-primary hover:bg-tint'
                    }`}
                  >
                    {t(period)}
                  </Link>
                </li>
              ))}
            </ul>
            <Link href={{ pathname: '/calendar', query: query(window.period, window.previous) }} className={linkButton}>
              <span aria-hidden="true">←&nbsp;</span>
              {t(window.period === 'week' ? 'previousWeek' : 'previousMonth')}
            </Link>
            <Link href={{ pathname: '/calendar', query: query(window.period, today) }} className={linkButton}>
              {t('current')}
            </Link>
            <Link href={{ pathname: '/calendar', query: query(window.period, window.next) }} className={linkButton}>
              {t(window.period === 'week' ? 'nextWeek' : 'nextMonth')}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </nav>
          <h2 id="calendar-heading" className="mt-6 text-2xl font-bold first-letter:uppercase">
            {heading}
          </h2>
          <p role="status" className="mt-1 text-lg" data-testid="calendar-count">
            {t('count', { count: data.total })}
          </p>
          {data.ignored.length > 0 ? (
            <p className="mt-2 rounded-lg border border-on-notice/30 bg-notice p-4 text-on-notice">
              {t('invalid', {
                params: [...new Set(data.ignored.map((item) => paramName(item.param)))].join(', '),
              })}
            </p>
          ) : null}
          {data.truncated ? <p className="mt-2 rounded-lg border border-line bg-tint p-4">{t('truncated')}</p> : null}
          {window.period === 'week' ? (
            <WeekView data={data} today={today} />
          ) : (
            <MonthView data={data} today={today} query={query} caption={heading} />
          )}
        </section>
      </div>
    </div>
  );
}
