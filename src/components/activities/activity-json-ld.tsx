import { schemaTime, serializeJsonLd } from '@/lib/seo/json-ld';
import { richTextToPlain } from '@/lib/text/rich-text';
import type { ActivityChannelView, ActivityPageData } from '@/server/activities/activity-page';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const REPEAT: Record<'DAILY' | 'WEEKLY' | 'MONTHLY', string> = { DAILY: 'D', WEEKLY: 'W', MONTHLY: 'M' };

interface JsonLdLinks {
  /** The activity page's absolute URL. */
  url: string;
  /** The organiser page's absolute URL. */
  organizationUrl: string | null;
}

function place(channel: ActivityChannelView) {
  if (channel.type === 'ONLINE' || channel.type === 'PHONE') {
    return channel.url ? { '@type': 'VirtualLocation', url: channel.url } : null;
  }
  if (!channel.streetAddress && !channel.municipality) return null;
  return {
    '@type': 'Place',
    ...(channel.name ? { name: channel.name.text } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(channel.streetAddress ? { streetAddress: channel.streetAddress } : {}),
      ...(channel.postalCode ? { postalCode: channel.postalCode } : {}),
      addressLocality: channel.postOffice ?? channel.municipality,
      addressCountry: 'FI',
    },
    ...(channel.latitude !== null && channel.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: channel.latitude, longitude: channel.longitude } }
      : {}),
  };
}

function attendanceMode(channels: ActivityChannelView[]): string {
  const physical = channels.some((c) => c.type === 'PLACE' || c.type === 'HYBRID');
  const online = channels.some((c) => c.type === 'ONLINE' || c.type === 'PHONE' || c.type === 'HYBRID');
  const mode = physical && online ? 'Mixed' : online ? 'Online' : 'Offline';
  return `https://schema.org/${mode}EventAttendanceMode`;
}

/**
 * schema.org data for the page: an Event when the activity has a coming date (with an
 * eventSchedule for repeating ones), otherwise a Service (open-ended or by appointment).
 */
export function activityJsonLd(activity: ActivityPageData, links: JsonLdLinks): Record<string, unknown> {
  const description = activity.summary?.text ?? (activity.description ? richTextToPlain(activity.description.text) : null);
  const organizer = activity.organization
    ? {
        '@type': 'Organization',
        name: activity.organization.name.text,
        ...(links.organizationUrl ? { url: links.organizationUrl } : {}),
      }
    : null;
  const locations = activity.channels.map(place).filter((p) => p !== null);
  const offers = activity.price.isFree
    ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: links.url }
    : activity.price.note
      ? { '@type': 'Offer', description: richTextToPlain(activity.price.note.text), url: links.url }
      : null;
  const common = {
    '@context': 'https://schema.org',
    name: activity.title.text,
    ...(description ? { description } : {}),
    url: links.url,
    ...(activity.image ? { image: activity.image.url } : {}),
  };

  const next = activity.upcoming[0];
  if (!next) {
    return {
      ...common,
      '@type': 'Service',
      ...(organizer ? { provider: organizer } : {}),
      areaServed: activity.isRegionWide
        ? { '@type': 'AdministrativeArea', name: { fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', en: 'North Ostrobothnia' }[activity.locale] }
        : activity.municipalities.map((name) => ({ '@type': 'AdministrativeArea', name })),
      ...(offers ? { offers } : {}),
    };
  }

  const schedules = activity.schedules.flatMap((schedule) => {
    const rule = schedule.recurrence;
    if (!rule || !rule.startTime) return [];
    return [
      {
        '@type': 'Schedule',
        repeatFrequency: `P${rule.interval}${REPEAT[rule.frequency]}`,
        ...(rule.weekdays.length > 0
          ? { byDay: rule.weekdays.map((day) => `https://schema.org/${SCHEMA_DAYS[day - 1]}`) }
          : {}),
        startTime: schemaTime(rule.startTime),
        ...(rule.endTime ? { endTime: schemaTime(rule.endTime) } : {}),
        ...(schedule.validFrom ? { startDate: schedule.validFrom } : {}),
        ...(schedule.validUntil ? { endDate: schedule.validUntil } : {}),
        ...(schedule.excludedDates.length > 0 ? { exceptDate: schedule.excludedDates } : {}),
        scheduleTimezone: schedule.timeZone,
      },
    ];
  });

  return {
    ...common,
    '@type': 'Event',
    startDate: next.startsAt.toISOString(),
    ...(next.endsAt ? { endDate: next.endsAt.toISOString() } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceMode(activity.channels),
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    ...(organizer ? { organizer } : {}),
    isAccessibleForFree: activity.price.isFree,
    ...(activity.languageCodes.length > 0 ? { inLanguage: activity.languageCodes } : {}),
    ...(offers ? { offers } : {}),
    ...(schedules.length > 0 ? { eventSchedule: schedules } : {}),
  };
}

export function ActivityJsonLd({ activity, links }: { activity: ActivityPageData; links: JsonLdLinks }) {
  return (
    <script
      type="application/ld+json"
      // serializeJsonLd escapes "<", so the data cannot end the script element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(activityJsonLd(activity, links)) }}
    />
  );
}
