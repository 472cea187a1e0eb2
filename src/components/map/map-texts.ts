import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { MapTexts } from './types';

/** The map's texts in the page's language, for the browser. */
export async function mapTexts(region: string, noScript: 'noScript' | 'noScriptPlace'): Promise<MapTexts> {
  const t = await getTranslations('Map');
  return {
    region,
    noScript: t(noScript),
    loading: t('loading'),
    failed: t('failed'),
    cluster: t('cluster', { count: '{count}' }),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
  };
}
