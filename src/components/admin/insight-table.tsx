import { getFormatter, getTranslations } from 'next-intl/server';
import type { InsightRow } from '@/server/admin/insight/queries';
import { roundedAverage, zeroSharePercent } from '@/server/admin/insight/report-csv';

interface InsightTableProps {
  id: string;
  heading: string;
  caption: string;
  keyHeading: string;
  rows: InsightRow[];
  /** Label of the row for searches without a municipality or theme. */
  noneLabel?: string;
  emptyText: string;
}

export async function InsightTable({ id, heading, caption, keyHeading, rows, noneLabel, emptyText }: InsightTableProps) {
  const [t, format] = await Promise.all([getTranslations('Admin.insight.columns'), getFormatter()]);
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2">{emptyText}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left">{caption}</caption>
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-2 pr-3">{keyHeading}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t('lowCount')}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t('zeroShare')}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t('averageResults')}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t('totalCount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key ?? ''} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal break-words">
                    {row.key === null ? <em>{noneLabel}</em> : (row.label ?? row.key)}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{format.number(row.lowCount)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {format.number(zeroSharePercent(row) / 100, { style: 'percent', maximumFractionDigits: 1 })}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {format.number(roundedAverage(row.averageResults), { maximumFractionDigits: 1 })}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{format.number(row.totalCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
