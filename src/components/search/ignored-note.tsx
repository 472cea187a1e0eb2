import { getTranslations } from 'next-intl/server';
import type { IgnoredParam } from '@/lib/search/filters';

const KNOWN = new Set([
  'q', 'theme', 'stage', 'area', 'municipality', 'remote', 'age', 'group', 'type', 'provider',
  'free', 'lang', 'access', 'date', 'from', 'to', 'sort', 'page', 'day', 'time', 'open', 'near', 'view',
]);
const MAX_SHOWN = 6;
const MAX_VALUE = 40;

/** Says politely which parts of the address were left out of the search. */
export async function IgnoredNote({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  const t = await getTranslations('Search.ignored');
  const describe = (item: IgnoredParam) => {
    const name = KNOWN.has(item.param) ? t(`params.${item.param}`) : t('unknownParam', { param: shorten(item.param) });
    if (item.reason === 'too-long') return t('tooLong', { name });
    if (item.reason === 'too-many') return t('tooMany', { name });
    return item.value !== undefined ? `${name}: ”${shorten(item.value)}”` : name;
  };
  const lines = [...new Set(ignored.map(describe))];

  return (
    <div className="mt-4 rounded-lg border border-on-notice/30 bg-notice p-4 text-on-notice" data-testid="ignored-note">
      <p className="font-semibold">{t('title')}</p>
      <ul className="mt-1 list-disc pl-6">
        {lines.slice(0, MAX_SHOWN).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function shorten(value: string): string {
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return printable.length > MAX_VALUE ? `${printable.slice(0, MAX_VALUE)}…` : printable || '…';
}
