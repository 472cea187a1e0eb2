import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapContextFromDataFiles } from '../test-context';
import { mapPtvService } from './map';

const fixtures = path.resolve('tests/fixtures/ptv');
const page = JSON.parse(readFileSync(path.join(fixtures, 'services-page.json'), 'utf8'));
const channels = new Map<string, unknown>(
  (JSON.parse(readFileSync(path.join(fixtures, 'channels.json'), 'utf8')) as { id: string }[]).map((c) => [c.id, c]),
);
const context = mapContextFromDataFiles('PTV');

describe('mapPtvService (recorded payloads)', () => {
  it('maps a service with its location and phone channels', () => {
    const result = mapPtvService({ service: page.itemList[0], channels }, context);
    if (result.kind !== 'upsert') throw new Error(JSON.stringify(result));
    const { activity, unknownCodes } = result;
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
      upstreamModifiedAt: '2026-03-02T08:15:00.000Z',
    });
    expect(activity.channels.map((c) => c.type)).toEqual(['PLACE', 'PHONE']);
    expect(activity.channels[0]).toMatchObject({
      nameSv: 'Mentalvårdspunkten Uleåborg',
      streetAddressFi: 'Esimerkkitie 3',
      streetAddressSv: 'Exempelvägen 3',
      postOfficeFi: 'OULU',
      municipalityCode: '564',
      latitude: 65.0107,
      longitude: 25.4719,
      phone: '+358400000010',
      url: 'https://pohde.example/mielenterveyspiste',
    });
    expect(activity.channels[0]!.schedules.map((s) => [s.weekdays, s.startTime, s.endTime])).toEqual([
      [[1, 2, 3, 4], '08:00', '15:00'],
      [[5], '08:00', '14:00'],
    ]);
    expect(activity.contacts.map((c) => c.type)).toEqual(['EMAIL', 'PHONE', 'WEB', 'PHONE']);
    expect(activity.organization).toMatchObject({ externalId: '0f4e8a2c-7b1d-4c3e-9a8b-5d6c7e8f9a01', providerType: 'POHDE' });
    expect(unknownCodes).toEqual([
      { field: 'targetGroup', code: 'KR9.9' },
      { field: 'serviceClass', code: 'P4.1' },
    ]);
  });

  it('maps a nationwide charged e-service', () => {
    const result = mapPtvService({ service: page.itemList[1], channels }, context);
    if (result.kind !== 'upsert') throw new Error(JSON.stringify(result));
    expect(result.activity).toMatchObject({ isRegionWide: true, isFree: false, isRemote: true, ageGroups: ['seniors'], municipalities: [] });
    expect(result.activity.channels[0]).toMatchObject({ type: 'ONLINE', url: 'https://asiointi.pohde.example/omaishoito' });
  });

  it('removes withdrawn services and those of other organisations', () => {
    expect(mapPtvService({ service: page.itemList[2], channels }, context)).toEqual({
      kind: 'remove',
      externalId: '6b1f2a4e-0c8d-4a51-9a4e-1d2c3b4a5f62',
      reason: 'withdrawn in PTV',
    });
    expect(
      mapPtvService({ service: page.itemList[0], channels, organizationId: '11111111-1111-4111-8111-111111111111' }, context),
    ).toMatchObject({ kind: 'remove' });
  });

  it('skips a service that fails validation', () => {
    expect(mapPtvService({ service: { id: 'x', serviceNames: 'broken' }, channels }, context)).toMatchObject({
      kind: 'skip',
      externalId: 'x',
    });
  });
});
