import 'server-only';
import { getPrisma } from '@/server/db';
import { getEnv } from '@/server/env';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { pickLocalized } from '@/lib/i18n/localized';
import { buildActivityCalendar } from '@/lib/ical/calendar';
import { richTextToPlain } from '@/lib/text/rich-text';

export type ActivityCalendarResult =
  | { status: 'ok'; ics: string }
  | { status: 'not-found' }
  | { status: 'no-schedule' };

function address(channel: {
  nameFi: string | null;
  nameSv: string | null;
  streetAddressFi: string | null;
  streetAddressSv: string | null;
  postalCode: string | null;
  postOfficeFi: string | null;
  postOfficeSv: string | null;
}, lang: Locale): string | null {
  const sv = lang === 'sv';
  const name = (sv ? channel.nameSv : channel.nameFi) ?? channel.nameFi ?? channel.nameSv;
  const street = (sv ? channel.streetAddressSv : null) ?? channel.streetAddressFi ?? channel.streetAddressSv;
  const postOffice = (sv ? channel.postOfficeSv : null) ?? channel.postOfficeFi ?? channel.postOfficeSv;
  if (!street) return null;
  const town = [channel.postalCode, postOffice].filter(Boolean).join(' ');
  return [name, street, town].filter(Boolean).join(', ');
}

/** A published activity's schedules as an iCalendar file, with texts in `lang`. */
export async function getActivityCalendar(slug: string, lang: Locale, now = new Date()): Promise<ActivityCalendarResult> {
  const prisma = await getPrisma();
  const row = await prisma.activity.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      slug: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      summaryFi: true,
      summarySv: true,
      summaryEn: true,
      channels: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] },
      schedules: { orderBy: [{ kind: 'asc' }, { id: 'asc' }] },
    },
  });
  const title = row ? pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, lang) : null;
  if (!row || !title) return { status: 'not-found' };

  const summary = pickLocalized({ fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn }, lang);
  const channelAddress = new Map(row.channels.map((channel) => [channel.id, address(channel, lang)]));
  const defaultLocation = row.channels.map((channel) => channelAddress.get(channel.id)).find(Boolean) ?? null;
  const url = `${getEnv().PUBLIC_BASE_URL}${getPathname({ href: { pathname: '/activities/[slug]', params: { slug: row.slug } }, locale: lang })}`;

  const ics = buildActivityCalendar(
    {
      title: title.text,
      description: summary ? richTextToPlain(summary.text) : null,
      url,
      location: defaultLocation,
      schedules: row.schedules.map((schedule) => ({
        ...schedule,
        location: schedule.channelId ? (channelAddress.get(schedule.channelId) ?? null) : null,
        note: pickLocalized({ fi: schedule.noteFi, sv: schedule.noteSv, en: schedule.noteEn }, lang)?.text ?? null,
      })),
    },
    { now, uidDomain: new URL(getEnv().PUBLIC_BASE_URL).hostname },
  );
  return ics ? { status: 'ok', ics } : { status: 'no-schedule' };
}
