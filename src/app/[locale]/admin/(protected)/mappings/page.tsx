import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import {
  AddMappingForm,
  DeleteMappingForm,
  MappingSection,
  MapUnknownCodeForm,
  type TargetOptions,
} from '@/components/admin/mapping-forms-client';
import { adminLocale } from '@/lib/admin-locale';
import { listMappings, listUnknownCodes } from '@/server/admin/mappings/queries';
import { MAPPING_SOURCES, type TargetKind } from '@/server/admin/mappings/schemas';
import { requireRole } from '@/server/auth/session';
import { getTaxonomies, type TaxonomyTerm } from '@/server/taxonomies/queries';
import { termName } from '@/lib/i18n/localized';

interface MappingsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: MappingsPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: adminLocale((await params).locale), namespace: 'Admin.mappings' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Why an unknown code of a field that is not looked up in the mapping table showed up. */
function unknownReason(field: string): 'region' | 'language' | 'target' | 'other' {
  if (field === 'region') return 'region';
  if (field === 'language') return 'language';
  if (field.startsWith('mapping target')) return 'target';
  return 'other';
}

export default async function AdminMappingsPage({ params }: MappingsPageProps) {
  const locale = adminLocale((await params).locale);
  await requireRole(['ADMIN', 'COORDINATOR'], locale);
  setRequestLocale(locale);
  const [t, format, mappings, unknown, taxonomies] = await Promise.all([
    getTranslations('Admin.mappings'),
    getFormatter(),
    listMappings(),
    listUnknownCodes(),
    getTaxonomies(),
  ]);
  const label = (term: TaxonomyTerm) => termName(term, locale);
  const terms: Record<TargetKind, TaxonomyTerm[]> = {
    THEME: taxonomies.themes,
    STAGE: taxonomies.stages,
    ACTIVITY_TYPE: taxonomies.activityTypes,
    AGE_GROUP: taxonomies.ageGroups,
    SPECIAL_GROUP: taxonomies.specialGroups,
    LANGUAGE: taxonomies.languages,
    ACCESSIBILITY: taxonomies.accessibilityFeatures,
  };
  const targets = Object.fromEntries(
    Object.entries(terms).map(([kind, list]) => [kind, list.map((term) => ({ code: term.code, name: label(term) }))]),
  ) as TargetOptions;
  const targetName = (kind: TargetKind, code: string) => {
    const term = terms[kind].find((x) => x.code === code);
    return term ? label(term) : t('missingTarget', { code });
  };

  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose">{t('intro')}</p>

      <section aria-labelledby="unknown-codes" className="mt-8">
        <h2 id="unknown-codes" className="text-xl font-semibold">{t('unknownHeading')}</h2>
        {unknown.length === 0 ? (
          <p className="mt-2">{t('unknownNone')}</p>
        ) : (
          <>
            <p className="mt-2 max-w-prose">{t('unknownIntro')}</p>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left">{t('unknownCaption')}</caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="py-2 pr-3">{t('columns.sourceCode')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.source')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.field')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.seen')}</th>
                    <th scope="col" className="py-2">{t('columns.fix')}</th>
                  </tr>
                </thead>
                <tbody>
                  {unknown.map((row) => (
                    <tr key={`${row.source} ${row.field} ${row.code}`} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3 font-mono font-normal break-all">{row.code}</th>
                      <td className="py-2 pr-3">{t(`sources.${row.source}`)}</td>
                      <td className="py-2 pr-3 font-mono">{row.field}</td>
                      <td className="py-2 pr-3">
                        {t('seenIn', {
                          count: row.count,
                          when: format.dateTime(row.lastSeenAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }),
                        })}
                      </td>
                      <td className="py-2">
                        {row.suggestedKind ? (
                          <MapUnknownCodeForm source={row.source} code={row.code} suggestedKind={row.suggestedKind} targets={targets} />
                        ) : (
                          t(`notMappable.${unknownReason(row.field)}`)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {MAPPING_SOURCES.map((source) => (
        <section key={source} aria-labelledby={`mappings-${source}`} className="mt-10">
          <MappingSection headingId={`mappings-${source}`} heading={t('sourceHeading', { source: t(`sources.${source}`) })}>
          {mappings[source].length === 0 ? (
            <p className="mt-2">{t('none')}</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-2 text-left">{t('tableCaption', { source: t(`sources.${source}`), count: mappings[source].length })}</caption>
                <thead>
                  <tr className="border-b border-gray-400">
                    <th scope="col" className="py-2 pr-3">{t('columns.sourceCode')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.kind')}</th>
                    <th scope="col" className="py-2 pr-3">{t('columns.target')}</th>
                    <th scope="col" className="py-2">{t('columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mappings[source].map((m) => {
                    const name = targetName(m.targetKind, m.targetCode);
                    return (
                      <tr key={m.id} className="border-b border-gray-200 align-top">
                        <th scope="row" className="py-2 pr-3 font-mono font-normal break-all">{m.sourceCode}</th>
                        <td className="py-2 pr-3">{t(`kinds.${m.targetKind}`)}</td>
                        <td className="py-2 pr-3">{name}</td>
                        <td className="py-2">
                          <DeleteMappingForm mappingId={m.id} label={`${m.sourceCode} → ${name}`} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          </MappingSection>
        </section>
      ))}

      <section aria-labelledby="add-mapping" className="mt-10 max-w-md">
        <h2 id="add-mapping" className="text-xl font-semibold">{t('addHeading')}</h2>
        <AddMappingForm targets={targets} />
      </section>
    </>
  );
}
