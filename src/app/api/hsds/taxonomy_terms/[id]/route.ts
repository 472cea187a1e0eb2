import { hsdsItemQuerySchema } from '@/lib/api/hsds-schemas';
import { preflight } from '@/server/api/http';
import { hsdsItem } from '@/server/hsds/http';
import { getTaxonomyTerm } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export const GET = hsdsItem(hsdsItemQuerySchema, (id, { locale }) => getTaxonomyTerm(id, locale), 'No taxonomy term has this id.');
