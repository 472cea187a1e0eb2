import 'server-only';
import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';
import { toCsv } from './csv';
import type { InsightReport, InsightRow } from './queries';

/** Zero-result share of the low-result searches, in per cent with one decimal. */
export const zeroSharePercent = (row: Pick<InsightRow, 'lowCount' | 'zeroCount'>) =>
  row.lowCount === 0 ? 0 : Math.round((row.zeroCount / row.lowCount) * 1000) / 10;

export const roundedAverage = (value: number) => Math.round(value * 10) / 10;

/** The three tables of the report as one CSV, one group per row block, headings in `locale`. */
export function insightCsv(report: InsightReport, locale: Locale): { body: string; filename: string } {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: 'Admin.insight.csv',
  });
  const rows: (string | number | null)[][] = [
    [t('group'), t('label'), t('code'), t('lowCount'), t('zeroCount'), t('zeroShare'), t('averageResults'), t('totalCount')],
  ];
  const add = (group: string, items: InsightRow[], none: string | null, withCode: boolean) => {
    for (const row of items) {
      const label = row.key === null ? none : row.label ?? row.key;
      rows.push([
        group,
        label,
        withCode ? row.key : null,
        row.lowCount,
        row.zeroCount,
        zeroSharePercent(row),
        roundedAverage(row.averageResults),
        row.totalCount,
      ]);
    }
  };
  add(t('groupQuery'), report.queries, null, false);
  add(t('groupMunicipality'), report.municipalities, t('noMunicipality'), true);
  add(t('groupTheme'), report.themes, t('noTheme'), true);
  const { from, to } = report.params;
  return { body: toCsv(rows), filename: `${t('filename')}-${from}--${to}.csv` };
}
