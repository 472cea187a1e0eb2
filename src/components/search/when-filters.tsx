import { getTranslations } from 'next-intl/server';
import { TIMES_OF_DAY, TIME_OF_DAY_HOURS, WEEKDAYS, type SearchFilters } from '@/lib/search/filters';

const pad = (hour: number) => String(hour % 24).padStart(2, '0');

/** Weekday, time-of-day and "open now" checkboxes, with the hours each part of the day means. */
export async function WhenFilterFields({ filters, withOpen = true }: { filters: SearchFilters; withOpen?: boolean }) {
  const t = await getTranslations('Search');
  const box = 'mt-1.5 size-4 shrink-0 accent-primary';
  return (
    <>
      <fieldset>
        <legend className="mb-1 font-bold">{t('facets.day')}</legend>
        <div className="grid grid-cols-2 gap-x-2">
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex min-h-8 items-start gap-2 py-0.5">
              <input type="checkbox" name="day" value={day} defaultChecked={filters.day.includes(day)} className={box} />
              <span>{t(`weekdays.${day}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby="time-hint">
        <legend className="mb-1 font-bold">{t('facets.time')}</legend>
        <p id="time-hint" className="text-sm text-muted">
          {t('timeHint')}
        </p>
        {TIMES_OF_DAY.map((time) => {
          const [from, to] = TIME_OF_DAY_HOURS[time];
          return (
            <label key={time} className="flex min-h-8 items-start gap-2 py-0.5">
              <input type="checkbox" name="time" value={time} defaultChecked={filters.time.includes(time)} className={box} />
              <span>
                {t(`times.${time}`)} <span className="text-muted">({t('timeHours', { from: pad(from), to: pad(to) })})</span>
              </span>
            </label>
          );
        })}
        {withOpen ? (
          <>
            <label className="mt-2 flex min-h-8 items-start gap-2 py-0.5">
              <input
                type="checkbox"
                name="open"
                value="1"
                defaultChecked={filters.open}
                aria-describedby="open-hint"
                className={box}
              />
              <span className="font-semibold">{t('openNow')}</span>
            </label>
            <p id="open-hint" className="text-sm text-muted">
              {t('openNowHint')}
            </p>
          </>
        ) : null}
      </fieldset>
    </>
  );
}
