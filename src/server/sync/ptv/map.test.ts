import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapContextFromDataFiles } from '../test-context';
import type { MapResult } from '../types';
import { mapPtvService } from './map';
import type { PtvApiVersion, PtvRawItem } from './schema';

const fixtures = path.resolve('tests/fixtures/ptv');
const read = (version: PtvApiVersion, file: string) => JSON.parse(readFileSync(path.join(fixtures, version, file), 'utf8'));
const listOf = (body: unknown) => (Array.isArray(body) ? body : (body as { items: unknown[] }).items) as { id: string }[];
const byId = (list: { id: string }[]) => new Map<string, unknown>(list.map((x) => [x.id, x]));
const context = mapContextFromDataFiles('PTV');

/** The raw items of one version's fixtures, as the client hands them to the mapper. */
function rawItems(version: PtvApiVersion, organizationId?: string): PtvRawItem[] {
  const page = read(version, 'services-page.json');
  const channels = byId(listOf(read(version, 'channels.json')));
  const organizations = byId(listOf(read(version, 'organizations.json')));
  const connections = version === 'v12' ? (read('v12', 'connections.json').items as { serviceId: string; serviceChannelId: string }[]) : [];
  return (page.itemList ?? page.items).map((service: { id: string }) => ({
    version,
    service,
    channelIds: version === 'v12' ? connections.filter((c) => c.serviceId === service.id).map((c) => c.serviceChannelId) : undefined,
    channels,
    organizations,
    organizationId,
  }));
}

const upsert = (result: MapResult) => {
  if (result.kind !== 'upsert') throw new Error(JSON.stringify(result));
  return result;
};

describe('mapPtvService (recorded v11 payloads)', () => {
  const items = rawItems('v11');

  it('maps a service with its location and phone channels', () => {
    const { activity, unknownCodes } = upsert(mapPtvService(items[0]!, context));
    expect(activity).toMatchObject({
      externalId: '6b1f2a4e-0c8d-4a51-9a4e-1d2c3b4a5f60',
      titleFi: 'Mielenterveys- ja päihdeneuvonta',
      titleEn: 'Mental health and substance abuse counselling',
      summaryFi: 'Matalan kynnyksen neuvontaa ilman lähetettä.',
      descriptionFi: '<p>Voit tulla keskustelemaan ilman ajanvarausta.</p><p>Palvelu on &lt;maksuton&gt; &amp; luottamuksellinen.</p>',
      registrationNoteFi: '<p>Soita ja varaa aika tai tule avovastaanotolle.</p>',
      providerType: 'POHDE',
      isFree: true,
      isRemote: true,
      municipalities: ['244', '564'],
      languages: ['fi', 'sv'],
      ageGroups: ['adults', 'teens', 'young-adults'],
      // "modified" is UTC without a zone designator.
      upstreamModifiedAt: '2026-03-02T08:15:00.000Z',
    });
    expect(activity.channels.map((c) => c.type)).toEqual(['PLACE', 'PHONE']);
    expect(activity.channels[0]).toMatchObject({
      nameSv: 'Mentalvårdspunkten Uleåborg',
      streetAddressFi: 'Esimerkkitie 3',
      streetAddressSv: 'Exempelvägen 3',
      postOfficeFi: 'OULU',
      municipalityCode: '564',
      phone: '+358400000010',
      url: 'https://pohde.example/mielenterveyspiste',
    });
    // The location came as EPSG:3067 metres ("7210517.711", "427974.222").
    expect(activity.channels[0]!.latitude).toBeCloseTo(65.0107, 4);
    expect(activity.channels[0]!.longitude).toBeCloseTo(25.4719, 4);
    expect(activity.channels[0]!.schedules.map((s) => [s.weekdays, s.startTime, s.endTime])).toEqual([
      [[1, 2, 3, 4], '08:00', '15:00'],
      [[5], '08:00', '14:00'],
    ]);
    expect(activity.contacts.map((c) => c.type)).toEqual(['EMAIL', 'PHONE', 'WEB', 'PHONE']);
    expect(activity.organization).toMatchObject({
      externalId: '0f4e8a2c-7b1d-4c3e-9a8b-5d6c7e8f9a01',
      nameFi: 'Pohjois-Pohjanmaan hyvinvointialue',
      nameSv: 'Välfärdsområdet Norra Österbotten',
      businessId: '9100003-4',
      providerType: 'POHDE',
    });
    expect(unknownCodes).toEqual([
      { field: 'targetGroup', code: 'KR9.9' },
      { field: 'serviceClass', code: 'P4.1' },
    ]);
  });

  it('maps a nationwide charged e-service', () => {
    const { activity } = upsert(mapPtvService(items[1]!, context));
    expect(activity).toMatchObject({ isRegionWide: true, isFree: false, isRemote: true, ageGroups: ['seniors'], municipalities: [] });
    expect(activity.channels[0]).toMatchObject({ type: 'ONLINE', url: 'https://asiointi.pohde.example/omaishoito' });
  });

  it('treats region 17 (Pohjois-Pohjanmaa) as region-wide', () => {
    const service = { ...(items[0]!.service as object), areaType: 'AreaType', areas: [{ type: 'Region', code: '17', municipalities: [] }] };
    expect(upsert(mapPtvService({ ...items[0]!, service }, context)).activity).toMatchObject({ isRegionWide: true, municipalities: [] });
  });

  it('removes withdrawn services and those of other organisations', () => {
    expect(mapPtvService(items[2]!, context)).toEqual({
      kind: 'remove',
      externalId: '6b1f2a4e-0c8d-4a51-9a4e-1d2c3b4a5f62',
      reason: 'withdrawn in PTV',
    });
    expect(mapPtvService(rawItems('v11', '11111111-1111-4111-8111-111111111111')[0]!, context)).toMatchObject({ kind: 'remove' });
  });

  it('skips a service that fails validation', () => {
    expect(mapPtvService({ ...items[0]!, service: { id: 'x', serviceNames: 'broken' } }, context)).toMatchObject({ kind: 'skip', externalId: 'x' });
  });
});

describe('mapPtvService (recorded v12 payloads)', () => {
  it('maps every v12 service to exactly what its v11 twin maps to', () => {
    const v11 = rawItems('v11').map((raw) => mapPtvService(raw, context));
    const v12 = rawItems('v12').map((raw) => mapPtvService(raw, context));
    expect(v12.map((r) => r.kind)).toEqual(['upsert', 'upsert', 'remove']);
    expect(v12).toEqual(v11);
  });
});
