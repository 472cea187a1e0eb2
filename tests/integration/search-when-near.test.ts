import { beforeAll, describe, expect, it } from 'vitest';
import { GET as activities } from '@/app/api/v1/activities/route';
import { writeDemoCatalogue } from '@/server/demo/write';
import { runSearch } from '@/server/search/results';
import { WEEKDAYS } from '@/lib/search/filters';
import { getCalendar } from '@/server/calendar/queries';
import { searchMapPoints } from '@/server/map/points';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();

// Wednesday 2026-11-25, noon in Helsinki (UTC+2).
const now = new Date('2026-11-25T10:00:00Z');

let seq = 0;
async function activity(
  titleFi: string,
  occurrence: [string, string | null] | null,
  place?: { municipality: string; latitude: number; longitude: number },
) {
  seq += 1;
  const starts = occurrence ? new Date(occurrence[0]) : null;
  return db.current.prisma.activity.create({
    data: {
      slug: `when-${seq}`,
      status: 'PUBLISHED',
      providerType: 'ASSOCIATION',
      publishedAt: now,
      titleFi,
      nextOccurrenceAt: starts,
      ...(occurrence
        ? {
            schedules: { create: [{ kind: 'ONE_OFF', startsAt: starts, endsAt: occurrence[1] ? new Date(occurrence[1]) : null }] },
            occurrences: { create: [{ startsAt: starts!, endsAt: occurrence[1] ? new Date(occurrence[1]) : null }] },
          }
        : {}),
      ...(place
        ? {
            municipalities: { create: [{ municipalityCode: place.municipality }] },
            channels: {
              create: [{ type: 'PLACE', municipalityCode: place.municipality, latitude: place.latitude, longitude: place.longitude }],
            },
          }
        : {}),
    },
  });
}

const search = async (raw: Record<string, string | string[]>) =>
  (await runSearch({ q: 'Qzz', ...raw }, { locale: 'fi', now })).cards.map((card) => card.title.text);

beforeAll(async () => {
  await writeDemoCatalogue(db.current.database.executor, { count: 80, seed: 3, now });
  // Saturday 09:00–10:00, in Raahe.
  await activity('Lauantaiaamun lenkki Qzz', ['2026-11-28T07:00:00Z', '2026-11-28T08:00:00Z'], {
    municipality: '678',
    latitude: 64.684,
    longitude: 24.479,
  });
  // Wednesday 18:00–20:00, in Kempele.
  await activity('Keskiviikon iltapiiri Qzz', ['2026-11-25T16:00:00Z', '2026-11-25T18:00:00Z'], {
    municipality: '244',
    latitude: 64.912,
    longitude: 25.508,
  });
  // Wednesday 11:00–14:00: under way at noon, in Oulu.
  await activity('Avoin olohuone Qzz', ['2026-11-25T09:00:00Z', '2026-11-25T12:00:00Z'], {
    municipality: '564',
    latitude: 65.013,
    longitude: 25.472,
  });
  // Started at 11:00 with no end given: not known to be open.
  await activity('Päättymätön tilaisuus Qzz', ['2026-11-25T09:00:00Z', null]);
  // No dates, no place.
  await activity('Aina saatavilla Qzz', null);
});

describe('weekday and time of day', () => {
  it('finds activities by the weekday of an occurrence still to come or under way', async () => {
    expect(await search({ day: 'sat' })).toEqual(['Lauantaiaamun lenkki Qzz']);
    // The open-ended one started at 11:00 and is not known to last: it is past.
    expect((await search({ day: 'wed' })).sort()).toEqual(['Avoin olohuone Qzz', 'Keskiviikon iltapiiri Qzz']);
    expect(await search({ day: 'sun' })).toEqual([]);
  });

  it('finds activities by the part of the day they start in', async () => {
    expect((await search({ time: 'morning' })).sort()).toEqual(['Avoin olohuone Qzz', 'Lauantaiaamun lenkki Qzz']);
    expect(await search({ time: 'evening' })).toEqual(['Keskiviikon iltapiiri Qzz']);
    expect((await search({ time: ['morning', 'evening'] })).sort()).toEqual(
      ['Avoin olohuone Qzz', 'Keskiviikon iltapiiri Qzz', 'Lauantaiaamun lenkki Qzz'],
    );
  });

  it('asks weekday, time and dates of one and the same occurrence', async () => {
    expect(await search({ day: 'sat', time: 'evening' })).toEqual([]);
    expect(await search({ date: 'today', time: 'evening' })).toEqual(['Keskiviikon iltapiiri Qzz']);
    expect(await search({ date: 'weekend' })).toEqual(['Lauantaiaamun lenkki Qzz']);
    expect(await search({ date: 'weekend', time: 'evening' })).toEqual([]);
  });

  it('finds what is under way now, and not an occurrence whose end is unknown', async () => {
    expect(await search({ open: '1' })).toEqual(['Avoin olohuone Qzz']);
  });
});

