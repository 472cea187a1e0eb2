import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapContextFromDataFiles } from '../test-context';
import type { MapResult } from '../types';
import { mapLahellaActivity } from './map';

const fixtures = path.resolve('tests/fixtures/lahella');
const read = (file: string) => JSON.parse(readFileSync(path.join(fixtures, file), 'utf8'));
const page = read('activities-page.json');
const sample = read('sample-page.json');
const context = mapContextFromDataFiles('LAHELLA');

const raw = (i: number) => ({ activity: page.items[i], group: page.links.groups[page.items[i].group] ?? null });
const upsert = (result: MapResult) => {
  if (result.kind !== 'upsert') throw new Error(`expected an upsert, got ${JSON.stringify(result)}`);
  return result;
};

describe('mapLahellaActivity (the sample page)', () => {
  it('maps a weekly chair exercise group with everything inside traits', () => {
    const { activity, unknownCodes } = upsert(mapLahellaActivity({ activity: sample.items[0], group: null }, context));
    expect(activity).toMatchObject({
      externalId: 'sample-1001',
      titleFi: 'Tuolijumppa ikäihmisille',
      titleSv: 'Stolgympa för seniorer',
      summaryFi: 'Kevyttä liikuntaa istuen.',
      descriptionFi: '<p>Jumppaamme <strong>tuolilla istuen</strong>.</p><ul><li>Ei ennakkotaitoja</li></ul>',
      priceNoteFi: '<p>Maksuton</p>',
      registrationNoteFi: '<p>Tule paikalle.</p>',
      isFree: true,
      isRegionWide: false,
      isRemote: false,
      municipalities: ['244'],
      languages: ['fi', 'sv'],
      ageGroups: ['seniors'],
      accessibility: ['accessible-toilet', 'wheelchair'],
      themes: ['food-exercise-rest', 'leisure-culture', 'physical-health'],
      activityTypes: ['groups-clubs'],
      // "photo" is a key into Lähellä's file store: no image URL, so no alt text either.
      imageUrl: null,
      imageAltFi: null,
      providerType: 'ASSOCIATION',
    });
    expect(activity.contacts).toEqual([
      { type: 'EMAIL', value: 'jumppa@example.invalid', label: 'Ohjaaja' },
      { type: 'WEB', value: 'https://example.invalid/jumppa', label: null },
    ]);
    expect(activity.channels).toEqual([
      expect.objectContaining({
        type: 'PLACE', nameFi: 'Seurakuntatalon sali', streetAddressFi: 'Esimerkkitie 3', postalCode: '90440', postOfficeFi: 'Kempele',
        municipalityCode: '244', latitude: 64.9151, longitude: 25.5636, url: null,
      }),
    ]);
    expect(activity.channels[0]!.schedules).toEqual([
      {
        kind: 'RECURRING', timeZone: 'Europe/Helsinki', startsAt: null, endsAt: null, validFrom: '2026-01-07', validUntil: '2026-06-01',
        frequency: 'WEEKLY', interval: 1, weekdays: [3], startTime: '10:00', endTime: '11:00', excludedDates: [],
        noteFi: null, noteSv: null, noteEn: null,
      },
    ]);
    // Organisers come from the group; this page has no links, so only the key is known.
    expect(activity.organization).toMatchObject({ externalId: 'sample-group-1', nameFi: null, businessId: null });
    expect(unknownCodes).toEqual([]);
  });

  it('maps a region-wide phone line in Finnish and Finnish Sign Language', () => {
    const { activity } = upsert(mapLahellaActivity({ activity: sample.items[1], group: null }, context));
    expect(activity).toMatchObject({
      isRegionWide: true, municipalities: [], isRemote: true, isFree: true, languages: ['fi', 'fse'], ageGroups: ['adults', 'young-adults'],
      descriptionFi: '<p>Vapaaehtoiset päivystävät arkisin. Myös viittomakielellä.</p><p><a href="https://example.invalid/apua" rel="noopener noreferrer nofollow">Lue lisää</a></p>',
    });
    expect(activity.channels[0]).toMatchObject({ type: 'PHONE', phone: '+358 00 000 0000', nameFi: 'Arkisin klo 17–20', municipalityCode: null });
    expect(activity.channels[0]!.schedules).toEqual([
      expect.objectContaining({ kind: 'PERIOD', validFrom: '2026-01-05', validUntil: '2027-01-03', startTime: null }),
    ]);
  });
});

