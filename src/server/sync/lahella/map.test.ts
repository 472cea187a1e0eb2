import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapContextFromDataFiles } from '../test-context';
import type { MapResult } from '../types';
import { mapLahellaActivity } from './map';

const fixtures = path.resolve('tests/fixtures/lahella');
const page = JSON.parse(readFileSync(path.join(fixtures, 'activities-page.json'), 'utf8'));
const context = mapContextFromDataFiles('LAHELLA');

const raw = (i: number) => ({ activity: page.items[i], group: page.links.groups[page.items[i].group] ?? null });
const upsert = (result: MapResult) => {
  if (result.kind !== 'upsert') throw new Error(`expected an upsert, got ${JSON.stringify(result)}`);
  return result;
};

describe('mapLahellaActivity (recorded payloads)', () => {
  it('maps a weekly peer-support group with everything on it', () => {
    const { activity, unknownCodes } = upsert(mapLahellaActivity(raw(0), context));
    expect(activity).toMatchObject({
      externalId: 'lh-act-10001',
      titleFi: 'Mielen hyvinvoinnin vertaisryhmä',
      titleSv: 'Kamratgrupp för psykiskt välbefinnande',
      titleEn: null,
      summaryFi: 'Keskustelua ja vertaistukea turvallisessa ryhmässä.',
      isFree: true,
      isRemote: false,
      isRegionWide: false,
      providerType: 'ASSOCIATION',
      imageUrl: 'https://images.example.org/lahella/vertaisryhma-ilta.jpg',
      imageAltSv: 'En grupp sitter i en ring',
      municipalities: ['244', '564'],
      languages: ['fi', 'sv'],
      ageGroups: ['adults', 'young-adults'],
      accessibility: ['induction-loop', 'wheelchair'],
      activityTypes: ['group-activity', 'peer-support'],
      stages: ['care-ends', 'in-care', 'worry-arises'],
    });
    expect(activity.themes).toContain('mental-wellbeing');
    expect(activity.descriptionFi).toBe(
      '<p>Ryhmä kokoontuu tiistaisin ja torstaisin. <strong>Ei ennakkoilmoittautumista.</strong></p>' +
        '<p>Lisätietoja <a href="https://mieliry.example/ryhmat" rel="noopener noreferrer nofollow">sivuiltamme</a>.</p>',
    );
    expect(activity.contacts).toEqual([
      { type: 'EMAIL', value: 'vertaisryhma@mieliry.example', label: null },
      { type: 'PHONE', value: '+358 40 000 0001', label: null },
      { type: 'WEB', value: 'https://mieliry.example/vertaisryhma', label: null },
    ]);
    expect(activity.channels).toHaveLength(1);
    expect(activity.channels[0]).toMatchObject({
      type: 'PLACE',
      nameFi: 'Järjestötalo Virta',
      streetAddressFi: 'Esimerkkikatu 5 B',
      streetAddressSv: 'Exempelgatan 5 B',
      postalCode: '90100',
      postOfficeFi: 'Oulu',
      postOfficeSv: 'Uleåborg',
      municipalityCode: '564',
      latitude: 65.0121,
      longitude: 25.4651,
    });
    expect(activity.channels[0]!.schedules).toEqual([
      {
        kind: 'RECURRING', timeZone: 'Europe/Helsinki', startsAt: null, endsAt: null, validFrom: '2026-01-13',
        validUntil: '2027-07-01', frequency: 'WEEKLY', interval: 1, weekdays: [2, 4], startTime: '18:00', endTime: '19:30',
        excludedDates: ['2026-12-22', '2026-12-24'], noteFi: null, noteSv: null, noteEn: null,
      },
    ]);
    expect(activity.organization).toMatchObject({ externalId: 'lh-grp-2001', nameFi: 'Mieli ry Pohjoinen (demo)', businessId: '1234567-8', municipalityCode: '564' });
    expect(unknownCodes).toEqual([{ field: 'accessibility', code: 'ac_quietroom' }]);
  });

  it('maps a paid one-off concert by a parish, dropping unsafe links and images', () => {
    const { activity } = upsert(mapLahellaActivity(raw(1), context));
    expect(activity).toMatchObject({
      providerType: 'PARISH',
      isFree: false,
      imageUrl: null,
      languages: ['fi', 'fse'],
      ageGroups: ['seniors'],
      municipalities: ['678'],
      registrationRequired: true,
      registrationUrl: 'https://raahenseurakunta.example/ilmoittaudu',
      registrationEmail: 'konsertti@raahenseurakunta.example',
      descriptionFi: '<h3>Ohjelma</h3><ul><li>Kuoro</li><li>Puhallinorkesteri</li></ul>',
      registrationNoteFi: 'Ilmoittaudu viimeistään 7.3. <a>tästä</a>',
    });
    expect(activity.channels[0]!.schedules[0]).toMatchObject({
      kind: 'ONE_OFF',
      startsAt: '2027-03-14T08:00:00.000Z',
      endsAt: '2027-03-14T12:00:00.000Z',
    });
  });

  it('maps a region-wide monthly online chat and reports the codes nobody mapped', () => {
    const { activity, unknownCodes } = upsert(mapLahellaActivity(raw(2), context));
    expect(activity).toMatchObject({ isRegionWide: true, isRemote: true, municipalities: [], languages: ['en', 'fi'], ageGroups: ['teens'] });
    expect(activity.channels[0]).toMatchObject({ type: 'ONLINE', url: 'https://mieliry.example/chat', municipalityCode: null });
    expect(activity.channels[0]!.schedules[0]).toMatchObject({ frequency: 'MONTHLY', validFrom: '2026-09-01', startTime: '13:00', endTime: '14:30', weekdays: [] });
    expect(activity.contacts).toEqual([{ type: 'WEB', value: 'https://www.mieliry.example/chat', label: null }]);
    expect(unknownCodes).toEqual(
      expect.arrayContaining([
        { field: 'theme', code: 'ht_tuntematon_teema' },
        { field: 'format', code: 'hm_uusi_muoto' },
        { field: 'demographic', code: 'special/omaishoitajat' },
        { field: 'locale', code: 'xx-unknown' },
      ]),
    );
  });

  it('skips an invalid item with the reason, and keeps its id', () => {
    const invalid = JSON.parse(readFileSync(path.join(fixtures, 'activity-invalid.json'), 'utf8'));
    const result = mapLahellaActivity({ activity: invalid, group: null }, context);
    expect(result).toMatchObject({ kind: 'skip', externalId: 'lh-act-19999', reason: expect.stringMatching(/^invalid item: /) });
    expect(mapLahellaActivity({ activity: 'nonsense', group: null }, context)).toMatchObject({ kind: 'skip', externalId: null });
  });

  it('treats drafts and activities outside the region as not ours', () => {
    const [draft, elsewhere] = JSON.parse(readFileSync(path.join(fixtures, 'activity-draft-outside.json'), 'utf8'));
    expect(mapLahellaActivity({ activity: draft, group: null }, context)).toEqual({ kind: 'remove', externalId: 'lh-act-10010', reason: 'not published upstream' });
    expect(mapLahellaActivity({ activity: elsewhere, group: null }, context)).toEqual({ kind: 'remove', externalId: 'lh-act-10011', reason: 'outside the region' });
  });

  it('is deterministic (the same payload always maps to the same value)', () => {
    expect(mapLahellaActivity(raw(0), context)).toEqual(mapLahellaActivity(structuredClone(raw(0)), context));
  });
});
