import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

export interface AreaMunicipalities {
  code: string;
  name: string;
  municipalities: { slug: string; name: string }[];
}

/** A plain GET form to the search page with a municipality chosen from a list grouped by area. */
export async function MunicipalityPicker({ areas }: { areas: AreaMunicipalities[] }) {
  const [t, locale] = await Promise.all([getTranslations('Home'), getLocale()]);
  return (
    <form action={getPathname({ locale: locale as Locale, href: '/search' })} method="get" className="mt-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="front-municipality" className="block font-semibold">
          {t('municipalityLabel')}
        </label>
        <select
          id="front-municipality"
          name="municipality"
          className="mt-1 min-h-12 min-w-64 rounded-md border-2 border-muted bg-white px-3 text-lg"
        >
          <option value="">{t('municipalityAll')}</option>
          {areas.map((area) => (
            <optgroup key={area.code} label={area.name}>
              {area.municipalities.map((municipality) => (
                <option key={municipality.slug} value={municipality.slug}>
                  {municipality.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-12 rounded-md bg-primary px-6 text-lg font-semibold text-on-primary hover:bg-primary-strong"
      >
        {t('municipalityButton')}
      </button>
    </form>
  );
}
