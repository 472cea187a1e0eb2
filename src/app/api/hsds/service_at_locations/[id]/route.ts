import { hsdsItemQuerySchema } from '@/lib/api/hsds-schemas';
import { preflight } from '@/server/api/http';
import { hsdsItem } from '@/server/hsds/http';
import { getServiceAtLocation } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export const GET = hsdsItem(hsdsItemQuerySchema, (id, { locale }) => getServiceAtLocation(id, locale), 'No published service is at a location with this id.');
