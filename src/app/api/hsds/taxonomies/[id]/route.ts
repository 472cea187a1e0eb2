import { hsdsItemQuerySchema } from '@/lib/api/hsds-schemas';
import { preflight } from '@/server/api/http';
import { hsdsItem } from '@/server/hsds/http';
import { getTaxonomy } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export const GET = hsdsItem(hsdsItemQuerySchema, (id, { locale }) => getTaxonomy(id, locale), 'No taxonomy has this id.');
