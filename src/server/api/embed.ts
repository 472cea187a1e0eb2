import 'server-only';
import { escapeHtml } from '@/lib/api/docs-html';
import { pickLocalized } from '@/lib/i18n/localized';
import { toSearchParams, type SearchFilters } from '@/lib/search/filters';
import { getPrisma } from '@/server/db';
import { searchActivities } from '@/server/search/search';
import { getTaxonomies } from '@/server/taxonomies/queries';
import { activityPageUrl, searchPageUrl } from './present';

type Locale = 'fi' | 'sv';

const TEXT = {
  fi: {
    title: 'Polku – toimintaa',
    free: 'Maksuton',
    remote: 'Etänä',
    none: 'Ei toimintaa näillä hakuehdoilla.',
    all: (n: number) => `Näytä kaikki (${n}) Polussa`,
    newTab: '(avautuu uuteen välilehteen)',
    next: 'Seuraavaksi',
  },
  sv: {
    title: 'Polku – verksamhet',
    free: 'Avgiftsfri',
    remote: 'På distans',
    none: 'Ingen verksamhet med dessa sökvillkor.',
    all: (n: number) => `Visa alla (${n}) i Polku`,
    newTab: '(öppnas i en ny flik)',
    next: 'Nästa gång',
  },
};

/** Embeds may be framed by any site; they run no scripts and load nothing from elsewhere. */
export const EMBED_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'",
};

const STYLE = `body{margin:0;padding:.5rem;font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;background:#fff}
ul{list-style:none;margin:0;padding:0}li{padding:.5rem 0;border-bottom:1px solid #ddd}
a{color:#004f9f;font-weight:600}a:focus{outline:3px solid #f5a623}p{margin:.15rem 0;color:#444;font-size:.9em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

function page(locale: Locale, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(
    TEXT[locale].title,
  )}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-FI' : 'fi-FI', {
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}

export async function renderEmbed(filters: SearchFilters, locale: Locale, limit: number, now = new Date()): Promise<string> {
  const t = TEXT[locale];
  const result = await searchActivities({ ...filters, page: 1 }, { locale, pageSize: limit, facets: false, now });
  const ids = result.hits.map((hit) => hit.id);
  const prisma = await getPrisma();
  const [rows, taxonomies] = await Promise.all([
    prisma.activity.findMany({
      where: { id: { in: ids }, status: 'PUBLISHED' },
      select: {
        id: true,
        slug: true,
        titleFi: true,
        titleSv: true,
        titleEn: true,
        isFree: true,
        isRemote: true,
        nextOccurrenceAt: true,
        municipalities: { select: { municipalityCode: true } },
      },
    }),
    getTaxonomies(),
  ]);
  const municipalities = new Map(taxonomies.municipalities.map((m) => [m.code, locale === 'sv' ? m.nameSv : m.nameFi]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    const title = row && pickLocalized({ fi: row.titleFi, sv: row.titleSv, en: row.titleEn }, locale);
    if (!row || !title) return [];
    const details = [
      row.nextOccurrenceAt ? `${t.next}: ${formatDate(row.nextOccurrenceAt, locale)}` : null,
      row.municipalities.map((m) => municipalities.get(m.municipalityCode)).filter(Boolean).slice(0, 3).join(', ') || null,
      row.isRemote ? t.remote : null,
      row.isFree ? t.free : null,
    ].filter(Boolean);
    return [
      `<li><a href="${escapeHtml(activityPageUrl(row.slug, locale))}" target="_blank" rel="noopener"${
        title.lang !== locale ? ` lang="${title.lang}"` : ''
      }>${escapeHtml(title.text)}<span class="sr"> ${t.newTab}</span></a>${
        details.length ? `<p>${escapeHtml(details.join(' · '))}</p>` : ''
      }</li>`,
    ];
  });
  const list = items.length ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(t.none)}</p>`;
  const all = `<p><a href="${escapeHtml(searchPageUrl(toSearchParams({ ...filters, page: 1 }), locale))}" target="_blank" rel="noopener">${escapeHtml(
    t.all(result.total),
  )}<span class="sr"> ${t.newTab}</span></a></p>`;
  return page(locale, `<main><h1 class="sr">${escapeHtml(t.title)}</h1>${list}${all}</main>`);
}