describe('mapLahellaActivity (recorded payloads)', () => {
  it('leaves out the recorded activity in Helsinki, with the reason', () => {
    expect(mapLahellaActivity(raw(0), context)).toEqual({ kind: 'remove', externalId: '12345', reason: 'outside Pohde (city/FI/Helsinki)' });
  });

  it('maps a fortnightly hybrid group: time slots, an excluded day, its organiser from links.groups', () => {
    const { activity, unknownCodes } = upsert(mapLahellaActivity(raw(1), context));
    expect(activity).toMatchObject({
      municipalities: ['678'],
      isFree: false,
      isRemote: true,
      languages: ['en', 'fi', 'sv'],
      ageGroups: ['adults'],
      accessibility: ['accessible-parking', 'induction-loop', 'wheelchair'],
      registrationRequired: true,
      registrationUrl: 'https://example.invalid/kuntosali/ilmoittaudu',
      registrationEmail: 'kuntosali@example.invalid',
      registrationNoteFi: '<p>Ilmoittaudu verkossa viimeistään viikkoa ennen.</p>',
      descriptionFi:
        '<p>Harjoittelemme <em>omaan tahtiin</em> ohjaajan kanssa.</p><ol><li>Alkulämmittely</li><li>Kiertoharjoittelu<ul><li>Kevyet painot</li></ul></li></ol><p><a>Ilmoittaudu tästä</a></p>',
      contacts: [
        { type: 'EMAIL', value: 'kuntosali@example.invalid', label: 'Ohjaaja' },
        { type: 'PHONE', value: '+358 40 000 0000', label: null },
        { type: 'WEB', value: 'https://example.invalid/kuntosali', label: null },
      ],
      organization: expect.objectContaining({
        externalId: 'grp-raahe-liikunta', nameFi: 'Raahen Liikuntaseura ry (demo)', nameSv: 'Brahestads Idrottsförening rf (demo)',
        businessId: '1234567-8', providerType: 'ASSOCIATION',
      }),
    });
    expect(activity.channels[0]).toMatchObject({
      type: 'HYBRID', url: 'https://example.invalid/kuntosali', streetAddressSv: 'Idrottsvägen 8', postOfficeSv: 'Brahestad', municipalityCode: '678',
    });
    expect(activity.channels[0]!.schedules.map((s) => [s.interval, s.weekdays, s.startTime, s.endTime, s.excludedDates, s.validUntil])).toEqual([
      [2, [6], '10:00', '11:30', ['2026-03-03'], '2026-05-26'],
      [2, [2, 4], '17:00', '18:30', ['2026-03-03'], '2026-05-26'],
    ]);
    expect(unknownCodes).toEqual([]);
  });

  it('maps a Swedish-only voluntary task on two specific days, by a parish', () => {
    const { activity } = upsert(mapLahellaActivity(raw(2), context));
    expect(activity).toMatchObject({ titleFi: null, titleSv: 'Frivilliga till skärgårdsdagen', providerType: 'PARISH', isFree: true });
    expect(activity.ageGroups).toEqual(['adults', 'seniors', 'young-adults']);
    expect(activity.channels[0]!.schedules.map((s) => [s.kind, s.startsAt, s.endsAt])).toEqual([
      ['ONE_OFF', '2026-06-06T07:00:00.000Z', '2026-06-06T11:00:00.000Z'],
      ['ONE_OFF', '2026-06-13T07:00:00.000Z', '2026-06-13T11:00:00.000Z'],
    ]);
  });

  it('maps a region-wide monthly online chat and reports what nobody mapped', () => {
    const { activity, unknownCodes } = upsert(mapLahellaActivity(raw(3), context));
    expect(activity).toMatchObject({ isRegionWide: true, municipalities: [], languages: ['fi'], ageGroups: ['teens'] });
    expect(activity.channels).toHaveLength(1);
    expect(activity.channels[0]).toMatchObject({ type: 'ONLINE', url: 'https://example.invalid/chat' });
    expect(activity.channels[0]!.schedules[0]).toMatchObject({ frequency: 'MONTHLY', validFrom: '2026-09-01', validUntil: null, startTime: '18:00', endTime: '19:30', weekdays: [] });
    expect(unknownCodes).toEqual(
      expect.arrayContaining([
        { field: 'theme', code: 'ht_uusi_teema' },
        { field: 'format', code: 'hm_uusi_muoto' },
        { field: 'demographic', code: 'special/omaishoitajat' },
        { field: 'locale', code: 'xx-unknown' },
        { field: 'contact type', code: 'fax' },
        { field: 'channel type', code: 'teleport' },
        { field: 'accessibility', code: 'ac_quietroom' },
      ]),
    );
  });

  it('treats a draft as not ours', () => {
    expect(mapLahellaActivity(raw(4), context)).toEqual({ kind: 'remove', externalId: '128867852582', reason: 'not published upstream' });
  });

  it('skips an item that breaks the shape, with the reason, and keeps its id', () => {
    const result = mapLahellaActivity({ activity: read('activity-invalid.json'), group: null }, context);
    expect(result).toMatchObject({ kind: 'skip', externalId: '128867852599', reason: expect.stringMatching(/^invalid item: traits\.type/) });
    expect(mapLahellaActivity({ activity: 'nonsense', group: null }, context)).toMatchObject({ kind: 'skip', externalId: null });
  });

  it('is deterministic (the same payload always maps to the same value)', () => {
    expect(mapLahellaActivity(raw(1), context)).toEqual(mapLahellaActivity(structuredClone(raw(1)), context));
  });
});
