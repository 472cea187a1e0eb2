import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { DATE_PRESETS, type SearchFilters } from '@/lib/search/filters';
import type { FacetGroup, FacetOption } from '@/server/search/results';
import { WhenFilterFields } from './when-filters';

export interface PlaceArea {
  code: string;
  name: string;
  municipalitySlugs: string[];
}

interface SearchFiltersProps {
  filters: SearchFilters;
  facets: FacetGroup[];
  /** Areas in order, with their municipalities, to group the place options. */
  areas: PlaceArea[];
}

type SimpleGroup = 'theme' | 'stage' | 'age' | 'type' | 'provider' | 'lang' | 'access';

/**
 * The filters as fieldsets of checkboxes with counts. On small screens they sit in a
 * disclosure; on wide screens they are shown beside the results.
 */
export async function SearchFilterFields({ filters, facets, areas }: SearchFiltersProps) {
  const t = await getTranslations('Search');
  const byDimension = new Map(facets.map((group) => [group.dimension, group.options]));
  const optionsOf = (dimension: FacetGroup['dimension']) => byDimension.get(dimension) ?? [];
  const labelOf = (dimension: FacetGroup['dimension'], option: FacetOption) =>
    dimension === 'provider' ? t(`providers.${option.value}`) : option.label;

  const municipalities = new Map(optionsOf('municipality').map((option) => [option.value, option]));
  const remote = optionsOf('remote')[0];
  const free = optionsOf('free')[0];
  const range = filters.date && !('preset' in filters.date) ? filters.date : null;
  const preset = filters.date && 'preset' in filters.date ? filters.date.preset : range ? 'range' : '';

  const group = (dimension: SimpleGroup) => {
    const options = optionsOf(dimension);
    if (options.length === 0) return null;
    return (
      <Fieldset key={dimension} legend={t(`facets.${dimension}`)}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            name={dimension}
            option={option}
            label={labelOf(dimension, option)}
          />
        ))}
      </Fieldset>
    );
  };

  return (
    <details className="filters-disclosure group mb-6 rounded-lg border border-line bg-white lg:mb-0 lg:border-0 lg:bg-transparent">
      <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-4 [&::-webkit-details-marker]:hidden text-lg font-semibold">
        <span aria-hidden="true" className="text-primary transition-transform group-open:rotate-90">
          ▸
        </span>
        {t('filtersTitle')}
      </summary>
      <div className="grid gap-5 px-4 pb-4 lg:px-0">
        {group('theme')}
        {group('stage')}
        <Fieldset legend={t('facets.place')}>
          {remote ? <Checkbox name="remote" option={remote} label={t('remoteOption')} /> : null}
          {areas.map((area) => {
            const options = area.municipalitySlugs.flatMap((slug) => municipalities.get(slug) ?? []);
            if (options.length === 0) return null;
            return (
              // A labelled group, not a fieldset inside the place fieldset: screen readers
              // announced nested fieldsets' legends clumsily or not at all.
              <div key={area.code} role="group" aria-labelledby={`area-${area.code}`} className="mt-2">
                <p id={`area-${area.code}`} className="text-sm font-semibold text-muted">
                  {area.name}
                </p>
                {options.map((option) => (
                  <Checkbox key={option.value} name="municipality" option={option} label={option.label} />
                ))}
              </div>
            );
          })}
        </Fieldset>
        {group('age')}
        {group('type')}
        {group('provider')}
        {free ? (
          <Fieldset legend={t('facets.free')}>
            <Checkbox name="free" option={free} label={t('freeOption')} />
          </Fieldset>
        ) : null}
        {group('lang')}
        {group('access')}
        <Fieldset legend={t('facets.date')}>
          {['', ...DATE_PRESETS, 'range'].map((value) => (
            <label key={value || 'any'} className="flex min-h-8 items-start gap-2 py-0.5">
              <input
                type="radio"
                name="date"
                value={value}
                defaultChecked={preset === value}
                className="mt-1.5 size-4 shrink-0 accent-primary"
              />
              <span>{t(`dates.${value || 'any'}`)}</span>
            </label>
          ))}
          <div className="mt-2 grid grid-cols-2 gap-2">
            <label className="text-sm font-semibold">
              {t('dates.from')}
              <input
                type="date"
                name="from"
                defaultValue={range?.from ?? ''}
                className="mt-1 block min-h-11 w-full rounded-md border border-muted bg-white px-2 font-normal"
              />
            </label>
            <label className="text-sm font-semibold">
              {t('dates.to')}
              <input
                type="date"
                name="to"
                defaultValue={range?.to ?? ''}
                className="mt-1 block min-h-11 w-full rounded-md border border-muted bg-white px-2 font-normal"
              />
            </label>
          </div>
        </Fieldset>
        <WhenFilterFields filters={filters} />
        <button
          type="submit"
          className="min-h-12 rounded-md bg-primary px-5 font-semibold text-on-primary hover:bg-primary-strong"
        >
          {t('applyFilters')}
        </button>
      </div>
    </details>
  );
}

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-1 font-bold">{legend}</legend>
      {children}
    </fieldset>
  );
}

function Checkbox({ name, option, label }: { name: string; option: FacetOption; label: string }) {
  return (
    <label className="flex min-h-8 items-start gap-2 py-0.5">
      <input
        type="checkbox"
        name={name}
        value={option.value}
        defaultChecked={option.selected}
        className="mt-1.5 size-4 shrink-0 accent-primary"
      />
      <span>
        {label} <span className="text-muted">({option.count})</span>
      </span>
    </label>
  );
}
