import { hsdsOrganizationQuerySchema } from '@/lib/api/hsds-schemas';
import { preflight } from '@/server/api/http';
import { hsdsItem } from '@/server/hsds/http';
import { getOrganization } from '@/server/hsds/queries';

export const dynamic = 'force-dynamic';
export const OPTIONS = preflight;
export const GET = hsdsItem(hsdsOrganizationQuerySchema, (id, { locale, full_service }) => getOrganization(id, locale, full_service), 'No organization with published services has this id.');
