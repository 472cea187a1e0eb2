import { getTranslations } from 'next-intl/server';

/** Values longer than this are cut short, with the whole value behind a disclosure. */
const SHORT = 80;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

async function Value({ value }: { value: unknown }) {
  const t = await getTranslations('Admin.audit');
  const text = asText(value);
  if (text === null || text === '') return <span className="italic">{t('emptyValue')}</span>;
  if (text.length <= SHORT) return <span className="break-words">{text}</span>;
  return (
    <details>
      <summary className="cursor-pointer break-words">
        {text.slice(0, SHORT)}… <span className="underline">{t('showFull')}</span>
      </summary>
      <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-words rounded border border-gray-300 p-2 text-xs">
        {typeof value === 'string' ? value : JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

const NotRecorded = ({ label }: { label: string }) => (
  <>
    <span aria-hidden="true">–</span>
    <span className="sr-only">{label}</span>
  </>
);

/** The before/after of one audit entry as a table of fields. */
export async function AuditChanges({
  before,
  after,
  caption,
  fieldLabels = {},
}: {
  before: unknown;
  after: unknown;
  caption: string;
  /** Names for known fields; others show their code. */
  fieldLabels?: Record<string, string>;
}) {
  const t = await getTranslations('Admin.audit');
  const b = asRecord(before);
  const a = asRecord(after);
  // Something other than an object (rare): one row for the whole value.
  if ((before != null && !b) || (after != null && !a)) {
    return (
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-400">
            <th scope="col" className="w-1/2 py-1 pr-3">{t('before')}</th>
            <th scope="col" className="w-1/2 py-1">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="align-top">
            <td className="py-1 pr-3"><Value value={before} /></td>
            <td className="py-1"><Value value={after} /></td>
          </tr>
        </tbody>
      </table>
    );
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  if (fields.length === 0) return <p className="mt-2 text-sm">{t('noDetails')}</p>;
  return (
    <table className="mt-2 w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-400">
          <th scope="col" className="w-1/4 py-1 pr-3">{t('field')}</th>
          <th scope="col" className="py-1 pr-3">{t('before')}</th>
          <th scope="col" className="py-1">{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field} className="border-b border-gray-200 align-top">
            <th scope="row" className="py-1 pr-3 font-normal break-all">
              {fieldLabels[field] ?? <span className="font-mono">{field}</span>}
            </th>
            <td className="py-1 pr-3">{b && field in b ? <Value value={b[field]} /> : <NotRecorded label={t('notRecorded')} />}</td>
            <td className="py-1">{a && field in a ? <Value value={a[field]} /> : <NotRecorded label={t('notRecorded')} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
