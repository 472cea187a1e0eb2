import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Deterministic upstream data built from the recorded fixtures: item i of a given count is
 * always the same, so a second sync over unchanged data must write nothing.
 */

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as T;

type Json = Record<string, unknown>;

const lahellaPage = readJson<{ items: Json[]; links: { groups: Record<string, Json> } }>('lahella/activities-page.json');
const ptvPage = readJson<{ itemList: Json[] }>('ptv/services-page.json');
const ptvChannels = readJson<Json[]>('ptv/channels.json');

const MUNICIPALITIES = [
  'Oulu', 'Hailuoto', 'Kempele', 'Liminka', 'Lumijoki', 'Muhos', 'Tyrnävä', 'Ii', 'Pudasjärvi', 'Utajärvi', 'Vaala',
  'Kuusamo', 'Taivalkoski', 'Kalajoki', 'Merijärvi', 'Pyhäjoki', 'Raahe', 'Siikajoki', 'Alavieska', 'Haapajärvi',
  'Haapavesi', 'Kärsämäki', 'Nivala', 'Oulainen', 'Pyhäjärvi', 'Pyhäntä', 'Reisjärvi', 'Sievi', 'Siikalatva', 'Ylivieska',
];
const MUNICIPALITY_CODES = [
  '564', '072', '244', '425', '436', '494', '859', '139', '615', '889', '785', '305', '832', '208', '483', '625', '678',
  '748', '009', '069', '071', '317', '535', '563', '626', '630', '691', '746', '791', '977',
];
const THEMES = ['ht_mielenterveys', 'ht_liikunta', 'ht_kulttuuri', 'ht_yksinaisyys', 'ht_perhe', 'ht_talous', 'ht_tyo', 'ht_asuminen'];
const FORMATS = ['hm_ryhma', 'hm_vertaisryhma', 'hm_tapahtuma', 'hm_kurssi', 'hm_kerho', 'hm_neuvonta'];
const WORDS = ['Kahvila', 'Kävelyryhmä', 'Vertaistukiryhmä', 'Lukupiiri', 'Kuoro', 'Neuvontapiste', 'Liikuntaryhmä', 'Askartelupiiri'];

const clone = <T>(value: T): T => structuredClone(value);
const pad = (i: number, width = 6) => String(i).padStart(width, '0');

export const lahellaKey = (i: number) => `lh-gen-${pad(i)}`;
export const lahellaGroupKey = (i: number) => `lh-grp-gen-${pad(i % 500, 4)}`;

/** Lähellä item i: one of the fixture items, renamed and moved around the region. */
export function generateLahellaItem(i: number): Json {
  const item = clone(lahellaPage.items[i % lahellaPage.items.length]!);
  const municipality = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
  item._key = lahellaKey(i);
  item.group = lahellaGroupKey(i);
  const traits = item.traits as Json;
  traits.theme = [THEMES[i % THEMES.length], THEMES[(i * 7 + 3) % THEMES.length]];
  traits.format = [FORMATS[i % FORMATS.length]];
  if ((traits.region as string[])[0]?.startsWith('city/')) traits.region = [`city/FI/${municipality}`];
  const translations = item.translations as Record<string, Json>;
  translations.fi = { ...translations.fi, name: `${WORDS[i % WORDS.length]} ${municipality} #${i}` };
  for (const channel of (item.channels as Json[]) ?? []) {
    const fi = (channel.translations as Record<string, Json> | undefined)?.fi;
    if (fi?.address) fi.address = `Testikatu ${(i % 90) + 1}, 90100 ${municipality}`;
    for (const event of (channel.events as Json[]) ?? []) {
      // Spread start times over the week, keeping the data deterministic.
      event.start = (event.start as number) + (i % 7) * 86_400_000;
      if (typeof event.end === 'number') event.end = (event.end as number) + (i % 7) * 86_400_000;
    }
  }
  return item;
}

export function generateLahellaGroup(key: string): Json {
  const n = Number(key.slice(-4));
  const template = clone(lahellaPage.links.groups[n % 2 === 0 ? 'lh-grp-2001' : 'lh-grp-2002']!);
  template._key = key;
  template.translations = { fi: { name: `${n % 2 === 0 ? 'Yhdistys' : 'Seurakunta'} ${n} (demo)` } };
  return template;
}

export const ptvServiceId = (i: number) => `00000000-0000-4000-8000-${pad(i, 12)}`;
export const ptvChannelId = (i: number, j: number) => `00000000-0000-4000-9000-${pad(i * 4 + j, 12)}`;

/** PTV service i, with its channels. */
export function generatePtvService(i: number): { service: Json; channels: Json[] } {
  const template = ptvPage.itemList[i % 2]!;
  const service = clone(template);
  service.id = ptvServiceId(i);
  const code = MUNICIPALITY_CODES[i % MUNICIPALITY_CODES.length]!;
  if (service.areaType !== 'WholeCountry') {
    service.areas = [{ type: 'Municipality', code, municipalities: [{ code }] }];
  }
  service.serviceNames = (service.serviceNames as Json[]).map((n) => ({ ...n, value: `${String(n.value)} ${i}` }));
  service.modified = '2026-01-01T00:00:00.000Z';
  const channels: Json[] = [];
  service.serviceChannels = ((template.serviceChannels as Json[]) ?? []).flatMap((link, j) => {
    const source = ptvChannels.find((c) => c.id === (link.serviceChannel as Json).id);
    if (!source) return [];
    const channel = clone(source);
    channel.id = ptvChannelId(i, j);
    channels.push(channel);
    return [{ serviceChannel: { id: channel.id, name: (link.serviceChannel as Json).name } }];
  });
  return { service, channels };
}

export { MUNICIPALITY_CODES };
