import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDay, formatTimeRange, type ScheduleLocale } from '@/lib/schedule/format';
import { DEFAULT_TIME_ZONE, dayNumber, timeZoneOffset } from '@/lib/schedule/occurrences';
import { Link } from '@/i18n/navigation';
import { queryObject } from '@/lib/catalogue/query';
import { weeksOf, type CalendarPeriod } from '@/lib/calendar/period';
import type { CalendarData, CalendarEvent } from '@/server/calendar/queries';

/** Events shown in one day of the month grid; the rest are behind a link to that week. */
const MONTH_CELL_EVENTS = 3;

type Query = (period: CalendarPeriod, start: string) => Record<string, string | string[]>;

/**
 * Times and dates the Finnish way in both languages (Intl's "sv" would write 18:00 and 23/11),
 * through the schedule formatters; weekday names from Intl, which agree.
 */
async function calendarFormats() {
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  const lang: ScheduleLocale = locale === 'sv' || locale === 'en' ? locale : 'fi';
  const minutes = (iso: string) => {
    const instant = Date.parse(iso);
    const local = instant + timeZoneOffset(instant, DEFAULT_TIME_ZONE);
    return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
  };
  const dayOf = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const weekday = (iso: string, style: 'short' | 'long') => format.dateTime(dayOf(iso), { weekday: style, timeZone: 'UTC' });
  return {
    span: (event: CalendarEvent) => formatTimeRange(minutes(event.startsAt), event.endsAt ? minutes(event.endsAt) : null, lang),
    start: (event: CalendarEvent) => formatTimeRange(minutes(event.startsAt), null, lang),
    longDay: (iso: string) => `${weekday(iso, 'long')} ${formatDay(dayNumber(iso))}`,
    weekday,
    dayNumber: (iso: string) => String(Number(iso.slice(8, 10))),
  };
}

function EventItem({ event, time }: { event: CalendarEvent; time: string }) {
  return (
    <li className="py-1">
      <span className="font-semibold tabular-nums">{time}</span>{' '}
      <a href={event.href} lang={event.titleLang ?? undefined}>
        {event.title}
      </a>
      {event.municipality ? <span className="text-muted"> · {event.municipality}</span> : null}
    </li>
  );
}

/** A week as a list of days, each a heading and its events in start order. */
export async function WeekView({ data, today }: { data: CalendarData; today: string }) {
  const [t, f] = await Promise.all([getTranslations('Calendar'), calendarFormats()]);
  const days = weeksOf(data.window)[0]!;
  return (
    <ol className="mt-4 grid gap-4" data-testid="calendar-week">
      {days.map((day) => {
        const events = data.days.get(day) ?? [];
        return (
          <li key={day} id={`day-${day}`} className="rounded-lg border border-line bg-white p-4">
            <h3 className="text-lg font-bold first-letter:uppercase">
              {f.longDay(day)}
              {day === today ? <span className="ml-2 text-sm font-semibold text-primary">({t('today')})</span> : null}
            </h3>
            {events.length === 0 ? (
              <p className="text-muted">{t('noEvents')}</p>
            ) : (
              <ul>
                {events.map((event) => (
                  <EventItem key={`${event.href}-${event.startsAt}`} event={event} time={f.span(event)} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A month as a table: weeks as rows, weekdays as columns, each day's first events in its cell. */
export async function MonthView({ data, today, query, caption }: { data: CalendarData; today: string; query: Query; caption: string }) {
  const [t, f] = await Promise.all([getTranslations('Calendar'), calendarFormats()]);
  const weeks = weeksOf(data.window);
  const { monthFirstDay, monthLastDay } = data.window;
  const inMonth = (iso: string) => {
    const day = Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    return day >= monthFirstDay && day <= monthLastDay;
  };
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[48rem] table-fixed border-collapse" data-testid="calendar-month">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {weeks[0]!.map((day) => (
              <th key={day} scope="col" abbr={f.weekday(day, 'long')} className="border border-line bg-tint p-2 text-left">
                {f.weekday(day, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const events = data.days.get(day) ?? [];
                const outside = !inMonth(day);
                return (
                  <td
                    key={day}
                    aria-current={day === today ? 'date' : undefined}
                    className={`h-28 border border-line p-2 align-top ${outside ? 'bg-tint text-muted' : 'bg-white'} ${
                      day === today ? 'outline-3 -outline-offset-3 outline-primary' : ''
                    }`}
                  >
                    <p className="font-bold">
                      <span aria-hidden="true">{f.dayNumber(day)}</span>
                      <span className="sr-only">{f.longDay(day)}</span>
                    </p>
                    {events.length > 0 ? (
                      <ul className="text-sm">
                        {events.slice(0, MONTH_CELL_EVENTS).map((event) => (
                          <EventItem key={`${event.href}-${event.startsAt}`} event={event} time={f.start(event)} />
                        ))}
                      </ul>
                    ) : null}
                    {events.length > MONTH_CELL_EVENTS ? (
                      <Link
                        href={{ pathname: '/calendar', query: query('week', day), hash: `day-${day}` }}
                        className="text-sm font-semibold"
                      >
                        {t('more', { count: events.length - MONTH_CELL_EVENTS })}
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function calendarQuery(base: URLSearchParams): Query {
  return (period, start) => {
    const params = new URLSearchParams(base);
    params.set('period', period);
    params.set('start', start);
    return queryObject(params);
  };
}