describe('nearest first', () => {
  it('orders by distance from a municipality centre, places unknown last', async () => {
    const fromRaahe = await search({ near: 'raahe' });
    expect(fromRaahe.slice(0, 3)).toEqual(['Lauantaiaamun lenkki Qzz', 'Keskiviikon iltapiiri Qzz', 'Avoin olohuone Qzz']);
    expect(fromRaahe).toHaveLength(5);
    const fromOulu = await search({ near: 'oulu' });
    expect(fromOulu.slice(0, 3)).toEqual(['Avoin olohuone Qzz', 'Keskiviikon iltapiiri Qzz', 'Lauantaiaamun lenkki Qzz']);
  });

  it('orders by distance from a point the browser gave', async () => {
    // Just outside Kempele.
    expect((await search({ near: '64.9,25.5' }))[0]).toBe('Keskiviikon iltapiiri Qzz');
  });

  it('never records a point in the search log', async () => {
    await runSearch({ q: 'Qzz', near: '64.9,25.5' }, { locale: 'fi', now, record: (write) => void write() });
    // Recording does not wait for the insert.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await db.current.prisma.searchLog.findMany({ where: { query: 'Qzz' } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.stringify(row.filters)).not.toContain('64.9');
  });
});

describe('the map and the calendar', () => {
  it('gives the map the places of every match, and counts those without one', async () => {
    const map = await searchMapPoints({ q: 'Qzz' }, 'fi', now);
    expect(map.points.map((point) => point.title).sort()).toEqual(
      ['Avoin olohuone Qzz', 'Keskiviikon iltapiiri Qzz', 'Lauantaiaamun lenkki Qzz'],
    );
    expect(map.withoutPlace).toBe(2);
    const raahe = map.points.find((point) => point.title.startsWith('Lauantai'))!;
    expect([raahe.lat, raahe.lon]).toEqual([64.684, 24.479]);
    expect(raahe.href).toMatch(/^\/fi\/toiminta\/when-\d+$/);
  });

  it("lays a week's dated occurrences out by day, with the same filters", async () => {
    const week = await getCalendar({ q: 'Qzz', start: '2026-11-25' }, 'fi', now);
    expect(week.window.period).toBe('week');
    expect(week.days.get('2026-11-25')?.map((event) => event.title)).toEqual([
      'Avoin olohuone Qzz',
      'Päättymätön tilaisuus Qzz',
      'Keskiviikon iltapiiri Qzz',
    ]);
    expect(week.days.get('2026-11-28')?.map((event) => event.title)).toEqual(['Lauantaiaamun lenkki Qzz']);
    const evenings = await getCalendar({ q: 'Qzz', start: '2026-11-25', time: 'evening' }, 'sv', now);
    expect([...evenings.days.values()].flat().map((event) => event.title)).toEqual(['Keskiviikon iltapiiri Qzz']);
    // A month starting the week before, to the Sunday after the 31st; nothing in December.
    const december = await getCalendar({ q: 'Qzz', period: 'month', start: '2026-12-10' }, 'fi', now);
    expect(december.total).toBe(0);
    expect(december.ignored).toEqual([]);
  });
});

describe('the open API', () => {
  const call = (query: string) =>
    activities(new Request(`http://localhost/api/v1/activities?${query}`));

  beforeAll(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '100000';
  });

  it('accepts the new filters and sorts nearest first', async () => {
    // The API searches at the real time: an activity on tomorrow's weekday, two days from now at the latest.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const weekday = WEEKDAYS[(tomorrow.getUTCDay() + 6) % 7]!;
    await activity('Huomisen kerho Qzz', [tomorrow.toISOString(), new Date(tomorrow.getTime() + 3_600_000).toISOString()]);
    const response = await call(`q=Qzz&day=${weekday}&locale=fi`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { title: string }[] };
    expect(body.data.map((item) => item.title)).toContain('Huomisen kerho Qzz');

    const near = (await (await call('q=Qzz&near=raahe&locale=fi')).json()) as { data: { title: string }[] };
    expect(near.data[0]!.title).toBe('Lauantaiaamun lenkki Qzz');
  });

  it.each(['day=someday', 'time=night', 'near=atlantis', 'sort=nearest', 'open=maybe'])(
    'answers %s with a problem document naming the parameter',
    async (query) => {
      const response = await call(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { parameter: string }[] };
      expect(body.errors[0]!.parameter).toBe(query.split('=')[0]);
    },
  );
});
